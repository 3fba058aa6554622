"""iCalendar export: one VEVENT per session, in China time with its VTIMEZONE, so calendar apps place it right.

UIDs are built from the plan file's identity and the session id, so exporting again updates the same
events in a calendar instead of duplicating them.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.models import Campaign
from planner.domain.session_defaults import effective_commission
from planner.domain.timezones import CHINA_TZ
from planner.exchange.cells import PlatformLookup
from planner.exchange.columns import value_label
from planner.exchange.files import Ticker, atomic_output
from planner.exchange.readers import Progress
from planner.exchange.tables import project, resolve_campaigns

if TYPE_CHECKING:
    from planner.storage.store import PlanStore

_STATUS = {"planned": "TENTATIVE", "confirmed": "CONFIRMED", "done": "CONFIRMED", "cancelled": "CANCELLED"}


def _money(v: float, cur: str) -> str:
    return f"{v:,.0f} {cur}"


def session_uid(store: "PlanStore", session_id: int) -> str:
    """A UID that stays the same for a session across exports of the same plan."""
    plan_id = store.meta("plan_uuid") or str(store.path.resolve())
    digest = hashlib.sha1(plan_id.encode("utf-8")).hexdigest()[:12]
    return f"session-{session_id}-{digest}@livecommerce-planner"


def export_ics(store: "PlanStore", path: str | os.PathLike[str], campaign: str | int | Campaign | None = None,
               *, lang: str = "en", draws: int = 0, progress: Progress | None = None,
               for_agency: bool = False) -> Path:
    """Write the sessions of a campaign (or of every campaign) as an .ics calendar.

    Titles read "brand · platform · host · theme" (parts the plan does not have are left out);
    ``for_agency`` leaves projections out of the descriptions."""
    from icalendar import Calendar, Event

    campaigns = resolve_campaigns(store, campaign)
    projections, _notes = ({}, []) if for_agency else project(store, campaigns, draws)
    hosts = {h.id: h for h in store.hosts()}
    names = PlatformLookup(store.platforms())
    cal = Calendar()
    cal.add("prodid", "-//Livestream-commerce planner//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", campaigns[0].name if len(campaigns) == 1 else "Livestream sessions")
    cal.add("x-wr-timezone", "Asia/Shanghai")
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    sessions = [(c, s) for c in campaigns for s in store.sessions(c.id)]
    ticker = Ticker(progress, len(sessions))
    for c, s in sessions:
        h = hosts[s.host_id]
        platform = names.name(h.platform, lang)
        ev = Event()
        ev.add("uid", session_uid(store, s.id))  # type: ignore[arg-type]
        ev.add("dtstamp", stamp)
        ev.add("dtstart", s.start.astimezone(CHINA_TZ))
        ev.add("dtend", s.end.astimezone(CHINA_TZ))
        ev.add("summary", event_title(c, platform, h.name, s.theme))
        ev.add("description", _description(c, s, h, projections.get(c.id), lang))  # type: ignore[arg-type]
        ev.add("status", _STATUS.get(s.status, "TENTATIVE"))
        ev.add("categories", [platform])
        cal.add_component(ev)
        ticker.step()
    cal.add_missing_timezones()
    data = cal.to_ical()
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)
        ticker.finish()
    return Path(path)


def event_title(campaign: Campaign, platform: str, host: str, theme: str) -> str:
    """"Brand · Platform · Host · Theme", leaving out what is empty."""
    return " · ".join(p.strip() for p in (campaign.brand, platform, host, theme) if p and p.strip())


def _description(c: Campaign, s: Any, h: Any, projection: Any, lang: str) -> str:
    zh = lang == "zh"
    rate = effective_commission(s.commission_rate, h)
    start = s.start.astimezone(CHINA_TZ)
    lines = [
        f"{'活动' if zh else 'Campaign'}: {c.name}",
        f"{'北京时间' if zh else 'China time'}: {start:%Y-%m-%d %H:%M} – {s.end.astimezone(CHINA_TZ):%H:%M}"
        f" ({s.duration_min} min)",
        f"{'场次类型' if zh else 'Type'}: {value_label('session_type', s.session_type, lang)}",
    ]
    if s.theme:
        lines.append(f"{'直播主题' if zh else 'Theme'}: {s.theme}")
    if s.products:
        lines.append(f"{'商品' if zh else 'Products'}: {s.products}")
    lines += [
        f"{'坑位费' if zh else 'Slot fee'}: {_money(s.slot_fee, c.currency)}",
        f"{'佣金比例' if zh else 'Commission'}: {rate:.1%}",
        f"{'投流预算' if zh else 'Paid traffic'}: {_money(s.paid_budget, c.currency)}",
    ]
    fig = None
    if projection is not None:
        try:
            fig = projection.session(s.id)
        except Exception:  # noqa: BLE001 - a cancelled session has no projection
            fig = None
    if fig is not None:
        lines += [
            f"{'预估场观' if zh else 'Projected viewers'}: {fig.viewers:,.0f}",
            f"{'预估GMV' if zh else 'Projected GMV'}: {_money(fig.gmv, c.currency)}",
            f"{'成本' if zh else 'Cost'}: {_money(fig.cost, c.currency)}",
            f"ROI: {fig.roi:.2f}",
        ]
    lines.append(f"{'状态' if zh else 'Status'}: {value_label('session_status', s.status, lang)}")
    if s.notes:
        lines.append(f"{'备注' if zh else 'Notes'}: {s.notes}")
    return "\n".join(lines)
