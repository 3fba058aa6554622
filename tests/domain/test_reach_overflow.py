"""Reach heads when an entity reaches (nearly) everyone: no overflow, no NaN, and the same numbers elsewhere.

A host whose drawn viewers exceed its platform's universe has ``p0 = (1 − r)^n`` down to 1e-150, and a
platform whose universe draw is at least the national one while its reach rounds to 1 has ``p0 = 0``
exactly. ``combine_heads`` used to divide by ``p0``, overflow ``(p1/p0)²`` and return NaN reach at 3+.
"""

from __future__ import annotations

import importlib.util
import math
import warnings
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from planner.domain import projection as P
from planner.domain import reach as R
from planner.domain.models import BenchmarkFigure, Campaign, Host, Plan, Session
from planner.domain.projection import project_campaign

# One draw's platforms at level 3 of the bench plan (10,000 sessions, 500 hosts, seed 4): taobao_live's
# universe draw exceeded the national universe and its reach rounded to 1, so its p0 = 1 − 1·1 = 0.
SATURATED_P0 = [0.3368195436395358, 0.3076166569210208, 0.0, 0.779953592933875]
SATURATED_P1 = [2.065212112830701e-06, 6.543465804069747e-24, 1.0314832177951565e-39, 0.06052300374839375]
SATURATED_P2 = [1.5811296180838588e-05, 3.7038420583515593e-22, 1.5472590547262022e-27, 0.048888404431293775]


def exact_heads(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, groups: np.ndarray, n_groups: int,
                ) -> np.ndarray:
    """``(3, n_groups)`` heads by sequential convolution in exact rationals: the oracle, no rounding at all."""
    out = [[Fraction(1), Fraction(0), Fraction(0)] for _ in range(n_groups)]
    for a, b, c, g in zip(p0.tolist(), p1.tolist(), p2.tolist(), groups.tolist()):
        q0, q1, q2 = Fraction(a), Fraction(b), Fraction(c)
        h0, h1, h2 = out[g]
        out[g] = [h0 * q0, h0 * q1 + h1 * q0, h0 * q2 + h1 * q1 + h2 * q0]
    return np.array([[float(h[i]) for h in out] for i in range(3)])


