"""Comparison charts (issue 6): the plotted data is the domain's, switching updates it, exports are valid."""

from __future__ import annotations

import dataclasses
import gc
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from planner.domain.projection import project_campaign, project_draws
from planner.ui.charts import ChartsView, style
from planner.ui.charts.benchmark_chart import BenchmarkChart
from planner.ui.charts.budget_chart import BudgetChart
from planner.ui.charts.buildup_chart import BuildupChart, day_x
from planner.services.chart_data import DEFAULT_SEED, china_day, scaled_plan
from planner.ui.charts.scenario_chart import ScenarioChart
from planner.ui.context import PlanContext

DRAWS = 200


@pytest.fixture(autouse=True)
def _free_charts_while_qt_lives(qapp):
    """Collect the charts' Python wrappers after each test, while the QApplication still exists.

    pytest-qt closes and ``deleteLater``s the widgets; reference cycles (signal lambdas) would otherwise
    be collected at interpreter exit, after Qt is gone, where PySide6 6.12 + pyqtgraph 0.14 abort.
    """
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _figure(store, platform: str, metric: str, tier: str = ""):
    rows = [f for f in store.benchmarks(platform=platform, metric=metric) if (f.tier or "") == tier]
    assert len(rows) == 1
    return rows[0]


@pytest.fixture
def scenario(store):
    """The demo campaign and a scenario of it with 50% more paid traffic."""
    base = store.campaigns()[0]
    scen = store.duplicate_campaign(base.id, "Scenario B (+50% paid)")
    store.update_sessions([dataclasses.replace(s, paid_budget=s.paid_budget * 1.5) for s in store.sessions(scen.id)])
    return base.id, scen.id


@pytest.fixture
def bench_chart(qtbot, store):
    chart = BenchmarkChart(store)
    qtbot.addWidget(chart)
    return chart


# -- platform benchmarks ---------------------------------------------------------------------------------

def test_benchmark_bars_are_the_library_figures(bench_chart, store):
    bench_chart.set_metric("session_views")
    bench_chart.set_tier("waist")
    keys = [b.key for b in bench_chart.bars]
    assert keys == [p.key for p in store.platforms()]
    expected = [_figure(store, k, "session_views", "waist") for k in keys]
    np.testing.assert_allclose(bench_chart.plotted_values(), [f.value for f in expected], rtol=1e-9)
    # whiskers: P10 below and P90 above each bar, in the plotted (log) space
    err = bench_chart.error_item.opts
    tops = 10 ** (np.asarray(err["y"]) + np.asarray(err["top"]))
    bottoms = 10 ** (np.asarray(err["y"]) - np.asarray(err["bottom"]))
    np.testing.assert_allclose(tops, [f.high for f in expected], rtol=1e-9)
    np.testing.assert_allclose(bottoms, [f.low for f in expected], rtol=1e-9)


def test_switching_metric_and_tier_redraws(bench_chart, store, qtbot):
    with qtbot.waitSignal(bench_chart.redrawn):
        bench_chart.set_metric("cpm_paid")
    assert not bench_chart.log_scale()
    values = bench_chart.bar_item.opts["height"]
    np.testing.assert_allclose(values, [_figure(store, p.key, "cpm_paid").value for p in store.platforms()])
    # Every CPM is an estimate since the v2 library corrected Douyin's basis: all hatched
    brushes = dict(zip([b.key for b in bench_chart.bars], bench_chart.bar_item.opts["brushes"]))
    assert brushes["douyin"].style() == Qt.BrushStyle.BDiagPattern
    assert brushes["taobao_live"].style() == Qt.BrushStyle.BDiagPattern
    err = bench_chart.error_item.opts
    np.testing.assert_allclose(np.asarray(err["y"]) + np.asarray(err["top"]),
                               [_figure(store, p.key, "cpm_paid").high for p in store.platforms()])

    # sourced (Douyin universe) solid, estimated (Taobao Live universe) hatched
    bench_chart.set_metric("universe")
    brushes = dict(zip([b.key for b in bench_chart.bars], bench_chart.bar_item.opts["brushes"]))
    assert brushes["douyin"].style() == Qt.BrushStyle.SolidPattern
    assert brushes["taobao_live"].style() == Qt.BrushStyle.BDiagPattern

    bench_chart.set_metric("session_views")
    bench_chart.set_tier("head")
    np.testing.assert_allclose(bench_chart.plotted_values(),
                               [_figure(store, p.key, "session_views", "head").value for p in store.platforms()])


