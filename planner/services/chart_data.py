"""Plain data for the charts, prepared from the domain (no Qt here, so it runs and tests headless).

The chart widgets draw exactly what these functions return, and tests compare both to the domain.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from planner.domain import projection as proj
from planner.domain.benchmarks import BenchmarkBook
from planner.domain.models import TIERS, BenchmarkFigure, FestivalWindow, Plan, Platform
from planner.domain.timezones import CHINA_TZ

# -- platform benchmarks -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """A benchmark metric the chart offers.

    ``scope`` is ``"platform"`` (a bar per platform, the figure a projection would use for it) or
    ``"segment"`` (an all-platform figure per tier or category, a bar per segment).
    ``kind`` says how to format it: count, money, rate or ratio.
    """

    key: str
    kind: str
    scope: str = "platform"
    tiered: bool = False


BENCHMARK_METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("session_views", "count", "platform", tiered=True),
    MetricSpec("conversion_rate", "rate"),
    MetricSpec("avg_order_value", "money"),
    MetricSpec("cpm_paid", "money"),
    MetricSpec("universe", "count"),
    MetricSpec("returning_viewer_share", "rate"),
    MetricSpec("platform_fee_rate", "rate"),
    MetricSpec("commission_rate", "rate", "segment"),
    MetricSpec("slot_fee", "money", "segment"),
    MetricSpec("return_rate", "rate", "segment"),
    MetricSpec("festival_viewer_multiplier", "ratio", "segment"),
)
METRIC_SPECS: dict[str, MetricSpec] = {m.key: m for m in BENCHMARK_METRICS}


@dataclass(frozen=True, slots=True)
class BenchmarkBar:
    """One bar: a benchmark figure with its P10–P90 range and where it comes from."""

    key: str  # platform key, or the segment (tier / category; "" = all)
    value: float
    low: float | None
    high: float | None
    basis: str
    source: str
    year: str
    unit: str
    note: str
    platform: str  # the colour key ("all" for segments)
    figure_platform: str  # the platform of the figure used ("all" when a default stood in)
    user_modified: bool = False

    @property
    def sourced(self) -> bool:
        return self.basis == "sourced"

    @property
    def whisker_low(self) -> float:
        return self.value if self.low is None else min(self.low, self.value)

    @property
    def whisker_high(self) -> float:
        return self.value if self.high is None else max(self.high, self.value)


def _bar(fig: BenchmarkFigure, key: str, platform: str) -> BenchmarkBar:
    return BenchmarkBar(key=key, value=fig.value, low=fig.low, high=fig.high, basis=fig.basis,
                        source=fig.source, year=fig.year, unit=fig.unit, note=fig.note, platform=platform,
                        figure_platform=fig.platform, user_modified=fig.user_modified)


def segment_keys(figures: Iterable[BenchmarkFigure], metric: str) -> list[str]:
    """The all-platform segments a metric has, tiers first in tier order (koc → head), then the rest."""
    segs = {f.tier or "" for f in figures if f.metric == metric and f.platform == "all"}
    tiers = [t for t in TIERS if t in segs]
    rest = sorted(s for s in segs if s not in TIERS)
    return ([""] if "" in rest else []) + tiers + [s for s in rest if s]


def benchmark_bars(figures: Sequence[BenchmarkFigure], platforms: Sequence[Platform], metric: str,
                   tier: str = "") -> list[BenchmarkBar]:
    """Bars for one metric: per platform (the figure a projection of that platform would use, with the
    library's fallback to the all-platform default) or, for all-platform metrics, per segment."""
    spec = METRIC_SPECS.get(metric, MetricSpec(metric, "count"))
    book = BenchmarkBook(figures)
    bars: list[BenchmarkBar] = []
    if spec.scope == "segment":
        for seg in segment_keys(figures, metric):
            fig = book.find(metric, "all", seg)
            if fig is not None and (fig.tier or "") == seg:
                bars.append(_bar(fig, seg, "all"))
        return bars
    for p in platforms:
        fig = book.find(metric, p.key, tier if spec.tiered else "")
        if fig is not None:
            bars.append(_bar(fig, p.key, p.key))
    return bars


PROFILE_METRICS: tuple[str, ...] = tuple(m.key for m in BENCHMARK_METRICS if m.scope == "platform")


@dataclass(frozen=True, slots=True)
class ProfileCell:
    """One metric of one platform on a normalised scale: value / the largest platform's value."""

    metric: str
    platform: str
    share: float  # value / max over platforms, 0..1
    low_share: float
    high_share: float
    bar: BenchmarkBar


def benchmark_profile(figures: Sequence[BenchmarkFigure], platforms: Sequence[Platform],
                      metrics: Sequence[str], tier: str = "") -> dict[str, list[ProfileCell]]:
    """For the small-multiples grid: platform → one normalised cell per metric (in ``metrics`` order).

    Each metric is scaled by its largest median across platforms, so 1.0 is "the best-placed platform"
    whatever the unit; whiskers are scaled by the same factor.
    """
    out: dict[str, list[ProfileCell]] = {p.key: [] for p in platforms}
    for metric in metrics:
        bars = benchmark_bars(figures, platforms, metric, tier)
        top = max((b.value for b in bars), default=0.0)
        if top <= 0:
            continue
        for b in bars:
            out[b.key].append(ProfileCell(metric, b.key, b.value / top, b.whisker_low / top,
                                          b.whisker_high / top, b))
    return {k: v for k, v in out.items() if v}


# -- scenario comparison -------------------------------------------------------------------------------

#: Outcomes in the comparison table, in order, with how they read.
OUTCOMES: tuple[tuple[str, str], ...] = (
    ("reach", "count"), ("viewers", "count"), ("gmv", "money"), ("net_gmv", "money"), ("cost", "money"),
    ("roi", "ratio"), ("cpm", "money"), ("cost_per_reach", "money"),
)
OUTCOME_KINDS = dict(OUTCOMES)
LOWER_IS_BETTER: frozenset[str] = frozenset({"cost", "cpm", "cost_per_reach"})
#: Outcomes that add up across platforms (reach does not: people watch on several).
ADDITIVE_OUTCOMES: tuple[str, ...] = ("viewers", "gmv", "net_gmv", "cost")
DEFAULT_SEED = 20270618


@dataclass(slots=True)
class ScenarioResult:
    campaign_id: int
    name: str
    currency: str
    expected: dict[str, float]
    p10: dict[str, float]
    p50: dict[str, float]
    p90: dict[str, float]
    by_platform: dict[str, dict[str, float]]
    draws: dict[str, np.ndarray] = field(repr=False, default_factory=dict)
    by_platform_p10: dict[str, dict[str, float]] = field(default_factory=dict)
    by_platform_p90: dict[str, dict[str, float]] = field(default_factory=dict)

    def headline(self, key: str) -> float:
        """The median (P50) of the draws, the headline figure; the trace (all medians) without draws."""
        v = self.p50.get(key)
        return v if v is not None else self.expected.get(key, float("nan"))


@dataclass(slots=True)
class ScenarioComparison:
    scenarios: list[ScenarioResult]
    draws: int
    seed: int
    #: (scenario index ≥ 1, outcome) → probability that scenario beats the first one on that outcome
    #: (higher is better, except cost, CPM and cost per reach), from the paired draws.
    prob_better: dict[tuple[int, str], float]

    def difference(self, index: int, outcome: str) -> float:
        """Median of the paired per-draw differences of scenario ``index`` minus the first one (the trace
        difference without draws)."""
        a, b = self.scenarios[0], self.scenarios[index]
        if outcome in a.draws and outcome in b.draws:
            return float(np.median(b.draws[outcome] - a.draws[outcome]))
        return b.expected[outcome] - a.expected[outcome]


def _as_float(x) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")


def _quantile_attr(q, name: str) -> float:
    if isinstance(q, dict):
        return _as_float(q.get(name))
    return _as_float(getattr(q, name, float("nan")))


def prob_better(a: np.ndarray, b: np.ndarray, outcome: str) -> float:
    """P(b beats a) from paired draws; ties count half (identical scenarios give 50%)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n = min(len(a), len(b))
    if n == 0:
        return float("nan")
    a, b = a[:n], b[:n]
    wins = (b < a) if outcome in LOWER_IS_BETTER else (b > a)
    ties = np.isclose(a, b, rtol=1e-12, atol=0.0)
    return float(np.mean(wins & ~ties) + 0.5 * np.mean(ties))


def _per_draw(plan: Plan, campaign_id: int, draws: int, seed: int):
    """Per-draw totals and, when the engine exposes them, per-platform draws ``{platform: {key: array}}``.

    One Monte Carlo run gives both (``run_draws``); ``project_draws`` is the fallback (totals only).
    """
    run = getattr(proj, "run_draws", None)
    if run is not None:
        try:
            from planner.domain.engine import compile_campaign

            c = compile_campaign(plan, campaign_id)
            totals, plat, _ = run(c, draws, seed)
            per_platform = {p: {k: np.asarray(v[:, i], dtype=float) for k, v in plat.items()}
                            for i, p in enumerate(c.platforms)}
            return {k: np.asarray(v, dtype=float) for k, v in totals.items()}, per_platform
        except (ImportError, AttributeError, TypeError):
            pass
    totals = proj.project_draws(plan, campaign_id, draws, seed)
    return {k: np.asarray(v, dtype=float) for k, v in totals.items()}, {}


def _quantiles(arr: np.ndarray) -> tuple[float, float, float]:
    finite = arr[np.isfinite(arr)]
    if not finite.size:
        return (float("nan"),) * 3
    q = np.quantile(finite, (0.1, 0.5, 0.9))  # the engine's Quantiles use the same (linear) quantiles
    return float(q[0]), float(q[1]), float(q[2])


def scenario_result(plan: Plan, campaign_id: int, draws: int, seed: int = DEFAULT_SEED) -> ScenarioResult:
    """Project one campaign: expected values and per-platform breakdown, plus the per-draw totals
    (common random numbers) from which its P10/P50/P90 and the paired probabilities are taken."""
    point = proj.project_campaign(plan, campaign_id, draws=0, seed=seed)
    expected = {k: _as_float(v) for k, v in point.expected.items()}
    by_platform = {p: {k: _as_float(v) for k, v in d.items()} for p, d in point.by_platform.items()}
    per_draw: dict[str, np.ndarray] = {}
    p10: dict[str, float] = {}
    p50: dict[str, float] = {}
    p90: dict[str, float] = {}
    plat_p10: dict[str, dict[str, float]] = {}
    plat_p90: dict[str, dict[str, float]] = {}
    if draws > 0:
        per_draw, per_platform = _per_draw(plan, campaign_id, draws, seed)
        for k, arr in per_draw.items():
            p10[k], p50[k], p90[k] = _quantiles(arr)
        for p, d in per_platform.items():
            qs = {k: _quantiles(arr) for k, arr in d.items()}
            plat_p10[p] = {k: q[0] for k, q in qs.items()}
            plat_p90[p] = {k: q[2] for k, q in qs.items()}
    campaign = plan.campaigns[campaign_id]
    return ScenarioResult(campaign_id, campaign.name, getattr(point, "currency", campaign.currency), expected,
                          p10, p50, p90, by_platform, per_draw, plat_p10, plat_p90)


def compare_scenarios(plan: Plan, campaign_ids: Sequence[int], draws: int = 2000,
                      seed: int = DEFAULT_SEED,
                      report: Callable[[int, int], bool] | None = None) -> ScenarioComparison:
    """Project two to four campaigns with the same seed and compare each to the first."""
    results = []
    for i, cid in enumerate(campaign_ids):
        if report is not None and not report(i, len(campaign_ids)):
            break
        results.append(scenario_result(plan, cid, draws, seed))
    probs: dict[tuple[int, str], float] = {}
    if results and draws > 0:
        base = results[0]
        for i, r in enumerate(results[1:], start=1):
            for outcome, _ in OUTCOMES:
                if outcome in base.draws and outcome in r.draws:
                    probs[(i, outcome)] = prob_better(base.draws[outcome], r.draws[outcome], outcome)
    return ScenarioComparison(results, draws, seed, probs)


# -- reach build-up ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Buildup:
    """Cumulative reach and GMV per China date of a campaign (P10/P50/P90 when drawn)."""

    days: list[date]
    currency: str
    reach: np.ndarray  # expected
    gmv: np.ndarray
    reach_p10: np.ndarray | None = None
    reach_p90: np.ndarray | None = None
    gmv_p10: np.ndarray | None = None
    gmv_p90: np.ndarray | None = None
    festivals: list[FestivalWindow] = field(default_factory=list)


def china_day(session) -> date:
    return session.start.astimezone(CHINA_TZ).date()


def campaign_days(plan: Plan, campaign_id: int) -> list[date]:
    c = plan.campaigns[campaign_id]
    first, last = c.start_date, c.end_date
    for s in plan.sessions:
        if s.campaign_id == campaign_id:
            d = china_day(s)
            first, last = min(first, d), max(last, d)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def festivals_between(festivals: Iterable[FestivalWindow], first: date, last: date) -> list[FestivalWindow]:
    """Festival windows (not holidays) that overlap ``[first, last]``, presale included."""
    return [f for f in festivals if f.kind == "festival" and (f.presale_start or f.start) <= last
            and f.end >= first]


def _plan_until(plan: Plan, campaign_id: int, last_day: date) -> Plan:
    sessions = [s for s in plan.sessions if s.campaign_id != campaign_id or china_day(s) <= last_day]
    return dataclasses.replace(plan, sessions=sessions)


def _get(container, key: str) -> float:
    if isinstance(container, dict):
        return _as_float(container.get(key))
    return _as_float(getattr(container, key, float("nan")))


def _buildup_from_engine(result, plan: Plan, campaign_id: int) -> Buildup | None:
    """Adapt the engine's ``daily_buildup`` result (object or dict) to :class:`Buildup`."""
    g = (lambda k: result.get(k)) if isinstance(result, dict) else (lambda k: getattr(result, k, None))
    days = g("days") or g("dates")
    if days is None:
        return None
    days = [d if isinstance(d, date) else date.fromisoformat(str(d)) for d in days]

    def series(name: str, q: str | None):
        v = g(name)
        if v is None:
            return None
        if q is None:
            if isinstance(v, dict):
                v = v.get("mean", v.get("expected", v.get("p50")))
            elif hasattr(v, "mean") and not isinstance(v, np.ndarray):
                v = v.mean
            return np.asarray(v, dtype=float)
        if isinstance(v, dict):
            v = v.get(q)
        else:
            v = getattr(v, q, None)
        return None if v is None else np.asarray(v, dtype=float)

    reach, gmv = series("reach", None), series("gmv", None)
    if reach is None or gmv is None:
        return None
    c = plan.campaigns[campaign_id]
    return Buildup(days, g("currency") or c.currency, reach, gmv, series("reach", "p10"), series("reach", "p90"),
                   series("gmv", "p10"), series("gmv", "p90"),
                   festivals_between(plan.festivals, days[0], days[-1]))


def reach_buildup(plan: Plan, campaign_id: int, draws: int = 0, seed: int = DEFAULT_SEED) -> Buildup:
    """Cumulative unique reach and GMV after each China date of the campaign.

    Each day projects the campaign with only the sessions up to that date, so reach is de-duplicated the
    way the whole campaign's is (cumulative reach is not a sum of daily reach). The engine's own
    ``daily_buildup`` is used when it exists.
    """
    engine = getattr(proj, "daily_buildup", None)
    if engine is not None:
        try:
            built = _buildup_from_engine(engine(plan, campaign_id, draws, seed), plan, campaign_id)
        except TypeError:
            built = None
        if built is not None:
            return built
    days = campaign_days(plan, campaign_id)
    c = plan.campaigns[campaign_id]
    session_days = sorted({china_day(s) for s in plan.sessions if s.campaign_id == campaign_id})
    n = len(days)
    reach, gmv = np.zeros(n), np.zeros(n)
    bands = draws > 0
    r10, r90, g10, g90 = (np.zeros(n) for _ in range(4))
    last = None  # projection after the latest session day: unchanged until the next session day
    for i, day in enumerate(days):
        if day in session_days or last is None:
            if any(d <= day for d in session_days):
                p = proj.project_campaign(_plan_until(plan, campaign_id, day), campaign_id,
                                          draws=draws, seed=seed)
                rng = p.range or {}  # (no range without draws: bands is False then)
                last = (_get(p.expected, "reach"), _get(p.expected, "gmv"),
                        *((_quantile_attr(rng["reach"], "p10"), _quantile_attr(rng["reach"], "p90"),
                           _quantile_attr(rng["gmv"], "p10"), _quantile_attr(rng["gmv"], "p90"))
                          if bands else (0.0, 0.0, 0.0, 0.0)))
            else:
                last = (0.0,) * 6
        reach[i], gmv[i], r10[i], r90[i], g10[i], g90[i] = last
    return Buildup(days, c.currency, reach, gmv, r10 if bands else None, r90 if bands else None,
                   g10 if bands else None, g90 if bands else None,
                   festivals_between(plan.festivals, days[0], days[-1]))


# -- budget curve --------------------------------------------------------------------------------------

BUDGET_MULTIPLIERS: tuple[float, ...] = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)


