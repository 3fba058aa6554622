"""Projection speed and memory (issue 3 targets; a script, not a test).

    /work/venv/bin/python bench/bench_projection.py            # all three figures
    /work/venv/bin/python bench/bench_projection.py --quick    # skip the 100,000 × 2,000 memory run

Targets on the 2-core dev machine: 10,000 sessions / 500 hosts / 4 platforms × 2,000 draws < 1 s;
100,000-session point projection < 1 s; peak memory < 1 GB for 100,000 sessions × 2,000 draws.
Each time is printed beside the time numpy takes to draw as many bare lognormals, as a ratio, so the
figures can be read on a busy or slower machine too.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone

import numpy as np

from planner.domain import projection
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Plan, Session
from planner.domain.projection import project_campaign
from planner.storage.library import read_data_csv

PLATFORMS = ("taobao_live", "douyin", "kuaishou", "xiaohongshu")


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None


def synthetic_plan(n_sessions: int, n_hosts: int, seed: int = 1) -> Plan:
    """A campaign of ``n_sessions`` over ``n_hosts`` hosts on four platforms, with the shipped library."""
    rng = np.random.default_rng(seed)
    figs = [BenchmarkFigure(platform=r["platform"], tier=r["tier"], metric=r["metric"], value=float(r["value"]),
                            low=_num(r["low"]), high=_num(r["high"]), basis=r["basis"], source=r["source"])
            for r in read_data_csv("benchmarks.csv")]
    fests = [FestivalWindow(name_en=r["name_en"], year=int(r["year"]), start=date.fromisoformat(r["start"]),
                            end=date.fromisoformat(r["end"]), kind=r["kind"], tier=r["tier"],
                            platforms=r["platforms"], peak_hours=r["peak_hours"],
                            presale_start=date.fromisoformat(r["presale_start"]) if r["presale_start"] else None)
             for r in read_data_csv("festivals.csv")]
    followers = np.exp(rng.uniform(np.log(2_000), np.log(20_000_000), n_hosts)).astype(int)
    hosts = {i + 1: Host(name=f"host {i}", platform=PLATFORMS[i % 4], followers=int(followers[i]),
                         commission_rate=0.2, id=i + 1) for i in range(n_hosts)}
    camp = Campaign(name="bench", start_date=date(2027, 5, 1), end_date=date(2027, 7, 31), id=1)
    t0 = datetime(2027, 5, 1, 4, tzinfo=timezone.utc)
    host_of = rng.integers(1, n_hosts + 1, n_sessions)
    day = rng.integers(0, 90, n_sessions)
    hour = rng.integers(0, 24, n_sessions)
    paid = np.where(rng.random(n_sessions) < 0.5, rng.integers(0, 50, n_sessions) * 1000.0, 0.0)
    kinds = np.where(rng.random(n_sessions) < 0.6, "slot", "dedicated")
    sessions = [Session(campaign_id=1, host_id=int(host_of[i]), session_type=str(kinds[i]),
                        start=t0 + timedelta(days=int(day[i]), hours=int(hour[i]), minutes=i % 60),
                        duration_min=int(rng.choice([90, 120, 180, 240])), slot_fee=10_000.0,
                        paid_budget=float(paid[i]), id=i + 1) for i in range(n_sessions)]
    return Plan(hosts=hosts, campaigns={1: camp}, sessions=sessions, benchmarks=figs, festivals=fests)


def _best(f, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def _lognormal_time(count: int) -> float:
    rng = np.random.default_rng(0)
    return _best(lambda: rng.lognormal(0.0, 1.0, count))


def report(label: str, seconds: float, count: int, target: str) -> None:
    ref = _lognormal_time(count)
    print(f"{label:<50} {seconds:7.3f} s   numpy lognormal ×{count:,}: {ref:6.3f} s   "
          f"ratio {seconds / ref:5.1f}   target {target}")


def memory_child(n_sessions: int, n_hosts: int, draws: int) -> None:
    plan = synthetic_plan(n_sessions, n_hosts)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    proj = project_campaign(plan, 1, draws=draws)
    elapsed = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{elapsed:.3f} {before / 1024:.0f} {peak / 1024:.0f} {proj.range['gmv'].p50:.0f}")


def exposure_solve_time(plan: Plan, draws: int = 2000) -> float:
    """Seconds to solve the exposure weights (§2.1) of every session in every draw, block by block as the
    engine does: per (draw, host) α, β and the node fit, per session the transformed share and power sums."""
    from planner.domain.engine import compile_campaign
    from planner.domain.evaluate import Shocks, brand_viewers, figure_values, host_heads, \
        session_viewers, stream_keys
    from planner.domain.shocks import ShockSource

    c = compile_campaign(plan, 1)
    src = ShockSource(7)
    keys = stream_keys(c)
    block = max(1, projection.BLOCK_ELEMENTS // c.n)
    inputs = []
    for start in range(0, draws, block):
        k = min(block, draws - start)
        z = Shocks.draw(keys, src, start, k)
        vals = figure_values(c, z)
        org, paid = session_viewers(c, vals, z)
        inputs.append((vals, brand_viewers(c, vals, org + paid)))
    t = time.perf_counter()
    for vals, e_v in inputs:
        host_heads(c, vals, e_v)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--child", nargs=3, type=int)
    args = ap.parse_args()
    if args.child:
        memory_child(*args.child)
        return
    plan = synthetic_plan(10_000, 500)
    project_campaign(plan, 1, draws=50)  # warm-up: imports, normal pool
    t = min(exposure_solve_time(plan) for _ in range(2))
    report("exposure weights + host reach, 10,000 × 2,000", t, 10_000 * 2000, "ratio ≤ 3")
    t = _best(lambda: project_campaign(plan, 1, draws=2000), repeat=2)
    report(f"10,000 sessions × 2,000 draws (ranges, {projection.THREADS} threads)", t, 10_000 * 2000, "< 1 s")
    if projection.THREADS > 1:  # the same on one core (another job busy on the other one)
        threads, projection.THREADS = projection.THREADS, 1
        t = _best(lambda: project_campaign(plan, 1, draws=2000), repeat=2)
        projection.THREADS = threads
        report("10,000 sessions × 2,000 draws (ranges, 1 thread)", t, 10_000 * 2000, "< 1 s")
    big = synthetic_plan(100_000, 5_000)
    t = _best(lambda: project_campaign(big, 1, draws=0))
    report("100,000 sessions, point projection", t, 100_000, "< 1 s")
    if not args.quick:
        out = subprocess.run([sys.executable, __file__, "--child", "100000", "5000", "2000"], capture_output=True,
                             text=True, check=True).stdout.split()
        elapsed, before, peak = float(out[0]), float(out[1]), float(out[2])
        report("100,000 sessions × 2,000 draws (ranges)", elapsed, 100_000 * 2000, "memory only")
        print(f"{'  peak RSS (whole process)':<50} {peak:7.0f} MB   (plan and imports alone: {before:.0f} MB)"
              f"   target < 1,024 MB")


if __name__ == "__main__":
    main()
