"""Schedule rules: each conflict rule, touching sessions, scenario exclusion, festivals, the CLI."""

from __future__ import annotations

import random
import time as _time
from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from planner.cli import run
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Session
from planner.domain.schedule import (
    BRAND_OVERLAP, HOST_OVERLAP, OFF_PRIME_TIME, OUTSIDE_CAMPAIGN, PUBLIC_HOLIDAY, china_span,
    conflicting_session_ids, festival_bands, find_conflicts, prime_time_band, worst_by_session,
)
from planner.domain.timezones import from_china
from planner.storage.edits import AddSessions, DuplicateCampaign

HOSTS = {
    1: Host(name="Vivi", platform="taobao_live", id=1),
    2: Host(name="Chen Jing", platform="taobao_live", id=2),
    3: Host(name="Dr. Lin", platform="douyin", id=3),
}
BRAND = "Maison Lumière"
CAMPAIGNS = {
    10: Campaign(name="618 plan", brand=BRAND, start_date=date(2027, 5, 20), end_date=date(2027, 6, 20), id=10),
    11: Campaign(name="618 plan — scenario", brand=BRAND, start_date=date(2027, 5, 20),
                 end_date=date(2027, 6, 20), parent_id=10, id=11),
    12: Campaign(name="Double 11", brand=BRAND, start_date=date(2027, 5, 1), end_date=date(2027, 11, 11), id=12),
    20: Campaign(name="Other brand", brand="Acme", start_date=date(2027, 5, 1), end_date=date(2027, 12, 31), id=20),
}


def sess(sid: int, host: int, at: str, minutes: int = 120, campaign: int = 10, **kw) -> Session:
    """A session starting at ``at`` ("MM-DD HH:MM", 2027, China time)."""
    day, hm = at.split()
    m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in hm.split(":"))
    return Session(campaign_id=campaign, host_id=host, start=from_china(date(2027, m, d), time(hh, mm)),
                   duration_min=minutes, id=sid, **kw)


def check(*sessions: Session, **kw):
    kw.setdefault("holiday_name", None)
    return find_conflicts(sessions, HOSTS, CAMPAIGNS, **kw)


def kinds(conflicts, kind):
    return [c for c in conflicts if c.kind == kind]


# -- host double-booked ------------------------------------------------------------------------------
def test_same_host_overlapping_is_an_error_naming_host_and_china_times():
    found = kinds(check(sess(1, 1, "06-01 20:00", 180), sess(2, 1, "06-01 22:00", 60)), HOST_OVERLAP)
    assert len(found) == 1
    c = found[0]
    assert c.severity == "error" and c.session_ids == (1, 2)
    assert "Vivi" in c.message and "20:00–23:00" in c.message and "22:00–23:00" in c.message
    assert "China time" in c.message


def test_touching_sessions_are_not_a_conflict():
    a = sess(1, 1, "06-01 19:00", 60)
    b = sess(2, 1, "06-01 20:00", 60)
    assert a.end == b.start
    assert kinds(check(a, b), HOST_OVERLAP) == []
    # One minute more and they overlap.
    assert len(kinds(check(replace(a, duration_min=61), b), HOST_OVERLAP)) == 1


def test_same_host_across_campaigns_and_brands_is_found():
    found = kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 1, "06-01 21:00", campaign=20)), HOST_OVERLAP)
    assert len(found) == 1
    assert "618 plan" in found[0].message and "Other brand" in found[0].message


def test_campaign_filter_keeps_cross_campaign_conflicts_of_that_campaign_only():
    sessions = [sess(1, 1, "06-01 20:00"), sess(2, 1, "06-01 21:00", campaign=20),
                sess(3, 3, "06-02 20:00", campaign=20), sess(4, 3, "06-02 20:30", campaign=20)]
    mine = check(*sessions, campaign_id=10)
    assert [c.session_ids for c in kinds(mine, HOST_OVERLAP)] == [(1, 2)]
    assert len(kinds(check(*sessions), HOST_OVERLAP)) == 2


def test_long_session_overlapping_several_reports_each_pair():
    found = kinds(check(sess(1, 1, "06-01 10:00", 600), sess(2, 1, "06-01 11:00", 60),
                        sess(3, 1, "06-01 13:00", 60), sess(4, 1, "06-01 20:00", 60)), HOST_OVERLAP)
    assert sorted(c.session_ids for c in found) == [(1, 2), (1, 3)]


