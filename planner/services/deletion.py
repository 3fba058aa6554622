"""What a delete takes with it, before it is done: the rule behind Edit ▸ Delete rows' confirmation.

A host takes every session booked with it, in every campaign and scenario; a campaign takes its sessions. The
delete edit built here expects exactly those sessions (``DeleteHosts.expected_sessions``), so a session booked
elsewhere between the question and the answer is never taken along silently: the delete is refused instead.
The words are the UI's (they are translated there); this module says only who and how many, where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.storage import queries
from planner.storage.edits import DeleteCampaign, DeleteHosts

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

__all__ = ["CampaignDeletion", "HostDeletion", "SessionsIn", "campaign_deletion", "host_deletion"]


@dataclass(frozen=True)
class SessionsIn:
    """``count`` sessions in the campaign ``campaign``; ``scenario_of`` names its parent when it is a scenario."""
    campaign: str
    count: int
    scenario_of: str | None = None


@dataclass(frozen=True)
class HostDeletion:
    hosts: tuple[str, ...]  # the hosts' names, as selected
    sessions: tuple[SessionsIn, ...]  # what goes with them, per campaign and scenario, in the campaign list's order
    edit: DeleteHosts

    @property
    def total(self) -> int:
        return sum(s.count for s in self.sessions)


@dataclass(frozen=True)
class CampaignDeletion:
    campaign: str
    sessions: int
    scenario_of: str | None
    edit: DeleteCampaign


def host_deletion(store: "PlanStore", host_ids: Sequence[int], label: str) -> HostDeletion:
    """Deleting these hosts: their names, their sessions per campaign and scenario, and the edit that deletes
    exactly that (labelled ``label`` for Undo and the history)."""
    ids = tuple(host_ids)
    hosts = tuple(store.host(h) for h in ids)
    campaigns = {c.id: c for c in store.campaigns()}
    counts = queries.host_session_counts(store.conn, ids)

    def order(cid: int) -> tuple[int, bool, int]:
        parent = campaigns[cid].parent_id
        return (parent or cid, parent is not None, cid)  # a campaign, then its scenarios

    where = []
    for cid in sorted(counts, key=order):
        parent = campaigns[cid].parent_id
        where.append(SessionsIn(campaigns[cid].name, counts[cid],
                                campaigns[parent].name if parent in campaigns else None))
    edit = DeleteHosts(ids, label=label, expected=hosts, expected_sessions=store.session_ids(host_ids=ids))
    return HostDeletion(tuple(h.name for h in hosts), tuple(where), edit)


def campaign_deletion(store: "PlanStore", campaign_id: int, label: str) -> CampaignDeletion:
    """Deleting a campaign: its sessions go with it (its scenarios stay, as campaigns of their own)."""
    campaign = store.campaign(campaign_id)
    ids = store.session_ids(campaign_id=campaign_id)
    parent = store.campaign(campaign.parent_id).name if campaign.parent_id else None
    return CampaignDeletion(campaign.name, len(ids), parent,
                            DeleteCampaign(campaign_id, label=label, expected_sessions=ids))
