"""A refused cell edit's message, shown at the cell: a small red-framed note just below it (above it near the
bottom of the table), until the user moves to another cell, edits again or scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel

BUBBLE_STYLE = ("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #b3261e; border-radius: 3px;"
                " padding: 4px 6px; }")
SHOWN_MS = 15000  # long enough to read; the cell keeps its tint and tooltip afterwards


class RefusalBubble(QLabel):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("refusal_bubble")
        self.view = view
        self.setStyleSheet(BUBBLE_STYLE)
        self.setWordWrap(True)
        self.setMaximumWidth(420)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        self.cell = QPersistentModelIndex()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.hide())
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self.hide())

    def show_at(self, index: QModelIndex, message: str) -> None:
        """Show ``message`` at ``index`` (an index of the view's own model)."""
        rect = self.view.visualRect(index)
        if not rect.isValid():
            return
        self.cell = QPersistentModelIndex(index)
        self.setText(message)
        self.setMinimumWidth(min(max(rect.width(), 220), self.maximumWidth()))
        self.adjustSize()
        viewport = self.view.viewport().rect()
        x = max(0, min(rect.left(), viewport.right() - self.width()))
        y = rect.bottom() + 2
        if y + self.height() > viewport.bottom():
            y = max(0, rect.top() - self.height() - 2)
        self.move(QPoint(x, y))
        self.raise_()
        self.show()
        self._timer.start(SHOWN_MS)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.isVisible() and QPersistentModelIndex(current) != self.cell:
            self.hide()
