"""A malformed corpus: each file gives its own clear message and leaves the plan exactly as it was."""

from __future__ import annotations

import pytest
import xlsxwriter

from planner.domain.errors import PlannerError
from planner.exchange import import_file
from planner.exchange import readers
from planner.exchange.importer import ImportProblems
from tests.exchange.helpers import dump

HOSTS_HEAD = "达人昵称,平台,平台账号,粉丝数,坑位费,佣金比例\n"
SESSIONS_HEAD = "日期,开播时间,下播时间,平台,平台账号\n"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# name, kind, file name, content (bytes or str), expected message fragment
CORPUS = [
    ("wrong headers", "hosts", "a.csv", "foo,bar,baz\n1,2,3\n", "no column for Host / 达人昵称"),
    ("missing required column", "sessions", "a.csv", "日期,平台,平台账号\n2027-06-01,抖音,drlin_demo\n",
     "no column for Start (China) / 开播时间"),
    ("text in number column", "hosts", "a.csv", HOSTS_HEAD + "A,抖音,a,很多,0,10%\n", "is not a number"),
    ("negative fee", "hosts", "a.csv", HOSTS_HEAD + "A,抖音,a,1000,-500,10%\n", "must be 0 or more"),
    ("commission over 100%", "hosts", "a.csv", HOSTS_HEAD + "A,抖音,a,1000,0,150%\n", "between 0% and 100%"),
    ("end before start", "sessions", "a.csv",
     "开播时间,下播时间,平台,平台账号\n2027-06-01 20:00,2027-06-01 19:00,抖音,drlin_demo\n", "is before the start"),
    ("end time before start time", "sessions", "a.csv",
     SESSIONS_HEAD + "2027-06-01,20:00,19:00,抖音,drlin_demo\n", "is before the start 20:00"),
    ("unknown platform", "hosts", "a.csv", HOSTS_HEAD + "A,微博,a,1000,0,10%\n", "is not a platform of this plan"),
    ("unknown host", "sessions", "a.csv", SESSIONS_HEAD + "2027-06-01,20:00,22:00,抖音,nobody\n",
     "import the host roster first"),
    ("bad date", "sessions", "a.csv", SESSIONS_HEAD + "2027-13-45,20:00,22:00,抖音,drlin_demo\n",
     "is not a real calendar date"),
    ("duplicate rows", "hosts", "a.csv", HOSTS_HEAD + "A,抖音,a,1000,0,10%\nA,抖音,a,1000,0,10%\n",
     "duplicates row 2"),
    ("duplicate sessions", "sessions", "a.csv",
     SESSIONS_HEAD + "2027-06-01,20:00,22:00,抖音,drlin_demo\n2027-06-01,20:00,23:00,抖音,drlin_demo\n",
     "duplicates row 2"),
    ("header only", "hosts", "a.csv", HOSTS_HEAD, "no data rows"),
    ("empty file", "hosts", "a.csv", b"", "is empty"),
    ("blank lines only", "hosts", "a.csv", "\n\n  \n", "empty"),
    ("2 MB single line", "hosts", "a.csv", "x" * (2 * 1024 * 1024), "characters long"),
    ("CSV that is really a PNG", "hosts", "a.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "is a PNG image"),
    ("binary junk", "hosts", "a.csv", b"ab\x00\x01\x02" * 100, "binary file"),
    ("XLSX that is not a zip", "hosts", "a.xlsx", "达人昵称,平台\nA,抖音\n", "is not an Excel workbook"),
    ("zip that is not a workbook", "hosts", "a.xlsx", None, "not an Excel workbook"),
    ("encrypted workbook", "hosts", "a.xlsx", OLE2 + b"\x00" * 500 + "EncryptionInfo".encode("utf-16-le")
     + b"\x00" * 500, "password-protected"),
    ("old .xls workbook", "hosts", "a.xls", OLE2 + b"\x00" * 2000, "Excel 97–2003"),
    ("damaged workbook", "hosts", "a.xlsx", b"PK\x03\x04" + b"\x00" * 100, "damaged"),
]


def _write(path, content):
    if content is None:
        import zipfile

        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("hello.txt", "not a workbook")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.mark.parametrize("name, kind, filename, content, message", CORPUS, ids=[c[0] for c in CORPUS])
def test_malformed_file_gives_message_and_changes_nothing(store, tmp_path, name, kind, filename, content, message):
    path = tmp_path / filename
    _write(path, content)
    before = dump(store)
    with pytest.raises(PlannerError) as info:
        import_file(store, path, kind, campaign=store.campaigns()[0].id)
    assert message in str(info.value)
    assert dump(store) == before


def test_every_problem_is_reported_with_row_column_and_value(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HOSTS_HEAD + "A,抖音,a,1000,0,10%\n"       # row 2 fine
                    "B,微博,b,1000,0,10%\n"                      # row 3 platform
                    "C,抖音,c,lots,-1,10%\n"                     # row 4 followers and fee
                    ",抖音,d,1000,0,10%\n", encoding="utf-8")    # row 5 empty name
    before = dump(store)
    with pytest.raises(ImportProblems) as info:
        import_file(store, path, "hosts")
    found = {(p.where, p.field, p.value) for p in info.value.problems}
    assert found == {("row 3", "平台", "微博"), ("row 4", "粉丝数", "lots"), ("row 4", "坑位费", "-1"),
                     ("row 5", "达人昵称", "")}
    assert dump(store) == before


def test_huge_workbook_is_refused(store, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 100)
    path = tmp_path / "big.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["达人昵称", "平台", "粉丝数"])
    for r in range(1, 400):
        ws.write_row(r, 0, [f"H{r}", "抖音", r])
    wb.close()
    before = dump(store)
    with pytest.raises(PlannerError, match="the limit is 100"):
        import_file(store, path, "hosts")
    assert dump(store) == before


def test_oversized_file_is_refused_before_reading(store, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text(HOSTS_HEAD + "A,抖音,a,1000,0,10%\n" * 100, encoding="utf-8")
    with pytest.raises(PlannerError, match="import limit"):
        import_file(store, path, "hosts")


def test_formulas_in_imported_workbook_are_not_evaluated(target, tmp_path):
    path = tmp_path / "formula.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["达人昵称", "平台", "粉丝数", "备注"])
    ws.write_string(1, 0, "A")
    ws.write_string(1, 1, "抖音")
    ws.write_formula(1, 2, "=1000*2", None, 1234)  # the cached value is what Excel showed
    ws.write_formula(1, 3, '=WEBSERVICE("http://evil.example")', None, "cached")
    wb.close()
    import_file(target, path, "hosts")
    h = target.hosts()[0]
    assert (h.followers, h.notes) == (1234, "cached")
