"""The Problems dock: the schedule's conflicts (``ProblemsPanel``) under the tabs, toggled from View ▸ Problems.

A click on a problem announces the session through ``context.session_activated``; the calendar moves to it
and the Sessions table selects it. When neither is in front, the window brings the Sessions tab forward.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from planner.ui.views.problems_panel import ProblemsPanel

DEFAULT_HEIGHT = 160


class ProblemsDock(QDockWidget):
    def __init__(self, window: QMainWindow, toggle: QAction) -> None:
        super().__init__(self.tr("Problems"), window)
        self.setObjectName("problems_dock")
        self._toggle = toggle
        self.panel: ProblemsPanel | None = None
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._toggle.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(self._on_visibility_changed)

    def restore(self, window: QMainWindow, state) -> None:
        """Restore the window's dock layout (or give the dock its default height) and sync the action."""
        if state is None or not window.restoreState(state):
            window.resizeDocks([self], [DEFAULT_HEIGHT], Qt.Orientation.Vertical)
        self._toggle.setChecked(not self.isHidden())

    def set_context(self, context) -> ProblemsPanel:
        """A fresh panel for a newly opened plan; the old one goes with its plan."""
        previous = self.widget()
        self.panel = ProblemsPanel(context, self)
        self.panel.setObjectName("problems_panel")
        self.setWidget(self.panel)
        if previous is not None:
            previous.deleteLater()
        return self.panel

    def _on_visibility_changed(self, visible: bool) -> None:
        window = self.parentWidget()
        if window is None or not window.isMinimized():
            self._toggle.setChecked(visible)
