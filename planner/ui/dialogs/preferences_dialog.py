"""Edit ▸ Preferences…: the UI language and how Chinese shows large figures (kept in QSettings)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.ui import i18n, settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("preferences_language")
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        index = self.language.findData(settings.language())
        self.language.setCurrentIndex(max(index, 0))
        self.chinese_units = QCheckBox(self.tr("In Chinese, show large figures in 万 and 亿"), self)
        self.chinese_units.setChecked(settings.chinese_units())
        note = QLabel(self.tr("A new language takes effect when you reopen the planner; your plan is saved "
                              "as you work, so nothing is lost."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.chinese_units)
        form.addRow(note)
        form.addRow(buttons)

    def accept(self) -> None:
        settings.set_language(self.language.currentData())
        settings.set_chinese_units(self.chinese_units.isChecked())
        super().accept()

    def language_changed(self) -> bool:
        """True when the chosen language differs from the one the UI is showing."""
        code = self.language.currentData() or i18n.system_language()
        return code != i18n.current()
