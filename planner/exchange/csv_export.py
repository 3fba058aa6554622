"""CSV export in UTF-8 with BOM, so Excel on a Chinese or Western Windows shows Chinese text correctly.

Text that a spreadsheet would run as a formula gets a leading ``'`` (shown by Excel as text; the importer
removes it again). Money columns carry the currency in their header when every row shares it.
"""

from __future__ import annotations

import csv
import os
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.models import Campaign
from planner.exchange.cells import PlatformLookup
from planner.exchange.files import Ticker, atomic_output, csv_quote
from planner.exchange.numbers import format_percent
from planner.exchange.readers import Progress
from planner.exchange.tables import Table, host_table, planned_tier, project, resolve_campaigns, schedule_table

if TYPE_CHECKING:
    from planner.storage.store import PlanStore


def _number(v: float) -> str:
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and abs(v) < 1e15):
        return str(int(v))
    return repr(float(v))  # shortest text that reads back as the same float


def cell_text(v: Any, kind: str) -> str:
    """A typed cell as CSV text; formula-like text is neutralised."""
    if v is None:
        return ""
    if isinstance(v, str):
        return csv_quote(v)
    if kind == "percent":
        return format_percent(v)
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, time):
        return v.strftime("%H:%M")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return _number(v)
    return str(v)


def _comma(text: str, v: Any, kind: str) -> str:
    """A number's (or percent's) text with a decimal comma; other cells unchanged."""
    numeric = kind == "percent" or (isinstance(v, (int, float)) and not isinstance(v, bool))
    return text.replace(".", ",") if numeric and not isinstance(v, str) else text


def write_csv(path: str | os.PathLike[str], table: Table, *, progress: Progress | None = None,
              decimal_comma: bool = False) -> Path:
    """Write one table as CSV (UTF-8 with BOM, CRLF line ends as Excel writes them), atomically.

    ``decimal_comma``: ``;`` between fields and ``,`` before decimals, as Excel reads CSV in Italy."""
    currencies = set(table.currencies) - {""}
    headers = []
    for col in table.columns:
        h = col.header
        if col.kind in ("money", "money0") and len(currencies) == 1:
            h = f"{h} ({next(iter(currencies))})"
        headers.append(h)
    kinds = [c.kind for c in table.columns]
    ticker = Ticker(progress, len(table.rows))
    with atomic_output(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n", delimiter=";" if decimal_comma else ",")
            w.writerow([csv_quote(h) for h in headers])
            for row in table.rows:
                w.writerow([_comma(cell_text(v, k), v, k) if decimal_comma else cell_text(v, k)
                            for v, k in zip(row, kinds)])
                ticker.step()
        ticker.finish()
    return Path(path)


def export_csv(store: "PlanStore", path: str | os.PathLike[str], campaign: str | int | Campaign | None = None,
               *, lang: str = "en", display_zone: str | None = None, draws: int = 0,
               progress: Progress | None = None, ranges: bool = False, for_agency: bool = False,
               decimal_comma: bool = False) -> Path:
    """The schedule of a campaign (or of every campaign) as CSV, with projected figures when available.

    ``ranges`` adds per-session P10/P90 columns (2,000 draws at least); ``for_agency`` leaves out projections."""
    campaigns = resolve_campaigns(store, campaign)
    projections, _notes = ({}, []) if for_agency else project(store, campaigns, max(draws, 2000) if ranges else draws)
    table = schedule_table(store, campaigns, lang=lang, display_zone=display_zone, projections=projections,
                           ranges=ranges, for_agency=for_agency)
    return write_csv(path, table, progress=progress, decimal_comma=decimal_comma)


def export_hosts_csv(store: "PlanStore", path: str | os.PathLike[str], *, lang: str = "en",
                     progress: Progress | None = None, for_agency: bool = False, decimal_comma: bool = False) -> Path:
    """The host roster; ``for_agency`` leaves the contacts out."""
    table = host_table(store.hosts(), PlatformLookup(store.platforms()), lang=lang, tier_of=planned_tier(store),
                       contacts=not for_agency)
    return write_csv(path, table, progress=progress, decimal_comma=decimal_comma)
