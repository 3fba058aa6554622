"""Importing actual results (复盘) from platform exports: Douyin 抖音电商罗盘, Taobao Live 淘宝直播中控台,
Kuaishou 快手小店, Xiaohongshu 小红书 data tools, or a team's own sheet, as CSV (UTF-8, GBK/GB18030) or XLSX.

The flow (the dialog and ``planner actuals import`` follow it)::

    preview = preview_actuals(path, store, campaign)            # matched / not matched / ambiguous rows
    if preview.problems: show them (row, column, value, rule) – nothing can be imported yet
    edit = preview.edit(add_unplanned=True)                      # ImportActuals: one undo step
    edit.apply(store)                                            # all or nothing, one transaction

Rows name their show by host (name, handle or the live-room name) and start time (China time, as platforms
export it); :func:`planner.domain.actuals.match_rows` pairs them with the campaign's sessions. A row that
matches no session is left out unless the user asks for it to become an unplanned session of its host (store
streams often are). Figures a file leaves blank keep what was recorded; the date the figures were read is
the file's 数据日期 column or, without one, the day of the import.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.actuals import (
    DEFAULT_TOLERANCE, FIGURES, RowMatch, ShowRow, has_figures, match_rows, merge_actual, validate_actual,
)
from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.domain.models import (
    MAX_DURATION_MIN, MIN_DURATION_MIN, Campaign, Session, SessionActual, default_session_type,
)
from planner.domain.text import QT_TRANSLATE_NOOP, message_of
from planner.domain.timezones import CHINA_TZ, china_date, china_time
from planner.domain.validation import validate_session
from planner.exchange.cells import CellError, PlatformLookup, as_text, parse_date, parse_when
from planner.exchange.convert import ROW
from planner.exchange.numbers import NumberFormatError, is_blank, parse_duration, parse_single
from planner.exchange.readers import RawTable, read_table

if TYPE_CHECKING:
    from planner.storage.actuals import ImportActuals
    from planner.storage.store import PlanStore

#: Header texts per field, as platform data tools and teams write them (compared without spaces, case or a
#: bracketed unit). Chinese first: it is what the exports say.
HEADERS: dict[str, tuple[str, ...]] = {
    "start": ("直播开始时间", "开播时间", "开始时间", "直播时间", "开播日期时间", "场次开始时间",
              "start", "start time", "live start", "started", "start (china time)"),
    "end": ("下播时间", "直播结束时间", "结束时间", "end", "end time", "live end", "ended"),
    "date": ("直播日期", "日期", "开播日期", "date", "live date"),
    "duration": ("直播时长", "时长", "duration", "live duration", "duration (min)"),
    "host": ("主播", "主播昵称", "达人昵称", "达人", "直播间", "直播间名称", "账号", "账号名称", "店铺", "host",
             "host name", "anchor", "streamer", "account", "live room", "kol"),
    "handle": ("抖音号", "快手号", "小红书号", "主播id", "达人id", "账号id", "handle", "host id", "account id"),
    "platform": ("平台", "直播平台", "platform"),
    "viewers": ("观看人数", "场观", "累计观看人数", "直播间观看人数", "观看用户数", "viewers", "show viewers",
                "unique viewers", "uv", "viewers (uv)"),
    "peak_concurrent": ("最高在线人数", "最高在线", "峰值在线人数", "在线人数峰值", "peak concurrent viewers",
                        "peak viewers", "peak online", "peak concurrent", "pcu"),
    "gmv": ("成交金额", "直播间成交金额", "支付gmv", "小店支付gmv", "gmv", "支付金额", "销售额", "sales",
            "gross sales", "gmv (cny)"),
    "orders": ("成交订单数", "订单数", "支付订单数", "orders", "order count"),
    "buyers": ("成交人数", "支付人数", "买家数", "buyers", "paying users"),
    "refunds": ("退款金额", "退货金额", "退款", "refunds", "refund amount", "refunded"),
    "read_on": ("数据日期", "读取日期", "数据更新时间", "统计日期", "统计时间", "导出时间", "更新时间",
                "read on", "date read", "data as of", "as of", "exported"),
}
#: Columns exports have that the plan does not keep: recognised so they are not reported as unknown.
KNOWN_UNUSED = ("观看次数", "观看人次", "浏览次数", "平均在线人数", "人均观看时长", "千次观看成交金额", "gpm",
                "商品点击次数", "购物袋点击次数", "新增粉丝", "涨粉", "views", "pv", "average concurrent viewers",
                "average watch time", "new followers", "product clicks", "cart clicks", "场次id", "直播标题", "标题",
                "title", "session id", "序号", "no.", "#")
#: Field names in both languages, for problem messages and the preview's column list.
FIELD_LABELS = {
    "start": ("Start (China time)", "直播开始时间"), "end": ("End", "下播时间"), "date": ("Date", "直播日期"),
    "duration": ("Duration", "直播时长"), "host": ("Host", "主播"), "handle": ("Handle", "账号ID"),
    "platform": ("Platform", "平台"), "viewers": ("Show viewers", "观看人数"),
    "peak_concurrent": ("Peak concurrent viewers", "最高在线人数"), "gmv": ("GMV", "成交金额"),
    "orders": ("Orders", "成交订单数"), "buyers": ("Buyers", "成交人数"), "refunds": ("Refunds", "退款金额"),
    "read_on": ("Date read", "数据日期"),
}
_UNIT = re.compile(r"[(（\[【](?P<unit>[^)）\]】]*)[)）\]】]\s*$")
_SECONDS = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:秒|s|sec|secs|seconds)\s*$", re.I)
_TABLE: dict[str, str] = {}


def _key(text: str) -> str:
    return re.sub(r"[\s_:：]+", "", unicodedata.normalize("NFKC", text).lower())


for _field, _names in HEADERS.items():
    for _name in _names:
        _TABLE.setdefault(_key(_name), _field)
for _name in KNOWN_UNUSED:
    _TABLE.setdefault(_key(_name), "ignored")


def match_header(text: str) -> tuple[str | None, float]:
    """``(field, multiplier)`` for a header: ``成交金额(万元)`` → ``("gmv", 10000)``; ``None`` if unknown.
    For a duration the multiplier is minutes per unit (``直播时长(小时)`` → 60)."""
    t = unicodedata.normalize("NFKC", str(text)).strip()
    unit = ""
    if m := _UNIT.search(t):
        unit, t = m.group("unit").strip().lower(), t[:m.start()]
    f = _TABLE.get(_key(t))
    if f is None:
        return None, 1.0
    scale = 1.0
    if f == "duration":
        scale = 60.0 if unit in ("小时", "h", "hr", "hours", "hour") else 1.0
    elif unit.startswith("万") or unit in ("w", "10k"):
        scale = 10_000.0
    elif unit.startswith("千") or unit == "k":
        scale = 1_000.0
    return f, scale


@dataclass
class ActualsPreview:
    """A platform export checked against a campaign: what each row matched, and every problem."""

    path: Path
    campaign: Campaign
    source: str
    encoding: str | None
    sheet: str | None
    header_row: int
    mapping: dict[str, str]            # header → field
    unused: list[str]                  # headers recognised but not kept, or unknown
    matches: list[RowMatch]
    problems: list[Problem] = field(default_factory=list)   # errors: nothing can be imported
    warnings: list[Problem] = field(default_factory=list)
    add_unplanned: bool = False
    tolerance: timedelta = DEFAULT_TOLERANCE
    replaces: set[int] = field(default_factory=set)  # matched sessions that already have recorded figures
    _edit: "ImportActuals | None" = None

    def of(self, status: str) -> list[RowMatch]:
        return [m for m in self.matches if m.status == status]

    @property
    def matched(self) -> list[RowMatch]:
        return self.of("matched")

    @property
    def not_matched(self) -> list[RowMatch]:
        return self.of("not_matched")

    @property
    def ambiguous(self) -> list[RowMatch]:
        return self.of("ambiguous")

    @property
    def unplanned(self) -> list[RowMatch]:
        """Rows that would become unplanned sessions (only with ``add_unplanned``)."""
        return [m for m in self.not_matched if self.add_unplanned and m.host is not None]

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary_parts(self) -> list[str]:
        """What the import would do, one translatable count per part ("3 matched session(s)", …)."""
        new = len(self.unplanned)
        skipped = len(self.not_matched) - new
        parts: list[str] = [QT_TRANSLATE_NOOP("Import", "{n} matched session(s)").format(n=len(self.matched))]
        if new:
            parts.append(QT_TRANSLATE_NOOP("Import", "{n} unplanned session(s) added").format(n=new))
        if skipped:
            parts.append(QT_TRANSLATE_NOOP("Import", "{n} row(s) not matched, left out").format(n=skipped))
        if self.ambiguous:
            parts.append(QT_TRANSLATE_NOOP("Import", "{n} ambiguous").format(n=len(self.ambiguous)))
        return parts

    def summary(self) -> str:
        return ", ".join(self.summary_parts())

    def edit(self) -> "ImportActuals":
        """The one undoable edit that imports the file; raises ValidationError while there are problems."""
        if self.problems or self._edit is None:
            raise ValidationError(self.problems or [Problem("file", str(self.path), "nothing to import")],
                                  f"actual results in {self.path.name}")
        return self._edit


def _sheet_score(first_rows: list[list[object]]) -> float:
    return max((sum(1 for c in r if match_header(as_text(c))[0] not in (None, "ignored")) for r in first_rows),
               default=0)


def preview_actuals(path: str | Path, store: "PlanStore", campaign: Campaign | str | int, *,
                    add_unplanned: bool = False, tolerance: timedelta = DEFAULT_TOLERANCE,
                    now: datetime | None = None, encoding: str | None = None, sheet: str | None = None,
                    ) -> ActualsPreview:
    """Read a platform export and check it against ``campaign``'s sessions; change nothing.

    Raises:
        FileRefused: not a readable table. PlannerError: no host or start column.
    """
    path = Path(path)
    if not isinstance(campaign, Campaign):
        campaign = store.find_campaign(campaign)
    now = now or datetime.now(timezone.utc)
    raw = read_table(path, encoding=encoding, sheet=sheet, choose_sheet=_sheet_score)
    return check_table(raw, store, campaign, add_unplanned=add_unplanned, tolerance=tolerance, now=now)


def check_table(raw: RawTable, store: "PlanStore", campaign: Campaign, *, add_unplanned: bool,
                tolerance: timedelta, now: datetime) -> ActualsPreview:
    rows = raw.rows
    if not rows:
        raise PlannerError(f"{raw.path} has no rows")
    head_i = max(range(min(len(rows), 10)), key=lambda i: (_sheet_score([rows[i][1]]), -i))
    header_no, header_cells = rows[head_i]
    headers = [as_text(c) for c in header_cells]
    fields: dict[int, tuple[str, float]] = {}
    unused: list[str] = []
    for col, text in enumerate(headers):
        if not text:
            continue
        f, scale = match_header(text)
        if f in (None, "ignored") or f in {v[0] for v in fields.values()}:
            unused.append(text)
        else:
            fields[col] = (f, scale)
    have = {f for f, _ in fields.values()}
    missing = [FIELD_LABELS[f] for f in ("host", "start") if f not in have]
    if missing:
        names = " and ".join(f"{en} ({zh})" for en, zh in missing)
        raise PlannerError(f"{raw.path.name}: no column for {names}; the headers found are "
                           f"{', '.join(h for h in headers if h) or 'none'}. Rows are matched to sessions by host "
                           f"and start time (e.g. 主播 and 直播开始时间)")
    col_of = {f: c for c, (f, _s) in fields.items()}
    header_of = {f: headers[c] for f, c in col_of.items()}
    preview = ActualsPreview(raw.path, campaign, raw.source, raw.encoding, raw.sheet, header_no,
                             {headers[c]: f for c, (f, _s) in fields.items()}, unused, [],
                             add_unplanned=add_unplanned, tolerance=tolerance)
    platforms = PlatformLookup(store.platforms())
    today = china_date(now)
    shows: list[ShowRow] = []
    for number, cells in rows[head_i + 1:]:
        show = _read_row(number, cells, fields, header_of, platforms, campaign, today, preview)
        if show is not None:
            shows.append(show)
    if not shows and not preview.problems:
        raise PlannerError(f"{raw.path.name} has headers but no rows of results below them")
    sessions = store.sessions(campaign.id)
    hosts = store.hosts()
    preview.matches = match_rows(shows, sessions, hosts, tolerance)
    _check_matches(preview, store, header_of, now)
    return preview


def _cell(cells: list[object], col: int | None) -> object:
    return cells[col] if col is not None and col < len(cells) else None


def _read_row(number: int, cells: list[object], fields: dict[int, tuple[str, float]], header_of: dict[str, str],
              platforms: PlatformLookup, campaign: Campaign, today: date, preview: ActualsPreview,
              ) -> ShowRow | None:
    where = ROW.format(n=number)
    values: dict[str, object] = {}
    bad = False

    def problem(f: str, raw: object, message: str, severity: str = "error") -> None:
        nonlocal bad
        (preview.problems if severity == "error" else preview.warnings).append(
            Problem(header_of.get(f, FIELD_LABELS[f][0]), as_text(raw), message, severity, where))
        bad = bad or severity == "error"

    for col, (f, scale) in fields.items():
        raw = _cell(cells, col)
        if is_blank(raw):
            continue
        try:
            if f in ("start", "end"):
                values[f] = parse_when(raw, campaign.start_date.year)
            elif f in ("date", "read_on"):
                values[f] = parse_date(raw if not isinstance(raw, str) else raw.split(" ")[0],
                                       campaign.start_date.year)
            elif f == "duration":
                text = _SECONDS.sub("", raw) if isinstance(raw, str) else raw
                values[f] = parse_duration(text or raw, unit_minutes=int(scale))
            elif f in ("host", "handle"):
                values[f] = as_text(raw)
            elif f == "platform":
                values[f] = platforms.key(raw)
            else:
                v, rng = parse_single(raw)
                if rng is not None:
                    problem(f, raw, QT_TRANSLATE_NOOP("Import", "is a range; read as its midpoint {mid:,.0f}")
                            .format(mid=rng.mid * scale), "warning")
                values[f] = None if v is None else v * scale
        except (CellError, NumberFormatError) as exc:
            problem(f, raw, message_of(exc))
    host = values.get("host") or values.get("handle")
    start_v = values.get("start")
    if not host:
        problem("host", None, QT_TRANSLATE_NOOP("Import", "is empty; a row names its host (主播) so it can be matched"))
    if start_v is None:
        problem("start", None, QT_TRANSLATE_NOOP("Import", "is empty; a row needs the show's start time to be matched"))
    if bad or not host or start_v is None:
        return None
    start: Any
    span_end: Any
    start, span_end = start_v  # type: ignore[misc]
    if isinstance(start, time):
        day = values.get("date")
        if not isinstance(day, date):
            problem("date", None, f"is empty; the start {start:%H:%M} needs a date")
            return None
        start = datetime.combine(day, start)
    start_utc = start.replace(tzinfo=CHINA_TZ).astimezone(timezone.utc)
    minutes = values.get("duration")
    end_v = values.get("end") or (span_end, None)
    end = end_v[0] if isinstance(end_v, tuple) else None
    if minutes is None and end is not None:
        if isinstance(end, time):
            end = datetime.combine(start.date(), end)
            if end <= start:
                end += timedelta(days=1)
        minutes = round((end - start).total_seconds() / 60)
    orders = values.get("orders")
    if orders is None and values.get("buyers") is not None:
        orders = values["buyers"]
        problem("buyers", values["buyers"], "no orders column: buyers are read as orders", "warning")
    actual = SessionActual(0, viewers=values.get("viewers"),  # type: ignore[arg-type]  # parsed as numbers
                           peak_concurrent=values.get("peak_concurrent"),  # type: ignore[arg-type]
                           orders=orders, gmv=values.get("gmv"), refunds=values.get("refunds"),  # type: ignore[arg-type]
                           read_on=values.get("read_on") or today)  # type: ignore[arg-type]
    if not has_figures(actual):
        problem("viewers", None, "the row has no figures (viewers, orders, GMV, refunds)", "warning")
    return ShowRow(number, str(host), start_utc, actual, duration_min=minutes,  # type: ignore[arg-type]
                   platform=values.get("platform"))  # type: ignore[arg-type]


def _check_matches(preview: ActualsPreview, store: "PlanStore", header_of: dict[str, str], now: datetime) -> None:
    """Duplicates, ambiguity, each actual's rules, and the edit when all is well."""
    from planner.storage.actuals import ImportActuals

    def label(f: str) -> str:
        return header_of.get(f, FIELD_LABELS.get(f, (f,))[0])

    errors = preview.problems
    start_h = label("start")
    # Two rows for one show: the same session, or the same host and start among rows that match nothing.
    seen: dict[object, RowMatch] = {}
    for m in preview.matches:
        if m.status == "matched":
            key: object = ("s", m.session.id)  # type: ignore[union-attr]
        elif m.status == "not_matched":
            key = ("r", m.row.host.strip().lower(), m.row.start)
        else:
            continue
        first = seen.get(key)
        if first is not None:
            what = (f"{m.host.name} {china_time(m.session.start):%m-%d %H:%M}" if m.session is not None  # type: ignore[union-attr]
                    else f"{m.row.host} {china_time(m.row.start):%m-%d %H:%M}")
            errors.append(Problem(start_h, f"{china_time(m.row.start):%Y-%m-%d %H:%M}",
                                  QT_TRANSLATE_NOOP("Import", "rows {first} and {second} are the same show ({what}); "
                                                              "keep one").format(first=first.row.row,
                                                                                 second=m.row.row, what=what),
                                  where=ROW.format(n=m.row.row)))
        else:
            seen[key] = m
    for m in preview.ambiguous:
        names = "; ".join(f"{china_time(s.start):%m-%d %H:%M}" for s in m.candidates)
        errors.append(Problem(start_h, f"{china_time(m.row.start):%Y-%m-%d %H:%M}",
                              QT_TRANSLATE_NOOP("Import", "{reason} ({starts}); correct the start time so one "
                                                          "session is meant").format(reason=m.reason, starts=names),
                              where=ROW.format(n=m.row.row)))
    actuals: list[SessionActual] = []
    new_sessions: list[Session] = []
    new_actuals: list[SessionActual] = []
    for m in preview.matches:
        where = ROW.format(n=m.row.row)
        if m.status == "matched":
            old = store.actual(m.session.id)  # type: ignore[union-attr, arg-type]
            if has_figures(old):
                preview.replaces.add(m.session.id)  # type: ignore[union-attr, arg-type]
            a = merge_actual(old, replace(m.row.actual, session_id=m.session.id))  # type: ignore[union-attr, arg-type]
            session = m.session
        elif m.status == "not_matched" and preview.add_unplanned:
            if m.host is None:
                errors.append(Problem(label("host"), m.row.host, QT_TRANSLATE_NOOP(
                    "Import", "{reason}: an unplanned session needs a host of the plan (add the host to the roster "
                              "first)").format(reason=m.reason), where=where))
                continue
            minutes = m.row.duration_min or 120
            session = Session(campaign_id=preview.campaign.id, host_id=m.host.id, start=m.row.start,  # type: ignore[arg-type]
                              duration_min=min(max(minutes, MIN_DURATION_MIN), MAX_DURATION_MIN),
                              slot_fee=0.0, session_type=default_session_type(m.host),
                              status="done", notes=f"Unplanned: added from {preview.path.name} row {m.row.row}")
            for p in validate_session(session, preview.campaign):
                (errors if p.severity == "error" else preview.warnings).append(
                    Problem(label(p.field if p.field in header_of else "start"), p.value, p.message, p.severity,
                            where))
            a = m.row.actual
            new_sessions.append(session)
            new_actuals.append(a)
        else:
            continue
        for p in validate_actual(a, session, now):
            (errors if p.severity == "error" else preview.warnings).append(
                Problem(label(p.field), p.value, p.message, p.severity, where))
        if m.status == "matched":
            actuals.append(a)
    if not actuals and not new_sessions and not errors:
        hosts = sorted({m.row.host for m in preview.matches})
        errors.append(Problem("file", preview.path.name,
                              QT_TRANSLATE_NOOP("Import", "no row matches a session of {campaign} (hosts in the "
                                                          "file: {hosts}; a show matches a session of the same host "
                                                          "starting within {minutes} min); nothing was changed")
                              .format(campaign=repr(preview.campaign.name),
                                      hosts=", ".join(hosts[:8]) + (" …" if len(hosts) > 8 else ""),
                                      minutes=int(preview.tolerance.total_seconds() // 60))))
    if not errors:
        preview._edit = ImportActuals(tuple(actuals), tuple(new_sessions), tuple(new_actuals),
                                      label=f"Import actual results from {preview.path.name}", now=now)


def describe(m: RowMatch) -> str:
    """One line for a preview list: what the row is and what it matched."""
    when = f"{china_time(m.row.start):%Y-%m-%d %H:%M}"
    figures = ", ".join(f"{f} {getattr(m.row.actual, f):,.0f}" for f in FIGURES
                        if getattr(m.row.actual, f) is not None)
    if m.status == "matched":
        return f"row {m.row.row}: {m.row.host} {when} → session {m.session.id} ({figures})"  # type: ignore[union-attr]
    if m.status == "ambiguous":
        return f"row {m.row.row}: {m.row.host} {when} — ambiguous: {m.reason}"
    return f"row {m.row.row}: {m.row.host} {when} — not matched: {m.reason}"
