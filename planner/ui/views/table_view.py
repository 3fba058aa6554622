"""A table with a filter box above it: source model -> FilterProxy -> QTableView, one PlanDelegate."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from planner.ui.delegates import PlanDelegate
from planner.ui.models.proxies import FilterProxy


class FilterableTable(QWidget):
    selection_changed = Signal()

    def __init__(self, model, context, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(placeholder or self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(PlanDelegate(context, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A header wider than its column ends in "…" (the whole title is in its tooltip), not cut at both ends.
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        from planner.ui.views.refusal_bubble import RefusalBubble

        self.refusal = RefusalBubble(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.installEventFilter(self)
        if hasattr(self.model, "context"):
            self.model.context.commit_requested.connect(self.commit_editor)
        self.filter.textChanged.connect(lambda _t: self._debounce.start())
        self._debounce.timeout.connect(lambda: self.proxy.set_filter_text(self.filter.text()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)
        if hasattr(self.model, "cell_refused"):
            self.model.cell_refused.connect(self._on_cell_refused)
        self.view.selectionModel().currentChanged.connect(self.refusal.on_current_changed)
        self.model.modelReset.connect(self.refusal.hide)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Del / Backspace on a cell clears that cell (as a spreadsheet does); deleting rows is the Delete
        rows command (Edit menu, context menu, its own shortcut)."""
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and self.view.state() != self.view.State.EditingState and hasattr(self.model, "clear_cell"):
            index = self.view.currentIndex()
            if index.isValid():
                self.model.clear_cell(self.proxy.mapToSource(index))
            return True
        return super().eventFilter(watched, event)

    def commit_editor(self) -> None:
        """Write what an open cell editor holds (before the window closes or shows another plan or campaign:
        a typed value is never lost)."""
        if self.view.state() != self.view.State.EditingState:
            return
        index = self.view.currentIndex()
        editor = self.view.indexWidget(index) if index.isValid() else None
        if editor is None:
            return
        delegate = self.view.itemDelegateForIndex(index)
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, delegate.EndEditHint.NoHint)

    def _on_cell_refused(self, source_index, message: str) -> None:
        """A refused edit's message at its cell (once the editor has closed and the row is laid out again)."""
        def show() -> None:
            index = self.proxy.mapFromSource(self.model.index(source_index.row(), source_index.column()))
            if index.isValid():
                self.view.scrollTo(index)
                self.refusal.show_at(index, message)
        QTimer.singleShot(0, self, show)

    def fit_columns(self, max_width: int = 320, sample_rows: int = 30,
                    wider: dict[int, int] | None = None) -> None:
        """Size columns to header and the first rows' text (never every row: 100,000 rows stay fast), at
        most ``max_width`` (or ``wider[column]``) pixels.

        A hidden table (a tab not in front) is sized when it is first shown, not at start-up."""
        if not self.isVisible():
            self._fit_pending: tuple[int, int, dict[int, int] | None] | None = (max_width, sample_rows, wider)
            return
        self._fit_pending = None
        fm = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        rows = min(self.proxy.rowCount(), sample_rows)
        for c in range(self.proxy.columnCount()):
            title = str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "")
            width = fm.horizontalAdvance(title) + 28
            for r in range(rows):
                text = str(self.proxy.index(r, c).data() or "")
                width = max(width, fm.horizontalAdvance(text) + 16)
            header.resizeSection(c, min(width, (wider or {}).get(c, max_width)))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        pending = getattr(self, "_fit_pending", None)
        if pending is not None:
            self.fit_columns(*pending)

    def selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows:
            current = self.view.currentIndex()
            if current.isValid() and self.view.selectionModel().isSelected(current):
                rows.add(self.proxy.mapToSource(current).row())
        return sorted(rows)

    def current_source_row(self) -> int:
        index = self.view.currentIndex()
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)
