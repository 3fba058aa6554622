"""Campaign projection: a point projection at benchmark medians plus seeded Monte Carlo ranges.

The maths is in :mod:`planner.domain.engine` (inputs), :mod:`planner.domain.evaluate` (model) and
:mod:`planner.domain.reach` (formulas); this module runs them and shapes the results for the UI and CLI.
"""

from __future__ import annotations

import gc
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import partial
from typing import NamedTuple

import numpy as np

from planner.domain.engine import Compiled, compile_campaign
from planner.domain.errors import PlannerError
from planner.domain.evaluate import PLATFORM_KEYS, Shocks, Workspace, evaluate, stream_keys
from planner.domain.models import Plan
from planner.domain.shocks import ShockSource

TOTAL_KEYS: tuple[str, ...] = (
    "viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi", "cpm", "cost_per_reach",
)
ALL_KEYS: tuple[str, ...] = TOTAL_KEYS + (
    "gross_roi", "cost_per_viewer", "gpm", "uv_value", "profit", "break_even_roas", "room_impressions",
    "watch_minutes", "interactions", "new_followers", "commission", "platform_fee", "slot_fees", "paid_traffic",
    "other_costs", "reach_1plus", "reach_2plus", "reach_3plus",
)
DEFAULT_SEED = 20270618
#: Elements per (draws × sessions) block: keeps every temporary near 4 MB, so 100,000 sessions × 2,000
#: draws stays far below 1 GB; a block's buffers are reused by the next block (see evaluate.Workspace).
BLOCK_ELEMENTS = 500_000
#: Threads for the draws of a large run, and the session-draws from which threads pay off.
THREADS = min(2, os.cpu_count() or 1)
THREAD_ELEMENTS = 2_000_000
#: Per-session ranges keep (draws × sessions) arrays; above this many elements they are skipped by default.
SESSION_RANGE_LIMIT = 4_000_000
SESSION_RANGE_KEYS = ("viewers", "gmv", "net_gmv", "buyers")
_SESSION_FIELDS = ("viewers", "organic_viewers", "paid_viewers", "views", "buyers", "gmv", "net_gmv", "commission",
                   "platform_fee", "cost", "roi")  # in SessionFigures order


@dataclass(frozen=True, slots=True)
class Quantiles:
    """P10, P50, P90 and mean of one figure over the Monte Carlo draws."""

    p10: float
    p50: float
    p90: float
    mean: float

    @classmethod
    def of(cls, x: np.ndarray) -> "Quantiles":
        p10, p50, p90 = np.quantile(x, (0.1, 0.5, 0.9))
        return cls(float(p10), float(p50), float(p90), float(np.mean(x)))

    def to_dict(self) -> dict[str, float | None]:
        return {k: _finite(v) for k, v in asdict(self).items()}


class SessionFigures(NamedTuple):
    """Point projection of one session (money in the campaign's currency). Immutable and cheap to build."""

    session_id: int
    platform: str
    host_id: int
    host_name: str
    tier: str
    start: datetime
    festival: str                # festival window name, "" outside one
    slot_multiplier: float
    viewers: float
    organic_viewers: float
    paid_viewers: float
    views: float
    buyers: float
    gmv: float
    net_gmv: float
    commission: float
    platform_fee: float
    cost: float                  # slot fee + commission + platform fee + paid traffic
    roi: float

    def to_dict(self) -> dict[str, object]:
        d = self._asdict()
        d["start"] = self.start.isoformat()
        return {k: _finite(v) if isinstance(v, float) else v for k, v in d.items()}


