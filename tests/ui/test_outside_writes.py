"""The window notices other programs' writes (SQLite's data_version) and shows them; a read-only plan says
why edits are refused; File ▸ Restore from backup puts a backup back and refreshes every view."""

from __future__ import annotations

from dataclasses import replace

from planner.storage import PlanStore, backups
from planner.storage.edits import AddHosts
from planner.ui.main_window import MainWindow


def test_another_programs_write_shows_in_the_window(window, qtbot, plan_path):
    window.tabs.setCurrentWidget(window.hosts)
    n = window.hosts.model.rowCount()
    other = PlanStore.open(plan_path, create=False)  # the CLI, another window
    try:
        host = other.hosts()[0]
        AddHosts((replace(host, id=None, name="Added elsewhere", handle="elsewhere01"),)).apply(other)
    finally:
        other.close()
    qtbot.waitUntil(lambda: window.hosts.model.rowCount() == n + 1, timeout=5000)
    assert any(window.hosts.model.record(r).name == "Added elsewhere" for r in range(n + 1))


def test_a_read_only_plan_shows_a_banner_saying_why(qtbot, plan_path):
    store = PlanStore.open_reader(plan_path)
    store.read_only = "its folder is read-only"
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    banner = win.read_only_banner
    assert banner.isVisible() and "Its folder is read-only" in banner.text()
    win.grab().save(str(plan_path.parent / "read_only.png"))
    assert "read-only" in win.context.try_apply(AddHosts((store.hosts()[0],)))
    win.close()


def test_restore_from_backup_in_the_window(window, qtbot):
    from planner.storage.edits import DeleteHosts

    store = window.context.store
    qtbot.waitUntil(lambda: bool(backups.backups_of(store.path)), timeout=10000)  # made soon after opening
    made = backups.backups_of(store.path)
    hosts = store.hosts()
    window.context.apply(DeleteHosts((hosts[0].id,)))
    dialog = window.files.restore_from_backup()
    assert dialog.table.rowCount() == len(made) and "host(s)" in dialog.table.item(0, 1).text()
    dialog.grab().save(str(store.path.parent / "restore.png"))
    dialog.restore_button.click()
    assert store.hosts() == hosts
    assert window.hosts.model.rowCount() == len(hosts)
    assert len(backups.backups_of(store.path)) == len(made) + 1  # the state before was backed up first
    assert not window.undo_action.isEnabled()
