"""``planner add-session CAMPAIGN --host HOST --start "YYYY-MM-DD HH:MM"``: one session, China time.

What is not given takes the host's default exactly as the session form and the importer do
(``planner.services.sessions.new_session``): the fee converted to the campaign's currency, the host's
commission, and the type (a store host's show is dedicated).
"""

from __future__ import annotations

import argparse

from planner.domain.errors import PlannerError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("add-session", help="add one session to a campaign (China time)")
    p.add_argument("campaign", help="campaign id or name")
    p.add_argument("--host", required=True, help="host id, name or handle")
    p.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'", help="start in China time")
    p.add_argument("--duration", type=int, default=180, metavar="MIN", help="minutes (default 180)")
    p.add_argument("--fee", type=float, help="slot fee in the campaign's currency (default: the host's, converted)")
    p.add_argument("--commission", type=float, metavar="RATE",
                   help="commission rate 0..1 (default: follow the host's)")
    p.add_argument("--type", choices=("dedicated", "slot"), dest="session_type",
                   help="session type (default: dedicated on the brand's store host, else slot)")
    p.set_defaults(func=cmd_add_session)


def cmd_add_session(args: argparse.Namespace) -> int:
    from datetime import datetime

    from planner.cli import open_plan
    from planner.domain.timezones import from_china
    from planner.services.sessions import find_host, new_session
    from planner.storage.history import apply_recorded

    try:
        wall = datetime.strptime(args.start.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise PlannerError(f"--start {args.start!r}: give the China time as 'YYYY-MM-DD HH:MM'") from None
    store = open_plan(args)
    try:
        campaign = store.find_campaign(args.campaign)
        host = find_host(store, args.host)
        edit = new_session(store, campaign, host, from_china(wall.date(), wall.time()),
                           duration_min=args.duration, slot_fee=args.fee, commission_rate=args.commission,
                           session_type=args.session_type)
        inverse = apply_recorded(store, edit, "cli", label=f"Add session: {host.name}, {wall:%Y-%m-%d %H:%M}")
        s = store.session(inverse.session_ids[0])  # type: ignore[attr-defined]  # a DeleteSessions
    finally:
        store.close()
    print(f"Added session {s.id}: {host.name}, {wall:%Y-%m-%d %H:%M} China time, {s.duration_min} min, "
          f"{s.session_type}, fee {s.slot_fee:,.2f} {campaign.currency}")
    return 0
