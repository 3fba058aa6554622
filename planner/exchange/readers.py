"""Reading CSV and XLSX files into plain rows, refusing anything that is not a table.

The kind of file is told from its first bytes, not its name: a workbook saved as ``.csv`` is still read as
a workbook, and a PNG renamed ``.csv`` is refused. Formulas are never evaluated: XLSX cells give the value
Excel cached when it saved the file, CSV cells are text.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.domain.text import QT_TRANSLATE_NOOP, message_of

Progress = Callable[[int, int], bool]

from planner.exchange.limits import (  # noqa: F401 - re-exported: tests and callers patch them here
    MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_LINE_CHARS, MAX_ROWS, MAX_UNZIPPED_BYTES,
)
from planner.exchange.textcodec import EncodingRefused, detect
from planner.exchange.xlsx_scan import WorkbookRefused, col_letters, scan_workbook

ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16")

_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-Zip archive",
    b"SQLite format 3": "an SQLite database (a plan file? open it with File ▸ Open)",
}
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = (*_FORMULA_START, "'")


class Cancelled(PlannerError):
    """The user cancelled an import or export; nothing was changed and no file was left behind."""

    def __init__(self, what: str = "Cancelled") -> None:
        super().__init__(f"{what}; nothing was changed")


class FileRefused(PlannerError):
    """The file is not a table the planner can read (binary, encrypted, too large, wrong encoding)."""


@dataclass
class RawTable:
    """Rows as read from a file, before headers are recognised.

    ``rows`` holds ``(row_number, cells)`` with the row number the user sees in Excel or a text editor;
    entirely empty rows are left out.
    """

    path: Path
    source: str  # "csv" | "xlsx"
    rows: list[tuple[int, list[object]]]
    encoding: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) → formula with no value


def sniff(path: Path) -> str:
    """``"xlsx"`` or ``"csv"`` from the file's first bytes; raises FileRefused for anything else."""
    name = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path}: no such file").format(path=name)) from None
    except OSError as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} cannot be read: {why}").format(path=name, why=exc.strerror or exc)) from None
    if size == 0:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is empty: there are no rows to import").format(path=name))
    if size > MAX_FILE_BYTES:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is {mb:.0f} MB; the import limit is {most} MB. Split it into smaller "
                                                  "files.").format(path=name, mb=size / 1e6, most=MAX_FILE_BYTES // 2**20))
    if head.startswith(_ZIP):
        return "xlsx"
    if head.startswith(_OLE2):
        raise FileRefused(_ole2_message(path))
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is {what}, not a spreadsheet; choose a CSV or XLSX file").format(
                path=name, what=what))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is not an Excel workbook (.xlsx files are zip containers and this "
                                                  "one is not); re-save it from Excel, or export it as CSV").format(path=name))
    return "csv"


def _ole2_message(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(2 * 1024 * 1024)
    # An encrypted .xlsx is an OLE2 container holding an "EncryptionInfo" stream (names are UTF-16).
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return QT_TRANSLATE_NOOP("Files", "{path} is password-protected (encrypted). Open it in Excel, remove the "
                                          "password (File ▸ Info ▸ Protect Workbook), save, and import it again."
                                 ).format(path=str(path))
    return QT_TRANSLATE_NOOP("Files", "{path} is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and "
                                      "save it as .xlsx or CSV, then import that.").format(path=str(path))


def read_table(path: str | Path, *, encoding: str | None = None, sheet: str | None = None,
               choose_sheet: Callable[[list[list[object]]], float] | None = None,
               progress: Progress | None = None) -> RawTable:
    """Read a CSV or XLSX file.

    Args:
        encoding: CSV text encoding; ``None`` detects UTF-8 (with or without BOM), UTF-16 and GB18030/GBK.
        sheet: the workbook sheet to read; ``None`` picks the sheet ``choose_sheet`` scores highest
            (given each sheet's first rows), or the first sheet.
        progress: ``progress(done, total) -> bool``; returning False raises :class:`Cancelled`.
    """
    path = Path(path)
    kind = sniff(path)
    if kind == "xlsx":
        return _read_xlsx(path, sheet, choose_sheet, progress)
    return _read_csv(path, encoding, progress)


# -- CSV -------------------------------------------------------------------------------------------------
def detect_encoding(data: bytes) -> str:
    """The encoding of a whole CSV file; FileRefused when it is not one clean encoding."""
    try:
        return detect(data)
    except EncodingRefused as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "The file {why}").format(why=message_of(exc))) from None


