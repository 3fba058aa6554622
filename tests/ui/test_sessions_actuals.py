"""Actual results typed into the Sessions table: recorded in place, session marked done, refused with the
reason at the cell, one undo step each."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt

from planner.storage import PlanStore
from planner.ui.models.actual_columns import changed_actual
from tests.test_cli_actuals import past_campaign


@pytest.fixture
def model(qtbot, plan_path):
    from planner.ui.context import PlanContext
    from planner.ui.models.sessions_model import SessionsModel

    cid, ids = past_campaign(plan_path, n=3)
    store = PlanStore.open(plan_path)
    context = PlanContext(store)
    m = SessionsModel(context)
    context.plan_changed.connect(m.refresh)
    context.select_campaign(cid)
    m.refresh()
    yield m
    store.close()


def col(model, key: str) -> int:
    return [c.key for c in model.columns].index(key)


def test_typing_figures_records_them_marks_done_and_undoes(model):
    ctx, store = model.context, model.context.store
    sid = model.session_id(0)
    assert model.setData(model.index(0, col(model, "act_gmv")), "12.5万")
    assert model.setData(model.index(0, col(model, "act_viewers")), "30000")
    a = store.actual(sid)
    assert (a.gmv, a.viewers) == (125_000, 30_000) and a.read_on is not None
    assert store.session(sid).status == "done"
    assert model.index(0, col(model, "status")).data() == "done"
    assert model.index(0, col(model, "act_gmv")).data() == "CNY 125,000"
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert store.actual(sid).viewers is None and store.actual(sid).gmv == 125_000
    ctx.undo_stack.undo()
    assert store.actual(sid) is None and store.session(sid).status == "planned"
    assert model.index(0, col(model, "act_gmv")).data() == ""


def test_refunds_above_gmv_are_refused_at_the_cell(model):
    sid = model.session_id(1)
    assert model.setData(model.index(1, col(model, "act_gmv")), "1000")
    assert not model.setData(model.index(1, col(model, "act_refunds")), "5000")
    index = model.index(1, col(model, "act_refunds"))
    assert "refunds cannot be above the show's GMV" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.context.store.actual(sid).refunds is None


def test_a_future_session_cannot_take_actuals(qtbot, store):
    from planner.ui.context import PlanContext
    from planner.ui.models.sessions_model import SessionsModel

    context = PlanContext(store)
    m = SessionsModel(context)
    context.select_campaign(store.find_campaign("DEMO").id)  # the demo's 618 has not started
    m.refresh()
    assert not m.setData(m.index(0, col(m, "act_viewers")), "100")
    assert "has not started yet" in m.index(0, col(m, "act_viewers")).data(Qt.ItemDataRole.ToolTipRole)


def test_read_date_and_clearing():
    from planner.domain.models import Session, SessionActual

    s = Session(campaign_id=1, host_id=1, start=datetime(2026, 3, 1, tzinfo=timezone.utc), id=7)
    a = changed_actual(None, s, "orders", "40", today=date(2026, 3, 2))
    assert a == SessionActual(7, orders=40, read_on=date(2026, 3, 2))
    assert changed_actual(a, s, "orders", "40") is None  # unchanged
    assert changed_actual(a, s, "read_on", "2026/03/05").read_on == date(2026, 3, 5)
    assert changed_actual(a, s, "orders", "").orders is None
    with pytest.raises(ValueError, match="not a date"):
        changed_actual(a, s, "read_on", "next week")
