"""Telling a CSV file's text encoding, or refusing it: a file is read in one encoding or not at all.

Chinese agency files come as UTF-8 (with or without BOM), GB18030/GBK (Chinese Excel and WPS) or Big5
(Traditional Chinese). GB18030 decodes almost any byte sequence, so "it decodes" proves nothing: UTF-8 text
read as GB18030 gives 鐩存挱 for 直播, and Big5 text gives キ and л. So a file that is not UTF-8 is read as
GB18030 or Big5 only when its characters are mostly the common ones of that encoding, and a file that
mixes encodings (a UTF-8 file with one row pasted from a GBK file) is refused naming its first odd row.
"""

from __future__ import annotations

import codecs
import csv
import io

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.exchange.limits import MAX_LINE_CHARS


class EncodingRefused(ValueError):
    """The text is not in one recognisable encoding; the message names the first row that shows it."""


def _common_gb(ch: str) -> bool:
    """One of the 6,763 hanzi of GB2312, or CJK punctuation/full-width forms (not kana, Cyrillic, box art)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (0xB0 <= b[0] <= 0xF7 or b[0] in (0xA1, 0xA3))


def _common_big5(ch: str) -> bool:
    """One of the 5,401 frequently used characters of Big5 (0xA440–0xC67E), or its punctuation."""
    try:
        b = ch.encode("big5")
    except UnicodeEncodeError:
        return False
    if len(b) != 2:
        return False
    code = b[0] << 8 | b[1]
    return 0xA440 <= code <= 0xC67E or 0xA140 <= code <= 0xA3BF


_COMMON = {"gb18030": _common_gb, "big5": _common_big5}


def _score(text: str, encoding: str) -> tuple[int, int]:
    """(common characters, non-ASCII characters) of ``text`` read in ``encoding``."""
    common = _COMMON[encoding]
    wide = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
    return sum(1 for ch in wide if common(ch)), len(wide)


def row_of_line(text: str, line: int) -> int:
    """The spreadsheet row (CSV record) holding text line ``line`` (1-based): quoted cells span lines."""
    reader = csv.reader(io.StringIO(text, newline=""))
    record = 0
    try:
        for record, _cells in enumerate(reader, start=1):
            if reader.line_num >= line:
                return record
    except csv.Error:
        pass
    return max(record, 1)


def detect(data: bytes) -> str:
    """The encoding of ``data`` (a whole CSV file); raises :class:`EncodingRefused` when it has none."""
    if data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    else:
        enc = "utf-8"
    try:
        data.decode(enc)
        return enc
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8, other = [], []
    for i, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8.append(i)
        except UnicodeDecodeError:
            other.append(i)
    if utf8:  # some rows are UTF-8 and some are not: no single reading of the file is right
        majority_utf8 = len(utf8) >= len(other)
        bad = other[0] if majority_utf8 else utf8[0]
        lossy = data.decode("utf-8" if majority_utf8 else "gb18030", errors="replace")
        row = row_of_line(lossy, bad)
        mixed = QT_TRANSLATE_NOOP("Files", "mixes text encodings: most rows are UTF-8 but row {row} is in another "
                                           "encoding (GBK?), so it would read as garbled characters. Save the whole "
                                           "file in one encoding (UTF-8) and import it again") if majority_utf8 else \
            QT_TRANSLATE_NOOP("Files", "mixes text encodings: most rows are GBK/GB18030 but row {row} is in UTF-8, so "
                                       "it would read as garbled characters. Save the whole file in one encoding "
                                       "(UTF-8) and import it again")
        raise EncodingRefused(mixed.format(row=row))
    readings: dict[str, tuple[str, float]] = {}
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        common, wide = _score(text, enc)
        readings[enc] = (text, common / wide if wide else 1.0)
    good = {enc: share for enc, (_t, share) in readings.items() if share >= 0.6}
    if len(good) == 1 or (len(good) == 2 and abs(good["gb18030"] - good["big5"]) >= 0.2):
        return max(good, key=lambda e: good[e])
    # Name the first row that reads wrong in the encoding that explains most of the file: the rows before
    # it read cleanly there, so that row is the odd one (a Big5 file with one GBK row names the GBK row).
    best_enc, best_line = "gb18030", 1
    for enc in ("gb18030", "big5"):
        bad = _first_bad_line(lines, enc)
        if bad > best_line:
            best_enc, best_line = enc, bad
    row = row_of_line(data.decode(best_enc, errors="replace"), best_line)
    raise EncodingRefused(QT_TRANSLATE_NOOP(
        "Files", "is not UTF-8, and reads neither as clean GB18030/GBK nor as Big5 (row {row} is garbled in each); "
                 "save it as UTF-8, or choose the encoding it was saved in").format(row=row))


def _first_bad_line(lines: list[bytes], enc: str) -> int:
    """The first line (1-based) that does not decode in ``enc`` or reads as mostly uncommon characters."""
    for i, line in enumerate(lines, start=1):
        if line.isascii():
            continue
        try:
            text = line.decode(enc)
        except UnicodeDecodeError:
            return i
        common, wide = _score(text[:MAX_LINE_CHARS], enc)
        if wide and common / wide < 0.6:
            return i
    return len(lines) + 1
