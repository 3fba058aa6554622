"""Writes by another process — the installed CLI in a subprocess, on the plan the window has open — show in the
window within seconds, and are in the History panel with where they came from."""

from __future__ import annotations

import subprocess
import sys


def _planner(*args, cwd):
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def test_cli_writes_while_the_window_is_open_show_in_it_and_its_history(window, qtbot, plan_path, tmp_path):
    window.tabs.setCurrentWidget(window.hosts)
    n_hosts = window.hosts.model.rowCount()
    tree = window.campaigns.tree_model
    n_campaigns = tree.rowCount()  # top level: a new campaign is no scenario
    roster = tmp_path / "roster.csv"
    roster.write_text("达人昵称,平台,达人ID,粉丝数\nFrom Another Process,快手,other01,3.5w\n", encoding="utf-8")
    imported = _planner("--db", str(plan_path), "import", "hosts", str(roster), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    qtbot.waitUntil(lambda: window.hosts.model.rowCount() == n_hosts + 1, timeout=5000)
    assert any(window.hosts.model.record(r).name == "From Another Process" for r in range(n_hosts + 1))

    added = _planner("--db", str(plan_path), "campaign", "new", "Made elsewhere", "--start", "2027-10-20",
                     "--end", "2027-11-11", "--budget", "1000", "--currency", "CNY", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    qtbot.waitUntil(lambda: tree.rowCount() == n_campaigns + 1, timeout=5000)

    window.actions.show_history.trigger()
    dock = window.history_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.model.rowCount() >= 2, timeout=5000)
    qtbot.waitUntil(lambda: dock.model.index(0, 1).data() == "Add campaign Made elsewhere", timeout=5000)
    assert dock.model.index(0, 3).data() == "command line"
    assert "roster.csv" in dock.model.index(1, 1).data()
