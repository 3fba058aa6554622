"""Errors a marketer can act on. The CLI prints their message; the UI shows it in a dialog or a form."""

from __future__ import annotations

from dataclasses import dataclass


class PlannerError(Exception):
    """Base class for every error the user caused or can fix (bad file, bad input, missing figure)."""


class NotAPlanError(PlannerError):
    """The file is not a plan this version can open (not SQLite, another app's database, newer, corrupt)."""


class ReadOnlyPlanError(PlannerError):
    """The plan can be read but not written (a read-only file or folder)."""


class PlanBusyError(PlannerError):
    """Another program kept the plan locked for writing longer than we wait; the input can be retried."""


class ConflictError(PlannerError):
    """The records an edit (or its undo) would change were changed elsewhere meanwhile: nothing was written."""


class NotFoundError(PlannerError):
    """A campaign, host or session named by the user does not exist."""


class MissingBenchmarkError(PlannerError):
    """A projection needs a benchmark figure the library does not have."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: which field, the value found, and the rule it breaks.

    ``severity`` is ``"error"`` (refused) or ``"warning"`` (accepted, but shown).
    ``where`` locates the record (e.g. ``"row 4"`` in an import) and is empty for a single form.
    """

    field: str
    value: object
    message: str
    severity: str = "error"
    where: str = ""

    def __str__(self) -> str:
        prefix = f"{self.where}, " if self.where else ""
        return f"{prefix}{self.field} = {self.value!r}: {self.message}"


class ValidationError(PlannerError):
    """Raised when an input has errors; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem], what: str = "input") -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity != "error"]
        lines = "; ".join(str(p) for p in self.problems)
        super().__init__(f"Invalid {what}: {lines}")
