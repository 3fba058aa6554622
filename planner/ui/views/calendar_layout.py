"""Geometry of the calendar: where each day, hour, festival band and session block goes.

Layout runs when the data, the shown range or the size changes, never inside ``paintEvent``; painting then
only walks ready-made rectangles and pre-elided labels, which keeps a month with thousands of sessions fast.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from planner.domain.models import Session
from planner.domain.schedule import FestivalBand, china_midnight, festival_bands, hhmm
from planner.domain.timezones import CHINA_TZ
from planner.services.schedule_snapshot import ScheduleSnapshot

WEEK, MONTH = "week", "month"
DAY_MIN = 24 * 60

# Week view
TIME_COL_W = 54.0  # one column for China time, one for the user's zone
HEADER_H = 40.0
BAND_H = 15.0
MIN_HOUR_H = 14.0
# Month view
WEEKDAY_H = 22.0
DAYNUM_H = 18.0
CHIP_H = 16.0
MONTH_ROWS = 6

# Deep magentas, purples and browns: apart from the platform colours, so a band never reads as a session.
FESTIVAL_COLORS = ("#ad1457", "#6a1b9a", "#880e4f", "#4a148c", "#5d4037", "#827717", "#b71c1c", "#4e342e")


@dataclass(slots=True)
class Segment:
    """The part of a session inside one China day (a session past midnight has two)."""

    session: Session
    start_min: int
    end_min: int
    continued: bool = False  # began the day before
    continues: bool = False  # goes on past midnight


@dataclass(slots=True)
class Block:
    session: Session
    rect: QRectF
    fill: QColor
    text: QColor
    lines: tuple[str, ...]
    severity: str | None
    resizable: bool
    day: date


@dataclass(slots=True)
class BandItem:
    band: FestivalBand
    rect: QRectF
    color: QColor
    label: str


@dataclass(slots=True)
class MoreItem:
    day: date
    rect: QRectF
    hidden: int


@dataclass(slots=True)
class Layout:
    mode: str
    days: list[date]
    width: float
    height: float
    grid: QRectF = field(default_factory=QRectF)  # week: the hour grid; month: the day cells
    hour_h: float = 0.0
    col_w: float = 0.0
    row_h: float = 0.0
    band_lanes: int = 0
    blocks: list[Block] = field(default_factory=list)
    bands: list[BandItem] = field(default_factory=list)
    more: list[MoreItem] = field(default_factory=list)

    def day_x(self, index: int) -> float:
        return self.grid.left() + index * self.col_w

    def minute_y(self, minutes: float) -> float:
        return self.grid.top() + minutes / 60.0 * self.hour_h

    def cell_rect(self, index: int) -> QRectF:
        r, c = divmod(index, 7)
        return QRectF(self.grid.left() + c * self.col_w, self.grid.top() + r * self.row_h, self.col_w, self.row_h)


def shown_days(mode: str, anchor: date) -> list[date]:
    """Monday-first week of ``anchor``, or the six weeks that show its whole month."""
    if mode == WEEK:
        first = anchor - timedelta(days=anchor.weekday())
        return [first + timedelta(days=i) for i in range(7)]
    first_of_month = anchor.replace(day=1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return [first + timedelta(days=i) for i in range(7 * MONTH_ROWS)]


class DaySegments:
    """Sessions cut into China-day segments, worked out one day at a time, when the day is first drawn.

    A week shows 7 days and a month 42; cutting all of a 10,000-session plan into days whenever a schedule
    check landed kept the UI busy for 40–70 ms. The sessions are kept in start order, so a day's sessions
    are found by bisection (those starting up to the longest session's length before its midnight)."""

    def __init__(self, sessions: list[Session]) -> None:
        self._sessions = sorted(sessions, key=lambda s: s.start)  # (Python's sort: quick when in order)
        self._starts = [s.start for s in self._sessions]
        self._longest = timedelta(minutes=max((s.duration_min for s in self._sessions), default=0))
        self._days: dict[date, list[Segment]] = {}

    def get(self, day: date, default=()):  # noqa: ANN001 - the mapping protocol's default
        segs = self._days.get(day)
        if segs is None:
            segs = self._days[day] = self._cut(day)
        return segs or default

    def _cut(self, day: date) -> list[Segment]:
        midnight = china_midnight(day)
        lo = bisect_left(self._starts, midnight - self._longest)
        hi = bisect_left(self._starts, midnight + timedelta(days=1))
        out: list[Segment] = []
        for s in self._sessions[lo:hi]:
            m0 = int((s.start - midnight).total_seconds() // 60)
            m1 = m0 + s.duration_min
            if m1 <= 0:
                continue  # ended before this day
            out.append(Segment(s, max(m0, 0), min(m1, DAY_MIN), continued=m0 < 0, continues=m1 > DAY_MIN))
        out.sort(key=lambda g: (g.start_min, -g.end_min, g.session.id or 0))
        return out


def band_lanes(bands: list[FestivalBand]) -> list[int]:
    """A lane per band so overlapping bands stack (presale and main part of one festival share a lane)."""
    lanes: list[int] = []
    lane_end: list[date] = []
    lane_of_festival: dict[str, int] = {}
    for b in bands:
        key = f"{b.key}/{b.festival.year}"
        lane = lane_of_festival.get(key)
        if lane is None:
            lane = next((i for i, end in enumerate(lane_end) if end < b.first), len(lane_end))
            if lane == len(lane_end):
                lane_end.append(b.last)
            lane_of_festival[key] = lane
        lane_end[lane] = max(lane_end[lane], b.last)
        lanes.append(lane)
    return lanes


def festival_color(band: FestivalBand) -> QColor:
    key = band.key
    color = QColor(FESTIVAL_COLORS[sum(map(ord, key)) % len(FESTIVAL_COLORS)])
    color.setAlpha(110 if band.presale else 215)
    return color


def text_color_for(fill: QColor) -> QColor:
    luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF()
    return QColor("#1b1b1b") if luminance > 0.6 else QColor("#ffffff")


def short_host(name: str) -> str:
    """Drop the "(demo)" style suffix; the tooltip keeps the whole name."""
    return name.split(" (", 1)[0] if name.endswith(")") and " (" in name else name


def build_layout(mode: str, anchor: date, width: float, height: float, snap: ScheduleSnapshot,
                 segments: DaySegments | Mapping[date, list[Segment]], fm: QFontMetricsF) -> Layout:
    days = shown_days(mode, anchor)
    lay = Layout(mode, days, width, height)
    bands = festival_bands(snap.festivals, days[0], days[-1])
    lanes = band_lanes(bands)
    lay.band_lanes = (max(lanes) + 1) if lanes else 0
    if mode == WEEK:
        _layout_week(lay, snap, segments, fm, bands, lanes)
    else:
        _layout_month(lay, snap, segments, fm, bands, lanes)
    return lay


def _fill_for(snap: ScheduleSnapshot, s: Session) -> QColor:
    fill = QColor(snap.platform_color(s.host_id))
    if s.status == "cancelled":
        fill.setAlpha(90)
    return fill


def _layout_week(lay: Layout, snap: ScheduleSnapshot, segments: DaySegments | Mapping[date, list[Segment]],
                 fm: QFontMetricsF, bands: list[FestivalBand], lanes: list[int]) -> None:
    top = HEADER_H + lay.band_lanes * BAND_H + (4 if lay.band_lanes else 0)
    left = 2 * TIME_COL_W
    lay.col_w = max(20.0, (lay.width - left - 2) / 7)
    lay.hour_h = max(MIN_HOUR_H, (lay.height - top - 2) / 24)
    lay.grid = QRectF(left, top, lay.col_w * 7, lay.hour_h * 24)
    index = {d: i for i, d in enumerate(lay.days)}
    for band, lane in zip(bands, lanes):
        i0, i1 = index[band.first], index[band.last]
        rect = QRectF(lay.day_x(i0) + 1, HEADER_H + lane * BAND_H + 1, (i1 - i0 + 1) * lay.col_w - 2, BAND_H - 2)
        label = fm.elidedText(_band_label(band), Qt.TextElideMode.ElideRight, rect.width() - 6)
        lay.bands.append(BandItem(band, rect, festival_color(band), label))
    line_h = fm.height()
    min_text_w = fm.horizontalAdvance("…") + 2  # narrower blocks (a crowded day) get no text to elide
    colors: dict[tuple[int, bool], tuple[QColor, QColor]] = {}  # (host, cancelled) → fill, text colour
    for i, day in enumerate(lay.days):
        segs = segments.get(day, ())
        for seg, col, ncols in _columns(segs):
            s = seg.session
            w = lay.col_w / ncols
            rect = QRectF(lay.day_x(i) + col * w + 1, lay.minute_y(seg.start_min) + 1,
                          w - 2, max(6.0, (seg.end_min - seg.start_min) / 60 * lay.hour_h - 2))
            key = (s.host_id, s.status == "cancelled")
            if key not in colors:
                fill = _fill_for(snap, s)
                colors[key] = (fill, text_color_for(fill))
            fill, ink = colors[key]
            avail = rect.width() - 6
            lines: tuple[str, ...] = ()
            if avail >= min_text_w:
                host = snap.hosts.get(s.host_id)
                name = short_host(host.name) if host else f"#{s.host_id}"
                local = s.start.astimezone(CHINA_TZ)
                if rect.height() >= 2 * line_h + 2:
                    end = local + timedelta(minutes=s.duration_min)
                    span = f"{hhmm(local)}–{'24:00' if seg.end_min == DAY_MIN and not seg.continues else hhmm(end)}"
                    lines = (fm.elidedText(name, Qt.TextElideMode.ElideRight, avail), fm.elidedText(span, Qt.TextElideMode.ElideRight, avail))
                else:
                    lines = (fm.elidedText(f"{hhmm(local)} {name}", Qt.TextElideMode.ElideRight, avail),)
            lay.blocks.append(Block(s, rect, fill, ink, lines, snap.worst.get(s.id) if s.id is not None else None,
                                    not seg.continues, day))


def _columns(segs) -> list[tuple[Segment, int, int]]:
    """Side-by-side columns for overlapping segments of one day (clusters share a column count)."""
    out: list[tuple[Segment, int, int]] = []
    cluster: list[tuple[Segment, int]] = []
    col_end: list[int] = []
    cluster_end = -1
    for seg in segs:
        if cluster and seg.start_min >= cluster_end:
            out.extend((g, c, len(col_end)) for g, c in cluster)
            cluster, col_end, cluster_end = [], [], -1
        col = next((i for i, end in enumerate(col_end) if end <= seg.start_min), len(col_end))
        if col == len(col_end):
            col_end.append(seg.end_min)
        else:
            col_end[col] = seg.end_min
        cluster.append((seg, col))
        cluster_end = max(cluster_end, seg.end_min)
    out.extend((g, c, len(col_end)) for g, c in cluster)
    return out


def _band_label(band: FestivalBand) -> str:
    zh = f" {band.festival.name_zh}" if band.festival.name_zh else ""
    return f"{band.name}{zh}" + (" — presale" if band.presale else "")


def _layout_month(lay: Layout, snap: ScheduleSnapshot, segments: DaySegments | Mapping[date, list[Segment]],
                  fm: QFontMetricsF, bands: list[FestivalBand], lanes: list[int]) -> None:
    lay.col_w = max(20.0, lay.width / 7)
    lay.row_h = max(40.0, (lay.height - WEEKDAY_H) / MONTH_ROWS)
    lay.grid = QRectF(0, WEEKDAY_H, lay.col_w * 7, lay.row_h * MONTH_ROWS)
    index = {d: i for i, d in enumerate(lay.days)}
    for band, lane in zip(bands, lanes):
        i0, i1 = index[band.first], index[band.last]
        while i0 <= i1:  # one piece per week row
            row_last = min(i1, (i0 // 7) * 7 + 6)
            cell = lay.cell_rect(i0)
            rect = QRectF(cell.left() + 1, cell.top() + DAYNUM_H + lane * BAND_H,
                          (row_last - i0 + 1) * lay.col_w - 2, BAND_H - 2)
            label = fm.elidedText(_band_label(band), Qt.TextElideMode.ElideRight, rect.width() - 6)
            lay.bands.append(BandItem(band, rect, festival_color(band), label))
            i0 = row_last + 1
    chips_top = DAYNUM_H + lay.band_lanes * BAND_H + 2
    capacity = max(0, int((lay.row_h - chips_top - 2) // CHIP_H))
    for i, day in enumerate(lay.days):
        starts = [g for g in segments.get(day, ()) if not g.continued]
        if not starts:
            continue
        cell = lay.cell_rect(i)
        shown = starts if len(starts) <= capacity else starts[:max(0, capacity - 1)]
        avail = lay.col_w - 8
        for k, seg in enumerate(shown):
            s = seg.session
            rect = QRectF(cell.left() + 2, cell.top() + chips_top + k * CHIP_H, lay.col_w - 4, CHIP_H - 2)
            fill = _fill_for(snap, s)
            host = snap.hosts.get(s.host_id)
            name = short_host(host.name) if host else f"#{s.host_id}"
            local = s.start.astimezone(CHINA_TZ)
            label = fm.elidedText(f"{hhmm(local)} {name}", Qt.TextElideMode.ElideRight, avail)
            lay.blocks.append(Block(s, rect, fill, text_color_for(fill), (label,),
                                    snap.worst.get(s.id) if s.id is not None else None, False, day))
        hidden = len(starts) - len(shown)
        if hidden:
            k = len(shown)
            rect = QRectF(cell.left() + 2, cell.top() + chips_top + k * CHIP_H, lay.col_w - 4, CHIP_H - 2)
            lay.more.append(MoreItem(day, rect, hidden))
