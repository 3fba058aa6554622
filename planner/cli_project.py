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
    "viewers": "Brand viewers", "show_viewers": "Show viewers", "views": "Views (PV)", "reach": "Unique reach", "frequency": "Avg frequency",
    "buyers": "Buyers", "gmv": "GMV", "net_gmv": "Net GMV", "cost": "Cost", "roi": "ROI (net)",
    "slot_gmv_share": "GMV on slots", "cpm": "Cost/1000 views", "cost_per_reach": "Cost per reach", "profit": "Profit", "gross_roi": "Gross ROI",
}
SUMMARY_KEYS = ("show_viewers", "viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi", "cpm",
                "cost_per_reach", "gross_roi", "profit", "slot_gmv_share")  # projection.TOTAL_KEYS + gross ROI and profit


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
    from planner.domain.projection import contract_json

    proj = project_campaign(plan, campaign.id, draws=args.draws, seed=args.seed)  # type: ignore[arg-type]
    if args.json:
        print(json.dumps(contract_json(proj, plan), ensure_ascii=False, indent=2))
    else:
        print(format_summary(proj))
        for w in proj.money_warnings:
            print(f"Warning: {w.message}")
    return 0


def _num(key: str, v: float, currency: str) -> str:
    if key == "slot_gmv_share":
        return f"{v:.1%}"
    if key in ("roi", "gross_roi", "frequency", "break_even_roas"):
        return f"{v:,.2f}"
    if key in ("cpm", "cost_per_reach", "cost_per_viewer", "uv_value"):
        return f"{v:,.2f} {currency}"
    return f"{v:,.0f}" + (f" {currency}" if key in MONEY else "")


def _line(key: str, v: float, q: "Quantiles | None", currency: str) -> str:
    """Median first (the headline), then P10–P90 and the mean as the average outcome; the trace without draws."""
    if q is None:
        return f"  {LABELS.get(key, key):<16}{_num(key, v, currency):>26}   (trace)"
    rng = f"   P10–P90 {_num(key, q.p10, currency)} – {_num(key, q.p90, currency)}; " \
          f"average outcome {_num(key, q.mean, currency)}"
    return f"  {LABELS.get(key, key):<16}{_num(key, q.p50, currency):>26}{rng}"


def format_summary(proj: "CampaignProjection") -> str:
    """Readable summary: totals with ranges, then per platform."""
    cur = proj.currency
    head = f"{proj.campaign_name} — projection ({len(proj.sessions)} session{'' if len(proj.sessions) == 1 else 's'}, money in {cur}"
    head += f", {proj.draws:,} draws, seed {proj.seed})" if proj.range else ", point projection)"
    lines = [head, "Campaign totals — median (P50) of the draws:" if proj.range else
             "Campaign totals — the trace (every figure at its median; no draws, so no range):"]
    for k in SUMMARY_KEYS:
        lines.append(_line(k, proj.expected[k], proj.range[k] if proj.range else None, cur))
    for p, e in proj.by_platform.items():
        lines.append(f"{p}:")
        for k in ("viewers", "reach", "gmv", "net_gmv", "cost", "roi"):
            q = proj.by_platform_range[p][k] if proj.by_platform_range else None
            lines.append(_line(k, e[k], q, cur))
    lines.append("Headline is the median of seeded Monte Carlo draws, with P10–P90; the average outcome is the mean "
                 "(sum it across campaigns). Brand viewers are the show viewers present during the brand's slot. "
                 "Reach at 2+/3+ comes from the trace. Estimates and assumptions in the benchmark library drive "
                 "most of the spread (`planner benchmarks`).")
    return "\n".join(lines)
