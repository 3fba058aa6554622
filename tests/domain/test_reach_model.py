"""Worked cases of reach-model.md §6 and the model's always-true properties."""

from __future__ import annotations

import math
from datetime import date, datetime, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import reach as R
from planner.domain.allocation import LineItem, allocate, allocate_greedy
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Plan, Session
from planner.domain.projection import project_campaign
from planner.domain.shocks import ShockSource, text_key

REL = 1e-6


def close(a: float, b: float, rel: float = REL) -> bool:
    return math.isclose(a, b, rel_tol=rel)


# -- case 1, 2: Sainsbury and sequential duplication ------------------------------------------------

def test_case1_sainsbury() -> None:
    assert close(R.sainsbury([0.3, 0.2]), 0.44)
    assert close(R.sainsbury([0.3, 0.2, 0.1]), 0.496)


@pytest.mark.parametrize("reaches,d,expected", [
    ([30e6, 20e6], 1.0, 44_000_000), ([30e6, 20e6], 1.5, 41_000_000), ([30e6, 20e6], 5.0, 30_000_000),
    ([10e6, 30e6, 20e6], 1.0, 49_600_000),
])
def test_case2_sequential_duplication(reaches: list[float], d: float, expected: float) -> None:
    assert close(R.sequential_duplication(reaches, 100e6, d), expected)


def test_closed_form_equals_sequential_for_d1() -> None:
    """The engine's order-free closed form (group sums of log p0) is sequential duplication with d = 1."""
    reaches = np.array([12e6, 3e6, 40e6, 7.5e6])
    p0 = (1 - reaches / 100e6)[None, :]
    zeros = np.zeros_like(p0)
    *_, reached = R.combine_heads(p0, zeros, zeros, R.Groups(np.zeros(4, np.intp), 1))
    assert close(reached[0, 0] * 100e6, R.sequential_duplication(list(reaches), 100e6, 1.0), 1e-12)


# -- case 3, 4: level 1 -----------------------------------------------------------------------

def test_case3_beta_binomial() -> None:
    theta, alpha, beta = R.beta_binomial_params(0.10, 0.40)
    assert (close(theta, 2), close(alpha, 0.2), close(beta, 1.8)) == (True, True, True)
    assert close(R.host_reach_fraction(0.1, 0.4, 1), 0.10)
    assert close(R.host_reach_fraction(0.1, 0.4, 2), 0.16)
    assert close(R.host_reach_fraction(0.1, 0.4, 4), 0.23392)
    dist = R.host_frequency_distribution(0.1, 0.4, 4)
    np.testing.assert_allclose(dist, [0.76608, 0.12768, 0.06048, 0.03168, 0.01408], rtol=REL)
    assert close(R.average_frequency(dist), 1.709986, 1e-6)
    # The vectorised head used by the engine agrees with the scalar distribution.
    p0, p1, p2 = R.host_head_vec(np.array([0.1]), np.array([0.4]), np.array([4.0]))
    np.testing.assert_allclose([p0[0], p1[0], p2[0]], dist[:3], rtol=1e-10)


def test_case4_limits() -> None:
    assert close(R.host_reach_fraction(0.1, 0.05, 4), 0.3439)
    assert close(R.host_reach_fraction(0.1, 0.1, 4), 0.3439)
    for n in (1, 2, 4, 30):
        assert close(R.host_reach_fraction(0.1, 1.0, n), 0.1)
    p0, p1, p2 = R.host_head_vec(np.array([0.1, 0.1]), np.array([0.05, 1.0]), np.array([4.0, 4.0]))
    np.testing.assert_allclose(1 - p0, [0.3439, 0.1], rtol=1e-10)


# -- case 5, 6: one session through the whole engine --------------------------------------------

def _fig(metric: str, value: float, platform: str = "all", tier: str = "", low: float | None = None,
         high: float | None = None) -> BenchmarkFigure:
    return BenchmarkFigure(platform=platform, metric=metric, value=value, tier=tier, low=low, high=high,
                           source="test", basis="assumption")


