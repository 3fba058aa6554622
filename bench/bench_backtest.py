"""Backtest speed (issue 15 target; a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_backtest.py [--shows 1000] [--draws 500]

Target on the 2-core dev machine: a backtest over 1,000 recorded shows (each projected with only the actuals
recorded before it) in under 2 s. The shows are 1,000 sessions of 60 hosts on four platforms over a year,
with actuals drawn from one simulated world (see planner.domain.simulate).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_projection import synthetic_plan  # noqa: E402

from planner.domain.backtest import backtest  # noqa: E402
from planner.domain.simulate import record_world  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shows", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=60)
    ap.add_argument("--draws", type=int, default=500)
    args = ap.parse_args()
    plan = synthetic_plan(args.shows, args.hosts)
    plan.sessions = [s.__class__(**{**{f: getattr(s, f) for f in s.__slots__}, "paid_budget": 0.0})
                     for s in plan.sessions]
    record_world(plan, 1, seed=99)
    backtest(plan, 1, draws=args.draws)  # warm-up: imports and numpy caches
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        result = backtest(plan, 1, draws=args.draws)
        best = min(best, time.perf_counter() - t)
    print(f"backtest of {result.sessions:,} recorded shows × {args.draws} draws: {best:.2f} s "
          f"(target < 2 s; {best / max(result.sessions, 1) * 1000:.2f} ms per show)")
    print(f"coverage viewers {result.coverage('viewers'):.0%}, GMV {result.coverage('gmv'):.0%} "
          f"(one simulated world; an honest range covers about 80%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
