"""File dialogs for plans: choose a plan to open, a new plan's name, where to save a copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from planner.domain.timezones import system_zone_name

PLAN_FILTER = "Plans (*.sqlite *.plan *.db);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanFiles", text)


def ask_open_plan(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open plan"), folder, _tr(PLAN_FILTER))
    return path or None


def ask_new_plan(parent: QWidget, folder: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("New plan"), folder, _tr(PLAN_FILTER))
    if path and "." not in path.rsplit("/", 1)[-1]:
        path += ".sqlite"
    return path or None


def ask_copy_path(parent: QWidget, suggestion: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save a copy as"), suggestion, _tr(PLAN_FILTER))
    return path or None


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
