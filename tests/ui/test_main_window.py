"""The main window driven like a marketer would: dialogs typed into, cells edited, undo, reopen."""

from __future__ import annotations

import sys

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.storage import PlanStore
from planner.ui.models.metrics import PLATFORM_METRICS
from planner.ui.dialogs.campaign_dialog import CampaignDialog
from planner.ui.dialogs.host_dialog import HostDialog
from tests.ui.conftest import wait_projection


def _col(model, key):
    return [c.key for c in model.columns].index(key)


def _set_cell(model, row, key, value):
    return model.setData(model.index(row, _col(model, key)), value, Qt.ItemDataRole.EditRole)


def test_window_shows_demo_plan_with_projection(window, qtbot):
    assert window.tabs.count() >= 4
    assert [window.tabs.tabText(i) for i in range(4)] == ["Overview", "Sessions", "Hosts", "Benchmarks"]
    assert window.context.campaign_id is not None
    assert window.sessions.model.rowCount() == 20
    assert window.hint.isVisible()  # first run: the demo plan with a hint how to start
    proj = wait_projection(qtbot, window)
    card = window.overview.cards["gmv"]
    qtbot.waitUntil(lambda: "P10–P90" in card.range.text())
    assert card.value.text().startswith("CNY ")
    assert "," in card.value.text()  # thousands separators
    pm = window.overview.platform_model
    assert pm.rowCount() == len(proj.by_platform) + 2  # + the campaign's other costs + the total
    cost_col = 1 + [m.key for m in PLATFORM_METRICS].index("cost")
    labels = [pm.index(r, 0).data() for r in range(pm.rowCount())]
    assert labels[-2:] == ["Other costs (campaign, 其他成本)", "Total (合计)"]
    # the Total row says what the Cost card says, and the rows above add up to it
    qtbot.waitUntil(lambda: pm.index(pm.rowCount() - 1, cost_col).data() == window.overview.cards["cost"].value.text())
    # v2 headline: every row shows its own median (P50), and medians do not add up; the tooltip gives the
    # average outcome, the figure that does.
    total = pm.index(pm.rowCount() - 1, cost_col)
    assert "average outcome" in total.data(Qt.ItemDataRole.ToolTipRole) and "Median" in total.data(
        Qt.ItemDataRole.ToolTipRole)
    assert "average outcome" in window.overview.cards["cost"].range.text()
    assert "slots" in window.overview.slot_share.text() and "%" in window.overview.slot_share.text()
    body = window.overview.findChild(QWidget, "overview_body")
    assert window.overview.slot_share.isVisibleTo(body)  # on the page, not a label nobody sees
    assert "ROI = net GMV ÷ cost" in window.overview.cards["roi"].toolTip()
    # projection columns in Sessions filled from the same projection
    model = window.sessions.model
    qtbot.waitUntil(lambda: model.index(0, _col(model, "exp_gmv")).data() not in ("…", "—"))
    import re

    assert "plan.sqlite" in window._plan_label.text()
    assert re.search(r"last written (today|\d{4}-\d\d-\d\d) \d\d:\d\d:\d\d$", window._plan_label.text())
    assert _set_cell(model, 0, "slot_fee", 4321)  # written now: said the same way
    assert re.search(r"last written today \d\d:\d\d:\d\d$", window._plan_label.text())


def test_tables_are_built_when_first_shown_and_start_with_the_latest_projection(window, qtbot):
    pages = [window.tabs.widget(i) for i in (1, 2, 3)]
    assert not any(page.is_built for page in pages)  # the window came up without building the tables
    proj = wait_projection(qtbot, window)
    window.tabs.setCurrentIndex(1)  # a click on the Sessions tab
    assert pages[0].is_built and window.tabs.current_view() is window.sessions
    model = window.sessions.model
    # built after the projection landed: the columns show it at once, without another run
    row = model.row_of(proj.sessions[0].session_id)
    assert model.index(row, _col(model, "exp_gmv")).data() not in ("…", "—")
    window.tabs.setCurrentWidget(window.hosts)  # the view stands for its page
    assert window.tabs.currentIndex() == 2 and window.tabs.indexOf(window.hosts) == 2
    assert not pages[2].is_built


