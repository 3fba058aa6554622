"""A plan in a read-only file or folder, opened in the real window by a user who cannot write it (the user
nobody when the tests run as root): the banner says why, an edit is refused in words, the file is untouched."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from unprivileged import as_nobody

CHILD = Path(__file__).parents[1] / "support" / "read_only_window.py"

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_plan_opens_in_the_window_with_a_banner_and_refuses_edits(plan_path, what):
    user = as_nobody("the window")
    home = Path(tempfile.mkdtemp(prefix="planner-home-"))
    folder = Path(tempfile.mkdtemp(prefix="planner-ro-"))
    try:
        os.chmod(home, 0o777)  # the window's settings and backups go here, not beside the plan
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_RUNTIME_DIR": str(home), "PLANNER_BACKUP_DIR": str(home / "backups"),
               "QT_QPA_PLATFORM": "offscreen"}
        if user and subprocess.run([*user, sys.executable, "-c", "import planner.ui.main_window"], env=env,
                                   capture_output=True, cwd=home).returncode != 0:
            pytest.skip("this interpreter or the planner's install cannot be read by the user nobody "
                        "(make the virtual environment world-readable to run this test)")
        plan = folder / "plan.sqlite"
        shutil.copy(plan_path, plan)
        os.chmod(plan, 0o444 if what == "file" else 0o666)  # in a read-only folder, a file anyone may write
        os.chmod(folder, 0o555 if what == "folder" else 0o777)
        before = plan.read_bytes()
        out = subprocess.run([*user, sys.executable, str(CHILD), str(plan)], capture_output=True, text=True,
                             env=env, cwd=home, timeout=120)
        assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
        lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
        why = "The file is read-only" if what == "file" else "Its folder is read-only"
        assert lines["banner"].startswith("True") and why in lines["banner"], out.stdout
        assert "read-only" in lines["edit"], out.stdout
        assert plan.read_bytes() == before
        assert not Path(f"{plan}-wal").exists() or what == "file"
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(home, ignore_errors=True)
