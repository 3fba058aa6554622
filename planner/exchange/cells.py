"""Turning cells into text, dates, times and platform keys. Numbers are in :mod:`numbers`."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from planner.domain.models import Platform
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.exchange.numbers import is_blank


class CellError(ValueError):
    """A cell does not hold what its column needs; the message says what was expected."""


def as_text(value: object) -> str:
    """Text of a cell. Whole numbers lose the ``.0`` Excel gives them (an ID or phone number 13800138000)."""
    if is_blank(value):
        return ""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


_DATE = re.compile(r"^(?:(?P<y>\d{4})\s*[-/.年]\s*)?(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?")
_TIME = re.compile(r"^(?P<h>\d{1,2})\s*(?:[:点時时]\s*(?P<m>\d{1,2})?\s*分?(?::(?P<s>\d{2}))?|$)")
_WEEKDAY = re.compile(r"[(（]?\s*(?:周|星期|礼拜)[一二三四五六日天][)）]?|\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\)|"
                      r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)
_SPLIT = re.compile(r"\s*(?:~|〜|～|–|—|至|到|-)\s*")


def _norm(value: object) -> str:
    return unicodedata.normalize("NFKC", str(value)).strip()


def parse_date(value: object, default_year: int | None) -> date | None:
    """A date from a date cell or text: 2027-06-17, 2027/6/17, 2027年6月17日, 6月17日(周四), 6/17."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _WEEKDAY.sub("", _norm(value)).strip()
    m = _DATE.match(text)
    if not m or text[m.end():].strip():
        raise CellError(QT_TRANSLATE_NOOP("Import", "is not a date (expected e.g. 2027-06-17 or 6月17日)"))
    year = int(m.group("y")) if m.group("y") else default_year
    if year is None:
        raise CellError(QT_TRANSLATE_NOOP("Import", "has no year; write the full date, e.g. 2027-06-17"))
    try:
        return date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        raise CellError(QT_TRANSLATE_NOOP("Import", "is not a real calendar date")) from None


class DayEnd(time):
    """24:00: midnight at the end of the day the cell's date names (equal to 00:00 as a time of day)."""

    def __format__(self, spec: str) -> str:
        return "24:00" if spec in ("%H:%M", "") else super().__format__(spec)

    def __reduce__(self):  # keep the type across a helper process
        return (DayEnd, (0, 0))


END_OF_DAY = DayEnd(0, 0)


def _parse_clock(text: str) -> tuple[time, bool]:
    """A wall-clock time; the flag says it was 24:00 (midnight at the end of the day, :data:`END_OF_DAY`)."""
    m = _TIME.match(text)
    if not m or text[m.end():].strip():
        raise CellError(QT_TRANSLATE_NOOP("Import", "is not a time (expected e.g. 20:00)"))
    h, mi, s = int(m.group("h")), int(m.group("m") or 0), int(m.group("s") or 0)
    if (h, mi, s) == (24, 0, 0):
        return END_OF_DAY, True
    if not (0 <= h < 24 and 0 <= mi < 60 and 0 <= s < 60):
        raise CellError(QT_TRANSLATE_NOOP("Import", "is not a time of day (hours 0–23, minutes 0–59)"))
    return time(h, mi, s), False


WhenValue = datetime | time
"""A start or end cell: a full (naive) datetime, or a time of day to combine with the date column."""