def test_create_campaign_host_session_through_dialogs(window, qtbot, plan_path):
    # New campaign: typed name; OK is disabled while the name is empty (the domain's rule)
    dialog = CampaignDialog(parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["name"].text() == "must not be empty"
    qtbot.keyClicks(dialog.name, "Double 11 hair care")
    assert dialog.ok_button.isEnabled()
    dialog.budget.selectAll()
    qtbot.keyClicks(dialog.budget, "250000")
    assert window.accept_campaign(dialog)
    cid = window.context.campaign_id
    assert window.context.store.campaign(cid).name == "Double 11 hair care"
    assert window.context.store.campaign(cid).budget == 250000
    assert window.sessions.model.rowCount() == 0
    # a campaign without sessions: the Overview shows the projection's message instead of numbers
    qtbot.waitUntil(lambda: window.overview.message.isVisible(), timeout=15000)
    assert window.overview.message.text()

    # New host, typed; a negative slot fee is refused at the field with the domain's message
    hd = HostDialog(window.context.store, window)
    qtbot.addWidget(hd)
    qtbot.keyClicks(hd.name, "Test host")
    hd.name.insert(" 测试主播")  # QTest can only type ASCII; CJK goes through the input method
    qtbot.keyClicks(hd.followers, "450000")
    hd.slot_fee.selectAll()
    qtbot.keyClicks(hd.slot_fee, "-5000")
    assert hd.slot_fee.value() == -5000
    assert hd.errors["slot_fee"].isVisible() or hd.errors["slot_fee"].text()
    assert "must be 0 or more" in hd.errors["slot_fee"].text()
    assert not hd.ok_button.isEnabled()
    hd.slot_fee.selectAll()
    qtbot.keyClicks(hd.slot_fee, "12000")
    hd.commission_rate.selectAll()
    qtbot.keyClicks(hd.commission_rate, "15")
    assert hd.ok_button.isEnabled()
    assert window.accept_host(hd)
    host = [h for h in window.context.store.hosts() if h.name == "Test host 测试主播"][0]
    assert host.slot_fee == 12000 and abs(host.commission_rate - 0.15) < 1e-9
    assert window.hosts.model.row_of(host.id) >= 0

    # New session: pick the host by typing, defaults come from the host
    sd = window.session_dialog()
    qtbot.addWidget(sd)
    sd.host.lineEdit().clear()
    qtbot.keyClicks(sd.host.lineEdit(), "Li")
    sd.host.lineEdit().insert("佳琦")  # as an input method would (QTest types Latin-1 only): nobody of that name
    assert not sd.ok_button.isEnabled()
    assert "no host in the roster is called “Li佳琦”" in sd.errors["host_id"].text()
    sd.host.lineEdit().clear()
    full = sd.host.itemText(sd.host.findData(host.id))  # "Test host 测试主播 · <platform>", typed in full
    qtbot.keyClicks(sd.host.lineEdit(), "Test host ")
    sd.host.lineEdit().insert(full[len("Test host "):])
    assert sd.chosen_host_id() == host.id
    assert sd.slot_fee.value() == 12000
    assert abs(sd.commission.value() - 15) < 1e-9
    from PySide6.QtWidgets import QDateTimeEdit

    sd.at.setFocus()
    sd.at.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(sd.at, "21:30")
    assert sd.local.text()  # the user's own time beside China time
    assert sd.ok_button.isEnabled()
    # What the brand bought: a slot by default (not a store host); brand minutes above the duration are refused
    assert sd.session_type.currentData() == "slot"
    sd.brand_minutes.setValue(500)
    assert not sd.ok_button.isEnabled()
    assert "cannot exceed the session's duration (180 min)" in sd.errors["brand_minutes"].text()
    sd.brand_minutes.setValue(12)
    assert sd.ok_button.isEnabled()
    assert window.accept_session(sd)
    assert window.sessions.model.rowCount() == 1
    start = window.sessions.model.index(0, 0).data()
    assert start.endswith("21:30")
    qtbot.waitUntil(lambda: not window.overview.message.isVisible(), timeout=15000)

    # reopen from disk: everything is there (no Save)
    window.close()
    with PlanStore.open(plan_path) as store:
        c = store.campaign(cid)
        assert c.name == "Double 11 hair care"
        assert [s.host_id for s in store.sessions(cid)] == [host.id]
        assert store.sessions(cid)[0].slot_fee == 12000
        assert (store.sessions(cid)[0].session_type, store.sessions(cid)[0].brand_minutes) == ("slot", 12)


def test_edit_cell_updates_overview_and_undo_redo(window, qtbot):
    model = window.sessions.model
    before = wait_projection(qtbot, window).expected["cost"]
    assert _set_cell(model, 0, "paid", 500000.0)
    sid = model.session_id(0)
    assert window.context.store.session(sid).paid_budget == 500000
    host = model.index(0, _col(model, "host")).data()
    start = model.index(0, _col(model, "start")).data()  # "2027-05-25 Tue 20:00"
    # Edit ▸ Undo names the field and the session: which of 10,000 edits is this?
    assert window.undo_action.text() == f"Undo Edit paid traffic · {host} {start[5:10]} {start[-5:]}"
    qtbot.waitUntil(lambda: window.runner.latest is not None and window.runner.latest.expected["cost"] > before + 1,
                    timeout=15000)
    cost_text = window.overview.cards["cost"].value.text()
    window.undo_action.trigger()
    assert window.context.store.session(sid).paid_budget != 500000
    qtbot.waitUntil(lambda: window.overview.cards["cost"].value.text() != cost_text, timeout=15000)
    assert window.redo_action.text().startswith("Redo Edit paid traffic · ")
    window.redo_action.trigger()
    assert window.context.store.session(sid).paid_budget == 500000


def test_a_cell_edit_rereads_its_row_only_and_a_moved_session_takes_its_place(window, qtbot):
    from dataclasses import replace
    from datetime import timedelta

    from planner.storage.edits import UpdateSessions

    model = window.sessions.model
    before = [model.record(r) for r in range(model.rowCount())]
    assert _set_cell(model, 0, "slot_fee", 12345)
    assert model.record(0).slot_fee == 12345 and model.index(0, _col(model, "slot_fee")).data() == "CNY 12,345"
    assert all(model.record(r) is before[r] for r in range(1, len(before)))  # the others were not re-read
    window.undo_action.trigger()
    assert model.record(0).slot_fee == before[0].slot_fee

    first = window.context.store.session(before[0].id)
    window.context.apply(UpdateSessions((replace(first, start=first.start + timedelta(days=3)),)))
    starts = [model.record(r).start_utc for r in range(model.rowCount())]
    assert starts == sorted(starts) and model.record(0).id != first.id  # re-read and in China-time order


def test_deleting_and_adding_sessions_changes_only_their_rows(window, qtbot):
    from dataclasses import replace
    from datetime import timedelta

    from planner.storage.edits import AddSessions, DeleteSessions

    model = window.sessions.model
    before = [model.record(r) for r in range(model.rowCount())]
    gone = (before[3].id, before[7].id)
    window.context.apply(DeleteSessions(gone))
    after = [model.record(r) for r in range(model.rowCount())]
    assert [r.id for r in after] == [r.id for r in before if r.id not in gone]
    assert all(any(a is b for b in before) for a in after)  # the others were not re-read
    window.undo_action.trigger()  # back in their China-time places
    assert [model.record(r).id for r in range(model.rowCount())] == [r.id for r in before]
    assert window.sessions.summary.text().startswith(f"{len(before)} sessions")
    first = window.context.store.session(before[0].id)
    window.context.apply(AddSessions((replace(first, id=None, start=first.start + timedelta(minutes=1)),)))
    rows = [model.record(r) for r in range(model.rowCount())]
    assert len(rows) == len(before) + 1 and rows[0] is before[0] and rows[1].id not in {r.id for r in before}
    assert [r.start_utc for r in rows] == sorted(r.start_utc for r in rows)


def test_invalid_cell_edit_is_refused_with_message(window, qtbot):
    model = window.sessions.model
    sid = model.session_id(0)
    old = window.context.store.session(sid).slot_fee
    messages = []
    model.edit_refused.connect(messages.append)
    assert not _set_cell(model, 0, "slot_fee", -10.0)
    assert window.context.store.session(sid).slot_fee == old
    index = model.index(0, _col(model, "slot_fee"))
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Slot fee: must be 0 or more"  # in the table's words
    assert messages == ["Slot fee: must be 0 or more"]
    assert "must be 0 or more" in window.statusBar().currentMessage()
    assert not window.context.undo_stack.canUndo()
    # a valid edit clears the mark
    assert _set_cell(model, 0, "slot_fee", 1234.0)
    assert "must be 0 or more" not in (model.index(0, _col(model, "slot_fee")).data(Qt.ItemDataRole.ToolTipRole) or "")


def test_editor_commits_through_delegate(window, qtbot):
    window.tabs.setCurrentWidget(window.hosts)
    view = window.hosts.table.view
    model = window.hosts.model
    column = _col(model, "name")
    index = window.hosts.table.proxy.index(0, column)
    view.setCurrentIndex(index)
    view.edit(index)
    from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

    editors = view.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed host")
    assert editor.text() == "Renamed host"
    view.commitData(editor)  # what Return / Tab / leaving the cell do
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    hid = model.host_id(window.hosts.table.proxy.mapToSource(index).row())
    assert window.context.store.host(hid).name == "Renamed host"


def test_delete_and_undo_sessions_hosts_campaign(window, qtbot):
    model = window.sessions.model
    window.tabs.setCurrentWidget(window.sessions)
    window.sessions.table.view.setFocus()
    window.sessions.table.view.selectRow(0)
    sid = model.session_id(window.sessions.table.selected_source_rows()[0])
    window.actions.delete.trigger()
    assert model.rowCount() == 19
    assert "Delete session" in window.undo_action.text()
    window.undo_action.trigger()
    assert model.rowCount() == 20 and model.row_of(sid) >= 0

    # a host goes with its sessions (said first), and comes back with them
    from message_box_driver import answer_message_box

    window.tabs.setCurrentWidget(window.hosts)
    window.hosts.table.view.setFocus()
    window.hosts.table.view.selectRow(0)
    n_hosts = window.hosts.model.rowCount()
    asked = answer_message_box("Delete")
    window.actions.delete.trigger()
    assert asked["texts"] and "sessions booked with this host, in DEMO · 618" in asked["texts"][0]
    assert window.hosts.model.rowCount() == n_hosts - 1
    assert model.rowCount() < 20
    window.undo_action.trigger()
    assert window.hosts.model.rowCount() == n_hosts and model.rowCount() == 20

    # the campaign (from the campaign list), saying its sessions go too
    cid = window.context.campaign_id
    from PySide6.QtWidgets import QApplication

    qtbot.wait(50)  # the question box goes; the window is active again
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.campaigns.setFocus()
    asked = answer_message_box("Delete")
    window.actions.delete.trigger()
    assert "and its 20 sessions" in " ".join(asked["texts"])
    assert window.campaigns.tree_model.rowCount() == 0
    window.undo_action.trigger()
    assert window.campaigns.tree_model.index_of(cid) is not None
    assert window.context.campaign_id == cid  # what came back is what is shown
    assert window.sessions.model.rowCount() == 20


def test_duplicate_as_scenario_and_reopen(window, qtbot, plan_path, monkeypatch):
    original = window.context.campaign_id
    model = window.sessions.model
    reads = []
    real = model.load_rows
    monkeypatch.setattr(model, "load_rows", lambda: reads.append(window.context.campaign_id) or real())
    window.actions.duplicate_scenario.trigger()
    scenario = window.context.campaign_id
    assert scenario != original
    assert reads == [scenario]  # the sessions are read once, for the scenario (10,000 take ~50 ms)
    window.undo_action.trigger()  # the scenario goes; its campaign is shown again, read once
    assert window.context.campaign_id == original and reads == [scenario, original]
    window.redo_action.trigger()
    assert window.context.campaign_id == scenario  # redone: the scenario is shown again
    tree = window.campaigns.tree_model
    parent_item = tree.itemFromIndex(tree.index_of(original))
    assert parent_item.rowCount() == 1  # the scenario sits beneath its campaign
    assert window.sessions.model.rowCount() == 20
    wait_projection(qtbot, window)
    window.close()
    with PlanStore.open(plan_path) as store:
        assert store.campaign(scenario).parent_id == original
        assert store.session_count(scenario) == 20


def test_benchmarks_table_marks_basis_and_user_changes(window, qtbot):
    model = window.benchmarks.model
    basis_col = _col(model, "basis")
    texts = {model.index(r, basis_col).data() for r in range(model.rowCount())}
    assert "≈ estimate" in texts and "? assumption" in texts and "✔ sourced" in texts
    row = 0
    assert model.index(row, 0).data() == ""
    fig = model.record(row)
    new_value = fig.low if fig.low is not None else fig.value * 1.1
    assert _set_cell(model, row, "value", f"{new_value:,.2f}")  # thousands separators are understood
    assert _set_cell(model, row, "source", "Our agency's 2026 data")
    row = model.row_of(fig.id)
    assert model.index(row, 0).data() == "✎"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Changed by you")
    assert model.index(row, _col(model, "source")).data() == "Our agency's 2026 data"
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    # the domain refuses a median above P90
    if model.record(row).high is not None:
        assert not _set_cell(model, row, "value", str(model.record(row).high * 10))
    # a rate typed as a percentage
    conv = next(r for r in range(model.rowCount()) if model.record(r).metric == "conversion_rate"
                and model.record(r).low is not None and model.record(r).low <= 0.04 <= model.record(r).high
                and model.record(r).value != 0.04)
    # names a marketer reads, with the library's keys in the tooltip
    row_of_conv = model.row_of(model.record(conv).id)
    assert model.index(row_of_conv, _col(model, "metric")).data() == "Conversion rate · 看播转化率"
    assert "conversion_rate" in model.index(row_of_conv, _col(model, "metric")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row_of_conv, _col(model, "platform")).data() != model.record(conv).platform
    from planner.ui.models.metrics import BENCHMARK_METRIC_LABELS

    assert {model.record(r).metric for r in range(model.rowCount())} <= set(BENCHMARK_METRIC_LABELS)
    assert _set_cell(model, conv, "value", "4%")
    assert abs(model.record(model.row_of(model.record(conv).id)).value - 0.04) < 1e-12


def test_filter_box_filters_sessions(window, qtbot):
    table = window.sessions.table
    qtbot.keyClicks(table.filter, "douyin")
    qtbot.waitUntil(lambda: 0 < table.proxy.rowCount() < 20)
    assert all("Douyin" in table.proxy.index(r, 4).data() for r in range(table.proxy.rowCount()))
    table.filter.clear()
    qtbot.waitUntil(lambda: table.proxy.rowCount() == 20)


def test_open_non_plan_file_keeps_current_plan(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a plan")
    before = window.context.store.path
    assert not window.open_plan(bogus)
    assert shown and "not a plan file" in shown[0]
    assert window.context.store.path == before
    assert window.sessions.model.rowCount() == 20


def test_open_other_plan_and_recent_list(window, qtbot, tmp_path):
    from planner.ui import settings

    other = tmp_path / "other.sqlite"
    PlanStore.open(other, seed_demo=False).close()
    assert window.open_plan(other)
    assert window.context.store.path == other
    assert window.campaigns.tree_model.rowCount() == 0
    assert settings.recent_plans()[0] == str(other)
    assert settings.last_plan() == str(other)


def test_save_copy(window, tmp_path, monkeypatch):
    import planner.ui.dialogs.plan_files as pf

    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(pf, "ask_copy_path", lambda *_a: str(target))
    window.actions.save_copy.trigger()
    with PlanStore.open(target, create=False) as copy:
        assert copy.session_count() == 20


@pytest.mark.parametrize("where", ["thread", "helper process"])
def test_explain_dialog_shows_steps(window, qtbot, monkeypatch, where):
    from planner.domain.explain import explain_session
    from planner.ui import offload
    from planner.ui.dialogs.explain_dialog import ExplainDialog
    from planner.ui.models import projection_runner

    monkeypatch.setattr(projection_runner, "PROCESS_MIN_SESSIONS", 1 if where == "helper process" else 10**9)
    sid = window.sessions.model.session_id(0)
    try:
        closed_early = ExplainDialog(window.context, sid, "closed at once", window)
        closed_early.close()
        closed_early.deleteLater()  # its result still arrives, to nobody
        dialog = ExplainDialog(window.context, sid, "test", window)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=30000)
    finally:
        offload.reset("projection")
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    cid = window.context.campaign_id
    expected = explain_session(window.context.store.load_plan([cid]), cid, sid)
    assert labels == [step.label for step in expected.steps]
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(len(labels))}
    assert shown["Commission rate"].endswith("%") and shown["GMV"].startswith("CNY ")  # not 0.22, 3460694
    assert shown["ROI"].endswith("×") and shown["Viewers"].endswith(" viewers")
    assert dialog.heading.text().startswith("The trace:")  # named as what it is: every input at its median


