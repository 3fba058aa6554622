"""``QT_TR_NOOP`` and ``QT_TRANSLATE_NOOP`` typed as what they return: the text they mark for translation.

PySide6's stubs declare both as returning ``object``, so every marked string used as a ``str`` (a header, an
action's text, a metric's label) was a type error. At run time these are PySide6's own functions; lupdate
finds the marks by their names, which stay the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    def QT_TR_NOOP(message: str, /) -> str: ...  # noqa: N802 - Qt's name

    def QT_TRANSLATE_NOOP(context: str, message: str, /) -> str: ...  # noqa: N802 - Qt's name
else:
    from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "QT_TR_NOOP"]
