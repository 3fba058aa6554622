"""The Budget view's table: per line item today / bounds / recommended / change / marginal return / note.

The Min and Max cells are the marketer's bounds (an amount, or a share of a fixed budget such as ``20%``);
they are form input for the next recommendation, not plan data, so they are kept here and not undone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from planner.ui.models.roles import ERROR_ROLE, SORT_ROLE
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

ITEM, SESSIONS, TODAY, MIN, MAX, RECOMMENDED, CHANGE, MARGINAL, ROI, NOTE = range(10)
HEADERS = (QT_TRANSLATE_NOOP("BudgetTableModel", "Item"), QT_TRANSLATE_NOOP("BudgetTableModel", "Sessions"),
           QT_TRANSLATE_NOOP("BudgetTableModel", "Today"), QT_TRANSLATE_NOOP("BudgetTableModel", "Min"),
           QT_TRANSLATE_NOOP("BudgetTableModel", "Max"), QT_TRANSLATE_NOOP("BudgetTableModel", "Recommended"),
           QT_TRANSLATE_NOOP("BudgetTableModel", "Change"), QT_TRANSLATE_NOOP("BudgetTableModel", "Marginal return"),
           QT_TRANSLATE_NOOP("BudgetTableModel", "Marginal ROI"), QT_TRANSLATE_NOOP("BudgetTableModel", "Note"))
BOUND_COLOR = QColor("#b26a00")
WARN_COLOR = QColor("#b23b3b")


def parse_bound(text: str) -> tuple[float, bool] | None:
    """``"50,000"`` → (50000, False); ``"20%"`` → (0.2, True); ``""`` → None. Raises ValueError otherwise."""
    raw = text.strip().replace(",", "").replace(" ", "")
    if not raw:
        return None
    share = raw.endswith("%")
    value = float(raw[:-1] if share else raw)
    if not math.isfinite(value) or value < 0:
        raise ValueError("must be 0 or more")
    if share and value > 100:
        raise ValueError("a share must be between 0% and 100%")
    return (value / 100.0 if share else value), share


class BudgetTableModel(QAbstractTableModel):
    bound_refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rec = None
        self.bounds: dict[str, dict[int, tuple[float, bool]]] = {}  # item key -> {MIN/MAX: (value, share)}
        self._errors: dict[tuple[int, int], str] = {}

    # -- data in -------------------------------------------------------------------------------------
    def set_recommendation(self, rec) -> None:
        self.beginResetModel()
        self.rec = rec
        self._errors.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_recommendation(None)

    def clear_bounds(self) -> None:
        self.bounds.clear()
        if self.rec is not None and self.rowCount():
            self.dataChanged.emit(self.index(0, MIN), self.index(self.rowCount() - 1, MAX),
                                  [Qt.ItemDataRole.DisplayRole])

    def bound_list(self, column: int) -> list[tuple[str, float, bool]]:
        """(item key, value, is share) of every Min (or Max) the marketer gave."""
        return [(key, *b[column]) for key, b in self.bounds.items() if column in b]

    # -- Qt model --------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.rec is None else len(self.rec.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {MIN: self.tr("At least this much (e.g. 50,000, or 20% of a fixed budget). Type to change."),
                    MAX: self.tr("At most this much (e.g. 200,000, or 40% of a fixed budget). Type to change."),
                    MARGINAL: self.tr("What the next unit of money on this item adds to the objective, at the "
                                      "recommendation (profit: net of that unit)"),
                    ROI: self.tr("Net GMV the next unit of paid traffic adds, at the recommendation")}.get(section)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.column() in (MIN, MAX):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _bound_text(self, key: str, column: int) -> str:
        b = self.bounds.get(key, {}).get(column)
        if b is None:
            return ""
        value, share = b
        return f"{value * 100:g}%" if share else f"{value:,.0f}"

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.rec is None:
            return None
        rec, col = self.rec, index.column()
        item = rec.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == ITEM:
                return item.label
            if col == SESSIONS:
                return f"{item.sessions:,}"
            if col == TODAY:
                return f"{item.today:,.0f}"
            if col in (MIN, MAX):
                return self._bound_text(item.key, col)
            if col == RECOMMENDED:
                return f"{item.recommended:,.0f}"
            if col == CHANGE:
                change = 0.0 if abs(item.change) < 0.5 else item.change
                return f"{change:+,.0f}"
            if col == MARGINAL:
                if rec.objective == "reach":
                    return self.tr("{n} people / {cur} 1,000").format(n=f"{item.marginal * 1000:,.1f}",
                                                                     cur=rec.currency)
                m = 0.0 if abs(item.marginal) < 0.005 else item.marginal
                return self.tr("{m} {cur} / {cur}").format(m=f"{m:,.2f}", cur=rec.currency)
            if col == ROI:
                return f"{item.marginal_roi:,.2f}"
            if col == NOTE:
                return self._note(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (ITEM, NOTE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == NOTE and item.outside_fit:
                return WARN_COLOR
            if col in (RECOMMENDED, NOTE) and item.bound:
                return BOUND_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if (index.row(), col) in self._errors:
                return self._errors[(index.row(), col)]
            if col == NOTE and item.outside_fit:
                return self.tr("The curve was fitted on {lo}–{hi} {cur}; the recommendation is {side} that range, "
                               "where the curve is extrapolated.").format(
                    lo=f"{item.fit_low:,.0f}", hi=f"{item.fit_high:,.0f}", cur=rec.currency,
                    side=self.tr("above") if item.outside_fit == "above" else self.tr("below"))
            if col == ITEM:
                return (self.tr("Paid traffic is spread over this item's sessions in proportion to today's")
                        if item.spread == "today" else
                        self.tr("No paid traffic here today: it is spread evenly over this item's sessions"))
        if role == ERROR_ROLE:
            return self._errors.get((index.row(), col))
        if role == SORT_ROLE:
            return {TODAY: item.today, RECOMMENDED: item.recommended, CHANGE: item.change,
                    MARGINAL: item.marginal, ROI: item.marginal_roi}.get(col, self.data(index))
        return None

    def _note(self, item) -> str:
        parts = []
        if item.bound:
            parts.append(self.tr("at its minimum") if item.bound == "minimum" else self.tr("at its maximum"))
        if item.recommended <= 1e-6 and not item.bound:
            parts.append(self.tr("not funded"))
        if item.outside_fit:
            parts.append(self.tr("extrapolated"))
        if item.spread == "even" and item.recommended > 1e-6:
            parts.append(self.tr("spread evenly"))
        return ", ".join(parts)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (MIN, MAX) or self.rec is None:
            return False
        item = self.rec.items[index.row()]
        try:
            parsed = parse_bound(str(value))
        except ValueError as exc:
            what = self.tr("Minimum") if index.column() == MIN else self.tr("Maximum")
            message = self.tr("{what} of {item}: {text!r} {err}").format(
                what=what, item=item.label, text=str(value),
                err=str(exc) if "must" in str(exc) else self.tr("is not an amount or a share such as 20%"))
            self._errors[(index.row(), index.column())] = message
            self.bound_refused.emit(message)
            return False
        self._errors.pop((index.row(), index.column()), None)
        per = self.bounds.setdefault(item.key, {})
        if parsed is None:
            per.pop(index.column(), None)
        else:
            per[index.column()] = parsed
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, ERROR_ROLE])
        return True
