"""UI fixtures: QSettings in a temp folder (never the user's), a main window over a tmp_path plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(scope="session", autouse=True)
def _tuned_like_the_app(qapp):
    """The window runs with the process settings the app's entry makes (planner.app.tune_process)."""
    import sys

    from planner.app import UiThreadGarbageCollector, tune_process

    before = sys.getswitchinterval()
    tune_process()
    yield
    sys.setswitchinterval(before)
    UiThreadGarbageCollector.uninstall()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("PlannerTests")
    QCoreApplication.setApplicationName("planner-ui-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def window(qtbot, plan_path):
    from planner.ui.main_window import open_main_window

    win = open_main_window(plan_path)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def wait_projection(qtbot, win, timeout=15000):
    """Wait until the runner has a projection (with ranges) for the selected campaign."""
    runner = win.runner
    qtbot.waitUntil(lambda: runner.latest is not None and runner.latest.campaign_id == win.context.campaign_id
                    and runner.latest.range is not None, timeout=timeout)
    return runner.latest
