"""Answer the app's modal file dialogs in tests: list a folder (so the dialog reads its entries, as a user
browsing there would), then type a file name and accept, or cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit


def answer_file_dialog(folder: Path, name: str | None = None, *, linger_ms: int = 1200) -> dict:
    """Schedule the answer to the next modal QFileDialog: browse ``folder`` in detail view for
    ``linger_ms`` (icons and types of every file there are worked out meanwhile), then type ``name`` and
    press Enter, or cancel when ``name`` is None. Returns a dict that gets ``"seen": True`` once answered."""
    state: dict = {"seen": False}

    def find() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(30, find)
            return
        state["start"] = dlg.directory().absolutePath()
        dlg.setViewMode(QFileDialog.ViewMode.Detail)
        dlg.setDirectory(str(folder))
        QTimer.singleShot(linger_ms, lambda: finish(dlg))

    def finish(dlg: QFileDialog) -> None:
        state["seen"] = True
        if name is None:
            dlg.reject()
            return
        edit = dlg.findChild(QLineEdit, "fileNameEdit")
        edit.clear()
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, find)
    return state
