"""Undoable edits. An edit is a small frozen value: ``apply(store)`` performs it in one transaction and
returns the edit that reverses it. The UI wraps edits in QUndoCommands; the CLI and imports use them too.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from planner.domain.errors import ConflictError, NotFoundError
from planner.domain.models import BenchmarkFigure, Campaign, Host, Session, SessionActual
from planner.storage.rows import SessionRows

if TYPE_CHECKING:
    from planner.storage.store import PlanStore


class Edit(Protocol):
    label: str

    def apply(self, store: "PlanStore") -> "Edit": ...


T = TypeVar("T")


def _merge(current: T, new: T, expected: T | None, what: str) -> tuple[T, tuple[str, ...]]:
    """Compare-and-set for one record. ``expected`` is the record as the user saw it when they changed it
    into ``new``; only the fields they changed are written, and only if the stored record (``current``, read
    inside the edit's transaction) still has the values they replaced. Returns the record to store and the
    changed fields; raises ConflictError (nothing written) when another program or window changed any of
    them meanwhile. Without ``expected`` every field that differs from the stored record is written."""
    base = current if expected is None else expected
    changed = tuple(f.name for f in fields(new)  # type: ignore[arg-type]
                    if getattr(new, f.name) != getattr(base, f.name))
    stale = [name for name in changed if getattr(current, name) != getattr(base, name)]
    if stale:
        raise ConflictError(f"{what} was changed elsewhere meanwhile ({', '.join(stale)}): nothing was written; "
                            "the stored value is shown again.")
    return replace(current, **{name: getattr(new, name) for name in changed}), changed  # type: ignore[type-var]


def _current(read: Any, record_id: Any, what: str) -> Any:
    try:
        return read(record_id)
    except NotFoundError:
        raise ConflictError(f"{what} was deleted elsewhere meanwhile: nothing was written.") from None


def _name(record: Any) -> str:
    if isinstance(record, Host):
        return f"Host {record.name}"
    if isinstance(record, Campaign):
        return f"Campaign {record.name}"
    if isinstance(record, Session):
        return f"Session {record.id}"
    if isinstance(record, BenchmarkFigure):
        return f"Benchmark {record.metric}"
    return "The record"


@dataclass(frozen=True)
class AddHosts:
    TABLES: ClassVar[frozenset[str]] = frozenset({"hosts"})
    hosts: tuple[Host, ...]
    label: str = "Add host"

    def apply(self, store: "PlanStore") -> "DeleteHosts":
        added = store.add_hosts(list(self.hosts))
        return DeleteHosts(tuple(h.id for h in added), label=self.label)  # type: ignore[misc]


@dataclass(frozen=True)
class DeleteHosts:
    TABLES: ClassVar[frozenset[str]] = frozenset({"hosts", "sessions", "session_actuals"})
    host_ids: tuple[int, ...]
    label: str = "Delete host"

    def apply(self, store: "PlanStore") -> "RestoreHosts":
        removed_hosts, removed_sessions, removed_actuals = [], [], []
        with store.atomic():
            for hid in self.host_ids:
                h, sessions, actuals = store.delete_host(hid, with_sessions=True)
                removed_hosts.append(h)
                removed_sessions.extend(sessions)
                removed_actuals.extend(actuals)
        return RestoreHosts(tuple(removed_hosts), tuple(removed_sessions), tuple(removed_actuals), self.label)


@dataclass(frozen=True)
class RestoreHosts:
    TABLES: ClassVar[frozenset[str]] = frozenset({"hosts", "sessions", "session_actuals"})
    hosts: tuple[Host, ...]
    sessions: tuple[Session, ...] = ()
    actuals: tuple[SessionActual, ...] = ()
    label: str = "Add host"

    def apply(self, store: "PlanStore") -> DeleteHosts:
        with store.atomic():
            store.add_hosts(list(self.hosts))
            store.restore_sessions(list(self.sessions))
            for a in self.actuals:
                store.set_actual(a)
        return DeleteHosts(tuple(h.id for h in self.hosts), label=self.label)  # type: ignore[misc]


@dataclass(frozen=True)
class UpdateHosts:
    TABLES: ClassVar[frozenset[str]] = frozenset({"hosts"})
    hosts: tuple[Host, ...]
    label: str = "Edit host"
    expected: tuple[Host, ...] | None = None  # the hosts as the user saw them (compare-and-set)

    def apply(self, store: "PlanStore") -> "UpdateHosts":
        before, after = [], []
        with store.atomic():
            for h, exp in zip(self.hosts, self.expected or (None,) * len(self.hosts)):
                current = _current(store.host, h.id, _name(h))
                merged, _ = _merge(current, h, exp, _name(current))
                store.update_host(merged)
                before.append(current)
                after.append(merged)
        return UpdateHosts(tuple(before), self.label, tuple(after))


@dataclass(frozen=True)
class AddCampaign:
    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns"})
    ONLY_ADDS_A_CAMPAIGN: ClassVar[bool] = True
    campaign: Campaign
    label: str = "Add campaign"

    def apply(self, store: "PlanStore") -> "DeleteCampaign":
        added = store.add_campaign(self.campaign)
        return DeleteCampaign(added.id, self.label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DeleteCampaign:
    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns", "sessions", "session_actuals"})
    campaign_id: int
    label: str = "Delete campaign"

    def apply(self, store: "PlanStore") -> "RestoreCampaign":
        with store.atomic():
            children = tuple(c.id for c in store.campaigns() if c.parent_id == self.campaign_id)
            campaign, sessions, actuals = store.delete_campaign(self.campaign_id)
        return RestoreCampaign(campaign, sessions, tuple(actuals), children, self.label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RestoreCampaign:
    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns", "sessions", "session_actuals"})
    ONLY_ADDS_A_CAMPAIGN: ClassVar[bool] = True
    campaign: Campaign
    sessions: "tuple[Session, ...] | SessionRows" = ()  # the stored rows, when it undoes a delete
    actuals: tuple[SessionActual, ...] = ()
    scenario_ids: tuple[int, ...] = ()
    label: str = "Add campaign"

    def apply(self, store: "PlanStore") -> DeleteCampaign:
        with store.atomic():
            store.restore_campaign(self.campaign, self.sessions, self.actuals)
            for cid in self.scenario_ids:
                store.update_campaign(replace(store.campaign(cid), parent_id=self.campaign.id))
        return DeleteCampaign(self.campaign.id, self.label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class UpdateCampaign:
    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns"})
    campaign: Campaign
    label: str = "Edit campaign"
    expected: Campaign | None = None  # the campaign as the user saw it (compare-and-set)

    def apply(self, store: "PlanStore") -> "UpdateCampaign":
        with store.atomic():
            before = _current(store.campaign, self.campaign.id, _name(self.campaign))
            merged, _ = _merge(before, self.campaign, self.expected, _name(before))
            store.update_campaign(merged)
        return UpdateCampaign(before, self.label, merged)


@dataclass(frozen=True)
class ChangeCampaignCurrency:
    """Change a campaign's currency, converting its budget, other costs, slot fees and paid traffic at the plan's
    FX rate (refused, naming the currency, without a rate). Undo puts the exact previous figures back."""

    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns", "sessions"})
    campaign: Campaign  # the campaign as edited (its other fields are kept), in its old money
    currency: str
    label: str = "Change currency"

    def apply(self, store: "PlanStore") -> "Composite":
        from planner.domain.currency import convert_campaign_money

        cid = self.campaign.id
        with store.atomic():
            before = store.campaign(cid)  # type: ignore[arg-type]
            sessions = store.sessions(cid)
            new, moved, _rate = convert_campaign_money(self.campaign, sessions, self.currency, store.fx_rates())
            store.update_campaign(new)
            if moved:
                store.update_sessions(moved)
        return Composite((UpdateCampaign(before), UpdateSessions(tuple(sessions))), self.label)


@dataclass(frozen=True)
class DuplicateCampaign:
    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns", "sessions"})
    ONLY_ADDS_A_CAMPAIGN: ClassVar[bool] = True
    campaign_id: int
    name: str | None = None
    label: str = "Duplicate as scenario"

    def apply(self, store: "PlanStore") -> DeleteCampaign:
        copy = store.duplicate_campaign(self.campaign_id, self.name)
        return DeleteCampaign(copy.id, self.label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class DuplicateWithPaidTraffic:
    """Duplicate a campaign as a scenario whose sessions carry new paid traffic (e.g. a budget recommendation):
    one undoable step; undo deletes the scenario. ``paid`` maps the source campaign's session ids to their
    paid traffic (campaign currency); sessions not named keep theirs."""

    TABLES: ClassVar[frozenset[str]] = frozenset({"campaigns", "sessions"})
    ONLY_ADDS_A_CAMPAIGN: ClassVar[bool] = True
    campaign_id: int
    paid: tuple[tuple[int, float], ...]
    name: str | None = None
    label: str = "Create scenario from recommendation"

    def apply(self, store: "PlanStore") -> DeleteCampaign:
        paid = dict(self.paid)
        with store.atomic():
            originals = store.sessions(self.campaign_id)
            missing = set(paid) - {s.id for s in originals}
            if missing:
                raise ConflictError(f"{len(missing)} of the campaign's sessions were deleted elsewhere meanwhile: "
                                    "nothing was written; recommend again.")
            copy = store.duplicate_campaign(self.campaign_id, self.name)
            # The copies were inserted in the originals' (start, id) order, with ids rising in that order.
            copies = store.sessions(copy.id)
            changed = []
            for orig, dup in zip(originals, copies, strict=True):
                if orig.host_id != dup.host_id or orig.start != dup.start:
                    raise AssertionError("scenario copies out of step with their originals")
                if orig.id in paid:
                    changed.append(replace(dup, paid_budget=round(max(paid[orig.id], 0.0), 2)))  # type: ignore[index]
            if changed:
                store.update_sessions(changed)
        return DeleteCampaign(copy.id, self.label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class AddSessions:
    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions", "session_actuals"})
    sessions: tuple[Session, ...]
    actuals: tuple[SessionActual, ...] = ()
    label: str = "Add session"

    def apply(self, store: "PlanStore") -> "DeleteSessions":
        with store.atomic():
            added = self._insert(store, list(self.sessions))
            for a in self.actuals:
                store.set_actual(a)
        return DeleteSessions(tuple(s.id for s in added), self.label)  # type: ignore[misc]

    @staticmethod
    def _insert(store: "PlanStore", sessions: list[Session]) -> list[Session]:
        return store.add_sessions(sessions)  # validated: new sessions


@dataclass(frozen=True)
class DeleteSessions:
    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions", "session_actuals"})
    session_ids: tuple[int, ...]
    label: str = "Delete session"

    def apply(self, store: "PlanStore") -> "RestoreSessions":
        removed, actuals = store.delete_sessions(list(self.session_ids))
        return RestoreSessions(tuple(removed), tuple(actuals), self.label)


@dataclass(frozen=True)
class RestoreSessions(AddSessions):
    """Undo of a delete: the sessions as they were read from the plan, with their ids and actuals."""

    @staticmethod
    def _insert(store: "PlanStore", sessions: list[Session]) -> list[Session]:
        store.restore_sessions(sessions)  # validated when first written: put back as they were
        return sessions


@dataclass(frozen=True)
class UpdateSessions:
    TABLES: ClassVar[frozenset[str]] = frozenset({"sessions"})
    sessions: tuple[Session, ...]
    label: str = "Edit session"
    expected: tuple[Session, ...] | None = None  # the sessions as the user saw them (compare-and-set)

    def apply(self, store: "PlanStore") -> "UpdateSessions":
        before, after = [], []
        with store.atomic():
            for s, exp in zip(self.sessions, self.expected or (None,) * len(self.sessions)):
                current = _current(store.session, s.id, _name(s))
                merged, _ = _merge(current, s, exp, _name(current))
                before.append(current)
                after.append(merged)
            store.update_sessions(after)
        return UpdateSessions(tuple(before), self.label, tuple(after))


@dataclass(frozen=True)
class UpdateBenchmark:
    TABLES: ClassVar[frozenset[str]] = frozenset({"benchmarks"})
    figure: BenchmarkFigure
    label: str = "Edit benchmark"
    expected: BenchmarkFigure | None = None  # the figure as the user saw it (compare-and-set)

    def apply(self, store: "PlanStore") -> "RestoreBenchmark":
        with store.atomic():
            before = _current(store.benchmark, self.figure.id, _name(self.figure))
            merged, _ = _merge(before, self.figure, self.expected, _name(before))
            written = store.update_benchmark(merged)
        return RestoreBenchmark(before, self.label, written)


@dataclass(frozen=True)
class RestoreBenchmark:
    TABLES: ClassVar[frozenset[str]] = frozenset({"benchmarks"})
    """Put a figure back exactly as it was, including whether the user had changed it."""

    figure: BenchmarkFigure
    label: str = "Edit benchmark"
    expected: BenchmarkFigure | None = None  # the figure as the edit being undone left it

    def apply(self, store: "PlanStore") -> UpdateBenchmark:
        with store.atomic():
            current = _current(store.benchmark, self.figure.id, _name(self.figure))
            if self.expected is not None and current != self.expected:
                raise ConflictError(f"{_name(current)} was changed elsewhere meanwhile: nothing was written; "
                                    "the stored value is shown again.")
            store.update_benchmark(self.figure)
            store.conn.execute("UPDATE benchmarks SET user_modified = ? WHERE id = ?",
                               (int(self.figure.user_modified), self.figure.id))
        return UpdateBenchmark(current, self.label, store.benchmark(self.figure.id))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Composite:
    """Several edits as one undo step (e.g. an import: new hosts, updated hosts and their sessions)."""

    edits: tuple[Edit, ...] = field(default_factory=tuple)
    label: str = "Edit"

    def apply(self, store: "PlanStore") -> "Composite":
        inverses: list[Edit] = []
        with store.atomic():
            for e in self.edits:
                inverses.append(e.apply(store))
        return Composite(tuple(reversed(inverses)), self.label)


def tables_written(edit: object) -> frozenset[str] | None:
    """The plan tables an edit (or its undo) writes, so a view can skip re-reading what did not change;
    None when it is not known (re-read everything)."""
    if isinstance(edit, Composite):
        parts = [tables_written(e) for e in edit.edits]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    return getattr(type(edit), "TABLES", None)


def only_adds_a_campaign(edit: object) -> bool:
    """True for an edit that adds one campaign (with its sessions) and changes no other campaign's sessions:
    a view of another campaign need not re-read anything."""
    return getattr(type(edit), "ONLY_ADDS_A_CAMPAIGN", False)
