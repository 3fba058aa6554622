"""Import a platform's result export (复盘) into a campaign: preview matched / not matched / ambiguous rows,
list every problem, and import all of it as one undo step (or nothing)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.domain.errors import PlannerError
from planner.services.plans import preview_actuals_file
from planner.ui.formatting import error_text, problem_text, text

STATUS_BRUSH = {"matched": QBrush(QColor(46, 125, 50, 40)), "not_matched": QBrush(QColor(255, 160, 0, 50)),
                "ambiguous": QBrush(QColor(198, 40, 40, 45))}


class ActualsImportDialog(QDialog):
    previewed = Signal()  # a preview (or its failure) is on screen

    def __init__(self, context, file_path: str, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import actual results (复盘)"))
        self.resize(980, 620)
        self.context = context
        self.file_path = file_path
        self.campaign_id = campaign_id
        self.preview = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.unplanned = QCheckBox(self.tr("Record rows that match no planned session as unplanned sessions of "
                                           "their hosts (store streams often are)"), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Host"), self.tr("Start (China time)"),
                                              self.tr("Result"), self.tr("Session or reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(140)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.unplanned)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Problems and warnings (row, column, value, rule):"), self))
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.unplanned.toggled.connect(lambda _on: self.refresh())
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_now)
        self.refresh()

    def refresh(self) -> None:
        """Preview the file against the campaign again (the newest preview wins: the job runner drops older
        ones)."""
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {file}…").format(file=self.file_path))
        path, file, cid, add = str(self.context.store.path), self.file_path, self.campaign_id, self.unplanned.isChecked()
        self.context.jobs.submit(("actuals preview", id(self)), preview_actuals_file, path, file, cid, add,
                                 on_done=self._on_preview, on_error=self._on_failed, owner=self)

    def _on_failed(self, exc: BaseException) -> None:
        self.preview = None
        self.summary.setText(error_text(exc) or type(exc).__name__)
        self.table.setRowCount(0)
        self.problems.setPlainText("")
        self.previewed.emit()

    def _on_preview(self, preview) -> None:
        from planner.domain.timezones import china_time

        self.preview = preview
        labels = {"matched": self.tr("matched"), "not_matched": self.tr("not matched"),
                  "ambiguous": self.tr("ambiguous")}
        self.table.setRowCount(len(preview.matches))
        for i, m in enumerate(preview.matches):
            if m.status == "matched":
                detail = self.tr("session {id}: {host} {when}").format(
                    id=m.session.id, host=m.host.name, when=f"{china_time(m.session.start):%m-%d %H:%M}")
                if m.session.id in preview.replaces:
                    detail += self.tr(" — updates recorded figures")
            elif m.status == "not_matched" and m in preview.unplanned:
                detail = self.tr("new unplanned session of {host}").format(host=m.host.name)
            else:
                detail = text(m.reason)
            cells = (str(m.row.row), m.row.host, f"{china_time(m.row.start):%Y-%m-%d %H:%M}", labels[m.status], detail)
            for c, shown in enumerate(cells):
                item = QTableWidgetItem(shown)
                item.setBackground(STATUS_BRUSH[m.status])
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        lines = [f"✖ {problem_text(p)}" for p in preview.problems] + [f"⚠ {problem_text(w)}" for w in preview.warnings]
        self.problems.setPlainText("\n".join(lines))
        head = self.tr("{file} → {campaign}: {summary}.").format(
            file=preview.path.name, campaign=preview.campaign.name, summary=self.tr(", ").join(text(part) for part in preview.summary_parts()))
        if preview.problems:
            head += " " + self.tr("{n} problem(s): nothing can be imported until the file is corrected.").format(
                n=len(preview.problems))
        self.summary.setText(head)
        self.import_button.setEnabled(preview.ok)
        self.previewed.emit()

    def import_now(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        try:
            self.context.apply(self.preview.edit())
        except PlannerError as exc:
            self.summary.setText(error_text(exc))
            return
        self.accept()