def test_all_platform_metric_is_shown_by_tier(bench_chart, store):
    bench_chart.set_metric("commission_rate")
    assert [b.key for b in bench_chart.bars] == ["koc", "tail", "waist", "head"]
    np.testing.assert_allclose(bench_chart.plotted_values(),
                               [_figure(store, "all", "commission_rate", t).value
                                for t in ("koc", "tail", "waist", "head")])


def test_tooltip_names_source_and_year(bench_chart, store):
    bench_chart.set_metric("universe")
    bar = next(b for b in bench_chart.bars if b.key == "douyin")
    fig = _figure(store, "douyin", "universe")
    text = bench_chart.tooltip_for(bar)
    assert fig.source.split(" (")[0] in text and fig.year in text and "sourced" in text


def test_user_edit_shows_after_plan_change(bench_chart, store):
    fig = _figure(store, "kuaishou", "conversion_rate")
    store.update_benchmark(dataclasses.replace(fig, value=0.031))
    bench_chart.set_metric("conversion_rate")
    bench_chart.reload()
    bar = next(b for b in bench_chart.bars if b.key == "kuaishou")
    assert bar.value == pytest.approx(0.031)
    assert bench_chart.plotted_values()[[b.key for b in bench_chart.bars].index("kuaishou")] == pytest.approx(0.031)


def test_normalised_grid_scales_each_metric_by_its_top_platform(bench_chart, store):
    bench_chart.set_mode("profile")
    bench_chart.set_profile_metrics(["avg_order_value", "universe"])
    assert set(bench_chart.profile_items) == {p.key for p in store.platforms()}
    aov = {p.key: _figure(store, p.key, "avg_order_value").value for p in store.platforms()}
    uni = {p.key: _figure(store, p.key, "universe").value for p in store.platforms()}
    for key, item in bench_chart.profile_items.items():
        np.testing.assert_allclose(item.opts["height"], [aov[key] / max(aov.values()), uni[key] / max(uni.values())])


def test_exports_write_png_and_svg(bench_chart, tmp_path):
    png = bench_chart.export_to(tmp_path / "bench.png")
    svg = bench_chart.export_to(tmp_path / "bench.svg")
    assert png.read_bytes().startswith(b"\x89PNG")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 10  # bars, whiskers, axes were written
    with pytest.raises(ValueError):
        bench_chart.export_to(tmp_path / "bench.jpg")


def test_export_actions_are_in_the_context_menu(bench_chart):
    menu = bench_chart.plot.getViewBox().menu
    assert bench_chart.exporter.png_action in menu.actions()
    assert bench_chart.exporter.svg_action in menu.actions()
    assert bench_chart.export_button.menu().actions() == [bench_chart.exporter.png_action,
                                                          bench_chart.exporter.svg_action]


# -- number formats ----------------------------------------------------------------------------------------

def test_number_formats_use_separators_and_wan_yi_in_chinese():
    assert style.format_number(12_345_678, chinese=False) == "12,345,678"
    assert style.format_number(12_345_678, chinese=True) == "1,234.6万"
    assert style.format_number(123_456_789, chinese=True) == "1.23亿"
    assert style.format_money(1_500_000, "CNY", chinese=False) == "CNY 1,500,000"
    axis = style.NumberAxis("left", "count")
    style.set_language("zh")
    try:
        assert axis.tickStrings([0, 50_000, 100_000_000], 1, 50_000) == ["0", "5万", "1亿"]
    finally:
        style.set_language(None)


# -- scenario comparison -----------------------------------------------------------------------------------

