"""Helper processes for the app's long pure-Python work (no Qt here: a helper imports this and the domain).

Only :class:`planner.ui.jobs.JobRunner` uses this module (``where="process"``); it also owns what happens
when a helper dies. Each helper name has one process, started on first use (``spawn``: a fresh interpreter,
never a fork of a process that runs Qt's threads), kept for the app's life, running below the app's
priority and ending when the app ends. ``submit`` raises when no process can be started.

Projections of small campaigns stay on threads: they are mostly numpy (which lets go of the lock), and
receiving a small result from a process costs more than the work (measured).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

_pools: dict[str, ProcessPoolExecutor] = {}
HELPER_NICENESS = 10  # helpers yield the CPU to the app: on a two-core laptop the UI must win


def _lower_priority(increment: int) -> None:
    """Helper start-up: run at a lower scheduling priority than the app (where the OS allows it)."""
    import os

    try:
        os.nice(increment)
    except (AttributeError, OSError):  # Windows has no nice(); a sandbox may refuse: run as is
        pass


def _start_helper(increment: int, app_pid: int) -> None:
    """Helper start-up: lower priority, and end when the app ends. A helper blocked waiting for work would
    otherwise outlive an app that was killed or crashed (about 34 MB each, forever)."""
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

    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    return os.getppid() == pid  # re-parented (to init or a subreaper) once the app is gone


_lock = threading.Lock()


def submit(kind: str, fn: Callable[..., Any], *args: Any) -> Future:
    """Run ``fn(*args)`` (a module-level, Qt-free function) in the helper process for ``kind``."""
    with _lock:
        pool = _pools.get(kind)
        if pool is None:
            # "spawn": a fresh interpreter, never a fork of a process that runs Qt's threads.
            pool = _pools[kind] = ProcessPoolExecutor(max_workers=1,
                                                      mp_context=multiprocessing.get_context("spawn"),
                                                      initializer=_start_helper,
                                                      initargs=(HELPER_NICENESS, os.getpid()))
    return pool.submit(fn, *args)


def reset(kind: str) -> None:
    """Forget a broken helper; the next submit starts a new one."""
    with _lock:
        pool = _pools.pop(kind, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
