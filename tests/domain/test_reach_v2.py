"""Worked cases 10–14 of reach-model.md v2 §8 and the v2 properties (brand exposure, effective exposure, paid
pool, festival tiers, calibration)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain import reach as R
from planner.domain.engine import compile_campaign
from planner.domain.evaluate import Shocks, evaluate, stream_keys
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Plan, Session, SessionActual
from planner.domain.projection import project_campaign
from planner.domain.shocks import ShockSource

REL = 1e-6


def close(a: float, b: float, rel: float = REL, abs_: float = 0.0) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def _fig(metric, value, platform="all", tier="", low=None, high=None):
    return BenchmarkFigure(platform=platform, metric=metric, value=value, tier=tier, low=low, high=high)


def plan(sessions, *, festivals=(), actuals=None, campaign=None, typical=None, q=0.4, platform="douyin"):
    figs = [
        _fig("tier_followers_min", 0, tier="koc"), _fig("tier_followers_min", 500_000, tier="waist"),
        _fig("session_views", 160_000, platform, "waist", 50_000, 2_000_000),
        _fig("festival_viewer_multiplier", 1.8, tier="waist", low=1.2, high=3),
        _fig("festival_conversion_multiplier", 1.2, low=1.0, high=1.5), _fig("minor_festival_share", 0.35, low=0.1, high=0.6),
        _fig("slot_multiplier", 1.0, tier="19-23"), _fig("slot_multiplier", 0.6, tier="00-02"),
        _fig("slot_multiplier", 0.15, tier="02-08"), _fig("slot_multiplier", 0.5, tier="08-19"),
        _fig("slot_multiplier", 0.6, tier="23-24"),
        _fig("reference_duration_minutes", 180), _fig("duration_elasticity", 0.6, low=0.4, high=0.8),
        _fig("cpm_paid", 30, platform, low=4, high=60), _fig("paid_room_ctr", 0.03, low=0.01, high=0.06),
        _fig("paid_cap_multiplier", 1.0, low=0.5, high=2), _fig("paid_pool_min", 50_000, platform, low=10_000, high=200_000),
        _fig("views_per_viewer", 1.6, low=1.2, high=2.5), _fig("room_entry_rate", 0.25),
        _fig("conversion_rate", 0.03, platform, low=0.01, high=0.08),
        _fig("avg_order_value", 150, platform, low=50, high=300), _fig("return_rate", 0.3, low=0.2, high=0.5),
        _fig("platform_fee_rate", 0.05, platform), _fig("avg_watch_minutes", 20, low=15, high=30),
        _fig("brand_slot_minutes", 8, tier="waist", low=5, high=15),
        _fig("engagement_rate", 0.05), _fig("follow_rate", 0.01), _fig("universe", 700e6, platform, low=600e6, high=760e6),
        _fig("returning_viewer_share", q, platform, low=q * 0.6, high=min(q * 1.4, 0.99)),
        _fig("national_universe", 1_067e6),
    ]
    host = Host(name="Case host", platform=platform, tier="waist", typical_viewers=typical, commission_rate=0.2, id=7)
    camp = campaign or Campaign(name="Case", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31), margin=0.6, id=1)
    return Plan(hosts={7: host}, campaigns={1: camp}, sessions=list(sessions), benchmarks=figs,
                festivals=list(festivals), actuals=actuals or {})


def sess(i, day=10, hour=12, minutes=240, kind="slot", bm=None, paid=0.0, month=3):
    return Session(campaign_id=1, host_id=7, start=datetime(2027, month, day, hour, 0, tzinfo=timezone.utc),
                   duration_min=minutes, slot_fee=20_000, paid_budget=paid, session_type=kind, brand_minutes=bm,
                   id=i, lineage=i)


# -- case 10: brand exposure ----------------------------------------------------------------------

def test_case10_brand_exposure() -> None:
    e = min(1.0, (20 + 8) / 240)
    assert close(e, 0.1166667, 1e-6) and close(200_000 * e, 23_333.33, 1e-6)
    assert close(200_000 * e * 0.03, 700.00, 1e-6) and close(200_000 * e * 0.03 * 150, 105_000.00, 1e-6)
    # The engine: one 240-min slot with 8 brand minutes and the same session as dedicated (12:00 UTC = 20:00 China).
    slot = project_campaign(plan([sess(1, bm=8)], typical=100_000), 1, draws=0).session(1)
    ded = project_campaign(plan([sess(1, kind="dedicated")], typical=100_000), 1, draws=0).session(1)
    assert close(slot.viewers / slot.show_viewers, 0.1166667, 1e-6)
    assert close(ded.viewers, ded.show_viewers) and close(ded.show_viewers, slot.show_viewers)
    assert close(ded.buyers / slot.buyers, 240 / 28) and close(slot.buyers, slot.viewers * 0.03)


# -- case 11: effective exposure ------------------------------------------------------------------

def test_case11_effective_exposure() -> None:
    w = R.exposure_weights([0.1, 0.05], 0.4)
    np.testing.assert_allclose(w, [1.0, 0.42283686], rtol=REL)
    assert close(R.exposure_reach([0.1, 0.05], 0.4), 0.12842047)
    dist = R.exposure_distribution([0.1, 0.05], 0.4)
    np.testing.assert_allclose(dist, [0.87157953, 0.10684094, 0.02157953], atol=1e-6)
    assert close(R.average_frequency(dist), 1.16803811)
    w3 = R.exposure_weights([0.1, 0.05, 0.02], 0.4)
    assert close(w3[2], 0.15404876)
    assert close(R.exposure_reach([0.1, 0.05, 0.02], 0.4), 0.13754975)
    d3 = R.exposure_distribution([0.1, 0.05, 0.02], 0.4)
    assert close(d3[2:].sum(), 0.02929238, abs_=1e-6) and close(d3[3:].sum(), 0.00315786, abs_=1e-6)
    assert R.exposure_reach([0.1, 0.05, 0.02], 0.4) > R.exposure_reach([0.1, 0.05], 0.4)


def test_case11_vectorised_weight_sums_match_the_exact_solve() -> None:
    """The engine's W (polynomial in the transformed share) against the exact roots, across returning shares."""
    rng = np.random.default_rng(3)
    for q in (0.15, 0.2, 0.3, 0.4, 0.6, 0.75):
        r = np.sort(rng.uniform(1e-6, 5e-3, 12))[::-1]
        top = r[0]
        theta = (1 - q) / (q - top)
        exact = R.exposure_weights(r, q).sum()
        g = R.Groups(np.zeros(r.size, np.intp), 1)
        w = R.exposure_weight_sums(np.log1p(-r)[None, :], np.array([[np.log1p(-top)]]), np.array([[top * theta]]),
                                   np.array([[(1 - top) * theta]]), g)[0, 0]
        assert close(w, exact, 2e-5), (q, w, exact)


