"""The CLI commands, through planner.cli.run."""

from __future__ import annotations

import openpyxl

from planner.cli import run
from tests.exchange.helpers import dump


def test_export_formats(plan_path, tmp_path, capsys):
    for fmt in ("xlsx", "csv", "ics"):
        out = tmp_path / f"plan.{fmt}"
        assert run(["--db", str(plan_path), "export", "1", "--format", fmt, "--lang", "zh",
                    "--zone", "Europe/Rome", "--draws", "0", "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert "20 sessions" in capsys.readouterr().out
    assert openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames[0] == "直播排期表"


def test_export_errors(plan_path, tmp_path, capsys):
    assert run(["--db", str(plan_path), "export", "no such campaign", "-o", str(tmp_path / "a.xlsx")]) == 2
    assert run(["--db", str(plan_path), "export", "1", "-o", str(tmp_path / "a.pdf")]) == 2
    assert run(["--db", str(plan_path), "export", "1", "--zone", "Mars/Base", "-o", str(tmp_path / "a.csv")]) == 2
    err = capsys.readouterr().err
    assert "No campaign" in err and "--format" in err and "Unknown time zone" in err
    assert not list(tmp_path.glob("a.*"))


def test_export_hosts_then_import_dry_run_and_apply(plan_path, tmp_path, capsys):
    from planner.storage import PlanStore

    out = tmp_path / "hosts.csv"
    assert run(["--db", str(plan_path), "export-hosts", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig").replace("vivi_beauty_demo", "vivi_new")
    out.write_text(text, encoding="utf-8-sig")
    with PlanStore.open(plan_path) as s:
        before = dump(s)
    assert run(["--db", str(plan_path), "import", "hosts", str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "+ Vivi Beauty" in printed and "Dry run" in printed and "1 new host(s)" in printed
    with PlanStore.open(plan_path) as s:
        assert dump(s) == before
    assert run(["--db", str(plan_path), "import", "hosts", str(out), "--on-duplicate", "skip"]) == 0
    with PlanStore.open(plan_path) as s:
        assert s.find_host("taobao_live", "vivi_new") is not None


def test_import_with_problems_exits_non_zero_and_lists_them(plan_path, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,开播时间,下播时间,平台,平台账号\n"
                   "2027-06-01,20:00,19:00,抖音,drlin_demo\n"
                   "2027-06-02,20:00,22:00,微博,drlin_demo\n", encoding="gb18030")
    assert run(["--db", str(plan_path), "import", "sessions", str(bad), "--campaign", "1"]) == 1
    err = capsys.readouterr().err
    assert "2 problem(s)" in err and "row 2, 下播时间" in err and "row 3, 平台 = '微博'" in err


def test_import_sessions_with_mapping_and_encoding(plan_path, tmp_path, capsys):
    f = tmp_path / "s.csv"
    f.write_bytes("时段,平台,账号名\n2027-06-03 20:00-22:00,抖音,drlin_demo\n".encode("gbk"))
    assert run(["--db", str(plan_path), "import", "sessions", str(f), "--campaign", "1", "--encoding", "gbk",
                "--map", "时段=start", "--map", "账号名=handle"]) == 0
    assert "1 new session(s)" in capsys.readouterr().out
    assert run(["--db", str(plan_path), "import", "sessions", str(f), "--campaign", "1"]) == 1
    assert "no column for Start" in capsys.readouterr().err