def old_combine_heads(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, groups: R.Groups,
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The formula before the fix (``a = p1/p0``), kept as the reference where it does not overflow."""
    p0c = np.maximum(p0, 1e-300)
    a, b = p1 / p0c, p2 / p0c
    logp0 = groups.sum(np.log(p0c))
    sa, sb, sa2 = groups.sum(a), groups.sum(b), groups.sum(a * a)
    P0 = np.exp(logp0)
    return P0, P0 * sa, P0 * (sb + (sa * sa - sa2) / 2.0), -np.expm1(logp0)


def strict_combine(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, groups: R.Groups,
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``combine_heads`` with overflow, invalid values and division by zero as errors (underflow is fine)."""
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        return R.combine_heads(p0, p1, p2, groups)


def assert_valid_heads(P0: np.ndarray, P1: np.ndarray, P2: np.ndarray, reached: np.ndarray) -> None:
    """Finite probabilities: nobody is counted twice and reach at 3+ is never negative (to rounding)."""
    for x in (P0, P1, P2, reached):
        assert np.all(np.isfinite(x))
    assert np.all(P0 >= 0) and np.all(P1 >= 0) and np.all(P2 >= 0)
    assert np.all(reached <= 1.0) and np.all(np.abs(P0 + reached - 1.0) <= 1e-12)
    assert np.all(P1 + P2 <= reached + 1e-14)


# -- combine_heads on its own ------------------------------------------------------------------------


def test_platform_that_reaches_everyone_gives_finite_heads_without_warnings() -> None:
    p0, p1, p2 = (np.array([x]) for x in (SATURATED_P0, SATURATED_P1, SATURATED_P2))
    P0, P1, P2, reached = strict_combine(p0, p1, p2, R.Groups(np.zeros(4, np.intp), 1))
    assert_valid_heads(P0, P1, P2, reached)
    assert P0[0, 0] == 0.0 and reached[0, 0] == 1.0
    oracle = exact_heads(p0[0], p1[0], p2[0], np.zeros(4, np.intp), 1)
    np.testing.assert_allclose([P0[0, 0], P1[0, 0], P2[0, 0]], oracle[:, 0], rtol=1e-12, atol=0)


def _entity(kind: int, u0: float, u1: float, u2: float) -> tuple[float, float, float]:
    """A valid head ``p0 + p1 + p2 ≤ 1`` whose ``p0`` is ordinary, tiny, subnormal or exactly 0."""
    p0 = [0.0, 5e-324, 1e-310, 1e-300, 1e-200, 1e-150, 1e-24, 1e-12, u0][kind]
    p1 = u1 * (1.0 - p0)
    return p0, p1, u2 * (1.0 - p0 - p1)


entities = st.lists(
    st.tuples(st.integers(0, 8), st.floats(1e-3, 1.0), st.floats(0.0, 1.0), st.floats(0.0, 1.0),
              st.integers(0, 3)),
    min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(entities)
# Two entities reaching nearly everyone (p0 = 1e-310 and 1e-300): P2 came out 1 + 1.1e-13, above the reach.
@example(ents=[(2, 1.0, 1.0, 0.0, 3), (3, 1.0, 1.0, 0.0, 3)])
def test_heads_match_exact_convolution_when_entities_reach_everyone(ents: list[tuple]) -> None:
    """Any mix of zero, subnormal, tiny and ordinary ``p0``, in up to 4 groups (unsorted, some empty)."""
    heads = np.array([_entity(k, u0, u1, u2) for k, u0, u1, u2, _ in ents])
    g = np.array([e[4] for e in ents], np.intp)
    p0, p1, p2 = (heads[None, :, i] for i in range(3))
    P0, P1, P2, reached = strict_combine(p0, p1, p2, R.Groups(g, 4))
    assert_valid_heads(P0, P1, P2, reached)
    oracle = exact_heads(heads[:, 0], heads[:, 1], heads[:, 2], g, 4)
    # Relative accuracy (the log-space products lose at most ~|log P0|·eps); only values that are
    # subnormal anyway (below 1e-290) are compared in absolute terms.
    np.testing.assert_allclose(np.vstack([P0[0], P1[0], P2[0]]), oracle, rtol=1e-10, atol=1e-290)


def _host_heads(r: np.ndarray, q: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return R.host_head_vec(r, q, n)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(1e-4, 3.0), st.floats(0.0, 1.0), st.integers(1, 40)), min_size=1,
                max_size=12),
       st.integers(0, 11))
# A one-session host at r ≥ 1 beside ordinary ones: a = 1e12, and the old ((Σa)² − Σa²)/2 was off by 1.6e-5
# of the universe (11,000 people on a 700M platform) in reach at 2+.
@example(hosts=[(1.0, 0.0, 1), (0.1, 0.0, 4), (0.3, 0.5, 3)], extra=0)
# Near-full correlation: the beta-binomial head summed to 1 + 4.9e-12 (a host counting people twice).
@example(hosts=[(0.5, 0.99999, 1)], extra=0)
def test_hosts_beyond_their_universe_combine_exactly_and_monotonically(hosts: list[tuple], extra: int) -> None:
    """Level 1 → 2 with hosts whose mean viewers reach or exceed the universe (r ≥ 1 is capped).

    The heads must match exact convolution to 1e-12 of the universe (one person in a trillion), and adding a
    session to any host never lowers reach at 1+, 2+ or 3+.
    """
    r, q, n = (np.array([h[i] for h in hosts], float) for i in range(3))
    g = np.zeros(len(hosts), np.intp)
    p0, p1, p2 = _host_heads(r[None], q[None], n[None])
    P0, P1, P2, reached = strict_combine(p0, p1, p2, R.Groups(g, 1))
    assert_valid_heads(P0, P1, P2, reached)
    oracle = exact_heads(p0[0], p1[0], p2[0], g, 1)
    np.testing.assert_allclose(np.vstack([P0[0], P1[0], P2[0]]), oracle, rtol=0, atol=1e-12)

    more = n.copy()
    more[extra % len(hosts)] += 1
    Q0, Q1, Q2, reached_more = strict_combine(*_host_heads(r[None], q[None], more[None]), R.Groups(g, 1))
    tol = 1e-12
    assert reached_more[0, 0] >= reached[0, 0] - tol
    assert reached_more[0, 0] - Q1[0, 0] >= reached[0, 0] - P1[0, 0] - tol
    assert reached_more[0, 0] - Q1[0, 0] - Q2[0, 0] >= reached[0, 0] - P1[0, 0] - P2[0, 0] - tol


