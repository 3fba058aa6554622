""""Why?" for one session: the projection's steps (value, formula, source, basis), worked out off the UI
thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.ui.formatting import localise, text
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

HEADERS = (QT_TRANSLATE_NOOP("ExplainDialog", "Step"), QT_TRANSLATE_NOOP("ExplainDialog", "Value"),
           QT_TRANSLATE_NOOP("ExplainDialog", "Formula"), QT_TRANSLATE_NOOP("ExplainDialog", "Source"),
           QT_TRANSLATE_NOOP("ExplainDialog", "Basis"))
#: A step's basis (planner.domain.explain) as the column shows it.
BASIS = {"sourced": QT_TRANSLATE_NOOP("ExplainDialog", "sourced"),
         "estimate": QT_TRANSLATE_NOOP("ExplainDialog", "estimate"),
         "assumption": QT_TRANSLATE_NOOP("ExplainDialog", "assumption"),
         "convention": QT_TRANSLATE_NOOP("ExplainDialog", "convention"),
         "user": QT_TRANSLATE_NOOP("ExplainDialog", "your figures"),
         "computed": QT_TRANSLATE_NOOP("ExplainDialog", "computed"),
         "host record": QT_TRANSLATE_NOOP("ExplainDialog", "host record"),
         "session record": QT_TRANSLATE_NOOP("ExplainDialog", "session record")}


def _text(value, unit: str = "", label: str = "") -> str:
    """A step's value as a marketer reads it: rates in %, money with its currency, multipliers with ×."""
    if not isinstance(value, float | int) or isinstance(value, bool):
        return "" if value is None else text(value)
    value = float(value)
    name = label.lower()
    if unit.startswith("share") or ((name.endswith("rate") or "rate (" in name) and abs(value) <= 1):
        return localise(f"{value:.2%}" if abs(value) < 0.1 else f"{value:.1%}")
    if unit.startswith("x ") or "multiplier" in name or "factor" in name or name == "roi":
        return localise(f"{value:.2f}×")
    money = unit[:3] if unit[:3].isupper() and unit[:3].isalpha() else ""
    number = localise(f"{value:,.0f}" if abs(value) >= 100 else f"{value:.4g}")
    if money:
        return f"{money} {number}"
    return f"{number} {text(unit)}" if unit and len(unit) <= 12 else number


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

    def _start(self) -> None:
        """Work it out on a thread, or for a big campaign in the projection helper process (reading 10,000
        sessions is Python work that would hold up the UI thread's repaints on a thread)."""
        from planner.services import projection
        from planner.ui.jobs import plan_source
        from planner.ui.models import projection_runner

        context, session_id = self._context, self._session_id
        cid, store = context.campaign_id, context.store
        in_process = store.session_count(cid) >= projection_runner.PROCESS_MIN_SESSIONS
        source = plan_source(store, in_process)
        context.jobs.submit(None, projection.explain_file, source, cid, session_id, on_done=self._on_done,
                            on_error=self._on_failed, where="process" if isinstance(source, bytes) else "thread",
                            helper="projection", owner=self)

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
                if field == "value":
                    shown = _text(value, step.unit, step.label)
                elif field == "basis":
                    shown = QCoreApplication.translate("ExplainDialog", BASIS[value]) if value in BASIS else value
                else:
                    shown = _text(value)
                item = QTableWidgetItem(shown)
                item.setToolTip(item.text())
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportError):
            self.heading.setText(self.tr("Explanations are not available in this build yet."))
        else:
            self.heading.setText(str(exc))
