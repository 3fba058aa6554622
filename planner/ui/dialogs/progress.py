"""A progress bar with Cancel for one background job (import checks, exports) inside a dialog.

The job runs through the plan's job runner (``planner.ui.jobs``); the bar appears only when the work takes
noticeably long, so a small file does not flash a progress bar. Cancel cancels the job: its ``report``
returns False and the exchange functions then raise ``Cancelled`` after undoing their work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from planner.ui.jobs import Job, runner_for

SHOW_AFTER_MS = 400  # shorter jobs finish before the bar would appear


class JobProgress(QWidget):
    """Runs one job at a time; hidden while idle. ``finished`` is emitted after the job's callback."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job_progress")
        self.task: Job | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_bar")
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("progress_cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._show_timer.timeout.connect(self._on_show_timer)
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, text: str, fn: Callable[[Callable[[int, int], bool]], Any],
              on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        """Run ``fn(report)`` off the UI thread; ``on_done``/``on_error`` are called on the UI thread."""
        if self.task is not None:
            raise RuntimeError("a job is already running")
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)

        def done(result: Any) -> None:
            self._stop()
            on_done(result)
            self.finished.emit()

        def failed(exc: BaseException) -> None:
            self._stop()
            on_error(exc)
            self.finished.emit()

        self.task = runner_for(self).submit(None, fn, on_done=done, on_error=failed, progress=self._on_progress,
                                            owner=self)
        self._show_timer.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.stop()  # the work raises Cancelled after undoing what it did; that reaches on_error
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def show_step(self, text: str, done: int, total: int) -> None:
        """Show progress of work on the UI thread (no Cancel), e.g. writing an import in one transaction."""
        self.label.setText(text)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.cancel_button.setEnabled(False)
        self.show()

    def _stop(self) -> None:
        self.task = None
        self._show_timer.stop()
        self.hide()

    def _on_show_timer(self) -> None:
        if self.task is not None:
            self.show()

    def _on_progress(self, done: int, total: int) -> None:
        if self.task is None:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
