"""Undoable edits of actual results (复盘), in the style of :mod:`planner.storage.edits`.

Recording figures for a session marks it done; the undo puts back the figures and the status it had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from planner.domain.actuals import has_figures, validate_actual
from planner.domain.errors import Problem, ValidationError
from planner.domain.models import Session, SessionActual

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

#: Statuses a session leaves for "done" when its actual results are recorded.
OPEN_STATUSES = ("planned", "confirmed")


def write_actual(store: "PlanStore", actual: SessionActual | None, session_id: int) -> None:
    """Store one session's actuals as given (None or no figures: remove them). Inside a transaction."""
    if has_figures(actual):
        store.set_actual(actual)  # type: ignore[arg-type]
    else:
        store.conn.execute("DELETE FROM session_actuals WHERE session_id = ?", (session_id,))


def check_actuals(store: "PlanStore", actuals: tuple[SessionActual, ...], now: datetime | None = None,
                  ) -> list[Problem]:
    """Every problem of these actuals against their sessions (``where`` names the session)."""
    problems: list[Problem] = []
    for a in actuals:
        session = store.session(a.session_id)
        for p in validate_actual(a, session, now):
            problems.append(Problem(p.field, p.value, p.message, p.severity, where=f"session {a.session_id}"))
    return problems


@dataclass(frozen=True)
class SetActuals:
    """Record (or replace) the actual results of sessions; sessions with figures are marked done.

    Refused as a whole (ValidationError naming session, field, value and rule) if any actual breaks a rule.
    """

    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions", "session_actuals"})
    actuals: tuple[SessionActual, ...]
    label: str = "Record actual results"
    mark_done: bool = True
    now: datetime | None = field(default=None, compare=False)  # the clock, for tests

    def apply(self, store: "PlanStore") -> "RestoreActuals":
        problems = check_actuals(store, self.actuals, self.now)
        if any(p.severity == "error" for p in problems):
            raise ValidationError(problems, "actual results")
        with store.atomic():
            before = tuple(store.actual(a.session_id) for a in self.actuals)
            statuses = tuple((a.session_id, store.session(a.session_id).status) for a in self.actuals)
            for a in self.actuals:
                write_actual(store, a, a.session_id)
                if self.mark_done and has_figures(a):
                    store.conn.execute(
                        f"UPDATE sessions SET status = 'done' WHERE id = ? AND status IN "
                        f"({', '.join('?' * len(OPEN_STATUSES))})", (a.session_id, *OPEN_STATUSES))
        return RestoreActuals(tuple(a.session_id for a in self.actuals), before, statuses, self.label)


@dataclass(frozen=True)
class RestoreActuals:
    """Put sessions' actual results (None: none) and statuses back exactly as they were."""

    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions", "session_actuals"})
    session_ids: tuple[int, ...]
    actuals: tuple[SessionActual | None, ...]
    statuses: tuple[tuple[int, str], ...] = ()
    label: str = "Record actual results"

    def apply(self, store: "PlanStore") -> "RestoreActuals":
        with store.atomic():
            before = tuple(store.actual(sid) for sid in self.session_ids)
            now_status = tuple((sid, store.session(sid).status) for sid, _ in self.statuses)
            for sid, a in zip(self.session_ids, self.actuals):
                write_actual(store, a, sid)
            store.conn.executemany("UPDATE sessions SET status = ? WHERE id = ?",
                                   [(st, sid) for sid, st in self.statuses])
        return RestoreActuals(self.session_ids, before, now_status, self.label)


@dataclass(frozen=True)
class ImportActuals:
    """A platform export as one undo step: actuals of matched sessions, plus unplanned sessions (with their
    actuals) the user chose to add."""

    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions", "session_actuals"})
    actuals: tuple[SessionActual, ...]
    new_sessions: tuple[Session, ...] = ()
    new_actuals: tuple[SessionActual, ...] = ()  # one per new session, in order (session_id ignored)
    label: str = "Import actual results"
    now: datetime | None = field(default=None, compare=False)

    def apply(self, store: "PlanStore"):  # -> Composite
        from dataclasses import replace

        from planner.storage.edits import Composite, DeleteSessions

        with store.atomic():
            added = store.add_sessions(list(self.new_sessions)) if self.new_sessions else []
            mine = tuple(replace(a, session_id=s.id) for a, s in zip(self.new_actuals, added))  # type: ignore[arg-type, misc]
            restore = SetActuals(self.actuals + mine, self.label, now=self.now).apply(store)
        parts = (restore,) + ((DeleteSessions(tuple(s.id for s in added), self.label),)  # type: ignore[misc]
                              if added else ())
        return Composite(parts, self.label)  # type: ignore[arg-type]
