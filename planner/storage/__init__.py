"""Storage layer: one SQLite file is one plan workspace (sqlite-utils). No Qt."""

from planner.storage.store import PlanStore, default_plan_path

__all__ = ["PlanStore", "default_plan_path"]
