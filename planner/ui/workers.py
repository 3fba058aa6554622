"""Run slow work off the UI thread, with success and failure callbacks on the UI thread.

``run_in_background(fn, on_done, on_error)`` is the one way the UI does work that may take more than
~100 ms (projection, import, export). A ``Task`` has a ``generation`` so a view can drop results that a
newer request has superseded ("the newest result wins").
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Signals(QObject):
    """A task's signals; they live on the UI thread, so results arrive there (queued)."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False,
                 signals: Signals | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals if signals is not None else Signals()
        self.cancelled = False
        self._with_progress = with_progress
        self.setAutoDelete(True)

    def report(self, done: int, total: int) -> bool:
        """Called by the work function; returns False once the user has cancelled."""
        try:
            self.signals.progress.emit(done, total)
        except RuntimeError:  # the receiving view was closed while the work ran
            self.cancelled = True
        return not self.cancelled

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn(self.report) if self._with_progress else self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the view that asked was closed meanwhile: nobody is waiting for it
            pass


def run_on_pool(fn: Callable[[], Any], signals: Signals) -> None:
    """Run ``fn`` on the global thread pool and report on ``signals`` (owned and kept alive by the caller,
    connected beforehand), as :func:`deliver` does for a helper process's future."""
    QThreadPool.globalInstance().start(Task(fn, signals=signals))


def run_offloaded(submit: Callable[[], Any] | None, work: Callable[[], Any], signals: Signals) -> bool:
    """Run work in a helper process (``submit()`` starts it there and returns its future) or, when
    ``submit`` is None or no helper can be started, ``work`` on the thread pool; either way the result or
    error reaches ``signals`` on the UI thread. True when a helper took it."""
    if submit is not None:
        try:
            future = submit()
        except Exception:  # noqa: BLE001 - no helper process here: a thread will do
            pass
        else:
            future.add_done_callback(lambda f: deliver(f, signals))
            return True
    run_on_pool(work, signals)
    return False


def deliver(future, signals: Signals) -> None:
    """A ``concurrent.futures`` callback (runs on the pool's thread): hand the result or error to the UI
    thread through ``signals`` (queued)."""
    try:
        result = future.result()
    except BaseException as exc:  # noqa: BLE001 - delivered to the UI thread, never lost
        Task._emit(signals.failed, exc)
    else:
        Task._emit(signals.done, result)


def run_in_background(fn: Callable[..., Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None, *,
                      on_progress: Callable[[int, int], None] | None = None,
                      with_progress: bool = False, parent: QObject | None = None) -> Task:
    """Start ``fn`` on the global thread pool. With ``with_progress``, ``fn`` receives a
    ``report(done, total) -> bool`` callable and should stop when it returns False."""
    task = Task(fn, with_progress=with_progress)
    # Keep the signal object alive and owned on the UI thread; callbacks are queued to it.
    if parent is not None:
        task.signals.setParent(parent)
    task.signals.done.connect(on_done)
    if on_error is not None:
        task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task


def read_plan(store, campaign_ids=None):
    """Worker side: a plan snapshot read through a read-only connection of the worker's own (reading a
    10,000-session plan takes most of a second: never on the UI thread)."""
    reader = store.reader()
    try:
        return reader.load_plan(campaign_ids)
    finally:
        reader.close()
