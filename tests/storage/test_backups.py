"""Rotating backups through SQLite's backup API, and restoring one into the live plan."""

from __future__ import annotations

from dataclasses import replace

from planner.storage import PlanStore, backups, history
from planner.storage.edits import DeleteHosts, UpdateHosts


def test_backups_rotate_and_list_what_they_hold(store, tmp_path):
    folder = tmp_path / "bk"
    for _ in range(12):
        backups.make_backup(store, folder, keep=10)
    found = backups.backups_of(store.path, folder)
    assert len(found) == 10 and found[0].made >= found[-1].made
    assert (found[0].campaigns, found[0].hosts, found[0].sessions) == (
        len(store.campaigns()), len(store.hosts()), store.session_count())
    assert backups.ensure_recent(store, folder) is None  # at most daily


def test_restore_brings_the_plan_back_and_backs_up_the_current_state_first(plan_path, tmp_path):
    folder = tmp_path / "bk"
    with PlanStore.open(plan_path, create=False) as store:
        before = backups.make_backup(store, folder)
        hosts, sessions = store.hosts(), store.session_count()
        history.apply_recorded(store, DeleteHosts((hosts[0].id,)))
        history.apply_recorded(store, UpdateHosts((replace(hosts[1], notes="after the backup"),)))
        safety = backups.restore_backup(store, before, folder)
        assert store.hosts() == hosts and store.session_count() == sessions
        assert "Restored from backup" in history.entries(store)[0].label
        assert not history.entries(store)[0].restorable
        assert store.check() == []
    with PlanStore.open(plan_path, create=False) as store:  # on disk, and the state before is kept
        assert store.hosts() == hosts
    with PlanStore.open(safety, create=False) as kept:
        assert kept.host(hosts[1].id).notes == "after the backup"
