"""Pure maths of the reach model (``reach-model.md`` §1, §2, §4, §5): no plan, no benchmarks, no I/O.

Scalar functions reproduce the worked cases exactly; the ``*_vec`` functions are their numpy versions for
the projection engine (same formulas, vectorised over hosts and draws).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.special import betaln, gammaln, ndtri, poch

from planner.domain.errors import PlannerError

Z90 = float(ndtri(0.9))  # 1.2815515655446004
#: A returning share this close to 1 is treated as 1 (same audience every time): the beta-binomial's
#: θ = (1 − q)/(q − r) underflows and its recurrence loses all precision there.
Q_ONE = 1.0 - 1e-9

# -- level 1: one host's sessions ------------------------------------------------------------------


def beta_binomial_params(r: float, q: float) -> tuple[float, float, float]:
    """``(θ, α, β)`` of the beta-binomial for mean reach fraction ``r`` and returning share ``q`` (r < q < 1)."""
    theta = (1.0 - q) / (q - r)
    return theta, r * theta, (1.0 - r) * theta


def host_reach_fraction(r: float, q: float, n: int) -> float:
    """Share of the platform universe a host reaches with ``n`` sessions of mean reach fraction ``r``."""
    if n <= 0 or r <= 0:
        return 0.0
    r = min(r, 1.0)
    if q <= r:
        return 1.0 - (1.0 - r) ** n
    if q >= Q_ONE:
        return r
    theta, _alpha, beta = beta_binomial_params(r, q)
    p0 = 1.0
    for i in range(n):
        p0 *= (beta + i) / (theta + i)
    return 1.0 - p0


def host_frequency_distribution(r: float, q: float, n: int) -> np.ndarray:
    """Distribution of the number of a host's ``n`` sessions a member of the universe sees (0..n)."""
    r = min(max(r, 0.0), 1.0)
    dist = np.zeros(n + 1)
    if n == 0 or r == 0.0:
        dist[0] = 1.0
        return dist
    if q >= Q_ONE:
        dist[0], dist[n] = 1.0 - r, r
        return dist
    if q <= r:
        ks = np.arange(n + 1)
        return np.array([math.comb(n, int(i)) for i in ks]) * r ** ks * (1.0 - r) ** (n - ks)
    theta, alpha, beta = beta_binomial_params(r, q)
    p = 1.0
    for i in range(n):
        p *= (beta + i) / (theta + i)
    dist[0] = p
    for k in range(n):
        p *= (n - k) / (k + 1) * (alpha + k) / (beta + n - k - 1)
        dist[k + 1] = p
    return dist


def average_frequency(dist: Sequence[float] | np.ndarray) -> float:
    """Sessions seen per reached person: ``Σ k·p_k / (1 − p_0)``."""
    d = np.asarray(dist, dtype=float)
    reached = 1.0 - d[0]
    if reached <= 0:
        raise PlannerError("Average frequency is undefined: nobody is reached")
    return float((np.arange(d.size) * d).sum() / reached)


def reach_at_least(dist: Sequence[float] | np.ndarray, k: int) -> float:
    """Share of the universe that sees at least ``k`` sessions."""
    d = np.asarray(dist, dtype=float)
    return float(d[k:].sum())


# -- levels 2 and 3: combining entities ----------------------------------------------------------------


def sainsbury(fractions: Sequence[float]) -> float:
    """Random duplication of reach fractions: ``1 − Π(1 − f)``."""
    out = 1.0
    for f in fractions:
        out *= 1.0 - f
    return 1.0 - out


def sequential_duplication(reaches: Sequence[float], universe: float, d: float = 1.0) -> float:
    """Combined reach of entities within ``universe`` by sequential duplication with index ``d``.

    Entities are taken largest reach first, so the result does not depend on the order given.
    """
    if not universe > 0:
        raise PlannerError(f"Universe = {universe!r}: must be above 0 to combine reach")
    total = 0.0
    for r in sorted(reaches, reverse=True):
        r = min(max(r, 0.0), universe)
        step = total + r - d * total * r / universe
        total = min(max(step, max(total, r)), min(universe, total + r))
    return total


