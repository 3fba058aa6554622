"""Runs the selected campaign's projection off the UI thread after every change; the newest result wins.

Two passes: a point projection (``draws=0``) that lands fast, then the P10–P90 ranges (``draws=N``).
Each request drops the result still on its way (``context.jobs.cancel`` under the runner's key: a result
read before the newest edit or selection is never shown, even while the next projection waits for its
debounce), and ``context.jobs`` drops a superseded job's result. A campaign of :data:`PROCESS_MIN_SESSIONS` sessions or more is projected
in the "projection" helper process, so the UI thread never waits for the interpreter lock while it runs; a
smaller one on a thread (it takes a few milliseconds; starting a helper would take longer). What happens
when a helper dies or cannot start is the job runner's business (``planner.ui.jobs``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

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
        self.latest: Any = None
        self.process_min_sessions = PROCESS_MIN_SESSIONS
        self._stopped = False
        self._key = ("projection", id(self))  # context.jobs: the newest projection of this runner wins
        self._job: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)  # coalesce bursts (undo held down, several signals per edit)
        self._timer.timeout.connect(self._start)
        self._counts: dict[int, int] = {}  # sessions per campaign, until a change adds or removes some
        context.plan_changed.connect(self._on_plan_changed)
        context.campaign_selected.connect(self._on_campaign_selected)

    @property
    def busy(self) -> bool:
        """A request is waiting or a projection is running."""
        return (self._job is not None and not self._job.finished) or self._timer.isActive()

    @property
    def use_process(self) -> bool:
        """False once the projection helper died twice or could not start: big campaigns on threads too."""
        return not self.context.jobs.uses_threads_for("projection")

    def _on_plan_changed(self, change) -> None:
        """Project again unless the change only wrote other campaigns' own records (a rename, a new
        campaign): sessions anywhere may be a host's history with recorded results, which the projection
        shrinks toward, and hosts, benchmarks and rates reach every campaign."""
        moved = change.campaign_ids is None or len(change.campaign_ids) > 1  # (a session to another campaign)
        if change.touches("sessions", "campaigns") and (moved or not change.only_updates):
            self._counts.clear()
        only_other_campaigns = change.tables is not None and change.tables <= {"campaigns"} \
            and not change.touches_campaign(self.context.campaign_id)
        if not only_other_campaigns:
            self.request()

    def _on_campaign_selected(self, _campaign_id) -> None:
        self.latest = None
        self.request()

    def request(self) -> None:
        if self._stopped:
            return
        self.context.jobs.cancel(self._key)  # a newer edit or selection supersedes what is on its way
        self._timer.start()

    def stop(self) -> None:
        """No more projections (plan closed): results still on their way are dropped."""
        self._stopped = True
        self._timer.stop()
        self.context.jobs.cancel(self._key)

    def _start(self) -> None:
        cid = self.context.campaign_id
        if cid is None:
            return
        self.projection_started.emit(cid)
        store = self.context.store
        n = self._counts.get(cid)
        if n is None:
            n = self._counts[cid] = store.session_count(cid)
        self._run(cid, 0, n >= self.process_min_sessions)

    def _run(self, cid: int, draws: int, in_process: bool, source: "bytes | str | None" = None,
             plan: Any = None) -> None:
        """One pass. The plan is read once per change: on a thread the range pass reuses the plan the point
        pass read; a helper process gets the same snapshot again and reuses what it read from it."""
        from planner.services import projection
        from planner.ui.jobs import plan_source

        if source is None:
            source = plan_source(self.context.store, in_process and self.use_process)
        on_thread = not isinstance(source, bytes)

        def done(result: Any) -> None:
            read = None
            if on_thread and plan is None:
                result, read = result  # (projection, the plan it read)
            self.latest = result
            self.projection_ready.emit(cid, result)
            if draws == 0 and self.range_draws:
                self._run(cid, self.range_draws, in_process, source, read)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportError):
                message = self.tr("Projections are not available in this build yet.")
            else:
                message = str(exc) or type(exc).__name__
            self.projection_failed.emit(cid, message)

        fn: Callable[..., Any]
        if not on_thread:
            fn, first = projection.project_file, source
        elif plan is None:
            fn, first = projection.read_and_project, source
        else:
            fn, first = projection.project_plan, plan
        self._job = self.context.jobs.submit(self._key, fn, first, cid, draws, SEED, on_done=done, on_error=failed,
                                             where="thread" if on_thread else "process", helper="projection")
