"""Opening, creating, checking and migrating plan files.

A plan file is only ever written after it has been recognised: every check that can refuse a file runs
on a read-only, immutable connection first, so a file that is not a plan is left byte-for-byte untouched.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Any
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from planner.domain.errors import NotAPlanError, PlannerError
from planner.storage.repositories import PlanRepository
from planner.storage.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_DB = "PLANNER_DB"
APP_NAME = "LiveCommercePlanner"


def default_plan_path() -> Path:
    """The plan opened when none is named: ``$PLANNER_DB`` or ``plan.sqlite`` in the per-user data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "plan.sqlite"


def _readonly_uri(path: Path) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"


def inspect_plan_file(path: Path) -> int:
    """Check that ``path`` is a plan this version can open, without writing anything.

    Returns the file's schema version. Raises NotAPlanError naming the file and what is wrong.
    """
    name = str(path)
    if not path.exists():
        raise NotAPlanError(f"{name}: no such file")
    if path.is_dir():
        raise NotAPlanError(f"{name} is a folder, not a plan file")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise NotAPlanError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if not header:
        raise NotAPlanError(f"{name} is empty: it is not a plan file")
    if not header.startswith(SQLITE_HEADER):
        raise NotAPlanError(f"{name} is not a plan file (it is not an SQLite database)")
    if len(header) < 100:
        raise NotAPlanError(f"{name} is damaged: the file is truncated")
    try:
        probe = sqlite3.connect(_readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise NotAPlanError(f"{name} cannot be opened as a plan: {exc}") from None
    try:
        app_id = probe.execute("PRAGMA application_id").fetchone()[0]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAPlanError(
                f"{name} is an SQLite database of another application, not a planner plan"
            )
        if version > CURRENT_VERSION:
            raise NotAPlanError(
                f"{name} was written by a newer version of the planner (plan format {version}; "
                f"this version reads up to {CURRENT_VERSION}). Update the planner to open it."
            )
        result = [r[0] for r in probe.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise NotAPlanError(f"{name} is damaged (truncated or corrupt): {result[0]}")
    except sqlite3.DatabaseError as exc:
        raise NotAPlanError(f"{name} is damaged (truncated or corrupt): {exc}") from None
    finally:
        probe.close()
    return version


def check_plan_file(path: Path) -> tuple[int, list[str], dict[str, int]]:
    """Verify a plan without changing it: format version, problems in words, and record counts."""
    version = inspect_plan_file(path)
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    try:
        problems: list[str] = []
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {line}" for line in integrity)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("campaigns", "hosts", "sessions", "benchmarks")}
    except sqlite3.DatabaseError as exc:
        raise NotAPlanError(f"{path} is damaged (truncated or corrupt): {exc}") from None
    finally:
        conn.close()
    return version, problems, counts


class PlanStore(PlanRepository):
    """An open plan file. Use :meth:`open`; every write goes through :meth:`atomic`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._savepoints = itertools.count(1)
        self._listeners: list = []
        self.last_written: datetime | None = None
        #: The newest time of the plan file and its WAL journal before this store opened them. Edits land in
        #: the journal, and the file changes only when the journal is copied back (not at a close while a
        #: helper still reads), so the file's own time lagged; the journal's time changes as it is opened.
        self.written_before_open: datetime | None = None

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, create: bool = True,
             seed_demo: bool = True) -> "PlanStore":
        """Open a plan file, creating and seeding it if it does not exist and ``create`` is true.

        Raises NotAPlanError for anything that is not a plan; the file is not touched then.
        """
        path = Path(path) if path is not None else default_plan_path()
        path = path.expanduser()
        if not path.exists():
            if not create:
                raise NotAPlanError(f"{path}: no such file")
            cls._create(path, seed_demo=seed_demo)
        times = [p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        version = inspect_plan_file(path)
        conn = cls._connect(path)
        store = cls(path, conn)
        store.written_before_open = datetime.fromtimestamp(max(times), timezone.utc)
        try:
            if version < CURRENT_VERSION:
                store._migrate(version)
            from planner.storage.library import sync_library

            sync_library(store)
        except Exception:
            conn.close()
            raise
        return store

    def reader(self) -> "PlanStore":
        """A second, read-only connection to the same plan, for work on another thread.

        WAL lets it read while this connection writes; it sees each committed transaction.
        """
        return PlanStore.open_reader(self.path)

    @classmethod
    def open_reader(cls, path: str | os.PathLike[str]) -> "PlanStore":
        """A read-only connection to an open plan (another thread's or process's view of it)."""
        path = Path(path)
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                               isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        return cls(path, conn)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    @classmethod
    def _create(cls, path: Path, *, seed_demo: bool) -> None:
        """Build a new plan beside its final name, then move it into place: never a half-made plan."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlannerError(f"Cannot create the folder for {path}: {exc.strerror or exc}") from None
        tmp = path.with_name(path.name + ".creating")
        for leftover in (tmp, Path(str(tmp) + "-journal")):
            leftover.unlink(missing_ok=True)
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
        except sqlite3.Error as exc:
            raise PlannerError(f"Cannot create {path}: {exc}") from None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(path, conn)
            with store.atomic():
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                for version, statements in enumerate(MIGRATIONS, start=1):
                    for sql in statements:
                        conn.execute(sql)
                conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
                from planner.storage.library import sync_library

                sync_library(store, in_transaction=True)
                if seed_demo:
                    from planner.storage.demo import seed_demo_campaign

                    seed_demo_campaign(store)
            conn.close()
            os.replace(tmp, path)
        except BaseException:
            conn.close()
            tmp.unlink(missing_ok=True)
            raise

    def _migrate(self, from_version: int) -> None:
        """Run every migration after ``from_version`` in one transaction (all or nothing)."""
        # Foreign keys cannot change inside a transaction; migrations only add, so keep them on.
        with self.atomic():
            for version in range(from_version + 1, CURRENT_VERSION + 1):
                for sql in MIGRATIONS[version - 1]:
                    self.conn.execute(sql)
            self.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    # -- transactions and change notification -------------------------------------------------
    @cached_property
    def db(self):  # -> sqlite_utils.Database
        """sqlite-utils over the same connection, for schema work (imported on first use: it loads pandas,
        which would otherwise add most of a second to every start)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One user action = one transaction. Nested blocks become savepoints, so an inner failure
        rolls back only its own part while the outer transaction decides."""
        conn = self.conn
        if conn.in_transaction:
            name = f"planner_sp_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.last_written = datetime.now(timezone.utc)

    def last_write(self) -> datetime | None:
        """When the plan was last written: by this store, else as the files said when it was opened."""
        return self.last_written or self.written_before_open

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def check(self) -> list[str]:
        """Integrity and foreign-key check; returns problems in words (empty when all is well)."""
        problems: list[str] = []
        missing = {"platforms", "benchmarks", "hosts", "campaigns", "sessions"} - set(self.db.table_names())
        problems.extend(f"table {name} is missing" for name in sorted(missing))
        integrity = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {line}" for line in integrity)
        for table, rowid, parent, _fk in self.conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
        return problems

    def backup_to(self, target: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the whole plan to ``target`` (Save a copy as)."""
        target = Path(target)
        tmp = target.with_name(target.name + ".saving")
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp))
        try:
            self.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> "PlanStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