def convolve_distributions(dists: Sequence[Sequence[float] | np.ndarray]) -> np.ndarray:
    """Distribution of the total sessions seen, from independent zero-inclusive distributions (d = 1)."""
    out = np.array([1.0])
    for d in dists:
        out = np.convolve(out, np.asarray(d, dtype=float))
    return out


def rescale_distribution(dist: Sequence[float] | np.ndarray, universe: float, to_universe: float) -> np.ndarray:
    """Re-express a distribution over ``universe`` people as one over the larger ``to_universe``."""
    if not 0 < universe <= to_universe:
        raise PlannerError(f"Cannot rescale a universe of {universe:,.0f} to {to_universe:,.0f}")
    d = np.asarray(dist, dtype=float) * (universe / to_universe)
    d[0] = 1.0 - d[1:].sum()
    return d


# -- vectorised level 1–3 for the engine ---------------------------------------------------------------


def host_head_vec(r: np.ndarray, q: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(p0, p1, p2)`` of each host's sessions-seen distribution, vectorised (broadcasting).

    ``p0`` uses log-beta functions so hosts with different session counts vectorise;
    ``p1, p2`` follow from the ratio ``P(k+1)/P(k)``. Only the head is needed: reach at 1+, 2+, 3+.
    """
    r = np.clip(r, 0.0, 1.0 - 1e-12)
    n = np.asarray(n, dtype=float)
    q = np.minimum(q, 1.0)
    indep = q <= r
    full = q >= Q_ONE
    mid = ~(indep | full)
    qm = np.where(mid, q, 0.5)
    rm = np.where(mid, r, 0.25)
    theta = (1.0 - qm) / (qm - rm)
    alpha, beta = rm * theta, (1.0 - rm) * theta
    lp0_bb = betaln(alpha, beta + n) - betaln(alpha, beta)
    p0_bb = np.exp(lp0_bb)
    p1_bb = p0_bb * n * alpha / (beta + n - 1.0)
    p2_bb = np.where(n >= 2, p1_bb * (n - 1.0) / 2.0 * (alpha + 1.0) / np.maximum(beta + n - 2.0, 1e-300), 0.0)
    odds = r / (1.0 - r)
    p0_bi = np.exp(n * np.log1p(-r))
    p1_bi = p0_bi * n * odds
    p2_bi = p1_bi * (n - 1.0) / 2.0 * odds
    p0 = np.where(indep, p0_bi, np.where(full, 1.0 - r, p0_bb))
    p1 = np.where(indep, p1_bi, np.where(full, np.where(n == 1, r, 0.0), p1_bb))
    p2 = np.where(indep, p2_bi, np.where(full, np.where(n == 2, r, 0.0), p2_bb))
    # Near-full correlation (q → 1) makes the log-beta terms lose ~1e-12: keep the head a distribution
    # (p0 + p1 + p2 ≤ 1), or a host would count a few people twice.
    p1 = np.minimum(p1, np.maximum(1.0 - p0, 0.0))
    p2 = np.minimum(p2, np.maximum(1.0 - p0 - p1, 0.0))
    return p0, p1, p2


class Groups:
    """Column group sums of ``(k, m)`` arrays for a fixed assignment of m entities to groups.

    Sorting is done once; each :meth:`sum` is one ``np.add.reduceat``. Empty groups sum to 0.
    """

    def __init__(self, groups: np.ndarray, n_groups: int) -> None:
        groups = np.asarray(groups, dtype=np.intp)
        self.n = n_groups
        self._groups = groups
        self._order = None if np.all(groups[1:] >= groups[:-1]) else np.argsort(groups, kind="stable")
        g = groups if self._order is None else groups[self._order]
        self._starts = np.flatnonzero(np.r_[True, g[1:] != g[:-1]]) if g.size else np.zeros(0, np.intp)
        self._ids = g[self._starts] if g.size else np.zeros(0, np.intp)
        self._complete = self._ids.size == n_groups

    def sum(self, x: np.ndarray) -> np.ndarray:
        """Sum the last axis of ``x`` by group: ``(..., m) -> (..., n_groups)``."""
        xs = x if self._order is None else x[..., self._order]
        if not self._ids.size:
            return np.zeros(x.shape[:-1] + (self.n,))
        sums = np.add.reduceat(xs, self._starts, axis=-1)
        if self._complete:
            return sums
        out = np.zeros(x.shape[:-1] + (self.n,))
        out[..., self._ids] = sums
        return out

    def max(self, x: np.ndarray) -> np.ndarray:
        """Largest of the last axis of ``x`` by group: ``(..., m) -> (..., n_groups)``; empty groups are −inf."""
        xs = x if self._order is None else x[..., self._order]
        if not self._ids.size:
            return np.full(x.shape[:-1] + (self.n,), -np.inf)
        maxima = np.maximum.reduceat(xs, self._starts, axis=-1)
        if self._complete:
            return maxima
        out = np.full(x.shape[:-1] + (self.n,), -np.inf)
        out[..., self._ids] = maxima
        return out

    def spread(self, g: np.ndarray) -> np.ndarray:
        """Each entity's value of its group: ``(..., n_groups) -> (..., m)`` (the inverse of a group sum)."""
        return g[..., self._groups]


def combine_heads(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, groups: Groups,
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Convolve independent (d = 1) distributions by group, keeping ``P0, P1, P2`` and ``1 − P0``.

    Arrays are ``(k, m)``: k draws, m entities. With ``L_j = Π_{i≠j} p0_i`` and ``L_ij = Π_{l≠i,j} p0_l``
    the head of the convolution is ``P0 = Π p0``, ``P1 = Σ p1_j·L_j`` and
    ``P2 = Σ p2_j·L_j + Σ_{i<j} p1_i·p1_j·L_ij``.
    This is the closed form of sequential duplication with d = 1, so it does not depend on the order of
    entities; ``1 − P0`` via ``expm1`` keeps small reach exact.

    Why not the shorter ``a = p1/p0``, ``P1 = P0·Σa``, ``P2 = P0·(Σb + ((Σa)² − Σa²)/2)``: an entity that
    reaches (nearly) everyone has ``p0`` of 0 or ~1e-150 (a host whose drawn viewers exceed its platform's
    universe, so ``(1 − r)^n`` with r capped at 1 − 1e-12; a platform whose universe draw is at least the
    national one and whose reach rounds to 1, so ``1 − reach·frac`` is exactly 0). Then ``a`` reaches 1e+260,
    ``a·a`` overflows to inf, ``inf − inf`` is NaN and reach at 2+ / 3+ comes out NaN; short of overflow,
    ``(Σa)² − Σa²`` cancels catastrophically when one ``a`` dominates. So instead:

    * the leave-one-out products ``L_j`` are ``exp(Σ log p0 − log p0_j)`` (every term ≤ 1, nothing to divide);
    * the pair sum ``P0·e2(a)`` is split around each group's largest ``a`` and formed from logs
      (:func:`_pair_sum`), so no ``a`` or ``a²`` is ever formed and nothing cancels badly;
    * entities with ``p0 = 0`` are counted, not divided by: with one of them ``P1`` and ``P2`` are its own
      ``p1, p2`` times the others' products, with two only ``P2`` survives, with three or more the head is 0.

    On ordinary inputs the results equal the shorter formula's to rounding (the model is unchanged); where
    one ``a`` dominates they differ by that formula's cancellation error (up to 1e-5 of the universe).
    """
    p0, p1, p2 = (np.asarray(x, dtype=float) for x in (p0, p1, p2))
    zero = p0 <= 0.0                                          # reaches everyone in this draw
    any_zero = bool(zero.any())
    lp0 = np.log(np.where(zero, 1.0, p0)) if any_zero else np.log(p0)  # 0 at p0 = 0: out of the sums
    lsum = groups.sum(lp0)                                    # log Π p0 over the group's non-zero p0
    loo = np.exp(groups.spread(lsum) - lp0)                   # L_j over non-zero p0 (≤ 1: no overflow)
    nz = ~zero
    u = groups.sum(np.where(nz, p1 * loo, 0.0) if any_zero else p1 * loo)  # P0·Σa over the non-zero p0
    v = groups.sum(np.where(nz, p2 * loo, 0.0) if any_zero else p2 * loo)  # P0·Σb
    pair = _pair_sum(p1, lp0, nz, lsum, groups)               # P0·e2(a)
    e0 = np.exp(lsum)
    if not any_zero:                                          # the usual case
        return _no_double_count(e0, u, v + pair, -np.expm1(lsum))
    nzero = groups.sum(zero.astype(float))
    z1 = groups.sum(np.where(zero, p1, 0.0))                  # p1 and p2 of the one entity at p0 = 0
    z2 = groups.sum(np.where(zero, p2, 0.0))
    zhit = zero & (p1 > 0.0)                                  # with two of them: the product of their p1
    zlog = groups.sum(np.log(p1, out=np.zeros(p1.shape), where=zhit))
    both = groups.sum(zhit.astype(float)) == 2.0
    none, one, two = nzero == 0, nzero == 1, nzero == 2
    P0 = np.where(none, e0, 0.0)
    P1 = np.where(none, u, np.where(one, e0 * z1, 0.0))
    P2 = np.where(none, v + pair, np.where(one, e0 * z2 + z1 * u,
                                           np.exp(np.where(two & both, lsum + zlog, -np.inf))))
    return _no_double_count(P0, P1, P2, np.where(none, -np.expm1(lsum), 1.0))


def _no_double_count(P0: np.ndarray, P1: np.ndarray, P2: np.ndarray, reached: np.ndarray,
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``P1 + P2 ≤ 1 − P0``: the log-space products round by up to ~|log P0|·eps (1e-13 where two hosts
    reach nearly everyone: hypothesis found ``P2 = 1 + 1.1e-13`` beside ``P1 = 1e-300``), which would count
    people twice; the excess is taken off."""
    P1 = np.minimum(P1, reached)
    return P0, P1, np.minimum(P2, np.maximum(reached - P1, 0.0)), reached


def _pair_sum(p1: np.ndarray, lp0: np.ndarray, use: np.ndarray, lsum: np.ndarray, groups: Groups) -> np.ndarray:
    """``Σ_{i<j} p1_i·p1_j·Π_{l≠i,j} p0_l`` by group over the entities in ``use``, without forming ``p1/p0``.

    This is ``P0·e2(a)`` with ``a = p1/p0``. Write ``a = t·s`` with ``t`` the group maximum (``c`` entities
    at ``s = 1``, ``ρ`` and ``κ`` the sum and sum of squares of the other ``s``):
    ``e2(a) = t·c·Σ_rest a + t²·(c(c−1)/2 + (ρ² − κ)/2)``. The cross term is summed entity by entity as
    ``exp(log P0 + log t + log a_j)`` (each a probability, so it neither overflows nor vanishes when ``a_j``
    is 1e-300 of ``t``); the rest is one ``exp`` of a log, and its subtraction is on values ≤ 1, never more
    than ``ρ`` times the cross term, so it costs at most ~m·eps relative.
    """
    ok = use & (p1 > 0.0)
    la = np.full(p1.shape, -np.inf)
    np.subtract(np.log(p1, out=np.zeros(p1.shape), where=ok), lp0, out=la, where=ok)  # log a
    lt = groups.max(la)
    lt = np.where(np.isfinite(lt), lt, 0.0)                   # groups without any a > 0: s = 0 throughout
    lts = groups.spread(lt)
    s = np.exp(la - lts)
    top = s >= 1.0
    rest = np.where(top, 0.0, s)
    c = groups.sum(top.astype(float))
    rho, kappa = groups.sum(rest), groups.sum(rest * rest)
    cross = c * groups.sum(np.exp(np.where(top, -np.inf, groups.spread(lsum) + lts + la)))
    inner = c * (c - 1.0) / 2.0 + np.maximum(rho * rho - kappa, 0.0) / 2.0
    pos = inner > 0.0
    return cross + np.exp(np.where(pos, lsum + 2.0 * lt + np.log(np.where(pos, inner, 1.0)), -np.inf))


# -- lognormal ranges -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogNormal:
    """A lognormal given by its median and log-space sigma."""

    median: float
    sigma: float

    @classmethod
    def from_p10_p90(cls, p10: float, p90: float) -> "LogNormal":
        sigma = math.log(p90 / p10) / (2.0 * Z90)
        return cls(math.sqrt(p10 * p90), sigma)

    @classmethod
    def from_p50_p90(cls, p50: float, p90: float) -> "LogNormal":
        return cls(p50, math.log(p90 / p50) / Z90)

    def quantile(self, p: float) -> float:
        return self.median * math.exp(self.sigma * float(ndtri(p)))

    @property
    def mean(self) -> float:
        return self.median * math.exp(self.sigma ** 2 / 2.0)


def shrink_rate(successes: float, trials: float, prior_rate: float, prior_weight: float = 5000.0) -> float:
    """Beta-style shrinkage of an observed rate: ``(k + w·prior) / (n + w)`` (cvr with w = 5000 viewers)."""
    return (successes + prior_weight * prior_rate) / (trials + prior_weight)


def shrink_log_base(observed: Sequence[float], benchmark: float, n0: float = 3.0) -> float:
    """Shrink a host's per-session base toward the benchmark in log space, ``n0`` pseudo-sessions of prior."""
    obs = [math.log(v) for v in observed if v > 0]
    return math.exp((sum(obs) + n0 * math.log(benchmark)) / (len(obs) + n0))


# -- session viewers (§1) -------------------------------------------------------------------------------


def duration_multiplier(duration_min: float, reference_min: float, elasticity: float) -> float:
    return (duration_min / reference_min) ** elasticity


def paid_cost_per_entry(cpm: float, room_ctr: float) -> float:
    """``c0``: CNY per paid room entry at low spend."""
    return cpm / (1000.0 * room_ctr)


def paid_viewers(budget: float, vmax: float, c0: float) -> float:
    """Michaelis–Menten paid viewers: ``Vmax · x / (x + Vmax · c0)``."""
    if budget <= 0 or vmax <= 0:
        return 0.0
    return vmax * budget / (budget + vmax * c0)


# -- budget response (§5) ---------------------------------------------------------------------------


def hill(x: float | np.ndarray, top: float, k: float, s: float = 1.0) -> float | np.ndarray:
    """Hill response ``top · x^s / (x^s + K^s)``."""
    xs = np.power(np.maximum(x, 0.0), s)
    return top * xs / (xs + k ** s)


def hill_derivative(x: float | np.ndarray, top: float, k: float, s: float = 1.0) -> float | np.ndarray:
    """``dy/dx = top · s · K^s · x^(s−1) / (x^s + K^s)²``."""
    x = np.maximum(x, 1e-300)
    ks = k ** s
    return top * s * ks * np.power(x, s - 1.0) / (np.power(x, s) + ks) ** 2


def calibrate_hill(x0: float, y0: float, e0: float, s: float = 1.0) -> tuple[float, float]:
    """``(top, K)`` of a Hill curve through ``(x0, y0)`` with elasticity ``e0`` there (``0 < e0 < s``)."""
    if not 0 < e0 < s:
        raise PlannerError(f"Elasticity {e0!r} must lie between 0 and the Hill shape {s!r}")
    h0 = 1.0 - e0 / s
    return y0 / h0, x0 * ((1.0 - h0) / h0) ** (1.0 / s)


# -- v2: effective-exposure beta-binomial for one host's unequal sessions (§2.1) ---------------------------


def exposure_weights(r: Sequence[float], q: float) -> np.ndarray:
    """Exposure weight ``w_s`` of each session: ``1 − B(α, β + w)/B(α, β) = r_s`` (``w = 1`` for the largest).

    Exact (bracketed root finding); the engine's vectorised version is :func:`exposure_reach_vec`.
    """
    from scipy.optimize import brentq

    rs = np.clip(np.asarray(r, dtype=float), 0.0, 1.0 - 1e-12)
    if rs.size == 0:
        return rs
    top = float(rs.max())
    if top <= 0:
        return np.zeros_like(rs)
    if q <= top or q >= Q_ONE:  # independent, or the same people: w = log(1 − r)/log(1 − r*)
        return np.log1p(-rs) / math.log1p(-top)
    _theta, alpha, beta = beta_binomial_params(top, q)
    base = betaln(alpha, beta)
    out = np.empty_like(rs)
    for i, ri in enumerate(rs.tolist()):
        if ri >= top:
            out[i] = 1.0
        elif ri <= 0:
            out[i] = 0.0
        else:
            target = math.log1p(-ri)
            f = lambda w: betaln(alpha, beta + w) - base - target  # noqa: E731, B023 - used at once
            out[i] = 1.0 if f(1.0) >= 0 else brentq(f, 0.0, 1.0, xtol=1e-15, rtol=1e-15)  # r_s ≈ r*: rounding
    return out


def exposure_reach(r: Sequence[float], q: float) -> float:
    """A host's reach fraction of its platform universe from its sessions' reach fractions ``r`` (§2.1)."""
    rs = np.clip(np.asarray(r, dtype=float), 0.0, 1.0 - 1e-12)
    if rs.size == 0 or rs.max() <= 0:
        return 0.0
    top = float(rs.max())
    if q >= Q_ONE:
        return top
    if q <= top:
        return float(-np.expm1(np.log1p(-rs).sum()))
    _theta, alpha, beta = beta_binomial_params(top, q)
    w = exposure_weights(rs, q)
    # B(α, β+W)/B(α, β) = poch(β, W)/poch(α+β, W): as a ratio it keeps ~1e-16 relative, where the difference
    # of two log-beta values loses ~1e-9 of a small reach.
    return float(1.0 - poch(beta, w.sum()) / poch(alpha + beta, w.sum()))


def exposure_distribution(r: Sequence[float], q: float) -> np.ndarray:
    """Distribution of the number of a host's sessions seen (0..n): Poisson-binomial over
    ``π_s = 1 − (1 − p)^{w_s}`` mixed over p ~ Beta(α, β) (numerical integration, split near 0)."""
    from scipy import integrate, stats

    rs = np.clip(np.asarray(r, dtype=float), 0.0, 1.0 - 1e-12)
    n = rs.size
    dist = np.zeros(n + 1)
    if n == 0 or rs.max() <= 0:
        dist[0] = 1.0
        return dist
    top = float(rs.max())
    if q >= Q_ONE:  # each audience inside the largest: reach at k+ is the k-th largest
        srt = np.sort(rs)[::-1]
        at_least = np.r_[1.0, srt]
        return at_least - np.r_[srt, 0.0]
    if q <= top:
        return _poisson_binomial(rs)
    _theta, alpha, beta = beta_binomial_params(top, q)
    w = exposure_weights(rs, q)
    dens = stats.beta(alpha, beta).pdf

    def pb(p: float, k: int) -> float:
        return _poisson_binomial(1.0 - (1.0 - p) ** w)[k] * dens(p)

    cuts = [0.0, 1e-8, 1e-6, 1e-4, 1e-2, 0.1, 0.5, 1.0]
    for k in range(1, n + 1):
        dist[k] = sum(integrate.quad(pb, a, b, args=(k,), limit=200, epsabs=1e-13, epsrel=1e-11)[0]
                      for a, b in zip(cuts[:-1], cuts[1:]))
    dist[0] = 1.0 - exposure_reach(rs, q)
    return dist


def _poisson_binomial(p: np.ndarray) -> np.ndarray:
    out = np.array([1.0])
    for pi in np.asarray(p, dtype=float):
        out = np.convolve(out, [1.0 - pi, pi])
    return out


#: Lobatto nodes in w for the per-(draw, host) fit of w as a polynomial of the transformed session share.
_W_NODES = 0.5 - 0.5 * np.cos(np.pi * np.arange(7) / 6)


def exposure_weight_sums(t: np.ndarray, t_top: np.ndarray, alpha: np.ndarray, beta: np.ndarray,
                         groups: "Groups") -> np.ndarray:
    """``W = Σ w_s`` per (draw, host), vectorised: the engine's solve of the exposure weights.

    ``t = log(1 − r_s)`` is ``(k, n)``, ``t_top = log(1 − r*)``, ``alpha``, ``beta`` are ``(k, H)``. Per draw and
    host, the exact ``s(w) = log(B(α, β + w)/B(α, β)) / t_top`` is evaluated at 7 Lobatto nodes in w and
    ``w`` is interpolated as a polynomial of ``z = β·s/(1 + β − s)`` (the transform takes out the steep part
    near w = 0); then ``W = Σ_j c_j Σ_s z_s^j`` needs only powers and group sums per session, no special
    function. Exact at ``w = 0`` and at ``w = 1`` (so equal sessions give exactly v1's beta-binomial);
    between them W is within ~1e-5 (relative) of the sum of exact roots for returning shares 0.15–0.75.
    The interpolant is increasing from w(0) = 0, so adding a session adds a weight ≥ 0 to W.
    """
    g = _W_NODES.size
    # Node-major (g, k, H) arrays: every step below works on whole contiguous (k, H) planes.
    gb, gab = gammaln(beta), gammaln(alpha + beta)
    sn = np.empty((g, *alpha.shape))
    sn[0], sn[-1] = 0.0, 1.0
    for i in range(1, g - 1):  # log B(α, β + w) − log B(α, β) = lnΓ(β+w) − lnΓ(α+β+w) − lnΓ(β) + lnΓ(α+β)
        w = _W_NODES[i]
        sn[i] = (gammaln(beta + w) - gammaln(alpha + beta + w) - gb + gab) / t_top
    zn = beta * sn / ((1.0 + beta) - sn)
    c = [np.full(alpha.shape, w) for w in _W_NODES]
    for j in range(1, g):  # Newton divided differences
        for i in range(g - 1, j - 1, -1):
            c[i] = (c[i] - c[i - 1]) / (zn[i] - zn[i - j])
    coef = [c[g - 1]] + [np.zeros(alpha.shape) for _ in range(g - 1)]
    for j in range(g - 2, -1, -1):  # to monomial coefficients: coef ← coef · (x − z_j) + c_j
        for m in range(g - 1 - j, 0, -1):
            coef[m] = coef[m - 1] - coef[m] * zn[j]
        coef[0] = c[j] - coef[0] * zn[j]
    # Per session, in as few passes over (k, n) memory and as few new arrays as the algebra allows.
    s = groups.spread(1.0 / t_top)
    s *= t
    np.minimum(s, 1.0, out=s)
    bs = groups.spread(beta)
    z = bs * s
    bs += 1.0
    bs -= s
    z /= bs
    total = coef[1] * groups.sum(z)  # the interpolant passes through (0, 0): its constant term is 0
    zp = z * z
    for j in range(2, g):  # Σ_j c_j Σ_s z_s^j: powers and group sums only
        if j > 2:
            zp *= z
        total += coef[j] * groups.sum(zp)
    return np.maximum(total, 0.0)


def exposure_weight_sums_exact(t: np.ndarray, t_top: np.ndarray, alpha: np.ndarray, beta: np.ndarray,
                               groups: "Groups", iterations: int = 40) -> np.ndarray:
    """``W = Σ w_s`` per (draw, host) with each weight solved to machine precision (the trace uses this).

    ``L(w) = log B(α, β + w) − log B(α, β)`` is convex and decreasing in w, so Newton from w = 0 (where
    ``L − t > 0``) climbs monotonically to the root without overshooting.
    """
    from scipy.special import digamma

    a = groups.spread(alpha)
    b = groups.spread(beta)
    base = gammaln(b) - gammaln(a + b)
    w = np.zeros_like(t)
    for _ in range(iterations):
        f = gammaln(b + w) - gammaln(a + b + w) - base - t
        fp = digamma(b + w) - digamma(a + b + w)
        step = f / np.where(fp < 0, fp, -1e-300)
        w_new = np.clip(w - step, 0.0, 1.0)
        if np.all(np.abs(w_new - w) <= 1e-13):
            w = w_new
            break
        w = w_new
    return groups.sum(w)