def test_case3_and_4_are_the_equal_session_special_case() -> None:
    assert close(R.exposure_reach([0.1] * 4, 0.4), 0.23392)
    assert close(R.exposure_reach([0.1] * 4, 0.1), 0.3439)
    assert close(R.exposure_reach([0.1] * 7, 1.0), 0.1)
    np.testing.assert_allclose(R.exposure_distribution([0.1] * 4, 0.4),
                               [0.76608, 0.12768, 0.06048, 0.03168, 0.01408], atol=1e-6)


# -- case 12: paid pool ---------------------------------------------------------------------------

def test_case12_paid_pool() -> None:
    vmax = 1 * 300 + 50_000
    assert vmax == 50_300 and close(R.paid_viewers(15_000, vmax, 1.0), 11_554.36, 1e-6)
    # The engine: a tiny room (300 organic viewers) still buys entries from the platform's pool.
    p = plan([sess(1, kind="dedicated", paid=15_000)], typical=300 / (240 / 180) ** 0.6)
    p.benchmarks = [replace(f, value=1000.0 / 30 * 0.03 * 30) if f.metric == "cpm_paid" else f for f in p.benchmarks]
    s = project_campaign(p, 1, draws=0).session(1)
    assert close(s.organic_viewers, 300) and close(s.paid_viewers, 11_554.36, 1e-6)


# -- case 13: festival tiers ----------------------------------------------------------------------

def fest(name, start, end, tier="major", platforms="all", peak=""):
    return FestivalWindow(name_en=name, year=2027, start=start, end=end, tier=tier, platforms=platforms, peak_hours=peak)


