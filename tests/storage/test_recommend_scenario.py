"""A budget recommendation becomes a scenario in one undoable step (issue 16)."""

from __future__ import annotations

import pytest

from planner.domain.errors import ConflictError
from planner.domain.projection import project_campaign
from planner.domain.recommend import BudgetRequest, recommend, scenario_name
from planner.storage.edits import DeleteCampaign, DeleteSessions, DuplicateWithPaidTraffic


def test_scenario_carries_the_recommended_paid_traffic_and_undo_removes_it(store):
    camp = store.find_campaign("DEMO")
    plan = store.load_plan([camp.id])
    rec = recommend(plan, camp.id, BudgetRequest("net_gmv", by="host", draws=0))
    before = {c.id for c in store.campaigns()}
    inverse = DuplicateWithPaidTraffic(camp.id, rec.session_spend, name=scenario_name(rec)).apply(store)
    assert isinstance(inverse, DeleteCampaign)
    new_id = inverse.campaign_id
    scenario = store.campaign(new_id)
    assert scenario.parent_id == camp.id and scenario.name.endswith("recommended for net GMV (331,000 CNY, by host)")
    originals, copies = store.sessions(camp.id), store.sessions(new_id)
    spend = dict(rec.session_spend)
    assert [s.paid_budget for s in copies] == pytest.approx([round(spend.get(s.id, s.paid_budget), 2)
                                                             for s in originals])
    assert [(s.host_id, s.start, s.lineage) for s in copies] == [(s.host_id, s.start, s.lineage) for s in originals]
    assert store.sessions(camp.id) == originals  # today's plan is untouched
    # The scenario projects what the recommendation said (cents rounded away).
    projected = project_campaign(store.load_plan([new_id]), new_id, draws=0).expected["net_gmv"]
    assert projected == pytest.approx(rec.recommended_value, rel=1e-6)
    redo = inverse.apply(store)  # undo
    assert {c.id for c in store.campaigns()} == before
    redo.apply(store)  # redo brings it back with its sessions
    assert [s.paid_budget for s in store.sessions(new_id)] == [s.paid_budget for s in copies]


def test_sessions_deleted_meanwhile_are_refused(store):
    camp = store.find_campaign("DEMO")
    plan = store.load_plan([camp.id])
    rec = recommend(plan, camp.id, BudgetRequest("reach", draws=0))
    victim = store.sessions(camp.id)[0].id
    DeleteSessions((victim,)).apply(store)
    count = len(store.campaigns())
    with pytest.raises(ConflictError, match="deleted elsewhere meanwhile"):
        DuplicateWithPaidTraffic(camp.id, rec.session_spend).apply(store)
    assert len(store.campaigns()) == count
