"""Campaigns: the campaign tree (campaigns with their scenarios beneath, with session counts) and the newest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.domain.models import Campaign
from planner.storage import queries

if TYPE_CHECKING:
    from planner.storage.store import PlanStore


@dataclass(frozen=True, slots=True)
class CampaignNode:
    """One campaign of the tree, its number of sessions and its scenarios (campaigns that vary it)."""

    campaign: Campaign
    session_count: int
    scenarios: list["CampaignNode"] = field(default_factory=list)


def campaign_tree(store: "PlanStore") -> list[CampaignNode]:
    """Top-level campaigns in the plan's order, each with its scenarios beneath (two reads)."""
    counts = queries.session_counts(store.conn)
    nodes: dict[int, CampaignNode] = {}
    roots: list[CampaignNode] = []
    for c in store.campaigns():
        node = CampaignNode(c, counts.get(c.id, 0))  # type: ignore[arg-type]
        parent = nodes.get(c.parent_id) if c.parent_id else None
        (parent.scenarios if parent is not None else roots).append(node)
        nodes[c.id] = node  # type: ignore[index]
    return roots


def newest_campaign_id(store: "PlanStore") -> int | None:
    """The campaign added last (the one to show after an add that did not say which)."""
    return queries.newest_campaign_id(store.conn)