def test_case13_minor_festival_and_platform_scope() -> None:
    assert close(1 + 0.35 * (1.8 - 1), 1.28) and close(1 + 0.35 * (1.2 - 1), 1.07)
    base = project_campaign(plan([sess(1)], typical=100_000), 1, draws=0).session(1)
    minor = project_campaign(plan([sess(1)], typical=100_000, festivals=[fest("3.10", date(2027, 3, 10),
                                                                              date(2027, 3, 10), "minor")]),
                             1, draws=0).session(1)
    assert close(minor.organic_viewers / base.organic_viewers, 1.28)
    assert close((minor.buyers / minor.viewers) / (base.buyers / base.viewers), 1.07)
    only = [fest("818", date(2027, 3, 1), date(2027, 3, 18), platforms="douyin")]
    dy = project_campaign(plan([sess(1)], typical=100_000, festivals=only), 1, draws=0).session(1)
    tb = project_campaign(plan([sess(1)], typical=100_000, festivals=only, platform="taobao_live"), 1,
                          draws=0).session(1)
    assert close(dy.organic_viewers / base.organic_viewers, 1.8) and dy.festival == "818"
    assert close(tb.organic_viewers, base.organic_viewers) and tb.festival == ""
    # Overlap: the largest multiplier applies, once.
    both = [fest("minor", date(2027, 3, 10), date(2027, 3, 10), "minor"), only[0]]
    assert close(project_campaign(plan([sess(1)], typical=100_000, festivals=both), 1, draws=0).session(1)
                 .organic_viewers / base.organic_viewers, 1.8)
    holiday = [fest("Spring", date(2027, 3, 10), date(2027, 3, 10), "holiday")]
    assert close(project_campaign(plan([sess(1)], typical=100_000, festivals=holiday), 1, draws=0).session(1)
                 .organic_viewers, base.organic_viewers)


def test_peak_hours_are_prime_time() -> None:
    """A 00:00 China session on 11.11 counts as prime time (×1.0), not off-peak (×0.6)."""
    d11 = fest("Double 11", date(2027, 11, 1), date(2027, 11, 11), peak="00-02,20-24@end")
    midnight = Session(campaign_id=1, host_id=7, start=datetime(2027, 11, 10, 16, 0, tzinfo=timezone.utc),
                       duration_min=120, session_type="dedicated", id=1)
    s = project_campaign(plan([midnight], typical=100_000, festivals=[d11]), 1, draws=0).session(1)
    assert s.slot_multiplier == 1.0
    s2 = project_campaign(plan([midnight], typical=100_000, festivals=[replace(d11, peak_hours="")]), 1,
                          draws=0).session(1)
    assert s2.slot_multiplier == 0.6


# -- case 14: calibration -------------------------------------------------------------------------

def test_case14_calibration_formulas_and_engine() -> None:
    aov = math.exp((math.log(150) + math.log(180) + 3 * math.log(200)) / 5)
    assert close(aov, 184.880348)
    assert close((0.20 + 0.25 + 3 * 0.30) / 5, 0.27)
    assert close(math.log(3) / 2.5631 * math.sqrt(3 / 5), 0.332013, 1e-5)
    # The engine: two past shows of the host with order values 150 and 180 and refund shares 0.20 and 0.25.
    past = [sess(11, day=1, kind="dedicated"), sess(12, day=2, kind="dedicated")]
    acts = {11: SessionActual(11, viewers=50_000, orders=1000, gmv=150_000, refunds=30_000),
            12: SessionActual(12, viewers=50_000, orders=1000, gmv=180_000, refunds=45_000)}
    p = plan(past + [sess(1, day=20, kind="dedicated")], typical=100_000, actuals=acts)
    p.benchmarks = [replace(f, value=200.0, low=80.0, high=500.0) if f.metric == "avg_order_value" else f
                    for f in p.benchmarks]
    s = project_campaign(p, 1, draws=0).session(1)
    assert close(s.gmv / s.buyers, 184.880348)
    assert close(s.net_gmv / s.gmv, 1 - 0.27)
    # conversion: (2000 orders + 5000 × 3%) / (100,000 brand viewers + 5000)
    assert close(s.buyers / s.viewers, (2000 + 5000 * 0.03) / (100_000 + 5000))
    # Why? names the actuals that moved each figure
    from planner.domain.explain import explain_session

    text = explain_session(p, 1, 1).text()
    assert "order value from 2 of your shows with Case host" in text
    assert "return rate from 2 of your shows" in text and "2,000 orders over 100,000 brand viewers" in text


def test_campaign_overrides_become_the_median_and_keep_the_spread() -> None:
    camp = Campaign(name="Own", start_date=date(2027, 1, 1), end_date=date(2027, 12, 31), margin=0.6, id=1,
                    avg_order_value=300.0, conversion_rate=0.01, return_rate=0.1)
    p = plan([sess(1, kind="dedicated")], typical=100_000, campaign=camp)
    s = project_campaign(p, 1, draws=0).session(1)
    assert close(s.gmv / s.buyers, 300) and close(s.buyers / s.viewers, 0.01) and close(s.net_gmv / s.gmv, 0.9)
    c = compile_campaign(p, 1)
    aov = next(f for f in c.figures if f.metric == "avg_order_value")
    assert close(aov.low, 100) and close(aov.high, 600)


