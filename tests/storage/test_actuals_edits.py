"""Recording actual results: refused input, done marks, one-step undo and redo, read dates on disk."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from planner.domain.actuals import validate_actual
from planner.domain.errors import ValidationError
from planner.domain.models import SessionActual
from planner.storage import PlanStore
from planner.storage.actuals import ImportActuals, SetActuals

AFTER_DEMO = datetime(2027, 7, 1, tzinfo=timezone.utc)  # every demo 618 session has started by then


def dump(store):
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("sessions", "session_actuals")}


def test_recording_marks_done_and_undo_restores_status_and_figures(store):
    s = store.sessions()[1]
    assert s.status in ("planned", "confirmed")
    before = dump(store)
    a = SessionActual(s.id, viewers=120_000, peak_concurrent=4_000, orders=900, gmv=180_000, refunds=20_000,
                      read_on=date(2027, 6, 3))
    undo = SetActuals((a,), now=AFTER_DEMO).apply(store)
    assert store.actual(s.id) == a
    assert store.session(s.id).status == "done"
    redo = undo.apply(store)
    assert dump(store) == before
    redo.apply(store)
    assert store.actual(s.id).read_on == date(2027, 6, 3)
    assert store.session(s.id).status == "done"


def test_read_date_survives_reopening_and_session_delete_undo(plan_path):
    from planner.storage.edits import DeleteSessions

    with PlanStore.open(plan_path) as store:
        s = store.sessions()[0]
        SetActuals((SessionActual(s.id, viewers=5, read_on=date(2027, 5, 28)),), now=AFTER_DEMO).apply(store)
        DeleteSessions((s.id,)).apply(store).apply(store)  # delete, then undo the delete
    with PlanStore.open(plan_path) as store:
        assert store.actual(s.id).read_on == date(2027, 5, 28)


@pytest.mark.parametrize("figures, field, words", [
    (dict(viewers=-1), "viewers", "0 or more"),
    (dict(gmv=1000, refunds=1500), "refunds", "above the show's GMV"),
    (dict(gmv=float("nan")), "gmv", "number"),
])
def test_bad_figures_are_refused_and_nothing_changes(store, figures, field, words):
    s = store.sessions()[0]
    before = dump(store)
    with pytest.raises(ValidationError) as err:
        SetActuals((SessionActual(s.id, **figures),), now=AFTER_DEMO).apply(store)
    assert err.value.problems[0].field == field and words in err.value.problems[0].message
    assert dump(store) == before


def test_a_session_that_has_not_started_is_refused(store):
    s = store.sessions()[-1]
    with pytest.raises(ValidationError, match="has not started yet"):
        SetActuals((SessionActual(s.id, viewers=10),), now=s.start - timedelta(minutes=1)).apply(store)
    SetActuals((SessionActual(s.id, viewers=10),), now=s.start + timedelta(minutes=1)).apply(store)
    assert store.actual(s.id).viewers == 10


def test_orders_without_gmv_is_a_warning_only(store):
    s = store.sessions()[0]
    problems = validate_actual(SessionActual(s.id, orders=30), s, AFTER_DEMO)
    assert [(p.field, p.severity) for p in problems] == [("orders", "warning")]
    SetActuals((SessionActual(s.id, orders=30),), now=AFTER_DEMO).apply(store)
    assert store.actual(s.id).orders == 30


def test_clearing_every_figure_removes_the_record(store):
    s = store.sessions()[0]
    SetActuals((SessionActual(s.id, viewers=10),), now=AFTER_DEMO).apply(store)
    undo = SetActuals((SessionActual(s.id),), now=AFTER_DEMO).apply(store)
    assert store.actual(s.id) is None
    undo.apply(store)
    assert store.actual(s.id).viewers == 10


def test_import_edit_adds_unplanned_sessions_as_one_undo_step(store):
    before = dump(store)
    s = store.sessions()[0]
    new = replace(s, id=None, start=s.start + timedelta(days=1), status="done", notes="unplanned")
    edit = ImportActuals((SessionActual(s.id, viewers=1),), (new,), (SessionActual(0, viewers=2, gmv=5.0),),
                         now=AFTER_DEMO)
    undo = edit.apply(store)
    after = dump(store)
    assert len(after["sessions"]) == len(before["sessions"]) + 1
    assert sorted(a.viewers for a in store.actuals()) == [1, 2]
    redo = undo.apply(store)
    assert dump(store) == before
    redo.apply(store)
    assert dump(store) == after


def test_an_older_plans_actuals_survive_the_upgrade_and_take_a_read_date(tmp_path):
    from tests.storage.test_migrations import _make_v1_plan

    path = tmp_path / "v1.sqlite"
    _make_v1_plan(path)
    with PlanStore.open(path) as store:
        a = store.actual(11)
        assert (a.viewers, a.orders, a.gmv, a.read_on) == (120_000, 2400, 300_000, None)
        SetActuals((replace(a, read_on=date(2026, 6, 4)),), now=AFTER_DEMO).apply(store)
    with PlanStore.open(path) as store:
        assert store.actual(11).read_on == date(2026, 6, 4)
