"""A child process for the read-only tests: opens the plan in the real window (offscreen) as whoever runs it,
prints whether the read-only banner shows and its text, then what an edit says, and quits.

    read_only_window.py PLAN
"""
import os
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from planner.storage.edits import AddHosts
from planner.ui.main_window import open_main_window

app = QApplication([])
window = open_main_window(Path(sys.argv[1]))
window.resize(1280, 800)
window.show()
app.processEvents()
banner = window.read_only_banner
print("banner", banner.isVisible(), banner.text().replace("\n", " "), flush=True)
host = window.context.store.hosts()[0]
refused = window.context.try_apply(AddHosts((replace(host, id=None, name="Not written", handle="nw"),)))
print("edit", refused, flush=True)
print("hosts", len(window.context.store.hosts()), flush=True)
window.close()
os._exit(0)  # helper processes and the backup thread end with us (they watch their parent)