def _nul_message(path: Path, data: bytes, pos: int) -> str:
    line = data.count(b"\n", 0, pos) + 1
    col = pos - (data.rfind(b"\n", 0, pos) + 1) + 1
    where = QT_TRANSLATE_NOOP("Files", "a NUL byte (binary zero) at byte {byte:,} (line {line}, character {col})"
                              ).format(byte=pos + 1, line=line, col=col)
    if pos < 8192:
        return QT_TRANSLATE_NOOP("Files", "{path} is a binary file, not a CSV table: {where}").format(
            path=str(path), where=where)
    return QT_TRANSLATE_NOOP("Files", "{path} has {where}; a text table has none. It was damaged or is not a CSV "
                                      "file; remove that character and import again").format(path=str(path), where=where)


def _read_csv(path: Path, encoding: str | None, progress: Progress | None) -> RawTable:
    data = path.read_bytes()
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and (nul := data.find(b"\x00")) >= 0:
        raise FileRefused(_nul_message(path, data, nul))
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "Unknown text encoding {encoding}; use one of {known}").format(
                encoding=repr(encoding), known=", ".join(ENCODINGS))) from None
    enc = encoding or detect_encoding(data)
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        from planner.exchange.textcodec import row_of_line

        line = data.count(b"\n", 0, exc.start) + 1
        row = row_of_line(data.decode(enc, errors="replace"), line)
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is not valid {encoding} text: row {row} (byte {byte:,}) "
                                                     "cannot be read; choose another encoding, e.g. utf-8 or gb18030")
                          .format(path=str(path), encoding=enc, row=row, byte=exc.start + 1)) from None
    del data
    text = text.lstrip("\ufeff")  # a BOM read with an explicit "utf-8" would otherwise sit in the first header
    if not text.strip():
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has no rows: the file is empty").format(path=str(path)))
    if "\x00" in text:  # UTF-16 text holding a NUL character
        pos = text.index("\x00")
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has a NUL character (binary zero) at character {at:,}, "
                                                     "row {row}; a text table has none").format(
            path=str(path), at=pos + 1, row=text.count(chr(10), 0, pos) + 1))
    # A run of MAX_LINE_CHARS characters without a line break, found without splitting the text into lines
    # (tried once per line start, so the search is linear and allocates nothing).
    if m := re.compile(r"(?<![^\n\r])[^\n\r]{%d}" % (MAX_LINE_CHARS + 1)).search(text):
        end = m.end()
        while end < len(text) and text[end] not in "\r\n":
            end += 1
        longest = end - m.start()
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has a line {n:,} characters long; a CSV table's rows are "
                                                     "far shorter. This is not a CSV table (or its line breaks were "
                                                     "lost).").format(path=str(path), n=longest))
    # Judge the delimiter on several lines: a title row above the headers often has none.
    sample = "\n".join(text.split("\n", 6)[:6])
    delimiter = max((",", "\t", ";", "|"), key=sample.count) if any(c in sample for c in ",\t;|") else ","
    rows: list[tuple[int, list[object]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    total = text.count("\n") + 1
    max_rows, max_cols, max_cells = MAX_ROWS, MAX_COLUMNS, MAX_CELLS
    max_chars = MAX_CELL_CHARS
    cells_seen = 0
    n = 0
    try:
        # A record is a spreadsheet row: a quoted cell may span several lines, so count records, not lines.
        for n, cells in enumerate(reader, start=1):
            if len(cells) > max_cols:
                raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} row {n} has {columns:,} columns; the limit is {most}").format(
                    path=str(path), n=n, columns=len(cells), most=max_cols))
            if len(rows) >= max_rows:
                raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has more than {most:,} rows; split it into smaller files").format(
                    path=str(path), most=max_rows))
            cells_seen += len(cells)
            if cells_seen > max_cells:
                raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has more than {most:,} cells (reached at row {n}); "
                                                             "split it into smaller files").format(
                    path=str(path), most=max_cells, n=n))
            if cells and max(map(len, cells)) > max_chars:
                col = max(range(len(cells)), key=lambda i: len(cells[i]))
                raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} row {n}, column {column} holds {chars:,} characters; "
                                                             "a cell holds at most {most:,} (Excel's own limit)").format(
                    path=str(path), n=n, column=col_letters(col), chars=len(cells[col]), most=max_chars))
            if any(c.strip() for c in cells):
                rows.append((n, [_unquote(c) for c in cells]))
            if progress and n % 5000 == 0 and not progress(reader.line_num, total):
                raise Cancelled("Import cancelled")
    except csv.Error as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} row {n} cannot be read as CSV: {why}").format(
            path=str(path), n=n + 1, why=exc)) from None
    return RawTable(path, "csv", rows, encoding=enc)


