"""Chinese public holidays (mainland statutory days off) from the maintained ``holidays`` package.

Holidays whose dates move each year (Spring Festival, Dragon Boat, Mid-Autumn) come from the package,
never from arithmetic here. Each year is built once and cached: the calendar asks for a day at a time.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping


@lru_cache(maxsize=32)
def public_holidays(year: int) -> Mapping[date, str]:
    """Public holidays of one year in China as ``{date: English name}`` (empty if the package cannot tell)."""
    try:
        import holidays
    except ImportError:  # pragma: no cover - the package is a dependency; degrade to "no holidays"
        return MappingProxyType({})
    try:
        table = holidays.China(years=year)
    except Exception:  # noqa: BLE001 - an unsupported year is "no known holidays", not a crash
        return MappingProxyType({})
    return MappingProxyType(dict(table.items()))


@lru_cache(maxsize=32)
def public_holidays_zh(year: int) -> Mapping[date, str]:
    """The same days with their Chinese names (falls back to English where no translation is shipped)."""
    try:
        import holidays

        table = holidays.China(years=year, language="zh_CN")
        return MappingProxyType(dict(table.items()))
    except Exception:  # noqa: BLE001
        return public_holidays(year)


def is_warm() -> bool:
    """True once a year has been built: the first one imports the package's calendars (~0.15 s)."""
    return public_holidays.cache_info().currsize > 0


def warm_up(years: range | None = None) -> None:
    """Import the package and build the years around today, so later look-ups are instant.

    The UI calls this on a worker thread at start-up instead of paying for it on the UI thread.
    """
    today = date.today()
    for year in years or range(today.year - 1, today.year + 3):
        public_holidays(year)


def holiday_name(day: date) -> str | None:
    """The public holiday on a China date, or None."""
    return public_holidays(day.year).get(day)


def holidays_between(first: date, last: date) -> dict[date, str]:
    """All public holidays from ``first`` to ``last`` inclusive."""
    out: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in public_holidays(year).items():
            if first <= day <= last:
                out[day] = name
    return dict(sorted(out.items()))
