"""QUndoCommand wrapper around the plan's edits (built by ``planner.services.edits``): the command only remembers the edit and its inverse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QUndoCommand

from planner.domain.errors import PlannerError
from planner.services.history import apply_recorded

if TYPE_CHECKING:
    from planner.services.changes import Origin
    from planner.services.edits import Edit
    from planner.services.plans import PlanStore


class EditCommand(QUndoCommand):
    """Applies ``edit`` on redo and its inverse on undo; each is one SQLite transaction.

    The edit is applied once *before* the command is pushed (so a refused edit never reaches the
    stack); the first ``redo()`` the stack calls on push is therefore skipped.

    An undo or redo the plan refuses (the records were changed elsewhere meanwhile, the plan is busy or
    read-only) writes nothing and reports ``on_refused(command, message, was_undo)``; the context then
    moves the stack back, and that move is skipped here too, so the stack stays true to the file.
    """

    def __init__(self, store: "PlanStore", edit: "Edit", inverse: "Edit",
                 on_applied: Callable[["Edit", "Edit", "Origin"], None],
                 on_refused: Callable[["EditCommand", str, bool], None] | None = None) -> None:
        super().__init__(edit.label)
        self._store = store
        self._redo = edit
        self._undo = inverse
        self._on_applied = on_applied
        self._on_refused = on_refused
        self._skip = True  # the first redo: already applied

    def redo(self) -> None:
        origin: Origin = "edit"
        if self._skip:
            self._skip = False
        else:
            origin = "redo"
            try:
                self._undo = apply_recorded(self._store, self._redo, label=f"Redo: {self._redo.label}")
            except PlannerError as exc:
                self._refused(str(exc), was_undo=False)
                return
        self._on_applied(self._redo, self._undo, origin)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        applied = self._undo
        try:
            self._redo = apply_recorded(self._store, applied, label=f"Undo: {applied.label}")
        except PlannerError as exc:
            self._refused(str(exc), was_undo=True)
            return
        self._on_applied(applied, self._redo, "undo")

    def _refused(self, message: str, *, was_undo: bool) -> None:
        self._skip = True  # the stack is moved back over this command: nothing to apply then
        if self._on_refused is not None:
            self._on_refused(self, message, was_undo)
