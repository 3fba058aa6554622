"""Reading the number forms Chinese spreadsheets use: 1.2万, 3.5w, 1亿, "7.5w~10w", 20%, ¥12,000.

Every parser takes what a cell holds (a number, a string, or empty) and either returns a value or raises
:class:`NumberFormatError` with a message a marketer can act on. Empty cells give ``None``.

Ranges ("7.5w~10w", "10-20万") come from data-tool exports that bucket audiences. They are returned as
:class:`NumRange`; the importer reads a range as its **midpoint** (the best single estimate of a bucket)
and reports a warning so the user sees what was assumed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import time, timedelta
from decimal import Decimal, InvalidOperation

from planner.domain.text import QT_TRANSLATE_NOOP


class NumberFormatError(ValueError):
    """A cell that should hold a number does not; ``str(exc)`` says what was expected."""


@dataclass(frozen=True, slots=True)
class NumRange:
    low: float
    high: float

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


# Longest first, so 千万 wins over 万 and 百万 over 万.
_UNITS: tuple[tuple[str, int], ...] = (
    ("千万", 10_000_000), ("百万", 1_000_000), ("亿", 100_000_000), ("万", 10_000), ("千", 1_000),
    ("w", 10_000), ("k", 1_000),
)
_CURRENCY_MARKS = re.compile(r"^(?:rmb|cny|¥|￥|元)+|(?:rmb|cny|元|块|¥)+$")
_NUM = r"\d+(?:\.\d*)?|\.\d+"
_ONE = re.compile(rf"^(?P<sign>[-+]?)(?P<num>{_NUM})(?P<unit>千万|百万|亿|万|千|w|k)?$")
_PLAIN = re.compile(r"\s*\d+(?:\.\d+)?\s*\Z")
_FAST = re.compile(r"\s*(?:¥|￥|RMB\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|w|W|亿|千|k|K)?\s*\Z")
_FAST_UNITS = {"万": 10_000, "w": 10_000, "W": 10_000, "亿": 100_000_000, "千": 1_000, "k": 1_000, "K": 1_000}
_RANGE_SEP = re.compile(r"\s*(?:~|〜|～|–|—|至|到|-)\s*")


def _text(value: object) -> str:
    # NFKC turns full-width digits, ％, ，, ～ and ＋ into their ASCII forms.
    return unicodedata.normalize("NFKC", str(value)).strip().lower()


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and math.isnan(value))


def _one(text: str) -> float:
    m = _ONE.match(text)
    if not m:
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a number (expected e.g. 12000, 1.2万, 3.5w or ¥8,000)"))
    try:
        num = Decimal(m.group("num"))
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a number")) from None
    unit = m.group("unit")
    if unit:
        num *= dict(_UNITS)[unit]
    if m.group("sign") == "-":
        num = -num
    return float(num)


def parse_number(value: object, *, allow_range: bool = True) -> float | NumRange | None:
    """A number from a cell: ``12000``, ``"1.2万"``, ``"3.5w"``, ``"1亿"``, ``"¥12,000"``, ``"10万+"``.

    With ``allow_range``, ``"7.5w~10w"`` and ``"10-20万"`` (a unit after the second bound applies to
    both) give a :class:`NumRange`. Returns ``None`` for an empty cell.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is a true/false value, not a number"))
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a finite number"))
        return float(value)
    if _PLAIN.match(value):  # type: ignore[call-overload]
        return float(value)  # type: ignore[arg-type]  # the common case, without the regex work below
    if m := _FAST.match(value):  # type: ignore[call-overload]  # ¥12,000 / 1.2万 / 3.5w: one regex, not eight
        num = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3):
            num *= _FAST_UNITS[m.group(3)]
        return float(num)
    text = _text(value)
    text = _CURRENCY_MARKS.sub("", text).strip()
    text = re.sub(r"(?<=\d)[,\s'](?=\d{3})", "", text)  # thousands separators: 1,200,000 / 1 200 000
    text = text.replace(" ", "")
    if text.endswith("+") and len(text) > 1:
        text = text[:-1]  # "10万+" is a bucket's lower bound; read it as that bound
    if not text:
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a number"))
    # A leading minus is a sign; a separator between two numbers is a range.
    body, sign = (text[1:], "-") if text[0] in "-+" else (text, "")
    parts = _RANGE_SEP.split(body)
    if len(parts) == 2 and parts[0] and parts[1]:
        if not allow_range:
            raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is a range; give a single number"))
        low_t, high_t = sign + parts[0], parts[1]
        high_unit = _ONE.match(high_t)
        low_unit = _ONE.match(low_t)
        if high_unit and high_unit.group("unit") and low_unit and not low_unit.group("unit"):
            low_t += high_unit.group("unit")  # "10-20万" means 10万 to 20万
        low, high = _one(low_t), _one(high_t)
        if low > high:
            raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is a range whose low end is above its high end"))
        return NumRange(low, high)
    if len(parts) > 2:
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a number"))
    return _one(text)