@dataclass(slots=True)
class BudgetCurve:
    """Reach and net GMV as the campaign's paid traffic (投流) is scaled; 1× is the plan as it stands."""

    multipliers: np.ndarray
    paid_spend: np.ndarray  # total paid traffic at each multiplier, campaign currency
    reach: np.ndarray
    net_gmv: np.ndarray
    cost: np.ndarray
    currency: str

    def index(self, multiplier: float) -> int:
        return int(np.argmin(np.abs(self.multipliers - multiplier)))

    def at(self, multiplier: float) -> tuple[float, float]:
        i = self.index(multiplier)
        return float(self.reach[i]), float(self.net_gmv[i])

    def extra(self, values: np.ndarray) -> np.ndarray:
        """``values`` minus their level without paid traffic (0×): what the paid spend adds."""
        return values - values[self.index(0.0)]


def scaled_plan(plan: Plan, campaign_id: int, multiplier: float) -> Plan:
    """A copy of the plan with the campaign's paid traffic per session multiplied."""
    sessions = [dataclasses.replace(s, paid_budget=s.paid_budget * multiplier) if s.campaign_id == campaign_id
                else s for s in plan.sessions]
    return dataclasses.replace(plan, sessions=sessions)


def budget_curve(plan: Plan, campaign_id: int,
                 multipliers: Sequence[float] = BUDGET_MULTIPLIERS) -> BudgetCurve:
    """Expected reach, net GMV and cost at each paid-traffic multiplier of the campaign's sessions.

    0× (no paid traffic: the baseline of the increments) and 1× (the plan as it stands) are always included.
    The points come from :func:`planner.domain.curves.budget_curve` (the campaign is compiled once).
    """
    from planner.domain.curves import budget_curve as domain_curve

    mults = sorted(set(float(m) for m in multipliers) | {0.0, 1.0})
    points = domain_curve(plan, campaign_id, mults)
    column = lambda name: np.array([getattr(p, name) for p in points], dtype=float)  # noqa: E731
    return BudgetCurve(column("multiplier"), column("paid_traffic"), column("reach"), column("net_gmv"),
                       column("cost"), plan.campaigns[campaign_id].currency)
