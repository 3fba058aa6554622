"""Plan files as the UI opens and reads them (no Qt): open a plan, the per-user default plan, a campaign's
plan read on a worker through a connection of its own.

The open plan the UI is given is a :class:`PlanStore` (``planner.storage.store``); the UI names the type
through this module, for annotations, and holds it only to hand it back to services and edits."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.models import Plan
    from planner.storage.store import PlanStore

__all__ = ["PlanStore", "default_plan_path", "is_demo_plan", "open_plan", "preview_actuals_file",
           "read_campaign_plan"]


def open_plan(path: "str | os.PathLike[str]", *, create: bool = True, seed_demo: bool = True) -> "PlanStore":
    """The plan at ``path`` (with ``create``, a new plan when there is none, holding the demo campaign when
    ``seed_demo``). Raises PlannerError for a file that is not a plan."""
    from planner.storage.store import PlanStore

    return PlanStore.open(path, create=create, seed_demo=seed_demo)


def default_plan_path() -> Path:
    """The per-user default plan (``$PLANNER_DB``, else ``plan.sqlite`` in the per-user data folder)."""
    from planner.storage.store import default_plan_path as default

    return default()


def read_campaign_plan(path: str, campaign_id: int) -> "Plan":
    """Worker side: one campaign's plan (with what its projection needs), through a read-only connection of
    the worker's own."""
    from planner.storage.store import PlanStore

    reader = PlanStore.open_reader(path)
    try:
        return reader.load_plan([campaign_id])
    finally:
        reader.close()


def preview_actuals_file(plan_path: str, file_path: str, campaign_id: int, add_unplanned: bool):
    """Worker side: the preview of a platform's results export against a campaign, read through a
    connection of the worker's own."""
    from planner.exchange.actuals import preview_actuals
    from planner.storage.store import PlanStore

    reader = PlanStore.open_reader(plan_path)
    try:
        return preview_actuals(file_path, reader, reader.campaign(campaign_id), add_unplanned=add_unplanned)
    finally:
        reader.close()


def is_demo_plan(store: "PlanStore") -> bool:
    """True while the plan holds only the shipped demo campaigns (the window then offers to start afresh)."""
    from planner.storage.demo import DEMO_CAMPAIGN_NAME

    names = [c.name for c in store.campaigns()]
    return DEMO_CAMPAIGN_NAME in names and all("DEMO" in n for n in names)
