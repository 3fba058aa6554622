"""The history is pruned when a plan opens: a change goes only when it is older than 90 days AND outside the
newest 10,000; the pruning is one transaction, so kill -9 part-way (a real process) leaves all or nothing."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from planner.storage import PlanStore, history

WRITER = Path(__file__).parents[1] / "support" / "plan_writer.py"


def _with_history(plan: Path, old: int, recent: int, payload: int = 0) -> None:
    """Append ``old`` changes from 200 days ago, then ``recent`` from today (after them, as ids only grow)."""
    long_ago = (datetime.now(timezone.utc) - timedelta(days=200)).isoformat(timespec="seconds")
    today = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn = sqlite3.connect(plan)
    with conn:
        conn.executemany("INSERT INTO history(at, label, before) VALUES (?, ?, ?)",
                         [(long_ago, f"old {i}", "x" * payload) for i in range(old)])
        conn.executemany("INSERT INTO history(at, label) VALUES (?, ?)", [(today, f"new {i}") for i in range(recent)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _ids(plan: Path) -> list[int]:
    with PlanStore.open_reader(plan) as reader:
        return [r[0] for r in reader.conn.execute("SELECT id FROM history ORDER BY id")]


def test_open_forgets_only_changes_both_old_and_outside_the_newest_10000(plan_path):
    _with_history(plan_path, old=10_500, recent=20)
    before = _ids(plan_path)
    with PlanStore.open(plan_path, create=False) as store:
        assert store.check() == []
    after = _ids(plan_path)
    assert after == before[-10_000:]  # the newest 10,000 stay (old ones among them too)
    with PlanStore.open(plan_path, create=False):  # nothing more to forget: nothing written
        pass
    assert _ids(plan_path) == after


def test_recent_changes_stay_however_many(plan_path):
    _with_history(plan_path, old=0, recent=10_050)
    before = _ids(plan_path)
    with PlanStore.open(plan_path, create=False) as store:
        assert history.prune(store) == 0
    assert _ids(plan_path) == before


def test_old_changes_stay_while_fewer_than_10000(plan_path):
    _with_history(plan_path, old=500, recent=3)
    before = _ids(plan_path)
    PlanStore.open(plan_path, create=False).close()
    assert _ids(plan_path) == before


def _kill_pruning(template: Path, work: Path, kills: int, seed: int) -> tuple[int, int, int]:
    """Kill a pruning process at random moments, each on a fresh copy of ``template``; returns (kills,
    interrupted, completed). After each kill the plan is intact and its history all or nothing pruned."""
    rng = random.Random(seed)
    full = _ids(template)
    pruned = full[-history.KEEP_NEWEST:]
    done = subprocess.run([sys.executable, str(WRITER), str(shutil.copy(template, work / "timing.sqlite")),
                           "prune"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    assert done.returncode == 0 and "pruned" in done.stdout, done.stderr
    took = float(done.stdout.split()[-1])  # the pruning transaction alone
    interrupted = completed = 0
    for k in range(kills):
        plan = work / f"plan{k}.sqlite"
        shutil.copy(template, plan)
        child = subprocess.Popen([sys.executable, str(WRITER), str(plan), "prune"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, cwd=tempfile.gettempdir())
        assert child.stdout.readline().strip() == "pruning"
        time.sleep(rng.uniform(0, 1.5 * took))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert "Traceback" not in err, err
        with PlanStore.open_reader(plan) as reader:
            assert reader.check() == []
        ids = _ids(plan)
        assert ids in (full, pruned), f"kill {k}: {len(ids)} changes, neither {len(full)} nor {len(pruned)}"
        if ids == full:
            assert "pruned" not in out
            interrupted += 1
        else:
            completed += 1
    return kills, interrupted, completed


@pytest.mark.skipif(os.name == "nt", reason="kill -9")
def test_kill_9_while_pruning_leaves_all_or_nothing(plan_path, tmp_path):
    _with_history(plan_path, old=30_000, recent=50, payload=600)
    kills, interrupted, completed = _kill_pruning(plan_path, tmp_path, kills=4, seed=3)
    print(f"pruning: kills {kills}, interrupted {interrupted}, completed {completed}, half-pruned 0")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="kill -9")
def test_kill_9_while_pruning_soak(plan_path, tmp_path):
    _with_history(plan_path, old=60_000, recent=50, payload=600)
    kills, interrupted, completed = _kill_pruning(plan_path, tmp_path, kills=30, seed=4)
    print(f"pruning: kills {kills}, interrupted {interrupted}, completed {completed}, half-pruned 0")
    assert interrupted > 0
