"""The one way the UI runs work off its thread: :class:`JobRunner` (``context.jobs``).

``jobs.submit(key, fn, *args, on_done=..., on_error=..., progress=..., where="thread" | "process")`` runs
``fn(*args)`` on Qt's thread pool or in a helper process and calls ``on_done(result)`` or
``on_error(exception)`` on the UI thread. It owns, in one place:

- **the newest result per key wins**: a job submitted under a key supersedes the earlier ones under that
  key; their results (and errors) are dropped. ``key=None``: every job reports.
- **helper processes** (``where="process"``, :mod:`planner.ui.offload`): each ``helper`` name has one
  process, started on first use, running at a lower priority than the app. Reading and checking a 10,000-session plan is a
  second of pure Python: on a thread it would take the interpreter lock in turns with the UI thread and every
  repaint would wait (``bench/bench_editing.py`` measured 0.4–0.6 s stalls); a helper has an interpreter of
  its own. ``fn`` must then be a module-level, Qt-free function and its arguments picklable.
- **a helper that died** (killed, out of memory) is reset and the job retried once in a fresh helper; if it
  dies again, or no helper can be started, that helper's jobs run on threads from then on.
- **progress and cancellation**: with ``progress``, ``fn`` receives a ``report(done, total) -> bool``
  first; it returns False once the job was stopped (``Job.stop``: its outcome is still delivered) or
  cancelled (``Job.cancel``, :meth:`JobRunner.cancel_all` when the plan is closed: its outcome is dropped).
  A helper process's reports come back through its queue (:func:`planner.ui.offload.submit_reporting`), all
  of them before the job's outcome.
- **the lifetime of the signal object** that carries results back: one per runner, living as long as it;
  a job whose ``owner`` widget is gone is cancelled.
"""

from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future

# planner.ui.offload (multiprocessing, process pools) is imported on the first process job, not at start-up.

Where = Literal["thread", "process"]


