"""XLSX export with XlsxWriter in constant-memory mode: rows stream straight to disk.

Every text cell is written with ``write_string``, so text such as ``=HYPERLINK(...)`` or ``+86 138…`` is
shown as typed and never runs as a formula. Dates and times are real date cells; money carries its
currency code in the number format; the header row is styled, frozen and has an auto-filter.

Every sheet prints as people expect: landscape, one page wide, the header row on every page, on the paper
of the user's locale (US Letter in the United States and Canada, A4 elsewhere).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.models import Campaign
from planner.exchange.cells import PlatformLookup
from planner.exchange.files import Ticker, atomic_output, gc_paused
from planner.exchange.readers import Progress
from planner.exchange.tables import (
    Table, benchmark_table, host_table, hosts_used, planned_tier, project, resolve_campaigns, schedule_table, summary_table,
)

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

_NUM_FORMATS = {
    "date": "yyyy-mm-dd", "time": "hh:mm", "datetime": "yyyy-mm-dd hh:mm", "int": "#,##0",
    "number": "General", "percent": "0.0%", "ratio": "0.00",
    "big": "#,##0", "small": "#,##0.00##",  # mixed columns: thousands separators, no float noise
}
_WIDTHS = {"date": 11, "time": 7, "datetime": 17, "int": 12, "money": 16, "money0": 14, "percent": 10, "ratio": 8}
PAPER = {"a4": 9, "letter": 1}  # XlsxWriter's paper codes
_LETTER_COUNTRIES = {"US", "CA"}


def paper_for(locale_name: str | None = None) -> str:
    """``"letter"`` for a US or Canadian locale (``en_US.UTF-8``, ``fr-CA``), else ``"a4"``.

    Without a name, the paper locale of the environment (LC_PAPER, LC_ALL, LANG) decides."""
    import os

    if locale_name is None:
        locale_name = next((os.environ[k] for k in ("LC_PAPER", "LC_ALL", "LANG") if os.environ.get(k)), "")
    base = locale_name.split(".")[0].replace("-", "_")
    country = base.split("_")[1].upper() if "_" in base else ""
    return "letter" if country in _LETTER_COUNTRIES else "a4"
_MAX_WIDTH = 48


def _display_width(text: str) -> int:
    # CJK characters take two columns in Excel's default fonts.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(table: Table) -> list[float]:
    out: list[float] = []
    for i, col in enumerate(table.columns):
        w = _display_width(col.header) + 3  # room for the filter button
        if col.kind in _WIDTHS:
            w = max(w, _WIDTHS[col.kind])
        else:
            for row in table.rows[:300]:  # a sample is enough and keeps 100,000-row exports fast
                v = row[i]
                if v is not None:
                    w = max(w, _display_width(str(v)) + 1)
        out.append(min(w, _MAX_WIDTH))
    return out


class _Formats:
    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.cache: dict[tuple[str, str], Any] = {}
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496",
                                     "border": 1, "text_wrap": True, "valign": "top"})

    def get(self, kind: str, currency: str = "") -> Any:
        key = (kind, currency if kind == "money" else "")
        fmt = self.cache.get(key)
        if fmt is None:
            if kind == "money":
                num = f'#,##0.00 "{currency}"' if currency else "#,##0.00"
            elif kind == "money0":  # projections: whole units are all the precision they carry
                num = f'#,##0 "{currency}"' if currency else "#,##0"
            else:
                num = _NUM_FORMATS.get(kind)  # type: ignore[assignment]  # None: no number format
            fmt = self.wb.add_format({"num_format": num}) if num else None
            self.cache[key] = fmt
        return fmt


_EPOCH = datetime(1899, 12, 30)  # Excel's day 0 (with its 1900 leap-year bug folded in, as Excel counts)
_EPOCH_DAY = _EPOCH.date()


def _serial(v: Any) -> float:
    """An Excel date serial. Computed here rather than by ``write_datetime``: a third of the export time
    of a 100,000-row schedule went into XlsxWriter's general-purpose conversion."""
    if isinstance(v, datetime):
        return (v - _EPOCH).total_seconds() / 86400
    if isinstance(v, date):
        return float((v - _EPOCH_DAY).days)
    if isinstance(v, time):
        return (v.hour * 3600 + v.minute * 60 + v.second + v.microsecond / 1e6) / 86400
    raise TypeError(f"not a date or time: {v!r}")


def _as_str(v: Any) -> str:
    return v if type(v) is str else str(v)


def _auto(ws: Any, fmts: _Formats) -> Callable[[int, int, Any, Any], None]:
    """Writer for columns that mix text, numbers and dates (summary, benchmarks)."""
    def write(r: int, c: int, v: Any, _fmt: Any) -> None:
        if isinstance(v, str):
            ws.write_string(r, c, v)
        elif isinstance(v, bool):
            ws.write_string(r, c, "TRUE" if v else "FALSE")
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, fmts.get("big" if abs(v) >= 1000 else "small"))
        elif isinstance(v, (date, time)):
            kind = "datetime" if isinstance(v, datetime) else "time" if isinstance(v, time) else "date"
            ws.write_number(r, c, _serial(v), fmts.get(kind))
        else:
            ws.write_string(r, c, str(v))
    return write


def _column_plan(ws: Any, fmts: _Formats, kind: str) -> tuple[Callable, Any, Callable | None, str | bool]:
    """(write method, format, value conversion, money kind or False) for a column, chosen once per sheet."""
    if kind == "text":
        return ws.write_string, None, _as_str, False
    if kind in ("money", "money0"):
        return ws.write_number, None, None, kind
    if kind in ("int", "number", "percent", "ratio"):
        return ws.write_number, fmts.get(kind), None, False
    if kind in ("date", "time", "datetime"):
        return ws.write_number, fmts.get(kind), _serial, False
    return _auto(ws, fmts), None, None, False


