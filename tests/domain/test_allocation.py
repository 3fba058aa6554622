"""Budget allocation: SLSQP against the greedy oracle, share limits, bad input, and the budget curve."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.allocation import LineItem, allocate, allocate_greedy
from planner.domain.curves import budget_curve
from planner.domain.errors import PlannerError

curve = st.tuples(st.floats(100, 10_000), st.floats(10, 1_000))


@settings(max_examples=30, deadline=None)
@given(st.lists(curve, min_size=2, max_size=5), st.floats(100, 5_000))
def test_slsqp_at_least_as_good_as_greedy(curves: list[tuple[float, float]], budget: float) -> None:
    items = [LineItem(f"c{i}", top, k) for i, (top, k) in enumerate(curves)]
    a, g = allocate(items, budget), allocate_greedy(items, budget)
    assert math.isclose(sum(a.spend), budget, rel_tol=1e-9)
    assert a.total >= g.total * (1 - 1e-6)
    # The greedy oracle with step B/500 lands within one step of the optimum's response.
    assert a.total - g.total <= max(math.log1p(budget), 1) * budget / 500 * max(t / k for t, k in curves)


def test_group_share_limits_bind() -> None:
    items = [LineItem("a", 1000, 100, group="douyin"), LineItem("b", 600, 50, group="kuaishou")]
    a = allocate(items, 300, group_shares={"kuaishou": (0.5, 1.0)})
    assert math.isclose(a.spend[1], 150, rel_tol=1e-6) and math.isclose(a.spend[0], 150, rel_tol=1e-6)


def test_allocation_bad_input() -> None:
    with pytest.raises(PlannerError, match="above the budget"):
        allocate([LineItem("a", 1, 1, lower=200), LineItem("b", 1, 1, lower=200)], 300)
    with pytest.raises(PlannerError, match="must be above 0"):
        allocate([LineItem("a", 1, 1)], 0)


def test_budget_curve_is_concave_in_paid_traffic(store) -> None:
    plan, cid = store.load_plan(), store.find_campaign("DEMO").id
    pts = budget_curve(plan, cid, (0.0, 1.0, 2.0, 3.0))
    assert pts[1].paid_traffic == 331_000
    reach = [p.reach for p in pts]
    assert reach[0] < reach[1] < reach[2] < reach[3]
    # Michaelis–Menten paid viewers: each extra 1× of spend adds less reach than the one before.
    assert reach[3] - reach[2] < reach[2] - reach[1] < reach[1] - reach[0]
