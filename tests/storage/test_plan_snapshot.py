"""A campaign's snapshot carries its hosts' history, so projections shrink toward recorded actuals."""

from __future__ import annotations

from datetime import date

from planner.domain.models import Campaign, SessionActual
from planner.domain.projection import project_campaign


def test_actuals_from_another_campaign_move_the_projection(store):
    demo = store.find_campaign("DEMO")
    first = store.sessions(demo.id)[0]
    past = store.add_campaign(Campaign(name="Past campaign", start_date=date(2026, 10, 20),
                                       end_date=date(2026, 11, 11)))
    before = project_campaign(store.load_plan([demo.id]), demo.id, draws=0).session(first.id).viewers

    # The same host drew far fewer viewers than the benchmark in three past sessions.
    from dataclasses import replace
    from datetime import timedelta

    for k in range(3):
        s = store.add_session(replace(first, id=None, campaign_id=past.id,
                                      start=first.start - timedelta(days=220 + k)))
        store.set_actual(SessionActual(session_id=s.id, viewers=before / 50))

    snapshot = store.load_plan([demo.id])
    assert {s.campaign_id for s in snapshot.sessions} == {demo.id, past.id}
    after = project_campaign(snapshot, demo.id, draws=0)
    assert after.session(first.id).viewers < before / 3
    # History sessions are not part of this campaign's totals.
    assert len(after.sessions) == len(store.sessions(demo.id))
