"""The schedule check in a helper process (``planner.ui.offload``; no Qt here). The check itself, which a
thread runs the same way, is ``planner.services.schedule_snapshot.load_checked_snapshot``.

Checking a 10,000-session plan is over a second of pure Python; in a helper process it does not compete
with the UI thread for the interpreter lock. When no helper can be started, the service uses a thread.
"""

from __future__ import annotations

from concurrent.futures import Future

from planner.services.schedule_snapshot import load_checked_snapshot


def submit(snapshot: bytes, campaign_id: int | None, with_sessions: bool = True) -> Future:
    """Start a check in the schedule helper process (see ``planner.ui.offload``), on a snapshot of the plan."""
    from planner.ui import offload

    return offload.submit("schedule", load_checked_snapshot, snapshot, campaign_id, with_sessions)


def reset() -> None:
    """Forget a broken helper process; the next check starts a new one."""
    from planner.ui import offload

    offload.reset("schedule")
