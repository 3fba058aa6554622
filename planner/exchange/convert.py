"""Turning one row of cells into the values of a host or a session, collecting every problem of the row."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from planner.domain.errors import Problem
from planner.domain.models import CURRENCIES, Campaign, Host, Session
from planner.domain.session_defaults import SessionDefaults, own_commission
from planner.exchange.cells import CellError, DayEnd, PlatformLookup, as_text, parse_date, parse_end, parse_when
from planner.exchange.columns import HeaderHint, choice, is_auto_tier
from planner.domain.text import QT_TRANSLATE_NOOP, message_of
from planner.exchange.limits import MAX_CELL_CHARS
from planner.exchange.mapping import ColumnMap
from planner.exchange.numbers import (
    NumberFormatError, NumRange, parse_duration, parse_number, parse_percent,
)

ROW = QT_TRANSLATE_NOOP("Import", "row {n}")
TEXT_FIELDS = frozenset({"name", "handle", "categories", "agency", "region", "contact", "notes", "host",
                         "theme", "products"})
_CHOICE_HELP = {
    "tier": QT_TRANSLATE_NOOP("Import", "is not a tier (KOC, tail / 尾部, waist / 腰部, head / 头部)"),
    "status": QT_TRANSLATE_NOOP("Import", "is not a host status (prospect / 待开发, contacted / 已触达, negotiating / "
                                          "沟通中, sample_sent / 已寄样, scheduled / 已排期, live / 直播中, "
                                          "reviewed / 已复盘)"),
    "session_status": QT_TRANSLATE_NOOP("Import", "is not a session status (planned / 计划中, confirmed / 已确认, "
                                                  "done / 已完成, cancelled / 已取消)"),
    "session_type": QT_TRANSLATE_NOOP("Import", "is not a session type (dedicated / 专场 / 店播, slot / 坑位 / 达播)"),
}
_CURRENCY_NAMES = {"人民币": "CNY", "rmb": "CNY", "元": "CNY", "¥": "CNY", "￥": "CNY", "美元": "USD", "$": "USD",
                   "欧元": "EUR", "€": "EUR", "港币": "HKD", "港元": "HKD", "英镑": "GBP", "日元": "JPY"}


@dataclass(slots=True)
class RowValues:
    """The converted cells of one row (blank cells left out) and the problems met converting them."""

    row: int
    values: dict[str, object] = field(default_factory=dict)
    raw: dict[str, object] = field(default_factory=dict)  # cells as found in the file, for messages
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    bad_fields: set[str] = field(default_factory=set)
    duration_from: str = ""  # "end" or "duration": the column the session's length was read from

    @property
    def where(self) -> str:  # "row 4", translatable
        return ROW.format(n=self.row)


class RowConverter:
    """Converts rows of one file. Each column caches its conversions: agency files repeat the same
    platform, status, agency and number forms thousands of times, and the conversions are pure."""

    _CACHE_LIMIT = 50_000

    def __init__(self, cmap: ColumnMap, platforms: PlatformLookup, default_year: int | None = None,
                 uncached: dict[tuple[int, int], str] | None = None) -> None:
        self.cmap = cmap
        self.columns: list[tuple[int, str, str, HeaderHint, dict | None]] = [
            (col, f, cmap.headers[col], cmap.hints.get(col, HeaderHint()),
                         None if f in TEXT_FIELDS else {}) for col, f in cmap.fields.items()]
        self.platforms = platforms
        self.year = default_year
        self.uncached: dict[int, dict[int, str]] = {}  # row → column → formula saved without its value
        for (r, c), formula in (uncached or {}).items():
            if c in cmap.fields:
                self.uncached.setdefault(r, {})[c] = formula

    def __call__(self, row: int, cells: list[object]) -> RowValues:
        out = RowValues(row)
        values, raws = out.values, out.raw
        n = len(cells)
        if self.uncached and row in self.uncached:
            for col, formula in self.uncached[row].items():
                f = self.cmap.fields[col]
                out.problems.append(Problem(self.cmap.headers[col], f"={formula}", FORMULA_NO_VALUE, where=out.where))
                out.bad_fields.add(f)
        for col, f, header, hint, cache in self.columns:
            raw = cells[col] if col < n else None
            if raw is None or raw == "":
                continue
            if type(raw) is str:
                if raw.isspace():
                    continue
                raws[f] = raw
                if len(raw) > MAX_CELL_CHARS or "\x00" in raw:
                    out.problems.append(Problem(header, _clip(raw), _text_problem(raw), where=out.where))
                    out.bad_fields.add(f)
                    continue
                if cache is None:  # text: nothing to convert, nothing worth caching
                    values[f] = raw.strip()
                    continue
            elif isinstance(raw, float) and raw != raw:  # NaN
                continue
            else:
                raws[f] = raw
            try:
                hit = cache.get(raw) if cache is not None else None
            except TypeError:  # an unhashable cell value
                hit = None
            if hit is None:
                try:
                    hit = (True, *_convert(f, raw, hint, self.platforms, self.year))
                except (NumberFormatError, CellError) as exc:
                    hit = (False, message_of(exc), None)
                if cache is not None and len(cache) < self._CACHE_LIMIT and isinstance(raw, (str, int, float)):
                    cache[raw] = hit
            ok, value, warning = hit
            if not ok:
                out.problems.append(Problem(header, raw, value, where=out.where))  # type: ignore[arg-type]
                out.bad_fields.add(f)
                continue
            values[f] = value
            if warning:
                out.warnings.append(Problem(header, raw, warning, severity="warning", where=out.where))
        return out


FORMULA_NO_VALUE = QT_TRANSLATE_NOOP("Import", "is a formula saved without its value (the program that wrote the "
                                               "file does not calculate), so it would read as empty; open and save "
                                               "the file in Excel or WPS, or type the value")


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else f"{text[:n]}… ({len(text):,} characters)"


def _text_problem(text: str) -> str:
    if "\x00" in text:
        return QT_TRANSLATE_NOOP("Import", "holds a NUL character (binary zero) at character {at:,}; a text cell "
                                           "has none — remove it").format(at=text.index(chr(0)) + 1)
    return QT_TRANSLATE_NOOP("Import", "holds {n:,} characters; a cell holds at most {most:,}").format(
        n=len(text), most=MAX_CELL_CHARS)


def convert_row(row: int, cells: list[object], cmap: ColumnMap, platforms: PlatformLookup,
                default_year: int | None = None) -> RowValues:
    return RowConverter(cmap, platforms, default_year)(row, cells)


def _convert(f: str, raw: object, hint: HeaderHint, platforms: PlatformLookup,
             year: int | None) -> tuple[object, str | None]:
    """A cell's value for field ``f`` and a warning about how it was read (or None)."""
    if f in TEXT_FIELDS:
        return as_text(raw), None
    if f == "platform":
        return platforms.key(raw), None
    if f == "tier" and is_auto_tier(as_text(raw)):
        return None, None  # "waist (from followers)": no tier of its own, it follows the followers
    if f in _CHOICE_HELP:
        code = choice(f, as_text(raw))
        if code is None:
            raise CellError(_CHOICE_HELP[f])
        return code, None
    if f == "currency":
        text = as_text(raw)
        code = _CURRENCY_NAMES.get(text.lower(), text.upper())
        if code not in CURRENCIES:
            raise CellError(QT_TRANSLATE_NOOP("Import", "is not a currency code (e.g. CNY, USD, EUR)"))
        return code, None
    if f == "commission_rate":
        return parse_percent(raw, header_is_percent=hint.percent), None
    if f in ("followers", "typical_viewers", "slot_fee", "paid_budget"):
        n = parse_number(raw)
        warning = None
        if isinstance(n, NumRange):
            warning = QT_TRANSLATE_NOOP("Import", "is a range; read as its midpoint {mid:,.0f}").format(
                mid=n.mid * hint.multiplier)
            n = n.mid
        assert n is not None
        n *= hint.multiplier
        if f == "followers":
            if abs(n - round(n)) > 1e-6 and n < 10_000:
                raise CellError(QT_TRANSLATE_NOOP("Import", "is not a whole number of followers"))
            return int(round(n)), warning
        return n, warning
    if f == "date":
        return parse_date(raw, year), None
    if f == "start":
        return parse_when(raw, year), None
    if f == "end":
        return parse_end(raw, year), None
    if f == "brand_minutes":
        return parse_duration(raw, unit_minutes=60 if hint.hours else 1), None
    if f == "duration":
        return parse_duration(raw, unit_minutes=60 if hint.hours else 1), None
    raise CellError(f"has no reader for field {f}")  # pragma: no cover - every import field is handled above


