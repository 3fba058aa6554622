"""A QAbstractTableModel over a list of records, described by columns; edits go through the PlanContext.

``setData`` never changes a record itself: the column builds the changed record, the model turns it into
an edit (``make_edit``) and hands it to ``context.try_apply``. A refused edit keeps the old value; the
domain's message is kept for the cell (tooltip, tinted background) and announced by ``edit_refused``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner.ui.models.roles import (
    CHOICES_ROLE, CURRENCY_ROLE, EDITOR_ROLE, ERROR_ROLE, ID_ROLE, SORT_ROLE,
)

if TYPE_CHECKING:
    from planner.ui.context import PlanContext

def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordTableModel", text)


ERROR_BRUSH = QBrush(QColor("#fde2e1"))
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: how to show, sort and edit a record's value."""

    key: str
    title: str
    display: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    edit_value: Callable[[Any], Any] | None = None  # value handed to the editor
    apply: Callable[[Any, Any], Any] | None = None  # (record, edited value) -> changed record
    editor: str = "text"
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    right: bool = False
    tip: str = ""
    cell_tip: Callable[[Any], str] | None = None
    currency: Callable[[Any], str] | None = None
    cleared: Any = ""  # what Del / Backspace writes into the cell (through ``apply``, as if typed)


class RecordTableModel(QAbstractTableModel):
    edit_refused = Signal(str)  # the domain's message for an edit that was not applied
    cell_refused = Signal(object, str)  # (QPersistentModelIndex, message): where, for a message at the cell

    columns: Sequence[Column] = ()

    def __init__(self, context: "PlanContext", parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[Any] = []
        self._natural: list[Any] = []  # the rows in load order (``_rows`` itself while no column is sorted)
        self._errors: dict[tuple[Any, str], str] = {}
        self._search: list[str] | None = None  # lower-case row texts for the filter, built on demand
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- to override -----------------------------------------------------------------------------
    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def row_id(self, record: Any) -> Any:
        return record.id

    def make_edit(self, record: Any, label: str | None = None, expected: Any = None) -> Any:
        """The edit that writes ``record`` (labelled ``label`` in Edit ▸ Undo, or a generic label); only the
        fields that differ from ``expected`` (the record as shown) are written, if still stored so."""
        raise NotImplementedError

    def what(self, record: Any) -> str:
        """A few words naming the record, for undo labels ("Vivi Beauty · 05-25 20:00")."""
        return ""

    def row_font(self, record: Any):  # noqa: ANN201 - optional QFont
        return None

    def row_background(self, record: Any):  # noqa: ANN201 - optional QBrush
        return None

    def record_for_edit(self, record: Any) -> Any:
        return record

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the store; keeps views' selections when the rows are the same records."""
        self._show(self.load_rows())

    def _show(self, loaded: list[Any]) -> None:
        """Show freshly loaded rows (in load order): sorted as the view is, in place if they are the same
        records as before, else with a model reset."""
        self._natural = loaded
        rows = self._sorted(self._natural)
        self._search = None
        same = (rows and len(rows) == len(self._rows) and self.row_id(rows[0]) == self.row_id(self._rows[0])
                and [self.row_id(r) for r in rows] == [self.row_id(r) for r in self._rows])
        if same:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    # -- sorting and filtering (called by FilterProxy: one Python sort beats 10^6 lessThan calls) ------
    def _sorted(self, rows: list[Any]) -> list[Any]:
        if self._sort is None:
            return rows
        column, order = self._sort
        col = self.columns[column]
        key = col.sort or col.display

        def safe(rec: Any) -> tuple:
            v = key(rec)
            return (v is None, v if v is not None else 0)

        return sorted(rows, key=safe, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        """Sort by a column (``column < 0``: back to load order, without reading the store again)."""
        sort = None if column < 0 else (column, order)
        if sort is None and self._sort is None:
            return  # already in load order (a view asks for this when sorting is switched on)
        self._sort = sort
        self.beginResetModel()
        self._rows = self._sorted(self._natural)
        self._search = None
        self.endResetModel()

    def search_text(self, row: int) -> str:
        if self._search is None:
            self._search = [""] * len(self._rows)
        text = self._search[row]
        if not text:
            rec = self._rows[row]
            text = " ".join(c.display(rec) for c in self.columns).lower()
            self._search[row] = text
        return text

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: Any) -> int:
        for i, r in enumerate(self._rows):
            if self.row_id(r) == record_id:
                return i
        return -1

    # -- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, should the column show it elided
                return f"{col.title}\n{col.tip}" if col.tip and col.tip != col.title else col.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].apply is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(rec)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit_value(rec) if col.edit_value else col.display(rec)
        if role == SORT_ROLE:
            return col.sort(rec) if col.sort else col.display(rec)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col.right else None
        if role == Qt.ItemDataRole.ToolTipRole:
            err = self._errors.get((self.row_id(rec), col.key))
            if err:
                return err
            return col.cell_tip(rec) if col.cell_tip else (col.tip or None)
        if role == ERROR_ROLE:
            return self._errors.get((self.row_id(rec), col.key))
        if role == Qt.ItemDataRole.BackgroundRole:
            if (self.row_id(rec), col.key) in self._errors:
                return ERROR_BRUSH
            return self.row_background(rec)
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(rec)
        if role == ID_ROLE:
            return self.row_id(rec)
        if role == EDITOR_ROLE:
            return col.editor
        if role == CHOICES_ROLE:
            return list(col.choices()) if col.choices else None
        if role == CURRENCY_ROLE:
            return col.currency(rec) if col.currency else None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._write(index, value, clearing=False)

    def clear_cell(self, index: Index) -> bool:
        """Del / Backspace on a cell: empty it, as one undoable edit that writes only this field (if it is
        still stored as shown). A field that cannot be empty refuses with a message naming it."""
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.apply is None:
            message = _tr("{title} is worked out by the planner: there is nothing to clear").format(title=col.title)
            self.edit_refused.emit(message)
            self.cell_refused.emit(QPersistentModelIndex(index), message)
            return False
        return self._write(index, col.cleared, clearing=True)

    def _write(self, index: Index, value: Any, *, clearing: bool) -> bool:
        col = self.columns[index.column()]
        message: str | None
        if col.apply is None:
            return False
        rec = self._rows[index.row()]
        key = (self.row_id(rec), col.key)
        verb = _tr("Clear") if clearing else _tr("Edit")
        try:
            changed = col.apply(self.record_for_edit(rec), value)
        except (TypeError, ValueError) as exc:
            message = (_tr("{title} cannot be empty ({why}): type a value instead").format(title=col.title, why=exc)
                       if clearing else str(exc))
        else:
            if changed is None or changed == self.record_for_edit(rec):
                return False
            what = self.what(rec)
            label = f"{verb} {col.title[:1].lower()}{col.title[1:]}" + (f" · {what}" if what else "")
            message = self.context.try_apply(self.make_edit(changed, label, expected=self.record_for_edit(rec)))
        if message:
            self._errors[key] = message
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole])
            self.edit_refused.emit(message)
            self.cell_refused.emit(QPersistentModelIndex(index), message)
            return False
        if self._errors.pop(key, None) is not None:
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole])
        return True

    def error_at(self, index: Index) -> str | None:
        return self.data(index, ERROR_ROLE)
