"""One over-budget rule (``domain.money_checks.budget_check``) for the CLI, the Problems panel and the Overview."""

from __future__ import annotations

from types import SimpleNamespace

from planner.domain.money_checks import budget_check


def _proj(cost_trace: float, cost_p50: float | None) -> SimpleNamespace:
    rng = {"cost": SimpleNamespace(p50=cost_p50)} if cost_p50 is not None else None
    return SimpleNamespace(expected={"cost": cost_trace, "slot_fees": 300.0, "paid_traffic": 100.0,
                                     "other_costs": 50.0}, range=rng, currency="EUR")


def test_the_median_with_ranges_else_the_trace_is_weighed_against_the_budget():
    assert budget_check(_proj(900.0, 1_200.0), 1_000.0).over  # the median decides once ranges are in
    assert not budget_check(_proj(1_200.0, 900.0), 1_000.0).over
    check = budget_check(_proj(1_200.0, None), 1_000.0)
    assert check.over and (check.cost, check.committed, check.currency) == (1_200.0, 450.0, "EUR")
    assert not budget_check(_proj(1_200.0, None), 0.0).over  # no budget set: nothing to run over
