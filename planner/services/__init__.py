"""The application layer: queries and edit builders the UI and the CLI call, over storage and the domain.

No Qt here (an import-linter contract in ``pyproject.toml`` keeps it so). Each rule lives once in
``planner.domain``; these modules put the plan's records and those rules together for a caller.
"""
