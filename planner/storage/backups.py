"""Automatic rotating backups of a plan, made with SQLite's backup API — never by copying the plan's files with
open()/shutil: closing any descriptor of an open plan's file drops every SQLite lock this process holds on it
(see store.py). A backup is a complete plan file (journal mode DELETE) in the per-user data folder's
``backups/`` (``$PLANNER_BACKUP_DIR`` chooses another), named after the plan and the time it was made; the last
:data:`KEEP` of each plan are kept. Restoring copies a backup into the live plan through the same API (SQLite
writes it), after backing up the current state first.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import NotAPlanError, PlannerError

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

ENV_BACKUP_DIR = "PLANNER_BACKUP_DIR"
KEEP = 10
EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"
_ID_TABLES = ("hosts", "campaigns", "sessions")  # whose ids are never reused (see PlanRepository._new_ids)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime  # UTC
    campaigns: int
    hosts: int
    sessions: int

    def summary(self) -> str:
        return f"{self.campaigns} campaign(s), {self.hosts} host(s), {self.sessions:,} session(s)"


def backup_folder() -> Path:
    env = os.environ.get(ENV_BACKUP_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    from planner.storage.store import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"


def _key(plan: Path) -> str:
    """The plan's name and a short digest of its full path: two plans called plan.sqlite keep apart."""
    digest = hashlib.sha1(str(Path(plan).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{Path(plan).stem}-{digest}"


def _made(path: Path, key: str) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(key) + 1:-len(".sqlite")], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def _files(plan: Path, folder: Path) -> list[tuple[datetime, Path]]:
    key = _key(plan)
    found = [(_made(p, key), p) for p in folder.glob(f"{key}-*.sqlite")] if folder.is_dir() else []
    return sorted(((m, p) for m, p in found if m is not None), reverse=True)


def make_backup(store: "PlanStore", folder: Path | None = None, keep: int = KEEP, *,
                spare: Path | None = None) -> Path:
    """Write a backup of the plan as it is now (one consistent snapshot) and keep the newest ``keep`` (and
    ``spare``, the backup being restored, whatever its age)."""
    folder = folder or backup_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"Cannot create the backup folder {folder}: {exc.strerror or exc}") from None
    target = folder / f"{_key(store.path)}-{datetime.now(timezone.utc).strftime(_STAMP)}.sqlite"
    tmp = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise PlannerError(f"The backup could not be written to {folder}: {exc}") from None
    spared = Path(spare).resolve() if spare is not None else None
    for _made_at, old in _files(store.path, folder)[keep:]:
        if old.resolve() != spared:
            old.unlink(missing_ok=True)
    return target


def ensure_recent(store: "PlanStore", folder: Path | None = None, every: timedelta = EVERY) -> Path | None:
    """On open and then now and again: a backup unless one younger than ``every`` exists (at most daily)."""
    found = _files(store.path, folder or backup_folder())
    if found and datetime.now(timezone.utc) - found[0][0] < every:
        return None
    return make_backup(store, folder)


def backups_of(plan: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The plan's backups, newest first, each with what it holds."""
    out = []
    for made, path in _files(plan, folder or backup_folder()):
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("campaigns", "hosts", "sessions")]
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # not readable as a plan: not offered
        out.append(BackupInfo(path, made, *counts))
    return out


def restore_backup(store: "PlanStore", backup: Path, folder: Path | None = None, source: str = "app") -> Path:
    """Put the plan back as ``backup`` has it: first a backup of the current state (returned), then SQLite
    copies the backup into the live plan, and the history records the restore."""
    from planner.storage.store import inspect_plan_file

    if store.read_only is not None:
        raise PlannerError(f"This plan is read-only ({store.read_only}): it cannot be restored from a backup.")
    version = inspect_plan_file(backup)
    if version != store.schema_version:
        raise NotAPlanError(f"{backup.name} is in plan format {version}, this plan in {store.schema_version}: "
                            "open it with File ▸ Open plan instead")
    # The oldest backup must survive the rotation the safety backup makes (it was deleted before it was read).
    safety = make_backup(store, folder, spare=backup)
    conn = store.conn
    # What the backup does not know but the plan must keep: the ids handed out since (never reused, or an
    # Undo in another window could delete a record that now has the same id) and the history since. They are
    # put into a private copy of the backup, with the restore's own record, and that copy goes into the live
    # plan in one step: a kill at any moment leaves the plan as it was or fully restored, never in between.
    marks = {t: max(conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0],
                    int(store.meta(f"last_id:{t}", "0") or 0)) for t in _ID_TABLES}
    since = conn.execute("SELECT id, at, label, source, kind, records, before, after FROM history").fetchall()
    source_conn = staged = None
    try:
        source_conn = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
        staged = sqlite3.connect(":memory:", isolation_level=None)
        source_conn.backup(staged)
        _stage(staged, marks, since, source, f"Restored from backup {backup.name} (the state before: {safety.name})")
        staged.backup(conn)
    except sqlite3.Error as exc:
        raise PlannerError(f"The plan could not be restored from {backup.name}: {exc}. It is unchanged; "
                           f"the state before is also in {safety.name}.") from None
    finally:
        for c in (source_conn, staged):
            if c is not None:
                c.close()
    store.last_written = datetime.now(timezone.utc)
    return safety


def _stage(conn: sqlite3.Connection, marks: dict[str, int], history: list[tuple], source: str, label: str) -> None:
    """In the private copy of a backup: the live plan's id high-water marks and history, and the restore's record."""
    from planner.storage.history import record
    from planner.storage.store import PlanStore

    staged = PlanStore(Path(":memory:"), conn)
    with staged.atomic():
        for table, mark in marks.items():
            if mark > int(staged.meta(f"last_id:{table}", "0") or 0):
                staged.set_meta(f"last_id:{table}", str(mark))
        conn.executemany("INSERT OR IGNORE INTO history(id, at, label, source, kind, records, before, after) "
                         "VALUES (?,?,?,?,?,?,?,?)", history)
        record(staged, None, None, source, label)
