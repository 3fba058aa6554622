"""File dialogs for plans: choose a plan to open, a new plan's name, where to save a copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from planner.domain.timezones import system_zone_name
from planner.ui.dialogs.file_dialogs import ask_open, ask_save

PLAN_FILTER = "Plans (*.sqlite *.plan *.db);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def ask_open_plan(parent: QWidget) -> str | None:
    return ask_open(parent, _tr("Open plan"), _tr(PLAN_FILTER))


def ask_new_plan(parent: QWidget) -> str | None:
    path = ask_save(parent, _tr("New plan"), _tr(PLAN_FILTER))
    if path and "." not in path.rsplit("/", 1)[-1]:
        path += ".sqlite"
    return path or None


def ask_copy_path(parent: QWidget, suggestion: str) -> str | None:
    return ask_save(parent, _tr("Save a copy as"), _tr(PLAN_FILTER), suggestion)


def ask_time_zone(parent: QWidget, current: str) -> str | None:
    from zoneinfo import available_timezones

    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    system = system_zone_name()
    if system in zones:
        zones.remove(system)
    zones.insert(0, system)
    name, ok = QInputDialog.getItem(parent, _tr("Display time zone"),
                                    _tr("Times are planned in China time; show them also in:"), zones,
                                    zones.index(current) if current in zones else 0, True)
    return name if ok and name else None
