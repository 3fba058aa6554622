"""The host roster (shared across campaigns), editable in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from planner.ui.models.hosts_model import HostsModel
from planner.ui.views.table_view import FilterableTable

if TYPE_CHECKING:
    from planner.ui.actions import Actions


class HostsView(QWidget):
    # the window's actions (planner.ui.actions), over QWidget.actions(), which nothing here calls
    actions: Actions  # type: ignore[assignment]

    def __init__(self, context, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = HostsModel(context, self)
        self.table = FilterableTable(self.model, context,
                                     self.tr("Filter hosts: name, platform, agency, status…"), self)
        self.table.setObjectName("hosts_table")
        self.add_button = QPushButton(self.tr("Add host…"), self)
        self.add_button.clicked.connect(actions.add_host.trigger)
        self.delete_button = QPushButton(self.tr("Delete rows…"), self)
        self.delete_button.clicked.connect(actions.delete.trigger)
        self.actions = actions
        note = QLabel(self.tr("The roster is shared by every campaign. Del clears a cell; deleting a host "
                              "deletes its sessions too (you are asked first; Undo brings them back)."), self)
        note.setWordWrap(True)  # a longer language wraps it beside the buttons rather than widening the window
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        context.plan_changed.connect(self._on_plan_changed)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.view.customContextMenuRequested.connect(self._on_context_menu)
        self.model.refresh()
        self.table.fit_columns(max_width=260)

    def _on_plan_changed(self, change) -> None:
        if change.touches("hosts", "benchmarks", "platforms"):  # tiers derive from the library
            self.model.refresh()

    def _on_context_menu(self, pos) -> None:
        if self.table.view.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.actions.delete)
            menu.exec(self.table.view.viewport().mapToGlobal(pos))

    def selected_host_ids(self) -> list[int]:
        return [self.model.host_id(r) for r in self.table.selected_source_rows()]
