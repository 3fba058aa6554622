"""A child process for the process tests: writes to a plan until it is killed, printing each change's ids
only after its transaction committed (what it acknowledged).

    plan_writer.py PLAN edits SEED      add hosts one by one, checkpoint now and then, import 2,000 sessions
                                        every 25 edits; prints "host ID" / "import FIRST LAST" after commit
    plan_writer.py PLAN bump HOST N     add 1 to a host's followers N times, compare-and-set, retrying after
                                        a conflict; prints "bumped" per success, "conflict" per refusal
    plan_writer.py PLAN migrate         open an old-format plan with a slow last migration step (to be killed)
    plan_writer.py PLAN prune           prune the plan's history as an open does; prints "pruning", then
                                        "pruned N SECONDS" after the transaction committed
"""
import random
import sys
from dataclasses import replace
from datetime import timedelta

from planner.domain.errors import ConflictError, PlanBusyError
from planner.storage import PlanStore
from planner.storage.edits import AddHosts, AddSessions, Composite, UpdateHosts
from planner.storage.history import apply_recorded

path, mode = sys.argv[1], sys.argv[2]

if mode == "migrate":
    from planner.storage import schema, store as store_module

    slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30000000) SELECT count(*) FROM c"
    store_module.MIGRATIONS = (*schema.MIGRATIONS[:-1], (*schema.MIGRATIONS[-1], slow))
    print("opening", flush=True)
    PlanStore.open(path, create=False).close()
    print("migrated", flush=True)
    sys.exit(0)

if mode == "prune":
    from pathlib import Path

    from planner.storage.history import prune

    store = PlanStore(Path(path), PlanStore._connect(Path(path)))  # open() would prune before we say so
    import time

    print("pruning", flush=True)
    start = time.perf_counter()
    print("pruned", prune(store), f"{time.perf_counter() - start:.3f}", flush=True)
    store.close()
    sys.exit(0)

store = PlanStore.open(path, create=False)
if mode == "edits":
    rng = random.Random(int(sys.argv[3]))
    template = store.hosts()[0]
    session = store.sessions()[0]
    n = 0
    while True:
        n += 1
        host = replace(template, id=None, name=f"Writer {rng.random():.6f}", handle=f"w{n}-{rng.randrange(10**9)}")
        inverse = apply_recorded(store, AddHosts((host,)), "test")
        print("host", inverse.host_ids[0], flush=True)
        if n % 7 == 0:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        if n % 25 == 0:
            batch = tuple(replace(session, id=None, lineage=None, start=session.start + timedelta(hours=i),
                                  notes=f"import {n}") for i in range(2000))
            inverse = apply_recorded(store, Composite((AddSessions(batch),), "Import"), "test")
            ids = inverse.edits[0].session_ids
            print("import", min(ids), max(ids), flush=True)
elif mode == "bump":
    host_id, times = int(sys.argv[3]), int(sys.argv[4])
    done = 0
    while done < times:
        seen = store.host(host_id)
        try:
            apply_recorded(store, UpdateHosts((replace(seen, followers=seen.followers + 1),), expected=(seen,)))
        except (ConflictError, PlanBusyError):
            print("conflict", flush=True)
            continue
        done += 1
        print("bumped", flush=True)
    store.close()
