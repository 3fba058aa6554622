"""A campaign's projection and one session's "Why?", read from the plan file by the worker that runs them
(a thread of the app, or the "projection" helper process: see ``planner.ui.jobs``). No Qt here.

Reading and projecting a 10,000-session campaign with its P10–P90 ranges is about a second of work, much
of it Python (reading the plan, compiling it) or numpy calls that hold the interpreter lock. On a thread of
the app, every repaint of the Sessions table (a Python call per cell) waits for the lock in turn with it;
in a helper the UI pays only for receiving the result, which travels as arrays (``SessionTable``): under
a millisecond for 10,000 sessions.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

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


_last_read_lock = threading.Lock()
_last_read: "tuple[bytes, int, Any] | None" = None  # digest of a snapshot, campaign, the plan read from it


def _campaign_plan(source: "str | bytes", campaign_id: int):
    """One snapshot of a campaign's plan, through a read-only connection of the caller's own. A snapshot
    (bytes) read last time is not read again: the helper process receives the same snapshot for a
    projection's point and range passes, and reads it once."""
    global _last_read
    digest = None
    if isinstance(source, bytes):
        import hashlib  # (here: OpenSSL's load is not for the app's start-up)

        digest = hashlib.blake2b(source, digest_size=16).digest()
    with _last_read_lock:
        last = _last_read
    if digest is not None and last is not None and last[0] == digest and last[1] == campaign_id:
        return last[2]
    reader = open_source(source)
    try:
        plan = reader.load_plan([campaign_id])
    finally:
        reader.close()
    if digest is not None:
        with _last_read_lock:
            _last_read = (digest, campaign_id, plan)
    return plan


def project_plan(plan: Any, campaign_id: int, draws: int, seed: int) -> "CampaignProjection":
    """One projection of a plan already read (a thread's range pass reuses its point pass's plan)."""
    from planner.domain.errors import PlannerError
    from planner.domain.projection import project_campaign

    try:
        return project_campaign(plan, campaign_id, draws=draws, seed=seed)
    except PlannerError as exc:
        raise _plain(exc) from None


def read_and_project(source: "str | bytes", campaign_id: int, draws: int, seed: int) -> "tuple[CampaignProjection, Any]":
    """Read the campaign's plan once and project it; returns the projection and the plan (on a thread,
    where handing the plan back costs nothing, for the next pass)."""
    plan = _campaign_plan(source, campaign_id)
    return project_plan(plan, campaign_id, draws, seed), plan


def _plain(exc: Exception) -> Exception:
    """A PlannerError as travels back by pickle: what the UI shows, the message."""
    from planner.domain.errors import PlannerError

    return PlannerError(str(exc))


def project_file(path: "str | bytes", campaign_id: int, draws: int, seed: int) -> "CampaignProjection":
    """A read-only connection of its own, one snapshot of the campaign, one projection (in the helper
    process, or on a thread for a small campaign)."""
    return project_plan(_campaign_plan(path, campaign_id), campaign_id, draws, seed)


def explain_file(path: "str | bytes", campaign_id: int, session_id: int):
    """One session's "Why?" (``planner.domain.explain``), read from the plan file like :func:`project_file`."""
    from planner.domain.errors import PlannerError
    from planner.domain.explain import explain_session

    plan = _campaign_plan(path, campaign_id)
    try:
        return explain_session(plan, campaign_id, session_id)
    except PlannerError as exc:
        raise _plain(exc) from None
