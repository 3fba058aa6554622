"""File ▸ Restore from backup…: the plan's automatic backups, newest first, with what each holds. Restoring
backs up the current state first (so it is itself reversible), then puts the chosen backup into the plan."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from planner.services.backups import BackupInfo


class BackupDialog(QDialog):
    def __init__(self, found: list[BackupInfo], folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.found = found
        note = QLabel(self.tr(
            "Backups of this plan, made automatically (on opening, at most daily; the last 10 are kept) in "
            "{folder}. Restoring first backs up the plan as it is now, so you can come back to it.").format(
                folder=folder), self)
        note.setWordWrap(True)
        self.table = QTableWidget(len(found), 2, self)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Holds")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, b in enumerate(found):
            self.table.setItem(row, 0, QTableWidgetItem(b.made.astimezone().strftime("%Y-%m-%d %H:%M:%S")))
            self.table.setItem(row, 1, QTableWidgetItem(b.summary()))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        if not found:
            note.setText(note.text() + "\n\n" + self.tr("There is no backup of this plan yet."))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._connect_signals()
        if found:
            self.table.selectRow(0)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows())))

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None
