"""``planner actuals import`` and ``planner backtest`` through planner.cli.run, on real plan files."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

from planner.cli import run
from planner.domain.models import Campaign, Session, SessionActual
from planner.domain.timezones import from_china
from planner.storage import PlanStore
from planner.storage.actuals import SetActuals
from tests.exchange.helpers import dump


def past_campaign(path, n: int = 12) -> tuple[int, list[int]]:
    """A finished March 2026 campaign of the demo's Douyin hosts: one show a day at 20:00 China time."""
    with PlanStore.open(path) as store:
        hosts = [h for h in store.hosts() if h.platform == "douyin"]
        c = store.add_campaign(Campaign(name="Past 3.8", start_date=date(2026, 3, 1), end_date=date(2026, 3, 31)))
        added = store.add_sessions([Session(campaign_id=c.id, host_id=hosts[i % len(hosts)].id,
                                            start=from_china(date(2026, 3, 1) + timedelta(days=i), time(20)),
                                            duration_min=180) for i in range(n)])
        return c.id, [s.id for s in added]  # type: ignore[return-value]


def test_import_dry_run_then_apply(plan_path, tmp_path, capsys):
    cid, _ids = past_campaign(plan_path)
    csv = tmp_path / "抖音复盘.csv"
    csv.write_bytes("达人昵称,开播时间,场观,最高在线,成交金额,成交订单数,退款金额\n"
                    "林医生护肤,2026-03-01 20:04,35000,1800,265000,1500,21000\n"
                    "小雨的日常,2026-03-02 20:00,9000,300,41000,260,2000\n"
                    "林医生护肤,2026-03-20 14:00,5000,200,9000,60,0\n".encode("gbk"))
    with PlanStore.open(plan_path) as s:
        before = dump(s)
    assert run(["--db", str(plan_path), "actuals", "import", str(csv), "--campaign", "Past 3.8", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run: 2 matched session(s), 1 row(s) not matched, left out" in out and "row 4" in out
    with PlanStore.open(plan_path) as s:
        assert dump(s) == before
    assert run(["--db", str(plan_path), "actuals", "import", str(csv), "--campaign", str(cid),
                "--add-unplanned"]) == 0
    assert "2 matched session(s), 1 unplanned session(s) added" in capsys.readouterr().out
    with PlanStore.open(plan_path) as s:
        assert sorted(a.viewers for a in s.actuals(cid)) == [5000, 9000, 35000]


def test_import_problems_exit_1_and_change_nothing(plan_path, tmp_path, capsys):
    past_campaign(plan_path)
    csv = tmp_path / "bad.csv"
    csv.write_text("主播,开播时间,成交金额,退款金额\n林医生护肤,2026-03-01 20:00,1000,5000\n", encoding="utf-8")
    with PlanStore.open(plan_path) as s:
        before = dump(s)
    assert run(["--db", str(plan_path), "actuals", "import", str(csv), "--campaign", "Past 3.8"]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "row 2, 退款金额 = 5000.0: refunds cannot be above" in err
    with PlanStore.open(plan_path) as s:
        assert dump(s) == before
    assert run(["--db", str(plan_path), "actuals", "import", str(csv), "--campaign", "no such"]) == 2


def test_backtest_json_and_too_early(plan_path, capsys):
    cid, ids = past_campaign(plan_path, n=12)
    with PlanStore.open(plan_path) as store:
        SetActuals(tuple(SessionActual(sid, viewers=20_000 + 1000 * i, orders=300, gmv=60_000.0 + i)
                         for i, sid in enumerate(ids[:9]))).apply(store)
    assert run(["--db", str(plan_path), "backtest", "Past 3.8"]) == 0
    assert "Too early to judge: 9 show(s)" in capsys.readouterr().out
    with PlanStore.open(plan_path) as store:
        SetActuals(tuple(SessionActual(sid, viewers=25_000, orders=300, gmv=70_000.0) for sid in ids[9:])).apply(store)
    assert run(["--db", str(plan_path), "backtest", str(cid), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["sessions", "coverage", "error_factor", "bias"] and data["sessions"] == 12
    assert set(data["coverage"]) == set(data["error_factor"]) == set(data["bias"]) == {"viewers", "gmv"}
    assert all(0 <= v <= 1 for v in data["coverage"].values())
