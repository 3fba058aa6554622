"""The shared schedule check: off the UI thread, one at a time, and the newest state wins."""

from __future__ import annotations

import threading
from dataclasses import replace

from planner.storage.edits import UpdateSessions
from planner.ui.context import PlanContext


def test_edits_during_a_check_are_checked_again_and_only_the_newest_result_is_shown(qtbot, store, monkeypatch):
    from planner.services import schedule_snapshot

    gate = threading.Event()  # holds the first check on its worker until the edits are made
    real = schedule_snapshot.load_checked_snapshot

    def held(*args):
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(schedule_snapshot, "load_checked_snapshot", held)
    ctx = PlanContext(store)
    ctx.select_campaign(store.find_campaign("DEMO").id)
    service = ctx.schedule
    service.threads_only = True  # on a thread, where the gate above holds it
    service.show_sessions(True)  # as a calendar on screen does: the snapshot carries the sessions
    shown = []
    service.snapshot_ready.connect(shown.append)
    service.want()
    qtbot.waitUntil(lambda: service._in_flight, timeout=5000)  # a check is running on its worker
    s = store.sessions(ctx.campaign_id)[0]
    for minutes in (60, 75, 90):  # three edits while it runs
        ctx.apply(UpdateSessions((replace(s, duration_min=minutes),)))
    assert service.pending
    gate.set()
    qtbot.waitUntil(lambda: not service.pending, timeout=10000)
    assert len(shown) == 1  # the superseded check's result never reached a view
    assert shown[0] is service.latest and service.current() is service.latest
    assert service.latest.session(s.id).duration_min == 90
    ctx.stop()


def test_a_check_of_another_campaign_is_not_current(qtbot, store):
    ctx = PlanContext(store)
    ctx.select_campaign(store.find_campaign("DEMO").id)
    qtbot.waitUntil(lambda: ctx.schedule.want() or ctx.schedule.current() is not None, timeout=10000)
    ctx.select_campaign(None)
    assert ctx.schedule.current() is None and ctx.schedule.pending  # the whole plan's check is on its way
    qtbot.waitUntil(lambda: ctx.schedule.current() is not None, timeout=10000)
    assert ctx.schedule.current().campaign_id is None
    ctx.stop()


def test_a_helper_process_that_dies_is_replaced_by_a_thread(qtbot, store, monkeypatch):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from planner.ui import offload

    def broken(*_args):
        future = Future()
        future.set_exception(BrokenProcessPool("the helper process was killed"))
        return future

    monkeypatch.setattr(offload, "submit", broken)
    ctx = PlanContext(store)
    ctx.select_campaign(store.find_campaign("DEMO").id)
    ctx.schedule.want()
    qtbot.waitUntil(lambda: ctx.schedule.current() is not None, timeout=10000)
    assert not ctx.schedule.use_process and ctx.schedule.current().conflicts  # the demo's notes
    ctx.stop()


def test_snapshots_carry_the_sessions_only_while_a_calendar_shows(qtbot, store):
    ctx = PlanContext(store)
    ctx.select_campaign(store.find_campaign("DEMO").id)
    service = ctx.schedule
    service.want()
    qtbot.waitUntil(lambda: service.current() is not None, timeout=10000)
    snap = service.current()
    assert not snap.has_sessions and snap.sessions == [] and snap.worst and snap.when
    assert service.current(with_sessions=True) is None
    service.show_sessions(True)  # a calendar comes on screen: a check with the sessions is started
    assert service.pending
    qtbot.waitUntil(lambda: service.current(with_sessions=True) is not None, timeout=10000)
    assert len(service.current().sessions) == 20
    ctx.stop()
