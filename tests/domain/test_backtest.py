"""Backtest (§7) on simulated truth: shows drawn from a world whose hosts differ from the library's medians
by as much as its P10–P90 allows. An honest model covers about 80% and learns each host's level; a world
whose hosts vary far more than the library says is caught by low coverage."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

from planner.domain.backtest import MIN_SHOWS, backtest
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Plan, Session
from planner.domain.projection import project_campaign
from planner.domain.simulate import log_errors, record_world
from planner.storage.library import read_data_csv

PLATFORMS = ("taobao_live", "douyin", "kuaishou", "xiaohongshu")
T0 = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None


def synthetic_plan(n_sessions: int = 240, n_hosts: int = 30, seed: int = 5) -> Plan:
    rng = np.random.default_rng(seed)
    figs = [BenchmarkFigure(platform=r["platform"], tier=r["tier"], metric=r["metric"], value=float(r["value"]),
                            low=_num(r["low"]), high=_num(r["high"]), basis=r["basis"], source=r["source"])
            for r in read_data_csv("benchmarks.csv")]
    fests = [FestivalWindow(name_en=r["name_en"], year=int(r["year"]), start=date.fromisoformat(r["start"]),
                            end=date.fromisoformat(r["end"]), kind=r["kind"],
                            presale_start=date.fromisoformat(r["presale_start"]) if r["presale_start"] else None)
             for r in read_data_csv("festivals.csv")]
    followers = np.exp(rng.uniform(np.log(5_000), np.log(5_000_000), n_hosts)).astype(int)
    hosts = {i + 1: Host(name=f"host {i}", platform=PLATFORMS[i % 4], followers=int(followers[i]),
                         commission_rate=0.2, id=i + 1) for i in range(n_hosts)}
    camp = Campaign(name="sim", start_date=date(2026, 3, 1), end_date=date(2026, 5, 31), id=1)
    sessions = [Session(campaign_id=1, host_id=int(i % n_hosts) + 1,
                        start=T0 + timedelta(days=int(i * 90 / n_sessions), hours=int(rng.integers(0, 10))),
                        duration_min=int(rng.choice([120, 180, 240])), id=i + 1) for i in range(n_sessions)]
    return Plan(hosts=hosts, campaigns={1: camp}, sessions=sessions, benchmarks=figs, festivals=fests)


@pytest.fixture(scope="module")
def base_plan() -> Plan:
    return synthetic_plan()


def test_an_honest_model_covers_about_80_percent(base_plan):
    coverage = {"viewers": [], "gmv": []}
    for seed in (11, 12, 13):
        plan = copy.deepcopy(base_plan)
        record_world(plan, 1, seed)
        result = backtest(plan, 1, draws=300)
        assert result.sessions == 240 and not result.too_early
        for m in coverage:
            coverage[m].append(result.coverage(m))
        assert result.error_factor("viewers") > 1.0
    for m, values in coverage.items():
        assert 0.70 <= np.mean(values) <= 0.90, (m, values)


def _spread(plan: Plan, factor: float) -> Plan:
    """The same library with every P10–P90 range narrowed (factor < 1) or widened (> 1) in log terms."""
    def scaled(f: BenchmarkFigure) -> BenchmarkFigure:
        if not (f.low and f.high and f.value > 0):
            return f
        return replace(f, low=f.value * (f.low / f.value) ** factor, high=f.value * (f.high / f.value) ** factor)
    return replace(plan, benchmarks=[scaled(f) for f in plan.benchmarks])


@pytest.mark.parametrize("factor, low, high", [(0.33, 0.0, 0.55), (2.5, 0.93, 1.0)])
def test_a_model_whose_spread_is_wrong_is_caught(base_plan, factor, low, high):
    """Shows drawn from the shipped library; projected by an over-confident (narrow) or timid (wide) one."""
    plan = copy.deepcopy(base_plan)
    record_world(plan, 1, seed=11)
    result = backtest(_spread(plan, factor), 1, draws=300)
    assert low <= result.coverage("viewers") <= high
    assert low <= result.coverage("gmv") <= high


def test_projections_move_toward_each_hosts_true_level(base_plan):
    plan = copy.deepcopy(base_plan)
    cut = T0 + timedelta(days=60)
    past = {s.id for s in plan.sessions if s.start < cut}
    truth = record_world(plan, 1, seed=21, session_ids=past)
    future = [s.id for s in plan.sessions if s.start >= cut]
    calibrated = project_campaign(plan, 1, draws=0)
    library = project_campaign(replace(plan, actuals={}), 1, draws=0)
    true_v = {i: truth[i]["viewers"] for i in future}
    err_cal = np.abs(log_errors({i: calibrated.session(i).show_viewers for i in future}, true_v)).mean()
    err_lib = np.abs(log_errors({i: library.session(i).show_viewers for i in future}, true_v)).mean()
    assert err_cal < 0.75 * err_lib, (err_cal, err_lib)


def test_each_show_is_projected_without_its_own_or_later_actuals(base_plan):
    plan = copy.deepcopy(base_plan)
    record_world(plan, 1, seed=31)
    first = min(plan.sessions, key=lambda s: s.start)
    before = backtest(plan, 1, draws=100).shows[0]
    assert before.session_id == first.id
    # Changing later shows' actuals (or this show's own) cannot change this show's projection.
    for s in plan.sessions:
        a = plan.actuals[s.id]
        plan.actuals[s.id] = replace(a, viewers=a.viewers * 50)
    after = backtest(plan, 1, draws=100).shows[0]
    assert after.projected == before.projected and after.actual != before.actual


def test_too_early_below_ten_shows_and_json_shape(base_plan):
    plan = copy.deepcopy(base_plan)
    first = sorted(plan.sessions, key=lambda s: s.start)[:MIN_SHOWS - 1]
    record_world(plan, 1, seed=41, session_ids={s.id for s in first})
    result = backtest(plan, 1, draws=100)
    assert result.sessions == MIN_SHOWS - 1 and result.too_early
    assert "Too early to judge" in result.describe("sim")
    data = result.to_json()
    assert list(data) == ["sessions", "coverage", "error_factor", "bias"]
    assert set(data["coverage"]) == {"viewers", "gmv"} and data["sessions"] == MIN_SHOWS - 1
    assert 0 <= data["coverage"]["viewers"] <= 1 and data["error_factor"]["gmv"] >= 1
