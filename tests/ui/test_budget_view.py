"""The Budget tab (issue 16), driven in the real main window: ask, read the answer, act on it, undo it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.ui.models.budget_model import MIN, NOTE, RECOMMENDED

SHOTS = os.environ.get("PLANNER_SHOTS")  # a folder: save screenshots there to look at


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def _budget_tab(window, qtbot):
    from planner.ui.views.budget_view import BudgetView

    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    window.tabs.setCurrentIndex(titles.index("Budget"))
    view = window.tabs.current_view()
    assert isinstance(view, BudgetView)
    qtbot.waitUntil(lambda: view.run_button.isVisible() and view.run_button.width() < 600)  # laid out, on screen
    return view


def _choose(qtbot, combo, text: str) -> None:
    """Pick a combo box entry the way a keyboard user does: Home, then Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text)


def _run(qtbot, view):
    with qtbot.waitSignal(view.recommendation_shown, timeout=60_000) as blocker:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_flexible_profit_by_host_then_a_scenario_in_one_undoable_step(window, qtbot):
    view = _budget_tab(window, qtbot)
    demo = window.context.campaign_id
    store = window.context.store
    _choose(qtbot, view.objective, "Profit")
    _choose(qtbot, view.mode, "Flexible")
    assert not view.budget.isEnabled() and view.target_roi.isEnabled()
    _choose(qtbot, view.by, "Hosts")
    rec = _run(qtbot, view)
    assert rec.mode == "flexible" and rec.objective == "profit" and rec.by == "host"
    assert view.model.rowCount() == len(rec.items) == len({s.host_id for s in store.sessions(demo)})
    assert "Worth buying" in view.notes.toPlainText() and "paired draws" in view.notes.toPlainText()
    assert "marginal profit 0" in view.notes.toPlainText()
    assert len(view.chart.plots) == len(rec.items)  # one response curve per host
    funded = [i for i in rec.items if i.recommended > 0]
    assert funded
    row = rec.items.index(funded[0])
    assert view.model.index(row, RECOMMENDED).data() == f"{funded[0].recommended:,.0f}"
    _shot(window, "budget_flexible_profit_hosts.png")

    before = {c.id for c in store.campaigns()}
    assert view.scenario_button.isEnabled()
    with qtbot.waitSignal(view.scenario_created, timeout=10_000) as created:
        qtbot.mouseClick(view.scenario_button, Qt.MouseButton.LeftButton)
    source, new_id = created.args
    assert source == demo and {c.id for c in store.campaigns()} == before | {new_id}
    scenario = store.campaign(new_id)
    assert scenario.parent_id == demo and "recommended for profit" in scenario.name
    spend = dict(rec.session_spend)
    copies, originals = store.sessions(new_id), store.sessions(demo)
    assert [s.paid_budget for s in copies] == pytest.approx([round(spend.get(s.id, s.paid_budget), 2)
                                                             for s in originals])
    # The Scenario comparison shows it against today at once.
    charts = window.tabs.current_view()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Charts"
    chart = charts.scenarios
    assert chart.selected_ids() == [demo, new_id]
    qtbot.waitUntil(lambda: chart.comparison is not None
                    and [r.campaign_id for r in chart.comparison.scenarios] == [demo, new_id], timeout=60_000)
    qtbot.wait(200)
    _shot(window, "budget_scenario_comparison.png")

    assert window.undo_action.text().endswith("Create scenario from recommendation")
    window.undo_action.trigger()
    assert {c.id for c in store.campaigns()} == before  # undo removes the scenario
    assert store.sessions(demo) == originals


def test_bounds_typed_in_the_table_bind_and_are_said(window, qtbot):
    view = _budget_tab(window, qtbot)
    rec = _run(qtbot, view)  # net GMV, today's budget, by platform
    row = next(i for i, item in enumerate(rec.items) if item.key == "kuaishou")
    assert rec.items[row].recommended == 0
    index = view.model.index(row, MIN)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.table.state() == view.table.State.EditingState, timeout=2000)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "25%")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.index(row, MIN).data() == "25%", timeout=2000)
    rec = _run(qtbot, view)
    item = rec.items[row]
    assert item.recommended == pytest.approx(0.25 * rec.budget) and item.bound == "minimum"
    assert view.model.index(row, NOTE).data().startswith("at its minimum")
    assert "Kuaishou is held at its minimum" in view.notes.toPlainText()
    _shot(window, "budget_fixed_bound.png")


def test_bad_input_is_shown_in_the_form(window, qtbot):
    view = _budget_tab(window, qtbot)
    _choose(qtbot, view.mode, "Flexible")  # net GMV, no target ROI: no natural stopping point
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.message.isVisible() and "give a target ROI" in view.message.text()
    assert view.rec is None and not view.scenario_button.isEnabled()
    # A bound that is not a number is refused in its cell, with the reason.
    _choose(qtbot, view.mode, "Fixed")
    _run(qtbot, view)
    assert not view.model.setData(view.model.index(0, MIN), "lots")
    assert "is not an amount or a share" in view.message.text()


def test_cancel_leaves_nothing_half_shown(window, qtbot):
    view = _budget_tab(window, qtbot)
    shown = []
    view.recommendation_shown.connect(shown.append)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible() and view.progress.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view.run_button.isEnabled() and not view.cancel_button.isVisible()
    qtbot.wait(1500)
    assert shown == [] and view.rec is None
