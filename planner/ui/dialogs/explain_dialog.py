""""Why?" for one session: the projection's steps (value, formula, source, basis), worked out off the UI
thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.ui.workers import run_in_background

HEADERS = ("Step", "Value", "Formula", "Source", "Basis")


def _explain(store, campaign_id: int, session_id: int):
    from planner.domain.explain import explain_session

    reader = store.reader()
    try:
        plan = reader.load_plan([campaign_id])
    finally:
        reader.close()
    return explain_session(plan, campaign_id, session_id)


def _text(value) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.4g}"
    return "" if value is None else str(value)


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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.explanation = None
        cid = context.campaign_id
        task = run_in_background(lambda: _explain(context.store, cid, session_id), self._on_done,
                                 self._on_failed)
        self._signals = task.signals  # keep the task's signal object alive until it reports

    def _on_done(self, explanation) -> None:
        self.explanation = explanation
        steps = list(getattr(explanation, "steps", []))
        self.heading.setText(self.tr("How each figure is worked out, step by step. Basis: sourced = published "
                                     "figure, estimate = derived, assumption = the planner's judgement."))
        self.table.setRowCount(len(steps))
        for r, step in enumerate(steps):
            for c, field in enumerate(("label", "value", "formula", "source", "basis")):
                item = QTableWidgetItem(_text(getattr(step, field, "")))
                item.setToolTip(item.text())
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportError):
            self.heading.setText(self.tr("Explanations are not available in this build yet."))
        else:
            self.heading.setText(str(exc))