def test_scenario_comparison_plots_the_projection(qtbot, store, scenario):
    a, b = scenario
    chart = ScenarioChart(store, draws=DRAWS)
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.comparison_shown, timeout=20_000):
        chart.select_campaigns([a, b])
    plan = store.load_plan([a, b])
    pa = project_campaign(plan, a, draws=DRAWS, seed=DEFAULT_SEED)
    pb = project_campaign(plan, b, draws=DRAWS, seed=DEFAULT_SEED)
    for key in ("reach", "net_gmv", "cost", "roi"):
        # v2 headline: the bars are the medians (P50) of the draws, not the trace
        np.testing.assert_allclose(chart.outcome_bars[key].opts["height"], [pa.range[key].p50, pb.range[key].p50],
                                   rtol=1e-9)
        err = chart.outcome_errors[key].opts
        np.testing.assert_allclose(np.asarray(err["y"]) + np.asarray(err["top"]),
                                   [pa.range[key].p90, pb.range[key].p90], rtol=1e-9)
        np.testing.assert_allclose(np.asarray(err["y"]) - np.asarray(err["bottom"]),
                                   [pa.range[key].p10, pb.range[key].p10], rtol=1e-9)
    # per-platform breakdown stacks the projection's platform figures
    for platform, item in chart.breakdown_bars.items():
        np.testing.assert_allclose(item.opts["height"], [pa.by_platform[platform]["net_gmv"],
                                                         pb.by_platform[platform]["net_gmv"]], rtol=1e-9)
    # "B beats A" is the share of paired draws where B is ahead
    da, db = project_draws(plan, a, DRAWS, DEFAULT_SEED), project_draws(plan, b, DRAWS, DEFAULT_SEED)
    assert chart.comparison.prob_better[(1, "net_gmv")] == pytest.approx(np.mean(db["net_gmv"] > da["net_gmv"]))
    assert chart.comparison.prob_better[(1, "cost")] == pytest.approx(np.mean(db["cost"] < da["cost"]))
    assert "beats A on net GMV" in chart.readout.text()
    # the table: B's reach and the difference to A
    assert chart.table.columnCount() == 3
    assert style.format_number(pb.range["reach"].p50) in chart.table.item(0, 1).text()  # the median leads
    assert "P(B better)" in chart.table.item(0, 2).text()


def test_changing_the_scenarios_updates_the_plot(qtbot, store, scenario):
    a, b = scenario
    c = store.duplicate_campaign(a, "Scenario C")
    chart = ScenarioChart(store, draws=DRAWS)
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.comparison_shown, timeout=20_000):
        chart.select_campaigns([a, b, c.id])
    assert len(chart.outcome_bars["reach"].opts["height"]) == 3
    # an identical copy ties with A: half the paired draws either way
    assert chart.comparison.prob_better[(2, "reach")] == pytest.approx(0.5)
    with qtbot.waitSignal(chart.comparison_shown, timeout=20_000):
        chart.campaign_list.item(2).setCheckState(Qt.CheckState.Unchecked)  # untick C by hand
    assert len(chart.outcome_bars["reach"].opts["height"]) == 2
    with qtbot.waitSignal(chart.comparison_shown, timeout=20_000):
        chart.breakdown_combo.setCurrentIndex(chart.breakdown_combo.findData("cost"))
        chart.recompute()
    plan = store.load_plan([a])
    pa = project_campaign(plan, a, draws=0)
    assert chart.breakdown_bars["douyin"].opts["height"][0] == pytest.approx(pa.by_platform["douyin"]["cost"])


# -- reach build-up and budget curve -----------------------------------------------------------------------

