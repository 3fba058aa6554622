"""The shipped demo plan as a first run creates it: the 618 plan and a finished Double 11 campaign whose
recorded results feed the Results view, calibration and the backtest."""

from __future__ import annotations

from datetime import date, datetime, timezone

from planner.domain.backtest import backtest
from planner.domain.results import campaign_results
from planner.storage import PlanStore
from planner.storage.demo import DEMO_CAMPAIGN_NAME, FINISHED_CAMPAIGN_NAME


def test_first_run_has_a_finished_campaign_with_results(tmp_path):
    with PlanStore.open(tmp_path / "plan.sqlite") as store:
        names = [c.name for c in store.campaigns()]
        assert names == [DEMO_CAMPAIGN_NAME, FINISHED_CAMPAIGN_NAME]
        assert store.find_campaign("DEMO").name == DEMO_CAMPAIGN_NAME  # "DEMO" still names the 618 plan
        done = store.find_campaign("Double 11")
        sessions = store.sessions(done.id)
        actuals = {a.session_id: a for a in store.actuals(done.id)}
        assert len(sessions) == 14 and set(actuals) == {s.id for s in sessions}
        assert all(s.status == "done" and s.start < datetime.now(timezone.utc) for s in sessions)
        assert all(a.viewers > 0 and 0 < a.refunds < a.gmv and a.read_on > date(2026, 10, 20)
                   for a in actuals.values())
        assert not store.actuals(store.find_campaign("DEMO").id)
        plan = store.load_plan()
    result = backtest(plan, done.id, draws=200)
    assert result.sessions == 14 and not result.too_early
    results = campaign_results(plan, done.id, draws=200)
    assert results.recorded_count == 14 and results.to_come("gmv") == (0.0, 0.0, 0.0)


def test_the_finished_campaigns_results_calibrate_the_618_projection(tmp_path):
    from dataclasses import replace

    from planner.domain.projection import project_campaign

    with PlanStore.open(tmp_path / "plan.sqlite") as store:
        plan = store.load_plan()
        cid = store.find_campaign("DEMO").id
    with_history = project_campaign(plan, cid, draws=0).expected["viewers"]
    without = project_campaign(replace(plan, actuals={}), cid, draws=0).expected["viewers"]
    assert with_history != without
