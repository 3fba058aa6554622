"""The plan's history: every change is recorded in the ``history`` table in the same transaction as the change
itself, so it survives restarts and a change is never on disk without its record (nor a record without it).

A record keeps when, what (the edit's label), where it came from (the app, the CLI), which records it touched,
and the edit (``after``) and the edit that reverses it (``before``) as JSON — plain data, never pickle, so
reading an old plan's history can never run code. Restoring a change applies its ``before`` as a new edit:
deletes come back with what went with them; an update puts the old values back only if the fields still hold
what the change wrote (compare-and-set, like every edit).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError
from planner.domain import models
from planner.storage.pruning import KEEP_DAYS, KEEP_NEWEST, prune
from planner.storage.rows import SessionRows

__all__ = ["KEEP_DAYS", "KEEP_NEWEST", "HistoryEntry", "apply_recorded", "entries", "prune", "record",
           "restore_edit"]

if TYPE_CHECKING:
    from planner.storage.edits import Edit
    from planner.storage.store import PlanStore

#: The domain records an edit may carry, by name (the only classes a history entry can make).
_RECORDS = {cls.__name__: cls for cls in (models.Host, models.Campaign, models.Session, models.SessionActual,
                                          models.BenchmarkFigure)}
#: Which table a record's id belongs to.
_TABLES = {"Host": "hosts", "Campaign": "campaigns", "Session": "sessions", "SessionActual": "sessions",
           "BenchmarkFigure": "benchmarks"}
_ID_FIELDS = {"host_ids": "hosts", "session_ids": "sessions", "campaign_id": "campaigns", "scenario_ids": "campaigns"}


def _edit_classes() -> dict[str, type]:
    from planner.storage import actuals, edits

    found = {}
    for module in (edits, actuals):
        for name, obj in vars(module).items():
            if isinstance(obj, type) and dataclasses.is_dataclass(obj) and hasattr(obj, "apply"):
                found[name] = obj
    return found


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    label: str
    source: str
    kind: str
    records: dict[str, list[int]]
    restorable: bool

    def summary(self) -> str:
        """"2 hosts, 12 sessions" — which records the change touched."""
        parts = []
        for table, ids in self.records.items():
            n = len(ids)
            one = table[:-1]
            parts.append(f"{one} {ids[0]}" if n == 1 else f"{n:,} {table}")
        return ", ".join(parts)


# -- encoding ------------------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """An edit (and the records in it) as JSON-ready data, each object tagged with its class name."""
    if isinstance(value, SessionRows):
        return {"__rows__": [list(r) for r in value]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"__type__": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = encode(getattr(value, f.name))
        return out
    if isinstance(value, datetime):
        return {"__datetime__": value.isoformat()}
    if isinstance(value, date):
        return {"__date__": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "edit") and hasattr(value, "label"):  # a wrapper that adds progress to an import
        return encode(value.edit)
    return {"__unknown__": type(value).__name__}  # recorded, but not restorable


def decode(data: Any, classes: dict[str, type] | None = None) -> Any:
    classes = classes if classes is not None else {**_RECORDS, **_edit_classes()}
    if isinstance(data, list):
        return tuple(decode(v, classes) for v in data)
    if not isinstance(data, dict):
        return data
    if "__rows__" in data:
        return SessionRows(tuple(r) for r in data["__rows__"])
    if "__datetime__" in data:
        return datetime.fromisoformat(data["__datetime__"])
    if "__date__" in data:
        return date.fromisoformat(data["__date__"])
    name = data.get("__type__")
    if name not in classes:
        raise PlannerError(f"This change cannot be restored: it holds {name or data.get('__unknown__')!r}, "
                           "which this version does not know")
    cls = classes[name]
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = decode(data[f.name], classes)
    return cls(**kwargs)


def records_of(*edits: Any) -> dict[str, list[int]]:
    """The ids an edit (and its inverse) touch, by table."""
    found: dict[str, set[int]] = {}

    def walk(v: Any) -> None:
        if isinstance(v, SessionRows):
            found.setdefault("sessions", set()).update(r[0] for r in v)
        elif dataclasses.is_dataclass(v) and not isinstance(v, type):
            name = type(v).__name__
            if name in _TABLES:
                rid = getattr(v, "id", None) if name != "SessionActual" else v.session_id  # type: ignore[attr-defined]
                if rid is not None:
                    found.setdefault(_TABLES[name], set()).add(rid)
                return
            for f in dataclasses.fields(v):
                value = getattr(v, f.name)
                if f.name in _ID_FIELDS and value is not None and f.name != "expected_sessions":
                    ids = value if isinstance(value, (tuple, list)) else (value,)
                    found.setdefault(_ID_FIELDS[f.name], set()).update(i for i in ids if isinstance(i, int))
                else:
                    walk(value)
        elif isinstance(v, (list, tuple)):
            for item in v:
                walk(item)
        elif hasattr(v, "edit") and hasattr(v, "label"):
            walk(v.edit)

    for e in edits:
        walk(e)
    return {table: sorted(ids) for table, ids in sorted(found.items())}


# -- writing and reading ---------------------------------------------------------------------------
def record(store: "PlanStore", edit: Any, inverse: Any, source: str = "app", label: str | None = None) -> None:
    """Write the history entry of a change. Call inside the change's transaction."""
    store.conn.execute(
        "INSERT INTO history(at, label, source, kind, records, before, after) VALUES (?,?,?,?,?,?,?)",
        (datetime.now(timezone.utc).isoformat(timespec="seconds"), label or getattr(edit, "label", "Change"),
         source, type(getattr(edit, "edit", edit)).__name__ if edit is not None else "", json.dumps(records_of(edit, inverse)),
         json.dumps(encode(inverse), ensure_ascii=False), json.dumps(encode(edit), ensure_ascii=False)))


def apply_recorded(store: "PlanStore", edit: "Edit", source: str = "app", label: str | None = None,
                   **kwargs: Any) -> "Edit":
    """Apply an edit and record it in the history, in one transaction; returns its inverse."""
    with store.atomic():
        inverse = edit.apply(store, **kwargs)  # type: ignore[call-arg]
        record(store, edit, inverse, source, label)
    return inverse


def entries(store: "PlanStore", limit: int = 500) -> list[HistoryEntry]:
    """The newest changes first."""
    rows = store.conn.execute("SELECT id, at, label, source, kind, records, "
                              "before != 'null' AND before NOT LIKE '%\"__unknown__\"%' "
                              "FROM history ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [HistoryEntry(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], json.loads(r[5]), bool(r[6]))
            for r in rows]


def restore_edit(store: "PlanStore", entry_id: int) -> "Edit":
    """The edit that puts back what a recorded change replaced (a deleted host with its sessions, a field's
    old value), labelled for Undo. Apply it as any edit: it is checked against the plan as it is now."""
    row = store.conn.execute("SELECT label, before FROM history WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise PlannerError(f"No change {entry_id} in this plan's history")
    edit = decode(json.loads(row[1]))
    if not (dataclasses.is_dataclass(edit) and hasattr(edit, "apply")):
        raise PlannerError(f"Change {entry_id} ({row[0]}) cannot be restored: it keeps no earlier state "
                           "(a restore from a backup: restore the backup it made instead)")
    return dataclasses.replace(edit, label=f"Restore: {row[0]}")  # type: ignore[type-var, return-value]
