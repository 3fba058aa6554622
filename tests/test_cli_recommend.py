"""`planner recommend`: the table, the explanation, JSON, and one line naming what is wrong."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from planner.cli import run


def test_recommend_fixed_budget_table(plan_path, capsys):
    assert run(["--db", str(plan_path), "recommend", "DEMO", "--budget", "500000", "--draws", "200"]) == 0
    out = capsys.readouterr().out
    assert "paid traffic (投流) split of 500,000 CNY for the most net GMV, by platform" in out
    for name in ("Douyin", "Kuaishou", "Taobao Live", "Xiaohongshu"):
        assert name in out
    assert "Projected net GMV (trace at medians): today" in out
    assert "In 200 paired draws the recommendation beats today's plan on net GMV in" in out


def test_recommend_profit_flexible_by_host_json(plan_path, capsys):
    args = ["--db", str(plan_path), "recommend", "DEMO", "--objective", "profit", "--flexible", "--by", "host",
            "--max", "Brand flagship store 品牌旗舰店 (demo)=50,000", "--draws", "100", "--json"]
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["objective"] == "profit" and data["mode"] == "flexible" and data["by"] == "host"
    store = next(i for i in data["items"] if i["item"].startswith("Brand flagship store"))
    assert store["recommended"] == pytest.approx(50_000) and store["bound"] == "maximum"
    assert data["budget"] == pytest.approx(sum(i["recommended"] for i in data["items"]))
    assert 0 <= data["p_recommended_beats_today"] <= 1
    assert data["gain_p10"] <= data["gain_p50"] <= data["gain_p90"]
    assert any("held at its maximum" in n for n in data["notes"])
    # Per session, what a scenario made from it would carry (the item's money spread over its sessions).
    assert sum(s["paid_traffic"] for s in data["sessions"]) == pytest.approx(data["budget"], abs=0.05)


def test_recommend_share_bounds(plan_path, capsys):
    args = ["--db", str(plan_path), "recommend", "DEMO", "--objective", "reach", "--budget", "200000",
            "--min", "kuaishou=25%", "--draws", "0", "--json"]
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    ks = next(i for i in data["items"] if i["key"] == "kuaishou")
    assert ks["recommended"] >= 50_000 - 1e-6
    assert data["p_recommended_beats_today"] is None  # no draws asked for


@pytest.mark.parametrize("extra, message", [
    (["--budget", "0"], "Budget 0: must be above 0"),
    (["--budget", "-5"], "Budget -5: must be above 0"),
    (["--min", "tiktok=5"], "Unknown item 'tiktok'; this campaign's items are: Douyin, Kuaishou, Taobao Live, "
                            "Xiaohongshu (Little Red Book)"),
    (["--min", "douyin=400000", "--max", "douyin=100000"],
     "Douyin: minimum 400,000 CNY is above its maximum 100,000 CNY"),
    (["--min", "douyin=300000", "--min", "kuaishou=300000"],
     "The minimums add up to 600,000 CNY, more than the budget 331,000 CNY"),
    (["--budget", "100000", "--max", "douyin=10%", "--max", "kuaishou=10%", "--max", "taobao_live=10%",
      "--max", "xiaohongshu=10%"], "The maximums add up to 40,000 CNY, less than the budget 100,000 CNY"),
    (["--min", "douyin"], "--min 'douyin': write it as ITEM=AMOUNT or ITEM=SHARE%"),
    (["--min", "douyin=lots"], "--min 'douyin=lots': 'lots' is not a number"),
    (["--flexible", "--objective", "reach"], "A flexible budget stops where money stops paying back"),
    (["--target-roi", "2"], "A target ROI sets where a flexible budget stops"),
])
def test_recommend_bad_input_is_one_line(plan_path, capsys, extra, message):
    assert run(["--db", str(plan_path), "recommend", "DEMO", *extra]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"planner: error: {message}")


def test_recommend_bad_budget_in_a_subprocess_has_no_traceback(plan_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "planner", "--db", str(plan_path), "recommend", "DEMO",
                           "--budget", "0"], capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "planner: error: Budget 0: must be above 0"
    assert "Traceback" not in proc.stderr


def test_items_by_part_of_their_name(plan_path, capsys):
    args = ["--db", str(plan_path), "recommend", "DEMO", "--by", "host", "--max", "旗舰店=40000", "--draws", "0",
            "--json"]
    assert run(args) == 0
    data = json.loads(capsys.readouterr().out)
    store = next(i for i in data["items"] if "旗舰店" in i["item"])
    assert store["recommended"] == pytest.approx(40_000) and store["bound"] == "maximum"
    assert run(["--db", str(plan_path), "recommend", "DEMO", "--by", "host", "--min", "demo=1"]) == 2
    assert "Item 'demo' is ambiguous: it could be" in capsys.readouterr().err
