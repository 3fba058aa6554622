"""Chinese public holidays (mainland statutory days off) from the maintained ``holidays`` package.

Holidays whose dates move each year (Spring Festival, Dragon Boat, Mid-Autumn) come from the package,
never from arithmetic here. Each year is built once and cached: the calendar asks for a day at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping

from planner.domain.text import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from planner.domain.models import FestivalWindow

#: The names the ``holidays`` package gives China's days off, and the holiday windows of the festival library
#: shipped in ``data/festivals.csv``, for the translation tools (:func:`holiday_text` finds them by name).
_NAMES = (
    QT_TRANSLATE_NOOP("Holidays", "New Year's Day"), QT_TRANSLATE_NOOP("Holidays", "Chinese New Year's Eve"),
    QT_TRANSLATE_NOOP("Holidays", "Chinese New Year (Spring Festival)"),
    QT_TRANSLATE_NOOP("Holidays", "Chinese New Year Extended Holiday"),
    QT_TRANSLATE_NOOP("Holidays", "Tomb-Sweeping Day"), QT_TRANSLATE_NOOP("Holidays", "Labor Day"),
    QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"), QT_TRANSLATE_NOOP("Holidays", "Mid-Autumn Festival"),
    QT_TRANSLATE_NOOP("Holidays", "National Day"), QT_TRANSLATE_NOOP("Holidays", "National Day Golden Week"),
    QT_TRANSLATE_NOOP("Holidays", "Spring Festival (Chinese New Year)"),
)
_OBSERVED = QT_TRANSLATE_NOOP("Holidays", "{holiday} (observed)")
_SUBSTITUTED = QT_TRANSLATE_NOOP("Holidays", "Day off (substituted from {day})")
_BOTH = QT_TRANSLATE_NOOP("Holidays", "{first}; {second}")


def holiday_text(name: str) -> Text:
    """A holiday's English name as a translatable :class:`Text`: the package's names and its patterns
    ("… (observed)", "Day off (substituted from 01/04/2026)", two names joined by "; "); the substituted
    working day is written as an ISO date. Any other name (a holiday window the user added) is kept."""
    first, sep, second = name.partition("; ")
    if sep:
        return _BOTH.format(first=holiday_text(first), second=holiday_text(second))
    if name.endswith(" (observed)"):
        return _OBSERVED.format(holiday=holiday_text(name.removesuffix(" (observed)")))
    if name.startswith("Day off (substituted from ") and name.endswith(")"):
        us = name.removeprefix("Day off (substituted from ").removesuffix(")")
        month, _, rest = us.partition("/")
        day, _, year = rest.partition("/")
        if month.isdigit() and day.isdigit() and year.isdigit():
            return _SUBSTITUTED.format(day=f"{int(year):04d}-{int(month):02d}-{int(day):02d}")
    return Text("Holidays", name)


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


def holiday_windows_name(windows: Iterable[FestivalWindow]) -> Callable[[date], Text | None]:
    """China date → holiday name: the ``holidays`` package's days, then every day of the plan's holiday
    windows (festival library entries of kind ``"holiday"``).

    Why both: the package knows the statutory days and the days off the State Council has *published*.
    For a year whose arrangement is not out yet (2027's comes late in 2026) it has only the statutory days
    and their weekend substitutes, so National Day 2027 was Oct 1–5 on the calendar while the festival
    library (and every year's practice) says the Golden Week is Oct 1–7.
    """
    days: dict[date, str] = {}
    for w in windows:
        if w.kind != "holiday":
            continue
        d = w.start
        while d <= w.end:
            days.setdefault(d, w.name_en)
            d += timedelta(days=1)

    def name(day: date) -> Text | None:
        found = public_holidays(day.year).get(day) or days.get(day)
        return holiday_text(found) if found else None

    return name


def days_off(first: date, last: date, windows: Iterable[FestivalWindow] = ()) -> dict[date, Text]:
    """Public holidays from ``first`` to ``last`` inclusive: the package's and the holiday windows' days
    (see :func:`holiday_windows_name`)."""
    name = holiday_windows_name(windows)
    out: dict[date, Text] = {}
    d = first
    while d <= last:
        n = name(d)
        if n:
            out[d] = n
        d += timedelta(days=1)
    return out
