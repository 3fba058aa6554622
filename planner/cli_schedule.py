"""``planner check-schedule CAMPAIGN``: the Problems panel's list, headless.

Exit status: 0 when the campaign's schedule has no errors (warnings and notes may remain), 1 when it has
at least one error (a double-booked host, the brand live twice on one platform), 2 for a user error.
"""

from __future__ import annotations

import argparse

_TAGS = {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check-schedule",
        help="list a campaign's schedule conflicts (double-booked hosts, overlaps, dates, prime time, holidays)",
        description="List schedule conflicts of a campaign in China time. Hosts are checked against every "
                    "campaign of the plan. Exit 0 when there are no errors, 1 when there are.")
    p.add_argument("campaign", help="campaign id or name")
    p.add_argument("--zone", metavar="IANA", help="also show times in this zone, e.g. Europe/Rome")
    p.add_argument("--no-notes", action="store_true", help="leave out notes (prime time, public holidays)")
    p.set_defaults(func=cmd_check_schedule)


def cmd_check_schedule(args: argparse.Namespace) -> int:
    from planner.domain.schedule import SEVERITY_RANK, china_span, plan_conflicts, zone_span
    from planner.domain.timezones import CHINA_TZ, zone
    from planner.cli import campaign_snapshot

    if args.zone:
        zone(args.zone)  # unknown zone: PlannerError before any output
    campaign, plan = campaign_snapshot(args, whole_plan=True)
    conflicts = plan_conflicts(plan, campaign.id, informational=not args.no_notes)
    sessions = {s.id: s for s in plan.sessions}
    zone_note = f"; {args.zone} beside it" if args.zone else ""
    print(f"{campaign.name} — schedule check (China time, {CHINA_TZ.key}{zone_note})")
    if not conflicts:
        print("No conflicts.")
        return 0
    width = max(len(t) for t in _TAGS.values())
    for c in conflicts:
        print(f"{_TAGS.get(c.severity, c.severity.upper()):<{width}}  {c.label}: {c.message}")
        for sid in c.session_ids:
            s = sessions[sid]
            host = plan.hosts.get(s.host_id)
            other = plan.campaigns.get(s.campaign_id)
            line = f"{'':<{width}}    session {sid}: {china_span(s.start, s.duration_min)} China"
            if args.zone:
                line += f" | {zone_span(s.start, s.duration_min, args.zone)}"
            line += f" — {host.name if host else s.host_id}"
            if s.campaign_id != campaign.id and other is not None:
                line += f" [{other.name}]"
            print(line)
    counts = {sev: sum(1 for c in conflicts if c.severity == sev) for sev in SEVERITY_RANK}
    print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s).")
    return 1 if counts["error"] else 0
