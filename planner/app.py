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


def run_gui(db_path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from planner import __version__

    app = QApplication.instance() or QApplication(sys.argv[:1])
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