def test_heads_equal_the_old_formula_where_it_did_not_overflow() -> None:
    """Ordinary inputs (every p0 ≥ 0.05): the model is unchanged, only its arithmetic."""
    rng = np.random.default_rng(7)
    k, m = 64, 300
    # Realistic level-2 inputs: hosts' beta-binomial / binomial heads, 4 platforms, groups unsorted.
    r = np.exp(rng.uniform(np.log(1e-7), np.log(0.3), (k, m)))
    q = rng.uniform(0.0, 1.0, (k, m))
    n = rng.integers(1, 40, m).astype(float)
    p0, p1, p2 = R.host_head_vec(r, q, n)
    keep = (p0 >= 0.05).all(axis=0)
    p0, p1, p2 = p0[:, keep], p1[:, keep], p2[:, keep]
    groups = R.Groups(rng.integers(0, 4, p0.shape[1]), 4)
    new, old = strict_combine(p0, p1, p2, groups), old_combine_heads(p0, p1, p2, groups)
    for a, b in zip(new, old):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=0)
    # And arbitrary valid heads with p0 in [0.05, 1].
    p0 = rng.uniform(0.05, 1.0, (k, 12))
    p1 = rng.uniform(0, 1, (k, 12)) * (1 - p0)
    p2 = rng.uniform(0, 1, (k, 12)) * (1 - p0 - p1)
    groups = R.Groups(np.repeat(np.arange(3), 4), 3)
    for a, b in zip(strict_combine(p0, p1, p2, groups), old_combine_heads(p0, p1, p2, groups)):
        np.testing.assert_allclose(a, b, rtol=1e-12, atol=0)


def test_worked_cases_through_the_new_arithmetic() -> None:
    """Sainsbury [0.3, 0.2, 0.1] → 0.496 (case 1), and case 3's head convolved with itself."""
    f = np.array([[0.3, 0.2, 0.1]])
    zeros = np.zeros_like(f)
    *_, reached = strict_combine(1.0 - f, zeros, zeros, R.Groups(np.zeros(3, np.intp), 1))
    assert math.isclose(reached[0, 0], 0.496, rel_tol=1e-12)
    dist = R.host_frequency_distribution(0.1, 0.4, 4)
    both = R.convolve_distributions([dist, dist])
    p0, p1, p2 = (np.array([[dist[i], dist[i]]]) for i in range(3))
    P0, P1, P2, reached = strict_combine(p0, p1, p2, R.Groups(np.zeros(2, np.intp), 1))
    np.testing.assert_allclose([P0[0, 0], P1[0, 0], P2[0, 0]], both[:3], rtol=1e-12)
    assert math.isclose(reached[0, 0], 1.0 - both[0], rel_tol=1e-12)


# -- through the projection ------------------------------------------------------------------------


def _fig(metric: str, value: float, platform: str = "all", tier: str = "") -> BenchmarkFigure:
    return BenchmarkFigure(platform=platform, metric=metric, value=value, tier=tier, source="test",
                           basis="assumption")


