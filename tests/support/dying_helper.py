"""Work for tests/ui/test_jobs.py that really kills the helper process running it (module-level, so a
spawned helper can import it)."""

from __future__ import annotations

import os


def _attempt(log: str) -> int:
    with open(log, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()}\n")
    with open(log, encoding="utf-8") as f:
        return len(f.read().split())


def dies_the_first_time(log: str) -> int:
    """Kills its process on the first call; returns its pid on the next."""
    if _attempt(log) == 1:
        os._exit(3)
    return os.getpid()


def dies_in_any_helper(log: str, app_pid: int) -> str:
    """Kills any process but the app's; returns "thread" when run in the app."""
    if os.getpid() != app_pid:
        _attempt(log)
        os._exit(3)
    return "thread"
