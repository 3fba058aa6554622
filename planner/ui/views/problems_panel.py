"""The Problems panel: the selected campaign's schedule conflicts, worst first, with click-through.

Clicking a problem announces its (first) session through ``context.session_activated``, so the calendar
and the Sessions table can show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QHBoxLayout, QLabel, QTreeView, QVBoxLayout, QWidget,
)

if TYPE_CHECKING:  # the checker itself loads on the first check, after the window is up
    from planner.domain.schedule import Conflict

SESSION_IDS_ROLE = Qt.UserRole + 1
SEVERITY_ROLE = Qt.UserRole + 2

_ICONS = {"error": "SP_MessageBoxCritical", "warning": "SP_MessageBoxWarning", "info": "SP_MessageBoxInformation"}


class ConflictModel(QAbstractTableModel):
    """Rows of :class:`Conflict`; columns: problem, when (China time), details."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._when: list[str] = []
        self._icons: dict[str, object] = {}
        self._headers = (self.tr("Problem"), self.tr("When (China time)"), self.tr("Details"))

    def set_conflicts(self, conflicts: list[Conflict], when: list[str]) -> None:
        self.beginResetModel()
        self._rows, self._when = list(conflicts), list(when)
        self.endResetModel()

    def _icon(self, severity: str):
        """The style's message-box icon; looked up on first use (the style costs ~10 ms to wrap at startup)."""
        if not self._icons:
            from PySide6.QtWidgets import QStyle

            style = QApplication.style()
            self._icons = {sev: style.standardIcon(getattr(QStyle.StandardPixmap, name))
                           for sev, name in _ICONS.items()}
        return self._icons.get(severity)

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            return (self.tr(c.label), self._when[index.row()], c.message)[col]
        if role == Qt.DecorationRole and col == 0:
            return self._icon(c.severity)
        if role == Qt.ToolTipRole:
            return c.message
        if role == SESSION_IDS_ROLE:
            return c.session_ids
        if role == SEVERITY_ROLE:
            return c.severity
        return None


class ProblemsPanel(QWidget):
    """``ProblemsPanel(context)``: conflicts of the selected campaign (all campaigns when none is selected)."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._all: list[Conflict] = []
        self._starts: dict[int, str] = {}
        self._build()
        self._connect_signals()
        self._warming = False
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel()
        self.show_notes = QCheckBox(self.tr("Show notes (prime time, holidays)"))
        self.show_notes.setChecked(True)
        self.model = ConflictModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.header().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_notes)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        box.addWidget(self.view, 1)

    def _connect_signals(self) -> None:
        self.view.clicked.connect(self._on_item_clicked)
        self.view.activated.connect(self._on_item_clicked)
        self.show_notes.toggled.connect(self._on_show_notes_toggled)
        self._context.plan_changed.connect(self.refresh)
        self._context.campaign_selected.connect(self._on_campaign_selected)

    def conflicts(self) -> list[Conflict]:
        """Every conflict of the selected campaign, notes included (what ``check-schedule`` prints)."""
        return list(self._all)

    def refresh(self) -> None:
        from planner.domain import holidays_cn

        if not holidays_cn.is_warm():
            # The holiday calendar takes ~0.15 s to load the first time: do that off the UI thread,
            # then check (later checks are instant).
            if not self._warming:
                from PySide6.QtCore import QTimer

                from planner.ui.workers import run_in_background

                self._warming = True
                self.summary.setText(self.tr("Checking the schedule…"))
                # Start once the window is up, so the load does not compete with building it.
                QTimer.singleShot(250, self, lambda: run_in_background(
                    holidays_cn.warm_up, self._on_warmed_up, self._on_warmed_up, parent=self))
            return
        from planner.domain.schedule import china_span
        from planner.ui.views.calendar_data import load_snapshot

        snap = load_snapshot(self._context.store, self._context.campaign_id)
        self._all = snap.conflicts
        first_ids = {c.session_ids[0] for c in self._all}
        self._starts = {s.id: china_span(s.start, s.duration_min)  # type: ignore[misc]
                        for s in snap.all_sessions if s.id in first_ids}
        self._fill()

    def _fill(self) -> None:
        shown = self._all if self.show_notes.isChecked() else [c for c in self._all if c.severity != "info"]
        when = [self._starts.get(c.session_ids[0], "") for c in shown]
        self.model.set_conflicts(shown, when)
        counts = {sev: sum(1 for c in self._all if c.severity == sev) for sev in ("error", "warning", "info")}
        if not self._all:
            self.summary.setText(self.tr("No schedule problems."))
        else:
            self.summary.setText(self.tr("{0} error(s) · {1} warning(s) · {2} note(s)").format(
                counts["error"], counts["warning"], counts["info"]))
        for col in (0, 1):
            self.view.resizeColumnToContents(col)

    def _on_warmed_up(self, _result: object) -> None:
        self._warming = False
        self.refresh()

    def _on_show_notes_toggled(self, _checked: bool) -> None:
        self._fill()

    def _on_campaign_selected(self, _campaign_id) -> None:
        self.refresh()

    def _on_item_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            ids = self.model.conflict(index.row()).session_ids
            if ids:
                self._context.session_activated.emit(ids[0])
