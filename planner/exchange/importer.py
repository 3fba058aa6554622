"""Importing hosts and sessions: preview, all-or-nothing validation, and one undoable edit.

The flow a dialog follows::

    preview = preview_import(path, "hosts", store)             # show preview.rows, preview.mapping
    plan = prepare_import(path, "hosts", store, mapping=edited_mapping, on_duplicate="update")
    if plan.problems: show them (row, column, value, message) – nothing has changed
    else: inverse = plan.edit.apply(store)                      # one transaction, one undo step

Rules: a file with any invalid row imports nothing. Hosts already in the plan (same platform and handle,
or same platform and name when the file has no handle) are updated or skipped; on update, blank cells keep
the host's current value. Sessions name their host by platform and handle or name; the host must already
be in the plan (import the roster first). A session of the same host at the same start is a duplicate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import NotFoundError, PlannerError, Problem, ValidationError
from planner.domain.models import Campaign, Host, Session
from planner.domain.session_defaults import session_defaults
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.validation import validate_host, validate_session
from planner.exchange.cells import PlatformLookup, as_text
from planner.exchange.columns import HEADERS, IMPORT_FIELDS
from planner.exchange.convert import (
    ROW, SESSION_ATTR_FIELD, RowConverter, RowValues, build_session, host_key, host_values, session_times,
)
from planner.exchange.files import gc_paused
from planner.exchange.limits import MAX_PROBLEMS_SHOWN
from planner.exchange.mapping import (
    ColumnMap, ColumnNote, ColumnRef, build_map, describe_columns, find_header_row, sheet_score,
)
from planner.exchange.readers import Cancelled, Progress, RawTable, read_table

if TYPE_CHECKING:
    from planner.storage.edits import Edit
    from planner.storage.store import PlanStore

KINDS = ("hosts", "sessions")
ON_DUPLICATE = ("update", "skip")
_CHUNK = 2000


class ImportProblems(ValidationError):
    """Raised by :func:`import_file` when a file has invalid rows; ``.problems`` lists every one.

    Its message lists the first 50 and says how many more there are (a bad file can have 300,000)."""

    def __init__(self, problems: list[Problem], what: str = "input") -> None:
        super().__init__(problems, what)
        shown = "; ".join(str(p) for p in self.problems[:MAX_PROBLEMS_SHOWN])
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        self.args = (f"Invalid {what}: {shown}" + (f"; … and {more:,} more" if more > 0 else ""),)


@dataclass
class ImportPreview:
    """What a preview dialog shows: the detected mapping and the first rows as they will be read."""

    kind: str
    path: Path
    source: str  # csv | xlsx
    encoding: str | None
    sheet: str | None
    sheets: list[str]
    header_row: int
    headers: list[str]
    mapping: dict[str, str]  # header → field
    unmapped: list[str]  # headers the planner does not know; the user may map them
    ignored: list[str]  # columns the planner computes (projections, display-zone times) or duplicates
    missing: list[str]  # required fields with no column, in words
    choices: dict[str, tuple[str, str]]  # field → (English, Chinese) label, for the remap combo boxes
    rows: list[tuple[int, list[object]]]  # first data rows, raw cells as read
    values: list[RowValues]  # the same rows converted: values by field, and each row's problems
    row_count: int
    columns: list[ColumnNote] = field(default_factory=list)  # every column: the field it is read as, or why not
    notes: list[str] = field(default_factory=list)  # what the file leaves to the plan (fields it has no column for)


@dataclass
class ImportPlan:
    """The outcome of checking a file: every problem, or the edit that would import it."""

    kind: str
    path: Path
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    edit: "ImportEdit | None" = None
    skipped: list[str] = field(default_factory=list)
    unchanged: int = 0  # rows matching a record that already has exactly these values
    rows: int = 0
    columns: list[ColumnNote] = field(default_factory=list)  # every column: the field it is read as, or why not
    notes: list[str] = field(default_factory=list)  # what the file leaves to the plan (fields it has no column for)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return f"{len(self.problems)} problem(s) in {self.path.name}; nothing was imported"
        e = self.edit or ImportEdit()
        parts = []
        if self.kind == "hosts":
            parts.append(f"{len(e.add_hosts)} new host(s), {len(e.update_hosts)} updated")
        else:
            parts.append(f"{len(e.add_sessions)} new session(s), {len(e.update_sessions)} updated")
        parts.append(f"{self.unchanged} unchanged, {len(self.skipped)} skipped")
        return f"{self.path.name}: {self.rows} row(s): " + ", ".join(parts)

    def raise_for_problems(self) -> None:
        if self.problems:
            raise ImportProblems(self.problems + self.warnings, f"file {self.path.name}")


@dataclass(frozen=True)
class ImportEdit:
    """An import as one undoable edit: ``apply(store)`` returns the edit that removes what was added and
    restores the hosts and sessions it updated (the same protocol as :mod:`planner.storage.edits`)."""

    add_hosts: tuple[Host, ...] = ()
    update_hosts: tuple[Host, ...] = ()
    add_sessions: tuple[Session, ...] = ()
    update_sessions: tuple[Session, ...] = ()
    label: str = "Import"

    def apply(self, store: "PlanStore", progress: Progress | None = None) -> "Edit":
        """Apply in one transaction; a ``progress`` returning False rolls everything back (Cancelled)."""
        from planner.storage.edits import AddHosts, AddSessions, Composite, UpdateHosts, UpdateSessions

        steps: list[Edit] = []
        for cls, items in ((AddHosts, self.add_hosts), (UpdateHosts, self.update_hosts),
                           (AddSessions, self.add_sessions), (UpdateSessions, self.update_sessions)):
            steps += [cls(tuple(items[i:i + _CHUNK]), label=self.label)  # type: ignore[arg-type]
                      for i in range(0, len(items), _CHUNK)]
        total = len(self.add_hosts) + len(self.update_hosts) + len(self.add_sessions) + len(self.update_sessions)
        inverses: list[Edit] = []
        done = 0
        with store.atomic():  # an exception (a cancel included) rolls the whole import back
            for step in steps:
                inverses.append(step.apply(store))
                done += len(step.hosts if hasattr(step, "hosts") else step.sessions)  # type: ignore[attr-defined]
                if progress and not progress(done, total):
                    raise Cancelled("Import cancelled")
        return Composite(tuple(reversed(inverses)), self.label)


def load(path: str | Path, kind: str, *, encoding: str | None = None, sheet: str | None = None,
         progress: Progress | None = None) -> RawTable:
    """Read a file for an import of ``kind``; in a workbook, the sheet whose headers fit best is used."""
    if kind not in KINDS:
        raise PlannerError(f"Unknown import kind {kind!r}; use hosts or sessions")
    return read_table(path, encoding=encoding, sheet=sheet, choose_sheet=sheet_score(kind), progress=progress)


def _map(table: RawTable, kind: str, mapping: Mapping[ColumnRef, str | None] | None,
         zone: str | None = None) -> tuple[ColumnMap, int]:
    if not table.rows:
        raise PlannerError(f"{table.path} has no rows: the file is empty")
    hi = find_header_row(table.rows, kind)
    row_no, cells = table.rows[hi]
    cmap = build_map(kind, cells, row_no, mapping)
    if zone:
        from planner.domain.timezones import zone as find_zone

        find_zone(zone)  # an unknown zone is refused here, once, not on every row
        cmap.zone = None if zone == "Asia/Shanghai" else zone
    return cmap, hi


def save_problems(problems: list[Problem], path: str | Path) -> Path:
    """Every problem (and warning) as a CSV a spreadsheet opens: row, column, value, what is wrong."""
    import csv

    from planner.exchange.files import atomic_output, csv_quote

    with atomic_output(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh, lineterminator="\r\n")
            w.writerow(["Where", "Column", "Value", "What is wrong", "Severity"])
            for p in problems:
                value = "" if p.value is None else str(p.value)
                w.writerow([p.where, csv_quote(p.field), csv_quote(value), csv_quote(p.message), p.severity])
    return Path(path)


def _clipped(p: Problem) -> Problem:
    """A problem whose value is a screenful of text shows its start and its length."""
    if isinstance(p.value, str) and len(p.value) > 80:
        return replace(p, value=f"{p.value[:60]}… ({len(p.value):,} characters)")
    return p


def _notes(cmap: ColumnMap) -> list[str]:
    """What the plan supplies for fields the file has no column for, so nothing is taken silently."""
    mapped = set(cmap.fields.values())
    out = []
    if cmap.kind == "sessions":
        if "slot_fee" not in mapped:
            out.append("No slot fee column: new sessions take their host's slot fee, converted to the "
                       "campaign's currency at the plan's exchange rate; sessions already planned keep theirs")
        if "commission_rate" not in mapped:
            out.append("No commission column: sessions follow their host's commission rate")
        if cmap.zone:
            out.append(f"Times without a zone in their header are read as {cmap.zone} time")
    return out


def _missing_words(cmap: ColumnMap, data: list[tuple[int, list[object]]]) -> list[str]:
    groups = cmap.missing()
    if ("end", "duration") in groups and _start_holds_spans(cmap, data):
        groups.remove(("end", "duration"))  # "20:00-23:00" in the start column gives the end too
    return [" or ".join(f"{HEADERS[f][0]} / {HEADERS[f][1]}" for f in group) for group in groups]


def _start_holds_spans(cmap: ColumnMap, data: list[tuple[int, list[object]]]) -> bool:
    from planner.exchange.cells import parse_when

    col = cmap.column("start")
    if col is None:
        return False
    for _n, cells in data[:5]:
        try:
            if col < len(cells) and parse_when(cells[col], 2000)[1] is not None:
                return True
        except ValueError:
            continue
    return False


def _default_year(store: "PlanStore", campaign: str | int | Campaign | None) -> int | None:
    c = _campaign(store, campaign) if campaign is not None else None
    return c.start_date.year if c else None


def _campaign(store: "PlanStore", ref: str | int | Campaign | None) -> Campaign | None:
    if ref is None or isinstance(ref, Campaign):
        return ref
    return store.find_campaign(ref)


def preview_import(source: str | Path | RawTable, kind: str, store: "PlanStore", *, encoding: str | None = None,
                   sheet: str | None = None, mapping: Mapping[ColumnRef, str | None] | None = None,
                   campaign: str | int | Campaign | None = None, rows: int = 20,
                   zone: str | None = None) -> ImportPreview:
    """Detect the header row and mapping, and convert the first ``rows`` rows as the import will."""
    table = source if isinstance(source, RawTable) else load(source, kind, encoding=encoding, sheet=sheet)
    cmap, hi = _map(table, kind, mapping, zone)
    platforms = PlatformLookup(store.platforms())
    year = _default_year(store, campaign)
    data = table.rows[hi + 1:]
    convert = RowConverter(cmap, platforms, year, table.uncached)
    values = [convert(n, cells) for n, cells in data[:rows]]
    if kind == "sessions":
        for rv in values:  # times that do not add up (a skipped hour, an end before the start) show at the cell
            session_times(rv, cmap)
    return ImportPreview(
        kind=kind, path=table.path, source=table.source, encoding=table.encoding, sheet=table.sheet,
        sheets=table.sheets, header_row=cmap.header_row, headers=cmap.headers, mapping=cmap.as_dict(),
        unmapped=[cmap.headers[c] for c in cmap.unmapped], ignored=[cmap.headers[c] for c in cmap.ignored],
        missing=_missing_words(cmap, data), choices={f: HEADERS[f] for f in IMPORT_FIELDS[kind]},
        rows=data[:rows], values=values, row_count=len(data), columns=describe_columns(cmap), notes=_notes(cmap),
    )


def prepare_import(source: str | Path | RawTable, kind: str, store: "PlanStore", *,
                   campaign: str | int | Campaign | None = None, encoding: str | None = None,
                   sheet: str | None = None, mapping: Mapping[ColumnRef, str | None] | None = None,
                   on_duplicate: str = "update", progress: Progress | None = None,
                   zone: str | None = None) -> ImportPlan:
    """Read and check every row; returns an :class:`ImportPlan` with all problems or the edit to apply.

    File-level failures (not a table, encrypted, too large, undecodable) raise
    :class:`~planner.exchange.readers.FileRefused`; ``progress`` returning False raises ``Cancelled``.
    Nothing in the plan changes here.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise PlannerError(f"on_duplicate must be update or skip, not {on_duplicate!r}")
    table = source if isinstance(source, RawTable) else load(source, kind, encoding=encoding, sheet=sheet,
                                                             progress=progress)
    cmap, hi = _map(table, kind, mapping, zone)
    plan = ImportPlan(kind, table.path, columns=describe_columns(cmap), notes=_notes(cmap))
    data = table.rows[hi + 1:]
    missing = _missing_words(cmap, data)
    if missing:
        found = ", ".join(h for h in cmap.headers if h) or "none"
        for words in missing:
            plan.problems.append(Problem("columns", found, QT_TRANSLATE_NOOP(
                "Import", "no column for {words} (headers found: {found})").format(words=words, found=found),
                where=QT_TRANSLATE_NOOP("Import", "header row {n}").format(n=cmap.header_row)))
        return plan
    plan.rows = len(data)
    if not data:
        plan.problems.append(Problem("rows", 0, QT_TRANSLATE_NOOP("Import", "the file has a header row but no data rows"),
                                     where=ROW.format(n=cmap.header_row + 1)))
        return plan
    camp = _campaign(store, campaign)
    if kind == "sessions" and camp is None:
        raise PlannerError("Choose the campaign to import the sessions into")
    platforms = PlatformLookup(store.platforms())
    year = camp.start_date.year if camp else None
    label = f"Import {kind} from {table.path.name}"
    with gc_paused():
        converted: list[RowValues] = []
        convert = RowConverter(cmap, platforms, year, table.uncached)
        for i, (n, cells) in enumerate(data):
            converted.append(convert(n, cells))
            if progress and i % 2000 == 1999 and not progress(i + 1, len(data)):
                raise Cancelled("Import cancelled")
        if kind == "hosts":
            _plan_hosts(plan, converted, cmap, store, platforms, on_duplicate, label)
        else:
            _plan_sessions(plan, converted, cmap, store, camp, on_duplicate, label)  # type: ignore[arg-type]
    for rv in converted:
        plan.problems += rv.problems
        plan.warnings += rv.warnings
    plan.problems = [_clipped(p) for p in plan.problems]
    plan.problems.sort(key=lambda p: int(p.where.split()[-1]) if p.where.split()[-1].isdigit() else 0)
    if plan.problems:
        plan.edit = None
    return plan


