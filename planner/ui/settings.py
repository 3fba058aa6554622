"""QSettings keys and defaults for UI state only (geometry, recent plans, display zone).

Plan data never lives here: it is in the SQLite plan file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
SPLITTER = "main_window/splitter"
LAST_PLAN = "plans/last"
RECENT_PLANS = "plans/recent"
DISPLAY_ZONE = "display/time_zone"
FIRST_RUN_HINT_SHOWN = "display/first_run_hint_shown"
EXCHANGE_FOLDER = "exchange/last_folder"  # where the last import was read from or export written to
LAST_CAMPAIGNS = "plans/last_campaigns"  # {plan path: id of the campaign shown last}
LANGUAGE = "display/language"  # "" follows the system; else a code of planner.ui.i18n.LANGUAGES
CHINESE_UNITS = "display/chinese_units"  # large figures as 万/亿 when the UI is in Chinese

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def display_zone() -> str:
    from planner.domain.timezones import system_zone_name

    value = settings().value(DISPLAY_ZONE, "")
    return str(value) if value else system_zone_name()


def set_display_zone(name: str) -> None:
    settings().setValue(DISPLAY_ZONE, name)


def language() -> str:
    return str(settings().value(LANGUAGE, "") or "")


def set_language(code: str) -> None:
    settings().setValue(LANGUAGE, code)


def chinese_units() -> bool:
    return str(settings().value(CHINESE_UNITS, "true")).lower() in ("true", "1")


def set_chinese_units(on: bool) -> None:
    settings().setValue(CHINESE_UNITS, "true" if on else "false")


def last_plan() -> str | None:
    value = settings().value(LAST_PLAN, "")
    return str(value) if value else None


def recent_plans() -> list[str]:
    value: Any = settings().value(RECENT_PLANS, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list on some backends
        value = [value]
    return [str(v) for v in (value or []) if v]


def remember_plan(path: str) -> None:
    s = settings()
    s.setValue(LAST_PLAN, path)
    recent = [path] + [p for p in recent_plans() if p != path]
    s.setValue(RECENT_PLANS, recent[:MAX_RECENT])


def geometry(key: str = GEOMETRY) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None


def set_geometry(value: QByteArray, key: str = GEOMETRY) -> None:
    settings().setValue(key, value)


def documents_folder() -> str:
    """The user's documents folder (the home folder when the platform has none)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def exchange_folder(avoid: tuple[str, ...] = ()) -> str:
    """The folder import and export dialogs start in: the last one used, else the user's documents.

    Never one of ``avoid`` (the plan's own folder, the hidden per-user data folder): a file dialog there
    would read the plan's files, and an export there is lost to the user."""
    from pathlib import Path

    value = str(settings().value(EXCHANGE_FOLDER, "") or "")
    banned = {str(Path(a).resolve()) for a in avoid if a}
    if value and Path(value).is_dir() and str(Path(value).resolve()) not in banned:
        return value
    return documents_folder()


def remember_exchange_folder(folder: str) -> None:
    settings().setValue(EXCHANGE_FOLDER, folder)


def last_campaign(plan_path: str) -> int | None:
    """The campaign last shown in this plan (an id; the plan may have lost it since)."""
    value = settings().value(LAST_CAMPAIGNS, {})
    stored = value.get(plan_path) if isinstance(value, dict) else None
    try:
        return int(stored) if stored is not None else None
    except (TypeError, ValueError):
        return None


def set_last_campaign(plan_path: str, campaign_id: int | None) -> None:
    s = settings()
    value = s.value(LAST_CAMPAIGNS, {})
    value = dict(value) if isinstance(value, dict) else {}
    if campaign_id is None:
        value.pop(plan_path, None)
    else:
        value[plan_path] = int(campaign_id)
    recent = set(recent_plans()) | {plan_path}  # forget plans that left the recent list
    s.setValue(LAST_CAMPAIGNS, {k: v for k, v in value.items() if k in recent})
