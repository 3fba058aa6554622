"""The installed entry point starts the app and shows the main window (offscreen, in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path


def _env(tmp_path, **extra):
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_SMOKE_EXIT_MS="300",
                XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path), **extra)


def _installed_command() -> str:
    """The ``planner`` command pip installed beside this Python (pyproject's gui-scripts entry point)."""
    name = "planner.exe" if os.name == "nt" else "planner"
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        if (folder / name).exists():
            return str(folder / name)
    raise AssertionError(f"no installed {name} command next to {sys.executable}: install the project first")


def test_the_installed_planner_command_shows_main_window_on_the_default_plan(tmp_path):
    db = tmp_path / "plan.sqlite"
    # The command a user runs, from outside the repository: the installed package is what starts.
    proc = subprocess.run([_installed_command()], env=_env(tmp_path, PLANNER_DB=str(db)),
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    assert db.exists()  # first run created and seeded the default plan
    again = subprocess.run([sys.executable, "-m", "planner", "--db", str(db)], env=_env(tmp_path),  # python -m too
                           capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "main window shown" in again.stdout


def test_a_named_plan_that_does_not_exist_is_refused_not_created(tmp_path):
    typo = tmp_path / "plna.sqlite"
    proc = subprocess.run([sys.executable, "-m", "planner", "--db", str(typo)], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert proc.returncode == 2
    assert f"No plan at {typo}" in proc.stderr and "planner new" in proc.stderr
    assert "main window shown" not in proc.stdout
    assert not typo.exists()


def test_start_up_and_a_headless_command_do_not_import_pandas(tmp_path):
    """pandas (~0.4 s to import) serves only the 复盘 aggregation: the window comes up and the CLI answers without it."""
    db = tmp_path / "plan.sqlite"
    code = ("import sys; from planner.__main__ import main; rc = main(sys.argv[1:]); "
            "print('PANDAS' if 'pandas' in sys.modules else 'no pandas'); sys.exit(rc)")
    for argv in ([], ["campaigns"]):
        proc = subprocess.run([sys.executable, "-c", code, *argv], env=_env(tmp_path, PLANNER_DB=str(db)),
                              capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        assert "no pandas" in proc.stdout, (argv, proc.stdout)
