"""Spreadsheet manners for destruction: Del clears a cell, deleting rows is its own command that says what
goes with it, an open cell editor is committed before the window closes or the campaign changes, and a
delete refuses when the records are not as expected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.domain.errors import ConflictError
from planner.storage import PlanStore
from planner.storage.edits import AddHosts, AddSessions


def _host_cell(window, column_key: str, row: int = 0):
    table = window.hosts.table
    col = [c.key for c in window.hosts.model.columns].index(column_key)
    return table, table.proxy.index(row, col)


def test_del_clears_the_cell_not_the_host_and_undo_brings_it_back(window, qtbot):
    window.tabs.setCurrentWidget(window.hosts)
    table, index = _host_cell(window, "handle")
    hid = window.hosts.model.host_id(table.proxy.mapToSource(index).row())
    store = window.context.store
    before = store.host(hid)
    assert before.handle
    n_hosts, n_sessions = len(store.hosts()), store.session_count()
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert store.host(hid).handle == ""
    assert (len(store.hosts()), store.session_count()) == (n_hosts, n_sessions)  # nothing deleted
    assert "Clear handle" in window.undo_action.text()
    window.undo_action.trigger()
    assert store.host(hid).handle == before.handle

    # a field that cannot be empty refuses, naming the field; nothing written
    table, index = _host_cell(window, "slot_fee")
    table.view.setCurrentIndex(index)
    qtbot.keyClick(table.view, Qt.Key.Key_Backspace)
    assert store.host(hid).slot_fee == before.slot_fee
    assert "Slot fee" in window.statusBar().currentMessage()
    table, index = _host_cell(window, "name")
    table.view.setCurrentIndex(index)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert store.host(hid).name == before.name
    assert "name" in window.statusBar().currentMessage().lower()
    window.grab().save(str(window.context.store.path.parent / "del_refused.png"))


def test_delete_rows_shortcut_is_not_del(window):
    keys = [k.toString() for k in window.actions.delete.shortcuts()]
    assert keys == ["Ctrl+Del"]


def test_closing_the_window_commits_a_typed_value(window, qtbot, plan_path):
    window.tabs.setCurrentWidget(window.hosts)
    table, index = _host_cell(window, "notes")
    hid = window.hosts.model.host_id(table.proxy.mapToSource(index).row())
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "typed, not lost")
    window.close()
    with PlanStore.open(plan_path, create=False) as fresh:
        assert fresh.host(hid).notes == "typed, not lost"


def test_switching_campaign_commits_a_typed_value(window, qtbot):
    from planner.storage.edits import DuplicateCampaign

    store = window.context.store
    first = window.context.campaign_id
    window.context.apply(DuplicateCampaign(first))
    window.context.select_campaign(first)
    window.tabs.setCurrentWidget(window.hosts)
    table, index = _host_cell(window, "notes")
    hid = window.hosts.model.host_id(table.proxy.mapToSource(index).row())
    table.view.setFocus()
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    qtbot.keyClicks(QApplication.focusWidget(), "kept")
    window.context.select_campaign(max(c.id for c in store.campaigns()))
    assert store.host(hid).notes == "kept"


def test_undo_of_add_host_is_refused_when_another_program_booked_the_host(store, plan_path):
    host = store.hosts()[0]
    from dataclasses import replace

    inverse = AddHosts((replace(host, id=None, name="Luna", handle="luna01"),)).apply(store)
    luna = max(h.id for h in store.hosts())
    other = PlanStore.open(plan_path, create=False)  # another window / the CLI
    try:
        session = other.sessions()[0]
        AddSessions((replace(session, id=None, host_id=luna, lineage=None),)).apply(other)
    finally:
        other.close()
    with pytest.raises(ConflictError, match="Luna has 1 session added elsewhere"):
        inverse.apply(store)
    assert store.host(luna).name == "Luna" and len(store.sessions(host_id=luna)) == 1
