"""Every menu and toolbar action in one place, with its shortcut and status tip.

The main window creates one :class:`Actions` and connects the triggers; views reuse the same actions
(e.g. in context menus) so a shortcut does the same thing everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from planner.ui.tr_marks import QT_TR_NOOP

# name: (text, shortcut, status tip). Shortcuts: standard keys where Qt has one.
_SPECS: dict[str, tuple[str, QKeySequence | QKeySequence.StandardKey | str | None, str]] = {
    "new_plan": (QT_TR_NOOP("&New plan…"), "Ctrl+Shift+N", QT_TR_NOOP("Create an empty plan file")),
    "open_plan": (QT_TR_NOOP("&Open plan…"), QKeySequence.StandardKey.Open, QT_TR_NOOP("Open another plan file")),
    "save_copy": (QT_TR_NOOP("Save a &copy as…"), QKeySequence.StandardKey.SaveAs,
                  QT_TR_NOOP("Write a copy of the whole plan to another file (the plan itself is always saved)")),
    "import_hosts": (QT_TR_NOOP("Import &hosts…"), "Ctrl+I",
                     QT_TR_NOOP("Add or update hosts from a CSV or XLSX roster (达人资源表); preview first")),
    "import_sessions": (QT_TR_NOOP("Import &sessions…"), "Ctrl+Shift+I",
                        QT_TR_NOOP("Add sessions to the selected campaign from a CSV or XLSX schedule (直播排期表)")),
    "export_schedule": (QT_TR_NOOP("&Export schedule…"), "Ctrl+Shift+E",
                        QT_TR_NOOP("Write the schedule as an Excel workbook, CSV or calendar (ICS), in English or Chinese")),
    "export_hosts": (QT_TR_NOOP("Export host &roster…"), None, QT_TR_NOOP("Write the host roster as an Excel workbook or CSV")),
    "quit": (QT_TR_NOOP("&Quit"), QKeySequence.StandardKey.Quit, QT_TR_NOOP("Close the planner; every edit is already saved")),
    # Not Del: in a table Del clears the cell, as in a spreadsheet. Ctrl+Del is a standard key only inside
    # text fields (delete the next word), which keep it while they have the focus.
    "delete": (QT_TR_NOOP("&Delete rows…"), "Ctrl+Del",
               QT_TR_NOOP("Delete the selected sessions, hosts or campaign, saying first what goes with them "
                          "(Undo brings them back). Del clears just the cell")),
    "new_campaign": (QT_TR_NOOP("&New campaign…"), QKeySequence.StandardKey.New, QT_TR_NOOP("Start a new campaign")),
    # Not Ctrl+D: on Linux that is also Delete (QKeySequence.Delete), and two actions on one key do nothing.
    "duplicate_scenario": (QT_TR_NOOP("&Duplicate as scenario"), "Ctrl+Shift+D",
                           QT_TR_NOOP("Copy the selected campaign and its sessions as a scenario to compare")),
    "edit_campaign": (QT_TR_NOOP("&Edit campaign…"), "Ctrl+Shift+C",
                      QT_TR_NOOP("Change the selected campaign's name, dates, budget and margins")),
    "add_session": (QT_TR_NOOP("Add &session…"), "Ctrl+Shift+A", QT_TR_NOOP("Schedule a livestream session in this campaign")),
    "add_host": (QT_TR_NOOP("Add &host…"), "Ctrl+Shift+H", QT_TR_NOOP("Add a host (KOL, KOC or store account) to the roster")),
    "explain_session": (QT_TR_NOOP("&Why this projection?"), "Ctrl+E",
                        QT_TR_NOOP("Explain the selected session's projected figures step by step")),
    "set_time_zone": (QT_TR_NOOP("Display &time zone…"), None, QT_TR_NOOP("Choose the zone shown beside China time")),
    "show_problems": (QT_TR_NOOP("&Problems"), "Ctrl+Shift+P",
                      QT_TR_NOOP("Show or hide the schedule problems: conflicts, dates outside the campaign, notes")),
    "show_history": (QT_TR_NOOP("&History"), None,
                     QT_TR_NOOP("Show every change to this plan, newest first; restore what a change deleted or replaced")),
    "restore_backup": (QT_TR_NOOP("Restore from &backup…"), None,
                       QT_TR_NOOP("Put the plan back as an automatic backup has it (the current state is backed up first)")),
    "find": (QT_TR_NOOP("&Filter table"), QKeySequence.StandardKey.Find, QT_TR_NOOP("Filter the current table")),
    "preferences": (QT_TR_NOOP("&Preferences…"), QKeySequence.StandardKey.Preferences,
                    QT_TR_NOOP("Choose the language of the planner and how figures are shown")),
    "about": (QT_TR_NOOP("&About"), None, QT_TR_NOOP("Version, where the plan file lives, data sources")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


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
    preferences: QAction
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
        made["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
        return cls(**made)


UNDO_SHORTCUT = QKeySequence.StandardKey.Undo
REDO_SHORTCUT = QKeySequence("Ctrl+Shift+Z")
