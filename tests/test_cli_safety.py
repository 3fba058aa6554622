"""The safety net on the command line, each command a real process on real files in tmp_path: history (every
CLI change recorded, restore as a new change), backups and restore-backup (the oldest one too; the state before
is backed up; ids handed out since are never reused). Wrong input: one line, exit status 2, nothing changed."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from planner.storage import PlanStore, backups, history
from planner.storage.edits import AddHosts, DeleteHosts


def planner(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, cwd=cwd)


def _refused(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1, out.stderr
    for w in words:
        assert w in out.stderr, out.stderr


def test_every_cli_change_is_in_the_history_listed_newest_first(plan_path, tmp_path):
    added = planner("--db", str(plan_path), "campaign", "new", "Double 11", "--start", "2027-10-20", "--end",
                    "2027-11-11", "--budget", "800000", "--currency", "CNY", cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    with PlanStore.open(plan_path, create=False) as store:
        host = store.hosts()[0]
    booked = planner("--db", str(plan_path), "add-session", "DEMO", "--host", str(host.id), "--start",
                     "2027-06-12 20:00", cwd=tmp_path)
    assert booked.returncode == 0, booked.stderr
    out = planner("history", str(plan_path), "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    entries = json.loads(out.stdout)
    assert [e["source"] for e in entries[:2]] == ["cli", "cli"]
    assert entries[0]["label"].startswith("Add session") and len(entries[0]["records"]["sessions"]) == 1
    assert entries[1]["label"] == "Add campaign Double 11"
    assert entries[1]["records"]["campaigns"] == [int(added.stdout)]
    text = planner("--db", str(plan_path), "history", "--limit", "1", cwd=tmp_path)  # --db works too
    assert text.returncode == 0 and len(text.stdout.strip().splitlines()) == 1 and "Add session" in text.stdout


def test_history_restore_brings_a_deleted_host_back_with_its_sessions_as_a_new_change(plan_path, tmp_path):
    with PlanStore.open(plan_path, create=False) as store:
        host = next(h for h in store.hosts() if store.sessions(host_id=h.id))
        sessions = store.sessions(host_id=host.id)
        history.apply_recorded(store, DeleteHosts((host.id,), label=f"Delete host {host.name}"))
        change = history.entries(store)[0].id
    out = planner("history", "restore", str(plan_path), str(change), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"Restored change {change} as change {change + 1}" in out.stdout
    with PlanStore.open(plan_path, create=False) as store:
        assert store.host(host.id) == host and store.sessions(host_id=host.id) == sessions
        newest = history.entries(store)[0]
        assert (newest.id, newest.source, newest.label) == (change + 1, "cli", f"Restore: Delete host {host.name}")
        # the restore is itself a change: restoring it deletes the host again
        history.apply_recorded(store, history.restore_edit(store, newest.id))
        assert host.id not in {h.id for h in store.hosts()}
    again = planner("history", "restore", str(plan_path), str(change), cwd=tmp_path)  # twice: refused? no —
    assert again.returncode == 0, again.stderr  # the host was deleted again, so it can come back again
    twice = planner("history", "restore", str(plan_path), str(change), cwd=tmp_path)
    _refused(twice)  # now it exists: nothing written
    with PlanStore.open(plan_path, create=False) as store:
        assert store.sessions(host_id=host.id) == sessions


def test_history_wrong_input_is_one_line_and_changes_nothing(plan_path, tmp_path):
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("not a plan\n")
    with PlanStore.open(plan_path, create=False) as store:
        recorded, hosts = history.entries(store), store.hosts()
    _refused(planner("history", str(tmp_path / "missing.sqlite"), cwd=tmp_path), "No plan at", "missing.sqlite")
    _refused(planner("history", str(text_file), cwd=tmp_path), "notes.sqlite", "not a plan")
    assert text_file.read_text() == "not a plan\n" and not Path(f"{text_file}-wal").exists()
    _refused(planner("history", "restore", str(plan_path), "abc", cwd=tmp_path), "'abc'")
    _refused(planner("history", "restore", str(plan_path), "99999", cwd=tmp_path), "No change 99999")
    _refused(planner("history", "restore", str(plan_path), cwd=tmp_path), "CHANGE_ID")
    _refused(planner("history", str(plan_path), "--limit", "0", cwd=tmp_path), "--limit")
    with PlanStore.open(plan_path, create=False) as store:
        assert history.entries(store) == recorded and store.hosts() == hosts


def test_a_backup_restore_is_recorded_but_cannot_itself_be_restored(plan_path, tmp_path):
    with PlanStore.open(plan_path, create=False) as store:
        backups.restore_backup(store, backups.make_backup(store))
        change = history.entries(store)[0].id
    _refused(planner("history", "restore", str(plan_path), str(change), cwd=tmp_path), "cannot be restored")


def _ten_backups(plan: Path) -> tuple[list[Path], list[list[int]]]:
    """KEEP backups, one host added between each: (backups oldest first, the host ids each holds)."""
    made, held = [], []
    with PlanStore.open(plan, create=False) as store:
        template = store.hosts()[0]
        for i in range(backups.KEEP):
            made.append(backups.make_backup(store))
            held.append([h.id for h in store.hosts()])
            history.apply_recorded(store, AddHosts((replace(template, id=None, name=f"Host {i}", handle=f"h{i}"),)))
    return made, held


def test_backups_are_listed_newest_first_with_what_they_hold(plan_path, tmp_path):
    made, held = _ten_backups(plan_path)
    out = planner("backups", str(plan_path), "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)
    assert [Path(b["file"]) for b in listed] == made[::-1]
    assert [b["hosts"] for b in listed] == [len(h) for h in held[::-1]]
    text = planner("--db", str(plan_path), "backups", cwd=tmp_path)
    assert text.returncode == 0 and len(text.stdout.strip().splitlines()) == backups.KEEP
    assert text.stdout.splitlines()[-1].split()[0] == str(backups.KEEP) and made[0].name in text.stdout
    empty = tmp_path / "other.sqlite"
    PlanStore.open(empty, seed_demo=False).close()
    none = planner("backups", str(empty), cwd=tmp_path)
    assert none.returncode == 0 and "No backups" in none.stdout


@pytest.mark.parametrize("by", ["number", "name"])
def test_restoring_the_oldest_backup_backs_up_the_state_first_and_reuses_no_id(plan_path, tmp_path, by):
    made, held = _ten_backups(plan_path)
    with PlanStore.open(plan_path, create=False) as store:
        now_hosts = [h.id for h in store.hosts()]
        changes = [e.id for e in history.entries(store)]
    oldest = str(backups.KEEP) if by == "number" else made[0].name
    out = planner("restore-backup", str(plan_path), oldest, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert f"from {made[0].name}" in out.stdout and "backed up as" in out.stdout
    safety = Path(out.stdout.rsplit("backed up as ", 1)[1].strip().rstrip("."))
    with PlanStore.open(plan_path, create=False) as store:
        assert [h.id for h in store.hosts()] == held[0] and store.check() == []
        after = history.entries(store)
        assert after[0].source == "cli" and made[0].name in after[0].label
        assert [e.id for e in after[1:]] == changes  # the history before the restore is kept
        new = history.apply_recorded(store, AddHosts((replace(store.hosts()[0], id=None, name="New", handle="n"),)))
        assert new.host_ids[0] > max(now_hosts)  # the ids handed out since the backup are not given again
    with PlanStore.open(safety, create=False) as kept:  # the state before the restore
        assert [h.id for h in kept.hosts()] == now_hosts
    assert made[0].exists()


def test_restore_backup_wrong_input_is_one_line_and_changes_nothing(plan_path, tmp_path):
    made, _held = _ten_backups(plan_path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"PK\x03\x04 not a backup")
    before = plan_path.read_bytes()
    _refused(planner("restore-backup", str(plan_path), "11", cwd=tmp_path), "backup 11", "10 backup")
    _refused(planner("restore-backup", str(plan_path), "nope.sqlite", cwd=tmp_path), "No backup 'nope.sqlite'")
    _refused(planner("restore-backup", str(plan_path), str(bad), cwd=tmp_path), "bad.sqlite")
    _refused(planner("restore-backup", str(plan_path), str(plan_path), cwd=tmp_path), "the plan itself")
    _refused(planner("restore-backup", str(tmp_path / "missing.sqlite"), "1", cwd=tmp_path), "No plan at")
    assert plan_path.read_bytes() == before and bad.read_bytes() == b"PK\x03\x04 not a backup"
    assert len(backups.backups_of(plan_path)) == backups.KEEP  # no backup of the current state either