# -- hosts -----------------------------------------------------------------------------------------------
HOST_ATTRS = frozenset(("name", "handle", "platform", "tier", "followers", "typical_viewers", "categories", "slot_fee",
              "commission_rate", "currency", "agency", "region", "status", "contact", "notes"))


def host_values(rv: RowValues) -> dict[str, object]:
    return {k: v for k, v in rv.values.items() if k in HOST_ATTRS}


def host_key(platform: str, handle: str, name: str) -> tuple[str, str, str]:
    """How hosts are matched: platform and handle, or platform and name when there is no handle."""
    if handle:
        return (platform, "handle", handle.casefold())
    return (platform, "name", name.strip().casefold())


# -- sessions --------------------------------------------------------------------------------------------
def session_times(rv: RowValues, cmap: ColumnMap) -> tuple[datetime, int] | None:
    """The session's start (aware, UTC) and duration in minutes from date/start/end/duration cells.

    Times are China time unless the column's header names another zone, or the import chose another zone
    (``cmap.zone``). A local time that zone passes twice (clocks going back) or skips (clocks going forward)
    is refused, naming both readings or the gap. 24:00 is the end of the day, as a start and as an end.
    An end given only as a time of day that is not after the start is read as past midnight; an end given
    with its date must be after the start. ``rv.duration_from`` says which column gave the length.
    """
    from datetime import timedelta, timezone

    from planner.domain.models import MAX_DURATION_MIN
    from planner.domain.timezones import CHINA_TZ, zone

    v = rv.values
    if "start" in rv.bad_fields or "end" in rv.bad_fields or "date" in rv.bad_fields:
        return None
    start_h, end_h = cmap.header_of("start"), cmap.header_of("end")
    start_v: Any
    span_end: Any
    start_v, span_end = v.get("start") or (None, None)  # type: ignore[misc]
    if start_v is None:
        rv.problems.append(Problem(start_h, None, QT_TRANSLATE_NOOP("Import", "is empty; every session needs a start time"),
                                   where=rv.where))
        return None
    start_col, end_col = cmap.column("start"), cmap.column("end")
    file_zone: str | None = getattr(cmap, "zone", None)
    base_zone = zone(file_zone) if file_zone else CHINA_TZ
    start_zone = zone(cmap.hints[start_col].zone or "") if start_col is not None and cmap.hints[start_col].zone \
        else base_zone
    if isinstance(start_v, datetime):
        start_naive = start_v
    else:
        day = v.get("date")
        if not isinstance(day, date):
            rv.problems.append(Problem(cmap.header_of("date"), None,
                                       QT_TRANSLATE_NOOP("Import", "is empty; the start {time} needs a date")
                                       .format(time=f"{start_v:%H:%M}"), where=rv.where))
            return None
        start_naive = datetime.combine(day, start_v)
        if isinstance(start_v, DayEnd):
            start_naive += timedelta(days=1)  # 24:00 on 1 June starts at midnight between 1 and 2 June
    start_local = _localize(start_naive, start_zone, start_h, rv.raw.get("start", start_naive), rv)
    if start_local is None:
        return None
    start = start_local.astimezone(timezone.utc)
    end_v = v.get("end", span_end)
    minutes: int | None = None
    if end_v is not None:
        rv.duration_from = "end"
        end_zone = zone(cmap.hints[end_col].zone or "") if end_col is not None and cmap.hints[end_col].zone \
            else start_zone
        if isinstance(end_v, datetime):
            end_local = _localize(end_v, end_zone, end_h, rv.raw.get("end", end_v), rv)
            if end_local is None:
                return None
            minutes = round((end_local.astimezone(timezone.utc) - start).total_seconds() / 60)
            if minutes <= 0:
                rv.problems.append(Problem(end_h, rv.raw.get("end", as_text(end_v)),
                                           QT_TRANSLATE_NOOP("Import", "is before the start {start}")
                                           .format(start=_clock(start_naive)), where=rv.where))
                return None
        else:
            local_start = start.astimezone(end_zone)
            day = local_start.date()
            end_naive = datetime.combine(day, end_v)  # type: ignore[arg-type]  # a time: not a datetime
            if isinstance(end_v, DayEnd) or end_naive <= local_start.replace(tzinfo=None):
                end_naive += timedelta(days=1)  # 22:00–01:00 runs past midnight; 20:00–24:00 ends at midnight
            end_local = _localize(end_naive, end_zone, end_h, rv.raw.get("end", end_naive), rv)
            if end_local is None:
                return None
            minutes = round((end_local.astimezone(timezone.utc) - start).total_seconds() / 60)
            if minutes > MAX_DURATION_MIN:
                rv.problems.append(Problem(end_h, f"{end_v:%H:%M}", QT_TRANSLATE_NOOP(
                    "Import", "is before the start {start} (read as past midnight, the session would last {hours:.0f} "
                              "h, over the {most} h maximum)").format(start=f"{start_naive:%H:%M}", hours=minutes / 60,
                                                                      most=MAX_DURATION_MIN // 60), where=rv.where))
                return None
    dur = v.get("duration")
    if "duration" in rv.bad_fields:
        return None
    if minutes is not None and dur is not None and dur != minutes:
        rv.problems.append(Problem(cmap.header_of("duration"), rv.raw.get("duration", dur),
                                   QT_TRANSLATE_NOOP("Import", "does not match the start and end times ({minutes} "
                                                               "minutes)").format(minutes=minutes), where=rv.where))
        return None
    if minutes is None:
        if dur is None:
            rv.problems.append(Problem(end_h, None, QT_TRANSLATE_NOOP("Import", "is empty; give an end time or a "
                                                                                "duration"), where=rv.where))
            return None
        minutes = dur  # type: ignore[assignment]
        rv.duration_from = "duration"
    return start, int(minutes)  # type: ignore[arg-type]


def _clock(naive: datetime) -> str:
    return f"{naive:%Y-%m-%d %H:%M}"


def _localize(naive: datetime, tz, header: str, raw: object, rv: RowValues) -> datetime | None:
    """``naive`` in zone ``tz``, or None with a problem when the zone's clocks pass it twice or skip it."""
    from datetime import timedelta, timezone

    from planner.domain.timezones import CHINA_TZ

    if tz is CHINA_TZ:  # no daylight saving since 1991
        return naive.replace(tzinfo=tz)
    first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    name = getattr(tz, "key", str(tz))
    if first.astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) != naive:
        gap_start = naive.replace(second=0, microsecond=0)
        while True:  # walk back to the first minute the clocks skipped
            earlier = gap_start - timedelta(minutes=1)
            if earlier.replace(tzinfo=tz).astimezone(timezone.utc).astimezone(tz).replace(tzinfo=None) == earlier:
                break
            gap_start = earlier
        jump = abs(second.utcoffset() - first.utcoffset())  # type: ignore[operator]
        rv.problems.append(Problem(header, raw, QT_TRANSLATE_NOOP(
            "Import", "{time} does not exist in {zone}: the clocks jump from {gap} straight to {after} that night; "
                      "give a time outside the gap, or the time in China time").format(
            time=_clock(naive), zone=name, gap=f"{gap_start:%H:%M}", after=f"{gap_start + jump:%H:%M}"),
            where=rv.where))
        return None
    readings = [QT_TRANSLATE_NOOP("Import", "{time} {abbr} (UTC{offset}, {china} China time)").format(
        time=_clock(naive), abbr=d.tzname(), offset=_offset(d), china=_china(d)) for d in (first, second)]
    rv.problems.append(Problem(header, raw, QT_TRANSLATE_NOOP(
        "Import", "{time} happens twice in {zone} (the clocks go back that night): it could be {first} or {second}; "
                  "give the time in China time or UTC to say which").format(
        time=_clock(naive), zone=name, first=readings[0], second=readings[1]), where=rv.where))
    return None


def _offset(d: datetime) -> str:
    minutes = int(d.utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
    sign = "+" if minutes >= 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h}" + (f":{m:02d}" if m else "")


def _china(d: datetime) -> str:
    from planner.domain.timezones import CHINA_TZ

    return f"{d.astimezone(CHINA_TZ):%H:%M}"


def build_session(rv: RowValues, campaign: Campaign, host: Host, start: datetime, minutes: int,
                  defaults: SessionDefaults) -> Session:
    """A new session from a row; a blank cell takes the host's default (``domain/session_defaults.py``): the
    fee converted to the campaign's currency (0 when it cannot be, and the importer refuses the row)."""
    v = rv.values
    fee = v.get("slot_fee")
    if fee is None:
        fee = defaults.slot_fee or 0.0
    rate = own_commission(v.get("commission_rate"), host)  # type: ignore[arg-type]
    return Session(
        campaign_id=campaign.id, host_id=host.id, start=start, duration_min=minutes,  # type: ignore[arg-type]
        slot_fee=fee, commission_rate=rate, paid_budget=v.get("paid_budget", 0.0),  # type: ignore[arg-type]
        session_type=v.get("session_type") or defaults.session_type,  # type: ignore[arg-type]
        brand_minutes=v.get("brand_minutes"), products=v.get("products", ""),  # type: ignore[arg-type]
        theme=v.get("theme", ""), status=v.get("session_status", "planned"),  # type: ignore[arg-type]
        notes=v.get("notes", ""),  # type: ignore[arg-type]
    )


SESSION_ATTR_FIELD = {"start": "start", "duration_min": "end", "slot_fee": "slot_fee",
                      "commission_rate": "commission_rate", "paid_budget": "paid_budget",
                      "status": "session_status", "session_type": "session_type",
                      "brand_minutes": "brand_minutes"}
