"""Opening, creating, checking and migrating plan files.

A plan file is only ever written after it has been recognised: every check that can refuse a file runs
on a read-only, immutable connection first, so a file that is not a plan is left byte-for-byte untouched.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from typing import Any
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from planner.domain.errors import (
    ConflictError, NotAPlanError, PlanBusyError, PlannerError, ReadOnlyPlanError,
)
from planner.storage.repositories import PlanRepository
from planner.storage.schema import APPLICATION_ID, CURRENT_VERSION, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
ENV_DB = "PLANNER_DB"
APP_NAME = "LiveCommercePlanner"
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's write before it is refused


def default_plan_path() -> Path:
    """The plan opened when none is named: ``$PLANNER_DB`` or ``plan.sqlite`` in the per-user data folder."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "plan.sqlite"


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}" + (f"?{query}" if query else "")


# Plans open in this process, by file identity. POSIX locks belong to a process and an inode: closing *any*
# descriptor of a plan's file in this process drops every lock SQLite holds on it, and another process then
# believes it is alone (it deletes the WAL, or re-initialises the shared-memory index under us). So while a
# plan is open here, nothing but SQLite opens its files: the header check below is skipped for it.
_open_plans: dict[tuple[int, int], int] = {}
_open_lock = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)  # a stat opens nothing
    except OSError:
        return None
    return st.st_dev, st.st_ino


def is_open_here(path: str | os.PathLike[str]) -> bool:
    """True when this process has the plan at ``path`` open (so its files must not be opened but by SQLite)."""
    ident = _identity(Path(path))
    with _open_lock:
        return ident is not None and ident in _open_plans


def plan_file_names(path: str | os.PathLike[str]) -> tuple[Path, Path, Path]:
    """The plan and SQLite's side files beside it (write-ahead log and its shared-memory index)."""
    path = Path(path)
    return path, Path(f"{path}-wal"), Path(f"{path}-shm")


def _has_wal(path: Path) -> bool:
    try:
        return os.stat(f"{path}-wal").st_size > 0
    except OSError:
        return False


def writable_problem(path: Path) -> str | None:
    """Why the plan can only be read (the file or its folder is read-only), or None when it can be written.
    SQLite needs to create its write-ahead log beside the plan, so the folder must be writable too."""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


