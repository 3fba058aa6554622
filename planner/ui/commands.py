"""QUndoCommand wrapper around storage edits: the command only remembers the edit and its inverse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from planner.storage.edits import Edit
    from planner.storage.store import PlanStore


class EditCommand(QUndoCommand):
    """Applies ``edit`` on redo and its inverse on undo; each is one SQLite transaction.

    The edit is applied once *before* the command is pushed (so a refused edit never reaches the
    stack); the first ``redo()`` the stack calls on push is therefore skipped.
    """

    def __init__(self, store: "PlanStore", edit: "Edit", inverse: "Edit",
                 on_applied: Callable[["Edit", "Edit"], None]) -> None:
        super().__init__(edit.label)
        self._store = store
        self._redo = edit
        self._undo = inverse
        self._on_applied = on_applied
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self._undo = self._redo.apply(self._store)
        self._on_applied(self._redo, self._undo)

    def undo(self) -> None:
        applied = self._undo
        self._redo = applied.apply(self._store)
        self._on_applied(applied, self._redo)
