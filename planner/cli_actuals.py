"""``planner actuals import`` and ``planner backtest``: recorded results (复盘) from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from planner.domain.errors import PlannerError

_MAX_LISTED = 50


def cmd_actuals_import(args: argparse.Namespace) -> int:
    from planner.cli import open_plan
    from planner.exchange.actuals import describe, preview_actuals

    if args.tolerance <= 0:
        raise PlannerError(f"--tolerance {args.tolerance}: give minutes above 0")
    store = open_plan(args)
    try:
        preview = preview_actuals(Path(args.file), store, args.campaign, add_unplanned=args.add_unplanned,
                                  tolerance=timedelta(minutes=args.tolerance), encoding=args.encoding,
                                  sheet=args.sheet)
        lines = [describe(m) for m in preview.matches]
        for line in lines[:_MAX_LISTED]:
            print(f"  {line}")
        if len(lines) > _MAX_LISTED:
            print(f"  … and {len(lines) - _MAX_LISTED} more")
        for w in preview.warnings[:_MAX_LISTED]:
            print(f"warning: {w}", file=sys.stderr)
        if preview.problems:
            print(f"{args.file}: {len(preview.problems)} problem(s); nothing was imported:", file=sys.stderr)
            for p in preview.problems:
                print(f"  {p}", file=sys.stderr)
            return 1
        if preview.not_matched and not args.add_unplanned:
            print(f"{len(preview.not_matched)} row(s) match no planned session and are left out; "
                  "--add-unplanned records them as unplanned sessions of their hosts")
        if args.dry_run:
            print(f"Dry run: {preview.summary()} — nothing was changed.")
            return 0
        from planner.storage.history import apply_recorded

        apply_recorded(store, preview.edit(), "cli", label=f"Import results {args.file}")
        print(f"Imported into {preview.campaign.name}: {preview.summary()}")
        return 0
    finally:
        store.close()


def cmd_backtest(args: argparse.Namespace) -> int:
    import json

    from planner.cli import open_plan
    from planner.domain.backtest import backtest

    store = open_plan(args)
    try:
        campaign = store.find_campaign(args.campaign) if args.campaign else None
        plan = store.load_plan()
    finally:
        store.close()
    result = backtest(plan, campaign.id if campaign else None, draws=args.draws)
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        print(result.describe(campaign.name if campaign else "all recorded shows"))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actuals", help="record actual results (复盘) from platform exports")
    inner = p.add_subparsers(dest="actuals_command", metavar="ACTION", required=True)
    q = inner.add_parser("import", help="import a platform export (CSV/XLSX) into a campaign (all or nothing)")
    q.add_argument("file")
    q.add_argument("--campaign", required=True, help="campaign whose sessions the rows belong to (id or name)")
    q.add_argument("--dry-run", action="store_true", help="show what would be recorded; change nothing")
    q.add_argument("--add-unplanned", action="store_true",
                   help="record rows that match no planned session as unplanned sessions of their hosts")
    q.add_argument("--tolerance", type=float, default=90,
                   help="minutes a show's start may differ from the planned start (default 90)")
    q.add_argument("--encoding", help="CSV text encoding (default: detect UTF-8 / GB18030)")
    q.add_argument("--sheet", help="workbook sheet (default: the one whose headers fit)")
    q.set_defaults(func=cmd_actuals_import)

    p = sub.add_parser("backtest", help="how honest past ranges were: coverage, typical error and bias")
    p.add_argument("campaign", nargs="?", help="campaign id or name (default: every recorded show)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--draws", type=int, default=500, help="Monte Carlo draws per show (default 500)")
    p.set_defaults(func=cmd_backtest)
