"""A fuzz corpus of bad files (encodings, times, sizes, headers): each is refused through the CLI with a
message naming row, column, value and rule, and the plan file is byte-for-byte what it was."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from planner.cli import run
from tests.exchange import xlsx_files as X

HANDLE = "drlin_demo"  # a Douyin host of the demo plan
S_HEAD = "日期,开播时间,下播时间,平台,平台账号\n"
H_HEAD = "达人昵称,平台,平台账号,粉丝数\n"


def _plan_files(plan_path: Path) -> dict[str, str]:
    """Digest of the plan and any side file (-wal, -shm, -journal) beside it.

    The first open of a newly created plan settles it once (the storage layer's business); the tests open it
    with a read-only command first, so "before" is the file as any later open leaves it."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(plan_path.parent.glob(plan_path.name + "*"))}


def _mixed_utf8_gbk() -> bytes:
    return ("Host,Platform,Handle,Followers\n小美,抖音,a1,1000\n".encode()
            + "大壮,抖音,a2,2000\n".encode("gbk") + "Lily,抖音,a3,3000\n".encode())


def _big5_garbled() -> bytes:
    # Big5 bytes then a few bytes that are neither clean Big5 nor clean GBK text.
    return "Host,Platform,Handle,Followers\n".encode() + "王小明,抖音,a1,1000\n".encode("big5") + \
        b"\xa4\x40\xfe\xfe\x81\x30,\xc8\xa1,a2,1\n"


def _nul_late() -> bytes:
    filler = "".join(f"H{i},抖音,h{i},1000\n" for i in range(600))  # > 8 KB before the NUL
    return (H_HEAD + filler).encode() + b"Bad\x00Name,\xe6\x8a\x96\xe9\x9f\xb3,bad,1\n"


# id, kind, file name, content (bytes, str or a callable(path) that writes the file), message fragments
CORPUS = [
    # encodings
    ("utf8 with one gbk row", "hosts", "a.csv", _mixed_utf8_gbk(), ["mixes text encodings", "row 3"]),
    ("not one clean encoding", "hosts", "a.csv", _big5_garbled(), ["reads neither as clean GB18030", "row 3"]),
    ("nul byte after 8 KB", "hosts", "a.csv", _nul_late(), ["NUL byte", "line 602"]),
    ("nul byte at the start", "hosts", "a.csv", b"\x00" + H_HEAD.encode(), ["binary file", "byte 1 "]),
    ("utf-16 nul", "hosts", "a.csv", "Host,Platform\nA\x00,抖音\n".encode("utf-16"), ["NUL character", "row 2"]),
    # times
    ("ambiguous local time", "sessions", "a.csv",
     f"Start (Europe/Rome),End (Europe/Rome),平台,平台账号\n2027-10-31 02:30,2027-10-31 05:00,抖音,{HANDLE}\n",
     ["row 2", "Start (Europe/Rome)", "happens twice in Europe/Rome", "CEST", "CET"]),
    ("non-existent local time", "sessions", "a.csv",
     f"Start (Europe/Rome),End (Europe/Rome),平台,平台账号\n2027-03-28 02:30,2027-03-28 05:00,抖音,{HANDLE}\n",
     ["row 2", "does not exist in Europe/Rome", "from 02:00 straight to 03:00"]),
    ("ambiguous end time", "sessions", "a.csv",
     f"Start (Europe/Rome),End (Europe/Rome),平台,平台账号\n2027-10-30 23:00,2027-10-31 02:30,抖音,{HANDLE}\n",
     ["End (Europe/Rome)", "happens twice"]),
    ("bad duration blamed on duration", "sessions", "a.csv",
     f"日期,开播时间,下播时间,直播时长,平台,平台账号\n2027-06-01,20:00,,900,抖音,{HANDLE}\n",
     ["row 2, 直播时长 = '900'", "between 15 minutes and 12 hours"]),
    ("end before start after a multi-line cell", "sessions", "a.csv",
     f'日期,开播时间,下播时间,平台,平台账号,备注\n2027-06-01,20:00,22:00,抖音,{HANDLE},"第一行\n第二行\n第三行"\n'
     f"2027-06-02,20:00,2027-06-02 19:00,抖音,{HANDLE},\n", ["row 3", "下播时间", "is before the start"]),
    ("time of day out of range", "sessions", "a.csv", S_HEAD + f"2027-06-01,25:00,26:00,抖音,{HANDLE}\n",
     ["row 2", "开播时间", "hours 0–23"]),
    ("24:30 is not a time", "sessions", "a.csv", S_HEAD + f"2027-06-01,20:00,24:30,抖音,{HANDLE}\n",
     ["row 2", "下播时间"]),
    # sizes
    ("10,000-character host name", "hosts", "a.csv", H_HEAD + "名" * 10_000 + ",抖音,long,1000\n",
     ["row 2", "达人昵称", "10,000 characters long", "at most 100"]),
    ("200-character handle", "hosts", "a.csv", H_HEAD + "A,抖音," + "h" * 200 + ",1000\n",
     ["row 2", "平台账号", "at most 100"]),
    ("40,000-character note", "hosts", "a.csv", "达人昵称,平台,粉丝数,备注\nA,抖音,1,\"" + "x" * 40_000 + "\"\n",
     ["row 2, column D", "40,000 characters", "32,767"]),
    ("300 MB cell (inline)", "hosts", "bomb.xlsx", lambda p: X.bomb_cell(p, 300),
     ["cell C2 (row 2)", "more than 32,767 characters"]),
    ("300 MB cell (shared text)", "hosts", "bomb.xlsx", lambda p: X.bomb_cell(p, 300, shared=True),
     ["cell C2 (row 2)", "more than 32,767 characters"]),
    ("100k x 150 cells", "hosts", "many.xlsx", lambda p: X.many_cells(p, 100_000, 150),
     ["more than 2,000,000 cells"]),
    ("formula without a saved value", "hosts", "f.xlsx",
     lambda p: X.write_xlsx(p, X.rows_xml([["达人昵称", "平台", "粉丝数"], ["A", "抖音", ("=", "1000*2")]])),
     ["row 2", "粉丝数", "=1000*2", "formula saved without its value"]),
    # headers
    ("slot fee negative via snake_case header", "hosts", "a.csv",
     "name,platform,handle,followers,slot_fee\nA,douyin,a,1000,-12345\n", ["row 2", "slot_fee", "0 or more"]),
    ("paid_budget negative in sessions", "sessions", "a.csv",
     f"date,start,end,platform,handle,paid_budget\n2027-06-01,20:00,22:00,douyin,{HANDLE},-5\n",
     ["row 2", "paid_budget", "0 or more"]),
    ("no known header", "sessions", "a.csv", "foo,bar\n1,2\n", ["no column for Platform"]),
]


def _write(path: Path, content) -> None:
    if callable(content):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("name, kind, filename, content, fragments", CORPUS, ids=[c[0] for c in CORPUS])
def test_bad_file_is_refused_and_plan_is_byte_identical(plan_path, tmp_path, capsys, name, kind, filename,
                                                        content, fragments):
    path = tmp_path / filename
    _write(path, content)
    assert run(["--db", str(plan_path), "campaigns"]) == 0
    before = _plan_files(plan_path)
    args = ["--db", str(plan_path), "import", kind, str(path)] + (["--campaign", "1"] if kind == "sessions" else [])
    assert run(args) in (1, 2)
    out = capsys.readouterr()
    text = out.out + out.err
    for fragment in fragments:
        assert fragment in text, text[-2000:]
    assert _plan_files(plan_path) == before


def test_random_cell_noise_never_imports_half_a_file(plan_path, tmp_path, capsys):
    """Seeded random corruption of a valid roster: every run either imports all rows or changes nothing."""
    from planner.storage import PlanStore

    assert run(["--db", str(plan_path), "campaigns"]) == 0
    rng = random.Random(17)
    good = [f"Fuzz{i},抖音,fz{i},{1000 + i}" for i in range(30)]
    noise = ["", "很多", "-1", "1e999", "\x00", "=1+1", "'=1", "24:00", "9" * 400, "名" * 150, "7.5w~10w", "NaN"]
    refused = 0
    for trial in range(12):
        rows = list(good)
        for _ in range(rng.randint(1, 3)):
            r, c = rng.randrange(len(rows)), rng.randrange(4)
            cells = rows[r].split(",")
            cells[c] = rng.choice(noise)
            rows[r] = ",".join(cells)
        path = tmp_path / f"fuzz{trial}.csv"
        path.write_text(H_HEAD + "\n".join(rows) + "\n", encoding="utf-8")
        before = _plan_files(plan_path)
        code = run(["--db", str(plan_path), "import", "hosts", str(path)])
        capsys.readouterr()
        if code == 0:  # every row was fine: every row's host is in the plan
            with PlanStore.open(plan_path) as s:
                assert {r.split(",")[0] for r in rows} <= {h.name for h in s.hosts()}
        else:
            assert _plan_files(plan_path) == before
            refused += 1
    assert refused >= 6  # the noise does refuse files (a corpus that always passes would prove nothing)
