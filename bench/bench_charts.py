"""Speed of the comparison charts (prints figures; not a test).

Targets (issue 6): switching the benchmark metric redraws in < 100 ms; the scenario comparison of two
1,000-session scenarios with 2,000 draws appears in < 2 s without freezing the UI.

Run:  QT_QPA_PLATFORM=offscreen python bench/bench_charts.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_big_scenarios(store, sessions: int = 1000) -> tuple[int, int]:
    """Grow the demo campaign to ``sessions`` sessions (copies of its own, spread over its days), then
    duplicate it as a scenario with 30% more paid traffic. Returns (campaign id, scenario id)."""
    import dataclasses

    base = store.campaigns()[0]
    demo = store.sessions(base.id)
    new = []
    i = 0
    while len(demo) + len(new) < sessions:
        s = demo[i % len(demo)]
        shift = timedelta(days=(i // len(demo)) % 5, minutes=7 * (i // (5 * len(demo))))
        new.append(dataclasses.replace(s, id=None, start=s.start + shift))
        i += 1
    store.add_sessions(new)
    scen = store.duplicate_campaign(base.id, "Scenario B: +30% paid traffic")
    store.update_sessions([dataclasses.replace(s, paid_budget=s.paid_budget * 1.3)
                           for s in store.sessions(scen.id)])
    return base.id, scen.id


def main() -> int:
    import numpy as np
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from planner.storage import PlanStore
    from planner.ui.charts.benchmark_chart import BenchmarkChart
    from planner.ui.charts.scenario_chart import ScenarioChart

    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore.open(Path(tmp) / "bench.sqlite")
        # 1. switching the benchmark metric (target < 100 ms)
        chart = BenchmarkChart(store)
        chart.resize(1100, 650)
        chart.show()
        app.processEvents()
        times = []
        metrics = ["session_views", "conversion_rate", "avg_order_value", "cpm_paid", "universe", "commission_rate"]
        for i in range(30):
            t0 = time.perf_counter()
            chart.set_metric(metrics[i % len(metrics)])
            app.processEvents()  # includes the repaint
            times.append((time.perf_counter() - t0) * 1000)
        print(f"benchmark metric switch: median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms over {len(times)} switches (target < 100 ms)")

        # 2. scenario comparison, 2 × 1,000 sessions × 2,000 draws (target < 2 s, UI responsive)
        a, b = make_big_scenarios(store, 1000)
        scen = ScenarioChart(store, draws=2000)
        scen.resize(1280, 820)
        scen.show()
        app.processEvents()
        runs = []
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        beats: list[float] = []
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        for _ in range(3):
            loop = QEventLoop()
            scen.comparison_shown.connect(loop.quit)
            scen.comparison_failed.connect(loop.quit)
            beats.clear()
            t0 = time.perf_counter()
            heartbeat.start()
            scen.select_campaigns([a, b])
            loop.exec()  # the real event loop, as in the app (it lets the worker thread run)
            heartbeat.stop()
            runs.append(time.perf_counter() - t0)
            scen.comparison_shown.disconnect(loop.quit)
            scen.comparison_failed.disconnect(loop.quit)
            gaps = np.diff([t0] + beats) if beats else np.array([runs[-1]])
            print(f"scenario comparison 2 × {store.session_count(a):,} sessions × 2,000 draws: "
                  f"{runs[-1]:.2f} s (UI timer fired {len(beats)} times, longest UI stall {gaps.max() * 1000:.0f} ms)")
            scen.select_campaigns([])  # reset so the next run recomputes
        print(f"scenario comparison: median {statistics.median(runs):.2f} s (target < 2 s)")
        chart.close()
        scen.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
