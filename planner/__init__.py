"""Live-commerce campaign planner."""

__version__ = "0.1.0"
