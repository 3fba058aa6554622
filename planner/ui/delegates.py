"""One delegate for every planner table: it builds the editor the model asks for (``EDITOR_ROLE``).

Editors parse and present values only; whether a value is allowed is the domain's call (the model hands
the edit to the PlanContext, which refuses it with the domain's message). So money editors accept
negative numbers on purpose: the refusal and its wording come from validation, not from the widget.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStyledItemDelegate,
    QWidget,
)

from planner.domain.timezones import from_china
from planner.ui import formatting as F
from planner.ui.date_edits import DateTimeEdit
from planner.ui.models.parsing import CHINA_WALL_FORMAT
from planner.ui.models.roles import CHOICES_ROLE, CURRENCY_ROLE, EDITOR_ROLE, ERROR_ROLE

QT_WALL_FORMAT = "yyyy-MM-dd HH:mm"
REFUSED_SELECTED = QColor("#b3261e")  # a refused cell in a selected row: red instead of the selection colour
REFUSED_FRAME = QColor("#b3261e")
BIG = 1e12


def money_spin(parent: QWidget | None, currency: str = "CNY") -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(-BIG, BIG)
    spin.setDecimals(2)
    spin.setGroupSeparatorShown(True)
    spin.setPrefix(f"{currency} ")
    spin.setSingleStep(1000)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def percent_spin(parent: QWidget | None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(-1000, 1000)
    spin.setDecimals(1)
    spin.setSuffix(" %")
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class ChinaDateTimeEdit(QWidget):
    """A date-time editor in China time with the same moment in the user's zone beside it."""

    def __init__(self, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone_name = zone_name
        self.edit = DateTimeEdit(self)
        self.edit.setDisplayFormat(QT_WALL_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setToolTip(self.tr("China time (UTC+8)"))
        self.local = QLabel(self)
        self.local.setObjectName("local_time_label")
        self.local.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.local)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._update_local)

    def set_wall_text(self, text: str) -> None:
        self.edit.setDateTime(QDateTime.fromString(text, QT_WALL_FORMAT))
        self._update_local()

    def wall_text(self) -> str:
        return self.edit.dateTime().toString(QT_WALL_FORMAT)

    def _update_local(self) -> None:
        try:
            wall = datetime.strptime(self.wall_text(), CHINA_WALL_FORMAT)
            self.local.setText(" " + self.tr("= {local}").format(
                local=F.local_time(from_china(wall.date(), wall.time()), self.zone_name)) + " ")
        except ValueError:
            self.local.setText("")


Index = QModelIndex | QPersistentModelIndex  # what Qt hands a delegate


class PlanDelegate(QStyledItemDelegate):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context

    def initStyleOption(self, option, index: Index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if index.data(ERROR_ROLE):  # the selection colour would hide the refused cell's tint: red instead
            option.palette.setColor(QPalette.ColorRole.Highlight, REFUSED_SELECTED)
            option.palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))

    def paint(self, painter, option, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):  # a red frame, selected or not
            painter.save()
            painter.setPen(QPen(REFUSED_FRAME, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        kind = index.data(EDITOR_ROLE) or "text"
        if kind == "choice":
            combo = QComboBox(parent)
            for value, label in index.data(CHOICES_ROLE) or []:
                combo.addItem(label, value)
            return combo
        if kind == "money":
            return money_spin(parent, index.data(CURRENCY_ROLE) or "CNY")
        if kind == "percent":
            return percent_spin(parent)
        if kind == "minutes":
            spin = QSpinBox(parent)
            spin.setRange(-100000, 100000)
            spin.setSuffix(" min")
            spin.setSingleStep(15)
            return spin
        if kind == "china_datetime":
            return ChinaDateTimeEdit(self.context.display_zone, parent)
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # Qt calls this again whenever the model says the row changed (a projection arriving, a refresh):
        # that would replace what the user is typing with the stored value. An open editor is filled once;
        # if the stored value changes meanwhile, the edit's compare-and-set says "changed elsewhere".
        if editor.property("planner_filled"):
            return
        editor.setProperty("planner_filled", True)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QDoubleSpinBox) and editor.suffix() == " %":
            editor.setValue(float(value or 0) * 100)
        elif isinstance(editor, (QDoubleSpinBox, QSpinBox)):
            editor.setValue(value or 0)
        elif isinstance(editor, ChinaDateTimeEdit):
            editor.set_wall_text(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QDoubleSpinBox) and editor.suffix() == " %":
            value = round(editor.value() / 100, 6)
        elif isinstance(editor, (QDoubleSpinBox, QSpinBox)):
            value = editor.value()
        elif isinstance(editor, ChinaDateTimeEdit):
            value = editor.wall_text()
        else:
            value = cast(QLineEdit, editor).text()  # (the text editor createEditor made)
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: Index) -> None:
        rect = option.rect
        if isinstance(editor, ChinaDateTimeEdit):
            rect = rect.adjusted(0, 0, max(0, editor.sizeHint().width() - rect.width()), 0)
        editor.setGeometry(rect)
