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
from planner.domain.timezones import china_time


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
        add(ExplainStep(label, f.value, f"benchmark {f.metric} [{where}{year}]{rng}", f.source, f.basis,
                        unit or f.unit))
        return f.value

    local = china_time(s.start)
    shown_platform = plan.platforms[platform].name_en if platform in plan.platforms else platform
    add(ExplainStep("Host", f"{host.name} on {shown_platform}", "", "host record", "host record"))
    tier_src = "host record (explicit tier)" if host.tier else \
        f"largest tier whose tier_followers_min {host.followers or 0:,} followers reach"
    add(ExplainStep("Tier", TIER_LABELS.get(tier, tier), tier_src, "Agency tier conventions (editable)",
                    "convention"))
    add(ExplainStep("Start (China time)", f"{local:%Y-%m-%d %H:%M}", "", "session", "session record"))

    sv = row("Benchmark views per session", fig("session_views", combo=True))
    vpv = row("Views per viewer", fig("views_per_viewer"))
    uv_tier = sv / vpv
    add(ExplainStep("Tier viewers per session (UV)", uv_tier, "session views / views per viewer", basis="computed"))
    factor = math.exp(c.h_logfollow[hi])
    add(ExplainStep("Follower factor", factor,
                    f"({host.followers or F_REF.get(tier, 0):,.0f} / {F_REF.get(tier, 0):,.0f})^{FOLLOWER_ELASTICITY}"
                    if host.followers else "followers unknown: 1", basis="computed"))
    b_bench = uv_tier * factor
    add(ExplainStep("Benchmark base B_bench", b_bench, "tier viewers × follower factor", basis="computed",
                    unit="viewers"))
    wb = float(c.h_wbench[hi])
    if wb == 0.0:
        base = math.exp(c.h_logown[hi])
        add(ExplainStep("Host base B_h", base, "host's own typical viewers per session", "host record",
                        "host record", "viewers"))
    elif wb < 1.0:
        n = round(N0_VIEWERS / wb - N0_VIEWERS)
        own = math.exp(c.h_logown[hi])
        base = math.exp(wb * math.log(b_bench) + (1 - wb) * c.h_logown[hi])
        add(ExplainStep("Host base B_h", base,
                        f"log-shrinkage of {n} actual session(s) (geometric mean {own:,.0f} per unit multiplier) "
                        f"toward B_bench with n0 = {N0_VIEWERS:g}", "recorded actuals (复盘)", "user", "viewers"))
    else:
        base = b_bench
        add(ExplainStep("Host base B_h", base, "= B_bench (no own figure, no actuals)", basis="computed",
                        unit="viewers"))
    band = c.book.slot_band(local.hour)
    slot = float(c.s_slot[idx])
    if band and slot != band.figure.value:
        add(ExplainStep("Time-slot multiplier (festival peak hours count as prime time)", slot,
                        f"{local:%H}:00 China time is inside {c.s_festival[idx] or 'a festival'}'s peak hours",
                        "festival calendar", "convention"))
    elif band:
        row(f"Time-slot multiplier ({band.start:02d}–{band.end:02d} h China time)", band.figure)
    else:
        add(ExplainStep("Time-slot multiplier", 1.0, "no hour band covers this start hour", basis="convention"))
    m = slot
    level = int(c.s_flevel[idx])
    share = c.figures[c.share_fig].value if c.share_fig >= 0 else 0.0
    if level:
        fm = row(f"Festival viewer multiplier ({c.s_festival[idx]}, major festival)",
                 fig("festival_viewer_multiplier", combo=True))
        if level == 1:
            row("Minor festival share", c.figures[c.share_fig])
            fm = 1.0 + share * (fm - 1.0)
            add(ExplainStep(f"Festival viewer multiplier ({c.s_festival[idx]}, minor festival)", fm,
                            "1 + share × (major multiplier − 1)", basis="computed"))
        m *= fm
    else:
        add(ExplainStep("Festival", "none", f"no festival that runs on {shown_platform} covers "
                        f"{local:%Y-%m-%d} (holidays and other platforms' festivals do not lift)", basis="computed"))
    ref = fig("reference_duration_minutes").value
    el = fig("duration_elasticity").value
    dm = (s.duration_min / ref) ** el
    add(ExplainStep("Duration multiplier", dm, f"({s.duration_min} min / {ref:g} min)^{el:g}",
                    "reference_duration_minutes, duration_elasticity", fig("duration_elasticity").basis))
    m *= dm
    organic = base * m
    add(ExplainStep("Organic viewers V_org", organic, "B_h × slot × festival × duration", basis="computed",
                    unit="viewers"))
    paid_v = 0.0
    if c.s_paid[idx] > 0:
        x = float(c.s_paid_cny[idx])
        add(ExplainStep("Paid traffic budget", x, f"{c.s_paid[idx]:,.0f} {c.currency} in CNY", "session",
                        "host record", "CNY"))
        cpm = row("Paid CPM", fig("cpm_paid"))
        ctr = row("Paid room entry rate", fig("paid_room_ctr"))
        cap = row("Paid cap multiplier", fig("paid_cap_multiplier"))
        pool = row("Paid pool (entries any room can buy)", fig("paid_pool_min"))
        c0 = cpm / (1000 * ctr)
        vmax = cap * organic + pool
        paid_v = vmax * x / (x + vmax * c0)
        add(ExplainStep("Cost per paid entry c0", c0, "CPM / (1000 × room entry rate)", basis="computed",
                        unit="CNY"))
        add(ExplainStep("Paid viewers V_paid", paid_v, f"Vmax·x/(x + Vmax·c0), Vmax = {vmax:,.0f}",
                        basis="computed", unit="viewers"))
    show = organic + paid_v
    add(ExplainStep("Show viewers V", show, "V_org + V_paid (场观: the whole show)", basis="computed", unit="viewers"))
    add(ExplainStep("Views", show * vpv, "show viewers × views per viewer", basis="computed", unit="views"))
    if s.session_type == "slot":
        watch = row("Average watch time", fig("avg_watch_minutes"), "min")
        if s.brand_minutes:
            bm = float(s.brand_minutes)
            add(ExplainStep("Brand minutes on air", bm, "", "session", "session record", "min"))
        else:
            bm = row("Brand minutes on air (library default)",
                     c.figures[int(c.s_slot_bmfig[list(c.s_slot_idx).index(idx)])], "min")
        e = min(1.0, (watch + bm) / s.duration_min)
        add(ExplainStep("Brand exposure e", e, f"min(1, ({watch:g} + {bm:g}) / {s.duration_min} min): a slot (坑位) "
                        "in a multi-brand show", basis="computed"))
    else:
        e = 1.0
        add(ExplainStep("Brand exposure e", 1.0, "dedicated show (专场 / 店播): the whole show sells the brand",
                        basis="computed"))
    viewers = show * e
    add(ExplainStep("Viewers", viewers, "brand viewers E = show viewers × e", basis="computed", unit="viewers"))
    cr = row("Benchmark conversion rate", fig("conversion_rate", combo=True))
    if c.h_cvr_log[hi] != 0:
        cr *= math.exp(c.h_cvr_log[hi])
        add(ExplainStep("Conversion prior from your brand's shows", cr, "benchmark × brand's mean ratio to the "
                        "trace in this platform × tier, weighted n/(n + 5)", "recorded actuals (复盘)", "user"))
    if c.h_uv[hi] > 0:
        cr = (c.h_buyers[hi] + CVR_PRIOR_VIEWERS * cr) / (c.h_uv[hi] + CVR_PRIOR_VIEWERS)
        add(ExplainStep("Host conversion rate (calibrated)", cr,
                        f"({c.h_buyers[hi]:,.0f} orders + 5000 × benchmark) / ({c.h_uv[hi]:,.0f} brand viewers + 5000)",
                        "recorded actuals (复盘)", "user"))
    if level:
        fc = row("Festival conversion multiplier", fig("festival_conversion_multiplier"))
        cr *= fc if level == 2 else 1.0 + share * (fc - 1.0)
    cr = min(cr, 1.0)
    buyers = viewers * cr
    add(ExplainStep("Buyers", buyers, f"viewers × conversion {cr:.4%}", basis="computed", unit="buyers"))
    aov = row("Average order value", fig("avg_order_value", combo=True), "CNY")
    if c.h_waov[hi] < 1.0:
        wa = float(c.h_waov[hi])
        aov = math.exp(wa * math.log(aov) + (1 - wa) * c.h_logaov[hi])
        add(ExplainStep("Host order value (calibrated)", aov, f"log-shrinkage toward the benchmark, weight {wa:.2f}",
                        "recorded actuals (复盘)", "user", "CNY"))
    gmv = buyers * aov / c.cny_per_unit
    add(ExplainStep("GMV", gmv, "buyers × order value" + ("" if c.currency == "CNY" else
                    f" / {c.cny_per_unit:g} CNY per {c.currency}"), basis="computed", unit=c.currency))
    ret = row("Return rate", fig("return_rate"))
    if c.h_wret[hi] < 1.0:
        wr = float(c.h_wret[hi])
        ret = wr * ret + (1 - wr) * float(c.h_ret[hi])
        add(ExplainStep("Host return rate (calibrated)", ret, f"shrunk toward the benchmark, weight {wr:.2f}",
                        "recorded actuals (复盘)", "user"))
    net = gmv * (1 - ret)
    add(ExplainStep("Net GMV", net, "GMV × (1 − return rate)", basis="computed", unit=c.currency))
    comm_rate = float(c.s_comm[idx])
    add(ExplainStep("Commission rate", comm_rate, "", "session" if s.commission_rate is not None else "host record",
                    "host record"))
    pf = row("Platform fee rate", fig("platform_fee_rate"))
    cost = s.slot_fee + s.paid_budget + net * (comm_rate + pf)
    add(ExplainStep("Slot fee", s.slot_fee, "", "session", "host record", c.currency))
    add(ExplainStep("Session cost", cost, "slot fee + paid traffic + (commission + platform fee) × net GMV",
                    basis="computed", unit=c.currency))
    add(ExplainStep("ROI", net / cost if cost else 0.0, "net GMV / session cost", basis="computed"))
    nat = c.figures[c.nat_fig].value
    top_u = max(c.figures[int(i)].value for i in c.pfig["universe"])
    if top_u > nat:
        add(ExplainStep("National universe used for reach", top_u,
                        f"max(national universe {nat:,.0f}, largest platform universe {top_u:,.0f}): the nation "
                        "can never be smaller than one of its platforms", basis="computed", unit="people"))
    for note in c.h_notes[hi]:
        add(ExplainStep("Calibrated from actuals", note, "", "recorded actuals (复盘)", "user"))
    return ex
