"""Helpers shared by the exchange tests."""

from __future__ import annotations

FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"点我\")"


def dump(store, *, id_marks: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a failed import changed nothing. ``id_marks=False`` leaves out the
    ids' high-water marks, which an undo keeps on purpose (ids are never reused), and the history, which
    records the change and its undo."""
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {n: store.conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    if not id_marks:
        out["meta"] = [r for r in out["meta"] if not str(r[0]).startswith("last_id:")]
        out.pop("history", None)
    return out
