"""Cutting sessions into China days one day at a time (DaySegments) gives what cutting them all does."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.models import Session
from planner.domain.timezones import CHINA_TZ
from planner.ui.views.calendar_layout import DAY_MIN, DaySegments, Segment


def segments_by_day(sessions: list[Session]) -> dict[date, list[Segment]]:
    """The reference: every session cut into China-day segments at once, each day's list sorted by start
    (how the calendar did it before DaySegments)."""
    out: dict[date, list[Segment]] = {}
    for s in sessions:
        local = s.start.astimezone(CHINA_TZ)
        m0 = local.hour * 60 + local.minute
        m1 = m0 + s.duration_min
        day = local.date()
        out.setdefault(day, []).append(Segment(s, m0, min(m1, DAY_MIN), continues=m1 > DAY_MIN))
        rest, d = m1 - DAY_MIN, day
        while rest > 0:
            d = d + timedelta(days=1)
            out.setdefault(d, []).append(Segment(s, 0, min(rest, DAY_MIN), continued=True,
                                                 continues=rest > DAY_MIN))
            rest -= DAY_MIN
    for segs in out.values():
        segs.sort(key=lambda g: (g.start_min, -g.end_min, g.session.id or 0))
    return out


T0 = datetime(2027, 6, 14, 15, 0, tzinfo=timezone.utc)  # 23:00 China time, a Monday


def _session(i: int, offset_min: int, duration: int, seconds: int) -> Session:
    return Session(campaign_id=1, host_id=1 + i % 3, start=T0 + timedelta(minutes=offset_min, seconds=seconds),
                   duration_min=duration, id=i + 1)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-3 * 1440, 3 * 1440), st.integers(15, 720), st.integers(0, 59)),
                max_size=40))
def test_day_by_day_equals_all_at_once(specs):
    sessions = [_session(i, *spec) for i, spec in enumerate(specs)]
    every = segments_by_day(sessions)
    lazy = DaySegments(list(reversed(sessions)))  # any order in, start order inside
    for day in (date(2027, 6, 8) + timedelta(days=k) for k in range(16)):
        assert lazy.get(day, ()) == every.get(day, ()), day


def test_a_session_past_midnight_is_on_both_days():
    s = _session(0, 0, 180, 0)  # 23:00–02:00 China time
    lazy = DaySegments([s])
    first, second = lazy.get(date(2027, 6, 14)), lazy.get(date(2027, 6, 15))
    assert (first[0].start_min, first[0].end_min, first[0].continues) == (23 * 60, 1440, True)
    assert (second[0].start_min, second[0].end_min, second[0].continued) == (0, 120, True)
    assert lazy.get(date(2027, 6, 16), ()) == ()
