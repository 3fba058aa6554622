"""The live projection: big campaigns in a helper process, small ones on a thread, same figures either way."""

from __future__ import annotations

import gc
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from planner.domain.projection import project_campaign
from planner.services import projection
from planner.ui import offload
from planner.ui.context import PlanContext
from planner.ui.models.projection_runner import SEED, ProjectionRunner


@pytest.fixture
def ctx(store, qtbot):
    """A plan context that owns its runners; torn down on the UI thread (a QObject dropped by the garbage
    collector on a helper's thread would be deleted there, under queued events of the UI thread)."""
    context = PlanContext(store)
    yield context
    context.stop()
    for runner in context.findChildren(ProjectionRunner):
        runner.stop()
    qtbot.wait(20)  # deferred deletes of the finished runs
    del context
    gc.collect()


def _run(qtbot, ctx, store, *, process_min_sessions: int, draws: int = 200):
    runner = ProjectionRunner(ctx, ctx, range_draws=draws)
    runner.process_min_sessions = process_min_sessions
    ready = []
    runner.projection_ready.connect(lambda cid, p: ready.append(p))
    ctx.select_campaign(store.find_campaign("DEMO").id)
    qtbot.waitUntil(lambda: len(ready) == 2 and not runner.busy, timeout=60_000)
    return runner, ready


def test_helper_process_gives_the_figures_a_thread_gives(qtbot, ctx, store):
    cid = store.find_campaign("DEMO").id
    try:
        runner, (point, ranged) = _run(qtbot, ctx, store, process_min_sessions=1)  # 20 sessions: in the helper
    finally:
        offload.reset("projection")
    assert runner.use_process and point.range is None and ranged.range is not None
    here = project_campaign(store.load_plan([cid]), cid, draws=200, seed=SEED)
    assert ranged.expected == here.expected and ranged.range == here.range
    assert ranged.sessions == here.sessions and ranged.session_range == here.session_range


def test_small_campaigns_stay_on_a_thread(qtbot, ctx, store, monkeypatch):
    def no_helper(*_args):
        raise AssertionError("a 20-session campaign must not start a helper process")

    monkeypatch.setattr(offload, "submit", no_helper)
    runner, (_, ranged) = _run(qtbot, ctx, store, process_min_sessions=2000)
    assert runner.use_process and len(ranged.sessions) == 20


@pytest.mark.parametrize("how", ["dies", "cannot start"])
def test_a_helper_that_dies_or_cannot_start_is_replaced_by_threads(qtbot, ctx, store, monkeypatch, how):
    """(A helper process that really dies: tests/ui/test_jobs.py.)"""
    def broken(*_args):
        if how == "cannot start":
            raise OSError("no processes here")
        future = Future()
        future.set_exception(BrokenProcessPool("the helper process was killed"))
        return future

    monkeypatch.setattr(offload, "submit", broken)
    runner, (point, ranged) = _run(qtbot, ctx, store, process_min_sessions=1)
    assert not runner.use_process and point.range is None and ranged.range is not None


def test_a_failed_projection_names_the_problem(qtbot, ctx, store, monkeypatch):
    from planner.domain.errors import PlannerError

    def fails(*_args):
        raise PlannerError("No exchange rate for EUR")

    monkeypatch.setattr(projection, "project_plan", fails)
    runner = ProjectionRunner(ctx, ctx, range_draws=0)
    runner.process_min_sessions = 10**6
    failed = []
    runner.projection_failed.connect(lambda cid, message: failed.append(message))
    ctx.select_campaign(store.find_campaign("DEMO").id)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert failed == ["No exchange rate for EUR"] and runner.latest is None
