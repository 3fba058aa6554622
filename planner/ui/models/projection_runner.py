"""Runs the selected campaign's projection off the UI thread after every change; the newest result wins.

Two passes: a point projection (``draws=0``) that lands fast, then the P10–P90 ranges (``draws=N``).
Each request bumps a generation counter; results from an older generation are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.ui.workers import run_in_background

RANGE_DRAWS = 2000
SEED = 20270618


def _project(path_store, campaign_id: int, draws: int) -> Any:
    """Worker side: a fresh read-only connection, one snapshot, one projection."""
    from planner.domain.projection import project_campaign

    reader = path_store.reader()
    try:
        plan = reader.load_plan([campaign_id])
    finally:
        reader.close()
    return project_campaign(plan, campaign_id, draws=draws, seed=SEED)


class ProjectionRunner(QObject):
    projection_started = Signal(object)  # campaign id
    projection_ready = Signal(object, object)  # campaign id, CampaignProjection (point or with ranges)
    projection_failed = Signal(object, str)  # campaign id, message

    def __init__(self, context, parent: QObject | None = None, *, range_draws: int = RANGE_DRAWS) -> None:
        super().__init__(parent)
        self.context = context
        self.range_draws = range_draws
        self.generation = 0
        self.latest: Any = None
        self._stopped = False
        self._running: set = set()  # signal objects of running tasks, kept alive until they report
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)  # coalesce bursts (undo held down, several signals per edit)
        self._timer.timeout.connect(self._start)
        context.plan_changed.connect(self.request)
        context.campaign_selected.connect(self._on_campaign_selected)

    def _on_campaign_selected(self, _campaign_id) -> None:
        self.latest = None
        self.request()

    def request(self) -> None:
        if self._stopped:
            return
        self.generation += 1
        self._timer.start()

    def stop(self) -> None:
        """No more projections (plan closed): results still on their way are dropped."""
        self._stopped = True
        self.generation += 1
        self._timer.stop()

    def _start(self) -> None:
        generation = self.generation
        cid = self.context.campaign_id
        if cid is None:
            return
        self.projection_started.emit(cid)
        store = self.context.store
        self._run(generation, cid, store, 0)

    def _run(self, generation: int, cid: int, store, draws: int) -> None:
        holder: list = []

        def done(result: Any) -> None:
            self._running.difference_update(holder)
            if generation != self.generation:
                return  # a newer edit or selection superseded this result
            self.latest = result
            self.projection_ready.emit(cid, result)
            if draws == 0 and self.range_draws:
                self._run(generation, cid, store, self.range_draws)

        def failed(exc: BaseException) -> None:
            self._running.difference_update(holder)
            if generation != self.generation:
                return
            if isinstance(exc, ImportError):
                message = self.tr("Projections are not available in this build yet.")
            else:
                message = str(exc) or type(exc).__name__
            self.projection_failed.emit(cid, message)

        task = run_in_background(lambda: _project(store, cid, draws), done, failed)
        # The task's signal object must outlive the task's Python wrapper, or its result is lost
        # ("Signal source has been deleted"); hold it until it has reported.
        holder.append(task.signals)
        self._running.add(task.signals)
