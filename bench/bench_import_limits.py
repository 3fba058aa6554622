"""Import limits: time and peak memory to refuse the zip-bomb workbooks of issue 17, and to read a table at
the cell limit.

Targets (issue 17): each bomb refused within 1 s and with bounded memory (well under 200 MB of peak
resident memory over the interpreter's own), where before a 300 KB workbook holding one 300 MB cell took
1.2 GB and a 0.9 MB workbook of 100,000 × 150 cells took 1.1 GB.

Each case runs ``planner import hosts FILE --dry-run`` in its own process against a fresh plan and reports
that process's peak RSS (``ru_maxrss`` of the child) and wall time.

Run: ``.venv/bin/python bench/bench_import_limits.py [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.exchange import xlsx_files as X  # noqa: E402

CHILD = """
import resource, sys, time
t = time.perf_counter()
from planner.cli import run
code = run(["--db", sys.argv[1], "import", "hosts", sys.argv[2], "--dry-run"])
print(f"RESULT {code} {time.perf_counter() - t:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}",
      file=sys.stderr)
"""
BASELINE = """
import resource, sys
import planner.cli, planner.exchange, python_calamine
print(f"RESULT 0 0 {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", file=sys.stderr)
"""


def _child(code: str, *args: str) -> tuple[str, float, float, float, str]:
    """(exit code, import seconds, process wall seconds, peak RSS in MB, stderr) of one child process."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    wall = time.perf_counter() - t
    fields = next((line.split() for line in proc.stderr.splitlines() if line.startswith("RESULT")),
                  ["RESULT", "?", "0", "0"])
    return fields[1], float(fields[2]), wall, int(fields[3]) / 1024, proc.stderr


def _csv_cells(path: Path) -> Path:
    line = ("达人昵称,平台," + ",".join("1" * 1 for _ in range(498)) + "\n").encode()
    body = (",".join("1" for _ in range(500)) + "\n").encode()
    with path.open("wb") as fh:
        fh.write(line)
        for _ in range(20_000):
            fh.write(body)
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-limits-"))
    folder.mkdir(parents=True, exist_ok=True)
    from planner.storage import PlanStore

    plan = folder / "plan.sqlite"
    if not plan.exists():
        PlanStore.open(plan, seed_demo=True).close()

    refuse = "refused < 1 s, RSS < baseline + 200 MB"
    cases = [
        ("300 MB inline cell", lambda p: X.bomb_cell(p, 300), refuse),
        ("300 MB shared-text cell", lambda p: X.bomb_cell(p, 300, shared=True), refuse),
        ("100,000 x 150 cells", lambda p: X.many_cells(p, 100_000, 150), refuse),
        ("CSV of 10,000,000 one-character cells (20 MB)", _csv_cells, refuse),
        ("66,000 x 30 cells (just under the cell limit)", lambda p: X.many_cells(p, 66_000, 30),
         "read and checked in full (the memory bound)"),
    ]
    _c, _t, wall0, rss0, _e = _child(BASELINE)
    print(f"baseline (interpreter + planner + calamine imported): {rss0:.0f} MB peak RSS, {wall0:.2f} s")
    print(f"{'case':48} {'file':>9} {'exit':>4} {'import':>8} {'process':>8} {'peak RSS':>9}  target")
    for name, make, target in cases:
        path = folder / (name.split()[0].replace(",", "") + f"_{len(name)}" + (".csv" if "CSV" in name else ".xlsx"))
        make(path)
        code, secs, wall, rss, err = _child(CHILD, str(plan), str(path))
        message = next((line for line in err.splitlines() if "problem" in line or "error" in line), "")
        print(f"{name:48} {path.stat().st_size / 1e6:8.2f}M {code:>4} {secs:7.2f}s {wall:7.2f}s "
              f"{rss:8.0f}M  {target}")
        if message:
            print(f"    {message[:160]}")
    if not args.keep:
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