# -- properties ----------------------------------------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=1e-5, max_value=0.2), min_size=1, max_size=6),
       st.floats(min_value=1e-5, max_value=0.3), st.floats(min_value=0.0, max_value=1.0))
def test_effective_exposure_properties(r: list[float], extra: float, q: float) -> None:
    a = R.exposure_reach(r, q)
    b = R.exposure_reach(r + [extra], q)
    assert b >= a * (1 - 1e-12)  # adding a session never lowers reach
    assert max(r) * (1 - 1e-9) <= a <= min(1.0, sum(r)) * (1 + 1e-9)


def _draw_reach(p: Plan, draws: int = 200) -> np.ndarray:
    c = compile_campaign(p, 1)
    src = ShockSource(11)
    return evaluate(c, Shocks.draw(stream_keys(c), src, 0, draws)).totals["reach"]


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 28), st.integers(0, 23), st.sampled_from([60, 120, 240]),
                          st.sampled_from(["slot", "dedicated"])), min_size=1, max_size=5),
       st.tuples(st.integers(1, 28), st.integers(0, 23), st.sampled_from([30, 90, 300]),
                 st.sampled_from(["slot", "dedicated"])),
       st.sampled_from([0.1, 0.3, 0.45, 0.6]))
def test_adding_a_session_never_lowers_reach_in_any_draw(base, extra, q) -> None:
    sessions = [sess(i + 1, day=d, hour=h, minutes=m, kind=k) for i, (d, h, m, k) in enumerate(base)]
    more = sessions + [sess(99, day=extra[0], hour=extra[1], minutes=extra[2], kind=extra[3])]
    before, after = _draw_reach(plan(sessions, q=q)), _draw_reach(plan(more, q=q))
    assert np.all(after >= before * (1 - 1e-9)), np.min(after / before)


def test_dedicated_never_projects_fewer_buyers_than_the_same_slot() -> None:
    for minutes in (30, 120, 240, 600):
        for bm in (None, 1.0, 29.0):
            if bm is not None and bm > minutes:
                continue
            slot = project_campaign(plan([sess(1, minutes=minutes, bm=bm)]), 1, draws=300)
            ded = project_campaign(plan([sess(1, minutes=minutes, kind="dedicated")]), 1, draws=300)
            assert ded.expected["buyers"] >= slot.expected["buyers"]
            assert ded.range["buyers"].p10 >= slot.range["buyers"].p10 * (1 - 1e-12)


def test_moving_a_session_within_its_hour_band_changes_nothing() -> None:
    a = project_campaign(plan([sess(1, day=10, hour=12), sess(2, day=11)]), 1, draws=300)
    b = project_campaign(plan([sess(1, day=12, hour=13), sess(2, day=11)]), 1, draws=300)  # 20:00 → 21:00 China
    assert a.range["gmv"].p50 == pytest.approx(b.range["gmv"].p50, rel=1e-12)
    assert a.range["reach"].p10 == pytest.approx(b.range["reach"].p10, rel=1e-12)


def test_national_universe_is_never_below_a_platforms() -> None:
    p = plan([sess(1, kind="dedicated")], typical=5e6)
    small = [replace(f, value=100e6, low=None, high=None) if f.metric == "national_universe" else f
             for f in p.benchmarks]
    a = project_campaign(p, 1, draws=0).expected["reach"]
    p.benchmarks = small
    b = project_campaign(p, 1, draws=0).expected["reach"]
    assert b == pytest.approx(a, rel=1e-6)  # reach of one platform is not shrunk by a too-small nation


def test_case14_calibrated_spread_narrows_by_sqrt_n0_over_n_plus_n0() -> None:
    """Two recorded shows: the host's order value keeps σ·sqrt(3/5) of the prior's log-spread (0.428626 →
    0.332013 for P10–P90 of 100–300)."""
    past = [sess(11, day=1, kind="dedicated"), sess(12, day=2, kind="dedicated")]
    acts = {11: SessionActual(11, viewers=50_000, orders=1000, gmv=150_000, refunds=30_000),
            12: SessionActual(12, viewers=50_000, orders=1000, gmv=180_000, refunds=45_000)}

    def spread(actuals) -> float:
        p = plan(past + [sess(1, day=20, kind="dedicated")], typical=100_000, actuals=actuals)
        p.sessions = [s for s in p.sessions if s.id == 1] + ([] if not actuals else past)
        p.benchmarks = [replace(f, value=173.2, low=100.0, high=300.0) if f.metric == "avg_order_value" else f
                        for f in p.benchmarks]
        c = compile_campaign(p, 1)
        b = evaluate(c, Shocks.draw(stream_keys(c), ShockSource(5), 0, 4000), session_keys=("gmv", "buyers"))
        i = [s.id for s in c.sessions].index(1)
        return float(np.std(np.log(b.sessions["gmv"][:, i] / b.sessions["buyers"][:, i])))

    prior, post = spread({}), spread(acts)
    assert close(prior, math.log(3) / 2.5631, 0.05)
    assert close(post / prior, math.sqrt(3 / 5), 1e-6)


