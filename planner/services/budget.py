"""The budget check of a projected campaign, for the Overview's note (the rule: ``domain.money_checks``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.errors import NotFoundError
from planner.domain.money_checks import BudgetCheck, budget_check

if TYPE_CHECKING:
    from planner.domain.projection import CampaignProjection
    from planner.storage.store import PlanStore

__all__ = ["BudgetCheck", "campaign_budget_check"]


def campaign_budget_check(store: "PlanStore", proj: "CampaignProjection") -> BudgetCheck:
    """The projection's cost against its campaign's budget as stored now (no budget: a deleted campaign)."""
    try:
        budget = store.campaign(proj.campaign_id).budget
    except NotFoundError:
        budget = 0.0
    return budget_check(proj, budget)