def test_why_from_the_menu_explains_the_selected_session_or_says_how(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from planner.ui.dialogs.explain_dialog import ExplainDialog

    def open_dialogs():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, ExplainDialog) and w.isVisible()]

    window.tabs.setCurrentWidget(window.overview)
    window.actions.explain_session.trigger()  # nothing selected anywhere
    assert not open_dialogs()
    assert window.tabs.current_view() is window.sessions
    assert "Select a session" in window.statusBar().currentMessage()
    window.sessions.table.view.selectRow(0)
    window.actions.explain_session.trigger()
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1)
    for dialog in open_dialogs():
        dialog.close()


def test_display_zone_changes_local_column(window, qtbot):
    model = window.sessions.model
    col = _col(model, "local")
    window.context.set_display_zone("Asia/Tokyo")
    tokyo = model.index(0, col).data()
    window.context.set_display_zone("Europe/Rome")
    assert model.index(0, col).data() != tokyo
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Your time (Rome)"


def test_delete_on_other_tabs_never_deletes_the_campaign(window, qtbot):
    store = window.context.store
    n_campaigns, n_sessions = len(store.campaigns()), store.session_count()
    for tab in (window.overview, window.tabs.widget(4)):  # Overview, then the Calendar
        window.tabs.setCurrentWidget(tab)
        tab.setFocus()
        window.actions.delete.trigger()
    assert (len(store.campaigns()), store.session_count()) == (n_campaigns, n_sessions)
    assert "Nothing to delete here" in window.statusBar().currentMessage()

    # On the calendar, Delete removes the session selected there, and only that.
    calendar = window.tabs.widget(4).view
    sid = store.sessions(window.context.campaign_id)[0].id
    window.context.session_activated.emit(sid)
    qtbot.waitUntil(lambda: calendar.canvas.selected() == sid)
    window.tabs.setCurrentIndex(4)
    window.actions.delete.trigger()
    assert store.session_count() == n_sessions - 1 and len(store.campaigns()) == n_campaigns
    window.undo_action.trigger()
    assert store.session_count() == n_sessions