def test_buildup_follows_the_projection_day_by_day(qtbot, store):
    cid = store.campaigns()[0].id
    chart = BuildupChart(store, draws=50)
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.buildup_shown, timeout=30_000):
        chart.set_campaign(cid)
    plan = store.load_plan([cid])
    xs, reach = chart.reach_curve.getData()
    _, gmv = chart.gmv_curve.getData()
    full = project_campaign(plan, cid, draws=0)
    assert reach[-1] == pytest.approx(full.expected["reach"], rel=1e-9)
    assert gmv[-1] == pytest.approx(full.expected["gmv"], rel=1e-9)
    # after the first week only that week's sessions count
    days = chart.buildup.days
    cut = days[10]
    part = dataclasses.replace(plan, sessions=[s for s in plan.sessions if china_day(s) <= cut])
    assert reach[10] == pytest.approx(project_campaign(part, cid, draws=0).expected["reach"], rel=1e-9)
    assert np.all(np.diff(reach) >= -1e-6)  # cumulative reach never falls
    assert xs[0] == day_x(days[0])  # at the date's own tick (was the next day's)
    assert set(chart.bands) == {"reach", "gmv"}
    lo, hi = chart.buildup.reach_p10, chart.buildup.reach_p90
    assert np.all(lo <= hi)
    # 618 and 520 fall in the campaign: shaded in both plots (618 with its presale)
    names = {f.key for f in chart.buildup.festivals}
    assert {"618", "520"} <= names
    assert len(chart.festival_regions) >= 2 * 3


def test_budget_curve_marks_the_plan_and_shows_increments(qtbot, store):
    cid = store.campaigns()[0].id
    chart = BudgetChart(store, multipliers=(0.25, 1.0, 2.0, 3.0))
    qtbot.addWidget(chart)
    with qtbot.waitSignal(chart.curve_shown, timeout=30_000):
        chart.set_campaign(cid)
    plan = store.load_plan([cid])
    xs, extra_reach = chart.reach_curve.getData()
    assert list(xs) == [0.0, 0.25, 1.0, 2.0, 3.0]
    at = {m: project_campaign(scaled_plan(plan, cid, m), cid, draws=0).expected for m in xs}
    np.testing.assert_allclose(extra_reach, [at[m]["reach"] - at[0.0]["reach"] for m in xs], rtol=1e-9)
    _, extra_net = chart.net_curve.getData()
    np.testing.assert_allclose(extra_net, [at[m]["net_gmv"] - at[0.0]["net_gmv"] for m in xs], rtol=1e-9)
    assert at[1.0]["reach"] == pytest.approx(project_campaign(plan, cid, draws=0).expected["reach"])
    # diminishing returns: each extra 1× of paid traffic adds less reach than the one before
    gains = np.diff(extra_reach[2:])
    assert gains[1] < gains[0]


# -- the tab ---------------------------------------------------------------------------------------------

def test_charts_view_follows_the_context_and_exports_every_chart(qtbot, store, scenario, tmp_path):
    a, b = scenario
    ctx = PlanContext(store)
    view = ChartsView(ctx, draws=DRAWS, buildup_draws=20)
    qtbot.addWidget(view)
    ctx.select_campaign(b)
    assert view.buildup.campaign_id == b and view.budget.campaign_id == b
    qtbot.waitUntil(lambda: not view.scenarios.busy, timeout=20_000)
    assert view.scenarios.selected_ids() == [a, b]  # a scenario brings its campaign as baseline
    for index, chart in enumerate(view.charts()):
        view.show_chart(index)
        qtbot.waitUntil(lambda: not chart.busy, timeout=30_000)  # noqa: B023 - waited for here
        assert chart.export_to(tmp_path / f"{index}.png").read_bytes().startswith(b"\x89PNG")
        assert ET.parse(chart.export_to(tmp_path / f"{index}.svg")).getroot().tag.endswith("svg")
    assert view.budget.curve is not None and view.buildup.buildup is not None
    # an edit elsewhere: the visible chart reloads at once, hidden ones when shown
    view.show_chart(0)
    view.show()
    fig = _figure(store, "douyin", "session_views", "waist")
    store.update_benchmark(dataclasses.replace(fig, value=333_000))
    ctx.refresh_all()
    assert np.isclose(view.benchmarks.plotted_values(), 333_000).any()
    # with the Charts tab hidden (another tab in front), the chart waits until it is shown again
    view.hide()
    store.update_benchmark(dataclasses.replace(fig, value=444_000))
    ctx.refresh_all()
    assert not np.isclose(view.benchmarks.plotted_values(), 444_000).any()
    view.show()
    assert np.isclose(view.benchmarks.plotted_values(), 444_000).any()


# -- regression: segfault in Charts ▸ Scenario comparison after untick / re-tick / untick, or an undo -------