def case_plan(*, paid_cap: float, drop: str = "", universe: float = 500e6) -> Plan:
    """A one-session plan built to reproduce worked cases 5 and 6 through the engine."""
    figs = [
        _fig("tier_followers_min", 0, tier="koc"), _fig("tier_followers_min", 10_000, tier="tail"),
        _fig("tier_followers_min", 500_000, tier="waist"), _fig("tier_followers_min", 5_000_000, tier="head"),
        _fig("session_views", 160_000, "douyin", "waist", 50_000, 2_000_000),
        _fig("festival_viewer_multiplier", 1.8, tier="waist", low=1.2, high=3),
        _fig("festival_conversion_multiplier", 1.0), _fig("slot_multiplier", 1.0, tier="19-23"),
        _fig("slot_multiplier", 0.5, tier="14-19"),
        _fig("reference_duration_minutes", 180), _fig("duration_elasticity", 0.6, low=0.4, high=0.8),
        _fig("cpm_paid", 30, "douyin", low=4, high=60), _fig("paid_room_ctr", 0.03, low=0.01, high=0.06),
        _fig("paid_cap_multiplier", paid_cap), _fig("views_per_viewer", 1.6, low=1.2, high=2.5),
        _fig("room_entry_rate", 0.25), _fig("conversion_rate", 0.02, "douyin", low=0.005, high=0.05),
        _fig("avg_order_value", 150, "douyin", low=50, high=300), _fig("return_rate", 0.25, low=0.2, high=0.5),
        _fig("platform_fee_rate", 0.05, "douyin"), _fig("avg_watch_minutes", 20), _fig("engagement_rate", 0.05),
        _fig("follow_rate", 0.01), _fig("universe", universe, "douyin"),
        _fig("returning_viewer_share", 0.25, "douyin", low=0.1, high=0.4),
        _fig("national_universe", 1_067e6), _fig("paid_pool_min", 0, "douyin"),
    ]
    figs = [f for f in figs if f.metric != drop]
    host = Host(name="Case host", platform="douyin", tier="waist", typical_viewers=100_000, commission_rate=0.2,
                id=7)
    camp = Campaign(name="Case", start_date=date(2027, 6, 1), end_date=date(2027, 6, 30), margin=0.6, id=1)
    sess = Session(campaign_id=1, host_id=7, start=datetime(2027, 6, 10, 12, 0, tzinfo=timezone.utc),  # 20:00 CST
                   duration_min=240, slot_fee=50_000, paid_budget=20_000, session_type="dedicated", id=101)
    fest = FestivalWindow(name_en="618", year=2027, start=date(2027, 6, 1), end=date(2027, 6, 18))
    return Plan(hosts={7: host}, campaigns={1: camp}, sessions=[sess], benchmarks=figs, festivals=[fest])


V_ORG = 100_000 * 1.8 * (240 / 180) ** 0.6


def test_case5_one_session_viewers() -> None:
    assert close(R.duration_multiplier(240, 180, 0.6), 1.188402, 1e-6)
    assert close(V_ORG, 213_912.29, 1e-6)
    assert close(R.paid_cost_per_entry(30, 0.03), 1.0)
    assert close(R.paid_viewers(20_000, 200_000, 1.0), 18_181.82, 1e-6)
    proj = project_campaign(case_plan(paid_cap=200_000 / V_ORG), 1, draws=0)
    s = proj.session(101)
    assert close(s.organic_viewers, 213_912.29, 1e-6)
    assert close(s.paid_viewers, 18_181.82, 1e-6)
    assert close(s.viewers, 232_094.11, 1e-6)


def test_case6_funnel() -> None:
    proj = project_campaign(case_plan(paid_cap=200_000 / V_ORG), 1, draws=0)
    e = proj.expected
    expected = {
        "views": 371_350.58, "room_impressions": 928_376.45, "buyers": 4_641.88, "gmv": 696_282.34,
        "net_gmv": 522_211.75, "commission": 104_442.35, "platform_fee": 26_110.59, "cost": 200_552.94,
        "roi": 2.603860, "gross_roi": 3.471813, "cpm": 540.06, "gpm": 1_875.00, "uv_value": 3.00,
        "cost_per_viewer": 0.864102, "profit": 112_774.11, "break_even_roas": 1 / 0.6,
    }
    for k, v in expected.items():
        # The spec prints figures rounded to 2 decimals (or 6 significant digits): compare at that precision.
        assert math.isclose(e[k], v, rel_tol=REL, abs_tol=0.005), (k, e[k], v)


# -- case 7, 8: Hill curves and allocation --------------------------------------------------------

