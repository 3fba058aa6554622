"""The Results (复盘) view driven with qtbot: plan against actual, sorted by surprise, regrouped, recomputed after
an edit (and its undo), exported as a workbook; and its tab in the main window."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from planner.domain.models import SessionActual
from planner.ui import formatting as F
from planner.storage import PlanStore
from planner.storage.actuals import SetActuals
from tests.test_cli_actuals import past_campaign

FIGURES = [(20_000, 60_000.0), (400_000, 5_000_000.0), (9_000, 30_000.0), (31_000, 95_000.0), (15_000, 40_000.0),
           (26_000, 70_000.0), (2_000, 1_000.0), (18_000, 52_000.0)]


@pytest.fixture
def recorded(plan_path):
    cid, ids = past_campaign(plan_path, n=12)
    with PlanStore.open(plan_path) as store:
        SetActuals(tuple(SessionActual(sid, viewers=v, orders=round(g / 200), gmv=g, refunds=g * 0.1)
                         for sid, (v, g) in zip(ids, FIGURES))).apply(store)
    return cid, ids


@pytest.fixture
def view(qtbot, plan_path, recorded):
    from planner.ui.context import PlanContext
    from planner.ui.views.results_view import ResultsView

    store = PlanStore.open(plan_path)
    context = PlanContext(store)
    v = ResultsView(context)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitExposed(v)
    with qtbot.waitSignal(v.results_shown, timeout=20000):
        context.select_campaign(recorded[0])
    yield v
    v.close()
    store.close()


def cell(view, row: int, header: str) -> str:
    model = view.table.model()
    col = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)
    return model.index(row, col).data()


def test_sessions_sorted_by_surprise_with_range_and_totals(view, recorded):
    r = view.results
    assert r.recorded_count == 8 and len(r.sessions) == 12
    assert view.table.model().rowCount() == 12
    surprises = [s.surprise for s in r.sessions if s.recorded]
    assert surprises == sorted(surprises, reverse=True) and surprises[0] > 1
    first = r.sessions[0]
    assert first.actual["gmv"] in (5_000_000.0, 1_000.0)  # one of the two wild shows leads
    assert cell(view, 0, "GMV inside P10–P90") == ("inside" if first.inside("gmv") else "outside")
    assert cell(view, 0, "GMV vs P50").endswith("%")
    assert cell(view, 11, "GMV (actual)") == "—"  # still to come
    totals = view.totals.text()
    assert f"actual so far {F.money(5_348_000, 'CNY')}" in totals
    assert "still to come" in totals
    assert "8 recorded show(s)" in view.backtest_label.text() and "Too early to judge" in view.backtest_label.text()
    assert len(view.whiskers.shows) == 8


def test_regrouping_by_host_and_platform(view, qtbot):
    view.grouping.setCurrentIndex(1)
    hosts = {s.host_name for s in view.results.sessions if s.recorded}
    assert view.table.model().rowCount() == len(hosts)
    view.grouping.setCurrentIndex(2)
    assert view.table.model().rowCount() == 1 and cell(view, 0, "Platform") == "Douyin (抖音)"  # named as every other view names it, not by its key


def test_an_edit_and_its_undo_recompute_the_results(view, qtbot, recorded):
    _cid, ids = recorded
    ctx = view.context
    with qtbot.waitSignal(view.results_shown, timeout=20000):
        ctx.apply(SetActuals((SessionActual(ids[8], viewers=50_000, gmv=200_000.0),)))
    assert view.results.recorded_count == 9
    assert view.results.actual_so_far("gmv") == pytest.approx(5_348_000 + 200_000)
    with qtbot.waitSignal(view.results_shown, timeout=20000):
        ctx.undo_stack.undo()
    assert view.results.recorded_count == 8


def test_export_workbook_in_chinese(view, qtbot, tmp_path):
    out = tmp_path / "复盘.xlsx"
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_to(str(out), "zh")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["总览", "场次复盘", "达人复盘", "平台复盘"]
    headers = [c.value for c in wb["场次复盘"][1]]
    assert headers[:3] == ["开播时间", "主播", "平台"] and "实际GMV" in headers
    assert wb["场次复盘"].max_row == 13


def test_results_tab_in_the_main_window(window, qtbot, recorded):
    tabs = window.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Results (复盘)" in titles
    window.context.select_campaign(recorded[0])
    tabs.setCurrentIndex(titles.index("Results (复盘)"))
    view = tabs.current_view()
    qtbot.waitUntil(lambda: view.results is not None and view.results.campaign_id == recorded[0], timeout=20000)
    assert view.table.model().rowCount() == 12


def test_import_dialog_previews_then_imports_as_one_undo_step(view, qtbot, recorded, tmp_path):
    from planner.ui.dialogs.actuals_import_dialog import ActualsImportDialog

    _cid, ids = recorded
    csv = tmp_path / "罗盘.csv"
    csv.write_bytes("达人昵称,开播时间,场观,成交金额\n"
                    "林医生护肤,2026-03-10 20:05,30000,90000\n"     # session 10 (Dr. Lin, every 3rd day)
                    "林医生护肤,2026-03-20 14:00,5000,9000\n".encode("gbk"))  # no session then
    dialog = view.import_dialog(str(csv))
    assert isinstance(dialog, ActualsImportDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["matched", "not matched"]
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.unplanned.setChecked(True)
    assert "new unplanned session" in dialog.table.item(1, 4).text()
    store = view.context.store
    n = store.session_count()
    with qtbot.waitSignal(view.results_shown, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.session_count() == n + 1 and store.actual(ids[9]).viewers == 30000
    assert view.context.undo_stack.count() == 1
    view.context.undo_stack.undo()
    assert store.session_count() == n and store.actual(ids[9]) is None


def test_import_dialog_lists_problems_and_refuses(view, qtbot, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("主播,开播时间,成交金额,退款金额\n林医生护肤,2026-03-10 20:00,100,900\n", encoding="utf-8")
    dialog = view.import_dialog(str(csv))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert "row 2, 退款金额 = 900.0: refunds cannot be above" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled() and "nothing can be imported" in dialog.summary.text()


def test_a_campaign_without_sessions_says_so(view, qtbot):
    from datetime import date

    from planner.domain.models import Campaign

    empty = view.context.store.add_campaign(Campaign(name="Empty", start_date=date(2026, 1, 1),
                                                     end_date=date(2026, 1, 2)))
    with qtbot.waitSignal(view.results_shown, timeout=20000):
        view.context.select_campaign(empty.id)
    assert view.results is None and "has no sessions" in view.totals.text()
    assert view.table.model().rowCount() == 0 and not view.export_button.isEnabled()
    assert view.whiskers.plot.getAxis("bottom")._tickLevels == [[], []]  # no dates of the campaign shown before


def test_pointing_at_a_show_names_it_with_its_figures(view, qtbot):
    from PySide6.QtCore import QPointF

    chart = view.whiskers
    view.charts.setCurrentWidget(chart)
    qtbot.wait(50)
    first = chart.shows[0]
    scene = chart.plot.vb.mapViewToScene(QPointF(0, 4))
    text = chart.hover_text(scene)
    assert first.host_name in text and "actual 20,000" in text and "P10–P90" in text
    assert chart.hover_text(chart.plot.vb.mapViewToScene(QPointF(40, 4))) == ""