def _unquote(cell: str) -> str:
    """Undo the ``'`` our CSV export puts before formula-like text (and before text that starts with ``'``
    followed by such a character, so ``'=1`` comes back as ``'=1``): a round trip is lossless."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in _QUOTED:
        return cell[1:]
    return cell


# -- XLSX ------------------------------------------------------------------------------------------------
def _read_xlsx(path: Path, sheet: str | None, choose_sheet: Callable[[list[list[object]]], float] | None,
               progress: Progress | None) -> RawTable:
    import python_calamine as pc

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            unzipped = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, OSError):
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is damaged: it looks like a workbook but cannot be opened").format(
            path=str(path))) from None
    if "xl/workbook.xml" not in names:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is a zip file but not an Excel workbook (.xlsx)").format(path=str(path)))
    if unzipped > MAX_UNZIPPED_BYTES:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} expands to {gb:.1f} GB; it is too large to import").format(
            path=str(path), gb=unzipped / 2**30))
    try:
        with zipfile.ZipFile(path) as zf:
            parts, scans = scan_workbook(zf)
    except WorkbookRefused as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path}: {why}").format(path=str(path), why=exc)) from None
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is damaged: it looks like a workbook but cannot be "
                                                     "unzipped ({why})").format(path=str(path), why=exc)) from None
    max_rows, max_cols = MAX_ROWS, MAX_COLUMNS
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
        sheets = list(wb.sheet_names)
        if not sheets:
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has no sheets").format(path=str(path)))
        if sheet is not None and sheet not in sheets:
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} has no sheet {sheet}; its sheets are {sheets}").format(
                path=str(path), sheet=repr(sheet), sheets=", ".join(sheets)))
        if sheet is None:
            sheet = sheets[0]
            if choose_sheet and len(sheets) > 1:
                scores = {s: choose_sheet(_first_rows(wb.get_sheet_by_name(s))) for s in sheets}
                sheet = max(sheets, key=lambda s: (scores[s], -sheets.index(s)))
        ws = wb.get_sheet_by_name(sheet)
        total = max(ws.height, 1)
        if ws.height > max_rows + 50:
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} sheet {sheet} has {rows:,} rows; the limit is {most:,}. "
                                                         "Split it into smaller files.").format(
                path=str(path), sheet=repr(sheet), rows=ws.height, most=max_rows))
        if ws.width > max_cols:
            raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} sheet {sheet} has {columns:,} columns; the limit is "
                                                         "{most}").format(path=str(path), sheet=repr(sheet),
                                                                          columns=ws.width, most=max_cols))
        first = ws.start[0] + 1 if ws.start else 1  # skip_empty_area drops leading empty rows
        first_col = ws.start[1] if ws.start else 0
        scan = scans.get(parts.get(sheet, ""))
        uncached = {(r, c - first_col): f for (r, c), f in scan.uncached.items()} if scan else {}
        rows: list[tuple[int, list[object]]] = []
        for i, cells in enumerate(ws.iter_rows()):
            if any(c != "" and c is not None for c in cells):
                rows.append((first + i, list(cells)))
            if progress and i % 5000 == 4999 and not progress(i + 1, total):
                raise Cancelled("Import cancelled")
    except pc.PasswordError:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is password-protected; remove the password in Excel and try again")
                          .format(path=str(path))) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError) as exc:
        raise FileRefused(QT_TRANSLATE_NOOP("Files", "{path} is damaged or not a workbook Excel wrote: {why}").format(
            path=str(path), why=exc)) from None
    return RawTable(path, "xlsx", rows, sheet=sheet, sheets=sheets, uncached=uncached)


def _first_rows(ws, n: int = 10) -> list[list[object]]:
    out = []
    for cells in ws.iter_rows():
        out.append(list(cells))
        if len(out) >= n:
            break
    return out
