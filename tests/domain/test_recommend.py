"""Recommending a paid-traffic split: spends the budget, never does worse than today, explains itself."""

from __future__ import annotations

import pytest

from planner.cli import run
from planner.domain.errors import PlannerError
from planner.domain.recommend import recommend_paid_split


@pytest.fixture
def demo(store):
    camp = store.find_campaign("DEMO")
    return store.load_plan([camp.id]), camp.id


@pytest.mark.parametrize("objective", ["net_gmv", "reach"])
def test_split_spends_the_budget_and_does_not_lose(demo, objective):
    plan, cid = demo
    rec = recommend_paid_split(plan, cid, objective=objective)
    today = sum(s.paid_budget for s in plan.sessions if s.campaign_id == cid)
    assert rec.budget == pytest.approx(today)
    assert sum(line.recommended_spend for line in rec.lines) == pytest.approx(today, rel=1e-6)
    assert {line.platform for line in rec.lines} == {"taobao_live", "douyin", "kuaishou", "xiaohongshu"}
    # The full model, re-run on the recommended split, is at least as good as today's split.
    assert rec.recommended_value >= rec.current_value * (1 - 1e-4)


def test_interior_split_equalises_marginal_returns(demo):
    plan, cid = demo
    rec = recommend_paid_split(plan, cid, objective="reach", budget=2_000_000)
    interior = [line for line in rec.lines if line.recommended_spend > 1.0]
    assert len(interior) >= 2
    marginals = [line.marginal_return for line in interior]
    assert max(marginals) == pytest.approx(min(marginals), rel=1e-3)


def test_minimum_share_is_kept(demo):
    plan, cid = demo
    rec = recommend_paid_split(plan, cid, min_share=0.15)
    assert all(line.recommended_spend >= 0.15 * rec.budget - 1e-6 for line in rec.lines)


def test_bad_inputs_are_named(demo):
    plan, cid = demo
    with pytest.raises(PlannerError, match="Objective 'profit'"):
        recommend_paid_split(plan, cid, objective="profit")
    with pytest.raises(PlannerError, match="more than the whole budget"):
        recommend_paid_split(plan, cid, min_share=0.3)
    with pytest.raises(PlannerError, match="give a budget"):
        recommend_paid_split(plan, cid, budget=0)


def test_cli_recommend(plan_path, capsys):
    assert run(["--db", str(plan_path), "recommend", "DEMO", "--budget", "500000"]) == 0
    out = capsys.readouterr().out
    assert "Budget 500,000 CNY" in out and "Taobao Live" in out and "Projected net GMV" in out
