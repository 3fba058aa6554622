"""What the calendar and the Problems panel show, read from the store in one go and checked (no Qt here).

Conflicts are computed over every session of the plan (hosts are shared across campaigns and brands),
then kept to those touching the selected campaign.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date

from planner.domain.holidays_cn import holiday_windows_name
from planner.domain.models import Campaign, FestivalWindow, Host, Platform, Session
from planner.domain.text import Named
from planner.domain.schedule import (
    PRIME_TIME, Conflict, ConflictList, china_span, find_conflicts, prime_time_band, worst_by_session,
)


#: The session fields the schedule check reads (``planner.domain.schedule``); an edit of others (slot fee,
#: commission, paid traffic, products, theme, notes) cannot change its result. Kept true by
#: tests/services/test_changes.py.
SCHEDULE_FIELDS = frozenset({"id", "campaign_id", "host_id", "start", "duration_min", "status"})
UNCHECKED_SESSION_FIELDS = frozenset(f.name for f in fields(Session)) - SCHEDULE_FIELDS


@dataclass(slots=True)
class ScheduleSnapshot:
    campaign_id: int | None = None
    sessions: list[Session] = field(default_factory=list)  # the ones shown (selected campaign, or all)
    all_sessions: list[Session] = field(default_factory=list)  # every campaign's (conflicts cross campaigns)
    hosts: dict[int, Host] = field(default_factory=dict)
    campaigns: dict[int, Campaign] = field(default_factory=dict)
    platforms: dict[str, Platform] = field(default_factory=dict)
    festivals: list[FestivalWindow] = field(default_factory=list)
    prime_time: tuple[int, int] = PRIME_TIME
    conflicts: ConflictList = field(default_factory=ConflictList)
    worst: dict[int, str] = field(default_factory=dict)  # session id → worst severity
    by_session: Mapping[int, tuple[int, ...]] = field(default_factory=dict)  # session id → positions in conflicts
    when: dict[int, str] = field(default_factory=dict)  # first session of each conflict → its China span
    has_sessions: bool = True  # False: only the check's results were kept (no calendar was showing)

    @property
    def campaign(self) -> Campaign | None:
        return self.campaigns.get(self.campaign_id) if self.campaign_id is not None else None

    def conflicts_of(self, session_id: int) -> list[Conflict]:
        """The conflicts naming a session, worst first."""
        return [self.conflicts[i] for i in self.by_session.get(session_id, ())]

    def session(self, session_id: int) -> Session | None:
        for s in self.sessions:
            if s.id == session_id:
                return s
        return None

    def platform_color(self, host_id: int) -> str:
        h = self.hosts.get(host_id)
        p = self.platforms.get(h.platform) if h is not None else None
        return p.color if p is not None else "#7f7f7f"

    def platform_name(self, host_id: int) -> str:
        h = self.hosts.get(host_id)
        if h is None:
            return ""
        p = self.platforms.get(h.platform)
        return p.name_en if p is not None else h.platform


def load_snapshot(store, campaign_id: int | None, *, with_conflicts: bool = True) -> ScheduleSnapshot:
    """Read sessions, hosts, campaigns, platforms, festivals and the prime-time band; check the schedule."""
    snap = ScheduleSnapshot(campaign_id=campaign_id)
    snap.hosts = {h.id: h for h in store.hosts()}  # type: ignore[misc]
    snap.campaigns = {c.id: c for c in store.campaigns()}  # type: ignore[misc]
    if campaign_id is not None and campaign_id not in snap.campaigns:
        campaign_id = snap.campaign_id = None
    snap.platforms = {p.key: p for p in store.platforms()}
    snap.festivals = store.festivals()
    snap.prime_time = prime_time_band(store.benchmarks(metric="slot_multiplier"))
    every = snap.all_sessions = store.sessions()
    snap.sessions = every if campaign_id is None else [s for s in every if s.campaign_id == campaign_id]
    if with_conflicts:
        snap.conflicts = find_conflicts(
            every, snap.hosts, snap.campaigns, campaign_id=campaign_id, prime_time=snap.prime_time,
            platform_names={k: Named(p.name_en, p.name_zh) for k, p in snap.platforms.items()},
            holiday_name=holiday_windows_name(snap.festivals))  # the days off the calendar marks
        snap.worst = worst_by_session(snap.conflicts)
        snap.by_session = snap.conflicts.index_by_session()
        first = {ids[0] for ids in snap.conflicts.session_ids}
        snap.when = {s.id: china_span(s.start, s.duration_min) for s in every if s.id in first}  # type: ignore[misc]
    return snap


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (weeks start on Monday in China)."""
    from datetime import timedelta

    return day - timedelta(days=day.weekday())


def load_checked_snapshot(path: "str | bytes", campaign_id: int | None, with_sessions: bool = True) -> ScheduleSnapshot:
    """Read the plan through a read-only connection of its own and check its schedule (in the schedule
    helper process through ``planner.ui.jobs``, or on a thread).

    ``with_sessions=False`` keeps only the check's results (conflicts, worst per session, times): sending
    10,000 sessions back costs the UI most of the 0.2 s a result takes to receive, and only a calendar
    on screen draws them."""
    from planner.domain import holidays_cn
    from planner.services.projection import open_source

    holidays_cn.warm_up()
    reader = open_source(path)
    try:
        snap = load_snapshot(reader, campaign_id)
    finally:
        reader.close()
    if not with_sessions:
        snap.sessions, snap.all_sessions, snap.has_sessions = [], [], False
    return snap
