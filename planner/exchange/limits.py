"""How much an import reads before it refuses a file: every limit in one place (the README states them).

The limits are checked while the file streams in, so a file over a limit is refused after reading only as
much as it takes to find out, in well under a second and without holding the file's contents in memory.
"""

from __future__ import annotations

from planner.domain.validation import MAX_NAME_CHARS  # noqa: F401 - a host's name or handle (a domain rule)

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file on disk (CSV or XLSX)
MAX_ROWS = 200_000  # data rows of one table
MAX_COLUMNS = 500  # columns of one table
MAX_CELLS = 2_000_000  # cells of one table (CSV fields, or <c> elements of one worksheet)
MAX_CELL_CHARS = 32_767  # characters in one cell: Excel's own limit
MAX_LINE_CHARS = 200_000  # one line of a CSV file
MAX_XML_BYTES = 256 * 1024 * 1024  # one worksheet or the shared-strings part of a workbook, unzipped
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024  # the whole workbook as its zip directory declares it

#: A cell's text is checked in bytes while the XML streams (a character is at most 4 bytes in UTF-8, and
#: ``&amp;`` spends 5 bytes on one character), then exactly in characters once read.
MAX_CELL_XML_BYTES = 6 * MAX_CELL_CHARS

MAX_PROBLEMS_SHOWN = 50  # problems printed by the CLI (the full list goes to a file on request)