@dataclass
class CampaignProjection:
    """A campaign's projection: point figures, ranges (None without draws), per platform and per session."""

    campaign_id: int
    campaign_name: str
    currency: str
    draws: int
    seed: int
    expected: dict[str, float]
    range: dict[str, Quantiles] | None
    by_platform: dict[str, dict[str, float]]
    by_platform_range: dict[str, dict[str, Quantiles]] | None
    sessions: list[SessionFigures]
    session_range: dict[int, dict[str, Quantiles]] | None

    def session(self, session_id: int) -> SessionFigures:
        for s in self.sessions:
            if s.session_id == session_id:
                return s
        raise PlannerError(f"Session {session_id} is not part of this projection")

    def to_json(self) -> dict[str, object]:
        """The ``planner project --json`` object."""
        def rng(r: dict[str, Quantiles] | None) -> dict[str, object] | None:
            return None if r is None else {k: q.to_dict() for k, q in r.items()}

        sessions = []
        for s in self.sessions:
            d = {"id": s.session_id, **s.to_dict()}
            if self.session_range is not None:
                d["range"] = rng(self.session_range[s.session_id])
            sessions.append(d)
        return {
            "campaign": {"id": self.campaign_id, "name": self.campaign_name, "currency": self.currency,
                         "draws": self.draws, "seed": self.seed},
            "expected": {k: _finite(v) for k, v in self.expected.items()},
            "range": rng(self.range),
            "by_platform": {p: {"expected": {k: _finite(v) for k, v in e.items()},
                                "range": rng(self.by_platform_range[p]) if self.by_platform_range else None}
                            for p, e in self.by_platform.items()},
            "sessions": sessions,
        }


def _finite(v: float) -> float | None:
    """JSON has no NaN or infinity: such a value (break-even ROAS at zero margin) becomes null."""
    return float(v) if math.isfinite(v) else None