def test_brand_level_calibration_moves_the_prior_of_hosts_without_actuals() -> None:
    """§6 brand level: the brand's shows with another waist host on the platform move this host's viewers and
    conversion priors by the mean log ratio of actual to trace, weighted n/(n + 5)."""
    base = plan([sess(1, day=20, kind="dedicated")], typical=100_000)
    before = project_campaign(base, 1, draws=0).session(1)
    other = Host(name="Other waist host", platform="douyin", tier="waist", typical_viewers=80_000, id=8)
    past_camp = Campaign(name="Past", start_date=date(2027, 1, 1), end_date=date(2027, 2, 28), brand="Lumière", id=2)
    past = [Session(campaign_id=2, host_id=8, start=datetime(2027, 2, d, 12, tzinfo=timezone.utc), duration_min=240,
                    session_type="dedicated", id=50 + d) for d in (1, 2)]
    p = plan([sess(1, day=20, kind="dedicated")], typical=100_000,
             campaign=replace(base.campaigns[1], brand="Lumière"))
    p.hosts[8] = other
    p.campaigns[2] = past_camp
    p.sessions += past
    trace_v = 80_000 * (240 / 180) ** 0.6  # the other host's trace show viewers (20:00 China, no festival)
    p.actuals = {s.id: SessionActual(s.id, viewers=trace_v / 2, orders=trace_v / 2 * 0.03 * 2) for s in past}
    after = project_campaign(p, 1, draws=0).session(1)
    w = 2 / (2 + 5)
    assert close(after.organic_viewers / before.organic_viewers, 1.0)  # own typical viewers: viewers stay
    assert close((after.buyers / after.viewers) / (before.buyers / before.viewers), 2 ** w)
    # A host without its own figure moves its viewers too.
    p2 = plan([sess(1, day=20, kind="dedicated")], campaign=replace(base.campaigns[1], brand="Lumière"))
    b2 = project_campaign(p2, 1, draws=0).session(1)
    p2.hosts[8], p2.campaigns[2], p2.sessions, p2.actuals = other, past_camp, p2.sessions + past, p.actuals
    a2 = project_campaign(p2, 1, draws=0).session(1)
    assert close(a2.organic_viewers / b2.organic_viewers, 0.5 ** w)
    from planner.domain.explain import explain_session

    assert "brand's shows" in " ".join(str(s.value) for s in explain_session(p2, 1, 1).steps)


def test_case11_through_the_engine_trace() -> None:
    """Two dedicated sessions of one host reaching 10% and 5% of a 1,000,000 universe, q = 0.4: the trace's
    reach is 0.12842047 of the universe (the national universe is larger, so level 3 keeps it)."""
    p = plan([sess(1, day=10, hour=12, minutes=180, kind="dedicated"),       # 20:00 China, slot ×1.0
              sess(2, day=11, hour=6, minutes=180, kind="dedicated")],       # 14:00 China, slot ×0.5
             typical=100_000)
    p.benchmarks = [replace(f, value=1e6, low=None, high=None) if f.metric == "universe" else
                    replace(f, low=None, high=None) if f.metric == "returning_viewer_share" else f
                    for f in p.benchmarks]
    e = project_campaign(p, 1, draws=0).expected
    assert close(e["reach"], 128_420.47, 1e-6)
    assert close(e["frequency"], 150_000 / 128_420.47, 1e-6)


def test_why_says_when_the_national_universe_is_raised_to_a_platforms() -> None:
    from planner.domain.explain import explain_session

    p = plan([sess(1, kind="dedicated")], typical=100_000)
    p.benchmarks = [replace(f, value=100e6, low=None, high=None) if f.metric == "national_universe" else f
                    for f in p.benchmarks]
    ex = explain_session(p, 1, 1)
    assert ex.value("National universe used for reach") == 700e6
    assert "the trace" in ex.text() and "Brand exposure e" in ex.text()
