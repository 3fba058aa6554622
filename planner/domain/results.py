"""A campaign's results (复盘): plan against actual per session, totals with what is still to come, and the
cumulative plan and actual over the campaign's days.

A session with recorded actuals is compared with its projection *from before it started* (the backtest's
projection, §7): comparing a show with a projection already calibrated on that show would flatter the plan.
A session still to come carries today's projection (calibrated on every actual recorded so far).
Totals are computed draw by draw (draws are keyed, so draw j of every session is one coherent world) and
summarised afterwards: quantiles are never added.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np

from planner.domain.actuals import has_figures
from planner.domain.backtest import SHOW_VIEWERS_KEY, BacktestResult, checks_from, project_before
from planner.domain.engine import compile_campaign
from planner.domain.errors import PlannerError
from planner.domain.models import Plan
from planner.domain.projection import DEFAULT_SEED, run_draws
from planner.domain.timezones import china_date

METRICS = ("viewers", "gmv")
Range = tuple[float, float, float]  # P10, P50, P90


def _q(x: np.ndarray) -> Range:
    p10, p50, p90 = np.quantile(x, (0.1, 0.5, 0.9))
    return float(p10), float(p50), float(p90)


def _column_ranges(draws: np.ndarray, chunk: int = 256) -> list[Range]:
    """``_q`` of each column of ``draws`` (draws, n), a few hundred columns per ``np.quantile``: one call per
    column (20,000 for a 10,000-session campaign) held the interpreter lock for 0.9 s in small numpy calls
    (py-spy --gil), and each Python call of a table's repaint on the UI thread (a cell's paint, its data)
    waited for it in turn. Same figures, bit for bit."""
    out: list[Range] = []
    for start in range(0, draws.shape[1], chunk):
        q = np.quantile(draws[:, start:start + chunk], (0.1, 0.5, 0.9), axis=0)
        out.extend(zip(q[0].tolist(), q[1].tolist(), q[2].tolist()))
    return out


@dataclass(frozen=True)
class SessionResult:
    """One session: projected range and, once recorded, the actual figures."""

    session_id: int
    host_id: int
    host_name: str
    platform: str
    start: datetime
    status: str
    recorded: bool
    projected: dict[str, Range]
    actual: dict[str, float | None]

    def diff(self, metric: str) -> float | None:
        """Actual against the projected median, as a fraction (+0.25 = 25% above)."""
        a, p = self.actual.get(metric), self.projected[metric][1]
        return None if a is None or p <= 0 else a / p - 1

    def inside(self, metric: str) -> bool | None:
        a = self.actual.get(metric)
        if a is None:
            return None
        p10, _p50, p90 = self.projected[metric]
        return p10 <= a <= p90

    @property
    def surprise(self) -> float:
        """The largest ``|log(actual / P50)|`` over viewers and GMV (0 for a session still to come)."""
        out = 0.0
        for m in METRICS:
            a, p = self.actual.get(m), self.projected[m][1]
            if a is not None and a > 0 and p > 0:
                out = max(out, abs(math.log(a / p)))
        return out


@dataclass
class CampaignResults:
    campaign_id: int
    campaign_name: str
    currency: str
    sessions: list[SessionResult]                  # sorted by surprise, then the sessions to come by start
    draws: dict[str, np.ndarray] = field(repr=False)  # metric -> (draws, n) in ``sessions`` order
    days: list[date] = field(default_factory=list)
    backtest: BacktestResult | None = None
    platforms: dict = field(default_factory=dict)  # key -> Platform, for names in either language
    # Aggregates over the (draws, n) arrays, computed once: a 10,000-session campaign's take 0.1–0.5 s, which
    # :meth:`warm` spends on the worker that built these results, not on the UI thread that shows them.
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def _once(self, key: tuple, fn):  # type: ignore[no-untyped-def]
        if key not in self._memo:
            self._memo[key] = fn()
        return self._memo[key]

    def warm(self) -> "CampaignResults":
        """Compute every aggregate the Results view, its charts and the 复盘 workbook show."""
        for m in METRICS:
            self.plan_total(m), self.plan_of_recorded(m), self.to_come(m), self.outlook(m), self.cumulative(m)
        return self

    def _mask(self, recorded: bool | None) -> np.ndarray:
        return self._once(("mask", recorded), lambda: np.array(
            [recorded is None or s.recorded == recorded for s in self.sessions], bool))

    def _sum(self, metric: str, recorded: bool | None) -> np.ndarray:
        """Per draw, the metric summed over all sessions (None), the recorded ones or those to come."""
        def total() -> np.ndarray:
            d = self.draws[metric]
            return d.sum(axis=1) if recorded is None else d[:, self._mask(recorded)].sum(axis=1)
        return self._once(("sum", metric, recorded), total)

    def plan_total(self, metric: str) -> Range:
        """The whole campaign as planned (each recorded show as projected before it)."""
        return self._once(("plan_total", metric), lambda: _q(self._sum(metric, None)))

    def plan_of_recorded(self, metric: str) -> Range:
        return self._once(("plan_of_recorded", metric), lambda: _q(self._sum(metric, True)))

    def actual_so_far(self, metric: str) -> float:
        return self._once(("actual_so_far", metric), lambda: float(
            sum(s.actual.get(metric) or 0.0 for s in self.sessions if s.recorded)))

    def to_come(self, metric: str) -> Range:
        return self._once(("to_come", metric), lambda: _q(self._sum(metric, False)))

    def outlook(self, metric: str) -> Range:
        """Actual so far plus what is still to come."""
        return self._once(("outlook", metric), lambda: _q(self.actual_so_far(metric) + self._sum(metric, False)))

    @property
    def recorded_count(self) -> int:
        return sum(s.recorded for s in self.sessions)

    def cumulative(self, metric: str) -> tuple[np.ndarray, np.ndarray, list[float | None]]:
        """Per campaign day: cumulative plan P10/P50/P90 ``(3, days)``, the day numbers, and the cumulative
        actual up to the last day with a recorded show (None after it)."""
        return self._once(("cumulative", metric), lambda: self._cumulative(metric))

    def _cumulative(self, metric: str) -> tuple[np.ndarray, np.ndarray, list[float | None]]:
        if not self.days:
            return np.zeros((3, 0)), np.zeros(0), []
        day_of = np.array([(china_date(s.start) - self.days[0]).days for s in self.sessions])
        n_days = len(self.days)
        per_day = np.zeros((self.draws[metric].shape[0], n_days))
        for d in range(n_days):
            cols = day_of == d
            if cols.any():
                per_day[:, d] = self.draws[metric][:, cols].sum(axis=1)
        cum = np.cumsum(per_day, axis=1)
        band = np.quantile(cum, (0.1, 0.5, 0.9), axis=0)
        actual_day = np.zeros(n_days)
        last = -1
        for s, d in zip(self.sessions, day_of):
            if s.recorded:
                actual_day[d] += s.actual.get(metric) or 0.0
                last = max(last, int(d))
        run = np.cumsum(actual_day)
        actual = [float(run[d]) if d <= last else None for d in range(n_days)]
        return band, np.arange(n_days, dtype=float), actual


def campaign_results(plan: Plan, campaign_id: int, *, draws: int = 500, seed: int = DEFAULT_SEED,
                     with_backtest: bool = True) -> CampaignResults:
    """Plan against actual for one campaign (see the module doc). Raises PlannerError with nothing to show."""
    campaign = plan.campaigns.get(campaign_id)
    if campaign is None:
        raise PlannerError(f"No campaign with id {campaign_id} in this plan")
    sessions = sorted((s for s in plan.sessions if s.campaign_id == campaign_id and s.status != "cancelled"),
                      key=lambda s: (s.start, s.id))
    if not sessions:
        raise PlannerError(f"Campaign {campaign.name!r} has no sessions to compare")
    recorded = [s for s in sessions if has_figures(plan.actuals.get(s.id))]  # type: ignore[arg-type]
    before, failed = project_before(plan, [s.id for s in recorded], draws, seed)  # type: ignore[misc]
    if failed:
        raise PlannerError(f"Session {failed[0][0]} cannot be projected: {failed[0][1]}")
    # (draws, sessions) per metric, in ``sessions`` order. Columns are gathered with np.take, which lets go
    # of the interpreter lock; np.stack of 10,000 single columns holds it (each copy is below numpy's
    # threshold for releasing it): 0.2 s per compute that the UI thread's repaints waited on.
    keys = (("viewers", SHOW_VIEWERS_KEY), ("gmv", "gmv"))
    if len(recorded) < len(sessions):
        c = compile_campaign(plan, campaign_id)
        _t, _p, per = run_draws(c, draws, seed, session_keys=(SHOW_VIEWERS_KEY, "gmv"))
        column = {s.id: i for i, s in enumerate(c.sessions)}
        at = np.array([0 if before.get(s.id) else column[s.id] for s in sessions], dtype=np.intp)  # type: ignore[arg-type]
        matrix = {m: np.take(per[k], at, axis=1) for m, k in keys}  # type: ignore[index]
        del per  # (the peak memory stays that of two (draws, sessions) arrays per metric)
    else:
        matrix = {m: np.empty((draws, len(sessions))) for m in METRICS}
    for j, s in enumerate(sessions):
        d = before.get(s.id)  # type: ignore[arg-type]
        if d:
            for m, k in keys:
                matrix[m][:, j] = d[k]
    ranges = {m: _column_ranges(matrix[m]) for m in METRICS}
    rows: list[SessionResult] = []
    for i, s in enumerate(sessions):
        a = plan.actuals.get(s.id) if s.id in before else None  # type: ignore[arg-type]
        h = plan.hosts[s.host_id]
        rows.append(SessionResult(
            s.id, s.host_id, h.name, h.platform, s.start, s.status, a is not None,  # type: ignore[arg-type]
            {m: ranges[m][i] for m in METRICS},
            {"viewers": a.viewers if a else None, "gmv": a.gmv if a else None}))
    order = np.array(sorted(range(len(rows)), key=lambda i: (not rows[i].recorded, -rows[i].surprise,
                                                             rows[i].start)), dtype=np.intp)
    first = min(campaign.start_date, min(china_date(s.start) for s in sessions))
    last = max(campaign.end_date, max(china_date(s.start) for s in sessions))
    result = CampaignResults(
        campaign_id, campaign.name, campaign.currency, [rows[i] for i in order],
        {m: np.take(matrix[m], order, axis=1) for m in METRICS},
        [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1)])
    result.platforms = dict(plan.platforms)
    if with_backtest and recorded:
        result.backtest = checks_from(plan, recorded, before)
    return result

