"""A plan written by format 1 opens in this version, upgraded, with nothing lost."""

from __future__ import annotations

import sqlite3

from planner.domain.timezones import china_time
from planner.storage import PlanStore
from planner.storage.schema import APPLICATION_ID, CURRENT_VERSION, V1_SCHEMA


def _make_v1_plan(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for sql in V1_SCHEMA:
        conn.execute(sql)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO platforms(key, name_en, name_zh, required) VALUES ('douyin', 'Douyin', '抖音', 1)")
    conn.execute("INSERT INTO platforms(key, name_en, name_zh, required, origin) "
                 "VALUES ('tiktok_shop', 'TikTok Shop', '', 0, 'user')")
    conn.execute("INSERT INTO benchmarks(platform, tier, metric, value, low, high, unit, basis, source, origin,"
                 " user_modified, shipped_value) VALUES ('douyin', '', 'conversion_rate', 0.042, 0.02, 0.06,"
                 " 'buyers per unique viewer', 'user', 'our Q2 campaigns', 'shipped', 1, 0.015)")
    conn.execute("INSERT INTO hosts(id, name, platform, handle, followers, slot_fee, commission_rate) "
                 "VALUES (7, '老王 Lao Wang', 'douyin', 'laowang', 2000000, 30000, 0.2)")
    conn.execute("INSERT INTO campaigns(id, name, start_date, end_date, budget, currency) "
                 "VALUES (3, 'Old 618', '2026-05-20', '2026-06-20', 500000, 'EUR')")
    conn.execute("INSERT INTO sessions(id, campaign_id, host_id, start_utc, duration_min, slot_fee, paid_budget,"
                 " status, notes) VALUES (11, 3, 7, '2026-06-01T12:00:00Z', 180, 30000, 5000, 'confirmed', 'kept')")
    conn.execute("INSERT INTO session_actuals(session_id, viewers, orders, gmv) VALUES (11, 120000, 2400, 300000)")
    conn.execute("INSERT INTO meta(key, value) VALUES ('library_hash', 'old')")
    conn.commit()
    conn.close()


def test_v1_plan_is_upgraded_with_nothing_lost(tmp_path):
    path = tmp_path / "v1.sqlite"
    _make_v1_plan(path)
    store = PlanStore.open(path)
    try:
        assert store.schema_version == CURRENT_VERSION
        host = store.host(7)
        assert (host.name, host.followers, host.slot_fee, host.region) == ("老王 Lao Wang", 2_000_000, 30_000, "")
        camp = store.campaign(3)
        assert (camp.name, camp.budget, camp.currency) == ("Old 618", 500_000, "EUR")
        (session,) = store.sessions(3)
        # v3: a v1/v2 KOL-hosted session (the default 'kol') is a slot in a multi-brand show; it keeps its id as lineage
        assert session.id == 11 and session.notes == "kept" and session.session_type == "slot"
        assert session.lineage == 11 and session.brand_minutes is None
        assert china_time(session.start).hour == 20
        assert store.actual(11).gmv == 300_000
        # The user's own figure survives the library sync; the library value is remembered beside it.
        (cvr,) = store.benchmarks(platform="douyin", metric="conversion_rate")
        assert cvr.value == 0.042 and cvr.user_modified and cvr.source == "our Q2 campaigns"
        # The user's own platform stays; the shipped library fills in the rest.
        keys = {p.key for p in store.platforms()}
        assert "tiktok_shop" in keys and {"taobao_live", "kuaishou", "xiaohongshu"} <= keys
        assert store.fx_rates()["EUR"].cny_per_unit > 1
        assert store.check() == []
    finally:
        store.close()


def test_migration_is_idempotent_on_reopen(tmp_path):
    path = tmp_path / "v1.sqlite"
    _make_v1_plan(path)
    PlanStore.open(path).close()
    store = PlanStore.open(path)
    assert store.schema_version == CURRENT_VERSION
    assert len(store.sessions()) == 1
    store.close()


def test_v2_session_types_become_dedicated_or_slot(tmp_path):
    """Migration 3 maps 达播 (kol) to a slot and 店播 / 自播 (store / self) to dedicated shows."""
    import sqlite3

    from planner.storage.schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "v2.sqlite"
    conn = sqlite3.connect(path)
    for stmt in MIGRATIONS[0] + MIGRATIONS[1]:
        conn.execute(stmt)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO platforms(key, name_en) VALUES ('douyin', 'Douyin')")
    conn.execute("INSERT INTO hosts(id, name, platform) VALUES (1, 'h', 'douyin')")
    conn.execute("INSERT INTO campaigns(id, name, start_date, end_date) VALUES (1, 'c', '2026-06-01', '2026-06-30')")
    for i, kind in ((1, "kol"), (2, "store"), (3, "self")):
        conn.execute("INSERT INTO sessions(id, campaign_id, host_id, start_utc, duration_min, session_type) "
                     f"VALUES ({i}, 1, 1, '2026-06-0{i}T12:00:00Z', 120, '{kind}')")
    conn.commit()
    conn.close()
    store = PlanStore.open(path)
    try:
        assert [s.session_type for s in store.sessions(1)] == ["slot", "dedicated", "dedicated"]
        assert [s.lineage for s in store.sessions(1)] == [1, 2, 3]
    finally:
        store.close()
