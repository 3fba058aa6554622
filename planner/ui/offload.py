"""Helper processes for the app's long pure-Python work (no Qt here: a helper imports this and the domain).

Only :class:`planner.ui.jobs.JobRunner` uses this module (``where="process"``); it also owns what happens
when a helper dies. Each helper name has one process, started on first use (``spawn``: a fresh interpreter,
never a fork of a process that runs Qt's threads), kept for the app's life, running below the app's
priority and ending when the app ends. ``submit`` raises when no process can be started.

Projections of small campaigns stay on threads: they are mostly numpy (which lets go of the lock), and
receiving a small result from a process costs more than the work (measured).

Progress (``submit_reporting``): each helper has a queue back to the app that its jobs put ``(job id, done,
total)`` on, read by a plain thread of the app's that hands each report to the job's listener; a job's
outcome is completed only after its last report was handed over, so progress never arrives after the result.
A stop travels the other way through one shared slot per helper naming the job asked to stop (a helper runs
one job at a time; a later stop of another job takes the slot over).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

_pools: dict[str, ProcessPoolExecutor] = {}
_channels: dict[str, "_Channel"] = {}
_job_ids = itertools.count(1)
END_MARK_WAIT_S = 2.0  # how long a finished reporting job's outcome waits for its last reports
HELPER_NICENESS = 10  # helpers yield the CPU to the app: on a two-core laptop the UI must win


def _lower_priority(increment: int) -> None:
    """Helper start-up: run at a lower scheduling priority than the app (where the OS allows it)."""
    import os

    try:
        os.nice(increment)
    except (AttributeError, OSError):  # Windows has no nice(); a sandbox may refuse: run as is
        pass


# In a helper: where its jobs' reports go, and the slot naming the job asked to stop (see _start_helper).
_reports: Any = None
_stop_slot: Any = None


def _start_helper(increment: int, app_pid: int, reports: Any = None, stop_slot: Any = None) -> None:
    """Helper start-up: lower priority, and end when the app ends. A helper blocked waiting for work would
    otherwise outlive an app that was killed or crashed (about 34 MB each, forever)."""
    global _reports, _stop_slot
    _reports, _stop_slot = reports, stop_slot
    _lower_priority(increment)
    threading.Thread(target=_exit_with_app, args=(app_pid,), name="exit-with-app", daemon=True).start()


def _exit_with_app(app_pid: int, interval: float = 0.5) -> None:
    import os
    import time

    while True:
        time.sleep(interval)
        if not _alive(app_pid):
            os._exit(0)


def _alive(pid: int) -> bool:
    import os

    if sys.platform == "win32":  # (os.name == "nt"; the form type checkers understand)
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    return os.getppid() == pid  # re-parented (to init or a subreaper) once the app is gone


def _run_reporting(job_id: int, fn: Callable[..., Any], *args: Any) -> Any:
    """In a helper: ``fn(report, *args)``, its reports put on the helper's queue, then an end mark."""
    def report(done: int, total: int) -> bool:
        if _stop_slot.value == job_id:
            return False
        _reports.put((job_id, done, total))
        return True

    try:
        return fn(report, *args)
    finally:
        _reports.put((job_id, None, None))


class _Channel:
    """The app's side of one helper's reports: the queue, the stop slot and the thread that reads the queue."""

    def __init__(self, context: Any) -> None:
        self.reports = context.Queue()
        self.stop_slot = context.Value("q", 0)
        self.listeners: dict[int, Callable[[int | None, int | None], None]] = {}
        threading.Thread(target=self._read, name="helper-progress", daemon=True).start()

    def _read(self) -> None:  # on the channel's own thread, until reset() ends it
        while True:
            item = self.reports.get()
            if item is None:
                return
            job_id, done, total = item
            listener = self.listeners.get(job_id)
            if listener is not None:
                listener(done, total)

    def close(self) -> None:
        self.reports.put(None)


_lock = threading.Lock()


def _pool(kind: str) -> tuple[ProcessPoolExecutor, _Channel]:
    with _lock:
        pool = _pools.get(kind)
        if pool is None:
            # "spawn": a fresh interpreter, never a fork of a process that runs Qt's threads.
            context = multiprocessing.get_context("spawn")
            channel = _channels[kind] = _Channel(context)
            pool = _pools[kind] = ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_helper,
                                                      initargs=(HELPER_NICENESS, os.getpid(), channel.reports,
                                                                channel.stop_slot))
        return pool, _channels[kind]


def submit(kind: str, fn: Callable[..., Any], *args: Any) -> Future:
    """Run ``fn(*args)`` (a module-level, Qt-free function) in the helper process for ``kind``."""
    pool, _channel = _pool(kind)
    return pool.submit(fn, *args)


def submit_reporting(kind: str, fn: Callable[..., Any], args: tuple,
                     on_progress: Callable[[int, int], None]) -> tuple[Future, Callable[[], None]]:
    """Run ``fn(report, *args)`` in the helper for ``kind``; each ``report(done, total)`` reaches
    ``on_progress`` on a thread of the app's (before the returned future is done). Returns the future and a
    function that asks the job to stop (its ``report`` then returns False)."""
    pool, channel = _pool(kind)
    job_id = next(_job_ids)
    outcome: Future = Future()
    ended = threading.Event()

    def listener(done: int | None, total: int | None) -> None:
        if done is None or total is None:
            ended.set()  # the end mark: every report of the job is handed over
        else:
            on_progress(done, total)

    def inner_done(inner: Future) -> None:  # on the pool's thread: wait for the last report, then complete
        if not inner.cancelled() and not isinstance(inner.exception(), BrokenProcessPool):
            ended.wait(END_MARK_WAIT_S)  # (none comes when the job could not even be sent: do not hang)
        channel.listeners.pop(job_id, None)
        if inner.cancelled():
            outcome.cancel()
        elif inner.exception() is not None:
            outcome.set_exception(inner.exception())
        else:
            outcome.set_result(inner.result())

    def stop() -> None:
        channel.stop_slot.value = job_id

    channel.listeners[job_id] = listener
    pool.submit(_run_reporting, job_id, fn, *args).add_done_callback(inner_done)
    return outcome, stop


def reset(kind: str) -> None:
    """Forget a broken helper; the next submit starts a new one."""
    with _lock:
        pool = _pools.pop(kind, None)
        channel = _channels.pop(kind, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
    if channel is not None:
        channel.close()
