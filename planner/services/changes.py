"""What a change to the plan touched, as one frozen value (no Qt here).

After every edit, undo, redo, outside write or refresh the UI's context announces one :class:`Change`;
each view looks at it and re-reads only what concerns it: a slot-fee edit says "sessions, updated session
12, campaign 1", so the campaign tree, the roster and the benchmark library stay as they are. A change of
unknown extent (another program wrote the plan, a refused edit, a reopened file) says so with ``tables`` and
``campaign_ids`` None: every view re-reads what it shows.

Listeners never read state that is valid only while the change is announced: everything they need is in
the value (Anki passes ``OpChanges`` to its hooks the same way).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Origin = Literal["edit", "undo", "redo", "outside", "refresh"]
_EMPTY: Mapping[str, frozenset[int]] = MappingProxyType({})


def _frozen(ids: Mapping[str, Iterable[int]]) -> Mapping[str, frozenset[int]]:
    return MappingProxyType({t: frozenset(v) for t, v in ids.items() if v})


@dataclass(frozen=True, eq=True)
class Change:
    """One change to the plan.

    Attributes:
        origin: who started it: ``edit`` (the user, in this window), ``undo``, ``redo``, ``outside``
            (another program wrote the plan) or ``refresh`` (re-read everything: a refused edit, a reopen).
        tables: the plan tables written; None when not known (assume every table).
        campaign_ids: the campaigns whose own records or sessions changed; None when not known or when the
            change reaches every campaign (a host's fee, a benchmark figure).
        added, removed, updated: record ids per table, as far as the change knows them (a table missing
            from all three with ``tables`` naming it: ids not known).
        fields: per table, the fields the updated records changed, when known (a table missing: any field).
        new_campaign: a campaign the change brought (back): new, duplicated, restored by undo.
        label: the edit's label, for messages.
    """

    origin: Origin
    tables: frozenset[str] | None = None
    campaign_ids: frozenset[int] | None = None
    added: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    removed: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    updated: Mapping[str, frozenset[int]] = field(default_factory=lambda: _EMPTY)
    fields: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    new_campaign: int | None = None
    label: str = ""

    __hash__ = None  # type: ignore[assignment]  # (holds mappings)

    @classmethod
    def everything(cls, origin: Origin = "refresh") -> "Change":
        """A change of unknown extent: every view re-reads what it shows."""
        return cls(origin)

    @property
    def known(self) -> bool:
        """True when the change knows which tables it wrote."""
        return self.tables is not None

    def touches(self, *tables: str) -> bool:
        """May the change have written any of these tables?"""
        return self.tables is None or not self.tables.isdisjoint(tables)

    def touches_campaign(self, campaign_id: int | None) -> bool:
        """May the change have altered this campaign's own record or its sessions' figures?"""
        if campaign_id is None:
            return False
        return self.campaign_ids is None or campaign_id in self.campaign_ids

    def ids(self, kind: Literal["added", "removed", "updated"], table: str) -> frozenset[int]:
        """The ids of ``table``'s records added, removed or updated (empty when none or not known)."""
        return getattr(self, kind).get(table, frozenset())

    def updates_only_fields(self, table: str, allowed: "frozenset[str] | set[str]") -> bool:
        """True when the change only updated records of ``table`` and changed none but ``allowed`` fields
        (False when the fields are not known)."""
        if self.tables != frozenset((table,)) or not self.only_updates:
            return False
        changed = self.fields.get(table)
        return changed is not None and changed <= allowed

    @property
    def only_updates(self) -> bool:
        """The change only updated records it names (nothing added, removed, or of unknown extent)."""
        if self.tables is None or self.added or self.removed:
            return False
        return all(self.updated.get(t) for t in self.tables)


def change_of(edit: Any, inverse: Any, origin: Origin) -> Change:
    """The :class:`Change` an applied ``edit`` (with the ``inverse`` its application returned) made."""
    from planner.storage.edits import tables_written

    parts = _Parts()
    parts.describe(edit, inverse)
    tables = tables_written(edit)
    if tables is not None and inverse is not None:
        back = tables_written(inverse)
        tables = None if back is None else tables | back
    return Change(origin, tables, None if parts.any_campaign else frozenset(parts.campaigns),
                  _frozen(parts.added), _frozen(parts.removed), _frozen(parts.updated),
                  MappingProxyType({t: frozenset(f) for t, f in parts.fields.items()}), parts.new_campaign,
                  getattr(edit, "label", ""))


class _Parts:
    """Accumulates what each edit of a (possibly composite) change touched."""

    def __init__(self) -> None:
        self.campaigns: set[int] = set()
        self.any_campaign = False
        self.added: dict[str, set[int]] = {}
        self.removed: dict[str, set[int]] = {}
        self.updated: dict[str, set[int]] = {}
        self.fields: dict[str, set[str]] = {}
        self.new_campaign: int | None = None
        self._unknown_fields: set[str] = set()

    def _fields(self, table: str, before: Any, after: Any) -> None:
        """The fields that differ between the records as they were and as they are (matched by id)."""
        if table in self._unknown_fields:
            return
        if before is None or after is None or len(before) != len(after):
            self._unknown_fields.add(table)
            self.fields.pop(table, None)
            return
        names = self.fields.setdefault(table, set())
        for old, new in zip(before, after):
            if old.id != new.id:
                self._unknown_fields.add(table)
                self.fields.pop(table, None)
                return
            names.update(f.name for f in dataclasses.fields(old) if getattr(old, f.name) != getattr(new, f.name))

    def _ids(self, where: dict[str, set[int]], table: str, ids: Iterable[Any]) -> None:
        where.setdefault(table, set()).update(i for i in ids if i is not None)

    def _campaign(self, campaign_id: int | None) -> None:
        if campaign_id is None:
            self.any_campaign = True
        else:
            self.campaigns.add(campaign_id)

    def _sessions(self, sessions: Iterable[Any]) -> list[int]:
        ids: list[int] = []
        for s in sessions:
            self.campaigns.add(s.campaign_id)
            ids.append(s.id)
        return ids

    def describe(self, edit: Any, inverse: Any) -> None:  # noqa: C901 - one case per kind of edit
        from planner.storage import edits as E

        if isinstance(edit, E.Composite):
            inverses = list(reversed(inverse.edits)) if isinstance(inverse, E.Composite) else []
            for i, part in enumerate(edit.edits):
                self.describe(part, inverses[i] if i < len(inverses) else None)
            return
        if isinstance(edit, E.UpdateSessions):
            ids = self._sessions(edit.sessions)
            if isinstance(inverse, E.UpdateSessions):
                self._sessions(inverse.sessions)  # a session moved to another campaign touches both
                # the inverse holds the sessions as they were and, as its expected state, as they are now
                self._fields("sessions", inverse.sessions, inverse.expected)
            else:
                self._fields("sessions", None, None)
            self._ids(self.updated, "sessions", ids)
        elif isinstance(edit, E.AddSessions):  # (and RestoreSessions)
            added = inverse.expected if isinstance(inverse, E.DeleteSessions) and inverse.expected else ()
            self._sessions(edit.sessions)
            self._sessions(added)
            self._ids(self.added, "sessions", inverse.session_ids if isinstance(inverse, E.DeleteSessions) else ())
            self._ids(self.added, "session_actuals", (a.session_id for a in edit.actuals))
        elif isinstance(edit, E.DeleteSessions):
            removed = inverse.sessions if isinstance(inverse, E.AddSessions) else ()
            self._sessions(removed)
            if not removed and edit.expected:
                self._sessions(edit.expected)
            elif not removed:
                self.any_campaign = True
            self._ids(self.removed, "sessions", edit.session_ids)
            if isinstance(inverse, E.AddSessions):
                self._ids(self.removed, "session_actuals", (a.session_id for a in inverse.actuals))
        elif isinstance(edit, (E.AddCampaign, E.RestoreCampaign, E.DuplicateCampaign, E.DuplicateWithPaidTraffic)):
            new = inverse.campaign_id if isinstance(inverse, E.DeleteCampaign) else None
            if new is not None:
                self.campaigns.add(new)
                self.new_campaign = new
                self._ids(self.added, "campaigns", (new,))
            else:
                self.any_campaign = True
            if isinstance(inverse, E.DeleteCampaign) and inverse.expected_sessions:
                self._ids(self.added, "sessions", inverse.expected_sessions)
            if isinstance(edit, E.RestoreCampaign):
                self._ids(self.updated, "campaigns", edit.scenario_ids)  # its scenarios are its again
                self.campaigns.update(edit.scenario_ids)
        elif isinstance(edit, E.DeleteCampaign):
            self.campaigns.add(edit.campaign_id)
            self._ids(self.removed, "campaigns", (edit.campaign_id,))
            if isinstance(inverse, E.RestoreCampaign):
                self._ids(self.removed, "sessions", (s for s in _session_ids(inverse.sessions)))
                self._ids(self.updated, "campaigns", inverse.scenario_ids)  # they lose their parent
                self.campaigns.update(inverse.scenario_ids)
        elif isinstance(edit, E.UpdateCampaign):
            self._campaign(edit.campaign.id)
            self._ids(self.updated, "campaigns", (edit.campaign.id,))
        elif isinstance(edit, E.ChangeCampaignCurrency):
            self._campaign(edit.campaign.id)
            self._ids(self.updated, "campaigns", (edit.campaign.id,))
            if isinstance(inverse, E.Composite):
                for part in inverse.edits:
                    if isinstance(part, E.UpdateSessions):
                        self._ids(self.updated, "sessions", self._sessions(part.sessions))
        elif isinstance(edit, (E.AddHosts, E.UpdateHosts, E.DeleteHosts, E.RestoreHosts)):
            self.any_campaign = True  # a host's fee or commission reaches every campaign that books it
            if isinstance(edit, E.AddHosts):
                self._ids(self.added, "hosts", inverse.host_ids if isinstance(inverse, E.DeleteHosts) else ())
            elif isinstance(edit, E.UpdateHosts):
                self._ids(self.updated, "hosts", (h.id for h in edit.hosts))
            elif isinstance(edit, E.DeleteHosts):
                self._ids(self.removed, "hosts", edit.host_ids)
                if isinstance(inverse, E.RestoreHosts):
                    self._ids(self.removed, "sessions", self._sessions(inverse.sessions))
            else:
                self._ids(self.added, "hosts", (h.id for h in edit.hosts))
                self._ids(self.added, "sessions", self._sessions(edit.sessions))
        elif isinstance(edit, (E.UpdateBenchmark, E.RestoreBenchmark)):
            self.any_campaign = True
            self._ids(self.updated, "benchmarks", (edit.figure.id,))
        else:
            self.any_campaign = True  # an edit of a kind not described here: assume it reaches everything


def _session_ids(sessions: Any) -> list[int]:
    from planner.storage.edits import _session_ids as ids

    return list(ids(sessions))
