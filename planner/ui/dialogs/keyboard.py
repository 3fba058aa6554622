"""How every planner dialog meets the keyboard: focus starts in the first field, Tab walks the fields in the
order they are shown and then the buttons, Enter is the dialog's main button, Esc cancels (QDialog's own).

Qt's default focus chain is the order widgets were created in; a dialog whose button box is built before
its fields (ValidatedForm) would otherwise open with the focus on a button, so typing went nowhere and the
first space pressed Cancel.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton, QTextEdit,
    QWidget,
)


def form_fields(form: QFormLayout) -> list[QWidget]:
    """The field widgets of a form layout, top to bottom (labels and hidden rows left out)."""
    out = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is not None:
            out.append(widget)
    return out


def _focusable(widget: QWidget) -> bool:
    return widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.isEnabled()


def chain_focus(widgets: Iterable[QWidget]) -> list[QWidget]:
    """Make Tab visit ``widgets`` in this order (widgets that take no keyboard focus are skipped)."""
    chain = [w for w in widgets if w is not None and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    for a, b in zip(chain, chain[1:]):
        QWidget.setTabOrder(a, b)
    for w in chain:
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            w.setTabChangesFocus(True)  # Tab leaves a notes box instead of typing a tab into it
    return chain


def dialog_buttons(box: QDialogButtonBox) -> list[QAbstractButton]:
    """A button box's buttons in the order they are shown (Qt lays them out per platform)."""
    return sorted(box.buttons(), key=lambda b: (b.mapTo(box, b.rect().topLeft()).x(), b.text()))


def make_default(button: QPushButton | None, box: QDialogButtonBox | None = None) -> None:
    """Enter presses ``button`` wherever the focus is in the dialog (a focused button does not steal it)."""
    if box is not None:
        for other in box.buttons():
            if isinstance(other, QPushButton) and other is not button:
                other.setAutoDefault(False)
                other.setDefault(False)
    if button is not None:
        button.setAutoDefault(True)
        button.setDefault(True)


def focus_first(widgets: Iterable[QWidget]) -> QWidget | None:
    """Put the focus in the first widget that takes it; a line edit's text is selected, so typing replaces."""
    for w in widgets:
        if w is not None and _focusable(w) and w.isVisibleTo(w.window()):
            w.setFocus(Qt.FocusReason.TabFocusReason)
            edit = w.lineEdit() if isinstance(w, QComboBox) and w.isEditable() else w
            if isinstance(edit, QLineEdit):
                edit.selectAll()
            return w
    return None


class _FocusOnShow(QObject):
    """The first time the dialog is shown (laid out, so its buttons are in their platform's order): Tab
    order fields → buttons, and the focus in the first of ``fields``."""

    def __init__(self, dialog: QWidget, fields: list[QWidget], box: QDialogButtonBox | None) -> None:
        super().__init__(dialog)
        self._fields, self._box = fields, box
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            chain_focus([*self._fields, *(dialog_buttons(self._box) if self._box is not None else [])])
            focus_first(self._fields)
        return False


def prepare_dialog(dialog: QWidget, fields: list[QWidget], box: QDialogButtonBox | None,
                   default: QPushButton | None) -> None:
    """The whole keyboard set-up of a dialog built by hand: Tab order fields → buttons, ``default`` pressed
    by Enter, focus in the first field when shown."""
    make_default(default, box)
    _FocusOnShow(dialog, fields, box)
