"""Break a session's point projection down into the inputs that made it (benchmark rows, multipliers, host).

The steps recompute the point projection one scalar at a time from the same compiled inputs the engine
uses, so the last steps equal the projection's session figures (a test holds them to that).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from planner.domain.benchmarks import F_REF, FOLLOWER_ELASTICITY
from planner.domain.engine import CVR_PRIOR_VIEWERS, N0_VIEWERS, Compiled, compile_campaign
from planner.domain.errors import PlannerError
from planner.domain.models import TIER_LABELS, BenchmarkFigure, Plan
from planner.domain.text import QT_TRANSLATE_NOOP, Named
from planner.domain.timezones import china_time

#: Sources and units the steps name, in one place (the UI translates them through the catalogue).
HOST_RECORD = QT_TRANSLATE_NOOP("Why", "host record")
SESSION = QT_TRANSLATE_NOOP("Why", "session")
SESSION_RECORD = QT_TRANSLATE_NOOP("Why", "session record")
ACTUALS = QT_TRANSLATE_NOOP("Why", "recorded actuals (复盘)")
VIEWERS = QT_TRANSLATE_NOOP("Why", "viewers")


@dataclass(frozen=True, slots=True)
class ExplainStep:
    """One input or intermediate figure: what it is, its value, how it was computed and where it came from."""

    label: str
    value: float | str
    formula: str = ""
    source: str = ""
    basis: str = ""           # sourced / estimate / assumption / convention / user / host record / computed
    unit: str = ""


@dataclass
class Explanation:
    session_id: int
    campaign_id: int
    currency: str
    steps: list[ExplainStep] = field(default_factory=list)

    def value(self, label: str) -> float | str:
        for s in self.steps:
            if s.label == label:
                return s.value
        raise KeyError(label)

    def text(self) -> str:
        """A readable multi-line breakdown."""
        lines = [f"Session {self.session_id} — the trace (every figure at its median; money in {self.currency})"]
        for s in self.steps:
            v = s.value if isinstance(s.value, str) else _fmt(s.value)
            unit = f" {s.unit}" if s.unit else ""
            lines.append(f"  {s.label}: {v}{unit}")
            if s.formula:
                lines.append(f"      = {s.formula}")
            if s.source or s.basis:
                lines.append(f"      [{s.basis}] {s.source}".rstrip())
        return "\n".join(lines)


def _fmt(v: float) -> str:
    if v == 0 or abs(v) >= 100:
        return f"{v:,.0f}"
    return f"{v:,.4g}"


def explain_session(plan: Plan, campaign_id: int, session_id: int, compiled: Compiled | None = None) -> Explanation:
    """Every step from host and benchmark rows to the session's viewers, GMV, cost and ROI."""
    c = compiled or compile_campaign(plan, campaign_id)
    idx = next((i for i, s in enumerate(c.sessions) if s.id == session_id), None)
    if idx is None:
        raise PlannerError(f"Session {session_id} is not a (non-cancelled) session of campaign {campaign_id}")
    s = c.sessions[idx]
    hi, pi, ci = int(c.s_host[idx]), int(c.s_platform[idx]), int(c.s_combo[idx])
    host, tier, platform = c.hosts[hi], c.tiers[hi], c.platforms[pi]
    ex = Explanation(session_id, campaign_id, c.currency)
    add = ex.steps.append

    def fig(metric: str, *, combo: bool = False) -> BenchmarkFigure:
        return c.figures[int((c.cfig if combo else c.pfig)[metric][ci if combo else pi])]

    def row(label: str, f: BenchmarkFigure, unit: str = "") -> float:
        where = f"{f.platform}" + (f"/{f.tier}" if f.tier else "")
        rng = f" (P10–P90 {_fmt(f.low)}–{_fmt(f.high)})" if f.low is not None and f.high is not None else ""
        year = f", {f.year}" if f.year else ""
        add(ExplainStep(label, f.value, QT_TRANSLATE_NOOP("Why", "benchmark {metric} [{where}]{range}").format(metric=f.metric, where=where + year, range=rng), f.source, f.basis,
                        unit or f.unit))
        return f.value

    local = china_time(s.start)
    shown_platform = Named(plan.platforms[platform].name_en, plan.platforms[platform].name_zh) \
        if platform in plan.platforms else platform
    festivals = {f.name_en: Named(f.name_en, f.name_zh) for f in plan.festivals}
    festival = festivals.get(c.s_festival[idx], c.s_festival[idx])
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host"),
                    QT_TRANSLATE_NOOP("Why", "{host} on {platform}").format(host=host.name, platform=shown_platform),
                    "", HOST_RECORD, "host record"))
    tier_src = QT_TRANSLATE_NOOP("Why", "host record (explicit tier)") if host.tier else \
        QT_TRANSLATE_NOOP("Why", "largest tier whose tier_followers_min {followers:,} followers reach").format(
            followers=host.followers or 0)
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Tier"), TIER_LABELS.get(tier, tier), tier_src,
                    QT_TRANSLATE_NOOP("Why", "Agency tier conventions (editable)"), "convention"))
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Start (China time)"), f"{local:%Y-%m-%d %H:%M}", "", SESSION, "session record"))

    sv = row(QT_TRANSLATE_NOOP("Why", "Benchmark views per session"), fig("session_views", combo=True))
    vpv = row(QT_TRANSLATE_NOOP("Why", "Views per viewer"), fig("views_per_viewer"))
    uv_tier = sv / vpv
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Tier viewers per session (UV)"), uv_tier,
                    QT_TRANSLATE_NOOP("Why", "session views / views per viewer"), basis="computed"))
    factor = math.exp(c.h_logfollow[hi])
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Follower factor"), factor,
                    f"({host.followers or F_REF.get(tier, 0):,.0f} / {F_REF.get(tier, 0):,.0f})^{FOLLOWER_ELASTICITY}"
                    if host.followers else QT_TRANSLATE_NOOP("Why", "followers unknown: 1"), basis="computed"))
    b_bench = uv_tier * factor
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Benchmark base B_bench"), b_bench,
                    QT_TRANSLATE_NOOP("Why", "tier viewers × follower factor"), basis="computed", unit=VIEWERS))
    wb = float(c.h_wbench[hi])
    if wb == 0.0:
        base = math.exp(c.h_logown[hi])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host base B_h"), base,
                        QT_TRANSLATE_NOOP("Why", "host's own typical viewers per session"), HOST_RECORD,
                        "host record", VIEWERS))
    elif wb < 1.0:
        n = round(N0_VIEWERS / wb - N0_VIEWERS)
        own = math.exp(c.h_logown[hi])
        base = math.exp(wb * math.log(b_bench) + (1 - wb) * c.h_logown[hi])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host base B_h"), base,
                        QT_TRANSLATE_NOOP("Why", "log-shrinkage of {n} actual session(s) (geometric mean {own:,.0f} "
                                                 "per unit multiplier) toward B_bench with n0 = {n0:g}")
                        .format(n=n, own=own, n0=N0_VIEWERS), ACTUALS, "user", VIEWERS))
    else:
        base = b_bench
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host base B_h"), base,
                        QT_TRANSLATE_NOOP("Why", "= B_bench (no own figure, no actuals)"), basis="computed",
                        unit=VIEWERS))
    band = c.book.slot_band(local.hour)
    slot = float(c.s_slot[idx])
    if band and slot != band.figure.value:
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Time-slot multiplier (festival peak hours count as prime time)"),
                        slot, QT_TRANSLATE_NOOP("Why", "{hour}:00 China time is inside {festival}'s peak hours")
                        .format(hour=f"{local:%H}", festival=festival or "?"),
                        QT_TRANSLATE_NOOP("Why", "festival calendar"), "convention"))
    elif band:
        row(QT_TRANSLATE_NOOP("Why", "Time-slot multiplier ({hours} h China time)")
            .format(hours=f"{band.start:02d}–{band.end:02d}"), band.figure)
    else:
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Time-slot multiplier"), 1.0,
                        QT_TRANSLATE_NOOP("Why", "no hour band covers this start hour"), basis="convention"))
    m = slot
    level = int(c.s_flevel[idx])
    share = c.figures[c.share_fig].value if c.share_fig >= 0 else 0.0
    if level:
        fm = row(QT_TRANSLATE_NOOP("Why", "Festival viewer multiplier ({festival}, major festival)")
                 .format(festival=festival),
                 fig("festival_viewer_multiplier", combo=True))
        if level == 1:
            row(QT_TRANSLATE_NOOP("Why", "Minor festival share"), c.figures[c.share_fig])
            fm = 1.0 + share * (fm - 1.0)
            add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Festival viewer multiplier ({festival}, minor festival)")
                            .format(festival=festival), fm,
                            QT_TRANSLATE_NOOP("Why", "1 + share × (major multiplier − 1)"), basis="computed"))
        m *= fm
    else:
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Festival"), QT_TRANSLATE_NOOP("Why", "none"),
                        QT_TRANSLATE_NOOP("Why", "no festival that runs on {platform} covers {day} (holidays and "
                                                 "other platforms' festivals do not lift)")
                        .format(platform=shown_platform, day=f"{local:%Y-%m-%d}"), basis="computed"))
    ref = fig("reference_duration_minutes").value
    el = fig("duration_elasticity").value
    dm = (s.duration_min / ref) ** el
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Duration multiplier"), dm, f"({s.duration_min} min / {ref:g} min)^{el:g}",
                    "reference_duration_minutes, duration_elasticity", fig("duration_elasticity").basis))
    m *= dm
    organic = base * m
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Organic viewers V_org"), organic,
                    QT_TRANSLATE_NOOP("Why", "B_h × slot × festival × duration"), basis="computed", unit=VIEWERS))
    paid_v = 0.0
    if c.s_paid[idx] > 0:
        x = float(c.s_paid_cny[idx])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Paid traffic budget"), x,
                        QT_TRANSLATE_NOOP("Why", "{amount:,.0f} {currency} in CNY")
                        .format(amount=c.s_paid[idx], currency=c.currency), SESSION, "host record", "CNY"))
        cpm = row(QT_TRANSLATE_NOOP("Why", "Paid CPM"), fig("cpm_paid"))
        ctr = row(QT_TRANSLATE_NOOP("Why", "Paid room entry rate"), fig("paid_room_ctr"))
        cap = row(QT_TRANSLATE_NOOP("Why", "Paid cap multiplier"), fig("paid_cap_multiplier"))
        pool = row(QT_TRANSLATE_NOOP("Why", "Paid pool (entries any room can buy)"), fig("paid_pool_min"))
        c0 = cpm / (1000 * ctr)
        vmax = cap * organic + pool
        paid_v = vmax * x / (x + vmax * c0)
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Cost per paid entry c0"), c0,
                        QT_TRANSLATE_NOOP("Why", "CPM / (1000 × room entry rate)"), basis="computed", unit="CNY"))
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Paid viewers V_paid"), paid_v, f"Vmax·x/(x + Vmax·c0), Vmax = {vmax:,.0f}",
                        basis="computed", unit=VIEWERS))
    show = organic + paid_v
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Show viewers V"), show,
                    QT_TRANSLATE_NOOP("Why", "V_org + V_paid (场观: the whole show)"), basis="computed", unit=VIEWERS))
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Views"), show * vpv,
                    QT_TRANSLATE_NOOP("Why", "show viewers × views per viewer"), basis="computed",
                    unit=QT_TRANSLATE_NOOP("Why", "views")))
    if s.session_type == "slot":
        watch = row(QT_TRANSLATE_NOOP("Why", "Average watch time"), fig("avg_watch_minutes"), "min")
        if s.brand_minutes:
            bm = float(s.brand_minutes)
            add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Brand minutes on air"), bm, "", SESSION, "session record", "min"))
        else:
            bm = row(QT_TRANSLATE_NOOP("Why", "Brand minutes on air (library default)"),
                     c.figures[int(c.s_slot_bmfig[list(c.s_slot_idx).index(idx)])], "min")
        e = min(1.0, (watch + bm) / s.duration_min)
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Brand exposure e"), e,
                        QT_TRANSLATE_NOOP("Why", "min(1, ({watch:g} + {bm:g}) / {minutes} min): a slot (坑位) in a "
                                                 "multi-brand show").format(watch=watch, bm=bm, minutes=s.duration_min),
                        basis="computed"))
    else:
        e = 1.0
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Brand exposure e"), 1.0,
                        QT_TRANSLATE_NOOP("Why", "dedicated show (专场 / 店播): the whole show sells the brand"),
                        basis="computed"))
    viewers = show * e
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Viewers"), viewers,
                    QT_TRANSLATE_NOOP("Why", "brand viewers E = show viewers × e"), basis="computed", unit=VIEWERS))
    cr = row(QT_TRANSLATE_NOOP("Why", "Benchmark conversion rate"), fig("conversion_rate", combo=True))
    if c.h_cvr_log[hi] != 0:
        cr *= math.exp(c.h_cvr_log[hi])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Conversion prior from your brand's shows"), cr,
                        QT_TRANSLATE_NOOP("Why", "benchmark × brand's mean ratio to the trace in this platform × tier, "
                                                 "weighted n/(n + 5)"), ACTUALS, "user"))
    if c.h_uv[hi] > 0:
        cr = (c.h_buyers[hi] + CVR_PRIOR_VIEWERS * cr) / (c.h_uv[hi] + CVR_PRIOR_VIEWERS)
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host conversion rate (calibrated)"), cr,
                        QT_TRANSLATE_NOOP("Why", "({orders:,.0f} orders + 5000 × benchmark) / ({viewers:,.0f} brand "
                                                 "viewers + 5000)").format(orders=c.h_buyers[hi], viewers=c.h_uv[hi]),
                        ACTUALS, "user"))
    if level:
        fc = row(QT_TRANSLATE_NOOP("Why", "Festival conversion multiplier"), fig("festival_conversion_multiplier"))
        cr *= fc if level == 2 else 1.0 + share * (fc - 1.0)
    cr = min(cr, 1.0)
    buyers = viewers * cr
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Buyers"), buyers,
                    QT_TRANSLATE_NOOP("Why", "viewers × conversion {rate:.4%}").format(rate=cr), basis="computed",
                    unit=QT_TRANSLATE_NOOP("Why", "buyers")))
    aov = row(QT_TRANSLATE_NOOP("Why", "Average order value"), fig("avg_order_value", combo=True), "CNY")
    if c.h_waov[hi] < 1.0:
        wa = float(c.h_waov[hi])
        aov = math.exp(wa * math.log(aov) + (1 - wa) * c.h_logaov[hi])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host order value (calibrated)"), aov,
                        QT_TRANSLATE_NOOP("Why", "log-shrinkage toward the benchmark, weight {weight:.2f}")
                        .format(weight=wa), ACTUALS, "user", "CNY"))
    gmv = buyers * aov / c.cny_per_unit
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "GMV"), gmv,
                    QT_TRANSLATE_NOOP("Why", "buyers × order value") if c.currency == "CNY" else
                    QT_TRANSLATE_NOOP("Why", "buyers × order value / {rate:g} CNY per {currency}")
                    .format(rate=c.cny_per_unit, currency=c.currency), basis="computed", unit=c.currency))
    ret = row(QT_TRANSLATE_NOOP("Why", "Return rate"), fig("return_rate"))
    if c.h_wret[hi] < 1.0:
        wr = float(c.h_wret[hi])
        ret = wr * ret + (1 - wr) * float(c.h_ret[hi])
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Host return rate (calibrated)"), ret,
                        QT_TRANSLATE_NOOP("Why", "shrunk toward the benchmark, weight {weight:.2f}").format(weight=wr),
                        ACTUALS, "user"))
    net = gmv * (1 - ret)
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Net GMV"), net, QT_TRANSLATE_NOOP("Why", "GMV × (1 − return rate)"),
                    basis="computed", unit=c.currency))
    comm_rate = float(c.s_comm[idx])
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Commission rate"), comm_rate, "",
                    SESSION if s.commission_rate is not None else HOST_RECORD, "host record"))
    pf = row(QT_TRANSLATE_NOOP("Why", "Platform fee rate"), fig("platform_fee_rate"))
    cost = s.slot_fee + s.paid_budget + net * (comm_rate + pf)
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Slot fee"), s.slot_fee, "", SESSION, "host record", c.currency))
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Session cost"), cost,
                    QT_TRANSLATE_NOOP("Why", "slot fee + paid traffic + (commission + platform fee) × net GMV"),
                    basis="computed", unit=c.currency))
    add(ExplainStep(QT_TRANSLATE_NOOP("Why", "ROI"), net / cost if cost else 0.0,
                    QT_TRANSLATE_NOOP("Why", "net GMV / session cost"), basis="computed"))
    nat = c.figures[c.nat_fig].value
    top_u = max(c.figures[int(i)].value for i in c.pfig["universe"])
    if top_u > nat:
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "National universe used for reach"), top_u,
                        QT_TRANSLATE_NOOP("Why", "max(national universe {national:,.0f}, largest platform universe "
                                                 "{largest:,.0f}): the nation can never be smaller than one of its "
                                                 "platforms").format(national=nat, largest=top_u),
                        basis="computed", unit=QT_TRANSLATE_NOOP("Why", "people")))
    for note in c.h_notes[hi]:
        add(ExplainStep(QT_TRANSLATE_NOOP("Why", "Calibrated from actuals"), note, "", ACTUALS, "user"))
    return ex
