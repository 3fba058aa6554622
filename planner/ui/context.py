"""The open plan as the UI sees it: the store, the undo stack, the selected campaign and change signals.

Views never write to the store directly: they call :meth:`PlanContext.apply` with an edit from
``planner.services.edits``; the context applies it (one transaction), puts it on the undo stack and
announces ``plan_changed`` with a :class:`planner.services.changes.Change` saying what changed and who
started it. Each view re-reads only what that value touches; no view reads context state that is valid only
while the signal is emitted, so the order in which views connect does not matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.errors import ConflictError, PlannerError
from planner.services.changes import Change, Origin, change_of
from planner.services.history import apply_recorded
from planner.ui.commands import EditCommand
from planner.ui.jobs import JobRunner

if TYPE_CHECKING:
    from planner.services.edits import Edit
    from planner.services.plans import PlanStore
    from planner.ui.schedule_service import ScheduleService


WATCH_MS = 1000  # how often the plan is checked for other programs' writes


class PlanContext(QObject):
    plan_changed = Signal(object)  # Change: what an edit, undo, redo, outside write or refresh touched
    campaign_selected = Signal(object)  # campaign id or None
    session_activated = Signal(int)  # a session was chosen somewhere (calendar, problems panel)
    display_zone_changed = Signal(str)  # the user's own IANA zone shown beside China time
    edit_failed = Signal(str)  # a refused edit's message, for the status bar
    commit_requested = Signal()  # views: write what an open cell editor holds, now (see commit_pending)

    def __init__(self, store: "PlanStore", display_zone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.campaign_id: int | None = None
        self.display_zone = display_zone
        self._schedule: ScheduleService | None = None
        self.jobs = JobRunner(self)  # off-thread work for this plan; results still on their way die with it
        self.revision = 0  # counts plan_changed announcements: a view loaded at this revision is current
        # Other programs' writes (the CLI, another window): a cheap poll of SQLite's data_version on our own
        # connection; when it moves, every view re-reads what it shows. The window starts it (watch_outside_
        # writes): a context must not announce changes to views that are gone.
        from PySide6.QtCore import QTimer

        self._data_version = store.data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_outside_writes)

    @property
    def schedule(self) -> "ScheduleService":
        """The schedule snapshot (sessions and conflicts) shared by the calendar, Problems and Sessions."""
        if self._schedule is None:
            from planner.ui.schedule_service import ScheduleService

            self._schedule = ScheduleService(self, self)
        return self._schedule

    def watch_outside_writes(self) -> None:
        """Check for other programs' writes every second until :meth:`stop`."""
        self._data_version = self.store.data_version()
        self._watch.start()

    def check_outside_writes(self) -> bool:
        """Refresh every view if another program wrote to the plan since the last look; True when it did."""
        version = self.store.data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self._emit(Change.everything("outside"))
        return True

    def stop(self) -> None:
        """The plan is being closed: background results still on their way are dropped."""
        self._watch.stop()
        if self._schedule is not None:
            self._schedule.stop()
        self.jobs.cancel_all()

    def apply(self, edit: "Edit") -> Change:
        """Apply an edit and push it on the undo stack; returns the :class:`Change` it announced. A refused
        edit raises PlannerError unchanged (and, when the records were changed elsewhere, the views are
        refreshed to show what is stored)."""
        try:
            inverse = apply_recorded(self.store, edit)
        except ConflictError:
            self.refresh_all()
            raise
        announced: list[Change] = []
        self.undo_stack.push(EditCommand(self.store, edit, inverse,
                                         lambda a, i, o: announced.append(self._announce(a, i, o)),
                                         self._on_refused))
        return announced[0] if announced else change_of(edit, inverse, "edit")

    def refresh_all(self) -> None:
        """Every view re-reads the plan (an edit found it changed, a refused undo, a reopened file)."""
        self._emit(Change.everything("refresh"))

    def _on_refused(self, command: EditCommand, message: str, was_undo: bool) -> None:
        """An undo or redo the plan refused: the stack goes back to where it was (that move writes nothing),
        the message is shown, and the views show what is stored."""
        from PySide6.QtCore import QTimer

        stack = self.undo_stack
        index = stack.index() + (1 if was_undo else -1)

        def restore() -> None:
            stack.setIndex(index)
            self.edit_failed.emit(("Undo refused: " if was_undo else "Redo refused: ") + message)
            self.refresh_all()

        QTimer.singleShot(0, restore)

    def _announce(self, applied: "Edit", inverse: "Edit | None", origin: Origin) -> Change:
        """``plan_changed`` with what ``applied`` (whose application returned ``inverse``) changed; then, once
        every view has taken it in, a campaign the change brought (back) is selected, so the next Undo/Redo
        is about what is on screen."""
        change = change_of(applied, inverse, origin)
        self._emit(change)
        if change.new_campaign is not None:
            self.select_campaign(change.new_campaign)
        return change

    def _emit(self, change: Change) -> None:
        self.revision += 1
        self.plan_changed.emit(change)

    def try_apply(self, edit: "Edit") -> str | None:
        """Like :meth:`apply`, but returns the error message instead of raising (for in-place edits)."""
        from planner.ui.formatting import refusal

        try:
            self.apply(edit)
        except PlannerError as exc:
            message = refusal(exc)
            self.edit_failed.emit(message)
            return message
        return None

    def commit_pending(self) -> None:
        """Before the plan closes or another campaign is shown: every open cell editor writes what it holds."""
        self.commit_requested.emit()

    def select_campaign(self, campaign_id: int | None) -> None:
        if campaign_id != self.campaign_id:
            self.commit_pending()
            self.campaign_id = campaign_id
            self.campaign_selected.emit(campaign_id)

    def set_display_zone(self, name: str) -> None:
        if name != self.display_zone:
            self.display_zone = name
            self.display_zone_changed.emit(name)
