"""A dialog form that shows the domain's validation report next to each field and keeps OK disabled
while anything is refused. Subclasses build the record and name the domain check; they never decide rules.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from planner.domain.errors import Problem
from planner.ui.formatting import field_message, text
from planner.ui.dialogs.keyboard import chain_focus, dialog_buttons, focus_first, form_fields, make_default

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: #616161;"  # what a field still needs, before the user has typed anything

W = TypeVar("W", bound=QWidget)


class ValidatedForm(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self._touched = False  # red only once the user has changed something: a fresh form is not wrong
        self.general = QLabel(self)
        self.general.setObjectName("error_general")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        make_default(self.ok_button, self.buttons)
        self._keyboard_ready = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_field(self, field: str, label: str, widget: W, hint: str = "") -> W:
        """Add ``widget`` for domain field ``field``; its messages appear in a label just below it."""
        widget.setObjectName(field)
        if hint:
            widget.setToolTip(hint)
        self.form.addRow(label, widget)
        error = QLabel(self)
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.hide()
        self.form.addRow("", error)
        self.errors[field] = error
        return widget

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """On first show: Tab walks the fields top to bottom, then the buttons; the first field has the focus."""
        super().showEvent(event)
        if not self._keyboard_ready:
            self._keyboard_ready = True
            fields = form_fields(self.form)
            chain_focus([*fields, *dialog_buttons(self.buttons)])
            focus_first(fields)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the height the wrapped messages need at the dialog's width (a window's minimum size does not
        count wrapped lines, so a long message in a longer language was squeezed into too few lines)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.totalHeightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    # -- subclasses ------------------------------------------------------------------------------
    def build(self) -> Any:
        """The record the fields describe; raise ValueError(field, message) for unparsable input."""
        raise NotImplementedError

    def check(self, record: Any) -> list[Problem]:
        raise NotImplementedError

    # -- validation ------------------------------------------------------------------------------
    def revalidate(self) -> list[Problem]:
        if self.isVisible():
            self._touched = True
        try:
            record = self.build()
        except FieldError as exc:
            problems = [Problem(exc.field, exc.value, exc.message)]
        else:
            problems = self.check(record)
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[Problem]] = {}
        for p in problems:
            by_field.setdefault(p.field if p.field in self.errors else "", []).append(p)
        for field, label in self.errors.items():
            found = by_field.get(field, [])
            label.setVisible(bool(found))
            label.setText("\n".join(text(p.message) for p in found))
            error = any(p.severity == "error" for p in found)
            label.setStyleSheet(WARNING_STYLE if not error else ERROR_STYLE if self._touched else HINT_STYLE)
        general = by_field.get("", [])
        self.general.setVisible(bool(general))
        self.general.setText("\n".join(field_message(p.field, text(p.message)) for p in general))
        self.ok_button.setEnabled(not any(p.severity == "error" for p in problems))
        if self.isVisible():
            self._fit_height()

    def show_error(self, message: str) -> None:
        """A refusal from the store (e.g. a rule checked on write) shown inside the form."""
        self.general.setText(message)
        self.general.show()

    def accept(self) -> None:
        self._touched = True
        if not any(p.severity == "error" for p in self.revalidate()):
            super().accept()


class FieldError(ValueError):
    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field, self.value, self.message = field, value, message
