"""Helper processes (planner.ui.offload) run below the app's priority, so a busy helper never starves the UI."""

from __future__ import annotations

import os

import pytest

from planner.ui import offload


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process niceness on this OS")
def test_helper_runs_at_lower_priority_than_the_app():
    try:
        future = offload.submit("test-priority", os.nice, 0)
        helper = future.result(timeout=60)
    finally:
        offload.reset("test-priority")
    assert helper == min(19, os.nice(0) + offload.HELPER_NICENESS)
