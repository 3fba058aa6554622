"""China time beside the user's zone, across both daylight-saving changes of a year (China has none)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from planner.domain.errors import PlannerError
from planner.domain.schedule import china_midnight, zone_hour_labels, zone_span
from planner.domain.timezones import CHINA_TZ, china_date, china_time, from_china, to_zone, zone

ROME = "Europe/Rome"


def rome(dt: datetime) -> datetime:
    return to_zone(dt, ROME)


def test_stored_in_utc():
    start = from_china(date(2027, 6, 1), time(20))
    assert start.tzinfo == timezone.utc
    assert start == datetime(2027, 6, 1, 12, tzinfo=timezone.utc)
    assert china_time(start).hour == 20 and china_date(start) == date(2027, 6, 1)


@pytest.mark.parametrize(("day", "rome_hour"), [(date(2027, 1, 15), 13), (date(2027, 7, 15), 14)])
def test_20h_china_is_13h_rome_in_january_and_14h_in_july(day, rome_hour):
    local = rome(from_china(day, time(20)))
    assert (local.hour, local.minute, local.date()) == (rome_hour, 0, day)


def test_spring_forward_in_rome():
    # Rome moves from 02:00 CET to 03:00 CEST on Sunday 28 March 2027 (01:00 UTC).
    before = rome(from_china(date(2027, 3, 28), time(8)))  # 00:00 UTC
    after = rome(from_china(date(2027, 3, 28), time(10)))  # 02:00 UTC
    assert (before.hour, before.utcoffset()) == (1, timedelta(hours=1))
    assert (after.hour, after.utcoffset()) == (4, timedelta(hours=2))
    # Two China hours apart, three Rome hours apart on the wall clock: 02:00 never happened in Rome.
    assert after.hour - before.hour == 3
    # The day before and the day after: 7 and 6 hours behind China.
    assert rome(from_china(date(2027, 3, 27), time(20))).hour == 13
    assert rome(from_china(date(2027, 3, 29), time(20))).hour == 14


def test_fall_back_in_rome():
    # Rome moves from 03:00 CEST back to 02:00 CET on Sunday 31 October 2027 (01:00 UTC).
    first = rome(from_china(date(2027, 10, 31), time(8, 30)))  # 00:30 UTC
    second = rome(from_china(date(2027, 10, 31), time(9, 30)))  # 01:30 UTC
    assert (first.hour, first.minute, first.fold) == (2, 30, 0)
    assert (second.hour, second.minute, second.fold) == (2, 30, 1)  # the same wall time, an hour later
    assert first.utcoffset() == timedelta(hours=2) and second.utcoffset() == timedelta(hours=1)
    assert second.astimezone(timezone.utc) - first.astimezone(timezone.utc) == timedelta(hours=1)
    # Round trip back to China time is exact on both sides of the switch.
    assert china_time(second).hour == 9 and china_time(first).hour == 8


def test_china_never_shifts():
    offsets = {datetime(2027, m, 1, 12, tzinfo=CHINA_TZ).utcoffset() for m in range(1, 13)}
    assert offsets == {timedelta(hours=8)}


def test_hour_labels_show_both_readings_in_a_week_with_a_change():
    winter = [date(2027, 3, 15) + timedelta(days=i) for i in range(7)]
    spring_week = [date(2027, 3, 22) + timedelta(days=i) for i in range(7)]  # Mon 22 – Sun 28 March
    summer = [date(2027, 7, 5) + timedelta(days=i) for i in range(7)]
    assert zone_hour_labels(winter, ROME)[20] == "13:00"
    assert zone_hour_labels(summer, ROME)[20] == "14:00"
    assert zone_hour_labels(spring_week, ROME)[20] == "13:00/14:00"
    assert zone_hour_labels(summer, "Asia/Shanghai")[20] == "20:00"
    # New York changes on other dates (14 March and 7 November 2027).
    assert zone_hour_labels([date(2027, 3, 10)], "America/New_York")[20] == "07:00"
    assert zone_hour_labels([date(2027, 3, 16)], "America/New_York")[20] == "08:00"


def test_zone_span_names_the_zone_and_the_local_day():
    start = from_china(date(2027, 6, 1), time(3))  # 21:00 the evening before in Rome
    assert zone_span(start, 60, ROME) == "Mon 31 May 21:00–22:00 Europe/Rome"
    assert zone_span(from_china(date(2027, 1, 15), time(20)), 120, ROME) == "Fri 13:00–15:00 Europe/Rome"


def test_china_midnight_is_utc_16h_the_day_before():
    assert china_midnight(date(2027, 6, 1)) == datetime(2027, 5, 31, 16, tzinfo=timezone.utc)


def test_unknown_zone_is_a_user_error():
    with pytest.raises(PlannerError, match="Europe/Rome"):
        zone("Not/AZone")


def test_the_users_zone_comes_from_tzlocal_on_every_os(monkeypatch):
    """Windows has no /etc/localtime or $TZ: tzlocal reads the registry there. An unknown answer is UTC."""
    import tzlocal

    from planner.domain import timezones
    from planner.domain.timezones import system_zone_name

    monkeypatch.setattr(timezones, "_posix_zone_name", lambda: None)  # as on Windows
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Europe/Berlin")
    assert system_zone_name() == "Europe/Berlin"
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "Not/AZone")
    assert system_zone_name() == "UTC"

    def unreadable():
        raise OSError("no zone configured")

    monkeypatch.setattr(tzlocal, "get_localzone_name", unreadable)
    assert system_zone_name() == "UTC"


def test_the_users_zone_on_linux_is_read_from_tz_or_the_localtime_link(monkeypatch):
    from planner.domain.timezones import system_zone_name

    monkeypatch.setenv("TZ", "Europe/Rome")
    assert system_zone_name() == "Europe/Rome"
    monkeypatch.setenv("TZ", ":Asia/Tokyo")  # the glibc spelling of a zone file
    assert system_zone_name() == "Asia/Tokyo"
