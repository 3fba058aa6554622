"""Helpers shared by the exchange tests."""

from __future__ import annotations

FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"点我\")"


def dump(store) -> dict[str, list[tuple]]:
    """Every row of every table, to prove a failed import changed nothing."""
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: store.conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
