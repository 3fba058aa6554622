"""The plan's history: recorded with each change, kept across reopening, and a deleted host comes back with
its sessions (or a changed field its old value) as a new change."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from planner.domain.errors import ConflictError
from planner.storage import PlanStore
from planner.storage import history
from planner.storage.edits import DeleteHosts, UpdateHosts


def test_a_deleted_host_comes_back_with_its_sessions_after_a_restart(plan_path):
    with PlanStore.open(plan_path, create=False) as store:
        host = next(h for h in store.hosts() if store.sessions(host_id=h.id))
        sessions = store.sessions(host_id=host.id)
        history.apply_recorded(store, DeleteHosts((host.id,), label=f"Delete host {host.name}"))
    with PlanStore.open(plan_path, create=False) as store:  # after a restart
        newest = history.entries(store)[0]
        assert newest.label == f"Delete host {host.name}" and newest.restorable
        assert newest.records["hosts"] == [host.id] and len(newest.records["sessions"]) == len(sessions)
        raw = store.conn.execute("SELECT before, after FROM history WHERE id = ?", (newest.id,)).fetchone()
        assert json.loads(raw[0])["__type__"] == "RestoreHosts"  # JSON, never pickle
        history.apply_recorded(store, history.restore_edit(store, newest.id))
        assert store.host(host.id) == host and store.sessions(host_id=host.id) == sessions
        assert history.entries(store)[0].label.startswith("Restore: Delete host")


def test_a_changed_field_is_restored_only_if_it_still_holds_the_change(store):
    host = store.hosts()[0]
    history.apply_recorded(store, UpdateHosts((replace(host, notes="first"),), expected=(host,)))
    entry = history.entries(store)[0]
    history.apply_recorded(store, history.restore_edit(store, entry.id))
    assert store.host(host.id).notes == host.notes
    history.apply_recorded(store, UpdateHosts((replace(host, notes="second"),), expected=(host,)))
    with pytest.raises(ConflictError):  # the first change's value is no longer there: nothing written
        history.apply_recorded(store, history.restore_edit(store, entry.id))
    assert store.host(host.id).notes == "second"


def test_a_cli_import_is_recorded(plan_path, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("达人昵称,平台,达人ID,粉丝数\nFrom The CLI,快手,cli01,3.5w\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "planner", "--db", str(plan_path), "import", "hosts", str(roster)],
                         capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    with PlanStore.open(plan_path, create=False) as store:
        newest = history.entries(store)[0]
        assert newest.source == "cli" and "roster.csv" in newest.label and len(newest.records["hosts"]) == 1