def _plan_hosts(plan: ImportPlan, rows: list[RowValues], cmap: ColumnMap, store: "PlanStore",
                platforms: PlatformLookup, on_duplicate: str, label: str) -> None:
    existing: dict[tuple[str, str, str], Host] = {}
    for h in store.hosts():
        existing.setdefault(host_key(h.platform, h.handle, h.name), h)
    seen: dict[tuple[str, str, str], int] = {}
    add: list[Host] = []
    update: list[Host] = []
    keys = list(platforms.platforms)
    for rv in rows:
        vals = host_values(rv)
        key = host_key(str(vals.get("platform", "")), str(vals.get("handle", "")), str(vals.get("name", "")))
        if "platform" in vals and (vals.get("handle") or vals.get("name")):
            if key in seen:
                same = QT_TRANSLATE_NOOP("Import", "duplicates row {n} (same platform and handle)") \
                    if key[1] == "handle" else QT_TRANSLATE_NOOP("Import", "duplicates row {n} (same platform and name)")
                col = cmap.header_of("handle" if key[1] == "handle" else "name")
                rv.problems.append(Problem(col, vals.get(key[1]), same.format(n=seen[key]), where=rv.where))
                continue
            seen[key] = rv.row
        old = existing.get(key)
        host = replace(old, **vals) if old else Host(**{"name": "", "platform": "", **vals})  # type: ignore[arg-type]
        reported = set(rv.bad_fields)
        for p in validate_host(host, keys):
            if p.field not in reported:  # one problem per cell: the first is the one to fix
                reported.add(p.field)
                rv.problems.append(replace(p, field=cmap.header_of(p.field), value=rv.raw.get(p.field, p.value),
                                           where=rv.where))
        if old is None:
            add.append(host)
        elif on_duplicate == "update":
            if host != old:
                update.append(host)
            else:
                plan.unchanged += 1
        else:
            plan.skipped.append(f"{rv.where}: {old.name} is already in the plan")
    plan.edit = ImportEdit(add_hosts=tuple(add), update_hosts=tuple(update), label=label)


