"""The painted calendar grid (week or month) with drag-to-move, drag-to-resize, click and double-click.

The canvas only proposes changes (``session_changed`` with the edited :class:`Session`); the
:class:`~planner.ui.views.calendar_view.CalendarView` turns them into undoable edits through the context,
so the domain validates every change the same way the Sessions table does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from planner.domain.holidays_cn import days_off
from planner.domain.models import MAX_DURATION_MIN, MIN_DURATION_MIN, Session
from planner.domain.schedule import (
    china_midnight, china_span, hhmm, zone_hour_labels,
)
from planner.domain.timezones import CHINA_TZ, zone
from planner.services.schedule_snapshot import ScheduleSnapshot
from planner.ui import formatting as F
from planner.ui.formatting import text
from planner.ui.i18n import domain_label
from planner.ui.views.calendar_layout import (
    BAND_H, DAY_MIN, HEADER_H, MONTH, TIME_COL_W, WEEK, WEEKDAY_H, Block, DaySegments, Layout, build_layout,
    shown_days,
)

_ALIGN = Qt.AlignmentFlag  # (text placement, used on every drawn label)
SNAP_MIN = 15
EDGE_PX = 6.0

PRIME_FILL = QColor(255, 193, 7, 38)
TODAY_FILL = QColor(33, 150, 243, 22)
HOLIDAY_FILL = QColor(229, 57, 53, 20)
HOLIDAY_TEXT = QColor("#c62828")
GRID_LINE = QColor("#e0e0e0")
GRID_LINE_STRONG = QColor("#bdbdbd")
MUTED_TEXT = QColor("#757575")
SEVERITY_PEN = {"error": QColor("#d50000"), "warning": QColor("#ff8f00")}
SELECTED_PEN = QColor("#0d47a1")


def _snap(minutes: float) -> int:
    return int(round(minutes / SNAP_MIN)) * SNAP_MIN


@dataclass(slots=True)
class _Press:
    pos: QPointF
    block: Block | None
    mode: str  # move | resize | slot
    grab_offset: int = 0  # minutes from the session's start to the pointer (week view)
    dragging: bool = False


class CalendarCanvas(QWidget):
    """Week or month grid in China time; the user's zone is shown beside it."""

    session_changed = Signal(object)  # the session with its new start / duration (not yet applied)
    session_double_clicked = Signal(int)
    session_clicked = Signal(int)
    slot_clicked = Signal(object)  # aware UTC datetime of an empty slot
    day_opened = Signal(object)  # a date whose hidden sessions the user wants to see

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(560, 380)
        self._mode = WEEK
        self._anchor = datetime.now(CHINA_TZ).date()
        self._today = self._anchor
        self._snap = ScheduleSnapshot()
        self._segments: DaySegments | dict = {}
        self._zone_name = "UTC"
        self._holidays: dict[date, str] = {}
        self._layout: Layout | None = None
        self._selected: int | None = None
        self._press: _Press | None = None
        self._preview: Session | None = None
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(7.5, self._font.pointSizeF() * 0.85))
        self._bold = QFont(self._font)
        self._bold.setBold(True)
        self._fm = QFontMetricsF(self._font)
        self._refresh_holidays()

    # -- state -------------------------------------------------------------------------------------
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in (WEEK, MONTH):
            raise ValueError(mode)
        if mode != self._mode:
            self._mode = mode
            self._changed_range()

    def anchor(self) -> date:
        return self._anchor

    def set_anchor(self, day: date) -> None:
        if day != self._anchor:
            old = self.days()
            self._anchor = day
            if self.days() != old:
                self._changed_range()

    def days(self) -> list[date]:
        return shown_days(self._mode, self._anchor)

    def set_today(self, day: date) -> None:
        self._today = day
        self.update()

    def set_snapshot(self, snap: ScheduleSnapshot) -> None:
        festivals_changed = snap.festivals != self._snap.festivals
        self._snap = snap
        if festivals_changed:
            self._refresh_holidays()
        self._segments = DaySegments(snap.sessions)
        if self._selected is not None and snap.session(self._selected) is None:
            self._selected = None
        self._invalidate()

    def snapshot(self) -> ScheduleSnapshot:
        return self._snap

    def set_zone(self, zone_name: str) -> None:
        zone(zone_name)
        self._zone_name = zone_name
        self.update()

    def select(self, session_id: int | None) -> None:
        self._selected = session_id
        self.update()

    def selected(self) -> int | None:
        return self._selected

    def holidays(self) -> dict[date, str]:
        """Public holidays on the shown days."""
        return dict(self._holidays)

    def layout_now(self) -> Layout:
        """The current geometry, built if needed (tests and the view ask for rectangles)."""
        if self._layout is None or self._layout.width != self.width() or self._layout.height != self.height():
            self._layout = build_layout(self._mode, self._anchor, float(self.width()), float(self.height()),
                                        self._snap, self._segments, self._fm)
        return self._layout

    def block_rect(self, session_id: int) -> QRectF | None:
        """Where a session is drawn (its first segment), or None when it is not on screen."""
        for b in self.layout_now().blocks:
            if b.session.id == session_id:
                return QRectF(b.rect)
        return None

    def point_at(self, day: date, minutes: int) -> QPointF:
        """Week view: the point of a China day and minute; month view: a point inside the day's cell."""
        lay = self.layout_now()
        i = lay.days.index(day)
        if lay.mode == WEEK:
            return QPointF(lay.day_x(i) + lay.col_w / 2, lay.minute_y(minutes))
        cell = lay.cell_rect(i)
        return QPointF(cell.center().x(), cell.bottom() - 4)

    def _invalidate(self) -> None:
        self._layout = None
        self.update()

    def _changed_range(self) -> None:
        self._refresh_holidays()
        self._invalidate()

    def _refresh_holidays(self) -> None:
        days = self.days()
        # the package's public holidays and the plan's holiday windows (Golden Week 1–7 Oct)
        self._holidays = {d: text(n) for d, n in days_off(days[0], days[-1], self._snap.festivals).items()}

    # -- hit testing -------------------------------------------------------------------------------
    def _block_at(self, pos: QPointF) -> Block | None:
        for b in reversed(self.layout_now().blocks):
            if b.rect.contains(pos):
                return b
        return None

    def _day_index_at(self, pos: QPointF) -> int | None:
        lay = self.layout_now()
        if not lay.grid.contains(pos):
            return None
        col = min(6, int((pos.x() - lay.grid.left()) // lay.col_w))
        if lay.mode == WEEK:
            return col
        row = min(5, int((pos.y() - lay.grid.top()) // lay.row_h))
        return row * 7 + col

    def _minute_at(self, y: float) -> float:
        lay = self.layout_now()
        return min(DAY_MIN, max(0.0, (y - lay.grid.top()) / lay.hour_h * 60))

    def _week_minute_at(self, pos: QPointF) -> float:
        """Minutes since the shown week's Monday 00:00 China time (clamped to the week)."""
        lay = self.layout_now()
        col = min(6, max(0, int((pos.x() - lay.grid.left()) // lay.col_w)))
        return col * DAY_MIN + self._minute_at(pos.y())

    def slot_at(self, pos: QPointF) -> datetime | None:
        """The (snapped) start an empty click at ``pos`` proposes, as aware UTC."""
        index = self._day_index_at(pos)
        if index is None:
            return None
        lay = self.layout_now()
        day = lay.days[index]
        if lay.mode == WEEK:
            minutes = min(DAY_MIN - SNAP_MIN, int(self._minute_at(pos.y()) // SNAP_MIN) * SNAP_MIN)
        else:
            minutes = self._snap.prime_time[0] * 60 + 60  # a month cell proposes the heart of prime time
        return china_midnight(day) + timedelta(minutes=minutes)

    # -- mouse -------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        block = self._block_at(pos)
        if block is None:
            self._press = _Press(pos, None, "slot")
            return
        s = block.session
        mode = "move"
        if self._mode == WEEK and block.resizable and pos.y() >= block.rect.bottom() - EDGE_PX:
            mode = "resize"
        offset = 0
        if self._mode == WEEK:
            offset = int(self._week_minute_at(pos) - self._week_minutes_of(s.start))
        self._press = _Press(pos, block, mode, offset)
        self._selected = s.id
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        press = self._press
        if press is None:
            self._update_cursor(pos)
            return
        if press.block is None:
            return
        if not press.dragging:
            if (pos - press.pos).manhattanLength() < QApplication.startDragDistance():
                return
            press.dragging = True
        self._preview = self._proposal(press, pos)
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position()
        if press.block is None:
            if (pos - press.pos).manhattanLength() < QApplication.startDragDistance():
                self._click_empty(pos)
            return
        if not press.dragging:
            self.session_clicked.emit(press.block.session.id)
            return
        proposal = self._proposal(press, pos)
        self._preview = None
        self.update()
        old = press.block.session
        if proposal is not None and (proposal.start != old.start or proposal.duration_min != old.duration_min):
            self.session_changed.emit(proposal)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        block = self._block_at(event.position())
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = None
            self.session_double_clicked.emit(block.session.id)
        else:
            super().mouseDoubleClickEvent(event)

    def _click_empty(self, pos: QPointF) -> None:
        for more in self.layout_now().more:
            if more.rect.contains(pos):
                self.day_opened.emit(more.day)
                return
        slot = self.slot_at(pos)
        if slot is not None:
            self.slot_clicked.emit(slot)

    def _week_minutes_of(self, dt: datetime) -> int:
        delta = dt - china_midnight(self.days()[0])
        return int(delta.total_seconds() // 60)

    def _proposal(self, press: _Press, pos: QPointF) -> Session | None:
        s = press.block.session  # type: ignore[union-attr]
        if self._mode == WEEK:
            pointer = self._week_minute_at(pos)
            week0 = china_midnight(self.days()[0])
            if press.mode == "resize":
                start_abs = self._week_minutes_of(s.start)
                end_abs = _snap(pointer)
                duration = min(MAX_DURATION_MIN, max(MIN_DURATION_MIN, end_abs - start_abs))
                return replace(s, duration_min=duration)
            new_abs = _snap(pointer - press.grab_offset)
            return replace(s, start=week0 + timedelta(minutes=new_abs))
        index = self._day_index_at(pos)
        if index is None:
            return None
        day = self.layout_now().days[index]
        local = s.start.astimezone(CHINA_TZ)
        moved = china_midnight(day) + timedelta(hours=local.hour, minutes=local.minute)
        return replace(s, start=moved)

    def _update_cursor(self, pos: QPointF) -> None:
        block = self._block_at(pos)
        if block is None:
            self.unsetCursor()
        elif self._mode == WEEK and block.resizable and pos.y() >= block.rect.bottom() - EDGE_PX:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    # -- tooltips ----------------------------------------------------------------------------------
    def event(self, event) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF) -> str:
        block = self._block_at(pos)
        if block is not None:
            return self.session_tooltip(block.session)
        for band in self.layout_now().bands:
            if band.rect.contains(pos):
                f = band.band.festival
                presale = self.tr("presale from {0}, ").format(f.presale_start.isoformat()) \
                    if f.presale_start else ""
                return self.tr("{0} {1}\n{2}{3} – {4} (China dates)").format(
                    f.name_en, f.name_zh, presale, f.start.isoformat(), f.end.isoformat())
        slot = self.slot_at(pos)
        if slot is None:
            return ""
        day = slot.astimezone(CHINA_TZ).date()
        lines = []
        if self._mode == WEEK:
            lines.append(self.tr("{0} China time · {1}").format(
                f"{slot.astimezone(CHINA_TZ):%a %d %b %H:%M}",
                f"{slot.astimezone(zone(self._zone_name)):%a %d %b %H:%M} {self._zone_name}"))
        else:
            lines.append(f"{day:%a %d %b %Y}")
        if day in self._holidays:
            lines.append(self.tr("Public holiday: {0}").format(self._holidays[day]))
        lines.append(self.tr("Click to add a session here"))
        return "\n".join(lines)

    def session_tooltip(self, s: Session) -> str:
        snap = self._snap
        host = snap.hosts.get(s.host_id)
        campaign = snap.campaigns.get(s.campaign_id)
        lines = [f"{host.name if host else s.host_id} — {snap.platform_name(s.host_id)}",
                 self.tr("{0} China time").format(china_span(s.start, s.duration_min)),
                 F.zone_span(s.start, s.duration_min, self._zone_name)]
        details = " · ".join(x for x in (s.theme, domain_label(s.status), campaign.name if campaign else "") if x)
        if details:
            lines.append(details)
        for c in snap.conflicts_of(s.id):  # type: ignore[arg-type]
            mark = {"error": "✖", "warning": "⚠"}.get(c.severity, "ℹ")
            lines.append(f"{mark} {text(c.message)}")
        return "\n".join(lines)

    # -- painting ----------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        self._layout = None
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        lay = self.layout_now()
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setFont(self._font)
        if lay.mode == WEEK:
            self._paint_week(p, lay)
        else:
            self._paint_month(p, lay)
        self._paint_bands(p, lay)
        self._paint_blocks(p, lay)
        self._paint_preview(p, lay)
        p.end()

    def _paint_week(self, p: QPainter, lay: Layout) -> None:
        grid = lay.grid
        for i, day in enumerate(lay.days):
            col = QRectF(lay.day_x(i), grid.top(), lay.col_w, grid.height())
            if day == self._today:
                p.fillRect(col, TODAY_FILL)
            if day in self._holidays:
                p.fillRect(col, HOLIDAY_FILL)
        a, b = self._snap.prime_time
        p.fillRect(QRectF(grid.left(), lay.minute_y(a * 60), grid.width(), (b - a) * lay.hour_h), PRIME_FILL)
        # hour lines and the two time columns
        local_labels = zone_hour_labels(lay.days, self._zone_name)
        p.setPen(MUTED_TEXT)
        p.setFont(self._bold)
        p.drawText(QRectF(0, 2, TIME_COL_W, HEADER_H - 4), _ALIGN.AlignCenter, self.tr("China"))
        p.drawText(QRectF(TIME_COL_W, 2, TIME_COL_W, HEADER_H - 4),
                   _ALIGN.AlignCenter | Qt.TextFlag.TextWordWrap, self._zone_name.rsplit("/", 1)[-1].replace("_", " "))
        p.setFont(self._font)
        label_every = 1 if lay.hour_h >= self._fm.height() else 2
        for h in range(25):
            y = lay.minute_y(h * 60)
            p.setPen(GRID_LINE_STRONG if h in (0, 24, a, b) else GRID_LINE)
            p.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
            if h < 24 and h % label_every == 0:
                p.setPen(QColor("#424242"))
                p.drawText(QRectF(2, y, TIME_COL_W - 6, lay.hour_h), _ALIGN.AlignRight | _ALIGN.AlignTop, f"{h:02d}:00")
                p.setPen(MUTED_TEXT)
                p.drawText(QRectF(TIME_COL_W, y, TIME_COL_W - 4, lay.hour_h), _ALIGN.AlignRight | _ALIGN.AlignTop,
                           local_labels[h])
        p.setPen(GRID_LINE_STRONG)
        p.drawLine(QPointF(TIME_COL_W, grid.top()), QPointF(TIME_COL_W, grid.bottom()))
        for i in range(8):
            x = lay.day_x(i)
            p.drawLine(QPointF(x, 0), QPointF(x, grid.bottom()))
        # day headers
        for i, day in enumerate(lay.days):
            rect = QRectF(lay.day_x(i) + 2, 2, lay.col_w - 4, HEADER_H - 4)
            holiday = self._holidays.get(day)
            p.setPen(HOLIDAY_TEXT if holiday or day.weekday() >= 5 else QColor("#212121"))
            p.setFont(self._bold if day == self._today else self._font)
            p.drawText(rect, _ALIGN.AlignHCenter | _ALIGN.AlignTop, F.short_day(day))
            if holiday:
                p.setFont(self._font)
                p.drawText(rect, _ALIGN.AlignHCenter | _ALIGN.AlignBottom,
                           self._fm.elidedText(holiday, Qt.TextElideMode.ElideRight, rect.width()))
        p.setFont(self._font)

    def _paint_month(self, p: QPainter, lay: Layout) -> None:
        month = self._anchor.month
        for i in range(7):
            rect = QRectF(lay.day_x(i), 0, lay.col_w, WEEKDAY_H)
            p.setPen(MUTED_TEXT)
            p.drawText(rect, _ALIGN.AlignCenter, F.weekday_short(i))
        for i, day in enumerate(lay.days):
            cell = lay.cell_rect(i)
            if day.month != month:
                p.fillRect(cell, QColor("#fafafa"))
            if day == self._today:
                p.fillRect(cell, TODAY_FILL)
            holiday = self._holidays.get(day)
            if holiday:
                p.fillRect(cell, HOLIDAY_FILL)
            p.setPen(GRID_LINE)
            p.drawRect(cell)
            head = QRectF(cell.left() + 4, cell.top() + 1, cell.width() - 8, BAND_H + 2)
            in_month = day.month == month
            p.setPen(HOLIDAY_TEXT if holiday else (QColor("#212121") if in_month else QColor("#9e9e9e")))
            p.setFont(self._bold if day == self._today or day.day == 1 else self._font)
            number = F.day_month(day) if day.day == 1 else str(day.day)
            p.drawText(head, _ALIGN.AlignLeft | _ALIGN.AlignVCenter, number)
            if holiday:
                p.setFont(self._font)
                width = head.width() - self._fm.horizontalAdvance(number) - 6
                p.drawText(head, _ALIGN.AlignRight | _ALIGN.AlignVCenter,
                           self._fm.elidedText("● " + holiday, Qt.TextElideMode.ElideRight, max(0.0, width)))
        p.setFont(self._font)
        p.setPen(MUTED_TEXT)
        for more in lay.more:
            p.drawText(more.rect.adjusted(4, 0, 0, 0), _ALIGN.AlignLeft | _ALIGN.AlignVCenter,
                       self.tr("+{0} more").format(more.hidden))

    def _paint_bands(self, p: QPainter, lay: Layout) -> None:
        for item in lay.bands:
            p.fillRect(item.rect, item.color)
            p.setPen(QColor("#ffffff") if not item.band.presale else QColor("#212121"))
            p.drawText(item.rect.adjusted(3, 0, -3, 0), _ALIGN.AlignLeft | _ALIGN.AlignVCenter, item.label)

    def _paint_blocks(self, p: QPainter, lay: Layout) -> None:
        moving = self._preview.id if self._preview is not None else None
        line_h = self._fm.height()
        for b in lay.blocks:
            fill = QColor(b.fill)
            if b.session.id == moving:
                fill.setAlpha(70)
            p.fillRect(b.rect, fill)
            pen_color = SEVERITY_PEN.get(b.severity or "")
            if b.session.id == self._selected:
                p.setPen(QPen(SELECTED_PEN, 2.5))
            elif pen_color is not None:
                p.setPen(QPen(pen_color, 2.5 if b.severity == "error" else 2))
            else:
                p.setPen(QPen(b.fill.darker(140), 1))
            p.drawRect(b.rect.adjusted(0.5, 0.5, -0.5, -0.5))
            if pen_color is not None and b.session.id == self._selected:
                p.setPen(QPen(pen_color, 2))
                p.drawRect(b.rect.adjusted(3, 3, -3, -3))
            p.setPen(b.text)
            y = b.rect.top() + 1
            for line in b.lines:
                if y + line_h > b.rect.bottom() + 2 and y > b.rect.top() + 1:
                    break
                p.drawText(QRectF(b.rect.left() + 3, y, b.rect.width() - 5, line_h),
                           _ALIGN.AlignLeft | _ALIGN.AlignVCenter, line)
                y += line_h

    def _paint_preview(self, p: QPainter, lay: Layout) -> None:
        s = self._preview
        if s is None:
            return
        local = s.start.astimezone(CHINA_TZ)
        label = f"{F.short_day(local)} {hhmm(local)}–{hhmm(local + timedelta(minutes=s.duration_min))}"
        color = QColor(self._snap.platform_color(s.host_id))
        if lay.mode == WEEK:
            if local.date() not in lay.days:
                return
            i = lay.days.index(local.date())
            m0 = local.hour * 60 + local.minute
            m1 = min(DAY_MIN, m0 + s.duration_min)
            rect = QRectF(lay.day_x(i) + 1, lay.minute_y(m0), lay.col_w - 2, (m1 - m0) / 60 * lay.hour_h)
        else:
            if local.date() not in lay.days:
                return
            rect = lay.cell_rect(lay.days.index(local.date())).adjusted(2, 2, -2, -2)
        color.setAlpha(160)
        p.fillRect(rect, color)
        p.setPen(QPen(QColor("#212121"), 1.5, Qt.PenStyle.DashLine))
        p.drawRect(rect)
        p.setFont(self._bold)
        p.drawText(rect.adjusted(3, 1, -3, 0), _ALIGN.AlignLeft | _ALIGN.AlignTop, label)
        p.setFont(self._font)
