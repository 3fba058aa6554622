"""Date and time editors that take a whole date typed in one go, as people type it: "2027-10-20".

Qt's QDateTimeEdit edits one section at a time. With the whole text selected (Ctrl+A, or a click and
select-all) it ignored the digits of the year and then put the month and day typed after them into the
old year: 2027-10-20 became 2026-10-20. Typed with the year selected, the separator after the year
jumped over the month (Qt had already moved on to it), so 2027-10-20 became 2027-12-10.

These editors start typing over a whole selection in the first section (the year), and a separator typed
right after Qt moved on by itself is taken as that move, not as another one. "2027-10-20", "2027/10/20",
"20271020" and "2027-1-5" all give the date they say; times ("21:30") work the same way. Tab leaves the
editor for the next field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

SEPARATORS = "-/.: "


if TYPE_CHECKING:
    _MixinBase = QDateTimeEdit  # what the mixin's methods find on the editors that use it
else:
    _MixinBase = object


class _WholeDateTyping(_MixinBase):
    """Mixin for QDateTimeEdit subclasses (keyPressEvent)."""

    _moved_on = False  # the last digit filled a section and Qt moved to the next one by itself

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if plain and len(text) == 1 and text.isdigit():
            line = self.lineEdit()
            if line.hasSelectedText() and line.selectedText() == line.text():
                self.setSelectedSection(self.sectionAt(0))  # typing over everything starts at the year
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            self._moved_on = self.currentSectionIndex() != before
            return
        if plain and len(text) == 1 and text in SEPARATORS:
            if self._moved_on:
                self._moved_on = False
                event.accept()  # Qt already moved to the next section when the previous one was full
                return
            if text not in self.displayFormat():  # "2027/10/20" in a yyyy-MM-dd editor: the next section
                event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Minus, event.modifiers(), "-")
                if "-" not in self.displayFormat():
                    self.setCurrentSectionIndex(min(self.currentSectionIndex() + 1, self.sectionCount() - 1))
                    self.setSelectedSection(self.currentSection())
                    return
        self._moved_on = False
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        """Tab goes to the next field, as everywhere else in a form (Qt's own walks the date's sections,
        three Tabs for one field); the sections are reached with the arrow keys or by typing."""
        return QWidget.focusNextPrevChild(self, next_)


class DateEdit(_WholeDateTyping, QDateEdit):
    """A QDateEdit that takes a whole typed date (see the module)."""


class DateTimeEdit(_WholeDateTyping, QDateTimeEdit):
    """A QDateTimeEdit that takes a whole typed date and time (see the module)."""


class TimeEdit(_WholeDateTyping, QTimeEdit):
    """A QTimeEdit that takes a whole typed time, "21:30" (see the module)."""
