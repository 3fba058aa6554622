"""Backtest (reach-model.md §7): how honest were past ranges?

Each session with recorded actuals is projected, in start order, as the planner would have projected it
just before it started: with the actuals of sessions that started before it and no others (its own figures
never calibrate its own projection). The record says whether the actual fell inside P10–P90 (show viewers
and GMV) and how far it was from the median as ``log(actual / P50)``. An honest 80% range covers about 80%;
the typical error is the median absolute log error as a factor (×1.6); the bias is the mean log error
(positive: shows did better than the median said).

The projection is the campaign projection itself (:func:`planner.domain.engine.compile_campaign` and
:func:`planner.domain.projection.run_draws`) run on the one session, so every calibration the engine applies
is what is tested. The session is projected as a campaign of its own (a copy of its campaign with a
synthetic id) so that its campaign's other sessions are history, not part of the projection. Draws are keyed
by benchmark row, host and session as in every projection, so draw j of two shows shares its platform and
host shocks: per-draw sums over shows are valid totals.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

import numpy as np

from planner.domain.actuals import has_figures
from planner.domain.benchmarks import BenchmarkBook
from planner.domain.engine import compile_campaign
from planner.domain.errors import PlannerError
from planner.domain.evaluate import SESSION_KEYS
from planner.domain.models import Plan, Session
from planner.domain.projection import DEFAULT_SEED, run_draws

#: Below this many recorded shows, coverage says little: the report says it is too early to judge.
MIN_SHOWS = 10
#: The projection's per-session key for show viewers (场观), which recorded viewers are compared with. With
#: brand exposure (v2) brand viewers are "viewers" and show viewers "show_viewers".
SHOW_VIEWERS_KEY = "show_viewers" if "show_viewers" in SESSION_KEYS else "viewers"
METRICS = ("viewers", "gmv")
_SYNTHETIC_CAMPAIGN = -1


@dataclass(frozen=True)
class ShowCheck:
    """One recorded show against its projection from before it started."""

    session_id: int
    campaign_id: int
    host_id: int
    start: datetime
    projected: dict[str, tuple[float, float, float]]  # metric -> (P10, P50, P90)
    actual: dict[str, float | None]                     # metric -> recorded figure

    def inside(self, metric: str) -> bool | None:
        a = self.actual.get(metric)
        if a is None or metric not in self.projected:
            return None
        p10, _p50, p90 = self.projected[metric]
        return p10 <= a <= p90

    def log_error(self, metric: str) -> float | None:
        a = self.actual.get(metric)
        if a is None or a <= 0 or metric not in self.projected or self.projected[metric][1] <= 0:
            return None
        return math.log(a / self.projected[metric][1])


@dataclass
class BacktestResult:
    shows: list[ShowCheck]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (session id, why it could not be projected)
    draws: dict[int, dict[str, np.ndarray]] = field(default_factory=dict, repr=False)  # per show, per metric

    @property
    def sessions(self) -> int:
        return len(self.shows)

    @property
    def too_early(self) -> bool:
        return self.sessions < MIN_SHOWS

    def coverage(self, metric: str) -> float | None:
        flags = [f for f in (s.inside(metric) for s in self.shows) if f is not None]
        return sum(flags) / len(flags) if flags else None

    def _errors(self, metric: str) -> np.ndarray:
        return np.array([e for e in (s.log_error(metric) for s in self.shows) if e is not None])

    def error_factor(self, metric: str) -> float | None:
        e = self._errors(metric)
        return float(math.exp(np.median(np.abs(e)))) if e.size else None

    def bias(self, metric: str) -> float | None:
        e = self._errors(metric)
        return float(e.mean()) if e.size else None

    def to_json(self) -> dict[str, object]:
        """The ``planner backtest --json`` object (keys fixed: scripts read it)."""
        def r(v: float | None) -> float | None:
            return None if v is None else round(v, 6)

        return {
            "sessions": self.sessions,
            "coverage": {m: r(self.coverage(m)) for m in METRICS},
            "error_factor": {m: r(self.error_factor(m)) for m in METRICS},
            "bias": {m: r(self.bias(m)) for m in METRICS},
        }

    def describe(self, what: str) -> str:
        """The report in words, as the CLI prints it and the Results view shows it."""
        lines = [f"Backtest of {what}: {self.sessions} recorded show(s), each projected with only the actuals "
                 f"recorded before it."]
        if self.too_early:
            lines.append(f"Too early to judge: {self.sessions} show(s) recorded; coverage means little below "
                         f"{MIN_SHOWS}.")
        for m, name in (("viewers", "Show viewers"), ("gmv", "GMV")):
            cov, fac, b = self.coverage(m), self.error_factor(m), self.bias(m)
            if cov is None:
                lines.append(f"  {name}: no recorded figures")
                continue
            direction = "above" if (b or 0) > 0 else "below"
            lines.append(f"  {name}: {cov:.0%} inside P10–P90 (an honest range: about 80%); typical error "
                         f"×{fac:.2f}; bias {b:+.2f} (actuals {math.exp(abs(b or 0)):.2f}× {direction} the median "
                         f"on average)")
        for sid, why in self.skipped[:10]:
            lines.append(f"  session {sid} not projected: {why}")
        return "\n".join(lines)


def recorded_sessions(plan: Plan) -> list[Session]:
    """Sessions with recorded figures (cancelled ones left out), in start order."""
    out = [s for s in plan.sessions if s.status != "cancelled" and has_figures(plan.actuals.get(s.id))]  # type: ignore[arg-type]
    return sorted(out, key=lambda s: (s.start, s.id))


def project_before(plan: Plan, targets: Iterable[int], draws: int = 500, seed: int = DEFAULT_SEED,
                   keys: tuple[str, ...] = (SHOW_VIEWERS_KEY, "gmv"), book: BenchmarkBook | None = None,
                   ) -> tuple[dict[int, dict[str, np.ndarray]], list[tuple[int, str]]]:
    """Per-draw projections ``(draws,)`` of each target session made with only the actuals of sessions that
    started before it. Returns ``(draws by session id, [(session id, reason)] for those that failed)``."""
    wanted = set(targets)
    book = book or BenchmarkBook.from_plan(plan)
    history = recorded_sessions(plan)
    by_id = {s.id: s for s in plan.sessions}
    todo = sorted((by_id[i] for i in wanted if i in by_id), key=lambda s: (s.start, s.id))
    # One working snapshot, mutated as time moves on: history grows, the target is the synthetic campaign.
    work = Plan(platforms=plan.platforms, hosts=plan.hosts, campaigns=dict(plan.campaigns), sessions=[],
                actuals={}, benchmarks=plan.benchmarks, festivals=plan.festivals, fx=plan.fx)
    out: dict[int, dict[str, np.ndarray]] = {}
    failed: list[tuple[int, str]] = []
    h = 0
    for s in todo:
        while h < len(history) and history[h].start < s.start:
            past = history[h]
            work.sessions.append(past)
            work.actuals[past.id] = plan.actuals[past.id]  # type: ignore[index]
            h += 1
        work.campaigns[_SYNTHETIC_CAMPAIGN] = replace(plan.campaigns[s.campaign_id], id=_SYNTHETIC_CAMPAIGN)
        work.sessions.append(replace(s, campaign_id=_SYNTHETIC_CAMPAIGN, status="planned"))
        try:
            compiled = compile_campaign(work, _SYNTHETIC_CAMPAIGN, book)
            _t, _p, per = run_draws(compiled, draws, seed, session_keys=keys)
            out[s.id] = {k: per[k][:, 0].copy() for k in keys}  # type: ignore[index]
        except PlannerError as exc:
            failed.append((s.id, str(exc)))  # type: ignore[arg-type]
        finally:
            work.sessions.pop()
    return out, failed


def backtest(plan: Plan, campaign_id: int | None = None, *, draws: int = 500, seed: int = DEFAULT_SEED,
             ) -> BacktestResult:
    """§7 over the recorded shows of ``campaign_id`` (None: every recorded show in the plan)."""
    targets = [s for s in recorded_sessions(plan) if campaign_id is None or s.campaign_id == campaign_id]
    if draws < 20:
        raise PlannerError(f"Draws = {draws}: a backtest needs at least 20 draws per show for its P10–P90")
    per, failed = project_before(plan, [s.id for s in targets], draws, seed)  # type: ignore[misc]  # stored
    return checks_from(plan, targets, per, failed)


def checks_from(plan: Plan, targets: Iterable[Session], per: dict[int, dict[str, np.ndarray]],
                failed: list[tuple[int, str]] = ()) -> BacktestResult:  # type: ignore[assignment]
    """The backtest of ``targets`` from their projections made by :func:`project_before`."""
    shows: list[ShowCheck] = []
    for s in targets:
        d = per.get(s.id)  # type: ignore[arg-type]
        if d is None:
            continue
        a = plan.actuals[s.id]  # type: ignore[index]
        projected = {m: tuple(float(x) for x in np.quantile(d[k], (0.1, 0.5, 0.9)))
                     for m, k in (("viewers", SHOW_VIEWERS_KEY), ("gmv", "gmv"))}
        shows.append(ShowCheck(s.id, s.campaign_id, s.host_id, s.start, projected,  # type: ignore[arg-type]
                               {"viewers": a.viewers, "gmv": a.gmv}))
    return BacktestResult(shows, list(failed), {sid: {"viewers": d[SHOW_VIEWERS_KEY], "gmv": d["gmv"]}
                                                for sid, d in per.items()})
