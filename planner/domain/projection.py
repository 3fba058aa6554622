"""Campaign projection: a point projection at benchmark medians plus seeded Monte Carlo ranges.

The maths is in :mod:`planner.domain.engine` (inputs), :mod:`planner.domain.evaluate` (model) and
:mod:`planner.domain.reach` (formulas); this module runs them and shapes the results for the UI and CLI.
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
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
    "other_costs", "reach_1plus", "reach_2plus", "reach_3plus", "show_viewers",
    "slot_gmv", "slot_gmv_share",
)
DEFAULT_SEED = 20270618
#: Elements per (draws × sessions) block: keeps every temporary near 1 MB, so it stays in the processor's
#: cache between the passes over it and 100,000 sessions × 2,000 draws stays far below 1 GB; a block's
#: buffers are reused by the next block (see evaluate.Workspace). bench/bench_projection.py measured the
#: exposure solve at 10,000 × 2,000 in 0.98 s with 500,000 (4 MB), 0.63 s with 125,000, 0.65 s with 62,500.
BLOCK_ELEMENTS = 125_000
#: Threads for the draws of a large run, and the session-draws from which threads pay off.
THREADS = min(2, os.cpu_count() or 1)
THREAD_ELEMENTS = 2_000_000
#: Per-session ranges keep (draws × sessions) arrays; above this many elements they are skipped by default.
SESSION_RANGE_LIMIT = 4_000_000
SESSION_RANGE_KEYS = ("viewers", "gmv", "net_gmv", "buyers")
_SESSION_FIELDS = ("viewers", "organic_viewers", "paid_viewers", "views", "buyers", "gmv", "net_gmv", "commission",
                   "platform_fee", "cost", "roi", "show_viewers")  # in SessionFigures order


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
    show_viewers: float = 0.0    # V: the whole show's viewers (viewers above are brand viewers E, §1.3)

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
    sessions: "SessionTable"  # a Sequence[SessionFigures], by start time
    session_range: dict[int, dict[str, Quantiles]] | None
    money_warnings: list = field(default_factory=list)  # domain.money_checks.MoneyWarning, for the Problems panel

    def session(self, session_id: int) -> SessionFigures:
        i = self.sessions.position(session_id)
        if i >= 0:
            return self.sessions[i]
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


#: The metrics of the ``planner project --json`` contract, and the engine key each one reads.
CONTRACT_METRICS: dict[str, str] = {
    "show_viewers": "show_viewers", "viewers": "viewers", "views": "views", "reach": "reach",
    "frequency": "frequency", "buyers": "buyers", "gmv": "gmv", "net_gmv": "net_gmv", "cost": "cost", "roi": "roi",
    "profit": "profit", "cost_per_1000_views": "cpm", "cost_per_reach": "cost_per_reach",
}
CONTRACT_SESSION_TRACE = ("show_viewers", "viewers", "buyers", "gmv", "net_gmv", "cost")


def contract_json(proj: "CampaignProjection", plan: Plan) -> dict[str, object]:
    """The stable ``planner project --json`` object (the issue-14 contract; tests pin it).

    ``median`` is the headline (P50 of the draws), ``mean`` the average outcome, ``range`` P10/P50/P90, and
    ``trace`` the all-medians pass that "Why?" explains. Without draws the median and mean are the trace.
    """
    trace = {m: _finite(proj.expected[k]) for m, k in CONTRACT_METRICS.items()}
    if proj.range is not None:
        median = {m: _finite(proj.range[k].p50) for m, k in CONTRACT_METRICS.items()}
        mean = {m: _finite(proj.range[k].mean) for m, k in CONTRACT_METRICS.items()}
        rng = {m: {"p10": _finite(proj.range[k].p10), "p50": _finite(proj.range[k].p50),
                   "p90": _finite(proj.range[k].p90)} for m, k in CONTRACT_METRICS.items()}
    else:
        median, mean, rng = dict(trace), dict(trace), {}
    by_id = {s.id: s for s in plan.sessions}
    sessions = []
    for f in proj.sessions:
        s = by_id.get(f.session_id)
        sessions.append({
            "id": f.session_id,
            "lineage": (s.lineage if s is not None and s.lineage is not None else f.session_id),
            "session_type": s.session_type if s is not None else None,
            "brand_minutes": s.brand_minutes if s is not None else None,
            "trace": {k: _finite(getattr(f, k)) for k in CONTRACT_SESSION_TRACE},
        })
    return {"median": median, "mean": mean, "range": rng, "trace": trace, "sessions": sessions}


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
    totals: dict[str, np.ndarray] = {k: np.empty(draws) for k in ALL_KEYS}
    plat: dict[str, np.ndarray] = {k: np.empty((draws, len(c.platforms))) for k in PLATFORM_KEYS}
    sess: dict[str, np.ndarray] = {k: np.empty((draws, c.n)) for k in session_keys}
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


def _session_quantiles(sess: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """P10/P50/P90 of each session's draws, per key; the keys share :data:`THREADS` threads (numpy's partition
    releases the GIL), which halves what a 2,000-session campaign waits for its ranges on two cores."""
    def q(k: str) -> np.ndarray:
        return np.quantile(sess[k], (0.1, 0.5, 0.9), axis=0)

    keys = list(sess)
    if THREADS <= 1 or len(keys) <= 1 or next(iter(sess.values())).size < THREAD_ELEMENTS:
        return {k: q(k) for k in keys}
    with ThreadPoolExecutor(THREADS) as pool:
        return dict(zip(keys, pool.map(q, keys)))


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
            qs = _session_quantiles(sess)
            means = {k: sess[k].mean(axis=0) for k in SESSION_RANGE_KEYS}
            sess_rng = {ids[i]: {k: Quantiles(float(qs[k][0, i]), float(qs[k][1, i]),
                                              float(qs[k][2, i]), float(means[k][i]))
                                 for k in SESSION_RANGE_KEYS} for i in range(c.n)}
    proj = CampaignProjection(
        campaign_id=campaign_id, campaign_name=c.campaign.name, currency=c.currency, draws=max(draws, 0),
        seed=seed, expected=expected, range=rng, by_platform=by_platform, by_platform_range=plat_rng,
        sessions=sessions, session_range=sess_rng)
    from planner.domain.money_checks import money_warnings  # builds on this module

    proj.money_warnings = money_warnings(None, campaign_id, proj, c)
    return proj


def _session_figures(c: Compiled, ids: list[int], point: dict[str, np.ndarray]) -> "SessionTable":
    """Every session's point figures, by start time (then id), kept column-wise (see :class:`SessionTable`)."""
    order = np.lexsort((np.array(ids, np.int64), c.s_epoch))
    sh = c.s_host[order]
    hosts = c.hosts
    return SessionTable(
        ids=np.asarray(ids, np.int64)[order],
        host_index=sh.astype(np.int32),
        host_ids=np.array([h.id if h.id is not None else -1 for h in hosts], np.int64),
        host_names=[h.name for h in hosts], platforms=[h.platform for h in hosts], tiers=list(c.tiers),
        start_us=np.array([_micros(s.start) for s in c.sessions], np.int64)[order],
        festivals=[c.s_festival[i] for i in order.tolist()],
        values=np.stack([np.asarray(c.s_slot, float)[order]] + [point[k][0][order] for k in _SESSION_FIELDS]),
    )


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _micros(start: datetime) -> int:
    """Microseconds since 1970 UTC, exactly (a float timestamp would round some)."""
    d = start - _EPOCH
    return (d.days * 86_400 + d.seconds) * 1_000_000 + d.microseconds
