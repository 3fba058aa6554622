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
from planner.domain.session_defaults import effective_commission
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
    "tier": "text", "session_type": "text", "brand_minutes": "int", "theme": "text", "products": "text", "slot_fee": "money",
    "commission_rate": "percent", "paid_budget": "money", "viewers": "int", "gmv": "money0", "cost": "money0",
    "roi": "ratio", "session_status": "text", "notes": "text",
    "viewers_p10": "int", "viewers_p90": "int", "gmv_p10": "money0", "gmv_p90": "money0",
}
PROJECTED = ("viewers", "gmv", "cost", "roi")
RANGES = ("viewers_p10", "viewers_p90", "gmv_p10", "gmv_p90")
HOST_KINDS = {
    "name": "text", "handle": "text", "platform": "text", "tier": "text", "followers": "int",
    "typical_viewers": "int", "categories": "text", "slot_fee": "money", "commission_rate": "percent",
    "currency": "text", "agency": "text", "region": "text", "status": "text", "contact": "text", "notes": "text",
}
SUMMARY_FIGURES: dict[str, tuple[str, str, str]] = {
    # key: (English, Chinese, kind)
    "show_viewers": ("Show viewers (UV, sum over sessions)", "场观(UV)", "int"),
    "viewers": ("Brand viewers (present while the brand is on air)", "品牌曝光人数", "int"),
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


def project(store: "PlanStore", campaigns: list[Campaign], draws: int,
            lang: str = "en") -> tuple[dict[int, Any], list[str]]:
    """Projections by campaign id where the projection engine can make them; notes (in ``lang``) say why not."""
    try:
        from planner.domain.projection import project_campaign
    except ImportError:
        return {}, [_t(lang, "Projected figures are not available in this version.", "此版本无预估数据。")]
    plan = store.load_plan([c.id for c in campaigns])  # type: ignore[misc]
    out: dict[int, Any] = {}
    notes: list[str] = []
    for c in campaigns:
        try:
            out[c.id] = project_campaign(plan, c.id, draws=draws)  # type: ignore[arg-type, index]
        except PlannerError as exc:
            notes.append(_t(lang, f"{c.name}: no projection ({exc})", f"{c.name}：无预估（{exc}）"))
        except Exception as exc:  # noqa: BLE001 - an export must not fail because a projection did
            notes.append(_t(lang, f"{c.name}: no projection (internal error: {exc!r})",
                            f"{c.name}：无预估（内部错误：{exc!r}）"))
    return out, notes


def schedule_table(store: "PlanStore", campaigns: list[Campaign], *, lang: str = "en",
                   display_zone: str | None = None, projections: dict[int, Any] | None = None,
                   progress: Progress | None = None, ranges: bool = False, for_agency: bool = False) -> Table:
    """The schedule: one row per session in China time (and ``display_zone``), with projected figures.

    ``ranges`` adds P10/P90 columns for viewers and GMV (when the projections have per-session draws);
    ``for_agency`` leaves every projected figure out (a file to send to an agency or a host).
    """
    tz = zone(display_zone) if display_zone else None
    fields = (["campaign"] if len(campaigns) > 1 else []) + ["date", "start", "end", "duration"]
    if tz is not None:
        fields += ["start_local", "end_local"]
    fields += ["platform", "host", "handle", "tier", "session_type", "brand_minutes", "theme", "products", "slot_fee",
               "commission_rate", "paid_budget"]
    if not for_agency:
        fields += ["viewers", *(RANGES[:2] if ranges else ()), "gmv", *(RANGES[2:] if ranges else ()), "cost", "roi"]
    fields += ["session_status", "notes"]
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
        rate = effective_commission(s.commission_rate, h)
        tier = getattr(figures, "tier", None) or h.tier or ""
        v: dict[str, Any] = {
            "campaign": c.name, "date": start_cn.date(), "start": start_cn.time().replace(tzinfo=None),
            "end": end_cn.time().replace(tzinfo=None), "duration": s.duration_min,
            "platform": names.name(h.platform, lang), "host": h.name, "handle": h.handle,
            "tier": value_label("tier", tier, lang) if tier else "",
            "session_type": value_label("session_type", s.session_type, lang), "theme": s.theme,
            "brand_minutes": s.brand_minutes,
            "products": s.products, "slot_fee": s.slot_fee, "commission_rate": rate, "paid_budget": s.paid_budget,
            # Projections are estimates: cents and 1/1000 of ROI are all the precision they carry.
            "viewers": round(figures.viewers) if figures else None,
            "gmv": round(figures.gmv, 2) if figures else None,
            "cost": round(figures.cost, 2) if figures else None,
            "roi": round(figures.roi, 3) if figures else None,
            "session_status": value_label("session_status", s.status, lang), "notes": s.notes,
        }
        if ranges and not for_agency:
            q = _session_range(projections, c.id, s.id)
            for key in ("viewers", "gmv"):
                v[f"{key}_p10"] = round(q[key].p10) if q and key in q else None
                v[f"{key}_p90"] = round(q[key].p90) if q and key in q else None
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


def _session_range(projections: dict[int, Any] | None, campaign_id: int | None, session_id: int | None) -> Any:
    proj = (projections or {}).get(campaign_id)  # type: ignore[arg-type]  # None: no projection
    rng = getattr(proj, "session_range", None)
    return rng.get(session_id) if rng else None


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
               progress: Progress | None = None, tier_of: Callable[[Host], str] | None = None,
               contacts: bool = True) -> Table:
    """The host roster (达人资源表); money in each host's own currency.

    ``tier_of(host)`` gives the tier a host without an explicit one is planned at (from its followers, as
    the app shows it); without it such hosts have an empty tier. ``contacts=False`` leaves the contact
    column out (a schedule's hosts sheet, a file for an agency)."""
    hosts = list(hosts)
    fields = [f for f in HOST_KINDS if contacts or f != "contact"]
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
                  lang: str = "en", for_agency: bool = False) -> Table:
    """Campaign facts, then each projected figure: the median (P50, the headline) first, then P10 and P90, the
    average outcome (mean) and the trace (every figure at its median); without draws only the trace.

    ``for_agency`` keeps the dates and brand only: no budget, costs, margin or projections."""
    cols = [Column("campaign", _t(lang, "Campaign", "活动")), Column("figure", _t(lang, "Figure", "指标")),
            Column("p50", _t(lang, "Median (P50)", "中位数(P50)"), "auto"), Column("p10", "P10", "auto"),
            Column("p90", "P90", "auto"), Column("mean", _t(lang, "Average outcome", "平均结果"), "auto"),
            Column("trace", _t(lang, "Trace (all medians)", "逐项中位数推算"), "auto"),
            Column("unit", _t(lang, "Unit", "单位"))]
    table = Table(_t(lang, "Summary", "活动汇总"), cols)

    def add(c: Campaign, label: str, value: Any, rng: Any = None, unit: str = "", kind: str = "",
            projected: bool = False) -> None:
        if kind == "money":
            unit = c.currency
        if not projected:
            row = [value, None, None, None, None]
        elif rng is not None:
            row = [rng.p50, rng.p10, rng.p90, rng.mean, value]
        else:
            row = [None, None, None, None, value]
        table.rows.append([c.name, label, *row, unit])
        table.currencies.append(c.currency)

    for c in campaigns:
        add(c, _t(lang, "Dates (China)", "日期(北京时间)"), f"{c.start_date.isoformat()} – {c.end_date.isoformat()}")
        add(c, _t(lang, "Brand", "品牌"), c.brand)
        if for_agency:
            continue
        add(c, _t(lang, "Budget", "预算"), c.budget, kind="money")
        add(c, _t(lang, "Other costs", "其他成本"), c.other_costs, kind="money")
        add(c, _t(lang, "Gross margin", "毛利率"), c.margin, unit=_t(lang, "share", "比例"))
        proj = projections.get(c.id)  # type: ignore[arg-type]  # stored campaigns have ids
        if proj is None:
            continue
        for key, (en, zh, kind) in SUMMARY_FIGURES.items():
            rng = proj.range.get(key) if proj.range else None
            add(c, _t(lang, en, zh), proj.expected.get(key), rng, kind=kind, projected=True)
        if proj.range:
            add(c, _t(lang, "Monte Carlo draws", "模拟次数"), proj.draws)
    for note in ([] if for_agency else notes):
        table.rows.append(["", _t(lang, "Note", "说明"), note, None, None, None, None, ""])
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
            table.rows.append([names.get(f.platform, f.platform), _bench_tier(f.tier, lang),
                               _t(lang, METRIC_EN.get(f.metric, f.metric), METRIC_ZH.get(f.metric, f.metric)),
                               f.value, f.low, f.high, _t(lang, f.unit, UNIT_ZH.get(f.unit, f.unit)),
                               f.year, _t(lang, f.basis, basis.get(f.basis, f.basis)), f.source, f.note])
            table.currencies.append("")
    return table


