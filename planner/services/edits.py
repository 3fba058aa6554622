"""The edits the UI hands to its undo stack, built here so the UI never names a storage class.

Each builder returns one frozen edit (see ``planner.storage.edits``): applied, it writes one transaction and
returns its inverse. Labels are the caller's (the UI translates them); ``expected`` is the record as the user
saw it, so an edit of a record changed elsewhere meanwhile is refused instead of overwriting (compare-and-set).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from planner.domain.models import BenchmarkFigure, Campaign, Host, SessionActual
from planner.storage import edits as _e
from planner.storage.actuals import SetActuals
from planner.storage.edits import Edit

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

__all__ = ["Edit", "add_campaign", "add_hosts", "change_campaign_currency", "delete_sessions", "duplicate_campaign",
           "scenario_with_paid_traffic", "set_actuals", "update_benchmark", "update_campaign", "update_host"]


def add_campaign(campaign: Campaign, label: str) -> Edit:
    """Add a new campaign (undo deletes it)."""
    return _e.AddCampaign(campaign, label=label)


def update_campaign(campaign: Campaign, label: str, expected: Campaign | None = None) -> Edit:
    """Write a campaign's fields in its own currency (compare-and-set against ``expected`` when given)."""
    return _e.UpdateCampaign(campaign, label=label, expected=expected)


def change_campaign_currency(campaign: Campaign, currency: str, label: str) -> Edit:
    """Change ``campaign`` (as edited, still in its old money) to ``currency``, converting its budget, costs, slot
    fees and paid traffic at the plan's FX rate; refused, naming the currency, when the plan has no rate."""
    return _e.ChangeCampaignCurrency(campaign, currency, label=label)


def duplicate_campaign(campaign_id: int, label: str, name: str | None = None) -> Edit:
    """Duplicate a campaign and its sessions as a scenario of it (undo deletes the scenario)."""
    return _e.DuplicateCampaign(campaign_id, name, label=label)


def scenario_with_paid_traffic(campaign_id: int, paid: Iterable[tuple[int, float]], name: str | None,
                               label: str) -> Edit:
    """Duplicate a campaign as a scenario whose sessions carry new paid traffic (source session id, amount in the
    campaign's currency), in one undoable step; refused when one of those sessions was deleted meanwhile."""
    return _e.DuplicateWithPaidTraffic(campaign_id, tuple(paid), name=name, label=label)


def add_hosts(hosts: Sequence[Host], label: str) -> Edit:
    """Add hosts to the roster (undo deletes them)."""
    return _e.AddHosts(tuple(hosts), label=label)


def update_host(host: Host, label: str, expected: Host | None = None) -> Edit:
    """Write one host's fields (compare-and-set against ``expected`` when given)."""
    return _e.UpdateHosts((host,), label=label, expected=(expected,) if expected is not None else None)


def update_benchmark(figure: BenchmarkFigure, label: str, expected: BenchmarkFigure | None = None) -> Edit:
    """Write one benchmark figure, marking it the user's (compare-and-set against ``expected`` when given)."""
    return _e.UpdateBenchmark(figure, label=label, expected=expected)


def delete_sessions(store: "PlanStore", session_ids: Sequence[int], label: str) -> Edit:
    """Delete these sessions as they are now: the delete is refused if one of them changes before it is applied
    (undo puts them back with their actual results)."""
    ids = tuple(session_ids)
    return _e.DeleteSessions(ids, label=label, expected=tuple(store.session(i) for i in ids))


def set_actuals(actuals: Sequence[SessionActual], label: str) -> Edit:
    """Record (or replace) sessions' actual results, marking those with figures done; refused as a whole,
    naming session, field and rule, when one breaks a rule."""
    return SetActuals(tuple(actuals), label=label)
