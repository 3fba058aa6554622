"""Exports: workbook structure and cell types, CSV encoding, formula neutralising, ICS instants, cancel."""

from __future__ import annotations

import csv
from datetime import datetime, timezone

import openpyxl
import pytest

from planner.exchange import Cancelled, export_csv, export_hosts_xlsx, export_ics, export_xlsx
from tests.exchange.helpers import FORMULA_NOTE


def test_xlsx_structure_and_real_cells(cn_store, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_xlsx(cn_store, path, cn_store.campaigns()[0].id, display_zone="Europe/Rome", draws=0)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Schedule", "Hosts", "Summary", "Benchmarks"]
    ws = wb["Schedule"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["Date (China)", "Start (China)", "End (China)", "Duration (min)",
                           "Start (Europe/Rome)", "End (Europe/Rome)"]
    assert ws["A1"].font.b and ws.column_dimensions["H"].width > 10
    row = {h: c for h, c in zip(headers, ws[2])}
    assert isinstance(row["Date (China)"].value, datetime) and row["Date (China)"].is_date
    assert row["Date (China)"].value.date().isoformat() == "2027-11-01"
    assert row["Start (Europe/Rome)"].value == datetime(2027, 11, 1, 13, 0)  # CET is UTC+1 in November
    assert row["Slot fee"].data_type == "n" and row["Slot fee"].value == 12_345.67
    assert "CNY" in row["Slot fee"].number_format
    assert row["Commission"].value == 0.225 and "%" in row["Commission"].number_format
    assert row["Duration (min)"].value == 180
    hosts = wb["Hosts"]
    assert hosts.freeze_panes == "A2" and hosts.max_row == 5
    usd = [r for r in hosts.iter_rows(min_row=2) if r[0].value == "Mia的梳妆台"][0]
    assert "USD" in usd[7].number_format


def test_chinese_headers(cn_store, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_xlsx(cn_store, path, cn_store.campaigns()[0].id, lang="zh", draws=0)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["直播排期表", "达人资源表"]
    headers = [c.value for c in wb["直播排期表"][1]]
    for h in ("日期", "开播时间", "下播时间", "平台", "主播", "坑位费", "佣金比例", "投流预算", "备注"):
        assert h in headers
    roster = [c.value for c in wb["达人资源表"][1]]
    for h in ("达人昵称", "平台账号", "粉丝数", "坑位费", "佣金比例", "合作状态", "机构"):
        assert h in roster
    statuses = {r[headers.index("状态")].value for r in wb["直播排期表"].iter_rows(min_row=2)}
    assert statuses == {"已确认", "计划中", "已取消", "已完成"}


def test_formula_like_text_is_text_in_xlsx(cn_store, tmp_path):
    path = tmp_path / "plan.xlsx"
    export_xlsx(cn_store, path, cn_store.campaigns()[0].id, draws=0)
    export_hosts_xlsx(cn_store, tmp_path / "hosts.xlsx")
    for file, sheet in ((path, "Schedule"), (tmp_path / "hosts.xlsx", "Hosts")):
        ws = openpyxl.load_workbook(file)[sheet]
        cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)
                 and c.value[:1] in ("=", "+", "-", "@")]
        assert any(c.value == FORMULA_NOTE for c in cells)
        assert cells and all(c.data_type == "s" for c in cells)  # strings, never formulas ("f")


def test_csv_is_utf8_with_bom_and_neutralises_formulas(cn_store, tmp_path):
    path = tmp_path / "schedule.csv"
    export_csv(cn_store, path, cn_store.campaigns()[0].id)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    notes = [r[-1] for r in rows[1:]]
    assert "'" + FORMULA_NOTE in notes and "'+引流" in notes
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for r in rows for cell in r)
    assert rows[1][rows[0].index("Host")] == "🎀小美 Xiaomei"


def test_ics_has_right_utc_instants(cn_store, tmp_path):
    import icalendar

    path = tmp_path / "plan.ics"
    export_ics(cn_store, path, cn_store.campaigns()[0].id)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 4
    assert any(tz["TZID"] == "Asia/Shanghai" for tz in cal.walk("VTIMEZONE"))
    by_summary = {str(e["SUMMARY"]): e for e in events}
    e = by_summary["Douyin · 🎀小美 Xiaomei · 开箱 🎁"]  # the campaign has no brand: left out
    assert e.decoded("DTSTART").astimezone(timezone.utc) == datetime(2027, 11, 1, 12, 0, tzinfo=timezone.utc)
    assert e.decoded("DTEND").astimezone(timezone.utc) == datetime(2027, 11, 1, 15, 0, tzinfo=timezone.utc)
    assert "Slot fee: 12,346 CNY" in str(e["DESCRIPTION"]) and "Commission: 22.5%" in str(e["DESCRIPTION"])
    midnight = by_summary["Taobao Live · 品牌旗舰店 · 双11 当天"]  # 00:00 China time is 16:00Z the day before
    assert midnight.decoded("DTSTART").astimezone(timezone.utc) == datetime(2027, 11, 10, 16, 0, tzinfo=timezone.utc)
    assert str(by_summary["Xiaohongshu (Little Red Book) · Mia的梳妆台 · 午间"]["STATUS"]) == "CANCELLED"
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 4
    export_ics(cn_store, tmp_path / "again.ics", cn_store.campaigns()[0].id)
    again = icalendar.Calendar.from_ical((tmp_path / "again.ics").read_bytes())
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(uids)  # stable across exports


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "ics"])
def test_cancelled_export_leaves_no_file(cn_store, tmp_path, fmt):
    fn = {"xlsx": export_xlsx, "csv": export_csv, "ics": export_ics}[fmt]
    path = tmp_path / "out" / f"plan.{fmt}"
    path.parent.mkdir()
    kwargs = {"draws": 0} if fmt == "xlsx" else {}
    with pytest.raises(Cancelled):
        fn(cn_store, path, cn_store.campaigns()[0].id, progress=lambda done, total: False, **kwargs)
    assert list(path.parent.iterdir()) == []
    seen = []
    fn(cn_store, path, cn_store.campaigns()[0].id, progress=lambda d, t: seen.append((d, t)) or True, **kwargs)
    assert path.exists() and seen[-1][0] == seen[-1][1]


def test_existing_file_survives_a_cancelled_export(cn_store, tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(Cancelled):
        export_csv(cn_store, path, cn_store.campaigns()[0].id, progress=lambda d, t: False)
    assert path.read_text(encoding="utf-8") == "keep me"
