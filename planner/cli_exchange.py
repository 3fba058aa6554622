"""``planner export``, ``planner export-hosts`` and ``planner import``: thin calls into :mod:`planner.exchange`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.domain.errors import PlannerError

_MAX_LISTED = 50


def _open(args: argparse.Namespace):
    from planner.cli import open_plan

    return open_plan(args)


def _format(args: argparse.Namespace, allowed: tuple[str, ...]) -> str:
    suffix = Path(args.output).suffix.lower().lstrip(".")
    fmt = args.format or suffix
    if fmt not in allowed:
        raise PlannerError(f"Choose --format {' or '.join(allowed)} (or an output file ending in one of them)")
    if suffix in ("xlsx", "csv", "ics") and suffix != fmt:
        raise PlannerError(f"{args.output} ends in .{suffix} but --format is {fmt}: spreadsheet and calendar "
                           f"programs would not open it; name it ….{fmt}")
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    from planner import exchange as X

    if not args.campaign and not args.all:
        raise PlannerError("Name the campaign to export (id or name), or use --all for every campaign")
    fmt = _format(args, ("xlsx", "csv", "ics"))
    store = _open(args)
    try:
        campaign = None if args.all else store.find_campaign(args.campaign)
        agency = args.for_agency
        if agency and args.contacts:
            raise PlannerError("--for-agency leaves the hosts' contacts out; drop --contacts (or --for-agency)")
        if fmt == "xlsx":
            X.export_xlsx(store, args.output, campaign, lang=args.lang, display_zone=args.zone, draws=args.draws,
                          ranges=args.ranges, for_agency=agency, contacts=args.contacts, paper=args.paper)
        elif fmt == "csv":
            X.export_csv(store, args.output, campaign, lang=args.lang, display_zone=args.zone, draws=0,
                         ranges=args.ranges, for_agency=agency)
        else:
            X.export_ics(store, args.output, campaign, lang=args.lang, for_agency=agency)
        what = campaign.name if campaign else "all campaigns"
        n = store.session_count(campaign.id if campaign else None)
    finally:
        store.close()
    print(f"Exported {what} ({n} session{'' if n == 1 else 's'}) to {args.output}")
    return 0


def cmd_export_hosts(args: argparse.Namespace) -> int:
    from planner import exchange as X

    fmt = _format(args, ("xlsx", "csv"))
    store = _open(args)
    try:
        if fmt == "xlsx":
            X.export_hosts_xlsx(store, args.output, lang=args.lang, for_agency=args.for_agency, paper=args.paper)
        else:
            X.export_hosts_csv(store, args.output, lang=args.lang, for_agency=args.for_agency)
        n = len(store.hosts())
    finally:
        store.close()
    print(f"Exported {n} hosts to {args.output}")
    return 0


def _parse_map(items: list[str] | None) -> dict[str | int, str | None] | None:
    if not items:
        return None
    out: dict[str | int, str | None] = {}
    for item in items:
        header, sep, field = item.partition("=")
        if not sep or not header.strip():
            raise PlannerError(f"--map {item!r}: write HEADER=FIELD (or HEADER= to skip a column)")
        out[header.strip()] = field.strip() or None
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from planner.exchange.importer import prepare_import, save_problems

    if args.kind == "sessions" and not args.campaign:
        raise PlannerError("Sessions go into a campaign: add --campaign ID_OR_NAME (`planner campaigns` lists them)")
    store = _open(args)
    try:
        plan = prepare_import(Path(args.file), args.kind, store, campaign=args.campaign, encoding=args.encoding,
                              sheet=args.sheet, mapping=_parse_map(args.map), on_duplicate=args.on_duplicate,
                              zone=args.zone)
        print("Columns:")
        for column in plan.columns:
            print(f"  {column}")
        for note in plan.notes:
            print(f"  note: {note}")
        if args.problems_file and (plan.problems or plan.warnings):
            save_problems(plan.problems + plan.warnings, args.problems_file)
        _print_capped([f"warning: {w}" for w in plan.warnings], args, "warning(s)")
        if plan.problems:
            print(f"{args.file}: {len(plan.problems):,} problem(s); nothing was imported:", file=sys.stderr)
            _print_capped([f"  {p}" for p in plan.problems], args, "problem(s)")
            return 1
        assert plan.edit is not None
        _print_changes(plan, store)
        if args.dry_run:
            print(f"Dry run: {plan.summary()} — nothing was changed.")
            return 0
        from planner.storage.history import apply_recorded

        apply_recorded(store, plan.edit, "cli", label=f"Import {args.file}")
        print(f"Imported: {plan.summary()}")
        return 0
    finally:
        store.close()


def _print_capped(lines: list[str], args: argparse.Namespace, what: str) -> None:
    """At most ``_MAX_LISTED`` lines on stderr, then how many more and where the full list is."""
    for line in lines[:_MAX_LISTED]:
        print(line, file=sys.stderr)
    more = len(lines) - _MAX_LISTED
    if more > 0:
        where = (f"all of them are in {args.problems_file}" if args.problems_file
                 else "add --problems-file FILE.csv to get the full list")
        print(f"  … and {more:,} more {what} ({where})", file=sys.stderr)


def _print_changes(plan, store) -> None:
    e = plan.edit
    lines: list[str] = []
    if plan.kind == "hosts":
        lines += [f"  + {h.name} ({h.platform}{', @' + h.handle if h.handle else ''})" for h in e.add_hosts]
        lines += [f"  ~ {h.name} ({h.platform}{', @' + h.handle if h.handle else ''})" for h in e.update_hosts]
    else:
        from planner.domain.timezones import china_time

        names = {h.id: h.name for h in store.hosts()}
        lines += [f"  + {china_time(s.start):%Y-%m-%d %H:%M} {s.duration_min} min  {names.get(s.host_id)}"
                  for s in e.add_sessions]
        lines += [f"  ~ {china_time(s.start):%Y-%m-%d %H:%M} {s.duration_min} min  {names.get(s.host_id)}"
                  for s in e.update_sessions]
    lines += [f"  = {s}" for s in plan.skipped]
    for line in lines[:_MAX_LISTED]:
        print(line)
    if len(lines) > _MAX_LISTED:
        print(f"  … and {len(lines) - _MAX_LISTED} more")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a campaign's schedule as XLSX, CSV or ICS")
    p.add_argument("campaign", nargs="?", help="campaign id or name")
    p.add_argument("--all", action="store_true", help="export every campaign of the plan")
    p.add_argument("--format", choices=("xlsx", "csv", "ics"), help="file format (default: from -o)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="header language (default en)")
    p.add_argument("--zone", metavar="IANA", help="also show times in this zone, e.g. Europe/Rome")
    p.add_argument("--draws", type=int, default=2000,
                   help="Monte Carlo draws for the XLSX ranges, as in `planner project` (0 = none)")
    p.add_argument("--ranges", action="store_true",
                   help="add P10/P90 columns for each session's projected viewers and GMV")
    p.add_argument("--for-agency", action="store_true",
                   help="a file to send to an agency: no projections, budget, costs, margins or contacts")
    p.add_argument("--contacts", action="store_true", help="include the hosts' contacts in the workbook")
    p.add_argument("--paper", choices=("a4", "letter"), help="XLSX print paper (default: from the locale)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("export-hosts", help="export the host roster (达人资源表) as XLSX or CSV")
    p.add_argument("--format", choices=("xlsx", "csv"), help="file format (default: from -o)")
    p.add_argument("--lang", choices=("en", "zh"), default="en")
    p.add_argument("--for-agency", action="store_true", help="leave the hosts' contacts out")
    p.add_argument("--paper", choices=("a4", "letter"), help="XLSX print paper (default: from the locale)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_hosts)

    p = sub.add_parser("import", help="import hosts or sessions from CSV or XLSX (all or nothing)")
    p.add_argument("kind", choices=("hosts", "sessions"))
    p.add_argument("file")
    p.add_argument("--campaign", help="campaign to import sessions into (id or name)")
    p.add_argument("--encoding", help="CSV text encoding (default: detect UTF-8 / GB18030)")
    p.add_argument("--sheet", help="workbook sheet (default: the one whose headers fit)")
    p.add_argument("--on-duplicate", choices=("update", "skip"), default="update",
                   help="hosts/sessions already in the plan: update them (default) or skip them")
    p.add_argument("--map", action="append", metavar="HEADER=FIELD",
                   help="map a column by hand (repeatable); HEADER= skips the column")
    p.add_argument("--zone", metavar="IANA",
                   help="time zone of times whose header names none (default China time), e.g. Europe/Rome")
    p.add_argument("--problems-file", metavar="FILE.csv",
                   help="write every problem and warning to this CSV (the screen shows the first 50)")
    p.add_argument("--dry-run", action="store_true", help="check and print what would change; change nothing")
    p.set_defaults(func=cmd_import)
