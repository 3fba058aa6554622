"""Importing platform result exports (复盘): Chinese headers, GBK and UTF-8 CSV, XLSX, matching by host and start,
unplanned sessions, and every refusal naming row, column, value and rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timezones import china_time
from planner.exchange.actuals import match_header, preview_actuals
from planner.storage.edits import AddSessions
from tests.exchange.helpers import dump

AFTER = datetime(2027, 7, 1, tzinfo=timezone.utc)
DEMO = "DEMO"

# Douyin 罗盘-style: live-room names, start and end with seconds, 万 figures, ¥ amounts.
DOUYIN_ROWS = [
    "直播间,开播时间,下播时间,直播时长,累计观看人数,观看次数,最高在线人数,平均在线人数,人均观看时长,"
    "直播间成交金额,成交订单数,成交人数,退款金额,千次观看成交金额",
    "林医生护肤,2027-05-27 20:07:12,2027-05-27 23:10:40,3小时3分28秒,12.6万,30.1万,5230,2100,2分13秒,"
    "\"￥1,284,300.50\",6120,5800,\"￥102,000\",4267",
    "小雨的日常,2027-06-01 19:58:03,2027-06-01 22:01:00,2小时2分57秒,8431,15020,402,130,1分40秒,52300,"
    "301,288,3100,3482",
    "品牌官方号,2027/5/30 19:02,2027/5/30 23:05,4小时3分,2.05万,41000,880,300,3分,\"210,500\",1400,1320,"
    "18000,5134",
]


def write_csv(path: Path, lines: list[str], encoding: str) -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def session_at(store, host_part: str, month: int, day: int):
    hosts = {h.id: h for h in store.hosts()}
    for s in store.sessions():
        t = china_time(s.start)
        if host_part in hosts[s.host_id].name and (t.month, t.day) == (month, day):
            return s
    raise AssertionError(f"no demo session of {host_part} on {month}-{day}")


def test_headers_in_both_languages_with_units():
    assert match_header("成交金额(万元)") == ("gmv", 10_000)
    assert match_header("直播间成交金额（元）") == ("gmv", 1)
    assert match_header("Peak concurrent viewers") == ("peak_concurrent", 1)
    assert match_header("直播时长(小时)") == ("duration", 60)
    assert match_header("场观")[0] == "viewers" and match_header("GMV (CNY)")[0] == "gmv"
    assert match_header("千次观看成交金额")[0] == "ignored" and match_header("备注")[0] is None


def test_douyin_gbk_csv_is_matched_recorded_and_undone_in_one_step(store, tmp_path):
    path = write_csv(tmp_path / "罗盘导出.csv", DOUYIN_ROWS, "gbk")
    before = dump(store)
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    assert preview.encoding == "gb18030" and preview.ok, preview.problems
    assert [m.status for m in preview.matches] == ["matched"] * 3
    drlin = session_at(store, "Dr. Lin", 5, 27)
    assert preview.matches[0].session.id == drlin.id  # started 7 minutes late: still that session
    undo = preview.edit().apply(store)
    a = store.actual(drlin.id)
    assert (a.viewers, a.peak_concurrent, a.orders, a.gmv, a.refunds) == (126_000, 5230, 6120, 1_284_300.5, 102_000)
    assert a.read_on == date(2027, 7, 1)  # no 数据日期 column: the day of the import (China time)
    assert store.session(drlin.id).status == "done"
    assert store.actual(session_at(store, "Brand Douyin", 5, 30).id).viewers == 20_500
    undo.apply(store)
    assert dump(store) == before


def test_taobao_utf8_with_title_row_and_wan_yuan_column(store, tmp_path):
    lines = ["淘宝直播 · 直播数据复盘 2027年5月", "",
             "主播昵称,直播开始时间,观看人数,成交金额(万元),成交订单数,退款金额,数据日期",
             "薇薇美妆,2027/05/25 20:03:00,45.2万,1020.5,33100,\"1,200,000\",2027-05-28",
             "品牌旗舰店,2027/05/26 19:00:00,61000,84.3,5230,90000,2027-05-28"]
    path = write_csv(tmp_path / "taobao.csv", lines, "utf-8-sig")
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    assert preview.header_row == 3 and preview.ok, preview.problems
    preview.edit().apply(store)
    vivi = store.actual(session_at(store, "Vivi", 5, 25).id)
    assert vivi.gmv == pytest.approx(10_205_000) and vivi.viewers == 452_000 and vivi.read_on == date(2027, 5, 28)


def test_kuaishou_xlsx_with_date_and_time_columns(store, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "直播数据"
    ws.append(["主播", "日期", "开播时间", "直播时长", "观看人数", "最高在线", "支付GMV", "订单数", "退货金额", "数据日期"])
    ws.append(["王姐好物", datetime(2027, 5, 28), "19:05", "3小时2分15秒", 98000, 4100, 612000.0, 4020, 51000,
               datetime(2027, 6, 1)])
    ws.append(["东北老赵", datetime(2027, 6, 3), "18:55", "180", 15300, 520, 88000, 900, 4000, datetime(2027, 6, 4)])
    path = tmp_path / "kuaishou.xlsx"
    wb.save(path)
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    assert preview.source == "xlsx" and preview.ok, preview.problems
    assert len(preview.matched) == 2
    preview.edit().apply(store)
    a = store.actual(session_at(store, "Sister Wang", 5, 28).id)
    assert (a.viewers, a.gmv, a.orders, a.refunds, a.read_on) == (98000, 612000, 4020, 51000, date(2027, 6, 1))


def test_unmatched_row_is_left_out_or_becomes_an_unplanned_session(store, tmp_path):
    lines = DOUYIN_ROWS[:2] + ["品牌官方号,2027-06-08 15:00:00,2027-06-08 17:00:00,2小时,3100,5000,200,90,2分,"
                               "21000,130,120,1000,4200"]
    path = write_csv(tmp_path / "dy.csv", lines, "utf-8")
    n_before = store.session_count()
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    assert [m.status for m in preview.matches] == ["matched", "not_matched"]
    assert "no session of Brand Douyin account" in preview.not_matched[0].reason
    preview.edit().apply(store)
    assert store.session_count() == n_before  # left out without the user's say-so
    preview = preview_actuals(path, store, DEMO, now=AFTER, add_unplanned=True)
    undo = preview.edit().apply(store)
    assert store.session_count() == n_before + 1
    new = [s for s in store.sessions() if s.notes.startswith("Unplanned")]
    assert len(new) == 1 and new[0].status == "done" and new[0].duration_min == 120
    assert new[0].session_type == "dedicated" and store.actual(new[0].id).gmv == 21000
    undo.apply(store)
    assert store.session_count() == n_before


def test_unknown_host_cannot_become_an_unplanned_session(store, tmp_path):
    lines = DOUYIN_ROWS[:2] + ["陌生主播,2027-06-08 15:00:00,2027-06-08 17:00:00,2小时,3100,5000,200,90,2分,"
                               "21000,130,120,1000,4200"]
    path = write_csv(tmp_path / "dy.csv", lines, "utf-8")
    preview = preview_actuals(path, store, DEMO, now=AFTER, add_unplanned=True)
    (p,) = preview.problems
    assert (p.where, p.field, p.value) == ("row 3", "直播间", "陌生主播") and "roster" in p.message
    with pytest.raises(ValidationError):
        preview.edit()


def test_two_sessions_near_the_start_make_the_row_ambiguous(store, tmp_path):
    s = session_at(store, "Dr. Lin", 5, 27)
    AddSessions((replace(s, id=None, start=s.start + timedelta(minutes=60), duration_min=60),)).apply(store)
    path = write_csv(tmp_path / "dy.csv", DOUYIN_ROWS[:2], "utf-8")
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    assert preview.ambiguous and preview.problems[0].where == "row 2"
    assert "2 sessions of this host start within 90 min" in preview.problems[0].message


def test_duplicate_rows_name_both_rows(store, tmp_path):
    path = write_csv(tmp_path / "dy.csv", DOUYIN_ROWS + [DOUYIN_ROWS[1]], "utf-8")
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    (p,) = preview.problems
    assert "rows 2 and 5 are the same show" in p.message and p.where == "row 5"


def test_refunds_above_gmv_names_row_column_value_and_rule(store, tmp_path):
    bad = DOUYIN_ROWS[2].replace("3100,3482", "99999,3482")
    path = write_csv(tmp_path / "dy.csv", [DOUYIN_ROWS[0], DOUYIN_ROWS[1], bad], "utf-8")
    before = dump(store)
    preview = preview_actuals(path, store, DEMO, now=AFTER)
    (p,) = preview.problems
    assert (p.where, p.field, p.value) == ("row 3", "退款金额", 99999)
    assert "above the show's GMV" in p.message
    assert dump(store) == before


def test_negative_and_unreadable_cells_are_problems(store, tmp_path):
    lines = ["主播,开播时间,观看人数,成交金额", "薇薇美妆,2027-05-25 20:00,-5,abc"]
    preview = preview_actuals(write_csv(tmp_path / "x.csv", lines, "utf-8"), store, DEMO, now=AFTER)
    found = {(p.field, p.where) for p in preview.problems}
    assert ("成交金额", "row 2") in found  # abc is not a number
    lines[1] = "薇薇美妆,2027-05-25 20:00,-5,100"
    preview = preview_actuals(write_csv(tmp_path / "x.csv", lines, "utf-8"), store, DEMO, now=AFTER)
    assert [(p.field, p.value) for p in preview.problems] == [("观看人数", -5)]


def test_a_show_that_has_not_started_is_refused(store, tmp_path):
    path = write_csv(tmp_path / "dy.csv", DOUYIN_ROWS[:2], "utf-8")
    preview = preview_actuals(path, store, DEMO, now=datetime(2027, 5, 27, 11, 0, tzinfo=timezone.utc))
    assert any("has not started yet" in p.message for p in preview.problems)


def test_orders_without_gmv_warns_and_imports(store, tmp_path):
    lines = ["主播,开播时间,观看人数,订单数", "薇薇美妆,2027-05-25 20:00,1000,40"]
    preview = preview_actuals(write_csv(tmp_path / "x.csv", lines, "utf-8"), store, DEMO, now=AFTER)
    assert preview.ok and [w.field for w in preview.warnings] == ["订单数"]
    preview.edit().apply(store)


def test_a_file_matching_nothing_says_so_and_changes_nothing(store, tmp_path):
    lines = ["主播,开播时间,观看人数", "薇薇美妆,2027-03-08 20:00,1000", "某某,2027-03-09 20:00,10"]
    before = dump(store)
    preview = preview_actuals(write_csv(tmp_path / "x.csv", lines, "utf-8"), store, DEMO, now=AFTER)
    (p,) = preview.problems
    assert "no row matches a session" in p.message and "nothing was changed" in p.message
    with pytest.raises(ValidationError):
        preview.edit()
    assert dump(store) == before


def test_a_file_without_host_or_start_columns_is_refused(store, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["观看人数,成交金额", "1,2"], "utf-8")
    with pytest.raises(PlannerError, match=r"Host \(主播\) and Start"):
        preview_actuals(path, store, DEMO, now=AFTER)


def test_reimport_keeps_figures_the_file_leaves_blank(store, tmp_path):
    s = session_at(store, "Vivi", 5, 25)
    first = ["主播,开播时间,观看人数,退款金额,成交金额", "薇薇美妆,2027-05-25 20:00,1000,50,900"]
    preview_actuals(write_csv(tmp_path / "a.csv", first, "utf-8"), store, DEMO, now=AFTER).edit().apply(store)
    later = ["主播,开播时间,成交金额", "薇薇美妆,2027-05-25 20:00,1200"]
    preview = preview_actuals(write_csv(tmp_path / "b.csv", later, "utf-8"), store, DEMO, now=AFTER)
    assert preview.replaces == {s.id}
    preview.edit().apply(store)
    a = store.actual(s.id)
    assert (a.viewers, a.refunds, a.gmv) == (1000, 50, 1200)
