"""Filter proxy: a case-insensitive "contains" over every column's text; sorting is delegated to the
source model's one-pass Python sort, so a 100,000-row table sorts in a blink."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from planner.ui.models.roles import SORT_ROLE


class FilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_filter_text(self, text: str) -> None:
        needle = text.strip().lower()
        if needle != self._needle:
            if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9: invalidateFilter() is deprecated
                self.beginFilterChange()
                self._needle = needle
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self._needle = needle
                self.invalidateFilter()

    def filter_text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        search = getattr(model, "search_text", None)
        if search is not None:
            text = search(source_row)
        else:
            text = " ".join(str(model.index(source_row, c, source_parent).data() or "")
                            for c in range(model.columnCount(source_parent))).lower()
        return all(part in text for part in self._needle.split())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if hasattr(model, "sort_rows"):
            model.sort_rows(column, order)
        else:
            super().sort(column, order)
