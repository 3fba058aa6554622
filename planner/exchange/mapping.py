"""Which column holds which field: found from the headers, and changed by the user in the preview dialog."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from planner.domain.errors import PlannerError
from planner.exchange.cells import as_text
from planner.exchange.columns import HEADERS, IMPORT_FIELDS, REQUIRED, HeaderHint, closest_field, match_header

HEADER_SCAN_ROWS = 10  # agencies often put a title row (“618直播排期表”) above the headers

ColumnRef = str | int
"""A column named by its header text as in the file, or by its 0-based position."""


@dataclass
class ColumnMap:
    """The mapping of one file: column position → field, with what each header said about units/zones."""

    kind: str
    headers: list[str]
    header_row: int  # row number of the header row, as the user sees it
    fields: dict[int, str] = field(default_factory=dict)  # column → field
    hints: dict[int, HeaderHint] = field(default_factory=dict)
    ignored: list[int] = field(default_factory=list)  # computed columns (projections, display-zone times)
    unmapped: list[int] = field(default_factory=list)
    zone: str | None = None  # the zone of times whose header names none (None: China time)

    def column(self, field_name: str) -> int | None:
        for col, f in self.fields.items():
            if f == field_name:
                return col
        return None

    def header_of(self, field_name: str) -> str:
        """The header the file uses for a field (for problem messages), or the field's English name."""
        col = self.column(field_name)
        if col is not None:
            return self.headers[col]
        return HEADERS.get(field_name, (field_name,))[0]

    def missing(self) -> list[tuple[str, ...]]:
        """Required field groups with no column (each group: one of these fields is needed)."""
        mapped = set(self.fields.values())
        return [group for group in REQUIRED[self.kind] if not mapped & set(group)]

    def as_dict(self) -> dict[str, str]:
        """Header → field, the form the preview dialog shows and passes back as an explicit mapping."""
        return {self.headers[c]: f for c, f in sorted(self.fields.items())}


@dataclass(frozen=True, slots=True)
class ColumnNote:
    """What the import does with one column of the file: read it as ``field``, or not (and why)."""

    column: int  # 0-based position
    header: str
    field: str | None  # the field it is read as; None: not imported
    why: str = ""  # for a column not imported: computed by the planner, a second column for a field, unknown
    closest: str | None = None  # for an unknown column: the field it most resembles

    def __str__(self) -> str:
        from planner.exchange.xlsx_scan import col_letters

        where = f"{col_letters(self.column)} “{self.header}”"
        if self.field:
            return f"{where} → {self.field}"
        hint = f"; closest field: {self.closest}" if self.closest else ""
        return f"{where}: ignored ({self.why}{hint})"


def describe_columns(cmap: ColumnMap) -> list[ColumnNote]:
    """Every non-empty column of the header row, mapped or ignored, in file order."""
    notes = []
    for col, text in enumerate(cmap.headers):
        if not text:
            continue
        if col in cmap.fields:
            notes.append(ColumnNote(col, text, cmap.fields[col]))
            continue
        f, _hint = match_header(text, cmap.kind)
        if col in cmap.ignored and f not in (None, "ignored"):
            other = cmap.column(f)
            why = (f"column {cmap.headers[other]!r} gives {f}; a time in another zone is used only without a "
                   f"China-time column" if other is not None and match_header(text, cmap.kind)[1].zone
                   else f"column {cmap.headers[other]!r} gives {f}" if other is not None else f"{f} skipped by choice")
            notes.append(ColumnNote(col, text, None, why))
        elif f == "ignored":
            notes.append(ColumnNote(col, text, None, "worked out by the planner, not imported"))
        else:
            why = "not a field of a host import" if cmap.kind == "hosts" else "not a field of a session import"
            if f is None and match_header(text, "sessions" if cmap.kind == "hosts" else "hosts")[0] is None:
                why = "not a column the planner knows"
            if col in cmap.ignored or f not in (None, "ignored"):
                why = "skipped by choice"
            notes.append(ColumnNote(col, text, None, why, closest_field(text, cmap.kind)))
    return notes


def header_score(cells: list[object], kind: str) -> int:
    return sum(1 for c in cells if match_header(as_text(c), kind)[0] not in (None, "ignored"))


def find_header_row(rows: list[tuple[int, list[object]]], kind: str) -> int:
    """Index in ``rows`` of the row that looks most like a header (the first row when none does)."""
    best, best_score = 0, 0
    for i, (_n, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(cells, kind)
        if score > best_score:
            best, best_score = i, score
    return best


def sheet_score(kind: str):
    """A ``choose_sheet`` callback for :func:`readers.read_table`: the best header score of a sheet."""
    return lambda first_rows: max((header_score(r, kind) for r in first_rows), default=0)


def build_map(kind: str, header_cells: list[object], header_row: int,
              explicit: Mapping[ColumnRef, str | None] | None = None) -> ColumnMap:
    """Map headers to fields; ``explicit`` (header text or position → field, or None to skip) wins."""
    if kind not in IMPORT_FIELDS:
        raise PlannerError(f"Unknown import kind {kind!r}; use hosts or sessions")
    headers = [as_text(c) for c in header_cells]
    cmap = ColumnMap(kind, headers, header_row)
    chosen: dict[int, tuple[str, HeaderHint]] = {}
    for col, text in enumerate(headers):
        if not text:
            continue
        f, hint = match_header(text, kind)
        if f is not None:
            chosen[col] = (f, hint)
    if explicit:
        allowed = set(IMPORT_FIELDS[kind])
        for ref, f in explicit.items():
            col = ref if isinstance(ref, int) else _find(headers, ref)
            if not 0 <= col < len(headers):
                raise PlannerError(f"Column {ref!r} is not in the file")
            if f in (None, "", "ignored"):
                chosen.pop(col, None)
                continue
            if f not in allowed:
                raise PlannerError(f"{f!r} is not a field of a {kind} import; use one of {', '.join(sorted(allowed))}")
            # A field mapped by hand takes its column from any header that claimed it automatically.
            for other, (of, _h) in list(chosen.items()):
                if of == f and other != col:
                    del chosen[other]
            chosen[col] = (f, match_header(headers[col], kind)[1])
    # When two columns claim a field, a China-time column beats a column in another zone, then the first wins.
    by_field: dict[str, int] = {}
    for col in sorted(chosen, key=lambda c: (chosen[c][1].zone is not None, c)):
        f, hint = chosen[col]
        if f == "ignored" or f in by_field:
            cmap.ignored.append(col)
            continue
        by_field[f] = col
        cmap.fields[col] = f
        cmap.hints[col] = hint
    cmap.ignored.sort()
    cmap.unmapped = [c for c, h in enumerate(headers) if h and c not in cmap.fields and c not in cmap.ignored]
    return cmap


def _find(headers: list[str], text: str) -> int:
    try:
        return headers.index(text)
    except ValueError:
        stripped = [h.strip() for h in headers]
        return stripped.index(text.strip()) if text.strip() in stripped else -1