def test_cancelled_sessions_are_ignored():
    found = check(sess(1, 1, "06-01 20:00"), sess(2, 1, "06-01 20:30", status="cancelled"))
    assert kinds(found, HOST_OVERLAP) == [] and all(2 not in c.session_ids for c in found)


def test_scenario_copies_are_alternatives_not_conflicts():
    original = sess(1, 1, "06-01 20:00")
    copy = replace(original, id=2, campaign_id=11)
    assert check(original, copy) == []
    # The scenario moved Vivi's slot to Chen Jing: still an alternative, not the brand against itself.
    assert check(original, sess(3, 2, "06-01 20:30", campaign=11)) == []
    # Inside the scenario itself the rules still apply.
    found = check(original, copy, sess(3, 2, "06-01 20:30", campaign=11))
    assert [c.session_ids for c in found] == [(2, 3)]


def test_sibling_scenarios_are_alternatives_too():
    extra = Campaign(name="scenario B", brand=BRAND, start_date=date(2027, 5, 20), end_date=date(2027, 6, 20),
                     parent_id=10, id=13)
    campaigns = {**CAMPAIGNS, 13: extra}
    found = find_conflicts([sess(1, 1, "06-01 20:00", campaign=11), sess(2, 1, "06-01 20:00", campaign=13)],
                           HOSTS, campaigns, holiday_name=None)
    assert kinds(found, HOST_OVERLAP) == []


# -- brand overlaps itself ---------------------------------------------------------------------------
def test_same_brand_same_platform_overlapping_is_a_conflict():
    found = kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 2, "06-01 21:00")), BRAND_OVERLAP)
    assert len(found) == 1
    c = found[0]
    assert c.severity == "error" and c.session_ids == (1, 2)
    assert BRAND in c.message and "Vivi" in c.message and "Chen Jing" in c.message
    assert "Taobao Live" in check(sess(1, 1, "06-01 20:00"), sess(2, 2, "06-01 21:00"),
                                  platform_names={"taobao_live": "Taobao Live"})[0].message


def test_same_brand_across_its_own_campaigns_is_a_conflict():
    found = kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 2, "06-01 21:00", campaign=12)), BRAND_OVERLAP)
    assert len(found) == 1


def test_brand_rule_needs_same_platform_same_brand_and_real_overlap():
    assert kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 3, "06-01 20:00")), BRAND_OVERLAP) == []
    assert kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 2, "06-01 20:00", campaign=20)), BRAND_OVERLAP) == []
    assert kinds(check(sess(1, 1, "06-01 20:00"), sess(2, 2, "06-01 22:00")), BRAND_OVERLAP) == []  # touching


def test_same_host_is_reported_once_not_also_as_brand_overlap():
    found = check(sess(1, 1, "06-01 20:00"), sess(2, 1, "06-01 21:00"))
    assert len(kinds(found, HOST_OVERLAP)) == 1 and kinds(found, BRAND_OVERLAP) == []


# -- dates, prime time, holidays ---------------------------------------------------------------------
def test_session_outside_campaign_dates_is_a_warning():
    found = kinds(check(sess(1, 1, "06-21 20:00"), sess(2, 2, "05-19 20:00"), sess(3, 3, "06-20 20:00", 240)),
                  OUTSIDE_CAMPAIGN)
    assert [c.session_ids for c in found] == [(2,), (1,)]
    assert all(c.severity == "warning" for c in found)
    assert "2027-05-20 – 2027-06-20" in found[0].message
    # 20:00–24:00 on the last day ends at midnight: still inside.


def test_session_crossing_midnight_past_the_last_day_is_outside():
    found = kinds(check(sess(1, 1, "06-20 22:00", 180)), OUTSIDE_CAMPAIGN)
    assert len(found) == 1


def test_off_prime_time_is_informational_with_inclusive_start_exclusive_end():
    found = check(sess(1, 1, "06-01 18:45"), sess(2, 2, "06-02 19:00"), sess(3, 3, "06-03 22:45"),
                  sess(4, 1, "06-04 23:00"), sess(5, 2, "06-05 12:00"))
    assert sorted(c.session_ids[0] for c in kinds(found, OFF_PRIME_TIME)) == [1, 4, 5]
    assert all(c.severity == "info" for c in kinds(found, OFF_PRIME_TIME))
    assert "18:45 China time" in kinds(found, OFF_PRIME_TIME)[0].message


