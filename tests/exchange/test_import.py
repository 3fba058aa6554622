"""Importing agency files: encodings, Chinese headers and number forms, preview and mapping, undo, cancel."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from planner.exchange import Cancelled, import_file, prepare_import, preview_import
from planner.exchange.readers import FileRefused
from tests.exchange.helpers import dump

ROSTER = (
    "达人资源表 2027\n"  # a title row above the headers, as agencies write them
    "达人昵称,平台,达人ID,粉丝数,坑位费,佣金比例,合作状态,机构,跟进人\n"
    "小美🎀,抖音,xm01,1.2万,¥3000,20%,已寄样,无忧传媒,王\n"
    "大壮,快手,dz02,7.5w~10w,\"5,000\",0.15,沟通中,,李\n"
    "Lily,小红书,lily,3.5w,0,10,待开发,,\n"
    "天猫店,Taobao Live,tm,1亿,RMB 1000,0%,已排期,,\n"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_each_encoding_is_detected(target, tmp_path, encoding):
    # GBK has neither emoji nor the half-width ¥; Chinese Excel writes the full-width ￥.
    text = ROSTER.replace("🎀", "").replace("¥", "￥") if encoding == "gbk" else ROSTER
    path = tmp_path / "roster.csv"
    path.write_bytes(text.encode(encoding))
    plan, _ = import_file(target, path, "hosts")
    hosts = {h.handle: h for h in target.hosts()}
    assert set(hosts) == {"xm01", "dz02", "lily", "tm"}
    assert hosts["xm01"].name == ("小美" if encoding == "gbk" else "小美🎀")
    assert hosts["xm01"].agency == "无忧传媒"
    assert preview_import(path, "hosts", target).encoding == ("utf-8-sig" if encoding == "utf-8-sig" else
                                                              "utf-8" if encoding == "utf-8" else "gb18030")


def test_chinese_headers_and_number_forms(target, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    plan, _ = import_file(target, path, "hosts")
    h = {x.handle: x for x in target.hosts()}
    assert (h["xm01"].platform, h["xm01"].followers, h["xm01"].slot_fee, h["xm01"].commission_rate,
            h["xm01"].status) == ("douyin", 12_000, 3_000.0, 0.2, "sample_sent")
    assert h["dz02"].followers == 87_500  # a range is read as its midpoint …
    assert h["dz02"].slot_fee == 5_000.0 and h["dz02"].commission_rate == 0.15
    assert h["lily"].platform == "xiaohongshu" and h["lily"].commission_rate == 0.1
    assert h["tm"].platform == "taobao_live" and h["tm"].followers == 100_000_000 and h["tm"].slot_fee == 1000
    assert [w.where for w in plan.warnings] == ["row 4"]  # … and the user is told
    assert "midpoint" in plan.warnings[0].message


def test_encoding_override(target, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER.replace("🎀", "").replace("¥", "￥").encode("gbk"))
    with pytest.raises(FileRefused, match="not valid utf-8"):
        prepare_import(path, "hosts", target, encoding="utf-8")
    assert prepare_import(path, "hosts", target, encoding="gbk").ok
    with pytest.raises(FileRefused, match="Unknown text encoding"):
        prepare_import(path, "hosts", target, encoding="klingon")


def test_preview_shows_mapping_rows_and_unmapped(target, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    pv = preview_import(path, "hosts", target, rows=2)
    assert pv.header_row == 2
    assert pv.mapping["达人昵称"] == "name" and pv.mapping["达人ID"] == "handle" and pv.mapping["粉丝数"] == "followers"
    assert pv.unmapped == ["跟进人"]
    assert pv.missing == []
    assert pv.row_count == 4 and [n for n, _ in pv.rows] == [3, 4]
    assert pv.values[0].values["followers"] == 12_000
    assert "name" in pv.choices and pv.choices["followers"] == ("Followers", "粉丝数")


def test_explicit_mapping_remaps_unknown_columns(target, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("KOL名字,渠道,fans (w),Agency contact\nA,抖音,12,wechat: abc\n", encoding="utf-8")
    pv = preview_import(path, "hosts", target)
    assert pv.missing and "KOL名字" in pv.unmapped
    assert prepare_import(path, "hosts", target).problems[0].message.startswith("no column for Host")
    plan, _ = import_file(target, path, "hosts", mapping={"KOL名字": "name", "Agency contact": "contact"})
    h = target.hosts()[0]
    assert (h.name, h.platform, h.followers, h.contact) == ("A", "douyin", 120_000, "wechat: abc")


def test_sessions_with_chinese_schedule_headers(store, tmp_path):
    camp = store.campaigns()[0]
    path = tmp_path / "排期.csv"
    path.write_text(
        "日期,开播时间,下播时间,平台,主播,坑位费,佣金比例,投流,场次类型,直播主题,状态\n"
        "2027/6/16,20:00,23:30,抖音,Dr. Lin skincare 林医生护肤 (demo),6w,18%,1.5万,达播,成分党 🧪,已确认\n"
        "6月17日(周四),22:00-01:00,,快手,wangjie_demo,,,,店播,,\n", encoding="gb18030")
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    assert not plan.problems
    a, b = sorted(plan.edit.add_sessions, key=lambda s: s.start)
    assert a.start == datetime(2027, 6, 16, 12, 0, tzinfo=timezone.utc) and a.duration_min == 210
    assert (a.slot_fee, a.commission_rate, a.paid_budget, a.status, a.theme) == (
        60_000, 0.18, 15_000, "confirmed", "成分党 🧪")
    assert b.start == datetime(2027, 6, 17, 14, 0, tzinfo=timezone.utc) and b.duration_min == 180  # past midnight
    host = store.find_host("kuaishou", "wangjie_demo")
    assert b.host_id == host.id and b.slot_fee == host.slot_fee and b.commission_rate is None
    assert b.session_type == "dedicated"


def test_duplicates_update_or_skip_and_one_undo_restores(store, tmp_path):
    before = dump(store, id_marks=False)
    path = tmp_path / "hosts.csv"
    path.write_text("Host,Platform,Handle,Followers,Slot fee\n"
                    "Vivi renamed,Taobao Live,vivi_beauty_demo,,1\n"
                    "New host,Douyin,new_one,5000,0\n", encoding="utf-8")
    skip = prepare_import(path, "hosts", store, on_duplicate="skip")
    assert len(skip.skipped) == 1 and len(skip.edit.add_hosts) == 1 and not skip.edit.update_hosts
    plan, inverse = import_file(store, path, "hosts", on_duplicate="update")
    vivi = store.find_host("taobao_live", "vivi_beauty_demo")
    assert vivi.name == "Vivi renamed" and vivi.slot_fee == 1
    assert vivi.followers == 4_200_000  # a blank cell keeps the current value
    assert store.find_host("douyin", "new_one") is not None
    assert "Import hosts" in inverse.label
    redo = inverse.apply(store)  # one undo step removes the new host and restores the updated one
    assert dump(store, id_marks=False) == before
    redo.apply(store)
    assert store.find_host("taobao_live", "vivi_beauty_demo").name == "Vivi renamed"


def test_cancelled_import_changes_nothing(store, tmp_path):
    before = dump(store)
    path = tmp_path / "hosts.csv"
    path.write_text("Host,Platform,Handle,Followers\n" +
                    "".join(f"H{i},Douyin,h{i},{i + 1}\n" for i in range(3000)), encoding="utf-8")
    calls = []

    def cancel_late(done, total):
        calls.append((done, total))
        return done < total  # cancel on the very last step, after rows were written inside the transaction

    plan = prepare_import(path, "hosts", store)
    with pytest.raises(Cancelled):
        plan.edit.apply(store, cancel_late)
    assert calls and dump(store) == before
    with pytest.raises(Cancelled):
        import_file(store, path, "hosts", progress=lambda d, t: False)
    assert dump(store) == before


def test_workbook_sheet_is_chosen_by_headers(store, tmp_path):
    from planner.exchange import export_xlsx

    path = tmp_path / "plan.xlsx"
    export_xlsx(store, path, store.campaigns()[0].id, lang="zh", draws=0)
    assert preview_import(path, "hosts", store).sheet == "达人资源表"
    assert preview_import(path, "sessions", store).sheet == "直播排期表"


def test_times_in_a_named_zone_and_tab_separated(store, tmp_path):
    camp = store.campaigns()[0]
    path = tmp_path / "rome.txt"
    path.write_text("排期 (Rome office)\n"
                    "Platform\tHandle\tStart (Europe/Rome)\tDuration (min)\n"
                    "Douyin\tdrlin_demo\t2027-06-03 14:00\t2h\n", encoding="utf-8")
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    (s,) = plan.edit.add_sessions
    assert s.start == datetime(2027, 6, 3, 12, 0, tzinfo=timezone.utc) and s.duration_min == 120


def test_china_time_column_wins_over_display_zone_column(store, tmp_path):
    camp = store.campaigns()[0]
    path = tmp_path / "both.csv"
    path.write_text("Platform,Handle,Start (Europe/Rome),Start (China),End (China)\n"
                    "Douyin,drlin_demo,2027-06-03 01:00,2027-06-03 20:00,2027-06-03 22:00\n", encoding="utf-8")
    pv = preview_import(path, "sessions", store, campaign=camp.id)
    assert pv.mapping["Start (China)"] == "start" and "Start (Europe/Rome)" in pv.ignored
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    assert plan.edit.add_sessions[0].start == datetime(2027, 6, 3, 12, 0, tzinfo=timezone.utc)


def test_session_type_and_brand_minutes_in_both_header_languages(store, tmp_path):
    """场次类型 专场 / 坑位 / 店播 and 讲解时长 (Chinese) or session_type / brand_minutes (English); a blank type
    takes the host's default (a store host is dedicated)."""
    camp = store.campaigns()[0]
    zh = tmp_path / "排期.csv"
    zh.write_text(
        "日期,开播时间,下播时间,平台,主播,场次类型,讲解时长\n"
        "2027/6/16,20:00,23:00,抖音,drlin_demo,坑位,8分钟\n"
        "2027/6/16,12:00,14:00,抖音,drlin_demo,专场,\n"
        "2027/6/17,19:00,22:00,抖音,brand_douyin_demo,,\n", encoding="utf-8")
    plan, _ = import_file(store, zh, "sessions", campaign=camp.id)
    a, b, c = sorted(plan.edit.add_sessions, key=lambda s: s.start)
    assert (a.session_type, a.brand_minutes) == ("dedicated", None)   # 12:00 专场
    assert (b.session_type, b.brand_minutes) == ("slot", 8)           # 20:00 坑位, 8 minutes on air
    assert c.session_type == "dedicated"                              # the brand's own Douyin account
    en = tmp_path / "schedule.csv"
    en.write_text("date,start,end,platform,host,session_type,brand_minutes\n"
                  "2027-06-18,20:00,23:00,douyin,drlin_demo,slot,5\n"
                  "2027-06-18,10:00,12:00,kuaishou,wangjie_demo,店播,\n", encoding="utf-8")
    plan, _ = import_file(store, en, "sessions", campaign=camp.id)
    got = sorted(plan.edit.add_sessions, key=lambda s: s.start)
    assert [(s.session_type, s.brand_minutes) for s in got] == [("dedicated", None), ("slot", 5)]


