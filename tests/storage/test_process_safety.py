"""Real processes on real plan files: kill -9 while writing (also during checkpoints and a large import), two
processes changing the same record, read-only files and folders for a user who cannot write them, and a
migration killed half-way. No mocks. The soaks are marked slow; a short version of each runs by default."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from unprivileged import as_nobody

from planner.storage import PlanStore
from planner.storage.schema import CURRENT_VERSION
from planner.storage.store import inspect_plan_file

pytestmark = pytest.mark.skipif(os.name == "nt", reason="kill -9 and POSIX permissions")

WRITER = Path(__file__).parents[1] / "support" / "plan_writer.py"


def _writer(*args: str, user: list[str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([*(user or []), sys.executable, str(WRITER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=tempfile.gettempdir())


def _kill_soak(plan: Path, kills: int, seed: int) -> tuple[int, int, int]:
    """Kill a writing process at random moments; after each kill the plan opens intact with every acknowledged
    host and imported session. Returns (acknowledged edits, of which 2,000-session imports, lost)."""
    rng = random.Random(seed)
    acknowledged: list[tuple] = []
    for k in range(kills):
        child = _writer(str(plan), "edits", str(seed * 1000 + k))
        time.sleep(rng.uniform(0.3, 2.5))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate()
        assert "Traceback" not in err, err
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == "host":
                acknowledged.append(("host", int(parts[1])))
            elif len(parts) == 3 and parts[0] == "import":
                acknowledged.append(("import", int(parts[1]), int(parts[2])))
        assert inspect_plan_file(plan) == CURRENT_VERSION
        with PlanStore.open(plan, create=False) as store:
            assert store.check() == []
            hosts = {h.id for h in store.hosts()}
            sessions = {r[0] for r in store.conn.execute("SELECT id FROM sessions")}
    lost = sum(1 for a in acknowledged if a[0] == "host" and a[1] not in hosts)
    lost += sum(1 for a in acknowledged if a[0] == "import"
                and not all(i in sessions for i in range(a[1], a[2] + 1)))
    return len(acknowledged), sum(1 for a in acknowledged if a[0] == "import"), lost


def test_kill_9_while_writing_loses_no_acknowledged_edit(plan_path):
    edits, imports, lost = _kill_soak(plan_path, kills=4, seed=1)
    print(f"kills 4, acknowledged edits {edits} (of which {imports} imports of 2,000 sessions), lost {lost}")
    assert edits > 0 and lost == 0


@pytest.mark.slow
def test_kill_9_soak(plan_path):
    edits, imports, lost = _kill_soak(plan_path, kills=40, seed=2)
    print(f"kills 40, acknowledged edits {edits} (of which {imports} imports of 2,000 sessions), lost {lost}")
    assert edits > 100 and lost == 0


def _bump_race(plan: Path, times: int) -> int:
    with PlanStore.open(plan, create=False) as store:
        host = store.hosts()[0]
    start = host.followers
    children = [_writer(str(plan), "bump", str(host.id), str(times)) for _ in range(2)]
    conflicts = 0
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0 and "Traceback" not in err, err
        assert out.count("bumped") == times
        conflicts += out.count("conflict")
    with PlanStore.open(plan, create=False) as store:
        assert store.host(host.id).followers == start + 2 * times  # no lost update
    return conflicts


def test_two_processes_changing_one_record_lose_no_update(plan_path):
    conflicts = _bump_race(plan_path, 60)
    print(f"2 processes × 60 compare-and-set edits of one host: lost 0, conflicts refused and retried {conflicts}")


@pytest.mark.slow
def test_two_processes_soak(plan_path):
    conflicts = _bump_race(plan_path, 1000)
    print(f"2 processes × 1,000 compare-and-set edits of one host: lost 0, conflicts refused and retried {conflicts}")


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_plan_is_viewed_and_refuses_imports_in_one_line(plan_path, what):
    user = as_nobody()
    if user and subprocess.run([*user, sys.executable, "-c", "import planner.cli"], capture_output=True,
                               cwd=tempfile.gettempdir()).returncode != 0:
        pytest.skip("this interpreter or the planner's install cannot be read by the user nobody "
                    "(make the virtual environment world-readable to run this test)")
    folder = Path(tempfile.mkdtemp(prefix="planner-ro-"))
    try:
        plan = folder / "plan.sqlite"
        shutil.copy(plan_path, plan)
        roster = folder / "roster.csv"
        roster.write_text("达人昵称,平台,达人ID,粉丝数\nNobody Host,快手,nobody01,3.5w\n", encoding="utf-8")
        os.chmod(roster, 0o644)
        os.chmod(plan, 0o444)
        os.chmod(folder, 0o555 if what == "folder" else 0o777)
        if not user:  # not root: take write permission away from ourselves
            os.chmod(plan, 0o444)
        before = plan.read_bytes()
        cli = [*user, sys.executable, "-m", "planner", "--db", str(plan)]
        shown = subprocess.run([*cli, "campaigns"], capture_output=True, text=True, cwd=tempfile.gettempdir())
        assert shown.returncode == 0 and "DEMO" in shown.stdout, shown.stderr
        refused = subprocess.run([*cli, "import", "hosts", str(roster)], capture_output=True, text=True,
                                 cwd=tempfile.gettempdir())
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        assert "read-only" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert plan.read_bytes() == before
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def _old_plan(tmp_path: Path) -> Path:
    """A plan in the format before the latest (the latest migration removed), with some data."""
    import sqlite3

    plan = tmp_path / "old.sqlite"
    with PlanStore.open(tmp_path / "seed.sqlite", seed_demo=True) as store:
        store.conn.execute("DROP TABLE history")
        store.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION - 1}")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.move(tmp_path / "seed.sqlite", plan)
    conn = sqlite3.connect(plan)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION - 1
    conn.close()
    return plan


def test_a_migration_killed_half_way_leaves_the_old_format_and_runs_once_later(tmp_path):
    plan = _old_plan(tmp_path)
    with PlanStore.open_reader(plan) as reader:
        counts = (len(reader.hosts()), reader.session_count())
    child = _writer(str(plan), "migrate")
    assert child.stdout.readline().strip() == "opening"
    time.sleep(1.0)  # inside the migration's transaction (its last step takes seconds)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    assert inspect_plan_file(plan) == CURRENT_VERSION - 1  # the old format, intact
    with PlanStore.open_reader(plan) as reader:
        assert (len(reader.hosts()), reader.session_count()) == counts and reader.check() == []
    with PlanStore.open(plan, create=False) as store:  # the next open migrates, once
        assert store.schema_version == CURRENT_VERSION and store.check() == []
        assert (len(store.hosts()), store.session_count()) == counts
    with PlanStore.open(plan, create=False) as store:
        assert store.schema_version == CURRENT_VERSION