def saturated_plan(n_hosts: int) -> Plan:
    """Douyin hosts whose sessions draw more viewers than douyin's universe, itself the whole nation.

    At medians each host's r is capped at 1 − 1e-12 (and, its best prefix being one session, it counts
    one session toward reach), so with 2+ hosts douyin's reach rounds to 1 and level 3 sees
    ``p0 = 1 − 1·1 = 0``: the state that made reach at 2+ / 3+ NaN.
    """
    figs = [
        _fig("tier_followers_min", 0, tier="koc"), _fig("tier_followers_min", 10_000, tier="tail"),
        _fig("tier_followers_min", 500_000, tier="waist"), _fig("tier_followers_min", 5_000_000, tier="head"),
        _fig("session_views", 160_000, "douyin", "waist"), _fig("festival_viewer_multiplier", 1.0, tier="waist"),
        _fig("festival_conversion_multiplier", 1.0), _fig("slot_multiplier", 1.0, tier="19-23"),
        _fig("reference_duration_minutes", 180), _fig("duration_elasticity", 0.6),
        _fig("cpm_paid", 30, "douyin"), _fig("paid_room_ctr", 0.03), _fig("paid_cap_multiplier", 1.0),
        _fig("views_per_viewer", 1.6), _fig("room_entry_rate", 0.25),
        _fig("conversion_rate", 0.02, "douyin", "waist"), _fig("avg_order_value", 150, "douyin", "waist"),
        _fig("return_rate", 0.25), _fig("platform_fee_rate", 0.05, "douyin"), _fig("avg_watch_minutes", 20),
        _fig("engagement_rate", 0.05), _fig("follow_rate", 0.01), _fig("universe", 1_000_000, "douyin"),
        _fig("returning_viewer_share", 0.25, "douyin"), _fig("national_universe", 1_000_000),
        _fig("paid_pool_min", 0, "douyin"),
    ]
    hosts = {h: Host(name=f"Everyone watches {h}", platform="douyin", tier="waist", typical_viewers=5_000_000,
                     commission_rate=0.2, id=h) for h in range(1, n_hosts + 1)}
    camp = Campaign(name="Saturated", start_date=date(2027, 3, 1), end_date=date(2027, 3, 31), margin=0.6, id=1)
    t0 = datetime(2027, 3, 2, 12, 0, tzinfo=timezone.utc)  # 20:00 China time
    sessions = [Session(campaign_id=1, host_id=h, start=t0 + timedelta(days=d), duration_min=180, slot_fee=1_000,
                        session_type="dedicated", id=10 * h + d) for h in hosts for d in range(2)]
    return Plan(hosts=hosts, campaigns={1: camp}, sessions=sessions, benchmarks=figs, festivals=[])


@pytest.mark.parametrize("n_hosts", [1, 2, 3, 5])
def test_projection_of_a_platform_that_reaches_the_nation_is_finite(n_hosts: int) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        proj = project_campaign(saturated_plan(n_hosts), 1, draws=0)
    e = proj.expected
    assert all(math.isfinite(v) for v in e.values()), e
    # Everyone in the universe of 1,000,000 is reached by every session. v2 (effective exposure) counts both
    # sessions of each host, where v1's largest-sessions rule counted one: everyone sees 2·n_hosts sessions.
    assert 0 < e["reach"] <= 1_000_000 and math.isclose(e["reach"], 1_000_000, rel_tol=1e-9)
    assert e["reach_3plus"] <= e["reach_2plus"] <= e["reach_1plus"] == e["reach"]
    assert math.isclose(e["reach_2plus"], 1_000_000, rel_tol=1e-9, abs_tol=1e-3)
    assert math.isclose(e["reach_3plus"], 1_000_000 if n_hosts >= 2 else 0, rel_tol=1e-9, abs_tol=1e-3)
    assert e["frequency"] >= 1


def _bench_module():
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_projection.py"
    spec = importlib.util.spec_from_file_location("bench_projection_for_tests", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_plan_ranges_are_finite_without_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reported plan: 10,000 sessions, 500 hosts (2,000 to 20M followers), 4 platforms, 2,000 draws.

    With plan seed 4, one draw saturates taobao_live at level 3; reach at 3+ was NaN there, and so were
    its P10, P50, P90 and mean.
    """
    monkeypatch.setattr(P, "THREADS", 1)  # warnings as errors are only reliable on one thread
    plan = _bench_module().synthetic_plan(10_000, 500, seed=4)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        proj = project_campaign(plan, 1, draws=2000, session_ranges=False)
    assert proj.range is not None
    for key in ("reach", "reach_1plus", "reach_2plus", "reach_3plus", "frequency", "cost_per_reach"):
        q = proj.range[key]
        assert all(math.isfinite(x) for x in (q.p10, q.p50, q.p90, q.mean)), (key, q)
        assert q.p10 <= q.p50 <= q.p90
    assert proj.range["frequency"].p10 >= 1
    for k in ("reach_2plus", "reach_3plus"):
        assert proj.range[k].p90 <= proj.range["reach"].p90
