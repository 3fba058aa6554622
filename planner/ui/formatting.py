"""Numbers as marketers read them: thousands separators, currency, percent, China time beside local time."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QCoreApplication

from planner.domain.text import Named, Text, message_of
from planner.domain.timezones import CHINA_TZ, zone
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

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
    "name": QT_TRANSLATE_NOOP("Fields", "Name"), "platform": QT_TRANSLATE_NOOP("Fields", "Platform"),
    "tier": QT_TRANSLATE_NOOP("Fields", "Tier"), "followers": QT_TRANSLATE_NOOP("Fields", "Followers"),
    "typical_viewers": QT_TRANSLATE_NOOP("Fields", "Typical viewers"),
    "slot_fee": QT_TRANSLATE_NOOP("Fields", "Slot fee"), "commission_rate": QT_TRANSLATE_NOOP("Fields", "Commission"),
    "currency": QT_TRANSLATE_NOOP("Fields", "Currency"), "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "budget": QT_TRANSLATE_NOOP("Fields", "Budget"), "other_costs": QT_TRANSLATE_NOOP("Fields", "Other costs"),
    "margin": QT_TRANSLATE_NOOP("Fields", "Margin"), "objective": QT_TRANSLATE_NOOP("Fields", "Objective"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"), "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "start": QT_TRANSLATE_NOOP("Fields", "Start"), "duration_min": QT_TRANSLATE_NOOP("Fields", "Duration"),
    "paid_budget": QT_TRANSLATE_NOOP("Fields", "Paid traffic"), "session_type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "value": QT_TRANSLATE_NOOP("Fields", "Median"), "low": QT_TRANSLATE_NOOP("Fields", "P10 (low)"),
    "high": QT_TRANSLATE_NOOP("Fields", "P90 (high)"), "metric": QT_TRANSLATE_NOOP("Fields", "Metric"),
    "handle": QT_TRANSLATE_NOOP("Fields", "Handle"), "brand_minutes": QT_TRANSLATE_NOOP("Fields", "Brand minutes"),
    "avg_order_value": QT_TRANSLATE_NOOP("Fields", "Order value"),
    "conversion_rate": QT_TRANSLATE_NOOP("Fields", "Conversion"),
    "return_rate": QT_TRANSLATE_NOOP("Fields", "Return rate"), "basis": QT_TRANSLATE_NOOP("Fields", "Basis"),
}


def field_message(field: str, message: str) -> str:
    """"Slot fee: must be 0 or more", with the language's colon ("坑位费：必须大于或等于 0")."""
    return QCoreApplication.translate("Fields", "{field}: {message}").format(field=field_label(field), message=message)


def problem_text(problem) -> str:
    """A :class:`planner.domain.errors.Problem` on one line in the UI language: "row 4, 场观 = '12万x': …"."""
    value = QCoreApplication.translate("Fields", "{field} = {value}").format(field=problem.field,
                                                                            value=repr(problem.value))
    line = QCoreApplication.translate("Fields", "{field}: {message}").format(field=value, message=text(problem.message))
    return QCoreApplication.translate("Fields", "{where}, {problem}").format(where=text(problem.where), problem=line) \
        if problem.where else line


def field_label(field: str) -> str:
    """A record field's name as the tables show it, in the UI language."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Fields", label) if label else field.replace("_", " ").capitalize()


def error_text(exc: BaseException) -> str:
    """An error's message in the UI language when the Qt-free layers wrote it translatable (a file refused
    on import, say), else as it is."""
    return text(message_of(exc))


def refusal(exc: Exception) -> str:
    """A refused edit's message in the table's words: "Paid traffic: must be 0 or more" rather than
    "Invalid session: paid_budget = -100.0: must be 0 or more"."""
    from planner.domain.errors import ValidationError

    if not isinstance(exc, ValidationError) or not exc.problems:
        return error_text(exc)
    return "; ".join(field_message(p.field, text(p.message)) for p in exc.problems)


def text(message: object) -> str:
    """A message from the Qt-free layers (a :class:`planner.domain.text.Text`) in the UI language: its
    template translated through the catalogue, its figures in the UI's number format. Any other value is
    shown as it is; a translation whose fields do not match its template falls back to the English."""
    if isinstance(message, Named):
        return message.zh if _LOCALE == "zh_CN" and message.zh else str(message)
    if not isinstance(message, Text):
        return str(message)
    translated = QCoreApplication.translate(message.context, message.template)
    if not message.fields:
        return translated
    try:
        return translated.format_map({k: _local(v) for k, v in message.fields.items()})
    except (KeyError, IndexError, ValueError):
        return str(message)


class _LocalNumber:
    """A number filled into a translated template: formatted by the template's spec, then given the UI
    language's separators (``{n:,}`` gives 1.234 in Italian; an amount ``{cost:,.0f}`` gives 197万 in Chinese
    when 万/亿 are on)."""

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        if "," in spec and spec.endswith("f"):  # an amount: 万/亿 in Chinese, as every other figure shows
            wan = _wan(float(self.value))
            if wan:
                return wan
        return localise(format(self.value, spec))


def _local(value: object) -> object:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _LocalNumber(value)
    return text(value)
