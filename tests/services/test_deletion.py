"""What a delete takes with it (planner.services.deletion, no Qt): a host's sessions counted per campaign and
scenario, and the delete refused when the plan no longer has exactly those sessions."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from planner.domain.errors import ConflictError
from planner.services.deletion import SessionsIn, campaign_deletion, host_deletion
from planner.storage.edits import AddHosts, AddSessions, DeleteSessions, DuplicateCampaign


def _host_in_demo_and_scenario(store):
    """A host with sessions in DEMO, and a scenario of DEMO ("Scenario B") that keeps only some of them."""
    demo = store.find_campaign("DEMO")
    host = max(store.hosts(), key=lambda h: len(store.sessions(demo.id, host_id=h.id)))
    in_demo = store.sessions(demo.id, host_id=host.id)
    assert len(in_demo) >= 2
    DuplicateCampaign(demo.id, "Scenario B").apply(store)
    scenario = store.find_campaign("Scenario B")
    copies = store.sessions(scenario.id, host_id=host.id)
    DeleteSessions((copies[0].id,)).apply(store)  # the scenario keeps one fewer
    return demo, scenario, host, len(in_demo)


def test_a_host_takes_its_sessions_counted_per_campaign_and_scenario(store):
    demo, scenario, host, n = _host_in_demo_and_scenario(store)
    deletion = host_deletion(store, [host.id], "Delete host")
    assert deletion.hosts == (host.name,)
    assert deletion.sessions == (SessionsIn(demo.name, n), SessionsIn("Scenario B", n - 1, scenario_of=demo.name))
    assert deletion.total == 2 * n - 1
    deletion.edit.apply(store)
    assert store.sessions(host_id=host.id) == [] and host.id not in {h.id for h in store.hosts()}


def test_a_host_without_sessions_takes_nothing_more(store):
    template = store.hosts()[0]
    host = AddHosts((replace(template, id=None, name="Luna", handle="luna_new"),)).apply(store).host_ids[0]
    host = store.host(host)
    deletion = host_deletion(store, [host.id], "Delete host")
    assert deletion.sessions == () and deletion.total == 0


def test_a_session_booked_after_the_question_stops_the_delete(store):
    demo, _scenario, host, _n = _host_in_demo_and_scenario(store)
    deletion = host_deletion(store, [host.id], "Delete host")
    booked = store.sessions(demo.id, host_id=host.id)[0]
    AddSessions((replace(booked, id=None, lineage=None, start=booked.start + timedelta(days=1)),)).apply(store)
    before = len(store.sessions(host_id=host.id))
    with pytest.raises(ConflictError):
        deletion.edit.apply(store)
    assert len(store.sessions(host_id=host.id)) == before  # nothing deleted


def test_a_campaign_takes_its_sessions_and_names_its_parent(store):
    demo, scenario, _host, _n = _host_in_demo_and_scenario(store)
    deletion = campaign_deletion(store, scenario.id, "Delete campaign")
    assert (deletion.campaign, deletion.scenario_of) == ("Scenario B", demo.name)
    assert deletion.sessions == store.session_count(scenario.id)
