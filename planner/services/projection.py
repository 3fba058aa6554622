"""A campaign's projection and one session's "Why?", read from the plan file by the worker that runs them
(a thread of the app, or the "projection" helper process: see ``planner.ui.jobs``). No Qt here.

Reading and projecting a 10,000-session campaign with its P10–P90 ranges is about a second of work, much
of it Python (reading the plan, compiling it) or numpy calls that hold the interpreter lock. On a thread of
the app, every repaint of the Sessions table (a Python call per cell) waits for the lock in turn with it;
in a helper the UI pays only for receiving the result, which travels as arrays (``SessionTable``): under
a millisecond for 10,000 sessions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.projection import CampaignProjection
    from planner.storage.store import PlanStore


def open_source(source: "str | bytes") -> "PlanStore":
    """A plan to read: a file path (a thread of the app: a read-only connection of its own) or the bytes of
    a snapshot (a helper process: it never opens the plan's files, so it cannot disturb the app's locks)."""
    from planner.storage.store import PlanStore

    return PlanStore.from_snapshot(source) if isinstance(source, bytes) else PlanStore.open_reader(source)


def read_plan(store: "PlanStore", campaign_ids: "list[int] | None" = None):
    """Worker side: a plan snapshot read through a read-only connection of the worker's own (reading a
    10,000-session plan takes most of a second: never on the UI thread)."""
    reader = store.reader()
    try:
        return reader.load_plan(campaign_ids)
    finally:
        reader.close()


def _campaign_plan(source: "str | bytes", campaign_id: int):
    """One snapshot of a campaign's plan, through a read-only connection of the caller's own."""
    reader = open_source(source)
    try:
        return reader.load_plan([campaign_id])
    finally:
        reader.close()


def _plain(exc: Exception) -> Exception:
    """A PlannerError as travels back by pickle: what the UI shows, the message."""
    from planner.domain.errors import PlannerError

    return PlannerError(str(exc))


def project_file(path: "str | bytes", campaign_id: int, draws: int, seed: int) -> "CampaignProjection":
    """A read-only connection of its own, one snapshot of the campaign, one projection (in the helper
    process, or on a thread for a small campaign)."""
    from planner.domain.errors import PlannerError
    from planner.domain.projection import project_campaign

    plan = _campaign_plan(path, campaign_id)
    try:
        return project_campaign(plan, campaign_id, draws=draws, seed=seed)
    except PlannerError as exc:
        raise _plain(exc) from None


def explain_file(path: "str | bytes", campaign_id: int, session_id: int):
    """One session's "Why?" (``planner.domain.explain``), read from the plan file like :func:`project_file`."""
    from planner.domain.errors import PlannerError
    from planner.domain.explain import explain_session

    plan = _campaign_plan(path, campaign_id)
    try:
        return explain_session(plan, campaign_id, session_id)
    except PlannerError as exc:
        raise _plain(exc) from None
