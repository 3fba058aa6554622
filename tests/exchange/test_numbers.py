"""Chinese number forms, percentages and durations."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.exchange.numbers import (
    NumberFormatError, NumRange, format_percent, parse_duration, parse_number, parse_percent,
)


@pytest.mark.parametrize("text, expected", [
    ("1.2万", 12_000), ("3.5w", 35_000), ("3.5W", 35_000), ("1亿", 100_000_000), ("1.2亿", 120_000_000),
    ("¥12,000", 12_000), ("￥8,000.50", 8_000.5), ("RMB 5000", 5_000), ("5000元", 5_000), ("1,234,567", 1_234_567),
    ("１２３４", 1234), ("10万+", 100_000), ("2k", 2_000), ("300百万", 300_000_000), ("-5", -5), ("0", 0),
    (12_000, 12_000), (3.5, 3.5), ("  42 ", 42),
])
def test_single_numbers(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text, low, high", [
    ("7.5w~10w", 75_000, 100_000), ("7.5w-10w", 75_000, 100_000), ("10-20万", 100_000, 200_000),
    ("1万～5万", 10_000, 50_000), ("100至200", 100, 200), ("1亿—2亿", 1e8, 2e8),
])
def test_ranges(text, low, high):
    r = parse_number(text)
    assert isinstance(r, NumRange)
    assert (r.low, r.high) == (low, high)
    assert r.mid == (low + high) / 2


@pytest.mark.parametrize("text", ["abc", "12abc", "1.2.3", "万", "10w~", "5~3", "1--2--3", True])
def test_not_numbers(text):
    with pytest.raises(NumberFormatError):
        parse_number(text)


def test_range_refused_when_not_allowed():
    with pytest.raises(NumberFormatError, match="range"):
        parse_number("1w~2w", allow_range=False)


def test_blank_is_none():
    assert parse_number("") is None and parse_number(None) is None and parse_percent("  ") is None


@pytest.mark.parametrize("value, expected", [
    ("20%", 0.2), ("0.2", 0.2), (0.2, 0.2), ("20", 0.2), (20, 0.2), ("22.5%", 0.225), ("２０％", 0.2),
    ("0%", 0.0), (1, 1.0), ("100%", 1.0), ("0.5%", 0.005),
])
def test_percent(value, expected):
    assert parse_percent(value) == expected


def test_percent_header_hint_reads_bare_numbers_as_percent():
    assert parse_percent("1", header_is_percent=True) == 0.01
    assert parse_percent(0.5, header_is_percent=True) == 0.005


def test_percent_rejects_text():
    with pytest.raises(NumberFormatError, match="percentage"):
        parse_percent("twenty")


@given(st.integers(min_value=0, max_value=100_000).map(lambda n: n / 1000))
def test_percent_round_trips_through_text(rate):
    assert parse_percent(format_percent(rate)) == rate


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_with_thousands_separators(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"¥{n:,}") == n


@pytest.mark.parametrize("value, minutes", [
    (180, 180), ("180", 180), ("180分钟", 180), ("3小时", 180), ("2.5h", 150), ("3:30", 210),
    ("3小时30分钟", 210), (time(3, 0), 180), (timedelta(hours=4), 240), ("90 min", 90),
])
def test_duration(value, minutes):
    assert parse_duration(value) == minutes


def test_duration_in_hours_by_header():
    assert parse_duration("3", unit_minutes=60) == 180


@pytest.mark.parametrize("value", ["long", "3 days", "1.5"])
def test_bad_durations(value):
    with pytest.raises(NumberFormatError):
        parse_duration(value)
