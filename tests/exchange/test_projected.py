"""Projected figures in exports (needs planner.domain.projection)."""

from __future__ import annotations

import openpyxl
import pytest

from planner.exchange import export_csv, export_xlsx

pytest.importorskip("planner.domain.projection")


def test_schedule_and_summary_carry_projections(store, tmp_path):
    from planner.domain.projection import project_campaign

    camp = store.campaigns()[0]
    path = tmp_path / "plan.xlsx"
    export_xlsx(store, path, camp.id, draws=200)
    wb = openpyxl.load_workbook(path)
    ws = wb["Schedule"]
    headers = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 20
    viewers = [r[headers.index("Projected viewers")] for r in rows]
    gmv = [r[headers.index("Projected GMV")] for r in rows]
    assert all(isinstance(v, (int, float)) and v > 0 for v in viewers + gmv)
    expected = project_campaign(store.load_plan([camp.id]), camp.id, draws=0)
    assert sum(gmv) == pytest.approx(sum(s.gmv for s in expected.sessions), rel=1e-6)

    summary = list(wb["Summary"].iter_rows(values_only=True))
    gmv_row = next(r for r in summary if r[1] == "GMV")
    # v2 headline: the median first, then P10, P90, the average outcome and the trace (all medians)
    assert list(next(wb["Summary"].iter_rows(values_only=True)))[2:7] == [
        "Median (P50)", "P10", "P90", "Average outcome", "Trace (all medians)"]
    _, _, p50, p10, p90, mean, trace, unit = gmv_row
    assert unit == "CNY" and p10 < p50 < p90 and trace == pytest.approx(expected.expected["gmv"]) and mean > 0

    bench = list(wb["Benchmarks"].iter_rows(values_only=True))
    assert bench[0][:4] == ("Platform", "Tier / band", "Metric", "Value (median)")
    assert {r[0] for r in bench[1:]} <= {"All platforms", "Taobao Live", "Douyin", "Kuaishou",
                                         "Xiaohongshu (Little Red Book)"}
    assert all(r[9] for r in bench[1:] if r[8] == "sourced")  # sourced figures name their source


def test_csv_carries_projected_viewers(store, tmp_path):
    path = tmp_path / "s.csv"
    export_csv(store, path, store.campaigns()[0].id)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    col = lines[0].split(",").index("Projected viewers")
    assert all(int(line.split(",")[col]) > 0 for line in lines[1:] if line.count(",") == lines[0].count(","))


def test_campaign_without_sessions_exports_with_a_note(empty_store, tmp_path):
    from datetime import date

    from planner.domain.models import Campaign

    empty_store.add_campaign(Campaign(name="空活动", start_date=date(2027, 1, 1), end_date=date(2027, 1, 2)))
    path = tmp_path / "empty.xlsx"
    export_xlsx(empty_store, path, "空活动", lang="zh")
    wb = openpyxl.load_workbook(path)
    assert wb["直播排期表"].max_row == 1
    notes = [r[2] for r in wb["活动汇总"].iter_rows(values_only=True) if r[1] == "说明"]
    assert notes and "无预估" in notes[0]  # the note is in the workbook's language
