"""Turn what an editor hands back into the value a record field holds (parsing only, no business rules)."""

from __future__ import annotations

from datetime import datetime

from planner.domain.timezones import from_china


def to_float(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().replace(",", "").replace("，", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text[-1:] in ("%", "％"):  # "3%" is 0.03: rates are typed as percentages
        try:
            return float(text[:-1].strip()) / 100.0
        except ValueError:
            pass
    # The forms marketers type and agencies send: 1.2万, 3.5w, 1亿, ¥8,000 (same reader as imports).
    from planner.exchange.numbers import NumberFormatError, parse_number

    try:
        number = parse_number(value, allow_range=False)
    except NumberFormatError as exc:
        raise ValueError(f"{value!r} {exc}") from None
    if number is None:
        raise ValueError("a number is needed here")
    return float(number)  # type: ignore[arg-type]


def to_optional_float(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return to_float(value)


def to_int(value: object) -> int:
    number = to_float(value)
    if not number.is_integer():
        raise ValueError(f"{value!r} is not a whole number")
    return int(number)


def to_optional_int(value: object) -> int | None:
    return None if to_optional_float(value) is None else to_int(value)


CHINA_WALL_FORMAT = "%Y-%m-%d %H:%M"


def china_wall_to_utc(text: str) -> datetime:
    """``"2027-06-18 20:00"`` in China time -> aware UTC datetime."""
    try:
        wall = datetime.strptime(str(text).strip(), CHINA_WALL_FORMAT)
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time like 2027-06-18 20:00") from None
    return from_china(wall.date(), wall.time())
