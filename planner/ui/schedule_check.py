"""The schedule check, run in a helper process (no Qt here: the process imports only this and the domain).

Checking a 10,000-session plan is over a second of pure Python. On a thread of the app it would take the
interpreter lock in turns with the UI thread, and every repaint (one Python call per table cell) would wait
for its turn: measured with ``bench/bench_editing.py``, the UI stalled 0.4–0.6 s per edit that way on a
loaded two-core machine, against ~0.1 s with the check in a process of its own. Receiving the result (one
unpickle) is the only part that holds the UI's interpreter.

When no helper process can be started, the service falls back to a thread (see ``ScheduleService``).
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.ui.views.calendar_data import ScheduleSnapshot

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def load_checked_snapshot(path: str, campaign_id: int | None, with_sessions: bool = True) -> "ScheduleSnapshot":
    """Read the plan through a read-only connection of its own and check its schedule.

    ``with_sessions=False`` keeps only the check's results (conflicts, worst per session, times): sending
    10,000 sessions back costs the UI most of the 0.2 s a result takes to receive, and only a calendar
    on screen draws them."""
    from planner.domain import holidays_cn
    from planner.storage.store import PlanStore
    from planner.ui.views.calendar_data import load_snapshot

    holidays_cn.warm_up()
    reader = PlanStore.open_reader(path)
    try:
        snap = load_snapshot(reader, campaign_id)
    finally:
        reader.close()
    if not with_sessions:
        snap.sessions, snap.all_sessions, snap.has_sessions = [], [], False
    return snap


def submit(path: str, campaign_id: int | None, with_sessions: bool = True) -> Future:
    """Start a check in the helper process (started on first use, then kept for the app's life)."""
    global _pool
    with _lock:
        if _pool is None:
            # "spawn": a fresh interpreter, never a fork of a process that runs Qt's threads.
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        pool = _pool
    return pool.submit(load_checked_snapshot, path, campaign_id, with_sessions)


def reset() -> None:
    """Forget a broken helper process; the next check starts a new one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
