"""The plan's history for the History panel and the command line: the recorded changes, newest first, and the
edit that puts back what one of them replaced (see ``planner.storage.history`` for how changes are recorded)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.storage import history as _history
from planner.storage.history import HistoryEntry, apply_recorded

if TYPE_CHECKING:
    from planner.storage.edits import Edit
    from planner.storage.store import PlanStore

__all__ = ["HistoryEntry", "apply_recorded", "entries", "restore", "restore_edit"]


def entries(store: "PlanStore", limit: int = 500) -> list[HistoryEntry]:
    """The newest ``limit`` changes, newest first."""
    return _history.entries(store, limit)


def restore_edit(store: "PlanStore", entry_id: int) -> "Edit":
    """The edit that puts back what change ``entry_id`` replaced, labelled "Restore: …" for Undo; it is checked
    against the plan as it is when applied. Raises PlannerError for an unknown or unrestorable change."""
    return _history.restore_edit(store, entry_id)


def restore(store: "PlanStore", entry_id: int, source: str = "app") -> "Edit":
    """Restore change ``entry_id`` as a new, recorded change (one transaction); returns its inverse."""
    return _history.apply_recorded(store, restore_edit(store, entry_id), source)
