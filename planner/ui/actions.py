"""Every menu and toolbar action in one place, with its shortcut and status tip.

The main window creates one :class:`Actions` and connects the triggers; views reuse the same actions
(e.g. in context menus) so a shortcut does the same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

# name: (text, shortcut, status tip). Shortcuts: standard keys where Qt has one.
_SPECS: dict[str, tuple[str, QKeySequence | str | None, str]] = {
    "new_plan": ("&New plan…", "Ctrl+Shift+N", "Create an empty plan file"),
    "open_plan": ("&Open plan…", QKeySequence.StandardKey.Open, "Open another plan file"),
    "save_copy": ("Save a &copy as…", QKeySequence.StandardKey.SaveAs,
                  "Write a copy of the whole plan to another file (the plan itself is always saved)"),
    "import_hosts": ("Import &hosts…", "Ctrl+I",
                     "Add or update hosts from a CSV or XLSX roster (达人资源表); preview first"),
    "import_sessions": ("Import &sessions…", "Ctrl+Shift+I",
                        "Add sessions to the selected campaign from a CSV or XLSX schedule (直播排期表)"),
    "export_schedule": ("&Export schedule…", "Ctrl+Shift+E",
                        "Write the schedule as an Excel workbook, CSV or calendar (ICS), in English or Chinese"),
    "export_hosts": ("Export host &roster…", None, "Write the host roster as an Excel workbook or CSV"),
    "quit": ("&Quit", QKeySequence.StandardKey.Quit, "Close the planner; every edit is already saved"),
    # Not Del: in a table Del clears the cell, as in a spreadsheet. Ctrl+Del is a standard key only inside
    # text fields (delete the next word), which keep it while they have the focus.
    "delete": ("&Delete rows…", "Ctrl+Del",
               "Delete the selected sessions, hosts or campaign, saying first what goes with them "
               "(Undo brings them back). Del clears just the cell"),
    "new_campaign": ("&New campaign…", QKeySequence.StandardKey.New, "Start a new campaign"),
    # Not Ctrl+D: on Linux that is also Delete (QKeySequence.Delete), and two actions on one key do nothing.
    "duplicate_scenario": ("&Duplicate as scenario", "Ctrl+Shift+D",
                           "Copy the selected campaign and its sessions as a scenario to compare"),
    "edit_campaign": ("&Edit campaign…", "Ctrl+Shift+C",
                      "Change the selected campaign's name, dates, budget and margins"),
    "add_session": ("Add &session…", "Ctrl+Shift+A", "Schedule a livestream session in this campaign"),
    "add_host": ("Add &host…", "Ctrl+Shift+H", "Add a host (KOL, KOC or store account) to the roster"),
    "explain_session": ("&Why this projection?", "Ctrl+E",
                        "Explain the selected session's projected figures step by step"),
    "set_time_zone": ("Display &time zone…", None, "Choose the zone shown beside China time"),
    "show_problems": ("&Problems", "Ctrl+Shift+P",
                      "Show or hide the schedule problems: conflicts, dates outside the campaign, notes"),
    "show_history": ("&History", None,
                     "Show every change to this plan, newest first; restore what a change deleted or replaced"),
    "restore_backup": ("Restore from &backup…", None,
                       "Put the plan back as an automatic backup has it (the current state is backed up first)"),
    "find": ("&Filter table", QKeySequence.StandardKey.Find, "Filter the current table"),
    "about": ("&About", None, "Version, where the plan file lives, data sources"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass
class Actions:
    new_plan: QAction
    open_plan: QAction
    save_copy: QAction
    import_hosts: QAction
    import_sessions: QAction
    export_schedule: QAction
    export_hosts: QAction
    quit: QAction
    delete: QAction
    new_campaign: QAction
    duplicate_scenario: QAction
    edit_campaign: QAction
    add_session: QAction
    add_host: QAction
    explain_session: QAction
    set_time_zone: QAction
    show_problems: QAction
    show_history: QAction
    restore_backup: QAction
    find: QAction
    about: QAction

    #: Where a platform has no standard key for an action (Quit on Windows), these are used instead.
    FALLBACK_SHORTCUTS = {"quit": "Ctrl+Q", "save_copy": "Ctrl+Shift+S"}

    @classmethod
    def create(cls, parent: QObject) -> "Actions":
        made = {}
        for name, (text, shortcut, tip) in _SPECS.items():
            action = QAction(_tr(text), parent)
            action.setObjectName(f"action_{name}")
            if isinstance(shortcut, QKeySequence.StandardKey):
                keys = QKeySequence.keyBindings(shortcut)
                action.setShortcuts(keys or [QKeySequence(cls.FALLBACK_SHORTCUTS.get(name, ""))])
            elif shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(_tr(tip))
            action.setToolTip(_tr(tip))
            made[name] = action
        made["show_problems"].setCheckable(True)
        made["show_history"].setCheckable(True)
        made["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        made["about"].setMenuRole(QAction.MenuRole.AboutRole)
        return cls(**made)


UNDO_SHORTCUT = QKeySequence.StandardKey.Undo
REDO_SHORTCUT = QKeySequence("Ctrl+Shift+Z")
