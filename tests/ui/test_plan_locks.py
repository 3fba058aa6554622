"""The lock tripwire: with the plan open in the real window, every in-process path that may touch files
(each file dialog browsing the plan's folder, reopening the plan, import, export, check, Save a copy, backup
and restore from backup) leaves
the app's SQLite locks on the plan in place, as seen from another process. Then a CLI import while the app
is open is kept, and the window's next edit works and is kept too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.storage import PlanStore
from planner.storage.edits import UpdateHosts

from file_dialog_driver import answer_file_dialog  # tests/support is on the path (pyproject)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX record locks (fcntl) only")

PROBE = Path(__file__).parents[1] / "support" / "lock_probe.py"
ROSTER = "达人昵称,平台,达人ID,粉丝数,坑位费\nTripwire Host,抖音,trip01,1.2万,3000\n"


def probe(plan: Path) -> str:
    out = subprocess.run([sys.executable, str(PROBE), str(plan)], capture_output=True, text=True, check=True)
    return out.stdout.strip()


HELD = "db HELD shm HELD"


def test_the_probe_sees_a_lost_lock(plan_path):
    """The control: the probe really tells a held plan from one whose locks a plain open()/close() dropped."""
    store = PlanStore.open(plan_path)
    try:
        assert probe(plan_path) == HELD
        with open(plan_path, "rb") as fh:  # what Qt's default file dialog does to sniff a file's type
            fh.read(16)
        with open(f"{plan_path}-shm", "rb") as fh:
            fh.read(16)
        assert probe(plan_path) == "db FREE shm FREE"
    finally:
        store.close()


def test_no_path_in_the_app_drops_the_plan_locks(window, qtbot, tmp_path):
    plan = window.context.store.path
    folder = plan.parent
    assert probe(plan) == HELD
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")

    # Each file dialog, browsing the plan's own folder (plan, -wal and -shm listed), then cancelled.
    for action in (window.actions.open_plan, window.actions.new_plan):
        state = answer_file_dialog(folder)
        action.trigger()
        assert state["seen"]
        assert state["start"] != str(folder)  # dialogs do not start in the plan's folder
        assert probe(plan) == HELD, action.text()

    # Save a copy into the plan's folder, through its dialog.
    state = answer_file_dialog(folder, "copy.sqlite")
    window.actions.save_copy.trigger()
    assert state["seen"] and (folder / "copy.sqlite").exists()
    assert probe(plan) == HELD

    # Import a roster chosen in the plan's folder.
    dialog = window.files.import_dialog("hosts")
    state = answer_file_dialog(folder, "roster.csv")
    with qtbot.waitSignal(dialog.preview_shown, timeout=15000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert state["seen"]
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert probe(plan) == HELD

    # Export into the plan's folder, through the dialog's Browse.
    dialog = window.files.export_dialog("schedule")
    state = answer_file_dialog(folder, "schedule.xlsx")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert state["seen"]
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    dialog.close()
    assert (folder / "schedule.xlsx").exists()
    assert probe(plan) == HELD

    # A backup (through SQLite's backup API), and File ▸ Restore from backup in the window.
    from planner.storage import backups

    backups.make_backup(window.context.store)
    assert probe(plan) == HELD
    dialog = window.files.restore_from_backup()
    dialog.restore_button.click()
    assert probe(plan) == HELD

    # Check the plan, and reopen the very plan that is open.
    from planner.storage.store import check_plan_file

    assert check_plan_file(plan)[1] == []
    assert window.open_plan(plan)
    assert probe(plan) == HELD

    # While the app is open, the CLI imports a roster; the window's next edit works; both are kept.
    cli_roster = tmp_path / "cli roster.csv"
    cli_roster.write_text("达人昵称,平台,达人ID,粉丝数\nFrom The CLI,快手,cli01,3.5w\n", encoding="utf-8")
    # From outside the source folder, so the installed planner runs (as a user's CLI would).
    out = subprocess.run([sys.executable, "-m", "planner", "--db", str(plan), "import", "hosts", str(cli_roster)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert os.path.exists(f"{plan}-wal")  # the CLI did not delete the log from under the window
    store = window.context.store
    host = next(h for h in store.hosts() if h.name == "Tripwire Host")
    window.context.apply(UpdateHosts((replace(host, followers=20000),), expected=(host,)))
    assert probe(plan) == HELD
    window.close()
    with PlanStore.open(plan, create=False) as fresh:
        names = {h.name: h for h in fresh.hosts()}
        assert "From The CLI" in names and names["Tripwire Host"].followers == 20000
        assert fresh.check() == []
