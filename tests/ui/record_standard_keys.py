"""Record Qt's bindings of every QKeySequence.StandardKey on this platform into standard_keys.json.

Qt answers ``QKeySequence.keyBindings`` for the platform it runs on only (its keyboard scheme comes from
the platform theme), so the shortcut test reads the other platforms' answers from this file. Re-record
after a Qt upgrade, once per scheme:

    QT_QPA_PLATFORM=offscreen python tests/ui/record_standard_keys.py windows   # offscreen uses Qt's Windows scheme
    DISPLAY=:0 QT_QPA_PLATFORM=xcb python tests/ui/record_standard_keys.py x11  # a Linux desktop (X11 scheme)
    python tests/ui/record_standard_keys.py macos                               # on a Mac
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FILE = Path(__file__).with_name("standard_keys.json")


def bindings() -> dict[str, list[str]]:
    from PySide6.QtGui import QKeySequence

    out = {}
    for key in QKeySequence.StandardKey:
        keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in QKeySequence.keyBindings(key)]
        if keys:
            out[key.name] = keys
    return out


def main(scheme: str) -> None:
    from PySide6 import __version__
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    data = json.loads(FILE.read_text(encoding="utf-8")) if FILE.exists() else {}
    data[scheme] = {"qt": __version__, "platform": app.platformName(), "bindings": bindings()}
    FILE.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
