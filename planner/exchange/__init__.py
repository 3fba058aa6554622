"""Spreadsheet and calendar exchange: XLSX/CSV/ICS export and validated CSV/XLSX import. No Qt.

Entry points for the UI and the CLI:

* import: :func:`preview_import` → :func:`prepare_import` → ``plan.edit.apply(store)`` (one undo step),
  or :func:`import_file` to do both;
* export: :func:`export_xlsx`, :func:`export_csv`, :func:`export_ics`, :func:`export_hosts_xlsx`,
  :func:`export_hosts_csv`.

Long-running functions take ``progress(done, total) -> bool``; returning False raises :class:`Cancelled`
after undoing everything (an import changes nothing, an export leaves no file).
"""

from planner.exchange.csv_export import export_csv, export_hosts_csv
from planner.exchange.ics_export import export_ics
from planner.exchange.importer import (
    ImportEdit, ImportPlan, ImportPreview, ImportProblems, import_file, load, prepare_import, preview_import,
    save_problems,
)
from planner.exchange.numbers import NumRange, parse_duration, parse_number, parse_percent
from planner.exchange.readers import Cancelled, FileRefused
from planner.exchange.xlsx_export import export_hosts_xlsx, export_xlsx

__all__ = [
    "Cancelled", "FileRefused", "ImportEdit", "ImportPlan", "ImportPreview", "ImportProblems", "NumRange",
    "export_csv", "export_hosts_csv", "export_hosts_xlsx", "export_ics", "export_xlsx", "import_file", "load",
    "parse_duration", "parse_number", "parse_percent", "prepare_import", "preview_import", "save_problems",
]