def parse_single(value: object) -> tuple[float | None, NumRange | None]:
    """A number, reading a range as its midpoint; also returns the range so the caller can warn."""
    n = parse_number(value)
    if isinstance(n, NumRange):
        return n.mid, n
    return n, None


def parse_percent(value: object, *, header_is_percent: bool = False) -> float | None:
    """A share between 0 and 1: ``"20%"`` → 0.2, ``0.2`` → 0.2, ``"20"`` → 0.2.

    A bare number above 1 is read as a percentage (nobody pays a 2000 % commission); with
    ``header_is_percent`` (a header such as "佣金比例(%)"), every bare number is a percentage.
    Decimal arithmetic keeps "22.5%" exactly the float 0.225, so exports round-trip.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is a true/false value, not a percentage"))
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a finite number"))
        dec = Decimal(repr(float(value)))
        return float(dec / 100) if header_is_percent or dec > 1 else float(value)
    text = _text(value).replace(" ", "")
    percent = text.endswith("%")
    text = text.rstrip("%")
    if not re.fullmatch(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)", text):
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a percentage (expected e.g. 20% or 0.2)"))
    dec = Decimal(text)
    if percent or header_is_percent or dec > 1:
        dec /= 100
    return float(dec)


def format_percent(rate: float) -> str:
    """``0.225`` → ``"22.5%"``; rounding away float noise so :func:`parse_percent` gives ``rate`` back."""
    return f"{round(rate * 100, 8):.12g}%"


_DURATION = re.compile(
    r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours|小时|个小时|時間|钟头))?\s*"
    r"(?:(?P<m>\d+(?:\.\d+)?)\s*(?:m|min|mins|minute|minutes|分钟|分))?$")


def parse_duration(value: object, *, unit_minutes: int = 1) -> int | None:
    """Minutes from ``180``, ``"180分钟"``, ``"3小时"``, ``"2.5h"``, ``"3:30"`` or a time/timedelta cell.

    A bare number is in minutes, or in ``unit_minutes`` (60 when the header says 小时 / hours).
    """
    if is_blank(value):
        return None
    if isinstance(value, timedelta):
        minutes = value.total_seconds() / 60
    elif isinstance(value, time):
        minutes = value.hour * 60 + value.minute + value.second / 60
    elif isinstance(value, bool):
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is a true/false value, not a duration"))
    elif isinstance(value, (int, float)):
        minutes = float(value) * unit_minutes
    else:
        text = _text(value).replace(" ", "")
        if m := re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text):
            minutes = int(m.group(1)) * 60 + int(m.group(2))
        elif re.fullmatch(r"\d+(?:\.\d+)?", text):
            minutes = float(text) * unit_minutes
        elif (m := _DURATION.match(text)) and (m.group("h") or m.group("m")):
            minutes = float(m.group("h") or 0) * 60 + float(m.group("m") or 0)
        else:
            raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a duration (expected minutes, e.g. 180, 3小时, 2.5h or 3:00)"))
    if not math.isfinite(minutes) or abs(minutes - round(minutes)) > 1e-6:
        raise NumberFormatError(QT_TRANSLATE_NOOP("Import", "is not a whole number of minutes"))
    return int(round(minutes))
