"""China time and the user's own zone. Always zoneinfo, never fixed offsets."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.domain.errors import PlannerError

CHINA_TZ = ZoneInfo("Asia/Shanghai")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PlannerError(f"Unknown time zone {name!r}; use an IANA name such as Europe/Rome") from None


def system_zone_name() -> str:
    """The machine's IANA zone name, or UTC when it cannot be told."""
    try:
        import time as _time

        local = datetime.now().astimezone().tzinfo
        key = getattr(local, "key", None)
        if key:
            return key
        import os

        tz_env = os.environ.get("TZ")
        if tz_env and tz_env in available_timezones():
            return tz_env
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            return link.split("zoneinfo/", 1)[1]
        del _time
    except Exception:  # noqa: BLE001 - any failure falls back to UTC
        pass
    return "UTC"


def china_time(dt: datetime) -> datetime:
    return dt.astimezone(CHINA_TZ)


def china_date(dt: datetime) -> date:
    return dt.astimezone(CHINA_TZ).date()


def from_china(day: date, at: time) -> datetime:
    """An aware UTC datetime for a wall-clock time in China."""
    return datetime.combine(day, at, tzinfo=CHINA_TZ).astimezone(timezone.utc)


def to_zone(dt: datetime, zone_name: str) -> datetime:
    return dt.astimezone(zone(zone_name))
