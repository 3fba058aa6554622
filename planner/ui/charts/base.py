"""Common frame of every chart: a tool bar with its controls and an Export button, the pyqtgraph canvas,
and a read-out line that shows what the mouse points at."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolTip, QVBoxLayout, QWidget

from planner.ui.charts import style
from planner.ui.charts.export import ChartExporter
from planner.ui.jobs import runner_for


class ChartPanel(QWidget):
    """Base of the four charts. Subclasses fill ``self.controls`` and draw into ``self.canvas.ci``."""

    redrawn = Signal()  # the plot now shows the current selection
    exported = Signal(str)

    export_name = "chart"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = pg.GraphicsLayoutWidget()
        self.canvas.setBackground(style.BACKGROUND)
        self.canvas.setMinimumSize(480, 240)  # the Results page fits 1000 px in Italian too (longer summary lines)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.readout = QLabel()
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(32)
        self.exporter = ChartExporter(lambda: self.canvas.ci, self.export_name, self)
        self.export_button = self.exporter.button()
        bar = QHBoxLayout()
        bar.addLayout(self.controls, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.body_widget(), 1)
        layout.addWidget(self.readout)
        self._hover_text = ""
        self.busy = False
        self.canvas.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # Items taken off the canvas by clear_canvas(), kept alive until the canvas has painted without them.
        self._retired: list[list] = []
        self.canvas.viewport().installEventFilter(self)

    # -- background work -----------------------------------------------------------------------------
    def make_busy_bar(self) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 0)  # indeterminate: "working"
        bar.setMaximumWidth(140)
        bar.setVisible(False)
        return bar

    def start_job(self, fn, on_done, on_error, busy_bar: QProgressBar | None = None) -> None:
        """Run ``fn`` off the UI thread; only the newest job's result is delivered."""
        self.busy = True
        if busy_bar is not None:
            busy_bar.setVisible(True)

        def finish(callback, value) -> None:
            self.busy = False
            if busy_bar is not None:
                busy_bar.setVisible(False)
            callback(value)

        runner_for(self).submit(("chart", id(self)), fn, on_done=lambda r: finish(on_done, r),
                                on_error=lambda e: finish(on_error, e), owner=self)

    def cancel_jobs(self) -> None:
        runner_for(self).cancel(("chart", id(self)))
        self.busy = False

    def body_widget(self) -> QWidget:
        """The widget under the tool bar; the canvas itself unless a chart adds panes around it."""
        return self.canvas

    # -- export --------------------------------------------------------------------------------------
    def export_to(self, path: str | Path) -> Path:
        written = self.exporter.export_to(path)
        self.exported.emit(str(written))
        return written

    def new_plot(self, row: int | None = None, col: int | None = None, colspan: int = 1,
                 **kwargs) -> pg.PlotItem:
        """A styled plot added to the canvas, with the export actions in its context menu."""
        plot = style.make_plot(**kwargs)
        self.canvas.ci.addItem(plot, row=row, col=col, colspan=colspan)
        self.exporter.add_to_menu(plot)
        return plot

    def clear_canvas(self) -> None:
        """Take every item off the canvas.

        The removed plots are not freed here: destroying pyqtgraph items right after taking them out of the
        scene crashes the canvas's next paint (segfault in GraphicsView.paintEvent, PySide6 6.11 +
        pyqtgraph 0.14). They are kept until the canvas has painted without them, then released.
        Charts that refresh often should update their items in place instead (see ScenarioChart).
        """
        ci = self.canvas.ci
        self._retired.append(list(ci.items))
        ci.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._retired and watched is self.canvas.viewport():
            batch, self._retired = self._retired, []
            QTimer.singleShot(0, self, batch.clear)  # after this paint has finished
        return super().eventFilter(watched, event)

    # -- hover ---------------------------------------------------------------------------------------
    def hover_text(self, scene_pos: QPointF) -> str:
        """What to show for the mouse at ``scene_pos`` ("" for nothing). Subclasses override."""
        return ""

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.hover_text(scene_pos)
        if text != self._hover_text:
            self._hover_text = text
            self.readout.setText(text)
            if text:
                QToolTip.showText(QCursor.pos(), text, self.canvas)
            else:
                QToolTip.hideText()