class _Relay(QObject):
    """The runner's mailbox, one object for all its jobs, living on the UI thread. Workers never create or
    delete Qt objects, and never hold the last reference to one (a per-job signal object released on a
    worker thread while the UI thread deleted it crashed).

    Nor does a worker emit a Python object across threads: it appends ``(kind, job, value)`` to ``outbox``
    and emits the argument-less ``ready``; the UI thread empties the box. Qt builds a queued signal's event
    while it holds one of its pooled object locks, and copying a Python argument into that event takes the
    interpreter lock; the UI thread, holding the interpreter lock, may at that moment be deleting any QObject
    whose lock is the same one of Qt's pool, and wait for it: both wait for ever. CI hung so for 10 minutes
    (py-spy --native: the executor thread in ``QQueuedMetaCallEvent`` → ``GilState``, the UI thread in
    ``~QObject`` → ``QBasicMutex::lockInternal``, deleting a menu). ``ready`` carries nothing to copy.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox: deque[tuple[str, Job, Any]] = deque()

    def post(self, kind: str, job: "Job", value: Any) -> None:
        """From any thread: ``kind`` is "done", "failed" or "progress" (value ``(done, total)``)."""
        self.outbox.append((kind, job, value))
        self.ready.emit()


class Job:
    """One submitted job. ``cancel()`` drops its outcome; ``stop()`` only asks the work to stop (its
    ``report`` returns False) and still delivers what it then returns or raises (e.g. ``Cancelled``, for a
    Cancel button). Either way the work stops at its next ``report``."""

    def __init__(self, key: Hashable | None) -> None:
        self.key = key
        self.cancelled = False
        self.stopping = False
        self.finished = False
        self.on_stop: Callable[[], None] | None = None  # tells a helper process running the job to stop

    def cancel(self) -> None:
        self.cancelled = True
        self.stop()

    def stop(self) -> None:
        self.stopping = True
        if self.on_stop is not None:
            self.on_stop()


class _Task(QRunnable):
    def __init__(self, job: Job, relay: _Relay, fn: Callable[..., Any], args: tuple, with_progress: bool) -> None:
        super().__init__()
        self.job, self.relay, self.fn, self.args, self.with_progress = job, relay, fn, args, with_progress
        self.setAutoDelete(True)

    def report(self, done: int, total: int) -> bool:
        if not self.job.stopping:
            _post(self.relay, "progress", self.job, (done, total))
        return not self.job.stopping

    def run(self) -> None:  # on a pool thread
        try:
            result = self.fn(self.report, *self.args) if self.with_progress else self.fn(*self.args)
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            _post(self.relay, "failed", self.job, exc)
        else:
            _post(self.relay, "done", self.job, result)


def _post(relay: _Relay, kind: str, job: "Job", value: Any) -> None:
    try:
        relay.post(kind, job, value)
    except RuntimeError:  # the runner was deleted meanwhile (its plan was closed): nobody is waiting
        pass


class _Entry:
    """What the runner remembers of a job until it reports."""

    __slots__ = ("on_done", "on_error", "progress", "where", "helper", "fn", "args", "retried")

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None,
                 progress: Callable[[int, int], None] | None, where: Where, helper: str,
                 fn: Callable[..., Any], args: tuple) -> None:
        self.on_done, self.on_error, self.progress = on_done, on_error, progress
        self.where, self.helper, self.fn, self.args = where, helper, fn, args
        self.retried = False


class JobRunner(QObject):
    """Runs jobs off the UI thread for one open plan (``context.jobs``); see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newest: dict[Hashable, Job] = {}
        self._running: dict[Job, _Entry] = {}
        self._threads_only: set[str] = set()  # helpers that died twice or could not start
        self._relay = _Relay(self)
        self._relay.ready.connect(self._drain)

    @property
    def busy(self) -> bool:
        """Some job has not reported yet."""
        return bool(self._running)

    def submit(self, key: Hashable | None, fn: Callable[..., Any], *args: Any,
               on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None,
               progress: Callable[[int, int], None] | None = None, where: Where = "thread",
               helper: str = "default", owner: QObject | None = None) -> Job:
        """Run ``fn(*args)`` off the UI thread; see the module docstring. Returns the :class:`Job`.

        ``owner``: a widget whose methods the callbacks are; once it is destroyed the job is cancelled (a
        dialog closed before its result arrived)."""
        job = Job(key)
        if owner is not None:
            owner.destroyed.connect(job.cancel)
        if key is not None:
            old = self._newest.get(key)
            if old is not None:
                old.cancel()
            self._newest[key] = job
        self._running[job] = _Entry(on_done, on_error, progress, where, helper, fn, args)
        if where == "process" and helper not in self._threads_only:
            if self._to_helper(job, helper, fn, args, progress is not None):
                return job
            self._threads_only.add(helper)  # no helper process here: threads from now on
        self._to_thread(job, fn, args, progress is not None)
        return job

    def cancel(self, key: Hashable) -> None:
        """Drop the result of the newest job under ``key`` (it stops at its next report)."""
        job = self._newest.pop(key, None)
        if job is not None:
            job.cancel()

    def cancel_all(self) -> None:
        """The plan is being closed: every result still on its way is dropped."""
        for job in list(self._running):
            job.cancel()
        self._newest.clear()

    def uses_threads_for(self, helper: str) -> bool:
        """True once ``helper``'s jobs run on threads (its process died twice or could not start)."""
        return helper in self._threads_only

    # -- delivery (on the UI thread) -------------------------------------------------------------------
    def _drain(self) -> None:
        box = self._relay.outbox
        while box:
            kind, job, value = box.popleft()
            if kind == "done":
                self._on_done(job, value)
            elif kind == "failed":
                self._on_failed(job, value)
            else:
                self._on_progress(job, *value)

    def _on_done(self, job: Job, result: Any) -> None:
        entry = self._finish(job)
        if entry is not None and not job.cancelled:
            entry.on_done(result)

    def _on_failed(self, job: Job, exc: BaseException) -> None:
        entry = self._running.get(job)
        if entry is None:
            return
        if entry.where == "process" and _helper_broke(exc):
            self._helper_died(job, entry)
            return
        self._finish(job)
        if not job.cancelled and entry.on_error is not None:
            entry.on_error(exc)

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        entry = self._running.get(job)
        if entry is not None and entry.progress is not None and not job.cancelled:
            entry.progress(done, total)

    def _finish(self, job: Job) -> "_Entry | None":
        job.finished = True
        if job.key is not None and self._newest.get(job.key) is job:
            del self._newest[job.key]
        return self._running.pop(job, None)

    # -- where jobs run ----------------------------------------------------------------------------------
    def _to_thread(self, job: Job, fn: Callable[..., Any], args: tuple, with_progress: bool) -> None:
        QThreadPool.globalInstance().start(_Task(job, self._relay, fn, args, with_progress))

    def _to_helper(self, job: Job, helper: str, fn: Callable[..., Any], args: tuple, with_progress: bool) -> bool:
        from planner.ui import offload

        relay = self._relay
        try:
            if with_progress:
                future, job.on_stop = offload.submit_reporting(
                    helper, fn, args, lambda done, total: _post(relay, "progress", job, (done, total)))
            else:
                future = offload.submit(helper, fn, *args)
        except Exception:  # noqa: BLE001 - no process can be started here (a sandbox): a thread will do
            return False
        if job.stopping and job.on_stop is not None:
            job.on_stop()  # stopped before it was sent
        future.add_done_callback(lambda f: _deliver(f, relay, job))
        return True

    def _helper_died(self, job: Job, entry: _Entry) -> None:
        """The one place for "the helper process died": reset it and retry once in a fresh one; if that
        dies too (or cannot start), this helper's jobs run on threads from now on."""
        from planner.ui import offload

        offload.reset(entry.helper)
        if job.cancelled:
            self._finish(job)
            return
        if not entry.retried and entry.helper not in self._threads_only:
            entry.retried = True
            if self._to_helper(job, entry.helper, entry.fn, entry.args, entry.progress is not None):
                return
        self._threads_only.add(entry.helper)
        entry.where = "thread"
        job.on_stop = None
        self._to_thread(job, entry.fn, entry.args, entry.progress is not None)