def write_workbook(path: str | os.PathLike[str], tables: Sequence[Table], *, title: str = "",
                   progress: Progress | None = None, paper: str | None = None) -> Path:
    """Write ``tables`` as sheets of one workbook at ``path`` (atomically; nothing is left on cancel).

    ``paper`` is ``"a4"`` or ``"letter"``; None takes it from the locale (:func:`paper_for`)."""
    paper_code = PAPER[paper or paper_for()]
    import xlsxwriter

    ticker = Ticker(progress, sum(len(t.rows) for t in tables))
    with atomic_output(path) as tmp, gc_paused():
        wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                            "strings_to_urls": False, "strings_to_numbers": False,
                                            "default_date_format": "yyyy-mm-dd"})
        try:
            wb.set_properties({"title": title, "comments": "Exported by the livestream-commerce planner"})
            fmts = _Formats(wb)
            used: set[str] = set()
            for table in tables:
                _write_sheet(wb, fmts, table, _sheet_name(table.name, used), ticker, paper_code)
        finally:
            wb.close()
        ticker.finish()
    return Path(path)


def _sheet_name(name: str, used: set[str]) -> str:
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet"
    out, n = base, 2
    while out.lower() in used:
        out = f"{base[:28]} {n}"
        n += 1
    used.add(out.lower())
    return out


def _print_setup(ws: Any, paper_code: int) -> None:
    """Landscape, one page wide (as many pages long as it takes), header row on every page."""
    ws.set_landscape()
    ws.set_paper(paper_code)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.set_footer("&L&A&RPage &P of &N")


def _write_sheet(wb: Any, fmts: _Formats, table: Table, name: str, ticker: Ticker, paper_code: int = 9) -> None:
    ws = wb.add_worksheet(name)
    _print_setup(ws, paper_code)
    ncols = len(table.columns)
    for c, w in enumerate(_widths(table)):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(table.rows), 1), max(ncols - 1, 0))
    ws.set_row(0, None, fmts.header)
    for c, col in enumerate(table.columns):
        ws.write_string(0, c, col.header, fmts.header)
    plan = [(c, *_column_plan(ws, fmts, col.kind)) for c, col in enumerate(table.columns)]
    currencies = table.currencies or [""] * len(table.rows)
    money_fmt = money0_fmt = None
    last_cur = None
    # The hot loop: up to millions of cells, so no per-cell dispatch beyond what is unavoidable.
    for r, row in enumerate(table.rows, start=1):
        cur = currencies[r - 1]
        if cur != last_cur:
            money_fmt, money0_fmt, last_cur = fmts.get("money", cur), fmts.get("money0", cur), cur
        for c, write, fmt, convert, money in plan:
            v = row[c]
            if v is None or v == "":
                continue
            if convert is not None:
                v = convert(v)
            write(r, c, v, (money_fmt if money == "money" else money0_fmt) if money else fmt)
        ticker.step()


def export_xlsx(store: "PlanStore", path: str | os.PathLike[str], campaign: str | int | Campaign | None = None,
                *, lang: str = "en", display_zone: str | None = None, draws: int = 2000,
                progress: Progress | None = None, ranges: bool = False, for_agency: bool = False,
                contacts: bool = False, paper: str | None = None) -> Path:
    """Export a campaign (or, with ``campaign=None``, every campaign) as a workbook.

    Sheets: schedule (China time and ``display_zone``), hosts used, summary with projections and
    P10–P90 ranges (``draws`` Monte Carlo draws; 0 for point figures only), benchmark figures used.
    ``ranges`` adds per-session P10/P90 columns to the schedule. ``for_agency`` leaves out projections,
    budget, costs, margin, benchmarks and contacts. The hosts' contacts are in only with ``contacts``.
    """
    campaigns = resolve_campaigns(store, campaign)
    if for_agency:
        projections: dict[int, Any] = {}
        notes: list[str] = []
    else:
        projections, notes = project(store, campaigns, max(draws, 2000) if ranges else draws, lang)
    schedule = schedule_table(store, campaigns, lang=lang, display_zone=display_zone, projections=projections,
                              ranges=ranges, for_agency=for_agency)
    sessions = [s for c in campaigns for s in store.sessions(c.id)]
    hosts = host_table(hosts_used(store, sessions), PlatformLookup(store.platforms()), lang=lang,
                       tier_of=planned_tier(store), contacts=contacts and not for_agency)
    summary = summary_table(campaigns, projections, notes, lang=lang, for_agency=for_agency)
    tables = [schedule, hosts, summary]
    if not for_agency:
        tables.append(benchmark_table(store, campaigns, lang=lang))
    title = campaigns[0].name if len(campaigns) == 1 else ("All campaigns" if lang != "zh" else "全部活动")
    return write_workbook(path, tables, title=title, progress=progress, paper=paper)


def export_hosts_xlsx(store: "PlanStore", path: str | os.PathLike[str], *, lang: str = "en",
                      progress: Progress | None = None, for_agency: bool = False, paper: str | None = None) -> Path:
    """The whole host roster (达人资源表) as a one-sheet workbook (contacts left out ``for_agency``)."""
    table = host_table(store.hosts(), PlatformLookup(store.platforms()), lang=lang, tier_of=planned_tier(store),
                       contacts=not for_agency)
    return write_workbook(path, [table], title="Host roster" if lang != "zh" else "达人资源表", progress=progress,
                          paper=paper)