def run_draws(c: Compiled, draws: int, seed: int, *, session_keys: tuple[str, ...] = (),
              paid_scale: float = 1.0) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Per-draw totals ``(draws,)``, per-platform ``(draws, P)`` and per-session ``(draws, n)`` arrays.

    Draws run in blocks of about :data:`BLOCK_ELEMENTS` session-draws; every block reads its shocks from
    the keyed streams, so results do not depend on the block size. Large runs share the blocks between
    :data:`THREADS` threads (numpy releases the GIL in its loops); each block writes only its own rows,
    so the numbers do not depend on the threads either.
    """
    if draws <= 0:
        raise PlannerError(f"Draws = {draws}: must be at least 1 for ranges")
    src = ShockSource(seed)
    keys = stream_keys(c)
    streams = {name: src.streams(kk) for name, kk in keys.items()}
    block = max(1, min(draws, BLOCK_ELEMENTS // max(c.n, 1)))
    totals = {k: np.empty(draws) for k in ALL_KEYS}
    plat = {k: np.empty((draws, len(c.platforms))) for k in PLATFORM_KEYS}
    sess = {k: np.empty((draws, c.n)) for k in session_keys}
    starts = list(range(0, draws, block))

    def work(part: list[int]) -> None:
        ws = Workspace()
        for start in part:
            k = min(block, draws - start)
            b = evaluate(c, Shocks.draw(keys, src, start, k, streams, ws), paid_scale, session_keys, ws)
            for name, arr in totals.items():
                arr[start:start + k] = b.totals[name]
            for name, arr in plat.items():
                arr[start:start + k] = b.by_platform[name]
            for name, arr in sess.items():
                arr[start:start + k] = b.sessions[name]

    threads = min(THREADS, len(starts)) if c.n * draws >= THREAD_ELEMENTS else 1
    if threads <= 1:
        work(starts)
    else:
        with ThreadPoolExecutor(threads) as pool:
            for f in [pool.submit(work, starts[i::threads]) for i in range(threads)]:
                f.result()
    return totals, plat, sess


def project_draws(plan: Plan, campaign_id: int, draws: int = 2000, seed: int = DEFAULT_SEED,
                  ) -> dict[str, np.ndarray]:
    """Campaign totals per draw (keys :data:`ALL_KEYS`), for paired comparisons of scenarios.

    Shocks come from streams keyed by benchmark row, host id and (host id, start time), so the same session
    in two scenarios gets the same draws: ``np.mean(b["net_gmv"] > a["net_gmv"])`` is P(B beats A).
    """
    totals, _, _ = run_draws(compile_campaign(plan, campaign_id), draws, seed)
    return totals


def project_campaign(plan: Plan, campaign_id: int, draws: int = 2000, seed: int = DEFAULT_SEED, *,
                     session_ranges: bool | None = None) -> CampaignProjection:
    """Project a campaign: point figures at medians and, with ``draws > 0``, P10/P50/P90/mean ranges.

    Args:
        plan: a plan snapshot holding the campaign, its hosts, benchmarks, festivals and exchange rates.
        campaign_id: the campaign (or scenario) to project; cancelled sessions are left out.
        draws: Monte Carlo draws; 0 gives the point projection only (``range`` is None).
        seed: same seed, same numbers.
        session_ranges: keep per-session ranges; None = only when sessions × draws ≤ 4 million.

    Raises:
        PlannerError: no sessions, zero universe, missing exchange rate (MissingBenchmarkError for a
            missing benchmark figure, naming metric, platform and tier).
    """
    c = compile_campaign(plan, campaign_id)
    point = evaluate(c, None, session_keys=_SESSION_FIELDS)
    expected = {k: float(point.totals[k][0]) for k in ALL_KEYS}
    by_platform = {p: {k: float(point.by_platform[k][0, i]) for k in PLATFORM_KEYS}
                   for i, p in enumerate(c.platforms)}
    ids = [s.id if s.id is not None else -1 for s in c.sessions]
    sessions = _session_figures(c, ids, point.sessions)
    rng = plat_rng = sess_rng = None
    if draws > 0:
        keep = session_ranges if session_ranges is not None else c.n * draws <= SESSION_RANGE_LIMIT
        totals, plat, sess = run_draws(c, draws, seed, session_keys=SESSION_RANGE_KEYS if keep else ())
        rng = {k: Quantiles.of(totals[k]) for k in ALL_KEYS}
        plat_rng = {p: {k: Quantiles.of(plat[k][:, i]) for k in PLATFORM_KEYS} for i, p in enumerate(c.platforms)}
        if keep:
            qs = {k: np.quantile(sess[k], (0.1, 0.5, 0.9), axis=0) for k in SESSION_RANGE_KEYS}
            means = {k: sess[k].mean(axis=0) for k in SESSION_RANGE_KEYS}
            sess_rng = {ids[i]: {k: Quantiles(float(qs[k][0, i]), float(qs[k][1, i]),
                                              float(qs[k][2, i]), float(means[k][i]))
                                 for k in SESSION_RANGE_KEYS} for i in range(c.n)}
    return CampaignProjection(
        campaign_id=campaign_id, campaign_name=c.campaign.name, currency=c.currency, draws=max(draws, 0),
        seed=seed, expected=expected, range=rng, by_platform=by_platform, by_platform_range=plat_rng,
        sessions=sessions, session_range=sess_rng)


def _session_figures(c: Compiled, ids: list[int], point: dict[str, np.ndarray]) -> list[SessionFigures]:
    """Every session's point figures, by start time (then id), built column-wise.

    Columns are put in order with numpy and the rows made with ``tuple.__new__`` (what ``_make`` does)
    with the cyclic garbage collector paused: at 100,000 sessions, per-row constructor calls and the
    collections that a burst of new tuples triggers cost more than the whole projection. The rows hold no
    reference cycles, so pausing the collector for the burst loses nothing.
    """
    order = np.lexsort((np.array(ids, np.int64), c.s_epoch))
    ol = order.tolist()
    sh = c.s_host[order].tolist()
    sessions, hosts, fest = c.sessions, c.hosts, c.s_festival
    platform = [h.platform for h in hosts]
    name = [h.name for h in hosts]
    cols: list[list[object]] = [
        [ids[i] for i in ol], [platform[h] for h in sh], [sessions[i].host_id for i in ol],
        [name[h] for h in sh], [c.tiers[h] for h in sh], [sessions[i].start for i in ol],
        [fest[i] for i in ol], c.s_slot[order].tolist(), *(point[k][0][order].tolist() for k in _SESSION_FIELDS),
    ]
    make = partial(tuple.__new__, SessionFigures)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return list(map(make, zip(*cols)))
    finally:
        if enabled:
            gc.enable()
