"""Table models for the import dialog: the preview (first rows as they will be read) and the problem list.

Both are thin adapters over what :mod:`planner.exchange` returns; they decide nothing about the data.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from planner.domain.errors import Problem
from planner.exchange import ImportPreview, NumRange
from planner.ui.formatting import text as i18n_text

PROBLEM_TINT = QColor("#fbd9d6")
WARNING_TINT = QColor("#fff0c8")
UNREAD_TEXT = QColor("#8a8a8a")
MAPPING_ROW = 0  # the first row holds the column → field pickers
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1


def column_fields(preview: ImportPreview) -> list[str | None]:
    """The field each column is read as (None: not read), in column order."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in preview.headers:
        f = preview.mapping.get(header)
        if f is not None and f in taken:  # a repeated header: only its first column is read
            f = None
        if f is not None:
            taken.add(f)
        out.append(f)
    return out


def format_value(field: str, value: object, platform_names: dict[str, str]) -> str:
    """A converted cell as the user should recognise it (numbers with separators, percent, times)."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return " – ".join(format_value(field, v, platform_names) for v in value if v is not None)
    if isinstance(value, NumRange):
        return f"{format_value(field, value.low, platform_names)}–{format_value(field, value.high, platform_names)}"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return f"{value:%H:%M}"  # 24:00 (the end of the day) stays 24:00
    if field == "platform":
        return platform_names.get(str(value), str(value))
    if field == "commission_rate" and isinstance(value, (int, float)):
        return f"{value * 100:.4g}%"
    if field == "duration" and isinstance(value, (int, float)):
        return f"{value:g} min"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.0f}" if value == round(value) else f"{value:,.2f}"
    return str(value)


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell == round(cell) and abs(cell) < 1e15:
        return str(int(cell))
    return str(cell)


class PreviewModel(QAbstractTableModel):
    """Row 0: the mapping pickers (index widgets). Rows 1…: the preview rows, converted, problems tinted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._fields: list[str | None] = []
        self._platforms: dict[str, str] = {}
        self._marks: list[dict[str, list[Problem]]] = []  # per row: header → problems and warnings

    def set_preview(self, preview: ImportPreview | None, platform_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._preview = preview
        self._platforms = platform_names
        self._fields = column_fields(preview) if preview else []
        self._marks = []
        for rv in (preview.values if preview else []):
            marks: dict[str, list[Problem]] = {}
            for p in [*rv.problems, *rv.warnings]:
                marks.setdefault(p.field, []).append(p)
            self._marks.append(marks)
        self.endResetModel()

    def field_of(self, column: int) -> str | None:
        return self._fields[column] if 0 <= column < len(self._fields) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        if parent.isValid() or self._preview is None:
            return 0
        return 1 + len(self._preview.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self._preview is None else len(self._preview.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self._preview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._preview.headers[section] or self.tr("(column {n})").format(n=section + 1)
        if section == MAPPING_ROW:
            return self.tr("Read as")
        return self.tr("row {n}").format(n=self._preview.rows[section - 1][0])

    def problems_at(self, row: int, column: int) -> list[Problem]:
        if self._preview is None or row == MAPPING_ROW:
            return []
        header = self._preview.headers[column]
        return self._marks[row - 1].get(header, []) if self.field_of(column) else []

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._preview is None or index.row() == MAPPING_ROW:
            return None
        r, c = index.row() - 1, index.column()
        cells = self._preview.rows[r][1]
        raw = cells[c] if c < len(cells) else None
        f = self.field_of(c)
        problems = self.problems_at(index.row(), c)
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._preview.values[r].values
            if f is not None and f in values:
                return format_value(f, values[f], self._platforms)
            return _text(raw)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM_TINT if any(p.severity == "error" for p in problems) else WARNING_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and f is None:
            return QBrush(UNREAD_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("In the file: {raw}").format(raw=_text(raw) or self.tr("(empty)"))]
            if f is None:
                lines.append(self.tr("This column is not imported."))
            lines += [f"{'⚠' if p.severity != 'error' else '✖'} {i18n_text(p.message)}" for p in problems]
            return "\n".join(lines)
        if role == SEVERITY_ROLE and problems:
            return "error" if any(p.severity == "error" for p in problems) else "warning"
        return None


class ProblemListModel(QAbstractTableModel):
    """Every problem of a checked file: where, column, value found, what is wrong."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self._headers = (self.tr("Where"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong"))

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (i18n_text(p.where), p.field, _text(p.value), i18n_text(p.message))[index.column()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 3 and p.severity != "error":
                return self.tr("(warning) {message}").format(message=text)
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PROBLEM_TINT if p.severity == "error" else WARNING_TINT)
        if role == SEVERITY_ROLE:
            return p.severity
        return None