def _helper_broke(exc: BaseException) -> bool:
    """The helper process running a job died (killed, out of memory): ``BrokenProcessPool``."""
    from concurrent.futures.process import BrokenProcessPool

    return isinstance(exc, BrokenProcessPool)


def _deliver(future: "Future", relay: _Relay, job: Job) -> None:
    """A helper's future is done (this runs on the executor's thread): hand the result to the UI thread."""
    try:
        result = future.result()
    except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
        _post(relay, "failed", job, exc)
    else:
        _post(relay, "done", job, result)


def plan_source(store: Any, in_process: bool) -> "bytes | str":
    """What a job reads the plan from: for a helper process, a snapshot of it (``PlanStore.snapshot``: a
    millisecond for 10,000 sessions; a helper never opens the plan's files, so it cannot disturb the app's
    locks); on a thread, or when no snapshot can be taken (the plan was closed meanwhile), its path (the
    worker opens a read-only connection of its own). Submit bytes ``where="process"``, a path on a thread."""
    if in_process:
        try:
            return store.snapshot()
        except Exception:  # noqa: BLE001 - a closed or broken connection: the thread reports what is wrong
            pass
    return str(store.path)


def runner_for(widget: QObject) -> JobRunner:
    """The job runner of the plan a widget shows (``context.jobs`` of the nearest parent that has a plan
    context), so its jobs end with the plan; a widget outside any plan's window gets one of its own."""
    node: QObject | None = widget
    while node is not None:
        context = getattr(node, "context", None)
        jobs = getattr(context, "jobs", None)
        if isinstance(jobs, JobRunner):
            return jobs
        node = node.parent()
    own = widget.findChild(JobRunner, "own_jobs", Qt.FindChildOption.FindDirectChildrenOnly)
    if own is None:
        own = JobRunner(widget)
        own.setObjectName("own_jobs")
    return own