def _find_host(vals: dict[str, object], by_handle: dict, by_name: dict) -> tuple[Host | None, str]:
    platform = str(vals.get("platform", ""))
    handle, name = as_text(vals.get("handle")), as_text(vals.get("host"))
    if handle:
        h = by_handle.get((platform, handle.casefold()))
        if h:
            return h, ""
    if name:
        found = by_name.get((platform, name.casefold()), [])
        if len(found) == 1:
            return found[0], ""
        if len(found) > 1:
            return None, QT_TRANSLATE_NOOP("Import", "matches {n} hosts on this platform; add a handle column to "
                                                     "tell them apart").format(n=len(found))
        h = by_handle.get((platform, name.casefold()))  # a host column often holds the account id
        if h:
            return h, ""
    who = handle or name
    # A roster name is often bilingual ("Vivi Beauty 薇薇美妆") where the agency writes one part: suggest, never pick.
    near = sorted(h.name for (p, n), hosts in by_name.items() if p == platform and name
                  and (name.casefold() in n or n in name.casefold()) for h in hosts)
    if near:
        shown = ", ".join(repr(n) for n in near[:3]) + (" …" if len(near) > 3 else "")
        return None, QT_TRANSLATE_NOOP("Import", "is not a host on this platform in the plan ({who}); did you mean "
                                                 "{near}? Write the name as in the roster, or the host's handle").format(
            who=repr(who), near=shown)
    return None, QT_TRANSLATE_NOOP("Import", "is not a host on this platform in the plan ({who}); import the host "
                                             "roster first").format(who=repr(who))