#: The library's metric keys in words (as the app's Benchmarks view shows them), and in Chinese.
METRIC_EN = {
    "avg_order_value": "Average order value", "avg_watch_minutes": "Average watch time",
    "commission_rate": "Host commission", "conversion_rate": "Conversion rate", "cpm_paid": "Paid traffic CPM",
    "duration_elasticity": "Viewers vs session length (elasticity)", "engagement_rate": "Interaction rate",
    "festival_conversion_multiplier": "Festival conversion multiplier",
    "festival_viewer_multiplier": "Festival viewer multiplier", "follow_rate": "New-follower rate",
    "national_live_commerce_users": "Live-commerce users in China", "national_universe": "Online population of China",
    "paid_cap_multiplier": "Paid traffic cap (× organic viewers)", "paid_room_ctr": "Paid ad click-through to the room",
    "platform_fee_rate": "Platform fee rate", "reference_duration_minutes": "Reference session length",
    "return_rate": "Return rate", "returning_viewer_share": "Returning-viewer share",
    "room_entry_rate": "Room entry rate", "session_views": "Views per session (PV)", "slot_fee": "Slot fee",
    "slot_fee_multiplier": "Slot fee multiplier (time slot)", "slot_multiplier": "Viewer multiplier (time slot)",
    "tier_followers_min": "Followers from which a tier starts", "universe": "Platform users",
    "views_per_viewer": "Views per unique viewer (PV ÷ UV)",
    "brand_slot_minutes": "Brand minutes on air in a slot", "minor_festival_share": "Minor festival share of uplift",
    "paid_pool_min": "Paid traffic pool (minimum viewers)",
}
METRIC_ZH = {
    "avg_order_value": "客单价", "avg_watch_minutes": "人均观看时长", "commission_rate": "佣金比例",
    "conversion_rate": "看播转化率", "cpm_paid": "投流千次曝光成本", "duration_elasticity": "时长弹性(场观随时长)",
    "engagement_rate": "互动率", "festival_conversion_multiplier": "大促转化系数",
    "festival_viewer_multiplier": "大促流量系数", "follow_rate": "涨粉率", "national_live_commerce_users": "直播电商用户",
    "national_universe": "网民规模", "paid_cap_multiplier": "投流上限(自然场观倍数)", "paid_room_ctr": "投流进房点击率",
    "platform_fee_rate": "技术服务费率", "reference_duration_minutes": "基准直播时长", "return_rate": "退货率",
    "returning_viewer_share": "老粉占比", "room_entry_rate": "进房率", "session_views": "场观(人次)",
    "slot_fee": "坑位费", "slot_fee_multiplier": "坑位费时段系数", "slot_multiplier": "场观时段系数",
    "tier_followers_min": "层级粉丝门槛", "universe": "平台用户规模", "views_per_viewer": "人均观看次数(PV÷UV)",
    "brand_slot_minutes": "坑位讲解时长", "minor_festival_share": "小型节点系数占比", "paid_pool_min": "投流流量池下限",
}
UNIT_ZH = {
    "CNY per 1000 paid impressions": "元/千次投流曝光", "CNY per order": "元/单", "CNY per session slot": "元/场(坑位)",
    "buyers per unique viewer": "购买人数/观看人数", "exponent": "指数", "followers": "粉丝数",
    "interactions per viewer": "互动次数/观看人数", "max paid viewers / organic viewers": "投流场观上限/自然场观",
    "minutes": "分钟", "minutes per viewer": "分钟/人", "new followers per viewer": "新增粉丝/观看人数", "people": "人",
    "room entries per paid impression": "进房次数/投流曝光", "room entries per room impression": "进房次数/直播间曝光",
    "share of GMV refunded": "退款金额占GMV比例",
    "share of a session's viewers who watched the host's previous session": "上一场也看过的观众占比",
    "share of net GMV": "占净成交比例", "views (PV) per session": "人次/场", "views (PV) per unique viewer": "人次/人",
    "x all-platform slot fee": "×全平台坑位费", "x conversion during a festival window": "×大促期间转化率",
    "x viewers by start hour (Asia/Shanghai)": "×按开播时段(北京时间)的场观",
    "x viewers during a festival window": "×大促期间场观",
    "minutes the host presents one brand in a multi-brand show": "分钟(多品牌直播中单个品牌的讲解时长)",
    "paid room entries a campaign can buy for any room, however small": "进房次数(任何直播间均可购买的投流流量)",
    "share of a major festival's uplift a minor festival brings": "小型节点带来的大促增幅占比",
}
_BENCH_TIER_ZH = {"apparel": "服饰类目", "": ""}


def _bench_tier(tier: str, lang: str) -> str:
    """A benchmark's tier, band or category in the export's language ("19-23" is an hour band either way)."""
    if lang != "zh" or not tier:
        return tier
    if tier in _BENCH_TIER_ZH:
        return _BENCH_TIER_ZH[tier]
    return value_label("tier", tier, lang)


def hosts_used(store: "PlanStore", sessions: Iterable[Session]) -> list[Host]:
    ids = {s.host_id for s in sessions}
    return [h for h in store.hosts() if h.id in ids]
