""""Why?" for one session: the projection's steps (value, formula, source, basis), worked out off the UI
thread."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.ui.workers import Signals, run_offloaded

HEADERS = (QT_TRANSLATE_NOOP("ExplainDialog", "Step"), QT_TRANSLATE_NOOP("ExplainDialog", "Value"),
           QT_TRANSLATE_NOOP("ExplainDialog", "Formula"), QT_TRANSLATE_NOOP("ExplainDialog", "Source"),
           QT_TRANSLATE_NOOP("ExplainDialog", "Basis"))


def _text(value, unit: str = "", label: str = "") -> str:
    """A step's value as a marketer reads it: rates in %, money with its currency, multipliers with ×."""
    if not isinstance(value, float | int) or isinstance(value, bool):
        return "" if value is None else str(value)
    value = float(value)
    name = label.lower()
    if unit.startswith("share") or ((name.endswith("rate") or "rate (" in name) and abs(value) <= 1):
        return f"{value:.2%}" if abs(value) < 0.1 else f"{value:.1%}"
    if unit.startswith("x ") or "multiplier" in name or "factor" in name or name == "roi":
        return f"{value:.2f}×"
    money = unit[:3] if unit[:3].isupper() and unit[:3].isalpha() else ""
    number = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.4g}"
    if money:
        return f"{money} {number}"
    return f"{number} {unit}" if unit and len(unit) <= 12 else number


class ExplainDialog(QDialog):
    def __init__(self, context, session_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why this projection? — {title}").format(title=title))
        self.heading = QLabel(self.tr("Working it out…"), self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("explain_steps")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # Fixed widths that wrap, the source taking what is left: nothing runs off the dialog's right edge.
        for column, width in ((0, 250), (1, 170), (2, 330)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1150, 560)
        self.explanation = None
        self._context, self._session_id = context, session_id
        self._start()

    def _start(self, *, in_process: bool | None = None) -> None:
        """Work it out on a thread, or for a big campaign in the projection helper process (reading 10,000
        sessions is Python work that would hold up the UI thread's repaints on a thread)."""
        from planner.services import projection
        from planner.ui import projection_job
        from planner.ui.models.projection_runner import PROCESS_MIN_SESSIONS

        context, session_id = self._context, self._session_id
        cid, path = context.campaign_id, str(context.store.path)
        if in_process is None:
            in_process = context.store.session_count(cid) >= PROCESS_MIN_SESSIONS
        signals = Signals()
        signals.setParent(context)  # outlives this dialog if it is closed first; deleted once it reports
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)  # (bound methods: dropped if the dialog is closed first)
        signals.done.connect(signals.deleteLater)
        signals.failed.connect(signals.deleteLater)
        store = context.store
        run_offloaded((lambda: projection_job.submit_explain(store.snapshot(), cid, session_id))
                      if in_process else None,
                      lambda: projection.explain_file(path, cid, session_id), signals)

    def _on_done(self, explanation) -> None:
        self.explanation = explanation
        steps = list(getattr(explanation, "steps", []))
        self.heading.setText(self.tr("The trace: how each figure is worked out, step by step, with every input at its "
                                     "median (the Overview's ranges come from drawing the inputs across their "
                                     "P10–P90). Basis: sourced = published figure, estimate = derived, assumption = "
                                     "the planner's judgement."))
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            for c, field in enumerate(("label", "value", "formula", "source", "basis")):
                value = getattr(step, field, "")
                text = _text(value, step.unit, step.label) if field == "value" else _text(value)
                item = QTableWidgetItem(text)
                item.setToolTip(item.text())
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(exc, BrokenProcessPool):
            from planner.ui import projection_job

            projection_job.reset()  # the helper died: work it out on a thread
            self._start(in_process=False)
            return
        if isinstance(exc, ImportError):
            self.heading.setText(self.tr("Explanations are not available in this build yet."))
        else:
            self.heading.setText(str(exc))
