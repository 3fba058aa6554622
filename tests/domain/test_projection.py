"""Campaign projection on real seeded plans: plausibility, ranges, determinism, scenarios, bad input, CLI."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date, time

import numpy as np
import pytest

from planner.cli import run
from planner.domain import projection as P
from planner.domain.benchmarks import BenchmarkBook
from planner.domain.errors import MissingBenchmarkError, PlannerError
from planner.domain.explain import explain_session
from planner.domain.models import Campaign, FxRate, Session
from planner.domain.projection import TOTAL_KEYS, project_campaign, project_draws
from planner.domain.timezones import from_china

DRAWS = 400


@pytest.fixture
def demo(store):
    return store.load_plan(), store.find_campaign("DEMO").id


def test_demo_point_projection_is_plausible(demo) -> None:
    plan, cid = demo
    proj = project_campaign(plan, cid, draws=0)
    e = proj.expected
    assert proj.range is None and proj.currency == "CNY" and len(proj.sessions) == 20
    assert set(TOTAL_KEYS) <= set(e) and all(math.isfinite(v) for v in e.values())
    # Live commerce ROI (net GMV / cost) of a few units is typical; outside 0.3–10 the inputs are off.
    assert 0.3 < e["roi"] < 10
    # Nobody outside China's internet population can be reached, and nobody is reached without viewing.
    assert 0 < e["reach"] < 1.067e9 and e["reach"] <= e["viewers"]
    # Each session is watched by reached people; 20 sessions over 10 hosts cannot average above 2 per person.
    assert 1 <= e["frequency"] < 2
    assert e["reach_3plus"] <= e["reach_2plus"] <= e["reach_1plus"] == e["reach"]
    # GMV per viewer: 1–30 CNY (order values 80–250 CNY at 1–4% conversion).
    assert 1 < e["uv_value"] < 30
    # Cost is at least the contracted money: slot fees 474k + paid 331k + other costs 80k CNY.
    # v2 demo: the Dr. Lin Q&A is a brand-dedicated show at 240k instead of one 60k slot (474k → 654k)
    assert e["slot_fees"] == 654_000 and e["paid_traffic"] == 331_000 and e["other_costs"] == 80_000
    assert math.isclose(e["cost"], 654_000 + 331_000 + 80_000 + e["commission"] + e["platform_fee"])
    assert math.isclose(sum(p["gmv"] for p in proj.by_platform.values()), e["gmv"])
    assert set(proj.by_platform) == {"taobao_live", "douyin", "kuaishou", "xiaohongshu"}
    # Viewers per session: the tier benchmark's UV band (P10–P90 views / 1.6), widened by the largest
    # follower factor a tier allows (√ of the band edges over its midpoint), times slot × festival × duration.
    book = BenchmarkBook.from_plan(plan)
    bands = {"koc": (1, 10_000), "tail": (10_000, 500_000), "waist": (500_000, 5e6), "head": (5e6, 5e7)}
    for s in proj.sessions:
        fig = book.figure("session_views", s.platform, s.tier)
        ref = {"koc": 3_162, "tail": 70_711, "waist": 1_581_139, "head": 15_811_388}[s.tier]
        lo_f, hi_f = (math.sqrt(b / ref) for b in bands[s.tier])
        sess = next(x for x in plan.sessions if x.id == s.session_id)
        m = s.slot_multiplier * (sess.duration_min / 180) ** 0.6
        if s.festival:
            m *= book.get("festival_viewer_multiplier", s.platform, s.tier)
        base = s.organic_viewers / m
        assert fig.low / 1.6 * lo_f <= base <= fig.high / 1.6 * hi_f, s
        # paid traffic: at most 1× organic viewers plus the platform's paid pool (v2 §1.4)
        assert s.paid_viewers <= s.organic_viewers + book.get("paid_pool_min", s.platform)


def test_demo_ranges_ordered_and_plausible(demo) -> None:
    plan, cid = demo
    proj = project_campaign(plan, cid, draws=DRAWS)
    assert proj.range is not None and proj.by_platform_range is not None and proj.session_range is not None
    for q in list(proj.range.values()) + [q for d in proj.by_platform_range.values() for q in d.values()]:
        assert q.p10 <= q.p50 <= q.p90
    for s in proj.sessions:
        r = proj.session_range[s.session_id]["viewers"]
        assert r.p10 < r.p90
    # The range must be a real range (shared shocks), and bracket the point projection at medians.
    for k in ("viewers", "gmv", "reach"):
        assert proj.range[k].p90 / proj.range[k].p10 > 2
        assert proj.range[k].p10 < proj.expected[k] < proj.range[k].p90
    assert 0.3 < proj.range["roi"].p10 and proj.range["roi"].p90 < 10
    assert proj.range["frequency"].p10 >= 1
    assert proj.range["reach"].p90 < 1.067e9


def test_same_seed_same_numbers_other_seed_other_numbers(demo, monkeypatch) -> None:
    plan, cid = demo
    a = project_campaign(plan, cid, draws=DRAWS, seed=7).to_json()
    b = project_campaign(plan, cid, draws=DRAWS, seed=7).to_json()
    assert a == b
    assert project_campaign(plan, cid, draws=DRAWS, seed=8).to_json()["range"] != a["range"]
    # Draws are keyed, not positional: a different block size gives the very same draws.
    monkeypatch.setattr(P, "BLOCK_ELEMENTS", 37)
    c = project_campaign(plan, cid, draws=DRAWS, seed=7).to_json()
    assert c == a


def test_duplicated_scenario_gets_identical_draws(store) -> None:
    cid = store.find_campaign("DEMO").id
    dup = store.duplicate_campaign(cid)
    plan = store.load_plan()
    a, b = project_draws(plan, cid, 300, 11), project_draws(plan, dup.id, 300, 11)
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])


def test_scenario_differences_are_not_noise(store) -> None:
    """More paid traffic on one session gives more viewers in every single paired draw."""
    cid = store.find_campaign("DEMO").id
    dup = store.duplicate_campaign(cid)
    s = store.sessions(dup.id)[3]
    store.update_session(replace(s, paid_budget=s.paid_budget + 100_000))
    plan = store.load_plan()
    a, b = project_draws(plan, cid, 300, 5), project_draws(plan, dup.id, 300, 5)
    assert np.all(b["viewers"] > a["viewers"]) and np.all(b["reach"] >= a["reach"])
    assert np.all(np.isclose(b["paid_traffic"] - a["paid_traffic"], 100_000))


def test_adding_a_session_never_lowers_reach(demo) -> None:
    plan, cid = demo
    before = project_campaign(plan, cid, draws=0).expected
    for s in list(plan.sessions)[:6]:
        extra = replace(s, id=9_000 + s.host_id, start=s.start.replace(year=2027, month=7, day=2))
        plan2 = replace_sessions(plan, plan.sessions + [extra])
        after = project_campaign(plan2, cid, draws=0).expected
        assert after["reach"] >= before["reach"] and after["viewers"] > before["viewers"]


def replace_sessions(plan, sessions):
    clone = type(plan)(**{f: getattr(plan, f) for f in plan.__slots__})  # type: ignore[attr-defined]
    clone.sessions = list(sessions)
    return clone


def test_single_session_marginal_keeps_the_benchmark_range(demo) -> None:
    """Shares of the viewer shock add up: one session's viewers keep the benchmark's P10/P90 (1.5%)."""
    plan, cid = demo
    fixed = {"views_per_viewer", "reference_duration_minutes", "duration_elasticity"}
    plan = replace_sessions(plan, [])
    plan.benchmarks = [replace(f, low=None, high=None) if f.metric in fixed else f for f in plan.benchmarks]
    host = next(h for h in plan.hosts.values() if h.platform == "douyin" and (h.followers or 0) > 500_000)
    plan.sessions = [Session(campaign_id=cid, host_id=host.id, start=from_china(date(2027, 4, 14), time(20)),
                             duration_min=180, session_type="dedicated", id=1)]  # E = V: no exposure draw
    proj = project_campaign(plan, cid, draws=60_000)
    fig = BenchmarkBook.from_plan(plan).figure("session_views", "douyin", "waist")
    point = proj.sessions[0].viewers
    q = proj.session_range[1]["viewers"]
    assert math.isclose(q.p10 / point, fig.low / fig.value * math.sqrt(fig.value ** 2 / (fig.low * fig.high)),
                        rel_tol=0.015)
    assert math.isclose(q.p90 / point, fig.high / fig.value * math.sqrt(fig.value ** 2 / (fig.low * fig.high)),
                        rel_tol=0.015)


def test_explain_adds_up_to_the_projection(demo) -> None:
    plan, cid = demo
    proj = project_campaign(plan, cid, draws=0)
    for s in proj.sessions:
        ex = explain_session(plan, cid, s.session_id)
        assert math.isclose(ex.value("Viewers"), s.viewers, rel_tol=1e-9)
        assert math.isclose(ex.value("GMV"), s.gmv, rel_tol=1e-9)
        assert math.isclose(ex.value("Session cost"), s.cost, rel_tol=1e-9)
        assert math.isclose(ex.value("ROI"), s.roi, rel_tol=1e-9)
    ex = explain_session(plan, cid, proj.sessions[0].session_id)
    labels = [st.label for st in ex.steps]
    assert "Benchmark views per session" in labels and any("Festival" in lbl for lbl in labels)
    sv = next(st for st in ex.steps if st.label == "Benchmark views per session")
    assert sv.basis == "estimate" and "Planner estimate" in sv.source
    assert "Viewers" in ex.text() and "[estimate]" in ex.text()


def test_actuals_pull_a_host_toward_its_history(store) -> None:
    cid = store.find_campaign("DEMO").id
    before = project_campaign(store.load_plan(), cid, draws=0)
    first = before.sessions[0]
    from planner.domain.models import SessionActual
    # The host's first session really drew a tenth of its projection, with 1% conversion.
    # v2 §6: a session with paid traffic calibrates with its organic part (actual minus the trace's paid viewers)
    store.set_actual(SessionActual(session_id=first.session_id, viewers=first.organic_viewers / 10 + first.paid_viewers,
                                   orders=first.viewers / 1000))  # ~1% of its brand viewers
    after = project_campaign(store.load_plan(), cid, draws=0)
    s2 = after.session(first.session_id)
    # n = 1 actual, n0 = 3: log base moves a quarter of the way, i.e. × 10^(−1/4).
    assert math.isclose(s2.organic_viewers / first.organic_viewers, 10 ** -0.25, rel_tol=1e-9)
    assert s2.buyers / s2.viewers < first.buyers / first.viewers
    other = next(s for s in before.sessions if s.host_id != first.host_id)
    assert after.session(other.session_id).viewers == other.viewers


def test_money_in_campaign_currency(demo) -> None:
    plan, cid = demo
    cny = project_campaign(plan, cid, draws=0).expected
    camp = plan.campaigns[cid]
    plan.campaigns[cid] = replace(camp, currency="EUR", other_costs=camp.other_costs / 8)
    plan.sessions = [replace(s, slot_fee=s.slot_fee / 8, paid_budget=s.paid_budget / 8) for s in plan.sessions]
    plan.fx = {**plan.fx, "EUR": FxRate("EUR", 8.0)}
    eur = project_campaign(plan, cid, draws=0)
    assert eur.currency == "EUR"
    assert math.isclose(eur.expected["viewers"], cny["viewers"], rel_tol=1e-12)
    for k in ("gmv", "net_gmv", "cost", "profit", "cpm"):
        assert math.isclose(eur.expected[k] * 8, cny[k], rel_tol=1e-9), k
    assert math.isclose(eur.expected["roi"], cny["roi"], rel_tol=1e-9)
    plan.fx = {k: v for k, v in plan.fx.items() if k != "EUR"}
    with pytest.raises(PlannerError, match="exchange rate for EUR"):
        project_campaign(plan, cid, draws=0)


# -- bad input ------------------------------------------------------------------------------

def test_host_on_platform_without_benchmarks(demo) -> None:
    plan, cid = demo
    hid = plan.sessions[0].host_id
    plan.hosts[hid] = replace(plan.hosts[hid], platform="weibo")
    # The first figure looked up for the platform is named, with the platform, never a traceback.
    with pytest.raises(MissingBenchmarkError, match=r"no '[a-z_]+' figure for platform 'weibo'"):
        project_campaign(plan, cid, draws=0)


def test_missing_tier_figure_is_named(demo) -> None:
    plan, cid = demo
    plan.benchmarks = [f for f in plan.benchmarks
                       if not (f.metric == "session_views" and f.platform == "kuaishou" and f.tier == "tail")]
    with pytest.raises(MissingBenchmarkError, match=r"'session_views'.*'kuaishou'.*tier 'tail'"):
        project_campaign(plan, cid, draws=0)


def test_zero_universe(demo) -> None:
    plan, cid = demo
    plan.benchmarks = [replace(f, value=0.0) if f.metric == "universe" and f.platform == "douyin" else f
                       for f in plan.benchmarks]
    with pytest.raises(PlannerError, match=r"'universe'.*'douyin'.*0"):
        project_campaign(plan, cid, draws=10)


def test_campaign_without_sessions(store) -> None:
    empty = store.add_campaign(Campaign(name="Empty", start_date=date(2027, 1, 1), end_date=date(2027, 1, 31)))
    with pytest.raises(PlannerError, match="has no sessions to project"):
        project_campaign(store.load_plan(), empty.id)
    plan = store.load_plan()
    cid = store.find_campaign("DEMO").id
    plan.sessions = [replace(s, status="cancelled") for s in plan.sessions]
    with pytest.raises(PlannerError, match="cancelled sessions are left out"):
        project_campaign(plan, cid)


# -- CLI ----------------------------------------------------------------------------------

def test_cli_project_json_contract(plan_path, capsys) -> None:
    """The issue-14 contract: median (headline), mean, range (p10/p50/p90), trace, and sessions with lineage."""
    assert run(["--db", str(plan_path), "project", "DEMO", "--json", "--draws", "200", "--seed", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"median", "mean", "range", "trace", "sessions"}
    metrics = {"show_viewers", "viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi",
               "profit", "cost_per_1000_views", "cost_per_reach"}
    assert set(out["median"]) == set(out["mean"]) == set(out["range"]) == set(out["trace"]) == metrics
    for m in metrics:
        q = out["range"][m]
        assert set(q) == {"p10", "p50", "p90"} and q["p10"] <= q["p50"] <= q["p90"] and q["p50"] == out["median"][m]
    assert out["median"]["viewers"] < out["median"]["show_viewers"]  # the demo has slots: E < V
    assert len(out["sessions"]) == 20
    for s in out["sessions"]:
        assert set(s) == {"id", "lineage", "session_type", "brand_minutes", "trace"}
        assert s["session_type"] in ("dedicated", "slot") and s["lineage"] == s["id"]
        assert set(s["trace"]) == {"show_viewers", "viewers", "buyers", "gmv", "net_gmv", "cost"}
        assert s["trace"]["viewers"] <= s["trace"]["show_viewers"] * (1 + 1e-12)
    assert math.isclose(sum(s["trace"]["gmv"] for s in out["sessions"]), out["trace"]["gmv"], rel_tol=1e-9)


def test_cli_benchmarks_json_and_campaign_new(plan_path, capsys) -> None:
    assert run(["--db", str(plan_path), "benchmarks", "--json", "--platform", "douyin"]) == 0
    figs = json.loads(capsys.readouterr().out)
    cpm = next(f for f in figs if f["metric"] == "cpm_paid" and f["platform"] == "douyin")
    assert {"value", "low", "high", "unit", "basis", "year", "source"} <= set(cpm) and cpm["basis"] == "estimate"
    assert "4-60 CNY" in cpm["note"]
    assert run(["--db", str(plan_path), "benchmarks", "--platform", "douyin", "--metric", "cpm_paid"]) == 0
    assert "note: median picked" in capsys.readouterr().out
    assert run(["--db", str(plan_path), "campaign", "new", "Double 11 test", "--start", "2027-10-20", "--end",
                "2027-11-11", "--budget", "500000", "--currency", "CNY", "--margin", "0.55", "--brand", "B"]) == 0
    cid = int(capsys.readouterr().out.strip())
    assert run(["--db", str(plan_path), "campaigns"]) == 0 and "Double 11 test" in capsys.readouterr().out
    assert cid > 1
    # A currency without a rate and an end before the start are refused, naming field, value and rule.
    assert run(["--db", str(plan_path), "campaign", "new", "X", "--start", "2027-10-20", "--end", "2027-11-11",
                "--budget", "1", "--currency", "XAU"]) == 2
    assert "--currency XAU" in capsys.readouterr().err
    assert run(["--db", str(plan_path), "campaign", "new", "X", "--start", "2027-10-20", "--end", "2027-10-01",
                "--budget", "1", "--currency", "CNY"]) == 2
    assert "end_date" in capsys.readouterr().err


def test_cli_project_summary_and_errors(plan_path, capsys) -> None:
    assert run(["--db", str(plan_path), "project", "1", "--draws", "100"]) == 0
    out = capsys.readouterr().out
    assert "P10–P90" in out and " CNY" in out and "douyin:" in out
    assert "median (P50)" in out and "average outcome" in out and "Brand viewers" in out and "GMV on slots" in out
    assert any("," in line and "GMV" in line for line in out.splitlines())
    assert run(["--db", str(plan_path), "project", "no such campaign"]) == 2
    assert "no such campaign" in capsys.readouterr().err


# -- engine speed-ups keep the numbers -----------------------------------------------------

def test_threads_and_blocks_give_the_same_draws(demo, monkeypatch) -> None:
    """Large runs share blocks between threads; each block writes its own rows, so nothing changes."""
    plan, cid = demo
    from planner.domain.engine import compile_campaign

    c = compile_campaign(plan, cid)
    keys = ("viewers", "gmv")
    monkeypatch.setattr(P, "THREADS", 1)
    one = P.run_draws(c, 500, 9, session_keys=keys)
    monkeypatch.setattr(P, "THREADS", 2)
    monkeypatch.setattr(P, "THREAD_ELEMENTS", 0)
    monkeypatch.setattr(P, "BLOCK_ELEMENTS", 333)
    two = P.run_draws(c, 500, 9, session_keys=keys)
    for a, b in zip(one, two):
        assert a.keys() == b.keys()
        for k in a:
            np.testing.assert_array_equal(a[k], b[k])


def test_session_money_adds_up_to_the_totals(store) -> None:
    """Money is summed per host inside the engine; per-session figures must add up to the same totals,
    with actuals (shrinkage), a session's own commission rate, festival and paid sessions in the plan."""
    cid = store.find_campaign("DEMO").id
    from planner.domain.models import SessionActual

    first = store.sessions(cid)[0]
    store.set_actual(SessionActual(session_id=first.id, viewers=50_000, orders=900))  # type: ignore[arg-type]
    other = store.sessions(cid)[5]
    store.update_session(replace(other, commission_rate=0.11))
    plan = store.load_plan()
    from planner.domain.engine import compile_campaign
    from planner.domain.evaluate import Shocks, evaluate, stream_keys
    from planner.domain.shocks import ShockSource

    c = compile_campaign(plan, cid)
    assert c.s_shrink_idx.size and not c.h_comm_exact and c.s_fest.any() and c.s_paid_idx.size
    keys = ("viewers", "buyers", "gmv", "net_gmv", "commission", "platform_fee")
    for z in (None, Shocks.draw(stream_keys(c), ShockSource(4), 0, 50)):
        b = evaluate(c, z, session_keys=keys)
        for k in keys:
            np.testing.assert_allclose(b.sessions[k].sum(axis=1), b.totals[k], rtol=1e-12)
            np.testing.assert_allclose(b.by_platform[k].sum(axis=1), b.totals[k], rtol=1e-12)


