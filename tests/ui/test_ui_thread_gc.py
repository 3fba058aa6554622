"""The cyclic garbage collector runs on the UI thread only (planner.app.UiThreadGarbageCollector).

A collection on a worker thread can free a Qt wrapper there, and PySide then deadlocks deleting it (seen in
CI: 10 minutes stuck in test_results_view). With the app's process settings, workers that make plenty of
cyclic garbage never collect; the UI thread's timer does, and the garbage does go.
"""

from __future__ import annotations

import gc
import threading
import weakref


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_workers_making_cycles_never_collect_and_the_ui_thread_does(qtbot) -> None:
    from planner.app import UiThreadGarbageCollector

    assert UiThreadGarbageCollector._installed is not None  # the UI tests run with the app's settings
    assert not gc.isenabled()
    collected_on: list[int] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.get_ident())

    refs: list[weakref.ref] = []

    def worker() -> None:
        for _ in range(20_000):  # far past gen 0's threshold (700 allocations)
            refs.append(weakref.ref(_Cycle()))

    gc.callbacks.append(seen)
    try:
        t = threading.Thread(target=worker)
        t.start()
        t.join()
        assert threading.main_thread().ident is not None
        worker_collections = [i for i in collected_on if i != threading.main_thread().ident]
        assert worker_collections == []
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)  # the UI thread's timer freed them
        assert collected_on and set(collected_on) == {threading.main_thread().ident}
    finally:
        gc.callbacks.remove(seen)
