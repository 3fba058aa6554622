"""Exports people can use: print setup, one language per file, readable money, agency files, contacts."""

from __future__ import annotations

import re

import icalendar
import openpyxl
import pytest

from planner.cli import run
from planner.exchange import export_csv, export_hosts_xlsx, export_ics, export_xlsx
from planner.exchange.xlsx_export import paper_for


def _book(path):
    return openpyxl.load_workbook(path)


@pytest.mark.parametrize("locale, paper, code", [("en_US.UTF-8", "letter", 1), ("fr_CA.UTF-8", "letter", 1),
                                                 ("de_DE.UTF-8", "a4", 9), ("zh_CN.UTF-8", "a4", 9),
                                                 ("C", "a4", 9)])
def test_every_sheet_prints_landscape_one_page_wide_with_header_on_each_page(store, tmp_path, monkeypatch,
                                                                              locale, paper, code):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    monkeypatch.setenv("LANG", locale)
    assert paper_for() == paper
    path = tmp_path / "s.xlsx"
    export_xlsx(store, path, store.campaigns()[0].id, draws=0)
    roster = tmp_path / "h.xlsx"
    export_hosts_xlsx(store, roster)
    sheets = [*_book(path).worksheets, *_book(roster).worksheets]
    assert len(sheets) == 5
    for ws in sheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        # fitToWidth is left out of the file when it is 1, the format's default
        assert (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight) == (1, 0), ws.title
        assert ws.print_title_rows.replace("$", "") == "1:1", ws.title
        assert int(ws.page_setup.paperSize) == code, ws.title


def test_paper_can_be_chosen(store, tmp_path):
    path = tmp_path / "s.xlsx"
    assert run(["--db", str(store.path), "export", "1", "--draws", "0", "--paper", "letter", "-o", str(path)]) == 0
    assert all(int(ws.page_setup.paperSize) == 1 for ws in _book(path).worksheets)


_LATIN_WORD = re.compile(r"(?!(?:GMV|ROI|KOC|CNY|MCN|CPM|PV|UV)\b)\b[A-Za-z]{3,}")


def test_chinese_workbook_is_chinese_on_every_sheet(store, tmp_path):
    path = tmp_path / "zh.xlsx"
    export_xlsx(store, path, store.campaigns()[0].id, lang="zh", draws=0)
    book = _book(path)
    for ws in book.worksheets:
        header = [c.value for c in ws[1]]
        assert not [h for h in header if h and _LATIN_WORD.search(h)], ws.title
    bench = book.worksheets[-1]
    assert bench.title == "基准数据"
    header = [c.value for c in bench[1]]
    for name in ("层级/时段", "指标", "单位"):  # labels the planner writes (sources are citations, kept as written)
        col = header.index(name)
        values = {ws_row[col].value for ws_row in bench.iter_rows(min_row=2) if ws_row[col].value}
        english = {v for v in values if _LATIN_WORD.search(str(v))}
        assert not english, (name, sorted(english)[:5])


def test_projected_gmv_and_cost_have_no_cents(store, tmp_path):
    path = tmp_path / "s.xlsx"
    export_xlsx(store, path, store.campaigns()[0].id, draws=0)
    ws = _book(path).worksheets[0]
    header = [c.value for c in ws[1]]
    gmv, fee = header.index("Projected GMV"), header.index("Slot fee")
    assert ws.cell(2, gmv + 1).value > 1000
    assert ws.cell(2, gmv + 1).number_format == '#,##0 "CNY"'
    assert ws.cell(2, fee + 1).number_format == '#,##0.00 "CNY"'  # a fee is an exact amount


def test_ranges_add_p10_p90_columns(store, tmp_path):
    path = tmp_path / "s.xlsx"
    export_xlsx(store, path, store.campaigns()[0].id, draws=200, ranges=True)
    ws = _book(path).worksheets[0]
    header = [c.value for c in ws[1]]
    for name in ("Projected viewers P10", "Projected viewers P90", "Projected GMV P10", "Projected GMV P90"):
        assert name in header
    p10, mid, p90 = (header.index(n) + 1 for n in ("Projected GMV P10", "Projected GMV", "Projected GMV P90"))
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, mid).value)
    assert ws.cell(row, p10).value <= ws.cell(row, p90).value


def _contacts(store):
    from dataclasses import replace

    h = store.hosts()[0]
    store.update_host(replace(h, contact="wechat: lin_secret"))
    return "wechat: lin_secret"


def _all_text(path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)


def test_contacts_only_in_roster_exports_unless_chosen(store, tmp_path):
    secret = _contacts(store)
    sched = tmp_path / "s.xlsx"
    export_xlsx(store, sched, store.campaigns()[0].id, draws=0)
    assert secret not in _all_text(sched) and "Contact" not in _all_text(sched)
    export_xlsx(store, sched, store.campaigns()[0].id, draws=0, contacts=True)
    assert secret in _all_text(sched)
    roster = tmp_path / "h.xlsx"
    export_hosts_xlsx(store, roster)
    assert secret in _all_text(roster)


def test_agency_files_leave_out_projections_margins_and_contacts(store, tmp_path):
    secret = _contacts(store)
    camp = store.campaigns()[0]
    path = tmp_path / "agency.xlsx"
    assert run(["--db", str(store.path), "export", "1", "--for-agency", "--contacts", "-o", str(path)]) == 2
    assert run(["--db", str(store.path), "export", "1", "--for-agency", "-o", str(path)]) == 0
    text = _all_text(path)
    for word in ("Projected", "ROI", "Gross margin", "Budget", secret, "Benchmarks"):
        assert word not in text, word
    assert "Slot fee" in text and camp.brand in text
    ics = tmp_path / "agency.ics"
    export_ics(store, ics, camp.id, draws=0, for_agency=True)
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    descriptions = " ".join(str(e["DESCRIPTION"]) for e in cal.walk("VEVENT"))
    assert "Projected" not in descriptions and "ROI" not in descriptions
    full = tmp_path / "full.ics"
    export_ics(store, full, camp.id, draws=0)
    assert "Projected GMV" in full.read_text(encoding="utf-8")
    csv_path = tmp_path / "agency.csv"
    export_csv(store, csv_path, camp.id, for_agency=True)
    assert "Projected" not in csv_path.read_text(encoding="utf-8-sig")


def test_ics_title_is_brand_platform_host_theme(store, tmp_path):
    camp = store.campaigns()[0]
    path = tmp_path / "c.ics"
    export_ics(store, path, camp.id)
    titles = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
    assert "Maison Lumière (demo brand) · Taobao Live · Vivi Beauty 薇薇美妆 (demo) · 618 presale night" in titles
