"""A streaming look at a workbook's XML before it is read, so a zip bomb is refused within a second.

An XLSX file is a zip of XML parts. 300 KB can inflate to one 300 MB cell, or to 15 million empty cells;
the cell reader (calamine) would build all of it in memory first. This pass inflates each worksheet and the
shared-strings part in 1 MB pieces and stops at the first limit crossed: a text run longer than a cell can
hold, more cells than a table may have, more bytes than a part may have. It also notes formula cells that
have no value saved with them (written by a program that does not calculate), which would read as empty.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from planner.exchange import limits

_CHUNK = 1024 * 1024
_CARRY_MAX = 4 * 1024 * 1024
_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
# A formula cell with nothing (or an empty <v>) after its formula: no value was saved.
_UNCACHED = re.compile(
    rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>\s*<f\b([^>]*?)(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>')
_SI = re.compile(rb"<si[ >]")
_RELS_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


class WorkbookRefused(ValueError):
    """A workbook part crosses a limit; the message says where and which limit."""

    def __init__(self, message: str, shared_index: int | None = None) -> None:
        super().__init__(message)
        self.shared_index = shared_index  # the shared text (0-based) that is too long, if that was it


@dataclass
class SheetScan:
    cells: int = 0
    rows: int = 0
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column index) → formula


def col_index(letters: bytes | str) -> int:
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode():
        n = n * 26 + ord(ch) - 64
    return n - 1


def col_letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def find_long_run(buf: bytes, limit: int) -> int | None:
    """Start of the first stretch of ``limit`` bytes without a ``<`` (a text longer than a cell can hold).

    Any such stretch contains a whole aligned block of ``limit // 2`` bytes without a ``<``, so one C-level
    ``find`` per block (60 per 30 MB at the cell limit) finds it: no regex over every byte."""
    step = max(limit // 2, 1)
    for k in range(0, len(buf), step):
        if buf.find(b"<", k, k + step) == -1:
            start = buf.rfind(b"<", 0, k) + 1
            end = buf.find(b"<", k)
            if (len(buf) if end == -1 else end) - start >= limit:
                return start
    return None


def _small_part(zf: zipfile.ZipFile, name: str, cap: int = 4 * 1024 * 1024) -> bytes | None:
    try:
        with zf.open(name) as fh:
            data = fh.read(cap + 1)
    except KeyError:
        return None
    if len(data) > cap:
        raise WorkbookRefused(f"its part {name} is over {cap // 2**20} MB; it is not a workbook Excel wrote")
    return data


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet part name, from the workbook's own index."""
    book, rels = _small_part(zf, "xl/workbook.xml"), _small_part(zf, "xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return {}
    try:
        targets = {r.get("Id"): r.get("Target", "") for r in ElementTree.fromstring(rels)}
        out = {}
        for el in ElementTree.fromstring(book).iter():
            if el.tag.endswith("}sheet") or el.tag == "sheet":
                target = targets.get(el.get(f"{_RELS_NS}id"), "")
                if target:
                    target = target.lstrip("/")
                    out[el.get("name", "")] = target if target.startswith("xl/") else f"xl/{target}"
        return out
    except ElementTree.ParseError:
        return {}


def scan_part(zf: zipfile.ZipFile, name: str, where: str, *, count_cells: bool) -> SheetScan:
    """Stream one XML part through the limits; raises :class:`WorkbookRefused` at the first one crossed."""
    scan = SheetScan()
    limit = limits.MAX_CELL_XML_BYTES
    total = 0
    carry = b""
    with zf.open(name) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk and not carry:
                break
            total += len(chunk)
            if total > limits.MAX_XML_BYTES:
                raise WorkbookRefused(f"{where} unzips to more than {limits.MAX_XML_BYTES // 2**20} MB; the limit "
                                      "keeps an import within a second and bounded memory. Split the file")
            buf = carry + chunk
            at = find_long_run(buf, limit)
            if at is not None:
                n = None if count_cells else len(_SI.findall(buf[:at])) - 1
                raise WorkbookRefused(_long_cell_message(buf, at, where, count_cells),
                                      None if n is None or n < 0 else n)
            if not chunk:
                end = len(buf)
            else:
                end = buf.rfind(b"</c>") + 4 if count_cells else -1
                if end < 4 or len(buf) - end > _CARRY_MAX:
                    end = max(buf.rfind(b"<"), 0)
            done, carry = buf[:end], buf[end:]
            if count_cells:
                # bytes.count runs in C; "<c>" and "<c " are the only spellings of a cell tag ("<col" is not)
                scan.cells += done.count(b"<c>") + done.count(b"<c ")
                scan.rows += done.count(b"<row>") + done.count(b"<row ")
                if scan.cells > limits.MAX_CELLS:
                    by_row = f" (by row {scan.rows:,})" if scan.rows else ""
                    raise WorkbookRefused(f"{where} has more than {limits.MAX_CELLS:,} cells{by_row}; a table may have "
                                          f"at most {limits.MAX_CELLS:,}. Split the file")
                if b"<f" in done:
                    for m in _UNCACHED.finditer(done):
                        formula = (m.group(4) or b"").decode("utf-8", "replace")
                        if not formula and b"shared" in m.group(3):
                            formula = "(shared formula)"
                        scan.uncached[(int(m.group(2)), col_index(m.group(1)))] = formula
            if not chunk:
                break
    return scan


def _long_cell_message(buf: bytes, pos: int, where: str, in_sheet: bool) -> str:
    what = f"more than {limits.MAX_CELL_CHARS:,} characters (Excel's own limit for a cell)"
    if in_sheet:
        refs = _CELL_REF.findall(buf[:pos])
        if refs:
            letters, row = refs[-1]
            return f"{where} cell {letters.decode()}{int(row)} (row {int(row)}) holds {what}"
    else:
        n = len(_SI.findall(buf[:pos]))
        if n:
            return f"{where} text #{n} holds {what}"
    return f"{where} holds a text of {what}"


def scan_workbook(zf: zipfile.ZipFile) -> tuple[dict[str, str], dict[str, SheetScan]]:
    """Check every worksheet and the shared strings; returns sheet → part and part → scan."""
    parts = sheet_parts(zf)
    names = set(zf.namelist())
    scans: dict[str, SheetScan] = {}
    by_part = {p: s for s, p in parts.items()}
    for part in sorted(n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
        label = f"sheet {by_part[part]!r}" if part in by_part else part
        scans[part] = scan_part(zf, part, label, count_cells=True)
    if "xl/sharedStrings.xml" in names:
        try:
            scan_part(zf, "xl/sharedStrings.xml", "the workbook's shared text", count_cells=False)
        except WorkbookRefused as exc:
            if exc.shared_index is None:
                raise
            where = _cell_using(zf, scans, by_part, exc.shared_index)
            if where is None:
                raise
            raise WorkbookRefused(f"{where} holds more than {limits.MAX_CELL_CHARS:,} characters (Excel's own "
                                  "limit for a cell)") from None
    return parts, scans


def _cell_using(zf: zipfile.ZipFile, scans: dict[str, SheetScan], by_part: dict[str, str], index: int) -> str | None:
    """The first cell showing shared text ``index``: the sheets were checked already, so this read is bounded."""
    pattern = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*\bt="s"[^>]*>\s*<v>%d</v>' % index)
    for part in scans:
        m, tail = None, b""
        with zf.open(part) as fh:
            while m is None and (chunk := fh.read(_CHUNK)):
                buf = tail + chunk
                m = pattern.search(buf)
                tail = buf[-512:]
        if m:
            label = f"sheet {by_part[part]!r}" if part in by_part else part
            return f"{label} cell {m.group(1).decode()}{int(m.group(2))} (row {int(m.group(2))})"
    return None
