"""Projections and "Why?" in the projection helper process (``planner.ui.offload``; no Qt here). The work
itself, which a thread runs the same way, is ``planner.services.projection``."""

from __future__ import annotations

from concurrent.futures import Future

from planner.services.projection import explain_file, project_file


def submit_explain(snapshot: bytes, campaign_id: int, session_id: int) -> Future:
    """Start an explanation in the projection helper process, on a snapshot of the plan."""
    from planner.ui import offload

    return offload.submit("projection", explain_file, snapshot, campaign_id, session_id)


def submit(snapshot: bytes, campaign_id: int, draws: int, seed: int) -> Future:
    """Start a projection in the projection helper process, on a snapshot of the plan (``PlanStore.snapshot``:
    about a millisecond for a 10,000-session plan)."""
    from planner.ui import offload

    return offload.submit("projection", project_file, snapshot, campaign_id, draws, seed)


def reset() -> None:
    """Forget a broken helper process; the next projection starts a new one."""
    from planner.ui import offload

    offload.reset("projection")
