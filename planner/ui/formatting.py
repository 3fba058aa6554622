"""Numbers as marketers read them: thousands separators, currency, percent, China time beside local time."""

from __future__ import annotations

import math
from typing import cast
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from planner.domain.timezones import CHINA_TZ, zone

DASH = "—"
#: The UI language figures follow ("en", "zh_CN", "it_IT"); set by :func:`planner.ui.i18n.install`.
_LOCALE = "en"
#: In Chinese, large figures as 万 (10^4) and 亿 (10^8), as Chinese dashboards show them.
_CHINESE_UNITS = True
_WEEKDAYS = {"zh_CN": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
             "it_IT": ("lun", "mar", "mer", "gio", "ven", "sab", "dom")}
_MONTHS = {"it_IT": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic")}
_MONTHS_LONG = {"it_IT": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                          "settembre", "ottobre", "novembre", "dicembre")}


def set_locale(language: str, chinese_units: bool | None = None) -> None:
    """Make figures follow ``language``; ``chinese_units`` (default: the Preferences choice) turns 万/亿 on."""
    global _LOCALE, _CHINESE_UNITS
    _LOCALE = language
    if chinese_units is None:
        from planner.ui import settings

        chinese_units = settings.chinese_units()
    _CHINESE_UNITS = chinese_units


def locale_name() -> str:
    return _LOCALE


def chinese_units() -> bool:
    """True when large figures are shown as 万/亿 (the UI is in Chinese and the option is on)."""
    return _LOCALE == "zh_CN" and _CHINESE_UNITS


_ITALIAN_SEPARATORS: dict[str, str | int | None] = {",": ".", ".": ","}


def localise(text: str) -> str:
    """English-formatted digits (``1,234.5``) in the UI language's separators (``1.234,5`` in Italian)."""
    if _LOCALE == "it_IT":
        return text.translate(str.maketrans(_ITALIAN_SEPARATORS))
    return text


def _wan(v: float) -> str | None:
    """``12.3万`` / ``1.23亿`` when 万/亿 are on and ``v`` is at least 10万; else None."""
    if not chinese_units() or abs(v) < 1e5:
        return None
    if abs(v) >= 1e8:
        return f"{v / 1e8:,.2f}".rstrip("0").rstrip(".") + "亿"
    return f"{v / 1e4:,.1f}".rstrip("0").rstrip(".") + "万"


def _bad(value: object) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def number(value: float | None, decimals: int = 0) -> str:
    if _bad(value):
        return DASH
    return _wan(float(value)) or localise(f"{value:,.{decimals}f}")  # type: ignore[arg-type]


def compact(value: float | None) -> str:
    """Short form for big figures: 1.2M, 35.0k (tooltips carry the full number)."""
    if _bad(value):
        return DASH
    v = float(value)  # type: ignore[arg-type]
    if _LOCALE == "zh_CN" and abs(v) >= 1e4:
        return f"{v / 1e8:,.1f}亿" if abs(v) >= 1e8 else f"{v / 1e4:,.1f}万"
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= limit:
            return localise(f"{v / limit:,.1f}{suffix}")
    return localise(f"{v:,.0f}")


def money(value: float | None, currency: str = "CNY", decimals: int = 0) -> str:
    if _bad(value):
        return DASH
    if _LOCALE == "it_IT":  # 1.234,56 € / 1.234 CNY
        return f"{number(value, decimals)} {'€' if currency == 'EUR' else currency}"
    return f"{currency} {number(value, decimals)}"


def percent(rate: float | None, decimals: int = 1) -> str:
    if _bad(rate):
        return DASH
    return localise(f"{cast(float, rate) * 100:.{decimals}f}%")  # (not None: _bad)


def ratio(value: float | None, decimals: int = 2) -> str:
    """ROI style: 3.25×."""
    if _bad(value):
        return DASH
    return localise(f"{value:,.{decimals}f}×")


def value_range(low: float | None, high: float | None, fmt=number) -> str:
    if _bad(low) or _bad(high):
        return ""
    return f"{fmt(low)} – {fmt(high)}"


def _weekday(dt: datetime) -> str:
    names = _WEEKDAYS.get(_LOCALE)
    return names[dt.weekday()] if names else f"{dt:%a}"


def weekday_short(index: int) -> str:
    """Monday = 0: ``Mon`` / ``周一`` / ``lun``."""
    names = _WEEKDAYS.get(_LOCALE)
    return names[index] if names else ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[index]