def _painted(qtbot, view, ms=100):
    """Paint the tab for real and let queued events run (the crash came on the canvas's next paint)."""
    qtbot.wait(ms)  # queued scene updates, then the paint of the canvas
    view.repaint()


def _ticked_and_drawn(qtbot, view):
    chart = view.scenarios
    qtbot.waitUntil(lambda: not chart.busy and chart.comparison is not None
                    and [s.campaign_id for s in chart.comparison.scenarios] == chart.selected_ids(), timeout=20_000)
    _painted(qtbot, view)


def _scenario_view(qtbot, ctx):
    view = ChartsView(ctx, draws=DRAWS, buildup_draws=20)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.show_chart(1)
    return view


def test_untick_retick_untick_repaints_without_crashing(qtbot, store):
    ctx = PlanContext(store)
    view = _scenario_view(qtbot, ctx)
    chart = view.scenarios
    ctx.select_campaign(store.campaigns()[0].id)
    _ticked_and_drawn(qtbot, view)
    item = chart.campaign_list.item(0)
    for _ in range(3):
        item.setCheckState(Qt.CheckState.Unchecked)
        _painted(qtbot, view, 300)
        assert chart.comparison is None and chart.message_item.isVisible()
        assert not chart.breakdown_plot.isVisible()
        item.setCheckState(Qt.CheckState.Checked)
        _ticked_and_drawn(qtbot, view)
        assert chart.breakdown_plot.isVisible() and not chart.message_item.isVisible()
        assert len(chart.outcome_bars["reach"].opts["height"]) == 1
    item.setCheckState(Qt.CheckState.Unchecked)
    _painted(qtbot, view, 300)
    assert chart.status.text().startswith("Tick two to four")


def test_delete_scenario_retick_undo_repaints_without_crashing(qtbot, store, scenario):
    from planner.storage.edits import DeleteCampaign

    a, b = scenario
    ctx = PlanContext(store)
    view = _scenario_view(qtbot, ctx)
    chart = view.scenarios
    ctx.select_campaign(a)
    _ticked_and_drawn(qtbot, view)
    assert chart.selected_ids() == [a, b]
    plots = dict(chart.outcome_plots)
    ctx.apply(DeleteCampaign(b))  # plan_changed: the visible chart reloads at once
    _ticked_and_drawn(qtbot, view)
    assert chart.selected_ids() == [a] and chart.campaign_list.count() == 1
    item = chart.campaign_list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    _painted(qtbot, view, 300)
    item.setCheckState(Qt.CheckState.Checked)  # re-tick
    _ticked_and_drawn(qtbot, view)
    ctx.undo_stack.undo()  # the scenario comes back
    _painted(qtbot, view, 300)
    _ticked_and_drawn(qtbot, view)
    assert chart.campaign_list.count() == 2
    chart.select_campaigns([a, b])
    _ticked_and_drawn(qtbot, view)
    assert len(chart.outcome_bars["reach"].opts["height"]) == 2
    assert chart.outcome_plots == plots  # the same plot items, updated in place
    for _ in range(2):
        ctx.undo_stack.redo()  # delete again while a comparison of it is shown
        _painted(qtbot, view, 300)
        ctx.undo_stack.undo()
        _painted(qtbot, view, 300)
        _ticked_and_drawn(qtbot, view)


def test_each_chart_is_built_when_first_shown_and_follows_the_campaign(qtbot, store, scenario):
    a, b = scenario
    ctx = PlanContext(store)
    ctx.select_campaign(b)
    view = ChartsView(ctx, draws=DRAWS, buildup_draws=20)
    qtbot.addWidget(view)
    view.show()
    assert [view.is_built(i) for i in range(4)] == [True, False, False, False]
    ctx.select_campaign(a)  # before the campaign charts exist
    view.show_chart(3)
    assert view.is_built(3) and not view.is_built(1) and view.current_chart() is view.budget
    assert view.budget.campaign_id == a
    qtbot.waitUntil(lambda: not view.budget.busy and view.budget.curve is not None, timeout=30_000)
    view.show_chart(1)
    assert view.scenarios.selected_ids() == [a, b] and view.stack.currentWidget() is view.scenarios
    ctx.stop()
