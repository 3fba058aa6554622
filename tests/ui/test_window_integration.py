"""The main window's newer parts: Problems dock, Edit campaign, the real Charts tab, File menu exchange."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from planner.storage import PlanStore


def _menu_actions(window, title):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a for a in menu.actions() if not a.isSeparator()]


def test_file_menu_has_import_and_export_with_shortcuts(window):
    texts = {a.text().replace("&", ""): a for a in _menu_actions(window, "File")}
    for name in ("Import hosts…", "Import sessions…", "Export schedule…", "Export host roster…"):
        assert name in texts
    assert texts["Import hosts…"].shortcut() == QKeySequence("Ctrl+I")
    assert texts["Export schedule…"].shortcut() == QKeySequence("Ctrl+Shift+E")
    # sessions go into a campaign: without one selected the action is off
    assert window.actions.import_sessions.isEnabled()
    window.context.select_campaign(None)
    assert not window.actions.import_sessions.isEnabled()
    assert not window.actions.edit_campaign.isEnabled()


def test_import_hosts_action_opens_the_dialog(window, qtbot):
    window.actions.import_hosts.trigger()
    dialog = window.files._dialogs[-1]
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Import hosts"
    assert not dialog.import_button.isEnabled()  # nothing to import before a file is chosen
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.files._dialogs == []


def test_problems_dock_lists_demo_notes_and_clicks_through(window, qtbot):
    dock, panel = window.problems_dock, window.problems
    assert dock.isVisible() and window.actions.show_problems.isChecked()
    qtbot.waitUntil(lambda: "note" in panel.summary.text())
    conflicts = panel.conflicts()
    assert conflicts and panel.model.rowCount() == len(conflicts)
    labels = {panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
    assert "Outside prime time" in labels or "Public holiday" in labels
    assert "note" in panel.summary.text()

    window.tabs.setCurrentWidget(window.overview)
    row = 0
    sid = panel.model.conflict(row).session_ids[0]
    index = panel.model.index(row, 2)
    with qtbot.waitSignal(window.context.session_activated) as activated:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.view.visualRect(index).center())
    assert activated.args == [sid]
    assert window.tabs.current_view() is window.sessions  # the session is shown …
    assert window.sessions.selected_session_ids() == [sid]  # … and selected

    window.actions.show_problems.trigger()  # View ▸ Problems hides and shows it
    assert not dock.isVisible()
    window.actions.show_problems.trigger()
    assert dock.isVisible()
    dock.close()
    assert not window.actions.show_problems.isChecked()


def test_problems_dock_follows_an_edit_and_the_plan(window, qtbot, tmp_path):
    from dataclasses import replace
    from datetime import timedelta

    from planner.storage.edits import UpdateSessions

    panel = window.problems
    qtbot.waitUntil(lambda: "0 error(s)" in panel.summary.text())
    store = window.context.store
    a, b = store.sessions(window.context.campaign_id)[:2]
    moved = replace(b, host_id=a.host_id, start=a.start + timedelta(minutes=30))  # same host, overlapping
    window.context.apply(UpdateSessions((moved,), label="Move"))
    qtbot.waitUntil(lambda: "1 error(s)" in panel.summary.text())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "0 error(s)" in panel.summary.text())
    # another plan: the dock shows that plan's (empty) list
    other = tmp_path / "other.sqlite"
    PlanStore.open(other, seed_demo=False).close()
    assert window.open_plan(other)
    assert window.problems is not panel and window.problems_dock.widget() is window.problems
    assert window.problems.model.rowCount() == 0
    qtbot.waitUntil(lambda: "No schedule problems" in window.problems.summary.text())


def test_edit_campaign_and_undo(window, qtbot):
    cid = window.context.campaign_id
    store = window.context.store
    old = store.campaign(cid)
    assert window.actions.edit_campaign.isEnabled()
    assert "Edit campaign…" in [a.text().replace("&", "") for a in _menu_actions(window, "Campaign")]
    dialog = window.campaign_edit_dialog(cid)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit campaign" and dialog.name.text() == old.name
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Summer relaunch")
    dialog.brand.setText("花西子")  # CJK cannot be typed through QTest here
    assert dialog.ok_button.isEnabled()
    assert window.accept_campaign_edit(dialog)
    assert store.campaign(cid).name == "Summer relaunch" and store.campaign(cid).brand == "花西子"
    assert store.session_count(cid) == 20  # the sessions stay with the campaign
    tree = window.campaigns.tree_model
    assert tree.itemFromIndex(tree.index_of(cid)).text().startswith("Summer relaunch")
    assert window.undo_action.text() == "Undo Edit campaign Summer relaunch"
    window.undo_action.trigger()
    assert store.campaign(cid) == old
    assert tree.itemFromIndex(tree.index_of(cid)).text() == old.name or \
        tree.itemFromIndex(tree.index_of(cid)).text().startswith(old.name)


def test_edit_campaign_refuses_invalid_input(window, qtbot):
    dialog = window.campaign_edit_dialog(window.context.campaign_id)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["name"].text() == "must not be empty"


def test_charts_tab_shows_the_real_charts_view(window, qtbot):
    from planner.ui.charts import ChartsView

    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Charts" in titles
    window.tabs.setCurrentIndex(titles.index("Charts"))
    assert isinstance(window.tabs.current_view(), ChartsView)  # not the "not available yet" placeholder


def test_changing_the_currency_in_the_campaign_dialog_converts_and_undoes(window, qtbot):
    """Campaign ▸ Edit, currency CNY → EUR: budget and session fees convert at the plan's rate (shown in the undo
    label); Undo restores the CNY figures; a currency without a rate is refused inside the form."""
    store = window.context.store
    cid = window.context.campaign_id
    old, old_sessions = store.campaign(cid), store.sessions(cid)
    rate = store.fx_rates()["EUR"].cny_per_unit
    dialog = window.campaign_edit_dialog(cid)
    qtbot.addWidget(dialog)
    dialog.currency.setCurrentText("EUR")
    assert window.accept_campaign_edit(dialog)
    new = store.campaign(cid)
    assert new.currency == "EUR" and abs(new.budget - old.budget / rate) < 0.01
    assert abs(store.sessions(cid)[0].slot_fee - old_sessions[0].slot_fee / rate) < 0.01
    assert "EUR per CNY" in window.undo_action.text()
    window.undo_action.trigger()
    assert store.campaign(cid) == old and store.sessions(cid) == old_sessions
    dialog = window.campaign_edit_dialog(cid)
    qtbot.addWidget(dialog)
    from planner.domain.models import CURRENCIES

    missing = sorted(CURRENCIES - set(store.fx_rates()) - {"CNY"})[0]
    dialog.currency.setCurrentText(missing)
    assert not window.accept_campaign_edit(dialog)
    assert f"no exchange rate for {missing}" in dialog.general.text()
    assert store.campaign(cid) == old


def test_campaign_dialog_sets_the_campaigns_own_product_figures(window, qtbot):
    """Order value, conversion and return rate of the campaign's product override the library (0 = library)."""
    store = window.context.store
    cid = window.context.campaign_id
    dialog = window.campaign_edit_dialog(cid)
    qtbot.addWidget(dialog)
    assert dialog.conversion_rate.text() == "library figure"
    dialog.conversion_rate.setValue(1.0)
    dialog.avg_order_value.setValue(320)
    dialog.currency.setCurrentText("EUR")
    assert "converts the budget" in dialog.errors["currency"].text()  # said before OK, not relabelled
    dialog.currency.setCurrentText(store.campaign(cid).currency)
    assert window.accept_campaign_edit(dialog)
    c = store.campaign(cid)
    assert (c.conversion_rate, c.avg_order_value, c.return_rate) == (0.01, 320, None)