def _plan_sessions(plan: ImportPlan, rows: list[RowValues], cmap: ColumnMap, store: "PlanStore",
                   campaign: Campaign, on_duplicate: str, label: str) -> None:
    by_handle: dict[tuple[str, str], Host] = {}
    by_name: dict[tuple[str, str], list[Host]] = {}
    for h in store.hosts():
        if h.handle:
            by_handle[(h.platform, h.handle.casefold())] = h
        by_name.setdefault((h.platform, h.name.strip().casefold()), []).append(h)
    existing = {(s.host_id, s.start): s for s in store.sessions(campaign.id)}
    fx = store.fx_rates()
    seen: dict[tuple[int | None, object], int] = {}
    add: list[Session] = []
    update: list[Session] = []
    for rv in rows:
        host, why = (None, "") if "platform" in rv.bad_fields or "platform" not in rv.values else \
            _find_host(rv.values, by_handle, by_name)
        if host is None and why:
            col = "handle" if rv.values.get("handle") and not rv.values.get("host") else "host"
            if cmap.column(col) is None:
                col = "handle" if col == "host" else "host"
            rv.problems.append(Problem(cmap.header_of(col), rv.values.get(col), why, where=rv.where))
        elif "platform" not in rv.values and "platform" not in rv.bad_fields:
            rv.problems.append(Problem(cmap.header_of("platform"), None,
                                       QT_TRANSLATE_NOOP("Import", "is empty; say which platform"), where=rv.where))
        times = session_times(rv, cmap)
        if host is None or times is None:
            continue
        start, minutes = times
        defaults = session_defaults(host, campaign, fx)
        session = build_session(rv, campaign, host, start, minutes, defaults)
        if defaults.fee_problem is not None and "slot_fee" not in rv.values and "slot_fee" not in rv.bad_fields \
                and (host.id, start) not in existing:  # a new session whose fee cannot be converted: refused
            rv.problems.append(defaults.fee_problem.problem(cmap.header_of("slot_fee"), where=rv.where))
            continue
        for p in validate_session(session, campaign):
            f = SESSION_ATTR_FIELD.get(p.field, p.field)
            if f == "end" and (rv.duration_from == "duration" or cmap.column("end") is None):
                f = "duration"  # the length came from the Duration column: blame it, not End
            if f in rv.bad_fields:
                continue
            target = rv.problems if p.severity == "error" else rv.warnings
            target.append(replace(p, field=cmap.header_of(f), value=rv.raw.get(f, p.value), where=rv.where))
        key = (host.id, start)
        if key in seen:
            rv.problems.append(Problem(cmap.header_of("start"), rv.values.get("start", (None,))[0],  # type: ignore
                                       QT_TRANSLATE_NOOP("Import", "duplicates row {n} (same host and start)")
                                       .format(n=seen[key]), where=rv.where))
            continue
        seen[key] = rv.row  # type: ignore[assignment]
        old = existing.get(key)  # type: ignore[arg-type]
        if old is None:
            add.append(session)
        elif on_duplicate == "update":
            new = _updated_session(old, session, rv)
            if new != old:
                update.append(new)
            else:
                plan.unchanged += 1
        else:
            plan.skipped.append(f"{rv.where}: {host.name} at {start:%Y-%m-%d %H:%M} UTC is already planned")
    plan.edit = ImportEdit(add_sessions=tuple(add), update_sessions=tuple(update), label=label)


