"""Pruning the plan's history when it is opened (see ``planner.storage.history``): a change is forgotten only
when it is older than :data:`KEEP_DAYS` AND outside the newest :data:`KEEP_NEWEST` changes. Its own module so
the store can prune at open without importing the history's edit codec (an import cycle)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.storage.repositories import PlanRepository

KEEP_DAYS = 90
KEEP_NEWEST = 10_000


def prune(store: "PlanRepository", now: datetime | None = None, *, keep_days: int = KEEP_DAYS,
          keep_newest: int = KEEP_NEWEST) -> int:
    """Forget the changes older than ``keep_days`` that are also outside the newest ``keep_newest``. One
    transaction: a kill part-way leaves the history as it was. Returns how many went."""
    cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=keep_days)).isoformat(timespec="seconds")
    find = ("SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?", (max(keep_newest, 0),))
    row = store.conn.execute(*find).fetchone()  # the newest change outside the kept ones (None: too few)
    if row is None or not store.conn.execute("SELECT 1 FROM history WHERE id <= ? AND at < ? LIMIT 1",
                                             (row[0], cutoff)).fetchone():
        return 0  # nothing to forget: no write transaction at all
    with store.atomic():
        row = store.conn.execute(*find).fetchone()  # again, inside the transaction
        if row is None:
            return 0
        return store.conn.execute("DELETE FROM history WHERE id <= ? AND at < ?", (row[0], cutoff)).rowcount
