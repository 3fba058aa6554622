"""Anything that is not a plan is refused with a clear message and left byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from planner.domain.errors import NotAPlanError
from planner.storage import PlanStore
from planner.storage.schema import APPLICATION_ID, CURRENT_VERSION


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_untouched(path, match):
    before = _digest(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(NotAPlanError, match=match):
        PlanStore.open(path)
    assert _digest(path) == before
    assert set(path.parent.iterdir()) == siblings  # no -wal, -shm or journal left behind


def test_text_file(tmp_path):
    p = tmp_path / "notes.sqlite"
    p.write_text("just some notes\n")
    _assert_refused_untouched(p, "not a plan file \\(it is not an SQLite database\\)")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.sqlite"
    p.write_bytes(b"")
    _assert_refused_untouched(p, "is empty")


def test_png_file(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    _assert_refused_untouched(p, "not an SQLite database")


def test_another_apps_sqlite(tmp_path):
    p = tmp_path / "other.sqlite"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(p, "another application")


def test_plan_from_a_newer_version(tmp_path, plan_path):
    p = tmp_path / "newer.sqlite"
    shutil.copy(plan_path, p)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    _assert_refused_untouched(p, "newer version of the planner")


def test_truncated_plan(tmp_path, plan_path):
    p = tmp_path / "truncated.sqlite"
    data = plan_path.read_bytes()
    p.write_bytes(data[: len(data) // 3])
    _assert_refused_untouched(p, "damaged")


def test_corrupt_plan(tmp_path, plan_path):
    p = tmp_path / "corrupt.sqlite"
    data = bytearray(plan_path.read_bytes())
    # Overwrite a stretch of pages after the header with garbage.
    data[4096 * 2: 4096 * 6] = bytes([0xA5]) * (4096 * 4)
    p.write_bytes(bytes(data))
    _assert_refused_untouched(p, "damaged")


def test_folder_is_not_a_plan(tmp_path):
    d = tmp_path / "folder.sqlite"
    d.mkdir()
    with pytest.raises(NotAPlanError, match="is a folder"):
        PlanStore.open(d)


def test_application_id_is_what_marks_a_plan(tmp_path):
    p = tmp_path / "marked.sqlite"
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    # Marked as ours but with no schema: version 0 is migrated from scratch, not refused.
    store = PlanStore.open(p)
    assert store.schema_version == CURRENT_VERSION
    store.close()