def test_overview_warns_when_projected_cost_exceeds_budget(window, qtbot):
    from dataclasses import replace

    from planner.storage.edits import UpdateCampaign

    wait_projection(qtbot, window)
    note = window.overview.budget_note
    camp = window.context.store.campaign(window.context.campaign_id)
    window.context.apply(UpdateCampaign(replace(camp, budget=100_000.0)))
    qtbot.waitUntil(lambda: note.isVisible() and "the budget CNY 100,000" in note.text(), timeout=15000)
    assert "itself over budget" in note.text()  # slot fees and paid traffic alone exceed 100k
    window.context.apply(UpdateCampaign(replace(camp, budget=1e9)))
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: "median" in window.overview.cards["gmv"].range.text(), timeout=15000)


def test_hosts_show_derived_tier_and_accept_chinese_number_forms(window, qtbot):
    model = window.hosts.model
    row = next(r for r in range(model.rowCount()) if model.record(r).name.startswith("Vivi Beauty"))
    assert model.index(row, _col(model, "tier")).data() == "Waist (腰部) · from followers"  # 4.2M followers
    assert _set_cell(model, row, "followers", "1.2万")
    assert window.context.store.host(model.record(row).id).followers == 12_000
    row = model.row_of(model.record(row).id) if hasattr(model, "row_of") else row
    assert model.index(row, _col(model, "tier")).data() == "Tail (尾部) · from followers"


