"""The plan's schedule, checked once per change and off the UI thread, for every view that shows it.

The calendar, the Problems panel and the Sessions table's "Checks" column all show the same thing: the
sessions of the selected campaign with the schedule's conflicts (hosts are shared across campaigns, so the
check reads every session of the plan). On a 10,000-session plan reading and checking takes a second, so
it runs in the "schedule" helper process through ``context.jobs`` (a thread if no helper can be started),
on a snapshot of the plan, once per change: one check at a time, and when changes came in meanwhile, one more
for the newest state. Views keep showing the previous snapshot until the new one lands. The sessions
themselves travel only while a calendar is on screen (``show_sessions``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from planner.services.schedule_snapshot import ScheduleSnapshot

COALESCE_MS = 30  # one check for a burst of changes (undo held down, several signals per edit)


class ScheduleService(QObject):
    """``context.schedule``: the latest :class:`ScheduleSnapshot` of the selected campaign.

    ``snapshot_ready(snapshot)`` fires when a newer one lands; ``latest`` holds it (None before the first).
    ``pending`` is True while a change has not been checked yet.
    """

    snapshot_ready = Signal(object)  # ScheduleSnapshot
    check_failed = Signal(str)

    def __init__(self, context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.latest: ScheduleSnapshot | None = None
        self.generation = 0
        self.pending = False
        self._stopped = False
        self._in_flight = False
        self.threads_only = False  # True: check on a thread even while the helper works (tests)
        self._session_viewers = 0  # calendars on screen: only they need the sessions themselves
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)
        context.plan_changed.connect(self._on_plan_changed)
        context.campaign_selected.connect(lambda _cid: self.request())

    @property
    def use_process(self) -> bool:
        """Check in the "schedule" helper process (False once it died twice or could not start)."""
        return not self.threads_only and not self.context.jobs.uses_threads_for("schedule")

    def concerns(self, change) -> bool:
        """Does a change call for a new check? Not when it only edited session fields the check does not
        read (a slot fee) and no calendar holds the sessions themselves: the latest snapshot stays true."""
        from planner.services.schedule_snapshot import UNCHECKED_SESSION_FIELDS

        if self.latest is None or self.latest.has_sessions or self._session_viewers or self._stopped:
            return True
        return not change.updates_only_fields("sessions", UNCHECKED_SESSION_FIELDS)

    def _on_plan_changed(self, change) -> None:
        if self.concerns(change):
            self.request()

    def want(self) -> None:
        """A view needs a snapshot: check now unless one is there or on its way."""
        if self.latest is None and not self.pending:
            self.request()

    def show_sessions(self, shown: bool) -> None:
        """A calendar came on screen (True) or left it (False): snapshots carry the sessions while one shows."""
        self._session_viewers = max(0, self._session_viewers + (1 if shown else -1))
        if shown and self.latest is not None and not self.latest.has_sessions and not self.pending:
            self.request()

    def request(self) -> None:
        if self._stopped:
            return
        self.generation += 1
        self.pending = True
        self._timer.start()

    def stop(self) -> None:
        """The plan was closed: results still on their way are dropped."""
        self._stopped = True
        self.generation += 1
        self._timer.stop()

    def current(self, *, with_sessions: bool = False) -> "ScheduleSnapshot | None":
        """The latest snapshot if it is of the selected campaign (and holds the sessions, if asked);
        else None: the right one is on its way."""
        snap = self.latest
        if snap is None or snap.campaign_id != self.context.campaign_id:
            return None
        return snap if snap.has_sessions or not with_sessions else None

    def _start(self) -> None:
        if self._in_flight:
            return  # started again for the newest state when the running check reports
        from planner.services import schedule_snapshot
        from planner.ui.jobs import plan_source

        generation, cid = self.generation, self.context.campaign_id
        with_sessions = self._session_viewers > 0
        self._in_flight = True

        def finish() -> bool:
            """Book-keeping; True if this result is the newest state's."""
            self._in_flight = False
            if self._stopped:
                return False
            if generation != self.generation:
                self._timer.start()  # the plan changed meanwhile: check the newest state
                return False
            self.pending = False
            return True

        def done(snapshot: "ScheduleSnapshot") -> None:
            if finish():
                self.latest = snapshot
                self.snapshot_ready.emit(snapshot)

        def failed(exc: BaseException) -> None:
            if finish():
                self.check_failed.emit(str(exc) or type(exc).__name__)

        source = plan_source(self.context.store, self.use_process)
        self.context.jobs.submit(None, schedule_snapshot.load_checked_snapshot, source, cid, with_sessions,
                                 on_done=done, on_error=failed,
                                 where="process" if isinstance(source, bytes) else "thread", helper="schedule")