def test_agency_deal_type_column_says_what_the_brand_bought(store, tmp_path):
    """Agencies write the deal as 合作模式 (专场 / 坑位 / 纯佣 / 坑位+佣金): it is the session type, not a column to drop."""
    camp = store.campaigns()[0]
    path = tmp_path / "排期.csv"
    path.write_text("日期,开播时间,下播时间,平台,主播,合作模式\n"
                    "2027/6/16,20:00,23:00,抖音,drlin_demo,专场\n"
                    "2027/6/17,20:00,23:00,抖音,drlin_demo,纯佣\n"
                    "2027/6/18,20:00,23:00,抖音,drlin_demo,坑位+佣金\n", encoding="utf-8")
    pv = preview_import(path, "sessions", store, campaign=camp.id)
    assert pv.mapping["合作模式"] == "session_type" and "合作模式" not in pv.ignored
    plan, _ = import_file(store, path, "sessions", campaign=camp.id)
    got = sorted(plan.edit.add_sessions, key=lambda s: s.start)
    assert [s.session_type for s in got] == ["dedicated", "slot", "slot"]


def test_a_host_written_by_part_of_its_roster_name_is_suggested_not_picked(store, tmp_path):
    camp = store.campaigns()[0]
    host = next(h for h in store.hosts() if h.handle == "drlin_demo")
    part = host.name.split()[-2] if len(host.name.split()) > 2 else host.name[:-1]
    path = tmp_path / "排期.csv"
    path.write_text(f"日期,开播时间,下播时间,平台,主播\n2027/6/16,20:00,23:00,抖音,{part}\n", encoding="utf-8")
    before = dump(store)
    plan = prepare_import(path, "sessions", store, campaign=camp.id)
    text = "\n".join(str(p) for p in plan.problems)
    assert f"did you mean {host.name!r}" in text, text
    assert dump(store) == before


def test_bad_session_type_or_brand_minutes_names_field_value_and_rule(store, tmp_path):
    camp = store.campaigns()[0]
    before = dump(store)
    path = tmp_path / "bad.csv"
    path.write_text("date,start,end,platform,host,session_type,brand_minutes\n"
                    "2027-06-18,20:00,21:00,douyin,drlin_demo,livestream,\n"
                    "2027-06-19,20:00,21:00,douyin,drlin_demo,slot,90\n", encoding="utf-8")
    plan = prepare_import(path, "sessions", store, campaign=camp.id)
    text = "\n".join(str(p) for p in plan.problems)
    assert "livestream" in text and "dedicated" in text          # value and the allowed types
    assert "90" in text and "duration (60 min)" in text           # value and the rule
    with pytest.raises(Exception):
        import_file(store, path, "sessions", campaign=camp.id)
    assert dump(store) == before                                   # nothing written
