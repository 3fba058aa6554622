"""The tables an export writes (schedule, hosts, summary, benchmarks), built once and written as XLSX or CSV.

Cells hold typed values (str, int, float, date, time, datetime) so each writer can make real date and
number cells; a column's ``kind`` tells the writer which format to use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError
from planner.domain.models import Campaign, Host, Session
from planner.domain.timezones import CHINA_TZ, zone
from planner.exchange.cells import PlatformLookup
from planner.exchange.columns import auto_tier_label, header, value_label
from planner.exchange.files import Ticker
from planner.exchange.readers import Progress

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

KINDS = ("text", "date", "time", "datetime", "int", "number", "money", "percent", "ratio", "auto")


@dataclass(frozen=True, slots=True)
class Column:
    field: str
    header: str
    kind: str = "text"


@dataclass
class Table:
    """One sheet: columns, rows of typed cells, and the currency of each row's money cells."""

    name: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)  # per row; empty = all CNY


SCHEDULE_KINDS = {
    "campaign": "text", "date": "date", "start": "time", "end": "time", "duration": "int",
    "start_local": "datetime", "end_local": "datetime", "platform": "text", "host": "text", "handle": "text",
    "tier": "text", "session_type": "text", "theme": "text", "products": "text", "slot_fee": "money",
    "commission_rate": "percent", "paid_budget": "money", "viewers": "int", "gmv": "money", "cost": "money",
    "roi": "ratio", "session_status": "text", "notes": "text",
}
HOST_KINDS = {
    "name": "text", "handle": "text", "platform": "text", "tier": "text", "followers": "int",
    "typical_viewers": "int", "categories": "text", "slot_fee": "money", "commission_rate": "percent",
    "currency": "text", "agency": "text", "region": "text", "status": "text", "contact": "text", "notes": "text",
}
SUMMARY_FIGURES: dict[str, tuple[str, str, str]] = {
    # key: (English, Chinese, kind)
    "viewers": ("Viewers (UV, sum over sessions)", "场观(UV)", "int"),
    "views": ("Views (PV)", "观看人次(PV)", "int"),
    "reach": ("Unique people reached", "触达人数", "int"),
    "frequency": ("Sessions seen per person", "人均观看场次", "ratio"),
    "buyers": ("Buyers", "购买人数", "int"),
    "gmv": ("GMV", "GMV(成交金额)", "money"),
    "net_gmv": ("Net GMV (after refunds)", "净成交", "money"),
    "cost": ("Cost", "总成本", "money"),
    "roi": ("ROI (net GMV ÷ cost)", "ROI(投产比)", "ratio"),
    "cpm": ("Cost per 1,000 views", "千次观看成本", "money"),
    "cost_per_reach": ("Cost per person reached", "单人触达成本", "money"),
}