def test_prime_time_band_comes_from_benchmark_rows():
    rows = [BenchmarkFigure("all", "slot_multiplier", 0.5, tier="14-18"),
            BenchmarkFigure("all", "slot_multiplier", 1.0, tier="18-20"),
            BenchmarkFigure("all", "slot_multiplier", 1.0, tier="20-22"),
            BenchmarkFigure("all", "slot_multiplier", 0.6, tier="22-24"),
            BenchmarkFigure("douyin", "slot_multiplier", 1.0, tier="12-14")]
    assert prime_time_band(rows) == (18, 22)
    assert prime_time_band([]) == (19, 23)
    found = check(sess(1, 1, "06-01 18:30"), sess(2, 2, "06-02 22:15"), prime_time=(18, 22))
    assert [c.session_ids for c in kinds(found, OFF_PRIME_TIME)] == [(2,)]


def test_shipped_library_prime_time_is_19_to_23(store):
    assert prime_time_band(store.benchmarks(metric="slot_multiplier")) == (19, 23)


def test_public_holiday_from_the_holidays_package():
    found = find_conflicts([sess(1, 1, "06-09 20:00"), sess(2, 2, "06-10 20:00")], HOSTS, CAMPAIGNS)
    hol = kinds(found, PUBLIC_HOLIDAY)
    assert [c.session_ids for c in hol] == [(1,)]  # Dragon Boat Festival 2027 is June 9
    assert hol[0].severity == "info" and "Dragon Boat" in hol[0].message
    assert kinds(find_conflicts([sess(1, 1, "10-01 20:00")], HOSTS, CAMPAIGNS, informational=False),
                 PUBLIC_HOLIDAY) == []


def test_the_calendar_asks_which_sessions_to_mark():
    found = check(sess(1, 1, "06-01 20:00"), sess(2, 1, "06-01 21:00"), sess(3, 2, "06-25 12:00"),
                  sess(4, 3, "06-05 12:00"))
    worst = worst_by_session(found)
    assert worst == {1: "error", 2: "error", 3: "warning", 4: "info"}
    assert conflicting_session_ids(found) == {1, 2, 3}
    assert found[0].severity == "error" and found[-1].severity == "info"


def test_china_span_past_midnight():
    assert china_span(from_china(date(2027, 6, 1), time(20)), 240) == "2027-06-01 Tue 20:00–24:00"
    assert china_span(from_china(date(2027, 6, 1), time(22)), 180) == "2027-06-01 Tue 22:00–01:00 (+1 day)"


def test_ten_thousand_sessions_check_well_under_a_second():
    rng = random.Random(5)
    hosts = {i: Host(name=f"h{i}", platform=("douyin", "taobao_live", "kuaishou")[i % 3], id=i)
             for i in range(1, 401)}
    campaigns = {i: Campaign(name=f"c{i}", brand=f"b{i % 7}", start_date=date(2027, 1, 1),
                             end_date=date(2027, 12, 31), id=i) for i in range(1, 41)}
    base = from_china(date(2027, 1, 1), time(0))
    sessions = [Session(campaign_id=rng.randint(1, 40), host_id=rng.randint(1, 400),
                        start=base + timedelta(minutes=15 * rng.randrange(0, 35_000)),
                        duration_min=rng.choice((60, 120, 180)), id=i) for i in range(1, 10_001)]
    t0 = _time.perf_counter()
    found = find_conflicts(sessions, hosts, campaigns)
    elapsed = _time.perf_counter() - t0
    assert elapsed < 0.5, f"{elapsed:.3f} s"
    # Cross-check the sweep against brute force for host overlaps.
    brute = set()
    by_host: dict[int, list[Session]] = {}
    for s in sessions:
        by_host.setdefault(s.host_id, []).append(s)
    for group in by_host.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.start < b.end and b.start < a.end:
                    brute.add(frozenset((a.id, b.id)))
    assert {frozenset(c.session_ids) for c in kinds(found, HOST_OVERLAP)} == brute
    assert brute  # the data does contain overlaps


# -- festivals --------------------------------------------------------------------------------------
def test_festival_bands_split_presale_and_clip_to_range(store):
    festivals = store.festivals()
    june = festival_bands(festivals, date(2027, 6, 1), date(2027, 6, 30))
    assert [(b.key, b.first, b.last, b.presale) for b in june if b.key == "618"] == [
        ("618", date(2027, 6, 1), date(2027, 6, 18), False)]
    may = festival_bands(festivals, date(2027, 5, 1), date(2027, 5, 31))
    assert ("618", date(2027, 5, 25), date(2027, 5, 31), True) in [(b.key, b.first, b.last, b.presale) for b in may]
    assert all(b.festival.kind == "festival" for b in may)  # holidays are marked on days, not bands
    only = FestivalWindow("x", 2027, date(2027, 3, 1), date(2027, 3, 2), key="x")
    assert festival_bands([only], date(2027, 3, 3), date(2027, 3, 9)) == []


