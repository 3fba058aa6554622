"""The plan's schedule, checked once per change and off the UI thread, for every view that shows it.

The calendar, the Problems panel and the Sessions table's "Checks" column all show the same thing: the
sessions of the selected campaign with the schedule's conflicts (hosts are shared across campaigns, so the
check reads every session of the plan). On a 10,000-session plan reading and checking takes a second, so
it runs in a helper process (``schedule_check``, a thread if no process can be started) with its own
read-only connection, once per change: one check at a time, and when changes came in meanwhile, one more
for the newest state. Views keep showing the previous snapshot until the new one lands. The sessions
themselves travel only while a calendar is on screen (``show_sessions``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.ui.workers import Signals, run_offloaded

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
        self.use_process = True  # False after the helper process failed: check on a thread
        self._session_viewers = 0  # calendars on screen: only they need the sessions themselves
        self._signals: set[Any] = set()  # signal objects of running checks, kept alive until they report
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._start)
        context.plan_changed.connect(self.request)
        context.campaign_selected.connect(lambda _cid: self.request())

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
        from planner.ui import schedule_check

        generation, cid, path = self.generation, self.context.campaign_id, str(self.context.store.path)
        with_sessions = self._session_viewers > 0
        signals = Signals()  # lives on the UI thread: results arrive there, queued
        signals.setParent(self)
        self._signals.add(signals)
        self._in_flight = True

        def finish() -> bool:
            """Book-keeping; True if this result is the newest state's."""
            self._release(signals)
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
            from concurrent.futures.process import BrokenProcessPool

            if isinstance(exc, BrokenProcessPool) and self.use_process:
                schedule_check.reset()  # the helper died: check on a thread from now on
                self.use_process = False
                self._release(signals)
                self._start()
                return
            if finish():
                self.check_failed.emit(str(exc) or type(exc).__name__)

        signals.done.connect(done)
        signals.failed.connect(failed)
        store = self.context.store
        submit = (lambda: schedule_check.submit(store.snapshot(), cid, with_sessions)) if self.use_process else None
        if not run_offloaded(submit, lambda: schedule_snapshot.load_checked_snapshot(path, cid, with_sessions),
                             signals):
            self.use_process = False  # no helper could be started: check on threads from now on

    def _release(self, signals: Signals) -> None:
        self._in_flight = False
        self._signals.discard(signals)
        signals.deleteLater()
