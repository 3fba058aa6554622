"""Work for tests/ui/test_jobs.py that reports progress from a helper process (module-level, so a spawned
helper can import it)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

Report = Callable[[int, int], bool]


def counts_to(report: Report, n: int) -> int:
    """Reports 1..n of n; returns its pid."""
    for i in range(1, n + 1):
        report(i, n)
    return os.getpid()


def reports_until_stopped(report: Report) -> str:
    """Reports (1, 10), then (2, 10) until told to stop (for at most 30 s)."""
    report(1, 10)
    deadline = time.monotonic() + 30
    while report(2, 10) and time.monotonic() < deadline:
        time.sleep(0.01)
    return "stopped" if time.monotonic() < deadline else "never told to stop"
