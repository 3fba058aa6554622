"""The History dock (View ▸ History): the plan's recorded changes, newest first, kept across restarts. "Restore"
puts back what a change replaced — a deleted host with its sessions, a field's old value — as a new change
that Undo can take back; it is refused, with the reason, when the records have changed since."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QMainWindow, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from planner.domain.errors import PlannerError
from planner.services import history

DEFAULT_WIDTH = 380


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[history.HistoryEntry] = []
        self.titles = (self.tr("When"), self.tr("Change"), self.tr("Records"), self.tr("By"))

    def load(self, entries: list[history.HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        if index.column() == 0:
            return e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if index.column() == 1:
            return e.label
        if index.column() == 2:
            return e.summary()
        return {"app": self.tr("this app"), "cli": self.tr("command line"), "import": self.tr("import")}.get(
            e.source, e.source)


class HistoryDock(QDockWidget):
    def __init__(self, window: QMainWindow, toggle: QAction) -> None:
        super().__init__(self.tr("History"), window)
        self.setObjectName("history_dock")
        self._toggle = toggle
        self.context = None
        self.model = HistoryModel(self)
        body = QWidget(self)
        self.table = QTableView(body)
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(self.tr("Restore what this change replaced"), body)
        self.restore_button.setObjectName("restore_change")
        self.restore_button.setToolTip(self.tr(
            "A deleted host or campaign comes back with its sessions; a changed field gets its old value back "
            "(only if it still holds what the change wrote). Undo takes the restore back."))
        note = QLabel(self.tr("Every change to this plan, newest first; kept in the plan file."), body)
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.restore_button)
        bar.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(note)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.setWidget(body)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._toggle.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(self._on_visibility_changed)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())

    def set_context(self, context) -> None:
        self.context = context
        context.plan_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.context is None or not self.isVisible():
            return
        try:
            self.model.load(history.entries(self.context.store))
        except Exception:  # noqa: BLE001 - a plan closed meanwhile: nothing to show
            self.model.load([])
        self._update_button()

    def _update_button(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.restore_button.setEnabled(bool(rows) and self.model.entries[rows[0].row()].restorable
                                       and self.context is not None and self.context.store.read_only is None)

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.context is None:
            return
        entry = self.model.entries[rows[0].row()]
        try:
            edit = history.restore_edit(self.context.store, entry.id)
        except PlannerError as exc:
            self.context.edit_failed.emit(str(exc))
            return
        message = self.context.try_apply(edit)
        if message is None:
            self.context.edit_failed.emit(self.tr("Restored: {label}").format(label=entry.label))

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh()
        window = self.parentWidget()
        if window is None or not window.isMinimized():
            self._toggle.setChecked(visible)
