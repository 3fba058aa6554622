"""The plan's schedule, checked once per change and off the UI thread, for every view that shows it.

The calendar, the Problems panel and the Sessions table's "Checks" column all show the same thing: the
sessions of the selected campaign with the schedule's conflicts (hosts are shared across campaigns, so the
check reads every session of the plan). On a 10,000-session plan reading and checking takes a second, so
it runs on a worker with its own read-only connection, once per change, and the newest result wins.
Views keep showing the previous snapshot until the new one lands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.ui.workers import run_in_background

if TYPE_CHECKING:
    from planner.ui.views.calendar_data import ScheduleSnapshot

COALESCE_MS = 30  # one check for a burst of changes (undo held down, several signals per edit)


def _load(store, campaign_id: int | None) -> "ScheduleSnapshot":
    """Worker side: warm the holiday calendar, then read and check the whole plan's schedule."""
    from planner.domain import holidays_cn
    from planner.ui.views.calendar_data import load_snapshot

    holidays_cn.warm_up()
    reader = store.reader()
    try:
        return load_snapshot(reader, campaign_id)
    finally:
        reader.close()


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
        self._running: set[Any] = set()  # signal objects of running tasks, kept alive until they report
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

    def current(self) -> "ScheduleSnapshot | None":
        """The latest snapshot if it is of the selected campaign (else None: the right one is on its way)."""
        snap = self.latest
        return snap if snap is not None and snap.campaign_id == self.context.campaign_id else None

    def _start(self) -> None:
        generation, cid, store = self.generation, self.context.campaign_id, self.context.store
        holder: list[Any] = []

        def done(snapshot: "ScheduleSnapshot") -> None:
            self._running.difference_update(holder)
            if generation != self.generation:
                return  # a newer change or selection superseded this check
            self.pending = False
            self.latest = snapshot
            self.snapshot_ready.emit(snapshot)

        def failed(exc: BaseException) -> None:
            self._running.difference_update(holder)
            if generation == self.generation:
                self.pending = False
                self.check_failed.emit(str(exc) or type(exc).__name__)

        task = run_in_background(lambda: _load(store, cid), done, failed)
        holder.append(task.signals)
        self._running.add(task.signals)