def day_month(day: date, year: bool = False) -> str:
    """``24 May`` (``24 May 2027``) / ``5月24日`` (``2027年5月24日``) / ``24 mag`` (``24 mag 2027``)."""
    if _LOCALE == "zh_CN":
        return (f"{day.year}年" if year else "") + f"{day.month}月{day.day}日"
    if _LOCALE == "it_IT":
        return f"{day.day:02d} {_MONTHS['it_IT'][day.month - 1]}" + (f" {day.year}" if year else "")
    return f"{day:%d %b %Y}" if year else f"{day:%d %b}"


def short_day(day: date) -> str:
    """A calendar column's heading: ``Mon 24 May`` / ``5月24日 周一`` / ``lun 24 mag``."""
    if _LOCALE == "zh_CN":
        return f"{day.month}月{day.day}日 {weekday_short(day.weekday())}"
    return f"{weekday_short(day.weekday())} {day_month(day)}"


def month_year(day: date) -> str:
    """``May 2027`` / ``2027年5月`` / ``maggio 2027``."""
    if _LOCALE == "zh_CN":
        return f"{day.year}年{day.month}月"
    if _LOCALE == "it_IT":
        return f"{_MONTHS_LONG['it_IT'][day.month - 1]} {day.year}"
    return f"{day:%B %Y}"


def china_time(dt: datetime) -> str:
    china = dt.astimezone(CHINA_TZ)
    return f"{china:%Y-%m-%d} {_weekday(china)} {china:%H:%M}"


def zone_span(start: datetime, minutes: int, zone_name: str) -> str:
    """A session's span in another zone in the UI language: ``Tue 14:00–18:00 Europe/Rome`` / ``周二 14:00–18:00
    Europe/Rome`` (the day added when it differs from China's)."""
    from planner.domain.schedule import zone_span as span

    return span(start, minutes, zone_name, weekday=weekday_short, day=short_day)


def local_time(dt: datetime, zone_name: str) -> str:
    """The same moment in the user's zone, e.g. ``Mon 14:00 Europe/Rome``."""
    local = dt.astimezone(zone(zone_name))
    if _LOCALE == "zh_CN":
        return f"{local.month}月{local.day}日 {_weekday(local)} {local:%H:%M} {zone_name}"
    if _LOCALE == "it_IT":
        return f"{_weekday(local)} {local:%d} {_MONTHS['it_IT'][local.month - 1]} {local:%H:%M} {zone_name}"
    return f"{local:%a %d %b %H:%M} {zone_name}"


def china_and_local(dt: datetime, zone_name: str) -> str:
    text = QCoreApplication.translate("Formatting", "{time} China time").format(time=china_time(dt))
    if zone_name not in ("Asia/Shanghai", "Asia/Chongqing", "PRC"):
        text += f" ({local_time(dt, zone_name)})"
    return text


def duration(minutes: int | None) -> str:
    if minutes is None:
        return DASH
    h, m = divmod(int(minutes), 60)
    if _LOCALE == "zh_CN":
        return f"{h} 小时 {m:02d} 分钟" if h else f"{m} 分钟"
    return f"{h} h {m:02d} min" if h else f"{m} min"


#: How a record's fields are called on screen (a refused edit names the field the way the table does).
FIELD_LABELS = {
    "name": "Name", "platform": "Platform", "tier": "Tier", "followers": "Followers",
    "typical_viewers": "Typical viewers", "slot_fee": "Slot fee", "commission_rate": "Commission",
    "currency": "Currency", "status": "Status", "budget": "Budget", "other_costs": "Other costs",
    "margin": "Margin", "objective": "Objective", "end_date": "End date", "start_date": "Start date",
    "start": "Start", "duration_min": "Duration", "paid_budget": "Paid traffic", "session_type": "Type",
    "value": "Median", "low": "P10 (low)", "high": "P90 (high)", "metric": "Metric",
}


def refusal(exc: Exception) -> str:
    """A refused edit's message in the table's words: "Paid traffic: must be 0 or more" rather than
    "Invalid session: paid_budget = -100.0: must be 0 or more"."""
    from planner.domain.errors import ValidationError

    if not isinstance(exc, ValidationError) or not exc.problems:
        return str(exc)
    return "; ".join(f"{FIELD_LABELS.get(p.field, p.field.replace('_', ' ').capitalize())}: {p.message}"
                     for p in exc.problems)