def test_case7_hill() -> None:
    assert close(R.hill(50, 1e6, 100, 2), 200_000)
    assert close(R.hill(100, 1e6, 100, 2), 500_000)
    assert close(R.hill_derivative(50, 1e6, 100, 2), 6_400)
    top, k = R.calibrate_hill(100e3, 300e3, 0.5, 1)
    assert (close(top, 600_000), close(k, 100_000), close(R.hill(200e3, top, k, 1), 400_000)) == (True,) * 3
    top, k = R.calibrate_hill(100e3, 300e3, 0.5, 2)
    assert (close(top, 400_000), close(k, 57_735.03, 1e-6), close(R.hill(200e3, top, k, 2), 369_230.77)) == \
        (True,) * 3


def test_case8_allocation() -> None:
    items = [LineItem("a", 1000, 100), LineItem("b", 600, 50)]
    a = allocate(items, 300)
    # Interior optimum: 1000·100/(x+100)² = 600·50/(350−x)²  ⇒  x = (350√1e5 − 100√3e4)/(√1e5 + √3e4).
    x = (350 * math.sqrt(1e5) - 100 * math.sqrt(3e4)) / (math.sqrt(1e5) + math.sqrt(3e4))
    assert close(a.spend[0], x) and close(x, 190.7498, 1e-6) and close(a.spend[1], 300 - x)
    assert close(a.total, 1067.6789, 1e-6)
    mr = a.marginal_returns(items)
    assert close(mr[0], mr[1], 1e-5)  # equal marginal returns at an interior optimum
    assert close(sum(i.response(150) for i in items), 1050.0)
    bounded = [LineItem("a", 1000, 100, lower=120, upper=180), LineItem("b", 600, 50, lower=120, upper=180)]
    b = allocate(bounded, 300)
    assert (close(b.spend[0], 180), close(b.spend[1], 120), close(b.total, 1066.3866, 1e-6)) == (True,) * 3
    g = allocate_greedy(items, 300, step=1)
    assert g.spend == (191.0, 109.0) and close(g.total, 1067.6781, 1e-6)


# -- case 9: lognormal ranges and shrinkage -------------------------------------------------------

def test_case9_lognormal_and_shrinkage() -> None:
    ln = R.LogNormal.from_p50_p90(100_000, 200_000)
    assert close(ln.sigma, 0.540866, 1e-6)
    assert close(ln.quantile(0.1), 50_000)
    assert close(ln.mean, 115_750.61, 1e-6)
    # 200,000 draws of the engine's own keyed shock stream reproduce P10, P90 and the mean within 1.5%.
    z = ShockSource(20270618).normals(np.array([text_key("case 9")], np.uint64), 0, 200_000)[:, 0]
    x = ln.median * np.exp(ln.sigma * z)
    p10, p90 = np.quantile(x, (0.1, 0.9))
    assert abs(p10 / 50_000 - 1) < 0.015 and abs(p90 / 200_000 - 1) < 0.015
    assert abs(x.mean() / 115_750.61 - 1) < 0.015
    assert close(R.shrink_rate(300, 10_000, 0.015), 0.025)


# -- properties -----------------------------------------------------------------------------

reach_lists = st.lists(st.floats(min_value=0.0, max_value=1e8), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(reach_lists, st.floats(min_value=1e8, max_value=2e9), st.floats(min_value=0.0, max_value=5.0))
def test_combined_reach_bounds(reaches: list[float], universe: float, d: float) -> None:
    total = R.sequential_duplication(reaches, universe, d)
    assert max(reaches) * (1 - 1e-12) <= total <= min(universe, sum(reaches)) * (1 + 1e-12)


@settings(max_examples=200, deadline=None)
@given(reach_lists, st.floats(min_value=0.0, max_value=1e8), st.floats(min_value=1e8, max_value=2e9))
def test_adding_an_entity_never_lowers_reach(reaches: list[float], extra: float, universe: float) -> None:
    assert R.sequential_duplication(reaches + [extra], universe) >= R.sequential_duplication(reaches, universe) \
        * (1 - 1e-12)


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=1e-6, max_value=0.5), st.floats(min_value=0.0, max_value=1.0),
       st.integers(min_value=1, max_value=60))
def test_level1_adding_a_session_and_frequency(r: float, q: float, n: int) -> None:
    a, b = R.host_reach_fraction(r, q, n), R.host_reach_fraction(r, q, n + 1)
    assert b >= a * (1 - 1e-12)
    assert r * (1 - 1e-9) <= a <= min(1.0, n * r) * (1 + 1e-9)
    dist = R.host_frequency_distribution(r, q, n)
    assert abs(dist.sum() - 1) < 1e-9 and close(1 - dist[0], a, 1e-8)
    assert R.average_frequency(dist) >= 1 - 1e-9
