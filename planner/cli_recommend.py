"""`planner recommend`: how to split a campaign's paid-traffic budget across its platforms."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recommend", help="recommend how to split the paid-traffic budget across platforms")
    p.add_argument("campaign", help="campaign id or name")
    p.add_argument("--budget", type=float, help="paid-traffic budget to split (default: today's total)")
    p.add_argument("--objective", choices=("net_gmv", "reach"), default="net_gmv",
                   help="what to maximise (default: net_gmv)")
    p.add_argument("--min-share", type=float, default=0.0, metavar="SHARE",
                   help="keep at least this share (0-1) of the budget on every platform")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner.domain.recommend import OBJECTIVES, recommend_paid_split
    from planner.cli import campaign_snapshot

    campaign, plan = campaign_snapshot(args)
    names = {p.key: p.name_en for p in plan.platforms.values()}
    rec = recommend_paid_split(plan, campaign.id, args.budget, objective=args.objective,
                               min_share=args.min_share)
    cur = rec.currency
    what = OBJECTIVES[rec.objective]
    print(f"{campaign.name} — paid traffic (投流) split for the most {what}")
    print(f"Budget {rec.budget:,.0f} {cur}; point projection at benchmark medians (estimates: see "
          f"`planner benchmarks`).\n")
    print(f"{'platform':<32}{'sessions':>9}{'today':>16}{'recommended':>16}{'change':>14}   marginal return")
    for line in rec.lines:
        unit = f"{cur} per {cur}" if rec.objective == "net_gmv" else f"people per {cur}"
        print(f"{names.get(line.platform, line.platform):<32}{line.sessions:>9}{line.current_spend:>16,.0f}"
              f"{line.recommended_spend:>16,.0f}{line.change:>+14,.0f}   {line.marginal_return:,.3f} {unit}")
    fmt = (lambda v: f"{v:,.0f} {cur}") if rec.objective == "net_gmv" else (lambda v: f"{v:,.0f} people")
    print(f"\nProjected {what}: today {fmt(rec.current_value)} → recommended {fmt(rec.recommended_value)} "
          f"({rec.gain:+,.0f}).")
    print("Funded platforms end with equal marginal returns; the split moves money, it does not add any.")
    return 0
