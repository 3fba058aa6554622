"""Headless commands. Each is a thin call into storage and domain; user errors print one line, exit 2.

Commands from other feature modules register themselves through ``register(subparsers)``; they are listed
in ``COMMAND_MODULES`` and looked up only if they are installed.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from planner import __version__
from planner.domain.errors import PlannerError

COMMAND_MODULES = ("planner.cli_project", "planner.cli_exchange", "planner.cli_schedule", "planner.cli_recommend",
                   "planner.cli_actuals", "planner.cli_sessions", "planner.cli_safety")


def _fmt_num(v: float | None) -> str:
    if v is None:
        return "—"
    if abs(v) >= 1000 or float(v).is_integer():
        return f"{v:,.0f}"
    return f"{v:.4g}"


def open_plan(args: argparse.Namespace):
    """The plan a headless command works on.

    Without ``--db`` it is the default plan ($PLANNER_DB or the per-user plan), created and seeded on
    first use. A plan named with ``--db`` must exist: a mistyped path must not quietly start a new plan.
    """
    from planner.storage import PlanStore

    if args.db is None:
        return PlanStore.open(None)
    from pathlib import Path

    path = Path(args.db).expanduser()
    if not path.exists():
        raise PlannerError(f"No plan at {path}. Create one with `planner new {path}`, or check the path")
    return PlanStore.open(path, create=False)


def campaign_snapshot(args: argparse.Namespace, *, whole_plan: bool = False):
    """``(campaign, plan snapshot)`` for the campaign named in ``args.campaign``; the plan file is closed
    again before the (possibly slow) work on the snapshot starts. ``whole_plan`` loads every campaign's
    sessions (schedule checks need them: hosts are shared)."""
    store = open_plan(args)
    try:
        campaign = store.find_campaign(args.campaign)
        plan = store.load_plan() if whole_plan else store.load_plan([campaign.id])
    finally:
        store.close()
    return campaign, plan


def cmd_new(args: argparse.Namespace) -> int:
    from pathlib import Path

    from planner.storage import PlanStore

    path = Path(args.path).expanduser()
    if path.exists():
        raise PlannerError(f"{path} already exists; choose a new file name")
    PlanStore.open(path, seed_demo=args.demo).close()
    extra = " with the demo campaign" if args.demo else ""
    print(f"Created a new plan at {path}{extra} (benchmark library included).")
    return 0


def cmd_benchmarks(args: argparse.Namespace) -> int:
    store = open_plan(args)
    platform = args.platform
    if platform:
        wanted = platform.strip().lower()
        known = {p.key: p for p in store.platforms()}
        match = [k for k, p in known.items() if wanted in (k, p.name_en.lower(), p.name_zh.lower())
                 or p.name_en.lower().startswith(wanted + " (")]
        if wanted != "all" and not match:
            raise PlannerError(f"Unknown platform {platform!r}; use one of: all, " + ", ".join(
                f"{k} ({p.name_zh})" if p.name_zh else k for k, p in known.items()))
        platform = match[0] if match else "all"
    figs = store.benchmarks(platform=platform, metric=args.metric)
    if not figs:
        metrics = sorted({f.metric for f in store.benchmarks(platform=platform)})
        raise PlannerError(f"No figure {args.metric!r} for {platform or 'any platform'}; metrics there: "
                           + ", ".join(metrics))
    if args.json:
        import json

        print(json.dumps([{"platform": f.platform, "tier": f.tier, "metric": f.metric, "value": f.value,
                           "low": f.low, "high": f.high, "unit": f.unit, "basis": f.basis, "year": f.year,
                           "source": f.source, "note": f.note, "changed_by_you": f.user_modified}
                          for f in figs], ensure_ascii=False, indent=2))
        store.close()
        return 0
    names = {p.key: p.name_en for p in store.platforms()}
    current = None
    for f in sorted(figs, key=lambda f: (f.platform != "all", f.platform, f.metric, f.tier)):
        if f.platform != current:
            current = f.platform
            print(f"\n{names.get(f.platform, 'All platforms' if f.platform == 'all' else f.platform)}"
                  f" [{f.platform}]")
        rng = f" (P10–P90 {_fmt_num(f.low)} – {_fmt_num(f.high)})" if f.low is not None and f.high is not None \
            else ""
        tier = f" [{f.tier}]" if f.tier else ""
        mark = " *changed by you*" if f.user_modified else ""
        print(f"  {f.metric}{tier}: {_fmt_num(f.value)} {f.unit}{rng}")
        print(f"      {f.basis}, {f.year or 'year n/a'} — source: {f.source or 'n/a'}{mark}")
        if f.note:
            print(f"      note: {f.note}")
    store.close()
    return 0


def cmd_campaign_new(args: argparse.Namespace) -> int:
    """``planner campaign new NAME --start --end --budget --currency [--margin] [--brand]``: prints the new id."""
    from datetime import date

    from planner.domain.models import Campaign

    def day(flag: str, text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise PlannerError(f"{flag} {text!r}: must be a date as YYYY-MM-DD") from None

    store = open_plan(args)
    try:
        currency = args.currency.strip().upper()
        if currency != "CNY" and currency not in store.fx_rates():
            raise PlannerError(f"--currency {currency}: the plan has no exchange rate for {currency} (CNY per "
                               f"{currency}); add one first, or use CNY")
        from planner.storage.edits import AddCampaign
        from planner.storage.history import apply_recorded

        edit = AddCampaign(Campaign(
            name=args.name, start_date=day("--start", args.start), end_date=day("--end", args.end),
            budget=args.budget, currency=currency, margin=args.margin, brand=args.brand or ""),
            label=f"Add campaign {args.name}")
        camp_id = apply_recorded(store, edit, "cli").campaign_id  # type: ignore[attr-defined]
    finally:
        store.close()
    print(camp_id)
    return 0


def cmd_campaigns(args: argparse.Namespace) -> int:
    store = open_plan(args)
    campaigns = store.campaigns()
    if not campaigns:
        print("No campaigns yet. Open the app (`planner`) and choose File ▸ New campaign.")
    for c in campaigns:
        indent = "    ↳ " if c.parent_id else ""
        n = store.session_count(c.id)
        print(f"{indent}{c.id:>4}  {c.name}  ({c.start_date} – {c.end_date}, {n} session{'' if n == 1 else 's'}, "
              f"budget {c.budget:,.0f} {c.currency})")
    store.close()
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    from planner.domain.timezones import china_time

    store = open_plan(args)
    campaign = store.find_campaign(args.campaign)
    hosts = {h.id: h for h in store.hosts()}
    print(f"{campaign.name} — sessions (China time, UTC+8)")
    for s in store.sessions(campaign.id):
        h = hosts[s.host_id]
        t = china_time(s.start)
        bought = "dedicated" if s.session_type == "dedicated" else \
            f"slot, {s.brand_minutes:g} min on air" if s.brand_minutes else "slot"
        print(f"{s.id:>6}  {t:%Y-%m-%d %a %H:%M}  {s.duration_min:>4} min  {h.platform:<16} {h.name}"
              f"  ({bought})  fee {s.slot_fee:,.0f}  paid {s.paid_budget:,.0f}  [{s.status}]")
    store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from planner.storage.schema import CURRENT_VERSION
    from planner.storage.store import check_plan_file, default_plan_path

    path = Path(args.db) if args.db else default_plan_path()
    version, problems, counts = check_plan_file(path)
    if problems:
        print(f"{path}: {len(problems)} problem(s) found:")
        for p in problems:
            print(f"  - {p}")
        return 1
    upgrade = f" (opening it will upgrade it to format {CURRENT_VERSION})" if version < CURRENT_VERSION else ""
    print(f"{path}: OK — plan format {version}{upgrade}; integrity and foreign keys check out; "
          f"{counts['campaigns']} campaign(s), {counts['hosts']} host(s), {counts['sessions']} session(s), "
          f"{counts['benchmarks']} benchmark figures.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner",
        description="Plan livestream-commerce campaigns in China. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument("--db", metavar="PATH", default=None,
                        help="plan file to use; it must exist (default: $PLANNER_DB or the per-user plan, "
                             "created on first use)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("benchmarks", help="print the benchmark library with sources")
    p.add_argument("--platform", help="platform key, e.g. douyin (or 'all')")
    p.add_argument("--metric", help="metric, e.g. conversion_rate")
    p.add_argument("--json", action="store_true", help="every figure with value, low, high, unit, basis, year, "
                                                        "source and note, as JSON")
    p.set_defaults(func=cmd_benchmarks)

    p = sub.add_parser("campaign", help="create a campaign (campaign new NAME …)")
    csub = p.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    c = csub.add_parser("new", help="create a campaign and print its id")
    c.add_argument("name")
    c.add_argument("--start", required=True, help="first day, YYYY-MM-DD (China dates)")
    c.add_argument("--end", required=True, help="last day, YYYY-MM-DD")
    c.add_argument("--budget", type=float, required=True, help="budget in the campaign's currency")
    c.add_argument("--currency", required=True, help="ISO code, e.g. CNY, EUR")
    c.add_argument("--margin", type=float, default=0.5, help="gross margin on net GMV, 0..1 (default 0.5)")
    c.add_argument("--brand", default="", help="brand name")
    c.set_defaults(func=cmd_campaign_new)

    p = sub.add_parser("new", help="create a new plan file (benchmark library included)")
    p.add_argument("path", help="where to create it, e.g. ~/plans/double11.sqlite")
    p.add_argument("--demo", action="store_true", help="include the demo 618 campaign")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("campaigns", help="list campaigns and their scenarios")
    p.set_defaults(func=cmd_campaigns)

    p = sub.add_parser("sessions", help="list a campaign's sessions in China time")
    p.add_argument("campaign", help="campaign id or name")
    p.set_defaults(func=cmd_sessions)

    p = sub.add_parser("check", help="verify a plan file (integrity and foreign keys)")
    p.add_argument("path", nargs="?", help="plan file (same as --db)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("gui", help="open the app (the default without a command)")
    p.add_argument("path", nargs="?", help="plan file to open")
    p.set_defaults(func=None)

    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name).register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    from planner.app import app_only_args, run_gui

    app_only, db = app_only_args(argv)
    if app_only:
        return run_gui(db)
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if getattr(args, "path", None) and args.command in ("check", "gui"):
        args.db = args.path
    func = getattr(args, "func", None)
    if func is None:
        from planner.app import run_gui

        return run_gui(args.db)
    try:
        return func(args)
    except PlannerError as exc:
        print(f"planner: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