def test_a_fresh_form_shows_what_is_needed_in_grey_and_mistakes_in_red(window, qtbot):
    from planner.ui.dialogs.form import ERROR_STYLE, HINT_STYLE

    dialog = HostDialog(window.context.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.errors["name"]
    assert label.text() and label.styleSheet() == HINT_STYLE and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name, "x")
    dialog.name.clear()  # typed, then emptied again: now it is a mistake
    assert label.text() and label.styleSheet() == ERROR_STYLE


def test_later_tabs_are_warmed_up_off_the_ui_thread_once_started(qtbot, monkeypatch, plan_path):
    import threading

    from planner.ui import main_window

    threads = []
    real = main_window.warm_up
    # patched before the window exists: its warm-up timer may fire before a slow machine hands over control
    monkeypatch.setattr(main_window, "warm_up", lambda: threads.append(threading.current_thread()) or real())
    window = main_window.open_main_window(plan_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.warmed_up, timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    from planner.domain import holidays_cn

    assert holidays_cn.is_warm() and "planner.ui.charts.charts_view" in sys.modules
    window.close()


def test_a_big_campaign_is_read_off_the_ui_thread_and_shown_when_read(window, qtbot, monkeypatch):
    from planner.ui.models.sessions_model import SessionsModel

    view, model = window.sessions, window.sessions.model
    demo = window.context.campaign_id
    ids = [model.session_id(r) for r in range(model.rowCount())]
    monkeypatch.setattr(SessionsModel, "ASYNC_MIN_ROWS", 1)  # the demo's 20 sessions count as "big" here
    window.actions.duplicate_scenario.trigger()  # selects the scenario: read on a worker
    assert model.loading and model.rowCount() == 0  # the campaign's rows never stand for the scenario's
    assert view.summary.text() == "Reading sessions…"
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert model.rowCount() == 20 and view.summary.text().startswith("20 sessions")
    window.context.select_campaign(demo)
    view.select_session(ids[5])  # chosen while the campaign is being read: selected once it is in
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert [model.session_id(r) for r in range(model.rowCount())] == ids
    assert view.selected_session_ids() == [ids[5]]
    assert _set_cell(model, 0, "slot_fee", 4321)  # a small edit still changes just its row, at once
    assert not model.loading and model.index(0, _col(model, "slot_fee")).data() == "CNY 4,321"


def _standard_key_schemes() -> dict[str, dict[str, list[str]]]:
    """Every platform's bindings of Qt's standard keys: the running platform's from QKeySequence.keyBindings,
    the others as Qt answered on them (tests/ui/standard_keys.json, see record_standard_keys.py)."""
    import json
    from pathlib import Path

    from PySide6.QtGui import QKeySequence

    recorded = json.loads((Path(__file__).with_name("standard_keys.json")).read_text(encoding="utf-8"))
    schemes = {name: entry["bindings"] for name, entry in recorded.items()}
    schemes["running"] = {k.name: [b.toString() for b in QKeySequence.keyBindings(k)] for k in QKeySequence.StandardKey}
    return schemes


#: Standard keys that act only inside a text field (never as a window's action), so an action may share
#: the key: the field takes it while it has the focus, the action everywhere else.
TEXT_FIELD_KEYS = {"Italic", "MoveToEndOfLine", "Deselect", "DeleteEndOfWord"}


def test_every_menu_shortcut_is_unique_on_every_platform_and_quit_has_one(window, qtbot):
    """Two actions on one key do nothing at all ("Ambiguous shortcut overload"). Ctrl+D was Duplicate as
    scenario and, on Linux, also Delete (QKeySequence.Delete is Del and Ctrl+D there)."""
    from collections import Counter

    from PySide6.QtGui import QAction, QKeySequence

    from planner.ui.actions import _SPECS, REDO_SHORTCUT, UNDO_SHORTCUT, Actions

    keys = Counter()
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty():
                keys[key.toString()] += 1
    assert not [k for k, n in keys.items() if n > 1], keys  # on the platform the test runs on
    assert not window.actions.quit.shortcut().isEmpty() and not window.actions.save_copy.shortcut().isEmpty()
    assert window.actions.add_session.shortcut().toString() == "Ctrl+Shift+A"

    specs = {name: shortcut for name, (_text, shortcut, _tip) in _SPECS.items()}
    specs["undo"], specs["redo"] = UNDO_SHORTCUT, None
    schemes = _standard_key_schemes()
    assert {"windows", "x11"} <= set(schemes) and schemes["x11"]["Delete"] == ["Del", "Ctrl+D"]
    for scheme, bindings in schemes.items():
        owners: dict[str, list[str]] = {}
        for name, shortcut in specs.items():
            if isinstance(shortcut, QKeySequence.StandardKey):
                got = bindings.get(shortcut.name) or [Actions.FALLBACK_SHORTCUTS.get(name, "")]
            elif shortcut is not None:
                got = [QKeySequence(shortcut).toString()]
            else:
                got = []
            for key in filter(None, got):
                owners.setdefault(key, []).append(name)
        for key in (REDO_SHORTCUT.toString(), "Ctrl+Y"):
            owners.setdefault(key, []).append("redo")
        clashes = {k: v for k, v in owners.items() if len(v) > 1}
        assert not clashes, (scheme, clashes)
        # a key of our own is no standard key of any platform (but text-field keys, see above)
        taken = {b: std for std, keys_ in bindings.items() if std not in TEXT_FIELD_KEYS for b in keys_}
        for name, shortcut in specs.items():
            if isinstance(shortcut, str):
                assert shortcut not in taken, (scheme, name, shortcut, taken[shortcut])


def test_menu_and_shortcut_open_the_dialogs_and_ok_writes(window, qtbot):
    """The whole way a marketer goes: menu (or shortcut) → modal dialog → type → click OK → in the plan."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner.ui.dialogs.host_dialog import HostDialog
    from planner.ui.dialogs.session_dialog import SessionDialog

    store = window.context.store
    seen = []

    def when_open(act):
        """Run ``act(dialog)`` once a modal dialog is up (the menu or shortcut opens it and waits in exec())."""
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
            else:
                seen.append(type(dialog))
                act(dialog)
        QTimer.singleShot(0, poll)

    def type_host(dialog) -> None:
        qtbot.keyClicks(dialog.name, "Menu host")
        qtbot.keyClicks(dialog.followers, "20000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_open(type_host)
    window.actions.add_host.trigger()  # runs the dialog until OK is clicked
    assert seen == [HostDialog]
    host = next(h for h in store.hosts() if h.name == "Menu host")
    assert window.undo_action.text() == "Undo Add host Menu host"

    before = store.session_count(window.context.campaign_id)

    def type_session(dialog) -> None:
        dialog.host.lineEdit().clear()
        # pasted, as a user would: the item names the platform in both languages, and QTest types ASCII only
        dialog.host.lineEdit().insert(dialog.host.itemText(dialog.host.findData(host.id)))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    window.activateWindow()  # (offscreen, focus does not come back by itself when a dialog closes)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.tabs.setCurrentWidget(window.sessions)
    window.sessions.table.view.setFocus()
    when_open(type_session)
    qtbot.keyClick(window.sessions.table.view, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == [HostDialog, SessionDialog]
    assert store.session_count(window.context.campaign_id) == before + 1
    assert [s.host_id for s in store.sessions(window.context.campaign_id)].count(host.id) == 1


def test_reopening_the_plan_while_reads_and_projections_are_under_way(window, qtbot, monkeypatch, plan_path):
    """Results of the old plan's workers and helper process arrive after its views are gone: dropped, no crash."""
    from planner.ui.models import projection_runner
    from planner.ui.models.sessions_model import SessionsModel

    monkeypatch.setattr(SessionsModel, "ASYNC_MIN_ROWS", 1)  # the demo campaign read on a worker
    monkeypatch.setattr(projection_runner, "PROCESS_MIN_SESSIONS", 1)  # and projected in the helper
    for i in range(10):
        window.sessions.model.refresh()
        window.runner.request()
        window.open_plan(plan_path)
        qtbot.wait(35 + (i % 5) * 10)
    model = window.sessions.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 20, timeout=10_000)
    wait_projection(qtbot, window, timeout=30_000)


