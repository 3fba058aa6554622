"""`planner recommend`: how much paid traffic (投流) to buy, and where, for net GMV, reach or profit."""

from __future__ import annotations

import argparse
import math

from planner.domain.errors import PlannerError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recommend", help="recommend the paid-traffic budget per platform or host",
                       description="Split a paid-traffic budget across a campaign's platforms or hosts (--budget, "
                                   "default today's total), or find how much is worth buying at all (--flexible).")
    p.add_argument("campaign", help="campaign id or name")
    p.add_argument("--objective", choices=("net_gmv", "reach", "profit"), default="net_gmv",
                   help="what to maximise (default: net_gmv)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--budget", type=float, help="paid-traffic budget to split (default: today's total)")
    mode.add_argument("--flexible", action="store_true",
                      help="choose the budget too: spend up to where marginal profit is 0 (or --target-roi)")
    p.add_argument("--target-roi", type=float, metavar="R",
                   help="with --flexible: spend while an extra unit returns at least R of net GMV")
    p.add_argument("--by", choices=("platform", "host"), default="platform", help="line items (default: platform)")
    p.add_argument("--min", action="append", default=[], metavar="ITEM=X",
                   help="at least X on ITEM (an amount, or a share of the budget such as 20%%); repeatable")
    p.add_argument("--max", action="append", default=[], metavar="ITEM=X",
                   help="at most X on ITEM (an amount, or a share of the budget); repeatable")
    p.add_argument("--draws", type=int, default=None, help="paired Monte Carlo draws (default 1000; 0 = none)")
    p.add_argument("--json", action="store_true", help="print the recommendation as JSON")
    p.set_defaults(func=run)


def parse_bound(text: str, flag: str):
    """``ITEM=X`` → Bound; X is an amount (``50000``, ``50,000``) or a share (``20%``)."""
    from planner.domain.recommend import Bound

    item, sep, value = text.rpartition("=")
    if not sep or not item.strip() or not value.strip():
        raise PlannerError(f"{flag} {text!r}: write it as ITEM=AMOUNT or ITEM=SHARE%, e.g. {flag} douyin=50000")
    raw = value.strip().replace(",", "")
    share = raw.endswith("%")
    try:
        number = float(raw[:-1] if share else raw)
    except ValueError:
        raise PlannerError(f"{flag} {text!r}: {value.strip()!r} is not a number") from None
    if not math.isfinite(number) or number < 0:
        raise PlannerError(f"{flag} {text!r}: must be 0 or more")
    return Bound(item.strip(), number / 100.0 if share else number, share)


def run(args: argparse.Namespace) -> int:
    from planner.cli import campaign_snapshot
    from planner.domain.recommend import DEFAULT_DRAWS, BudgetRequest, recommend

    request = BudgetRequest(
        objective=args.objective, budget=args.budget, flexible=args.flexible, target_roi=args.target_roi,
        by=args.by, minimums=tuple(parse_bound(t, "--min") for t in args.min),
        maximums=tuple(parse_bound(t, "--max") for t in args.max),
        draws=DEFAULT_DRAWS if args.draws is None else args.draws)
    request.check()  # before the plan is read: bad input is named at once
    campaign, plan = campaign_snapshot(args)
    rec = recommend(plan, campaign.id, request)
    if args.json:
        import json

        print(json.dumps(rec.to_json(), ensure_ascii=False, indent=2))
        return 0
    print_recommendation(rec)
    return 0


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: Chinese characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def _signed(v: float) -> str:
    return f"{0.0 if abs(v) < 0.5 else v:+,.0f}"


def print_recommendation(rec) -> None:
    from planner.domain.recommend import OBJECTIVES

    cur, what = rec.currency, OBJECTIVES[rec.objective]
    if rec.mode == "flexible":
        head = f"how much paid traffic (投流) is worth buying, for {what}"
    else:
        head = f"paid traffic (投流) split of {rec.budget:,.0f} {cur} for the most {what}"
    print(f"{rec.campaign_name} — {head}, by {rec.by}")
    print("Point projection at benchmark medians (estimates: see `planner benchmarks`).\n")
    unit = f"people/1,000 {cur}" if rec.objective == "reach" else f"{cur}/{cur}"
    width = max([len("item")] + [_width(i.label) for i in rec.items]) + 2
    print(f"{'item':<{width}}{'sessions':>9}{'today':>14}{'recommended':>14}{'change':>13}"
          f"{'marginal return':>22}  note")
    for i in rec.items:
        m = (i.marginal * 1000 if rec.objective == "reach" else i.marginal) + 0.0
        m = 0.0 if abs(m) < 0.005 else m
        note = ", ".join(x for x in (f"at its {i.bound}" if i.bound else "",
                                     "extrapolated" if i.outside_fit else "") if x)
        print(f"{_pad(i.label, width)}{i.sessions:>9}{i.today:>14,.0f}{i.recommended:>14,.0f}{_signed(i.change):>13}"
              f"{m:>12,.2f} {unit:<9}  {note}")
    print(f"{'total':<{width}}{'':>9}{rec.today_total:>14,.0f}{rec.budget:>14,.0f}"
          f"{_signed(rec.budget - rec.today_total):>13}")

    def fmt(v: float) -> str:
        return f"{v:,.0f} people" if rec.objective == "reach" else f"{v:,.0f} {cur}"

    print(f"\nProjected {what} (trace at medians): today {fmt(rec.today_value)} → recommended "
          f"{fmt(rec.recommended_value)} ({_signed(rec.gain)}).")
    for note in rec.notes:
        print(f"- {note}")
