"""Runs the selected campaign's projection off the UI thread after every change; the newest result wins.

Two passes: a point projection (``draws=0``) that lands fast, then the P10–P90 ranges (``draws=N``).
Each request bumps a generation counter; results from an older generation are dropped. A campaign of
:data:`PROCESS_MIN_SESSIONS` sessions or more is projected in a helper process (``ui.projection_job``), so
the UI thread never waits for the interpreter lock while it runs; a smaller one on a thread (it takes a few
milliseconds; starting a helper would take longer). If no helper can be started, or it dies, threads do it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.ui.workers import Signals, run_offloaded

RANGE_DRAWS = 2000
SEED = 20270618
PROCESS_MIN_SESSIONS = 2000


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
        self.use_process = True  # False once the helper process failed: project on threads
        self.process_min_sessions = PROCESS_MIN_SESSIONS
        self._stopped = False
        self._running: set = set()  # signal objects of running tasks, kept alive until they report
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)  # coalesce bursts (undo held down, several signals per edit)
        self._timer.timeout.connect(self._start)
        context.plan_changed.connect(self.request)
        context.campaign_selected.connect(self._on_campaign_selected)

    @property
    def busy(self) -> bool:
        """A request is waiting or a projection is running."""
        return bool(self._running) or self._timer.isActive()

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
        n = store.session_count(cid)
        self._run(generation, cid, str(store.path), 0, n >= self.process_min_sessions)

    def _run(self, generation: int, cid: int, path: str, draws: int, in_process: bool) -> None:
        from planner.services import projection
        from planner.ui import projection_job

        signals = Signals()  # lives on the UI thread: results arrive there, queued
        signals.setParent(self)
        self._running.add(signals)

        def release() -> None:
            self._running.discard(signals)
            signals.deleteLater()

        def done(result: Any) -> None:
            release()
            if generation != self.generation:
                return  # a newer edit or selection superseded this result
            self.latest = result
            self.projection_ready.emit(cid, result)
            if draws == 0 and self.range_draws:
                self._run(generation, cid, path, self.range_draws, in_process)

        def failed(exc: BaseException) -> None:
            from concurrent.futures.process import BrokenProcessPool

            release()
            if isinstance(exc, BrokenProcessPool) and self.use_process:
                projection_job.reset()  # the helper died: project on threads from now on
                self.use_process = False
                if generation == self.generation:
                    self._run(generation, cid, path, draws, False)
                return
            if generation != self.generation:
                return
            if isinstance(exc, ImportError):
                message = self.tr("Projections are not available in this build yet.")
            else:
                message = str(exc) or type(exc).__name__
            self.projection_failed.emit(cid, message)

        signals.done.connect(done)
        signals.failed.connect(failed)
        store = self.context.store
        submit = ((lambda: projection_job.submit(store.snapshot(), cid, draws, SEED))
                  if in_process and self.use_process else None)
        if not run_offloaded(submit, lambda: projection.project_file(path, cid, draws, SEED), signals) \
                and submit is not None:
            self.use_process = False  # no helper could be started: project on threads from now on
