"""View ▸ History lists changes newest first and restores a deleted host with its sessions, as a new undoable
change — also after the window was closed and the plan reopened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.main_window import open_main_window

from message_box_driver import answer_message_box


def test_history_restores_a_deleted_host_with_its_sessions_after_a_restart(window, qtbot, plan_path):
    store = window.context.store
    window.tabs.setCurrentWidget(window.hosts)
    window.hosts.table.view.setFocus()
    window.hosts.table.view.selectRow(0)
    hid = window.hosts.selected_host_ids()[0]
    host, n = store.host(hid), len(store.sessions(host_id=hid))
    assert n
    answer_message_box("Delete")
    window.actions.delete.trigger()
    assert hid not in {h.id for h in store.hosts()}
    window.close()

    again = open_main_window(plan_path)  # a restart: Undo is gone, the history is not
    qtbot.addWidget(again)
    again.show()
    again.actions.show_history.trigger()
    dock = again.history_dock
    qtbot.waitUntil(dock.isVisible)
    assert dock.model.rowCount() >= 1 and dock.model.index(0, 1).data() == f"Delete host {host.name}"
    dock.table.selectRow(0)
    assert dock.restore_button.isEnabled()
    dock.resize(700, 300)
    again.grab().save(str(plan_path.parent / "history.png"))
    qtbot.mouseClick(dock.restore_button, Qt.MouseButton.LeftButton)
    store = again.context.store
    assert store.host(hid) == host and len(store.sessions(host_id=hid)) == n
    assert dock.model.index(0, 1).data().startswith("Restore: Delete host")
    again.undo_action.trigger()  # the restore is itself undoable
    assert hid not in {h.id for h in store.hosts()}
    again.close()