def _t(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


def resolve_campaigns(store: "PlanStore", campaign: str | int | Campaign | None) -> list[Campaign]:
    if campaign is None:
        campaigns = store.campaigns()
        if not campaigns:
            raise PlannerError("The plan has no campaigns to export")
        return campaigns
    return [campaign if isinstance(campaign, Campaign) else store.find_campaign(campaign)]


def project(store: "PlanStore", campaigns: list[Campaign], draws: int) -> tuple[dict[int, Any], list[str]]:
    """Projections by campaign id where the projection engine can make them; notes say why not."""
    try:
        from planner.domain.projection import project_campaign
    except ImportError:
        return {}, ["Projected figures are not available in this version."]
    plan = store.load_plan([c.id for c in campaigns])  # type: ignore[misc]
    out, notes = {}, []
    for c in campaigns:
        try:
            out[c.id] = project_campaign(plan, c.id, draws=draws)  # type: ignore[arg-type]
        except PlannerError as exc:
            notes.append(f"{c.name}: no projection ({exc})")
        except Exception as exc:  # noqa: BLE001 - an export must not fail because a projection did
            notes.append(f"{c.name}: no projection (internal error: {exc!r})")
    return out, notes


def schedule_table(store: "PlanStore", campaigns: list[Campaign], *, lang: str = "en",
                   display_zone: str | None = None, projections: dict[int, Any] | None = None,
                   progress: Progress | None = None) -> Table:
    """The schedule: one row per session in China time (and ``display_zone``), with projected figures."""
    tz = zone(display_zone) if display_zone else None
    fields = (["campaign"] if len(campaigns) > 1 else []) + ["date", "start", "end", "duration"]
    if tz is not None:
        fields += ["start_local", "end_local"]
    fields += ["platform", "host", "handle", "tier", "session_type", "theme", "products", "slot_fee",
               "commission_rate", "paid_budget", "viewers", "gmv", "cost", "roi", "session_status", "notes"]
    columns = [Column(f, header(f, lang, display_zone or ""), SCHEDULE_KINDS[f]) for f in fields]
    table = Table(_t(lang, "Schedule", "直播排期表"), columns)
    hosts = {h.id: h for h in store.hosts()}
    names = PlatformLookup(store.platforms())
    sessions = [(c, s) for c in campaigns for s in store.sessions(c.id)]
    ticker = Ticker(progress, len(sessions))
    for c, s in sessions:
        figures = _figures(projections, c.id, s.id)
        h = hosts[s.host_id]
        start_cn, end_cn = s.start.astimezone(CHINA_TZ), s.end.astimezone(CHINA_TZ)
        rate = s.commission_rate if s.commission_rate is not None else h.commission_rate
        tier = getattr(figures, "tier", None) or h.tier or ""
        v: dict[str, Any] = {
            "campaign": c.name, "date": start_cn.date(), "start": start_cn.time().replace(tzinfo=None),
            "end": end_cn.time().replace(tzinfo=None), "duration": s.duration_min,
            "platform": names.name(h.platform, lang), "host": h.name, "handle": h.handle,
            "tier": value_label("tier", tier, lang) if tier else "",
            "session_type": value_label("session_type", s.session_type, lang), "theme": s.theme,
            "products": s.products, "slot_fee": s.slot_fee, "commission_rate": rate, "paid_budget": s.paid_budget,
            # Projections are estimates: cents and 1/1000 of ROI are all the precision they carry.
            "viewers": round(figures.viewers) if figures else None,
            "gmv": round(figures.gmv, 2) if figures else None,
            "cost": round(figures.cost, 2) if figures else None,
            "roi": round(figures.roi, 3) if figures else None,
            "session_status": value_label("session_status", s.status, lang), "notes": s.notes,
        }
        if tz is not None:
            v["start_local"] = _naive(s.start, tz)
            v["end_local"] = _naive(s.end, tz)
        table.rows.append([v[f] for f in fields])
        table.currencies.append(c.currency)
        ticker.step()
    return table


def _figures(projections: dict[int, Any] | None, campaign_id: int | None, session_id: int | None) -> Any:
    if not projections or campaign_id not in projections:
        return None
    try:
        return projections[campaign_id].session(session_id)
    except PlannerError:  # a cancelled session is not projected
        return None


def _naive(dt: datetime, tz: Any) -> datetime:
    return dt.astimezone(tz).replace(tzinfo=None)


def planned_tier(store) -> Callable[[Host], str] | None:
    """The tier each host is planned at (explicit, else from followers), or None without tier figures."""
    from planner.domain.benchmarks import BenchmarkBook
    from planner.domain.errors import PlannerError

    book = BenchmarkBook(store.benchmarks(metric="tier_followers_min"))
    try:
        book.tier_for(0)
    except PlannerError:
        return None
    return book.host_tier


def host_table(hosts: Iterable[Host], platforms: PlatformLookup, *, lang: str = "en",
               progress: Progress | None = None, tier_of: Callable[[Host], str] | None = None) -> Table:
    """The host roster (达人资源表); money in each host's own currency.

    ``tier_of(host)`` gives the tier a host without an explicit one is planned at (from its followers, as
    the app shows it); without it such hosts have an empty tier."""
    hosts = list(hosts)
    fields = list(HOST_KINDS)
    table = Table(_t(lang, "Hosts", "达人资源表"), [Column(f, header(f, lang), HOST_KINDS[f]) for f in fields])
    ticker = Ticker(progress, len(hosts))
    for h in hosts:
        v = {**{f: getattr(h, f) for f in fields if hasattr(h, f)}}
        v["platform"] = platforms.name(h.platform, lang)
        if h.tier:
            v["tier"] = value_label("tier", h.tier, lang)
        else:
            v["tier"] = auto_tier_label(tier_of(h), lang) if tier_of is not None else ""
        v["status"] = value_label("status", h.status, lang)
        table.rows.append([v[f] for f in fields])
        table.currencies.append(h.currency)
        ticker.step()
    return table


def summary_table(campaigns: list[Campaign], projections: dict[int, Any], notes: list[str], *,
                  lang: str = "en") -> Table:
    """Campaign facts, then each projected figure with its P10 / P50 / P90 range when there are draws."""
    cols = [Column("campaign", _t(lang, "Campaign", "活动")), Column("figure", _t(lang, "Figure", "指标")),
            Column("expected", _t(lang, "Expected", "预估值"), "auto"), Column("p10", "P10", "auto"),
            Column("p50", "P50", "auto"), Column("p90", "P90", "auto"), Column("unit", _t(lang, "Unit", "单位"))]
    table = Table(_t(lang, "Summary", "活动汇总"), cols)

    def add(c: Campaign, label: str, value: Any, rng: Any = None, unit: str = "", kind: str = "") -> None:
        p = (rng.p10, rng.p50, rng.p90) if rng is not None else (None, None, None)
        if kind == "money":
            unit = c.currency
        table.rows.append([c.name, label, value, *p, unit])
        table.currencies.append(c.currency)

    for c in campaigns:
        add(c, _t(lang, "Dates (China)", "日期(北京时间)"), f"{c.start_date.isoformat()} – {c.end_date.isoformat()}")
        add(c, _t(lang, "Brand", "品牌"), c.brand)
        add(c, _t(lang, "Budget", "预算"), c.budget, kind="money")
        add(c, _t(lang, "Other costs", "其他成本"), c.other_costs, kind="money")
        add(c, _t(lang, "Gross margin", "毛利率"), c.margin, unit=_t(lang, "share", "比例"))
        proj = projections.get(c.id)
        if proj is None:
            continue
        for key, (en, zh, kind) in SUMMARY_FIGURES.items():
            rng = proj.range.get(key) if proj.range else None
            add(c, _t(lang, en, zh), proj.expected.get(key), rng, kind=kind)
        if proj.range:
            add(c, _t(lang, "Monte Carlo draws", "模拟次数"), proj.draws)
    for note in notes:
        table.rows.append(["", _t(lang, "Note", "说明"), note, None, None, None, ""])
        table.currencies.append("")
    return table


def benchmark_table(store: "PlanStore", campaigns: list[Campaign], *, lang: str = "en") -> Table:
    """The benchmark figures the campaigns' platforms draw on, with year, basis and source."""
    used = {"all"}
    hosts = {h.id: h for h in store.hosts()}
    for c in campaigns:
        used |= {hosts[s.host_id].platform for s in store.sessions(c.id)}
    cols = [Column("platform", _t(lang, "Platform", "平台")), Column("tier", _t(lang, "Tier / band", "层级/时段")),
            Column("metric", _t(lang, "Metric", "指标")), Column("value", _t(lang, "Value (median)", "中位值"), "auto"),
            Column("low", "P10", "auto"), Column("high", "P90", "auto"), Column("unit", _t(lang, "Unit", "单位")),
            Column("year", _t(lang, "Year", "年份")), Column("basis", _t(lang, "Basis", "依据")),
            Column("source", _t(lang, "Source", "来源")), Column("note", _t(lang, "Note", "备注"))]
    table = Table(_t(lang, "Benchmarks", "基准数据"), cols)
    names = {p.key: _t(lang, p.name_en, p.name_zh or p.name_en) for p in store.platforms()}
    names["all"] = _t(lang, "All platforms", "全平台")
    basis = {"sourced": "有来源", "estimate": "估算", "assumption": "假设", "convention": "惯例", "user": "用户数据"}
    for f in store.benchmarks():
        if f.platform in used:
            table.rows.append([names.get(f.platform, f.platform), f.tier, f.metric, f.value, f.low, f.high, f.unit,
                               f.year, _t(lang, f.basis, basis.get(f.basis, f.basis)), f.source, f.note])
            table.currencies.append("")
    return table


def hosts_used(store: "PlanStore", sessions: Iterable[Session]) -> list[Host]:
    ids = {s.host_id for s in sessions}
    return [h for h in store.hosts() if h.id in ids]
