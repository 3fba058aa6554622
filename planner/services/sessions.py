"""Sessions: a campaign's stored rows for tables, and the builders of new-session and session edits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from planner.domain.errors import Problem, ValidationError
from planner.domain.models import Campaign, Host, Session
from planner.domain.session_defaults import own_commission, session_defaults
from planner.domain.validation import validate_session
from planner.storage import queries
from planner.storage.edits import AddSessions, UpdateSessions
from planner.storage.rows import SessionRow, session_from_tuple

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

__all__ = ["SessionRow", "campaign_currency", "new_session", "session_from_row", "session_rows",
           "session_rows_by_id", "update_sessions"]


def session_rows(source: "PlanStore | str", campaign_id: int) -> list[SessionRow]:
    """A campaign's sessions as stored rows in China-time order, through ``source`` or, given a plan path, a
    read-only connection of the caller's own (a worker thread's)."""
    if not isinstance(source, str):
        return queries.session_rows(source.conn, campaign_id)
    from planner.storage.store import PlanStore

    reader = PlanStore.open_reader(source)
    try:
        return queries.session_rows(reader.conn, campaign_id)
    finally:
        reader.close()


def session_rows_by_id(store: "PlanStore", ids: Sequence[int]) -> dict[int, SessionRow]:
    """The stored rows of the sessions ``ids`` that still exist, by id."""
    return queries.session_rows_by_id(store.conn, ids)


def session_from_row(row: SessionRow) -> Session:
    return session_from_tuple(row)


def campaign_currency(store: "PlanStore", campaign_id: int) -> str:
    """The campaign's currency (CNY for a campaign that is gone)."""
    return queries.campaign_currency(store.conn, campaign_id) or "CNY"


def new_session(store: "PlanStore", campaign: Campaign, host: Host, start: datetime, *, duration_min: int = 180,
                slot_fee: float | None = None, commission_rate: float | None = None,
                session_type: str | None = None, brand_minutes: float | None = None, paid_budget: float = 0.0,
                theme: str = "", status: str = "planned", notes: str = "", label: str = "Add session") -> AddSessions:
    """The edit that adds one session of ``host`` to ``campaign``; what is not given takes the host's default
    (``planner.domain.session_defaults``), exactly as the session form and the importer do.

    Raises:
        ValidationError: the session breaks a rule, or its fee is not given and the host's fee cannot be
            converted to the campaign's currency (the message names the currency).
    """
    defaults = session_defaults(host, campaign, store.fx_rates())
    if slot_fee is None:
        if defaults.fee_problem is not None:
            raise ValidationError([defaults.fee_problem.problem()], "session")
        slot_fee = defaults.slot_fee or 0.0
    session = Session(
        campaign_id=campaign.id, host_id=host.id, start=start, duration_min=duration_min,  # type: ignore[arg-type]
        slot_fee=slot_fee, commission_rate=own_commission(commission_rate, host), paid_budget=paid_budget,
        session_type=session_type or defaults.session_type, brand_minutes=brand_minutes, theme=theme,
        status=status, notes=notes)
    problems: list[Problem] = validate_session(session, campaign)
    if any(p.severity == "error" for p in problems):
        raise ValidationError(problems, "session")
    return AddSessions((session,), label=label)


def update_sessions(sessions: Sequence[Session], expected: Sequence[Session] | None = None,
                    label: str = "Edit session") -> UpdateSessions:
    """The edit that writes ``sessions`` (compare-and-set against ``expected`` when given)."""
    return UpdateSessions(tuple(sessions), label=label, expected=None if expected is None else tuple(expected))


def find_host(store: "PlanStore", ref: str | int) -> Host:
    """A host by id, by handle, or by name (case-insensitive); a refusal names the candidates.

    Raises:
        NotFoundError: no host, or more than one, answers to ``ref``.
    """
    from planner.domain.errors import NotFoundError

    text = str(ref).strip()
    hosts = store.hosts()
    if text.isdigit():
        found = [h for h in hosts if h.id == int(text)]
    else:
        key = text.casefold().lstrip("@")
        found = [h for h in hosts if h.name.casefold() == key] or \
            [h for h in hosts if h.handle and h.handle.casefold().lstrip("@") == key]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(f"No host {text!r} in the plan's roster")
    listed = ", ".join(f"{h.name} on {h.platform} (id {h.id})" for h in found)
    raise NotFoundError(f"{len(found)} hosts answer to {text!r}: {listed}; give the id")


def save_session(session: Session, label: str | None = None) -> AddSessions | UpdateSessions:
    """The edit that writes a session from the session form: added when it has no id yet, else updated."""
    if session.id is None:
        return AddSessions((session,), label=label or "Add session")
    return UpdateSessions((session,), label=label or "Edit session")