# -- CLI -------------------------------------------------------------------------------------------
def test_cli_check_schedule_demo_has_notes_only(plan_path, capsys):
    assert run(["--db", str(plan_path), "check-schedule", "DEMO", "--zone", "Europe/Rome"]) == 0
    out = capsys.readouterr().out
    assert "0 error(s)" in out
    assert "NOTE" in out and "Outside prime time" in out and "12:00 China time on 2027-06-12" in out
    assert "Dragon Boat" in out
    # 12:00 in Shanghai on 12 June is 06:00 in Rome (summer time).
    assert "Sat 06:00–08:00 Europe/Rome" in out


def test_cli_check_schedule_exits_1_on_a_double_booked_host(plan_path, capsys):
    from planner.storage import PlanStore

    with PlanStore.open(plan_path) as store:
        campaign = store.find_campaign("DEMO")
        first = store.sessions(campaign.id)[0]
        other = store.add_campaign(Campaign(name="Another brand's 618", brand="Acme",
                                            start_date=date(2027, 5, 1), end_date=date(2027, 6, 30)))
        AddSessions((replace(first, id=None, campaign_id=other.id,
                             start=first.start + timedelta(hours=1)),)).apply(store)
        DuplicateCampaign(campaign.id).apply(store)  # a scenario copy must not add conflicts
    code = run(["--db", str(plan_path), "check-schedule", str(campaign.id), "--no-notes"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.count("ERROR") == 1 and "Host double-booked" in out
    assert "Vivi Beauty" in out and "2027-05-25 Tue 20:00–24:00" in out
    assert "[Another brand's 618]" in out
    assert "NOTE" not in out


def test_cli_check_schedule_unknown_campaign_is_a_user_error(plan_path, capsys):
    assert run(["--db", str(plan_path), "check-schedule", "no such campaign"]) == 2
    assert "No campaign" in capsys.readouterr().err


@pytest.mark.parametrize("zone_name", ["Mars/Olympus"])
def test_cli_check_schedule_unknown_zone(plan_path, capsys, zone_name):
    assert run(["--db", str(plan_path), "check-schedule", "DEMO", "--zone", zone_name]) == 2
    assert "Unknown time zone" in capsys.readouterr().err


def test_conflicts_of_a_new_session_follow_the_schedule_rules(store):
    from dataclasses import replace
    from datetime import timedelta

    from planner.domain.schedule import HOST_OVERLAP, UNSAVED_ID, conflicts_of_new_session

    sessions = store.sessions()
    first = sessions[0]
    hosts = {h.id: h for h in store.hosts()}
    campaigns = {c.id: c for c in store.campaigns()}
    new = replace(first, id=None, start=first.start + timedelta(minutes=30))
    found = conflicts_of_new_session(new, sessions, hosts, campaigns)
    assert [c.kind for c in found if c.kind == HOST_OVERLAP] == [HOST_OVERLAP]
    assert set(found[0].session_ids) == {first.id, UNSAVED_ID}
    later = replace(new, start=first.start + timedelta(minutes=first.duration_min))  # touching: no overlap
    assert not [c for c in conflicts_of_new_session(later, sessions, hosts, campaigns) if c.kind == HOST_OVERLAP]


def test_a_session_in_the_golden_week_is_on_a_public_holiday_like_the_calendar_says(store):
    from dataclasses import replace
    from datetime import date, time

    from planner.domain.schedule import PUBLIC_HOLIDAY, plan_conflicts
    from planner.domain.timezones import from_china

    plan = store.load_plan()
    first = plan.sessions[0]
    moved = replace(first, start=from_china(date(2027, 10, 7), time(20, 0)))  # day 7 of the Golden Week
    plan = replace(plan, sessions=[moved, *plan.sessions[1:]])
    notes = [c for c in plan_conflicts(plan, first.campaign_id) if c.kind == PUBLIC_HOLIDAY]
    assert any(moved.id in c.session_ids and "National Day Golden Week" in c.message for c in notes)