def _check_header(path: Path) -> None:
    """The first 100 bytes: an SQLite file of this application, not from a newer version. Reads the file
    with plain I/O, so it is only ever called for a plan this process does not have open."""
    name = str(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise NotAPlanError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if not header:
        raise NotAPlanError(f"{name} is empty: it is not a plan file")
    if not header.startswith(SQLITE_HEADER):
        raise NotAPlanError(f"{name} is not a plan file (it is not an SQLite database)")
    if len(header) < 100:
        raise NotAPlanError(f"{name} is damaged: the file is truncated")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAPlanError(f"{name} is an SQLite database of another application, not a planner plan")
    _check_version(name, int.from_bytes(header[60:64], "big"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, counter, valid_for = (int.from_bytes(header[i:i + 4], "big") for i in (28, 24, 92))
    if pages and counter == valid_for and size < pages * page_size and not _has_wal(path):
        raise NotAPlanError(f"{name} is damaged: the file is truncated")


def _check_version(name: str, version: int) -> None:
    if version > CURRENT_VERSION:
        raise NotAPlanError(
            f"{name} was written by a newer version of the planner (plan format {version}; "
            f"this version reads up to {CURRENT_VERSION}). Update the planner to open it."
        )


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees the write-ahead log; in a read-only folder without a log (nobody can
    be writing), an immutable one."""
    try:
        conn = sqlite3.connect(_uri(path, mode="ro"), uri=True, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        if _has_wal(path):
            raise NotAPlanError(
                f"{path} cannot be read: its folder is read-only and another program has changes "
                "in its write-ahead log. Close that program, or copy the plan with its -wal file "
                "to a folder you can write to.") from None
        return sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None,
                               check_same_thread=False)


def _write_error(exc: sqlite3.OperationalError) -> PlannerError:
    """A write SQLite refused, in words: busy (retry), read-only, or the disk."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return PlanBusyError(f"The plan is busy: another program has been writing to it for over "
                             f"{BUSY_TIMEOUT_MS // 1000} s. Nothing was written; try again.")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyPlanError("The plan can no longer be written (its file or folder became read-only); "
                                 "nothing was written.")
    if "disk" in text or "full" in text:
        return PlannerError(f"The plan could not be written ({text}); nothing was written.")
    return PlannerError(f"The plan could not be written: {text}")


def _damaged(name: str, detail: str) -> NotAPlanError:
    return NotAPlanError(f"{name} is damaged (truncated or corrupt): {detail.splitlines()[0][:200]}")


def _check_contents(conn: sqlite3.Connection, name: str, *, full: bool = False) -> tuple[int, list[str]]:
    """Application, format version and (quick or full) integrity as this connection sees the plan — with
    its write-ahead log when it has one. Returns the version and the integrity problems in words."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotAPlanError(f"{name} is an SQLite database of another application, not a planner plan")
        _check_version(name, version)
        rows = [r[0] for r in conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}")]
    except sqlite3.DatabaseError as exc:
        raise _damaged(name, str(exc)) from None
    return version, ([] if rows == ["ok"] else rows)


def inspect_plan_file(path: Path) -> int:
    """Check that ``path`` is a plan this version can open, as SQLite sees it (with its write-ahead log),
    without writing anything and without leaving side files beside a file that is refused.

    Returns the file's schema version. Raises NotAPlanError naming the file and what is wrong.
    """
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise NotAPlanError(f"{name}: no such file")
    if path.is_dir():
        raise NotAPlanError(f"{name} is a folder, not a plan file")
    if not is_open_here(path):
        _check_header(path)
    return _probe(path)[0]


def _probe(path: Path, *, full: bool = False) -> tuple[int, list[str]]:
    """Version and integrity. Without a write-ahead log the main file is the whole plan, and an immutable
    connection reads it without creating side files; with one (another program has the plan open, or was
    killed while writing), only a connection that reads the log sees the plan as it is."""
    name = str(path)
    for attempt in range(2):
        wal = _has_wal(path) or is_open_here(path)
        uri = _uri(path, mode="ro") if wal else _uri(path, mode="ro", immutable="1")
        try:
            conn = sqlite3.connect(uri, uri=True)
        except sqlite3.Error as exc:
            raise NotAPlanError(f"{name} cannot be opened as a plan: {exc}") from None
        try:
            conn.execute("PRAGMA busy_timeout = 5000")
            try:
                version, problems = _check_contents(conn, name, full=full)
            except NotAPlanError:
                # Another program may have started writing (and checkpointing) while the immutable
                # connection read the main file: look again, through the log.
                if not wal and attempt == 0 and _has_wal(path):
                    continue
                raise
            if problems and not full:
                if not wal and attempt == 0 and _has_wal(path):
                    continue
                raise _damaged(name, problems[0])
            return version, problems
        except sqlite3.OperationalError as exc:  # e.g. a read-only folder and a log we cannot index
            raise NotAPlanError(f"{name} cannot be read: {exc}") from None
        finally:
            conn.close()
    raise AssertionError("unreachable")


def check_plan_file(path: Path) -> tuple[int, list[str], dict[str, int]]:
    """Verify a plan without changing it: format version, problems in words, and record counts — as SQLite
    sees the plan, with its write-ahead log."""
    path = Path(path)
    inspect_plan_file(path)
    version, problems = _probe(path, full=True)
    wal = _has_wal(path) or is_open_here(path)
    conn = sqlite3.connect(_uri(path, mode="ro") if wal else _uri(path, mode="ro", immutable="1"), uri=True)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        problems = [f"integrity: {line}" for line in problems]
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"{table} row {rowid} points to a missing {parent} record")
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("campaigns", "hosts", "sessions", "benchmarks")}
    except sqlite3.DatabaseError as exc:
        raise _damaged(str(path), str(exc)) from None
    finally:
        conn.close()
    return version, problems, counts


class PlanStore(PlanRepository):
    """An open plan file. Use :meth:`open`; every write goes through :meth:`atomic`.

    ``read_only`` says why the plan cannot be written (None when it can): such a plan is shown, charted and
    exported, and every edit is refused with that reason.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: str | None = None) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._savepoints = itertools.count(1)
        self._listeners: list = []
        self.last_written: datetime | None = None
        #: The newest time of the plan file and its WAL journal before this store opened them. Edits land in
        #: the journal, and the file changes only when the journal is copied back (not at a close while a
        #: helper still reads), so the file's own time lagged; the journal's time changes as it is opened.
        self.written_before_open: datetime | None = None
        self._identity = _identity(path) if str(path) != ":memory:" else None
        if self._identity is not None:
            with _open_lock:
                _open_plans[self._identity] = _open_plans.get(self._identity, 0) + 1

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, create: bool = True,
             seed_demo: bool = True) -> "PlanStore":
        """Open a plan file, creating and seeding it if it does not exist and ``create`` is true.

        Raises NotAPlanError for anything that is not a plan; the file is not touched then. A plan that
        cannot be written (read-only file or folder) opens read-only (see ``read_only``).
        """
        path = Path(path) if path is not None else default_plan_path()
        path = path.expanduser()
        if not path.exists():
            if not create:
                raise NotAPlanError(f"{path}: no such file")
            cls._create(path, seed_demo=seed_demo)
        times = [p.stat().st_mtime for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        version = inspect_plan_file(path)
        reason = writable_problem(path)
        conn = cls._connect(path, read_only=reason is not None)
        store = cls(path, conn, read_only=reason)
        store.written_before_open = datetime.fromtimestamp(max(times), timezone.utc)
        try:
            if version < CURRENT_VERSION or store.schema_version < CURRENT_VERSION:
                if reason is not None:
                    raise NotAPlanError(
                        f"{path} is in an older plan format ({version}) and {reason}: it must be upgraded "
                        "before this version can open it. Copy it to a folder you can write to.")
                store._migrate()
            if reason is None:
                from planner.storage.pruning import prune
                from planner.storage.library import sync_library

                sync_library(store)
                try:
                    prune(store)
                except PlanBusyError:
                    pass  # another program is writing: the history is pruned at a later open
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def from_snapshot(cls, data: bytes) -> "PlanStore":
        """A private, in-memory copy of a plan (see :meth:`snapshot`): a helper process reads it without
        touching the plan's files or depending on the plan's cross-process locks."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if data[18:20] == b"\x02\x02":  # a WAL plan: in memory it is read as a plain (rollback) database
            data = data[:18] + b"\x01\x01" + data[20:]
        conn.deserialize(data)
        return cls(Path(":memory:"), conn, read_only="it is a snapshot")

    def snapshot(self) -> bytes:
        """One consistent copy of the whole plan as bytes (for a helper process; see :meth:`from_snapshot`)."""
        return self.conn.serialize()

    def reader(self) -> "PlanStore":
        """A second, read-only connection to the same plan, for work on another thread.

        WAL lets it read while this connection writes; it sees each committed transaction.
        """
        if self._identity is None:  # an in-memory snapshot: a copy of it
            return PlanStore.from_snapshot(self.snapshot())
        return PlanStore.open_reader(self.path)

    @classmethod
    def open_reader(cls, path: str | os.PathLike[str]) -> "PlanStore":
        """A read-only connection to an open plan (another thread's view of it)."""
        path = Path(path)
        conn = cls._connect(path, read_only=True)
        return cls(path, conn, read_only="it is a reader")

    @staticmethod
    def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
        if read_only:
            conn = _connect_read_only(path)
            conn.execute("PRAGMA foreign_keys = ON")
            return conn
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
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

    def _migrate(self) -> None:
        """Run every migration the plan still needs, in one transaction (all or nothing). The version is
        read inside the transaction, so a second process that upgraded first is not upgraded again."""
        # Foreign keys cannot change inside a transaction; migrations only add, so keep them on.
        with self.atomic():
            from_version = self.schema_version
            for version in range(from_version + 1, CURRENT_VERSION + 1):
                for sql in MIGRATIONS[version - 1]:
                    self.conn.execute(sql)
            self.conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")

    # -- transactions and change notification -------------------------------------------------
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
        if self.read_only is not None:
            raise ReadOnlyPlanError(f"This plan is read-only ({self.read_only}): nothing can be changed in it.")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _write_error(exc) from None
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError):
                raise ConflictError(
                    f"The plan changed elsewhere meanwhile ({exc}); nothing was written.") from None
            if isinstance(exc, sqlite3.OperationalError):
                raise _write_error(exc) from None
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

    def data_version(self) -> int | None:
        """SQLite's ``data_version``: it changes when another connection (another process, another window)
        commits a change to the plan; None when the plan is closed."""
        try:
            return self.conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            return None

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
        missing = {"platforms", "benchmarks", "hosts", "campaigns", "sessions"} - {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
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
        if target.exists() and (is_open_here(target) or target.resolve() == self.path.resolve()):
            raise PlannerError(f"{target} is a plan open in the planner: choose another name for the copy")
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
        if self.read_only is None:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self._identity is not None:
            with _open_lock:
                left = _open_plans.get(self._identity, 1) - 1
                if left:
                    _open_plans[self._identity] = left
                else:
                    _open_plans.pop(self._identity, None)
            self._identity = None

    def __enter__(self) -> "PlanStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
