"""The shipped library updates untouched figures and keeps the user's edits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.models import BenchmarkFigure
from planner.storage import PlanStore
from planner.storage import library


def _fig(store, platform, metric, tier=""):
    (f,) = [f for f in store.benchmarks(platform=platform, metric=metric) if f.tier == tier]
    return f


def test_user_edit_is_marked_and_survives_a_library_update(plan_path, monkeypatch):
    store = PlanStore.open(plan_path)
    cvr = _fig(store, "douyin", "conversion_rate")
    edited = store.update_benchmark(replace(cvr, value=0.03, source="our 2026 campaigns", basis="user"))
    assert edited.user_modified
    aov_before = _fig(store, "douyin", "avg_order_value")
    store.close()

    # A newer app version ships different figures for both rows.
    real = library._bench_rows

    def newer_rows():
        rows = real()
        for r in rows:
            if (r["platform"], r["metric"]) in {("douyin", "conversion_rate"), ("douyin", "avg_order_value")}:
                r["value"] = r["value"] * 2
        return rows

    monkeypatch.setattr(library, "_bench_rows", newer_rows)
    monkeypatch.setattr(library, "library_hash", lambda: "next-version")
    store = PlanStore.open(plan_path)
    try:
        cvr_after = _fig(store, "douyin", "conversion_rate")
        assert cvr_after.value == 0.03 and cvr_after.source == "our 2026 campaigns" and cvr_after.user_modified
        shipped = store.conn.execute("SELECT shipped_value FROM benchmarks WHERE id = ?", (cvr.id,)).fetchone()[0]
        assert shipped == pytest.approx(cvr.value * 2)
        assert _fig(store, "douyin", "avg_order_value").value == pytest.approx(aov_before.value * 2)
    finally:
        store.close()


def test_reset_puts_the_library_value_back(store):
    cvr = _fig(store, "kuaishou", "conversion_rate")
    store.update_benchmark(replace(cvr, value=0.05))
    reset = store.reset_benchmark(cvr.id)
    assert reset.value == cvr.value and not reset.user_modified


def test_user_can_add_platforms_and_figures(store):
    from planner.domain.models import Platform

    store.add_platform(Platform(key="tiktok_shop", name_en="TikTok Shop"))
    fig = store.add_benchmark(BenchmarkFigure(platform="tiktok_shop", metric="conversion_rate", value=0.02,
                                              low=0.01, high=0.04, basis="user", source="agency deck", year="2026"))
    assert fig.origin == "user"
    with pytest.raises(PlannerError, match="already has conversion_rate"):
        store.add_benchmark(replace(fig, id=None))
    store.delete_benchmark(fig.id)
    with pytest.raises(PlannerError, match="cannot be deleted"):
        store.delete_benchmark(_fig(store, "douyin", "cpm_paid").id)


def test_benchmark_validation(store):
    f = _fig(store, "douyin", "cpm_paid")
    with pytest.raises(ValidationError, match="must not be below the low end, P10"):
        store.update_benchmark(replace(f, low=50, high=10))
    cvr = _fig(store, "douyin", "conversion_rate")
    with pytest.raises(ValidationError, match="a rate must be between 0 and 1"):
        store.update_benchmark(replace(cvr, value=1.5, high=2.0))
    with pytest.raises(ValidationError, match="basis"):
        store.update_benchmark(replace(f, basis="vibes"))


def test_v2_library_update_brings_new_rows_and_corrected_bases_but_keeps_edits(plan_path, monkeypatch):
    """A plan synced with the v1 library gains brand_slot_minutes, paid_pool_min and minor_festival_share, and the
    corrected bases (Douyin cpm_paid is an estimate), while a figure the user changed keeps the user's value."""
    store = PlanStore.open(plan_path)
    try:
        with store.atomic():
            store.conn.execute("DELETE FROM benchmarks WHERE metric IN "
                               "('brand_slot_minutes', 'paid_pool_min', 'minor_festival_share')")
            store.conn.execute("UPDATE benchmarks SET basis = 'sourced' WHERE platform = 'douyin' AND metric = 'cpm_paid'")
            store.conn.execute("UPDATE benchmarks SET basis = 'sourced' WHERE platform = 'kuaishou' "
                               "AND metric = 'platform_fee_rate'")
        pf = _fig(store, "kuaishou", "platform_fee_rate")
        store.update_benchmark(replace(pf, value=0.04, low=0.03, high=0.05, source="our contract"))
        store.set_meta("library_hash", "v1")
    finally:
        store.close()
    store = PlanStore.open(plan_path)
    try:
        assert _fig(store, "all", "brand_slot_minutes", "head").value == 5
        assert _fig(store, "douyin", "paid_pool_min").value == 50_000
        assert _fig(store, "all", "minor_festival_share").basis == "assumption"
        assert _fig(store, "douyin", "cpm_paid").basis == "estimate"
        mine = _fig(store, "kuaishou", "platform_fee_rate")
        assert mine.value == 0.04 and mine.source == "our contract" and mine.user_modified
        d11 = [f for f in store.festivals(2027) if f.key == "double_11"][0]
        assert d11.tier == "major" and d11.peak_hour(d11.end, 0) and not d11.peak_hour(d11.end, 3)
        assert [f.platforms for f in store.festivals(2027) if f.key == "douyin_818"] == ["douyin"]
    finally:
        store.close()