_FIELDS_AT = {k: i for i, k in enumerate(("slot_multiplier",) + _SESSION_FIELDS)}


class SessionTable(Sequence[SessionFigures]):
    """Per-session point figures held as columns (numpy arrays and short lists); a :class:`SessionFigures`
    is built when it is asked for.

    A 10,000-session projection travels from the helper process that computes it to the UI: as 10,000
    tuples of floats, strings and datetimes unpickling it took the UI 30–60 ms, as a few arrays it takes
    under a millisecond. Hosts' names, platforms and tiers are kept once per host, not once per session.
    """

    __slots__ = ("ids", "host_index", "host_ids", "host_names", "platforms", "tiers", "start_us",
                 "festivals", "values", "_positions")

    def __init__(self, *, ids: np.ndarray, host_index: np.ndarray, host_ids: np.ndarray, host_names: list[str],
                 platforms: list[str], tiers: list[str], start_us: np.ndarray, festivals: list[str],
                 values: np.ndarray) -> None:
        self.ids, self.host_index, self.host_ids = ids, host_index, host_ids
        self.host_names, self.platforms, self.tiers = host_names, platforms, tiers
        self.start_us, self.festivals, self.values = start_us, festivals, values  # values: (fields, sessions)
        self._positions: dict[int, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        h = int(self.host_index[i])
        return SessionFigures(int(self.ids[i]), self.platforms[h], int(self.host_ids[h]), self.host_names[h],
                              self.tiers[h], _EPOCH + timedelta(microseconds=int(self.start_us[i])), self.festivals[i],
                              *self.values[:, i].tolist())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"SessionTable({len(self)} sessions)"

    def __getstate__(self):
        return {k: getattr(self, k) for k in self.__slots__ if k != "_positions"}

    def __setstate__(self, state) -> None:
        for k, v in state.items():
            setattr(self, k, v)
        self._positions = None

    def position(self, session_id: int) -> int:
        """The row of a session (-1 if it is not in the projection)."""
        if self._positions is None:
            self._positions = {sid: i for i, sid in enumerate(self.ids.tolist())}
        return self._positions.get(session_id, -1)

    def column(self, key: str) -> list[float]:
        """One figure of every session, in row order (``key`` is a float field of SessionFigures)."""
        return self.values[_FIELDS_AT[key]].tolist()
