"""Validation returns every problem at once, naming field, value and rule."""

from __future__ import annotations

from datetime import date, datetime, timezone

from planner.domain.models import Campaign, Host, Session
from planner.domain.validation import validate_campaign, validate_host, validate_session

START = datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc)


def _by_field(problems):
    return {p.field: p for p in problems}


def test_valid_host_has_no_problems():
    assert validate_host(Host(name="Vivi", platform="douyin", followers=10_000, commission_rate=0.2)) == []


def test_host_problems_are_all_reported():
    problems = _by_field(validate_host(Host(name="", platform="douyin", followers=-1, slot_fee=-10.0,
                                            commission_rate=1.2, currency="RMB", status="famous")))
    assert problems["name"].message == "must not be empty"
    assert problems["followers"].value == -1
    assert problems["slot_fee"].message == "must be 0 or more"
    assert "0% and 100%" in problems["commission_rate"].message
    assert "ISO 4217" in problems["currency"].message
    assert "prospect" in problems["status"].message


def test_host_needs_followers_or_tier():
    assert "followers" in _by_field(validate_host(Host(name="X", platform="douyin")))
    assert validate_host(Host(name="X", platform="douyin", tier="waist")) == []


def test_campaign_end_before_start():
    problems = _by_field(validate_campaign(Campaign(name="C", start_date=date(2027, 6, 18),
                                                    end_date=date(2027, 6, 1))))
    assert problems["end_date"].message == "must not be before the start date 2027-06-18"


def test_session_duration_limits():
    def dur(minutes):
        return _by_field(validate_session(Session(campaign_id=1, host_id=1, start=START, duration_min=minutes)))

    assert "end must be after the start" in dur(-30)["duration_min"].message
    assert "between 15 minutes and 12 hours" in dur(10)["duration_min"].message
    assert "between 15 minutes and 12 hours" in dur(721)["duration_min"].message
    assert dur(15) == {} and dur(720) == {}


def test_session_outside_campaign_is_a_warning_not_an_error():
    camp = Campaign(name="C", start_date=date(2027, 6, 1), end_date=date(2027, 6, 18))
    # 2027-06-18 20:00 UTC is already 2027-06-19 04:00 in China: outside the campaign.
    late = Session(campaign_id=1, host_id=1, start=datetime(2027, 6, 18, 20, tzinfo=timezone.utc))
    (p,) = validate_session(late, camp)
    assert p.severity == "warning" and "outside the campaign dates" in p.message
    assert validate_session(Session(campaign_id=1, host_id=1, start=START), camp) == []


def test_naive_start_is_refused():
    naive = Session(campaign_id=1, host_id=1, start=datetime(2027, 6, 1, 20))
    assert "time zone" in _by_field(validate_session(naive))["start"].message


def test_money_and_commission_on_sessions():
    problems = _by_field(validate_session(Session(campaign_id=1, host_id=1, start=START, slot_fee=-1,
                                                  paid_budget=float("nan"), commission_rate=-0.1)))
    assert set(problems) == {"slot_fee", "paid_budget", "commission_rate"}