def test_brand_minutes_and_session_type_are_edited_in_the_sessions_table(window, qtbot):
    """Sessions table: type and brand minutes in place; above the duration is refused naming the rule."""
    model = window.sessions.model
    sid = model.session_id(0)
    store = window.context.store
    if store.session(sid).session_type != "slot":
        assert _set_cell(model, 0, "type", "slot")
    assert _set_cell(model, 0, "brand_minutes", "10")
    assert (store.session(sid).session_type, store.session(sid).brand_minutes) == ("slot", 10)
    assert model.index(0, _col(model, "brand_minutes")).data() == "10 min"
    refused = []
    model.edit_refused.connect(refused.append)
    assert not _set_cell(model, 0, "brand_minutes", "9999")
    assert store.session(sid).brand_minutes == 10
    assert refused and "Brand minutes" in refused[-1] and "9999" in refused[-1] and "duration" in refused[-1]
    assert _set_cell(model, 0, "brand_minutes", "")  # empty: the library's figure for the host's tier
    assert store.session(sid).brand_minutes is None
    assert model.index(0, _col(model, "brand_minutes")).data() == "library"
    assert _set_cell(model, 0, "type", "dedicated")
    assert model.index(0, _col(model, "brand_minutes")).data() == "whole show"


def test_problems_panel_names_paid_traffic_that_loses_money_and_the_budget_overrun(window, qtbot):
    model = window.sessions.model
    sid = model.session_id(0)
    assert _set_cell(model, 0, "paid", 5_000_000.0)  # far past where the last CNY pays for itself
    panel = window.problems
    qtbot.waitUntil(lambda: any(w.session_id == sid for w in panel.money_warnings), timeout=20000)
    host = window.context.store.host(window.context.store.session(sid).host_id).name
    assert f"{host} on " in panel.money.text()  # named as the schedule check names a session, with its China time
    assert "China time: the last CNY of paid traffic" in panel.money.text()
    assert "exceeds the budget" in panel.money.text()  # 5M of paid traffic alone is over the 1.5M budget
