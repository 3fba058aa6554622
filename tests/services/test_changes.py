"""What a Change says about an applied edit (no Qt): the tables, campaigns and records it touched."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date

import pytest

from planner.domain.models import Campaign, Host
from planner.services.changes import Change, change_of
from planner.storage.edits import (
    AddCampaign, AddHosts, Composite, DeleteCampaign, DeleteSessions, DuplicateCampaign, UpdateBenchmark,
    UpdateHosts, UpdateSessions,
)


def applied(store, edit, origin="edit") -> Change:
    return change_of(edit, edit.apply(store), origin)


def test_a_slot_fee_edit_names_its_session_and_campaign_only(store):
    s = store.sessions()[0]
    change = applied(store, UpdateSessions((replace(s, slot_fee=1234.0),)))
    assert change.origin == "edit"
    assert change.tables == {"sessions"}
    assert change.campaign_ids == {s.campaign_id}
    assert change.updated == {"sessions": {s.id}} and not change.added and not change.removed
    assert change.only_updates and change.new_campaign is None
    assert change.touches("sessions") and not change.touches("campaigns", "hosts", "benchmarks")
    assert change.touches_campaign(s.campaign_id) and not change.touches_campaign(s.campaign_id + 1000)


def test_a_session_moved_to_another_campaign_touches_both(store):
    other = AddCampaign(Campaign(name="B", start_date=date(2027, 1, 1), end_date=date(2027, 1, 9))).apply(store)
    s = store.sessions()[0]
    change = applied(store, UpdateSessions((replace(s, campaign_id=other.campaign_id),)))
    assert change.campaign_ids == {s.campaign_id, other.campaign_id}


def test_undo_of_a_delete_says_the_sessions_came_back(store):
    ids = tuple(x.id for x in store.sessions()[:3])
    cid = store.session(ids[0]).campaign_id
    restore = DeleteSessions(ids).apply(store)
    deleted = change_of(DeleteSessions(ids), restore, "edit")
    assert deleted.ids("removed", "sessions") == set(ids) and deleted.campaign_ids == {cid}
    undone = change_of(restore, restore.apply(store), "undo")
    assert undone.origin == "undo" and undone.ids("added", "sessions") == set(ids)
    assert not undone.only_updates


@pytest.mark.parametrize("make", [
    lambda s: AddCampaign(Campaign(name="C2", start_date=date(2027, 1, 1), end_date=date(2027, 1, 2))),
    lambda s: DuplicateCampaign(s.campaigns()[0].id),
])
def test_an_added_campaign_is_named_as_new(store, make):
    before = {c.id for c in store.campaigns()}
    change = applied(store, make(store))
    (new,) = {c.id for c in store.campaigns()} - before
    assert change.new_campaign == new and change.ids("added", "campaigns") == {new}
    assert change.touches("campaigns")


def test_undo_of_a_campaign_delete_brings_it_back_as_new(store):
    cid = store.campaigns()[0].id
    restore = DeleteCampaign(cid).apply(store)
    deleted = change_of(DeleteCampaign(cid), restore, "edit")
    assert deleted.new_campaign is None and deleted.ids("removed", "campaigns") == {cid}
    assert deleted.ids("removed", "sessions")
    assert change_of(restore, restore.apply(store), "undo").new_campaign == cid


def test_host_and_benchmark_edits_reach_every_campaign(store):
    h = store.hosts()[0]
    change = applied(store, UpdateHosts((replace(h, slot_fee=9.0),)))
    assert change.campaign_ids is None and change.touches_campaign(store.campaigns()[0].id)
    assert change.updated == {"hosts": {h.id}} and not change.touches("sessions")
    added = applied(store, AddHosts((Host(name="New", platform="kuaishou", followers=5),)))
    assert len(added.ids("added", "hosts")) == 1
    figure = store.benchmarks(metric="cpm_paid")[0]
    bench = applied(store, UpdateBenchmark(replace(figure, value=33.0)))
    assert bench.tables == {"benchmarks"} and bench.campaign_ids is None


def test_a_composite_adds_up_its_parts(store):
    a, b = store.sessions()[:2]
    change = applied(store, Composite((UpdateSessions((replace(a, slot_fee=1.0),)),
                                       UpdateSessions((replace(b, slot_fee=2.0),)))))
    assert change.ids("updated", "sessions") == {a.id, b.id}


def test_a_change_of_unknown_extent_touches_everything_and_is_frozen():
    change = Change.everything("outside")
    assert change.origin == "outside" and not change.known
    assert change.touches("benchmarks") and change.touches_campaign(1) and not change.only_updates
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.origin = "edit"  # type: ignore[misc]
    with pytest.raises(TypeError):
        change.updated["sessions"] = frozenset()  # type: ignore[index]


def test_a_slot_fee_edit_names_the_fields_it_changed(store):
    s = store.sessions()[0]
    change = applied(store, UpdateSessions((replace(s, slot_fee=s.slot_fee + 1, notes="n"),)))
    assert change.fields == {"sessions": {"slot_fee", "notes"}}
    assert change.updates_only_fields("sessions", {"slot_fee", "notes", "theme"})
    assert not change.updates_only_fields("sessions", {"slot_fee"})
    moved = applied(store, UpdateSessions((replace(store.session(s.id), duration_min=s.duration_min + 15),)))
    assert moved.fields == {"sessions": {"duration_min"}}


def test_the_schedule_check_reads_no_session_field_it_is_not_said_to():
    """SCHEDULE_FIELDS is what lets a slot-fee edit skip the schedule check: changing every other field of
    every session of a plan with conflicts must leave the check's result as it was."""
    from datetime import datetime, timedelta, timezone

    from planner.domain.models import Session
    from planner.domain.schedule import find_conflicts
    from planner.services.schedule_snapshot import UNCHECKED_SESSION_FIELDS

    host = Host(name="A", platform="douyin", followers=1000, id=1)
    start = datetime(2027, 6, 1, 12, tzinfo=timezone.utc)
    sessions = [Session(campaign_id=1, host_id=1, start=start + timedelta(minutes=60 * i), duration_min=120, id=i + 1)
                for i in range(4)]  # overlapping: double bookings
    campaigns = {1: Campaign(name="C", start_date=date(2027, 6, 1), end_date=date(2027, 6, 2), id=1)}
    before = find_conflicts(sessions, {1: host}, campaigns, campaign_id=1)
    assert len(before), "the plan must have conflicts for this test to mean anything"
    other = {"slot_fee": 99.0, "commission_rate": 0.5, "paid_budget": 7.0, "session_type": "dedicated",
             "products": "p", "theme": "t", "notes": "n", "brand_minutes": 5.0, "lineage": 42}
    assert set(other) == UNCHECKED_SESSION_FIELDS
    changed = [replace(s, **other) for s in sessions]
    after = find_conflicts(changed, {1: host}, campaigns, campaign_id=1)
    assert list(after.messages) == list(before.messages) and list(after.session_ids) == list(before.session_ids)
