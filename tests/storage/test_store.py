"""Plan files: creation, seeding, round trips, transactions, copies."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from planner.domain.errors import ConflictError

from planner.domain.errors import NotFoundError, PlannerError, ValidationError
from planner.domain.models import Campaign, Host, Session, SessionActual
from planner.storage import PlanStore
from planner.storage.schema import APPLICATION_ID, CURRENT_VERSION


def test_new_plan_is_created_with_wal_foreign_keys_and_version(tmp_path):
    path = tmp_path / "sub" / "plan.sqlite"
    store = PlanStore.open(path)
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.schema_version == CURRENT_VERSION
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        store.close()
    assert not (tmp_path / "sub" / "plan.sqlite.creating").exists()


def test_seeding_gives_library_and_labelled_demo_campaign(store):
    platforms = {p.key: p for p in store.platforms()}
    assert len(platforms) == 8
    assert {k for k, p in platforms.items() if p.required} == {"taobao_live", "douyin", "kuaishou", "xiaohongshu"}
    assert platforms["douyin"].name_zh == "抖音"
    (demo,) = store.campaigns()
    assert "DEMO" in demo.name and "sample" in demo.name
    sessions = store.sessions(demo.id)
    hosts = store.hosts()
    assert 18 <= len(sessions) <= 24 and len(hosts) == 10
    assert {h.platform for h in hosts} == {"taobao_live", "douyin", "kuaishou", "xiaohongshu"}
    assert all("(demo)" in h.name for h in hosts)
    assert all(demo.start_date <= s.start.date() <= demo.end_date for s in sessions)
    assert len(store.market_facts()) == 208
    years = {f.year for f in store.festivals() if f.key == "618"}
    assert {2026, 2027} <= years


def test_every_required_platform_has_the_figures_a_projection_needs(store):
    needed_per_platform = {"universe", "conversion_rate", "avg_order_value", "cpm_paid", "platform_fee_rate",
                           "returning_viewer_share"}
    for key in ("taobao_live", "douyin", "kuaishou", "xiaohongshu", "jd_live", "pinduoduo", "wechat_channels",
                "bilibili"):
        metrics = {f.metric for f in store.benchmarks(platform=key)}
        assert needed_per_platform <= metrics, key
        tiers = {f.tier for f in store.benchmarks(platform=key, metric="session_views")}
        assert tiers == {"koc", "tail", "waist", "head"}, key
    for f in store.benchmarks():
        assert f.source and f.year and f.basis in {"sourced", "estimate", "assumption", "convention"}, f


def test_host_campaign_session_round_trip(empty_store):
    s = empty_store
    host = s.add_host(Host(name="李佳 Li Jia 😀", platform="douyin", handle="lijia", followers=1_234_567,
                           typical_viewers=80_000.0, categories="beauty", slot_fee=20_000.0, commission_rate=0.2,
                           currency="CNY", agency="MCN", region="Shanghai", status="negotiating",
                           contact="wechat: lj", notes="notes ✓"))
    camp = s.add_campaign(Campaign(name="Double 11", start_date=date(2027, 10, 20), end_date=date(2027, 11, 11),
                                   brand="B", category="apparel", objective="sales", budget=1e6, currency="EUR",
                                   margin=0.55, other_costs=1000.0, notes="n"))
    start = datetime(2027, 11, 10, 12, 0, tzinfo=timezone.utc)
    sess = s.add_session(Session(campaign_id=camp.id, host_id=host.id, start=start, duration_min=150,
                                 slot_fee=2500.0, commission_rate=0.18, paid_budget=300.0, session_type="slot",
                                 products="A; B", theme="warm-up", status="confirmed", notes="x"))
    s.set_actual(SessionActual(session_id=sess.id, viewers=1000, peak_concurrent=50, orders=20, gmv=3000,
                               refunds=100))
    s.close()
    again = PlanStore.open(s.path)
    assert again.host(host.id) == host
    assert again.campaign(camp.id) == camp
    assert again.session(sess.id) == sess
    assert again.session(sess.id).start == start
    assert again.actual(sess.id).gmv == 3000
    again.close()


def test_invalid_records_are_refused_with_every_problem_and_nothing_written(empty_store):
    with pytest.raises(ValidationError) as err:
        empty_store.add_host(Host(name=" ", platform="douyin", followers=-5, slot_fee=-1, commission_rate=1.5,
                                  currency="XXX"))
    fields = {p.field for p in err.value.problems}
    assert {"name", "followers", "slot_fee", "commission_rate", "currency"} <= fields
    assert "commission must be between 0% and 100%" in str(err.value)
    assert empty_store.hosts() == []


def test_unknown_platform_is_refused(empty_store):
    with pytest.raises(ValidationError, match="platform = 'tiktok': is not a platform of this plan"):
        empty_store.add_host(Host(name="X", platform="tiktok", followers=10))


def test_bulk_insert_is_all_or_nothing(store):
    camp = store.campaigns()[0]
    host = store.hosts()[0]
    before = store.session_count()
    good = Session(campaign_id=camp.id, host_id=host.id, start=datetime(2027, 6, 1, 12, tzinfo=timezone.utc))
    dangling = replace(good, host_id=9999)
    with pytest.raises(NotFoundError):
        store.add_sessions([good, dangling])
    assert store.session_count() == before


def test_bulk_insert_gives_new_ids_past_every_existing_and_kept_one(store):
    camp, host = store.campaigns()[0], store.hosts()[0]
    top = max(s.id for s in store.sessions())
    new = Session(campaign_id=camp.id, host_id=host.id, start=datetime(2027, 6, 1, 12, tzinfo=timezone.utc))
    added = store.add_sessions([new, replace(new, id=top + 10), replace(new, theme="third")])
    assert [s.id for s in added] == [top + 1, top + 10, top + 2]  # past every id ever given, none reused
    assert [store.session(s.id) for s in added] == added


def test_restore_puts_deleted_sessions_back_with_their_ids(store):
    camp = store.campaigns()[0]
    before = store.sessions(camp.id)
    removed, _ = store.delete_sessions([s.id for s in before[:5]])
    assert store.session_count(camp.id) == len(before) - 5
    store.restore_sessions(removed)
    assert store.sessions(camp.id) == before
    # An id already taken is refused by the file itself, as a message (the plan changed elsewhere).
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.restore_sessions(removed[:1])
    assert store.sessions(camp.id) == before


def test_a_deleted_campaign_comes_back_as_it_was_from_its_stored_rows(store):
    camp = store.campaigns()[0]
    before = store.sessions(camp.id)
    _, rows, _ = store.delete_campaign(camp.id)
    assert rows.ids == tuple(s.id for s in before) and rows.sessions() == before
    store.restore_campaign(camp, rows)
    assert store.campaign(camp.id) == camp and store.sessions(camp.id) == before


def test_database_constraints_back_up_the_domain(store):
    # Even SQL that bypasses the domain cannot store a negative fee or a dangling host.
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE hosts SET slot_fee = -1 WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE sessions SET host_id = 9999 WHERE id = 1")


def test_duplicate_as_scenario_copies_sessions_and_links_parent(store):
    camp = store.campaigns()[0]
    copy = store.duplicate_campaign(camp.id)
    assert copy.parent_id == camp.id and copy.name.endswith("scenario")
    same = lambda s: replace(s, id=None, campaign_id=0)  # noqa: E731
    assert [same(s) for s in store.sessions(copy.id)] == [same(s) for s in store.sessions(camp.id)]
    assert not {s.id for s in store.sessions(copy.id)} & {s.id for s in store.sessions(camp.id)}
    # A scenario of a scenario still hangs under the original campaign.
    copy2 = store.duplicate_campaign(copy.id, "B")
    assert copy2.parent_id == camp.id
    assert [c.id for c in store.campaigns()] == [camp.id, copy.id, copy2.id]


def test_find_campaign_by_id_name_and_prefix(store):
    camp = store.campaigns()[0]
    assert store.find_campaign(str(camp.id)) == camp
    assert store.find_campaign(camp.name) == camp
    assert store.find_campaign("demo") == camp
    with pytest.raises(NotFoundError, match="No campaign 'nope'"):
        store.find_campaign("nope")


def test_host_with_sessions_is_not_deleted_silently(store):
    host = store.sessions()[0].host_id
    with pytest.raises(PlannerError, match="has .* session"):
        store.delete_host(host)
    removed_host, removed_sessions, _ = store.delete_host(host, with_sessions=True)
    assert removed_sessions and all(s.host_id == host for s in removed_sessions)


def test_save_a_copy_is_a_complete_plan(store, tmp_path):
    target = tmp_path / "copy.sqlite"
    store.backup_to(target)
    copy = PlanStore.open(target, create=False)
    assert copy.session_count() == store.session_count()
    assert copy.check() == []
    copy.close()


def test_reader_sees_committed_writes(store):
    reader = store.reader()
    n = reader.session_count()
    store.duplicate_campaign(store.campaigns()[0].id)
    assert reader.session_count() == 2 * n
    with pytest.raises(sqlite3.OperationalError):
        reader.conn.execute("DELETE FROM sessions")
    reader.close()


def test_check_reports_ok_for_a_new_plan(store):
    assert store.check() == []
