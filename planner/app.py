"""Composition root: open the plan store, build the main window, run the Qt event loop."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def app_only_args(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``(True, path or None)`` when the arguments just open the app: none, ``--db PATH`` or ``--db=PATH``."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0][len("--db="):]
    return False, None


#: How long a busy worker thread may hold the interpreter lock before the UI thread gets it (Python's
#: default is 5 ms). Each Python call a repaint makes (a table's data()) waits up to this long while a
#: worker runs pure Python: a Sessions repaint of 25 ms took 125 ms at 5 ms and 63 ms at 1 ms.
UI_SWITCH_INTERVAL_S = 0.001


def tune_process() -> None:
    """Process-wide settings of the app, made once here at start-up and nowhere else in the app.

    - ``sys.setswitchinterval(UI_SWITCH_INTERVAL_S)``: the UI thread gets the interpreter lock back
      within 1 ms of a worker thread's pure Python (see :data:`UI_SWITCH_INTERVAL_S`).
    - the cyclic garbage collector runs on the UI thread only (:class:`UiThreadGarbageCollector`; call this
      once the QApplication exists).

    The other process-wide settings belong to a moment, not to start-up, and are documented where they
    happen: once start-up has settled, the window moves start-up's objects out of the garbage collector's
    generations (``planner.ui.main_window.settle_startup_heap``: ``gc.freeze()``, on the UI thread); helper
    processes lower their own priority when they start (``os.nice``, ``planner.ui.offload``: their process,
    not the app's); long imports and exports keep the collector paused while they build rows
    (``planner.exchange.files.gc_paused``, shared with the CLI; it leaves it as it found it).
    """
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    UiThreadGarbageCollector.install()


class UiThreadGarbageCollector:
    """Automatic cyclic collection off; the UI thread collects on a timer instead, with the same thresholds.

    A collection runs in whichever thread happens to allocate. On a worker thread it may free the Python
    wrapper of a Qt object, which PySide hands to the UI thread to delete while holding its own lock and
    then waits for the interpreter lock: a deadlock (seen in CI and in a test run here: a worker importing
    xlsxwriter collected, the UI thread waited in ``BindingManager::runDeletionInMainThread``). pyqtgraph
    ships the same remedy (``pyqtgraph.util.garbage_collector``); importing pyqtgraph at start-up would
    cost 0.3 s, so these few lines are the app's own.
    """

    _installed: "UiThreadGarbageCollector | None" = None

    @classmethod
    def install(cls, interval_ms: int = 500) -> None:
        from PySide6.QtCore import QCoreApplication

        if cls._installed is None and QCoreApplication.instance() is not None:
            cls._installed = cls(interval_ms)

    @classmethod
    def uninstall(cls) -> None:
        import gc

        if cls._installed is not None:
            cls._installed.timer.stop()
            cls._installed = None
            gc.enable()

    def __init__(self, interval_ms: int) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer()
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        import gc

        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 > t0:
            gc.collect(2 if c1 > t1 and c2 > t2 else 1 if c1 > t1 else 0)


def run_gui(db_path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner import __version__

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tune_process()
    app.setOrganizationName("LiveCommercePlanner")
    app.setApplicationName("Live-commerce planner")
    app.setApplicationVersion(__version__)
    from planner.ui import i18n

    i18n.install()  # before any window is built, so every string is looked up in the chosen language

    from planner.ui.main_window import open_main_window

    try:
        window = open_main_window(db_path)
    except Exception as exc:  # shown to the user rather than lost on a console they may not have
        print(f"planner: error: {exc}", file=sys.stderr)
        if not os.environ.get("PLANNER_SMOKE_EXIT_MS"):  # a smoke run has nobody to close a dialog
            QMessageBox.critical(None, "Live-commerce planner", str(exc))
        return 2
    window.show()
    return app.exec()
