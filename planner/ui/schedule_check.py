"""The schedule check, run in a helper process (``planner.ui.offload``; no Qt here).

Checking a 10,000-session plan is over a second of pure Python; in a helper process it does not compete
with the UI thread for the interpreter lock. When no helper can be started, the service uses a thread.
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.ui.views.calendar_data import ScheduleSnapshot


def load_checked_snapshot(path: "str | bytes", campaign_id: int | None, with_sessions: bool = True) -> "ScheduleSnapshot":
    """Read the plan through a read-only connection of its own and check its schedule.

    ``with_sessions=False`` keeps only the check's results (conflicts, worst per session, times): sending
    10,000 sessions back costs the UI most of the 0.2 s a result takes to receive, and only a calendar
    on screen draws them."""
    from planner.domain import holidays_cn
    from planner.ui.projection_job import open_source
    from planner.ui.views.calendar_data import load_snapshot

    holidays_cn.warm_up()
    reader = open_source(path)
    try:
        snap = load_snapshot(reader, campaign_id)
    finally:
        reader.close()
    if not with_sessions:
        snap.sessions, snap.all_sessions, snap.has_sessions = [], [], False
    return snap


def submit(snapshot: bytes, campaign_id: int | None, with_sessions: bool = True) -> Future:
    """Start a check in the schedule helper process (see ``planner.ui.offload``), on a snapshot of the plan."""
    from planner.ui import offload

    return offload.submit("schedule", load_checked_snapshot, snapshot, campaign_id, with_sessions)


def reset() -> None:
    """Forget a broken helper process; the next check starts a new one."""
    from planner.ui import offload

    offload.reset("schedule")
