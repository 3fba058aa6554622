"""``planner project CAMPAIGN [--json] [--draws N] [--seed S]``: the projection on the command line."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError

if TYPE_CHECKING:  # the engine (numpy, scipy) is imported by the command itself, not by `planner --help`
    from planner.domain.projection import CampaignProjection, Quantiles

#: planner.domain.projection.DEFAULT_SEED, repeated so that registering the command stays cheap
#: (a test checks the two agree).
DEFAULT_SEED = 20270618

MONEY = frozenset({"gmv", "net_gmv", "cost", "cpm", "cost_per_reach", "profit", "commission", "platform_fee",
                   "slot_fees", "paid_traffic", "other_costs", "cost_per_viewer", "gpm", "uv_value"})
LABELS = {
    "viewers": "Viewers (UV)", "views": "Views (PV)", "reach": "Unique reach", "frequency": "Avg frequency",
    "buyers": "Buyers", "gmv": "GMV", "net_gmv": "Net GMV", "cost": "Cost", "roi": "ROI (net)",
    "cpm": "CPM", "cost_per_reach": "Cost per reach", "profit": "Profit", "gross_roi": "Gross ROI",
}
SUMMARY_KEYS = ("viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi", "cpm",
                "cost_per_reach", "gross_roi", "profit")  # projection.TOTAL_KEYS + gross ROI and profit


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser("project", help="project a campaign's reach, GMV, cost and ROI with P10–P90 ranges")
    p.add_argument("campaign", help="campaign id or name")
    p.add_argument("--json", action="store_true", help="print the projection as JSON")
    p.add_argument("--draws", type=int, default=2000, help="Monte Carlo draws (0 = point projection only)")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (same seed, same numbers)")
    p.set_defaults(func=cmd_project)


def cmd_project(args: argparse.Namespace) -> int:
    from planner.domain.projection import project_campaign
    from planner.cli import campaign_snapshot

    if args.draws < 0:
        raise PlannerError(f"--draws {args.draws}: must be 0 or more")
    campaign, plan = campaign_snapshot(args)
    proj = project_campaign(plan, campaign.id, draws=args.draws, seed=args.seed)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(proj.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_summary(proj))
    return 0


def _num(key: str, v: float, currency: str) -> str:
    if key in ("roi", "gross_roi", "frequency", "break_even_roas"):
        return f"{v:,.2f}"
    if key in ("cpm", "cost_per_reach", "cost_per_viewer", "uv_value"):
        return f"{v:,.2f} {currency}"
    return f"{v:,.0f}" + (f" {currency}" if key in MONEY else "")


def _line(key: str, v: float, q: "Quantiles | None", currency: str) -> str:
    rng = f"   (P10–P90 {_num(key, q.p10, currency)} – {_num(key, q.p90, currency)})" if q else ""
    return f"  {LABELS.get(key, key):<16}{_num(key, v, currency):>26}{rng}"


def format_summary(proj: "CampaignProjection") -> str:
    """Readable summary: totals with ranges, then per platform."""
    cur = proj.currency
    head = f"{proj.campaign_name} — projection ({len(proj.sessions)} session{'' if len(proj.sessions) == 1 else 's'}, money in {cur}"
    head += f", {proj.draws:,} draws, seed {proj.seed})" if proj.range else ", point projection)"
    lines = [head, "Campaign totals (expected at benchmark medians):"]
    for k in SUMMARY_KEYS:
        lines.append(_line(k, proj.expected[k], proj.range[k] if proj.range else None, cur))
    for p, e in proj.by_platform.items():
        lines.append(f"{p}:")
        for k in ("viewers", "reach", "gmv", "net_gmv", "cost", "roi"):
            q = proj.by_platform_range[p][k] if proj.by_platform_range else None
            lines.append(_line(k, e[k], q, cur))
    lines.append("Ranges are P10–P90 of seeded Monte Carlo draws; estimates and assumptions in the benchmark "
                 "library drive most of the spread (`planner benchmarks`).")
    return "\n".join(lines)
