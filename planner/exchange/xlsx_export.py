"""XLSX export with XlsxWriter in constant-memory mode: rows stream straight to disk.

Every text cell is written with ``write_string``, so text such as ``=HYPERLINK(...)`` or ``+86 138…`` is
shown as typed and never runs as a formula. Dates and times are real date cells; money carries its
currency code in the number format; the header row is styled, frozen and has an auto-filter.
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
_WIDTHS = {"date": 11, "time": 7, "datetime": 17, "int": 12, "money": 16, "percent": 10, "ratio": 8}
_MAX_WIDTH = 48


def _display_width(text: str) -> int:
    # CJK characters take two columns in Excel's default fonts.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _widths(table: Table) -> list[float]:
    out = []
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
            else:
                num = _NUM_FORMATS.get(kind)
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


def _column_plan(ws: Any, fmts: _Formats, kind: str) -> tuple[Callable, Any, Callable | None, bool]:
    """(write method, format, value conversion, money?) for a column, chosen once per sheet."""
    if kind == "text":
        return ws.write_string, None, _as_str, False
    if kind == "money":
        return ws.write_number, None, None, True
    if kind in ("int", "number", "percent", "ratio"):
        return ws.write_number, fmts.get(kind), None, False
    if kind in ("date", "time", "datetime"):
        return ws.write_number, fmts.get(kind), _serial, False
    return _auto(ws, fmts), None, None, False


def write_workbook(path: str | os.PathLike[str], tables: Sequence[Table], *, title: str = "",
                   progress: Progress | None = None) -> Path:
    """Write ``tables`` as sheets of one workbook at ``path`` (atomically; nothing is left on cancel)."""
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
                _write_sheet(wb, fmts, table, _sheet_name(table.name, used), ticker)
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


def _write_sheet(wb: Any, fmts: _Formats, table: Table, name: str, ticker: Ticker) -> None:
    ws = wb.add_worksheet(name)
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
    money_fmt = None
    last_cur = None
    # The hot loop: up to millions of cells, so no per-cell dispatch beyond what is unavoidable.
    for r, row in enumerate(table.rows, start=1):
        cur = currencies[r - 1]
        if cur != last_cur:
            money_fmt, last_cur = fmts.get("money", cur), cur
        for c, write, fmt, convert, money in plan:
            v = row[c]
            if v is None or v == "":
                continue
            if convert is not None:
                v = convert(v)
            write(r, c, v, money_fmt if money else fmt)
        ticker.step()


def export_xlsx(store: "PlanStore", path: str | os.PathLike[str], campaign: str | int | Campaign | None = None,
                *, lang: str = "en", display_zone: str | None = None, draws: int = 2000,
                progress: Progress | None = None) -> Path:
    """Export a campaign (or, with ``campaign=None``, every campaign) as a workbook.

    Sheets: schedule (China time and ``display_zone``), hosts used, summary with projections and
    P10–P90 ranges (``draws`` Monte Carlo draws; 0 for point figures only), benchmark figures used.
    """
    campaigns = resolve_campaigns(store, campaign)
    projections, notes = project(store, campaigns, draws)
    schedule = schedule_table(store, campaigns, lang=lang, display_zone=display_zone, projections=projections)
    sessions = [s for c in campaigns for s in store.sessions(c.id)]
    hosts = host_table(hosts_used(store, sessions), PlatformLookup(store.platforms()), lang=lang, tier_of=planned_tier(store))
    summary = summary_table(campaigns, projections, notes, lang=lang)
    bench = benchmark_table(store, campaigns, lang=lang)
    title = campaigns[0].name if len(campaigns) == 1 else "All campaigns"
    return write_workbook(path, [schedule, hosts, summary, bench], title=title, progress=progress)


def export_hosts_xlsx(store: "PlanStore", path: str | os.PathLike[str], *, lang: str = "en",
                      progress: Progress | None = None) -> Path:
    """The whole host roster (达人资源表) as a one-sheet workbook."""
    table = host_table(store.hosts(), PlatformLookup(store.platforms()), lang=lang, tier_of=planned_tier(store))
    return write_workbook(path, [table], title="Host roster", progress=progress)
