"""The shipped benchmark library: read from the package's data/ and kept in step with the plan file.

Each plan records the hash of the library it was last synced with. When a newer app ships changed figures,
rows the user never touched take the new values; rows the user changed keep the user's values (the new
shipped value is remembered beside them, so the UI can offer it).
"""

from __future__ import annotations

import csv
import hashlib
import io
from functools import lru_cache
from importlib import resources
import sqlite3
from contextlib import AbstractContextManager
from typing import Any, Protocol


class PlanStore(Protocol):
    """What the library sync needs of the plan store (a Protocol: the store imports this module)."""

    conn: sqlite3.Connection

    def atomic(self) -> AbstractContextManager[None]: ...
    def meta(self, key: str, default: str | None = None) -> str | None: ...
    def set_meta(self, key: str, value: str) -> None: ...

LIBRARY_FILES = ("benchmarks.csv", "market_facts.csv", "platforms.csv", "festivals.csv", "fx_rates.csv")


def read_data_text(name: str) -> str:
    try:
        folder = resources.files("planner.data")
    except ModuleNotFoundError:
        from planner.domain.errors import PlannerError

        raise PlannerError(
            "The planner's benchmark library is not installed beside it: install the planner "
            "(pip install .) and run the installed `planner`, not the source folder") from None
    return folder.joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_data_csv(name: str) -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(io.StringIO(read_data_text(name))))


def library_hash() -> str:
    h = hashlib.sha256()
    for name in LIBRARY_FILES:
        h.update(name.encode())
        h.update(read_data_text(name).encode("utf-8"))
    return h.hexdigest()


def _num(text: str) -> float | None:
    text = (text or "").strip()
    return float(text) if text else None


def _bench_rows() -> list[dict[str, Any]]:
    out = []
    for r in read_data_csv("benchmarks.csv"):
        out.append(dict(platform=r["platform"], tier=r["tier"], metric=r["metric"], value=float(r["value"]),
                        low=_num(r["low"]), high=_num(r["high"]), unit=r["unit"], year=r["year"],
                        basis=r["basis"], source=r["source"], note=r["note"]))
    return out


def sync_library(store: "PlanStore", *, in_transaction: bool = False) -> bool:
    """Bring the plan's shipped library up to this app version's data. Returns True if anything changed."""
    digest = library_hash()
    if store.meta("library_hash") == digest:
        return False
    if in_transaction:
        _sync(store, digest)
    else:
        with store.atomic():
            _sync(store, digest)
    return True


def _sync(store: "PlanStore", digest: str) -> None:
    conn = store.conn
    for p in read_data_csv("platforms.csv"):
        conn.execute(
            "INSERT INTO platforms(key, name_en, name_zh, required, color, origin) VALUES (?,?,?,?,?, 'shipped') "
            "ON CONFLICT(key) DO UPDATE SET name_en = excluded.name_en, name_zh = excluded.name_zh, "
            "required = excluded.required WHERE platforms.origin = 'shipped'",
            (p["key"], p["name_en"], p["name_zh"], int(p["required"] == "yes"), p["color"]))
    shipped_keys = set()
    for r in _bench_rows():
        key = (r["platform"], r["tier"], r["metric"])
        shipped_keys.add(key)
        existing = conn.execute(
            "SELECT id, user_modified, origin FROM benchmarks WHERE platform=? AND tier=? AND metric=?", key
        ).fetchone()
        if existing is None:
            conn.execute(
                "INSERT INTO benchmarks(platform, tier, metric, value, low, high, unit, year, basis, source, note,"
                " origin, user_modified, shipped_value, shipped_low, shipped_high)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?, 'shipped', 0, ?,?,?)",
                (*key, r["value"], r["low"], r["high"], r["unit"], r["year"], r["basis"], r["source"], r["note"],
                 r["value"], r["low"], r["high"]))
        elif existing[1]:  # the user changed it: keep theirs, remember the library's new figure
            conn.execute("UPDATE benchmarks SET shipped_value=?, shipped_low=?, shipped_high=? WHERE id=?",
                         (r["value"], r["low"], r["high"], existing[0]))
        else:
            conn.execute(
                "UPDATE benchmarks SET value=?, low=?, high=?, unit=?, year=?, basis=?, source=?, note=?,"
                " origin='shipped', shipped_value=?, shipped_low=?, shipped_high=? WHERE id=?",
                (r["value"], r["low"], r["high"], r["unit"], r["year"], r["basis"], r["source"], r["note"],
                 r["value"], r["low"], r["high"], existing[0]))
    for fid, platform, tier, metric in conn.execute(
            "SELECT id, platform, tier, metric FROM benchmarks WHERE origin='shipped' AND user_modified=0"
    ).fetchall():
        if (platform, tier, metric) not in shipped_keys:
            conn.execute("DELETE FROM benchmarks WHERE id = ?", (fid,))

    conn.execute("DELETE FROM market_facts")
    conn.executemany(
        "INSERT INTO market_facts(platform, metric, value, unit, low, high, year, source_title, source_ref, notes)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(r["platform"], r["metric"], r["value"], r["unit"], r["low"], r["high"], r["year"],
          r["source_title"], r["source_url_or_ref"], r["notes"]) for r in read_data_csv("market_facts.csv")])

    conn.execute("DELETE FROM festivals WHERE origin = 'shipped'")
    has_tiers = "tier" in {r[1] for r in conn.execute("PRAGMA table_info(festivals)")}  # schema v3
    extra = ", tier, platforms, peak_hours" if has_tiers else ""
    conn.executemany(
        'INSERT INTO festivals(key, name_en, name_zh, year, start, "end", presale_start, kind, basis, notes'
        f"{extra}, origin) VALUES (?,?,?,?,?,?,?,?,?,?{',?,?,?' if has_tiers else ''}, 'shipped')",
        [(r["key"], r["name_en"], r["name_zh"], int(r["year"]), r["start"], r["end"], r["presale_start"] or None,
          r["kind"], r["basis"], r["notes"], *((r["tier"], r["platforms"], r["peak_hours"]) if has_tiers else ()))
         for r in read_data_csv("festivals.csv")])

    if _has_table(store, "fx_rates"):
        for r in read_data_csv("fx_rates.csv"):
            conn.execute("INSERT OR IGNORE INTO fx_rates(currency, cny_per_unit, as_of, basis) VALUES (?,?,?,?)",
                         (r["currency"], float(r["cny_per_unit"]), r["as_of"], r["basis"]))
    store.set_meta("library_hash", digest)


def _has_table(store: "PlanStore", name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() \
        is not None


def refresh_shipped_row(store: "PlanStore", figure_id: int) -> None:
    """After a reset, make sure the row carries every shipped field (unit, source, …) again."""
    row = store.conn.execute("SELECT platform, tier, metric FROM benchmarks WHERE id = ?", (figure_id,)).fetchone()
    if row is None:
        return
    for r in _bench_rows():
        if (r["platform"], r["tier"], r["metric"]) == tuple(row):
            with store.atomic():
                store.conn.execute(
                    "UPDATE benchmarks SET value=?, low=?, high=?, unit=?, year=?, basis=?, source=?, note=?,"
                    " user_modified=0 WHERE id=?",
                    (r["value"], r["low"], r["high"], r["unit"], r["year"], r["basis"], r["source"], r["note"],
                     figure_id))
            return
