"""Answer the next QMessageBox (a modal box in a test would wait forever): polls with a QTimer until one is
shown, remembers its text and clicks the button whose text is ``button`` (None: cancel it)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_message_box(button: str | None, seen: dict | None = None, tries: int = 200) -> dict:
    state = seen if seen is not None else {}
    state.setdefault("texts", [])

    def poll(left: int = tries) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            if left:
                QTimer.singleShot(25, lambda: poll(left - 1))
            return
        box = boxes[0]
        state["texts"].append(box.text())
        for b in box.buttons():
            if button is not None and b.text().replace("&", "") == button:
                b.click()
                return
        box.reject()

    QTimer.singleShot(0, poll)
    return state
