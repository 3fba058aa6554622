"""The built wheel carries its data: installed into a fresh environment, it runs from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_runs_headless_outside_the_repository(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "-w", str(dist), str(REPO)], check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    # Dependencies come from this environment (a path line in a .pth file, placed after the new
    # environment's own site-packages); the planner itself only from the wheel.
    site_dir = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                              check=True, capture_output=True, text=True).stdout.strip()
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(site_dir, "test-deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PLANNER_DB")}
    env["PLANNER_DB"] = str(tmp_path / "plan.sqlite")
    proc = subprocess.run([str(venv / "bin" / "planner"), "benchmarks", "--platform", "kuaishou"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Kuaishou [kuaishou]" in proc.stdout and "source:" in proc.stdout
    located = subprocess.run([str(py), "-c", "import planner; print(planner.__file__)"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=60).stdout
    assert str(venv) in located and str(REPO) not in located
