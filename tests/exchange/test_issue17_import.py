"""Import: every column accounted for, slot fees read, times and text exactly, re-import keeps the rest."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from planner.cli import run
from planner.exchange import export_csv, export_hosts_csv, export_xlsx, import_file, prepare_import, preview_import
from tests.exchange.helpers import dump

DRLIN = "drlin_demo"  # Dr. Lin, Douyin, slot fee 60,000 in the demo plan


def _demo(store):
    return store.campaigns()[0]


def test_slot_fee_and_paid_budget_snake_case_headers_are_read_for_sessions(store, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(f"date,start,end,platform,handle,slot_fee,paid_budget\n"
                    f"2027-06-03,20:00,22:00,douyin,{DRLIN},12345,800\n", encoding="utf-8")
    plan, _ = import_file(store, path, "sessions", campaign=_demo(store).id)
    (s,) = plan.edit.add_sessions
    assert (s.slot_fee, s.paid_budget) == (12_345.0, 800.0)  # not the host's 60,000
    assert all(c.field for c in plan.columns)


def test_slot_fee_header_is_read_for_hosts_and_a_negative_one_refused(empty_store, tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("name,platform,handle,followers,slot_fee,commission_rate,typical_viewers\n"
                    "A,douyin,a,1000,12345,0.2,5000\n", encoding="utf-8")
    import_file(empty_store, path, "hosts")
    (h,) = empty_store.hosts()
    assert (h.slot_fee, h.commission_rate, h.typical_viewers) == (12_345.0, 0.2, 5000.0)
    path.write_text("name,platform,handle,followers,slot_fee\nB,douyin,b,1000,-1\n", encoding="utf-8")
    before = dump(empty_store)
    plan = prepare_import(path, "hosts", empty_store)
    assert [(p.where, p.field, p.value) for p in plan.problems] == [("row 2", "slot_fee", "-1")]
    assert dump(empty_store) == before


def test_every_column_is_listed_mapped_or_ignored_with_the_closest_field(store, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(f"date,start,end,platform,handle,Slot fee amount,Projected GMV,Weird\n"
                    f"2027-06-03,20:00,22:00,douyin,{DRLIN},1,2,3\n", encoding="utf-8")
    pv = preview_import(path, "sessions", store, campaign=_demo(store).id)
    by_header = {c.header: c for c in pv.columns}
    assert by_header["date"].field == "date"
    assert by_header["Slot fee amount"].field is None and by_header["Slot fee amount"].closest == "slot_fee"
    assert "worked out by the planner" in by_header["Projected GMV"].why
    assert by_header["Weird"].field is None
    assert any("No slot fee column" in n for n in pv.notes)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_header_the_planner_exports_maps(store, tmp_path, lang, fmt):
    camp = _demo(store)
    path = tmp_path / f"s.{fmt}"
    if fmt == "csv":
        export_csv(store, path, camp.id, lang=lang, display_zone="Europe/Rome", ranges=True)
    else:
        export_xlsx(store, path, camp.id, lang=lang, display_zone="Europe/Rome", draws=200, ranges=True)
    plan = prepare_import(path, "sessions", store, campaign=camp.id)
    assert plan.ok, plan.problems[:3]
    unknown = [c for c in plan.columns if c.field is None and "worked out" not in c.why and "gives" not in c.why]
    assert unknown == []
    assert plan.unchanged == len(store.sessions(camp.id))
    hosts = tmp_path / f"h.{fmt}"
    export_hosts_csv(store, hosts, lang=lang) if fmt == "csv" else None
    if fmt == "csv":
        hp = prepare_import(hosts, "hosts", store)
        assert hp.ok and all(c.field for c in hp.columns if c.header not in ("Tier", "层级"))


def test_edit_in_a_spreadsheet_then_import_is_lossless(store, tmp_path):
    """Export, change one theme and one fee as a user would in Excel, import: exactly those change."""
    camp = _demo(store)
    path = tmp_path / "s.csv"
    export_csv(store, path, camp.id, lang="zh")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    rows[1][head.index("直播主题")] = "改过的主题"
    fee_col = next(i for i, h in enumerate(head) if h.startswith("坑位费"))
    rows[1][fee_col] = "12345"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    before = {s.id: s for s in store.sessions(camp.id)}
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    (changed,) = plan.edit.update_sessions
    assert (changed.theme, changed.slot_fee) == ("改过的主题", 12_345.0)
    assert replace(changed, theme=before[changed.id].theme, slot_fee=before[changed.id].slot_fee) == \
        before[changed.id]
    assert plan.unchanged == len(before) - 1


def test_reimport_with_fewer_columns_keeps_theme_and_status(store, tmp_path):
    camp = _demo(store)
    s0 = next(s for s in store.sessions(camp.id) if s.status == "confirmed" and s.theme)
    host = next(h for h in store.hosts() if h.id == s0.host_id)
    from planner.domain.timezones import CHINA_TZ

    start = s0.start.astimezone(CHINA_TZ)
    path = tmp_path / "few.csv"
    path.write_text(f"date,start,duration,platform,handle,paid_budget\n{start:%Y-%m-%d},{start:%H:%M},"
                    f"{s0.duration_min},{host.platform},{host.handle},777\n", encoding="utf-8")
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    after = next(s for s in store.sessions(camp.id) if s.id == s0.id)
    assert after == replace(s0, paid_budget=777.0)  # theme, status, fee and the rest untouched
    assert len(plan.edit.update_sessions) == 1


@pytest.mark.parametrize("cells, start_utc, minutes", [
    ("2027-06-01,24:00,02:00", datetime(2027, 6, 1, 16, 0), 120),  # 24:00 starts at the end of 1 June
    ("2027-06-01,20:00,24:00", datetime(2027, 6, 1, 12, 0), 240),
    (",2027-06-01 20:00,2027-06-01 24:00", datetime(2027, 6, 1, 12, 0), 240),
    (",2027-06-01 24:00,2027-06-02 03:00", datetime(2027, 6, 1, 16, 0), 180),
])
def test_24_00_is_the_end_of_that_day(store, tmp_path, cells, start_utc, minutes):
    path = tmp_path / "s.csv"
    path.write_text(f"date,start,end,platform,handle\n{cells},douyin,{DRLIN}\n", encoding="utf-8")
    plan = prepare_import(path, "sessions", store, campaign=_demo(store).id)
    assert plan.ok, plan.problems
    (s,) = plan.edit.add_sessions
    assert (s.start, s.duration_min) == (start_utc.replace(tzinfo=timezone.utc), minutes)


def test_chosen_zone_reads_times_and_refuses_a_skipped_hour(store, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(f"date,start,end,platform,handle\n2027-06-01,14:00,16:00,douyin,{DRLIN}\n"
                    f"2027-03-28,02:30,04:00,douyin,{DRLIN}\n", encoding="utf-8")
    plan = prepare_import(path, "sessions", store, campaign=_demo(store).id, zone="Europe/Rome")
    assert [(p.where, p.field) for p in plan.problems] == [("row 3", "start")]
    assert "does not exist in Europe/Rome" in plan.problems[0].message
    path.write_text(f"date,start,end,platform,handle\n2027-06-01,14:00,16:00,douyin,{DRLIN}\n", encoding="utf-8")
    plan = prepare_import(path, "sessions", store, campaign=_demo(store).id, zone="Europe/Rome")
    (s,) = plan.edit.add_sessions
    assert s.start == datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc)  # 14:00 CEST


def test_a_big5_roster_is_read_as_big5_not_mojibake(empty_store, tmp_path):
    path = tmp_path / "big5.csv"
    path.write_bytes("name,platform,handle,followers,notes\n王小明,抖音,w1,1000,護膚品牌直播\n".encode("big5"))
    import_file(empty_store, path, "hosts")
    (h,) = empty_store.hosts()
    assert (h.name, h.notes) == ("王小明", "護膚品牌直播")


def test_formula_looking_text_survives_a_csv_round_trip(empty_store, target, tmp_path):
    from planner.domain.models import Host

    names = ["'=1", "=1", "''=2", "'plain", "-minus", "+86 138", "@at"]
    empty_store.add_hosts([Host(name=n, platform="douyin", handle=f"h{i}", followers=10) for i, n in enumerate(names)])
    path = tmp_path / "h.csv"
    export_hosts_csv(empty_store, path)
    import_file(target, path, "hosts")
    assert sorted(h.name for h in target.hosts()) == sorted(names)


def test_cli_caps_problems_and_writes_the_full_list(plan_path, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("达人昵称,平台,平台账号,粉丝数\n" + "".join(f"H{i},抖音,h{i},很多\n" for i in range(3031)),
                    encoding="utf-8")
    full = tmp_path / "problems.csv"
    assert run(["--db", str(plan_path), "import", "hosts", str(path), "--dry-run", "--problems-file", str(full)]) == 1
    out = capsys.readouterr()
    assert "3,031 problem(s)" in out.err and "… and 2,981 more problem(s)" in out.err
    assert len(out.err.splitlines()) < 60
    assert "Columns:" in out.out and "D “粉丝数” → followers" in out.out
    with full.open(encoding="utf-8-sig") as fh:
        listed = list(csv.reader(fh))
    assert len(listed) == 1 + 3031 and listed[1][:3] == ["row 2", "粉丝数", "很多"]


def test_xlsx_time_cells_24_00_and_20_00(store, tmp_path):
    import xlsxwriter

    path = tmp_path / "t.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    fmt = wb.add_format({"num_format": "[h]:mm"})
    ws.write_row(0, 0, ["日期", "开播时间", "下播时间", "平台", "平台账号"])
    ws.write_string(1, 0, "2027-06-01")
    ws.write_number(1, 1, 20 / 24, fmt)
    ws.write_number(1, 2, 1.0, fmt)  # Excel keeps a typed 24:00 as one whole day
    ws.write_row(1, 3, ["抖音", DRLIN])
    wb.close()
    plan = prepare_import(path, "sessions", store, campaign=_demo(store).id)
    assert plan.ok, plan.problems
    (s,) = plan.edit.add_sessions
    assert (s.start, s.duration_min) == (datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc), 240)


def test_long_text_search_agrees_with_a_plain_regex():
    import random
    import re

    from planner.exchange.xlsx_scan import find_long_run

    rng = random.Random(5)
    for _ in range(2000):
        n = rng.randint(1, 40)
        buf = bytes(rng.choice(b"<a>") if rng.random() < 0.3 else 120 for _ in range(rng.randint(0, 150)))
        ref = re.search(rb"(?<![^<])[^<]{%d}" % n, buf)
        assert find_long_run(buf, n) == (ref.start() if ref else None), (buf, n)


def test_import_file_error_message_is_capped(empty_store, tmp_path):
    from planner.exchange.importer import ImportProblems

    path = tmp_path / "bad.csv"
    path.write_text("达人昵称,平台,平台账号,粉丝数\n" + "".join(f"H{i},抖音,h{i},很多\n" for i in range(500)),
                    encoding="utf-8")
    with pytest.raises(ImportProblems) as info:
        import_file(empty_store, path, "hosts")
    assert len(info.value.problems) == 500
    assert str(info.value).endswith("; … and 450 more") and str(info.value).count("row ") == 50


@pytest.mark.parametrize("lang, theme_header, status_header", [("en", "Theme", "Status"), ("zh", "直播主题", "状态")])
def test_xlsx_edited_in_a_spreadsheet_program_imports_only_the_edit(store, tmp_path, lang, theme_header,
                                                                    status_header):
    import openpyxl

    camp = _demo(store)
    path = tmp_path / "s.xlsx"
    export_xlsx(store, path, camp.id, lang=lang, display_zone="Europe/Rome", draws=0)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index(theme_header) + 1).value = "New theme 新主题"
    ws.cell(2, header.index(status_header) + 1).value = "cancelled" if lang == "en" else "已取消"
    book.save(path)
    before = {s.id: s for s in store.sessions(camp.id)}
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    (changed,) = plan.edit.update_sessions
    assert (changed.theme, changed.status) == ("New theme 新主题", "cancelled")
    old = before[changed.id]
    assert replace(changed, theme=old.theme, status=old.status) == old
    assert plan.unchanged == len(before) - 1