def test_listing_commands_does_not_load_the_engine() -> None:
    """`planner --version` and `planner campaigns` build the parser: no numpy, scipy or projection engine."""
    import subprocess
    import sys

    code = ("import sys; from planner.cli import build_parser; build_parser(); "
            "print([m for m in ('numpy', 'scipy', 'pandas', 'planner.domain.projection') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    from planner import cli_project

    assert cli_project.DEFAULT_SEED == P.DEFAULT_SEED
    assert set(TOTAL_KEYS) <= set(cli_project.SUMMARY_KEYS)  # v2 adds show viewers beside brand viewers


def test_shock_streams_follow_the_documented_pool_walk() -> None:
    """Stream of key h, draw d reads the pool at (a_h + d·b_h) mod 2^20 (shocks module docstring), whatever
    the integer type used to build the indices: the draws of every existing plan stay the same."""
    from planner.domain.shocks import POOL_SIZE, ShockSource, mix64, text_key

    src = ShockSource(20270618)
    keys = np.array([text_key(f"k{i}") for i in range(50)], np.uint64)
    got = src.normals(keys, 4_000, 300)
    h = [int(x) for x in mix64(keys ^ np.uint64(src.seed))]
    for j, hj in enumerate(h):
        a, b = hj & (POOL_SIZE - 1), ((hj >> 32) | 1) & (POOL_SIZE - 1)
        want = [src.pool[(a + d * b) % POOL_SIZE] for d in range(4_000, 4_300)]
        np.testing.assert_array_equal(got[:, j], want)
    ws_out = np.empty((300, 50))
    src.stream_normals(src.streams(keys), 4_000, 300, out=ws_out, work=np.empty((300, 50), np.int64))
    np.testing.assert_array_equal(ws_out, got)


def test_money_warnings_paid_traffic_and_budget(demo) -> None:
    """The Problems-panel rule: the last CNY of an oversized paid budget loses money; cost above budget warns."""
    from dataclasses import replace as _r

    from planner.domain.money_checks import marginal_paid_profit, money_warnings

    plan, cid = demo
    first = plan.sessions[0]
    plan.sessions = [_r(first, paid_budget=5_000_000.0) if s.id == first.id else s for s in plan.sessions]
    plan.campaigns[cid] = _r(plan.campaigns[cid], budget=100_000.0)
    proj = project_campaign(plan, cid, draws=200)
    marg = marginal_paid_profit(plan, cid, proj)
    assert marg[first.id] < 0 and len(marg) == sum(1 for s in plan.sessions if s.paid_budget > 0)
    kinds = {(w.kind, w.session_id) for w in money_warnings(plan, cid, proj)}
    assert ("paid_traffic_loses", first.id) in kinds and ("over_budget", None) in kinds
    # The marginal profit is the derivative of the trace's profit: check against a finite difference.
    bumped = [_r(s, paid_budget=s.paid_budget + 1.0) if s.id == first.id else s for s in plan.sessions]
    plan.sessions = bumped
    diff = project_campaign(plan, cid, draws=0).expected["profit"] - proj.expected["profit"]
    assert math.isclose(diff, marg[first.id], rel_tol=2e-3, abs_tol=2e-3)
