"""The Problems panel: the selected campaign's schedule conflicts, worst first, with click-through.

Clicking a problem announces its (first) session through ``context.session_activated``, so the calendar
and the Sessions table can show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from planner.domain.schedule import day_text
from planner.ui.formatting import text

if TYPE_CHECKING:  # the checker itself loads on the first check, after the window is up
    from collections.abc import Sequence

    from planner.domain.schedule import Conflict, ConflictList

SESSION_IDS_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2

_ICONS = {"error": "SP_MessageBoxCritical", "warning": "SP_MessageBoxWarning", "info": "SP_MessageBoxInformation"}
#: The problem kinds of planner.domain.schedule.KIND_LABELS, for the translation tools (the domain has no Qt).
_KIND_LABELS_TR = (QT_TRANSLATE_NOOP("ConflictModel", "Host double-booked"),
                   QT_TRANSLATE_NOOP("ConflictModel", "Brand overlaps itself"),
                   QT_TRANSLATE_NOOP("ConflictModel", "Outside campaign dates"),
                   QT_TRANSLATE_NOOP("ConflictModel", "Outside prime time"),
                   QT_TRANSLATE_NOOP("ConflictModel", "Public holiday"))


class ConflictModel(QAbstractTableModel):
    """Rows of :class:`Conflict`; columns: problem, when (China time), details."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Conflict] = ()
        self._shown: Sequence[int] | None = None  # positions in _rows shown (None: all)
        self._when: dict[int, str] = {}  # first session id → its China span
        self._icons: dict[str, object] = {}
        self._headers = (self.tr("Problem"), self.tr("When (China time)"), self.tr("Details"))

    def set_conflicts(self, conflicts: Sequence[Conflict], when: dict[int, str],
                      shown: Sequence[int] | None = None) -> None:
        """Show ``conflicts`` (only those at the positions ``shown``, if given)."""
        self.beginResetModel()
        self._rows, self._when, self._shown = conflicts, when, shown
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
        return self._rows[self._shown[row] if self._shown is not None else row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows if self._shown is None else self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.conflict(index.row())
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return QCoreApplication.translate("ConflictModel", c.label)
            return text(day_text(self._when.get(c.session_ids[0], ""))) if col == 1 else text(c.message)
        if role == Qt.DecorationRole and col == 0:
            return self._icon(c.severity)
        if role == Qt.ToolTipRole:
            return text(c.message)
        if role == SESSION_IDS_ROLE:
            return c.session_ids
        if role == SEVERITY_ROLE:
            return c.severity
        return None


class ProblemsPanel(QWidget):
    """``ProblemsPanel(context)``: conflicts of the selected campaign (all campaigns when none is selected).

    Shows the shared schedule check (``context.schedule``), which runs off the UI thread after each change.
    """

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._schedule = context.schedule
        self._all: ConflictList | tuple[()] = ()  # (the snapshot's conflicts; none before the first check)
        self._starts: dict[int, str] = {}
        self._counts: dict[str, int] = {"error": 0, "warning": 0, "info": 0}
        self.money_warnings: list = []
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel()
        # Warnings that matter to money (domain.money_checks), from the latest projection with ranges.
        self.money = QLabel()
        self.money.setObjectName("money_warnings")
        self.money.setWordWrap(True)
        self.money.setStyleSheet("color: #8a5300;")
        self.money.hide()
        self.show_notes = QCheckBox(self.tr("Show notes (prime time, holidays)"))
        self.show_notes.setChecked(True)
        self.model = ConflictModel(self)
        # A flat table: a tree view would ask the model about children row by row (50,000 problems on a
        # busy plan would cost seconds on every check).
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self._sized = False
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_notes)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addLayout(top)
        # Wrapped money warnings scroll inside at most five lines: a longer language (or a narrow window) must
        # neither cut them off at the bottom nor push the problem list out of the dock.
        self.money_area = QScrollArea()
        self.money_area.setObjectName("money_warnings_area")
        self.money_area.setWidget(self.money)
        self.money_area.setWidgetResizable(True)
        self.money_area.setFrameShape(QFrame.Shape.NoFrame)
        self.money_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.money_area.setMaximumHeight(5 * self.money.fontMetrics().lineSpacing() + 6)
        self.money_area.hide()
        box.addWidget(self.money_area)
        box.addWidget(self.view, 1)

    def _size_columns(self) -> None:
        """Fixed widths from the longest rule name and the date format: measuring every row of a big plan's
        problem list would take longer than the check."""
        from planner.domain.schedule import KIND_LABELS

        fm = self.view.fontMetrics()
        label = max(fm.horizontalAdvance(QCoreApplication.translate("ConflictModel", text)) for text in KIND_LABELS.values())
        self.view.setColumnWidth(0, label + fm.height() + 28)  # room for the severity icon
        self.view.setColumnWidth(1, fm.horizontalAdvance("2027-06-09 Wed 20:00–22:00") + 16)

    def _connect_signals(self) -> None:
        self.view.clicked.connect(self._on_item_clicked)
        self.view.activated.connect(self._on_item_clicked)
        self.show_notes.toggled.connect(self._on_show_notes_toggled)
        self._schedule.snapshot_ready.connect(self._on_snapshot)
        self._schedule.check_failed.connect(self._on_check_failed)
        self._context.plan_changed.connect(self._on_plan_changed)
        self._context.campaign_selected.connect(self._on_campaign_selected)

    def conflicts(self) -> list[Conflict]:
        """Every conflict of the selected campaign, notes included (what ``check-schedule`` prints)."""
        return list(self._all)

    def is_checking(self) -> bool:
        return self._schedule.pending

    def refresh(self) -> None:
        """Show the latest check of the selected campaign, or ask for one."""
        snap = self._schedule.current()
        if snap is not None:
            self._on_snapshot(snap)
        else:
            self._show_checking(clear=True)
            self._schedule.want()

    def _show_checking(self, *, clear: bool) -> None:
        if clear:  # another campaign's problems must not stand for this one's
            self._all, self._starts = (), {}
            self._counts = {"error": 0, "warning": 0, "info": 0}
            self.model.set_conflicts(self._all, {})
        self.summary.setText(self.tr("Checking the schedule…"))

    def _on_snapshot(self, snap) -> None:
        if snap.campaign_id != self._context.campaign_id:
            return
        self._all, self._starts = snap.conflicts, snap.when
        if not self._sized:
            self._size_columns()
            self._sized = True
        self._counts = {sev: self._all.count(sev) for sev in ("error", "warning", "info")}
        self._fill()

    def _on_check_failed(self, message: str) -> None:
        self.summary.setText(self.tr("The schedule could not be checked: {0}").format(message))

    def _fill(self) -> None:
        shown = None if self.show_notes.isChecked() or not self._all else self._all.positions_without("info")
        self.model.set_conflicts(self._all, self._starts, shown)
        counts = self._counts
        if not self._all:
            self.summary.setText(self.tr("No schedule problems."))
        else:
            self.summary.setText(self.tr("Schedule: {0} error(s) · {1} warning(s) · {2} note(s)").format(
                counts["error"], counts["warning"], counts["info"]))

    def _on_show_notes_toggled(self, _checked: bool) -> None:
        self._fill()

    def _on_plan_changed(self, change) -> None:
        if self._schedule.concerns(change):
            self._show_checking(clear=False)  # the list stays until the new check lands

    def _on_campaign_selected(self, _campaign_id) -> None:
        self.refresh()

    def set_money_warnings(self, campaign_id, warnings) -> None:
        """Sessions whose last CNY of paid traffic loses money at the median, and cost above budget."""
        if campaign_id != self._context.campaign_id:
            return
        self.money_warnings = list(warnings)
        # Budget first, then the paid traffic in one line (the worst session named): a plan where most sessions
        # over-spend must not push the schedule list and the views off the screen. The tooltip lists the worst 10.
        budget = [w for w in self.money_warnings if w.kind == "over_budget"]
        paid = sorted((w for w in self.money_warnings if w.kind != "over_budget"), key=lambda w: w.value)
        lines = [self.tr("Money, at the median of the projection:")] + ["⚠ " + text(w.message) for w in budget]
        if len(paid) == 1:
            lines.append("⚠ " + text(paid[0].message))
        elif paid:
            lines.append("⚠ " + self.tr("In {n} sessions the last {cur} of paid traffic loses money; the worst: "
                                        "{worst}").format(n=len(paid), cur=paid[0].currency, worst=text(paid[0].message)))
        self.money.setText("\n".join(lines))
        self.money.setToolTip("\n".join(text(w.message) for w in budget + paid[:10])
                              + (self.tr("\n… and {n} more").format(n=len(paid) - 10) if len(paid) > 10 else ""))
        self.money.setVisible(bool(self.money_warnings))
        self.money_area.setVisible(bool(self.money_warnings))

    def _on_item_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            ids = self.model.conflict(index.row()).session_ids
            if ids:
                self._context.session_activated.emit(ids[0])
