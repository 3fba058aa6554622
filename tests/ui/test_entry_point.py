"""The installed entry point starts the app and shows the main window (offscreen, in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_python_m_planner_shows_main_window(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_SMOKE_EXIT_MS="300",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    db = tmp_path / "plan.sqlite"
    # From outside the repository, so the installed package is what starts.
    proc = subprocess.run([sys.executable, "-m", "planner", "--db", str(db)], env=env, capture_output=True,
                          text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    assert db.exists()  # first run created and seeded the plan