def parse_when(value: object, default_year: int | None) -> tuple[WhenValue | None, WhenValue | None]:
    """A start cell: ``2027-06-17 20:00``, ``20:00``, a datetime/time cell, or a span ``20:00-23:00``.

    Returns ``(start, end)``; ``end`` is set only for a span. 24:00 is the end of the day, as a start and as
    an end: with a date it is 00:00 of the next day; as a time of day it is :data:`END_OF_DAY`.
    """
    if is_blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.replace(tzinfo=None), None
    if isinstance(value, time):
        return value.replace(tzinfo=None), None
    if isinstance(value, date):
        raise CellError(QT_TRANSLATE_NOOP("Import", "is a date without a time of day"))
    if isinstance(value, timedelta) and timedelta(0) <= value <= timedelta(days=1):
        value = value.total_seconds() / 86400  # a [h]:mm cell: a fraction of a day, as below
    if isinstance(value, (int, float)) and not isinstance(value, bool) and (
            0 <= value < 1 or (isinstance(value, float) and value == 1.0)):
        if value == 1:
            return END_OF_DAY, None  # Excel stores a typed 24:00 as one whole day
        return (datetime(2000, 1, 1) + timedelta(days=float(value))).time().replace(microsecond=0), None
    text = _WEEKDAY.sub(" ", _norm(value)).strip().replace("T", " ")
    m = _DATE.match(text)
    if m:
        rest = text[m.end():].strip()
        if not rest:
            raise CellError(QT_TRANSLATE_NOOP("Import", "is a date without a time of day"))
        day = parse_date(text[:m.end()], default_year)
        spans = _SPLIT.split(rest)
        if len(spans) > 2:
            raise CellError(QT_TRANSLATE_NOOP("Import", "is not a date and time (expected e.g. 2027-06-17 20:00)"))
        start, is24 = _parse_clock(spans[0])
        end = _parse_clock(spans[1])[0] if len(spans) == 2 else None
        return datetime.combine(day, start) + timedelta(days=1 if is24 else 0), end  # type: ignore[arg-type]
    parts = _SPLIT.split(text)
    if len(parts) > 2:
        raise CellError(QT_TRANSLATE_NOOP("Import", "is not a time (expected e.g. 20:00 or 20:00-23:00)"))
    start, _ = _parse_clock(parts[0])
    end = _parse_clock(parts[1])[0] if len(parts) == 2 else None
    return start, end


def parse_end(value: object, default_year: int | None) -> WhenValue | None:
    start, span_end = parse_when(value, default_year)
    if span_end is not None:
        raise CellError(QT_TRANSLATE_NOOP("Import", "is a span; the end column takes one time"))
    return start


class PlatformLookup:
    """Platform keys from names in either language and the usual abbreviations (抖音, Taobao Live, xhs …)."""

    _ALIASES = {
        "taobao_live": ("taobao", "淘宝", "淘宝直播", "点淘", "天猫", "tmall", "tb", "taobaolive"),
        "douyin": ("dy", "抖音", "抖音直播", "tiktok china", "抖店"),
        "kuaishou": ("ks", "快手", "快手直播"),
        "xiaohongshu": ("xhs", "red", "rednote", "小红书", "little red book", "红书"),
        "jd_live": ("jd", "京东", "京东直播"),
        "pinduoduo": ("pdd", "拼多多", "多多直播"),
        "wechat_channels": ("视频号", "微信视频号", "channels", "wechat", "weixin channels"),
        "bilibili": ("b站", "哔哩哔哩", "bili"),
    }

    def __init__(self, platforms: Iterable[Platform]) -> None:
        self.names: dict[str, str] = {}
        self.platforms = {p.key: p for p in platforms}
        for p in self.platforms.values():
            for name in (p.key, p.name_en, p.name_zh, re.sub(r"\s*\(.*\)$", "", p.name_en), p.label):
                if name:
                    self.names[self._key(name)] = p.key
            for alias in self._ALIASES.get(p.key, ()):
                self.names.setdefault(self._key(alias), p.key)

    @staticmethod
    def _key(name: str) -> str:
        return re.sub(r"[\s_·\-]+", "", unicodedata.normalize("NFKC", name).lower())

    def key(self, value: object) -> str:
        text = as_text(value)
        found = self.names.get(self._key(text))
        if found is None:
            known = ", ".join(f"{p.name_en} / {p.name_zh}" for p in self.platforms.values())
            raise CellError(QT_TRANSLATE_NOOP("Import", "is not a platform of this plan (known: {known})").format(
                known=known))
        return found

    def name(self, key: str, lang: str) -> str:
        p = self.platforms.get(key)
        if p is None:
            return key
        return (p.name_zh or p.name_en) if lang == "zh" else p.name_en

