"""The schedule check as the app runs it off the UI thread (no Qt here).

Why a thread and not a helper process: the check of a 10,000-session plan is a second of pure Python, and
beside it the UI thread gets the interpreter lock less often. A process would avoid that, but sending its
result back (sessions and 100,000 problem texts) costs a 0.2 s unpickle under the lock — a longer stall
than the thread's (measured with ``bench/bench_editing.py`` on two cores).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.ui.views.calendar_data import ScheduleSnapshot


def load_checked_snapshot(path: str, campaign_id: int | None) -> "ScheduleSnapshot":
    """Read the plan through a read-only connection of its own and check its schedule."""
    from planner.domain import holidays_cn
    from planner.storage.store import PlanStore
    from planner.ui.views.calendar_data import load_snapshot

    holidays_cn.warm_up()
    reader = PlanStore.open_reader(path)
    try:
        return load_snapshot(reader, campaign_id)
    finally:
        reader.close()
