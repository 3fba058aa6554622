"""Budget recommendation speed (issue 16 target; a script, not a test).

    .venv/bin/python bench/bench_recommend.py

Target on the 2-core dev machine: a recommendation for a 1,000-session campaign in under 2 s, including its
paired Monte Carlo comparison with today (1,000 draws). Printed for platforms and for hosts as line items,
each objective, fixed and flexible budgets; the first run of each is included (no warm-up beyond imports).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_projection import synthetic_plan  # noqa: E402

from planner.domain.recommend import BudgetRequest, recommend  # noqa: E402

TARGET_S = 2.0


def main() -> int:
    plan = synthetic_plan(1_000, 60)
    recommend(plan, 1, BudgetRequest(draws=10))  # imports (scipy) once, not counted
    worst = 0.0
    for by in ("platform", "host"):
        for req in (BudgetRequest("net_gmv", by=by), BudgetRequest("reach", by=by),
                    BudgetRequest("profit", by=by), BudgetRequest("profit", flexible=True, by=by),
                    BudgetRequest("net_gmv", flexible=True, target_roi=2.0, by=by)):
            t = time.perf_counter()
            rec = recommend(plan, 1, req)
            dt = time.perf_counter() - t
            worst = max(worst, dt)
            mode = "flexible" if req.flexible else "fixed"
            print(f"1,000 sessions, {len(rec.items):>3} {by + 's':<9} {req.objective:<8} {mode:<8} "
                  f"{dt:6.2f} s  (budget {rec.budget:>12,.0f}, {rec.draws} paired draws)")
    print(f"slowest {worst:.2f} s; target < {TARGET_S:.0f} s: {'met' if worst < TARGET_S else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
