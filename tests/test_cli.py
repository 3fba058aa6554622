"""The headless CLI: works without a display, says what is wrong in one line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from planner.cli import run


def test_benchmarks_show_required_platforms_with_sources(plan_path, capsys):
    assert run(["--db", str(plan_path), "benchmarks"]) == 0
    out = capsys.readouterr().out
    for name in ("Taobao Live", "Douyin", "Kuaishou", "Xiaohongshu"):
        assert name in out
    assert "source:" in out and "estimate" in out and "sourced" in out


def test_benchmarks_filter(plan_path, capsys):
    assert run(["--db", str(plan_path), "benchmarks", "--platform", "douyin", "--metric", "cpm_paid"]) == 0
    out = capsys.readouterr().out
    assert "cpm_paid: 30 CNY per 1000 paid impressions (P10–P90 4 – 60)" in out
    assert "Kuaishou" not in out


def test_campaigns_and_sessions(plan_path, capsys):
    assert run(["--db", str(plan_path), "campaigns"]) == 0
    assert "DEMO · 618" in capsys.readouterr().out
    assert run(["--db", str(plan_path), "sessions", "DEMO"]) == 0
    out = capsys.readouterr().out
    assert "2027-05-25 Tue 20:00" in out  # shown in China time
    assert len([line for line in out.splitlines() if " min " in line]) == 20


def test_check_ok_and_creates_nothing(plan_path, tmp_path, capsys):
    assert run(["check", str(plan_path)]) == 0
    assert "OK" in capsys.readouterr().out
    assert run(["check", str(tmp_path / "missing.sqlite")]) == 2
    assert not (tmp_path / "missing.sqlite").exists()


def test_user_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "planner", "check", str(bad)], capture_output=True,
                          text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"planner: error: {bad} is not a plan file (it is not an SQLite database)"
    assert "Traceback" not in proc.stderr


def test_unknown_campaign(plan_path, capsys):
    assert run(["--db", str(plan_path), "sessions", "Nope"]) == 2
    assert "No campaign 'Nope'" in capsys.readouterr().err


def test_db_from_environment(plan_path, capsys, monkeypatch):
    monkeypatch.setenv("PLANNER_DB", str(plan_path))
    assert run(["campaigns"]) == 0
    assert "DEMO" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--version"]])
def test_version(argv, capsys):
    with pytest.raises(SystemExit) as e:
        run(argv)
    assert e.value.code == 0
    assert capsys.readouterr().out.startswith("planner ")


def test_a_mistyped_db_does_not_start_a_new_plan(tmp_path, capsys):
    missing = tmp_path / "typo" / "plan.sqlite"
    assert run(["--db", str(missing), "campaigns"]) == 2
    assert f"No plan at {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_new_creates_a_plan_with_or_without_demo(tmp_path, capsys):
    empty, demo = tmp_path / "empty.sqlite", tmp_path / "demo.sqlite"
    assert run(["new", str(empty)]) == 0 and run(["new", str(demo), "--demo"]) == 0
    assert run(["--db", str(empty), "campaigns"]) == 0
    assert "No campaigns yet" in capsys.readouterr().out
    assert run(["--db", str(demo), "campaigns"]) == 0
    assert "DEMO" in capsys.readouterr().out
    assert run(["new", str(demo)]) == 2  # never overwrites


def test_benchmarks_accept_platform_names_in_either_language(plan_path, capsys):
    for name in ("抖音", "Douyin", "douyin"):
        assert run(["--db", str(plan_path), "benchmarks", "--platform", name, "--metric", "cpm_paid"]) == 0
        assert "Douyin [douyin]" in capsys.readouterr().out
    assert run(["--db", str(plan_path), "benchmarks", "--platform", "weibo"]) == 2
    assert "use one of: all, taobao_live (淘宝直播)" in capsys.readouterr().err


def test_export_refuses_a_file_name_that_contradicts_the_format(plan_path, tmp_path, capsys):
    out = tmp_path / "schedule.csv"
    assert run(["--db", str(plan_path), "export", "DEMO", "--format", "xlsx", "-o", str(out)]) == 2
    assert "ends in .csv but --format is xlsx" in capsys.readouterr().err
    assert not out.exists()


def test_import_sessions_needs_a_campaign(plan_path, tmp_path, capsys):
    f = tmp_path / "s.csv"
    f.write_text("主播,平台,开播时间\n", encoding="utf-8")
    assert run(["--db", str(plan_path), "import", "sessions", str(f)]) == 2
    assert "add --campaign" in capsys.readouterr().err


def test_only_plain_app_invocations_skip_the_command_parser():
    from planner.app import app_only_args

    assert app_only_args([]) == (True, None)
    assert app_only_args(["--db", "plan.sqlite"]) == (True, "plan.sqlite")
    assert app_only_args(["--db=plan.sqlite"]) == (True, "plan.sqlite")
    for argv in (["--db", "plan.sqlite", "campaigns"], ["--db", "--help"], ["--db="], ["--help"], ["gui"],
                 ["--version"], ["campaigns"]):
        assert app_only_args(argv) == (False, None), argv


def _campaigns(plan_path, *names_and_parents):
    """Add campaigns (name, parent name or None) with one session each copied from the demo's first."""
    from dataclasses import replace

    from planner.storage import PlanStore

    with PlanStore.open(plan_path) as store:
        demo = store.campaigns()[0]
        first = store.sessions(demo.id)[0]
        ids = {}
        for name, parent in names_and_parents:
            c = store.add_campaign(replace(demo, id=None, name=name, parent_id=ids.get(parent)))
            ids[name] = c.id
            store.add_sessions([replace(first, id=None, campaign_id=c.id)])
        return ids


def test_an_exact_campaign_name_wins_over_its_scenarios_and_any_case_does_too(plan_path, capsys):
    ids = _campaigns(plan_path, ("Double 11", None), ("Double 11 — scenario", "Double 11"))
    for ref in ("Double 11", "double 11", "  DOUBLE  11 "):
        assert run(["--db", str(plan_path), "sessions", ref]) == 0, ref
        assert capsys.readouterr().out.startswith("Double 11 — sessions")
    assert run(["--db", str(plan_path), "sessions", "Double 11 — sc"]) == 0  # a unique prefix still works
    assert capsys.readouterr().out.startswith("Double 11 — scenario — sessions")
    assert run(["--db", str(plan_path), "sessions", "Doub"]) == 2  # two start so: refused, with both ids
    err = capsys.readouterr().err
    assert f'{ids["Double 11"]} "Double 11"' in err
    assert f'{ids["Double 11 — scenario"]} "Double 11 — scenario" (scenario of {ids["Double 11"]})' in err
    assert "give the id" in err and err.count("\n") == 1


def test_an_unknown_name_lists_the_campaigns_that_contain_it(plan_path, capsys):
    ids = _campaigns(plan_path, ("Skincare Double 11", None))
    assert run(["--db", str(plan_path), "sessions", "double 11"]) == 2
    err = capsys.readouterr().err
    assert f'{ids["Skincare Double 11"]} "Skincare Double 11"' in err and err.count("\n") == 1


def test_campaigns_count_one_session_in_the_singular(plan_path, capsys):
    _campaigns(plan_path, ("Solo", None))
    assert run(["--db", str(plan_path), "campaigns"]) == 0
    out = capsys.readouterr().out
    solo = next(line for line in out.splitlines() if "Solo" in line)
    assert "1 session," in solo and "1 sessions" not in out
    assert "20 sessions," in out
