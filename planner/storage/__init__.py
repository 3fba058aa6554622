"""Storage layer: one SQLite file is one plan workspace (the standard library's sqlite3; hand-written,
versioned migrations in schema.py). No Qt."""

from planner.storage.store import PlanStore, default_plan_path

__all__ = ["PlanStore", "default_plan_path"]
