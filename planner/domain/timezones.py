"""China time and the user's own zone. Always zoneinfo, never fixed offsets."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import PlannerError

CHINA_TZ = ZoneInfo("Asia/Shanghai")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PlannerError(f"Unknown time zone {name!r}; use an IANA name such as Europe/Rome") from None


def _posix_zone_name() -> str | None:
    """$TZ or the /etc/localtime link: instant where they exist (tzlocal takes ~10 ms, most of it loading
    the tzdata package), and what tzlocal itself would answer there."""
    import os

    if os.name == "nt":
        return None
    tz_env = os.environ.get("TZ", "").lstrip(":")
    if tz_env and not tz_env.startswith("/"):
        try:
            ZoneInfo(tz_env)
            return tz_env
        except (ZoneInfoNotFoundError, ValueError):
            pass  # not a zone name (e.g. a POSIX rule): the link below
    link = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in link:
        return link.split("zoneinfo/", 1)[1]
    return None


def system_zone_name() -> str:
    """The machine's IANA zone name, or UTC when it cannot be told or is not a zone this Python knows.

    ``tzlocal`` answers where the cheap POSIX reading cannot: Windows (the registry; there is no
    /etc/localtime or $TZ) and systems whose /etc/localtime is a copy rather than a link."""
    name = _posix_zone_name()
    if name is None:
        try:
            import tzlocal

            name = tzlocal.get_localzone_name()
        except Exception:  # noqa: BLE001 - an unreadable system setting falls back to UTC
            return "UTC"
    try:
        ZoneInfo(name or "")
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name or "UTC"


def china_time(dt: datetime) -> datetime:
    return dt.astimezone(CHINA_TZ)


def china_date(dt: datetime) -> date:
    return dt.astimezone(CHINA_TZ).date()


def from_china(day: date, at: time) -> datetime:
    """An aware UTC datetime for a wall-clock time in China."""
    return datetime.combine(day, at, tzinfo=CHINA_TZ).astimezone(timezone.utc)


def to_zone(dt: datetime, zone_name: str) -> datetime:
    return dt.astimezone(zone(zone_name))
