"""Hand-made workbooks for the fuzz corpus: minimal XLSX zips written part by part, so a test can make a
300 MB cell or 15 million cells from a few hundred KB without building them in memory."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '{shared}</Types>')
_SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>')
_SHARED_REL = ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
               'relationships/sharedStrings" Target="sharedStrings.xml"/>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
_SHEET_TAIL = "</sheetData></worksheet>"


def col(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def rows_xml(rows: Iterable[Iterable[object]]) -> Iterator[str]:
    """Rows of plain values: str → inline text, int/float → number, ("=", formula) → a formula, no value."""
    for r, cells in enumerate(rows, start=1):
        parts = [f'<row r="{r}">']
        for c, v in enumerate(cells):
            ref = f"{col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, tuple):
                parts.append(f'<c r="{ref}"><f>{escape(v[1])}</f></c>')
            elif isinstance(v, (int, float)):
                parts.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                parts.append(text_cell(ref, str(v)))
        parts.append("</row>")
        yield "".join(parts)


def write_xlsx(path: Path, sheet_xml: Iterable[str], shared: Iterable[str] | None = None) -> Path:
    """A workbook with one sheet whose <sheetData> content streams from ``sheet_xml``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES.format(shared=_SHARED_TYPE if shared else ""))
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.format(shared=_SHARED_REL if shared else ""))
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(_SHEET_HEAD.encode())
            for piece in sheet_xml:
                fh.write(piece.encode())
            fh.write(_SHEET_TAIL.encode())
        if shared is not None:
            with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
                fh.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                for piece in shared:
                    fh.write(piece.encode())
                fh.write(b"</sst>")
    return path


def bomb_cell(path: Path, megabytes: int = 300, *, shared: bool = False) -> Path:
    """A host roster whose second row has one cell of ``megabytes`` MB of text."""
    block = "x" * (1024 * 1024)
    head = '<row r="1">' + text_cell("A1", "达人昵称") + text_cell("B1", "平台") + text_cell("C1", "备注") + "</row>"

    def big() -> Iterator[str]:
        yield from (block for _ in range(megabytes))

    if shared:
        row2 = ('<row r="2">' + text_cell("A2", "A") + text_cell("B2", "抖音") +
                '<c r="C2" t="s"><v>0</v></c></row>')
        return write_xlsx(path, [head, row2], shared=["<si><t>", *big(), "</t></si>"])
    row2_head = '<row r="2">' + text_cell("A2", "A") + text_cell("B2", "抖音") + '<c r="C2" t="inlineStr"><is><t>'
    return write_xlsx(path, [head, row2_head, *big(), "</t></is></c></row>"])


def many_cells(path: Path, rows: int = 100_000, cols: int = 150) -> Path:
    """A roster header and then ``rows`` × ``cols`` small number cells: the same row again and again, which
    deflate packs to about a megabyte (cells without an ``r`` reference are valid and follow each other)."""
    head = list(rows_xml([["达人昵称", "平台", "粉丝数"]]))
    row = "<row>" + "<c><v>1</v></c>" * cols + "</row>"
    return write_xlsx(path, [*head, *(row for _ in range(rows))])
