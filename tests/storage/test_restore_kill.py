"""kill -9 of `planner restore-backup` at random moments (a real process): the plan is intact and either as it
was (no restore recorded) or fully restored with the restore recorded — never restored without its record or
with the id high-water marks of the backup (which would hand out ids again)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from planner.storage import PlanStore, backups, history
from planner.storage.edits import AddHosts

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kill -9")


def _restore_kills(plan_path, tmp_path, kills: int, seed: int) -> tuple[int, int, int]:
    with PlanStore.open(plan_path, create=False) as store:
        backup = backups.make_backup(store)
        template = store.hosts()[0]
        for i in range(30):
            history.apply_recorded(store, AddHosts((replace(template, id=None, name=f"After {i}", handle=f"a{i}"),)))
        before_hosts = [h.id for h in store.hosts()]
    with PlanStore.open_reader(backup) as old:
        backup_hosts = [h.id for h in old.hosts()]
    top = max(before_hosts)
    cmd = [sys.executable, "-m", "planner", "restore-backup"]
    start = time.perf_counter()
    timing = tmp_path / "timing.sqlite"
    shutil.copy(plan_path, timing)
    # the timing copy has no backups of its own: restore by path
    done = subprocess.run([*cmd, str(timing), str(backup)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    took = time.perf_counter() - start
    rng = random.Random(seed)
    as_was = restored = 0
    for k in range(kills):
        plan = tmp_path / f"plan{k}.sqlite"
        shutil.copy(plan_path, plan)
        child = subprocess.Popen([*cmd, str(plan), str(backup)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, cwd=tmp_path)
        time.sleep(rng.uniform(0.5 * took, 1.1 * took))
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate()
        assert "Traceback" not in err, err
        with PlanStore.open(plan, create=False) as store:
            assert store.check() == []
            hosts = [h.id for h in store.hosts()]
            newest = history.entries(store, 1)[0].label
            if hosts == before_hosts:
                assert not newest.startswith("Restored from backup")
                as_was += 1
            else:
                assert hosts == backup_hosts and newest.startswith("Restored from backup"), (k, newest)
                added = history.apply_recorded(store, AddHosts((replace(template, id=None, name="N", handle="n"),)))
                assert added.host_ids[0] > top  # no id handed out again
                restored += 1
    return kills, as_was, restored


def test_kill_9_during_restore_backup_leaves_the_plan_as_it_was_or_restored(plan_path, tmp_path):
    kills, as_was, restored = _restore_kills(plan_path, tmp_path, kills=4, seed=5)
    print(f"restore-backup: kills {kills}, left as it was {as_was}, fully restored {restored}, in between 0")


@pytest.mark.slow
def test_kill_9_during_restore_backup_soak(plan_path, tmp_path):
    kills, as_was, restored = _restore_kills(plan_path, tmp_path, kills=30, seed=6)
    print(f"restore-backup: kills {kills}, left as it was {as_was}, fully restored {restored}, in between 0")