_SESSION_FIELD_ATTR = {"slot_fee": "slot_fee", "commission_rate": "commission_rate", "paid_budget": "paid_budget",
                       "session_type": "session_type", "products": "products", "theme": "theme",
                       "session_status": "status", "notes": "notes", "brand_minutes": "brand_minutes"}


def _updated_session(old: Session, read: Session, rv: RowValues) -> Session:
    """``old`` with the values the row gives: a column missing from the file, or a blank cell, keeps what
    the plan has (a re-import with fewer columns does not reset the theme or set a confirmed session back to
    planned). The start and length always come from the row: they are how the session was matched."""
    changes = {attr: getattr(read, attr) for f, attr in _SESSION_FIELD_ATTR.items() if f in rv.values}
    return replace(old, start=read.start, duration_min=read.duration_min, **changes)


def import_file(store: "PlanStore", source: str | Path | RawTable, kind: str, *,
                campaign: str | int | Campaign | None = None, encoding: str | None = None,
                sheet: str | None = None, mapping: Mapping[ColumnRef, str | None] | None = None,
                on_duplicate: str = "update", progress: Progress | None = None,
                zone: str | None = None) -> tuple[ImportPlan, "Edit"]:
    """Check and import in one go (CLI, scripts). Returns the plan and the inverse edit for undo.

    Raises :class:`ImportProblems` listing every problem when any row is invalid; nothing changes then.
    """
    plan = prepare_import(source, kind, store, campaign=campaign, encoding=encoding, sheet=sheet,
                          mapping=mapping, on_duplicate=on_duplicate, progress=progress, zone=zone)
    plan.raise_for_problems()
    assert plan.edit is not None
    try:
        from planner.storage.history import apply_recorded

        inverse = apply_recorded(store, plan.edit, "import", progress=progress)
    except NotFoundError as exc:  # a host was deleted between checking and applying
        raise PlannerError(f"The plan changed while importing: {exc}. Nothing was imported.") from None
    return plan, inverse
