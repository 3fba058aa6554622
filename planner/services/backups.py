"""The plan's automatic backups for File ▸ Restore from backup and the command line (``planner backups``,
``planner restore-backup``): list them with what each holds, make one when due, put one back. How they are made
(SQLite's backup API, never a file copy of an open plan) is ``planner.storage.backups``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner.storage import backups as _backups
from planner.storage.backups import EVERY, KEEP, BackupInfo, backup_folder

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

__all__ = ["EVERY", "KEEP", "BackupInfo", "back_up_if_due", "backup_folder", "backups_of", "ensure_recent",
           "restore_backup"]


def backups_of(plan: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The plan's backups, newest first, each with its date and what it holds."""
    return _backups.backups_of(plan, folder)


def ensure_recent(store: "PlanStore", folder: Path | None = None, every: timedelta = EVERY) -> Path | None:
    """A backup unless one younger than ``every`` exists; returns the new backup's path, or None."""
    return _backups.ensure_recent(store, folder, every)


def back_up_if_due(plan: Path, folder: Path | None = None, every: timedelta = EVERY) -> Path | None:
    """:func:`ensure_recent` for the plan at ``plan``, read through a read-only connection of the caller's own
    (a plain thread's: WAL gives it a consistent snapshot while the window keeps writing)."""
    from planner.storage.store import PlanStore

    reader = PlanStore.open_reader(plan)
    try:
        return _backups.ensure_recent(reader, folder, every)
    finally:
        reader.close()


def restore_backup(store: "PlanStore", backup: Path, folder: Path | None = None, source: str = "app") -> Path:
    """Put ``backup`` back into the plan after backing up the current state (whose path is returned); the
    plan's history and the ids handed out since the backup are kept; the restore is recorded."""
    return _backups.restore_backup(store, backup, folder, source)
