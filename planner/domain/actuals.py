"""Actual results of sessions (复盘): the rules a recorded figure must pass, and matching a platform export's
rows to planned sessions.

A platform's data tool reports a show by host and start time; a plan knows its sessions by host and start.
:func:`match_rows` pairs them within a tolerance (a show often starts a few minutes late) and says, row by
row, what it found: one session (matched), none (not matched: maybe an unplanned store stream), or several
(ambiguous: the user must say which).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta, timezone

from planner.domain.errors import Problem
from planner.domain.models import Host, Session, SessionActual
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timezones import china_date, china_time

#: The figures a session's actual results hold, in the order tables show them.
FIGURES: tuple[str, ...] = ("viewers", "peak_concurrent", "orders", "gmv", "refunds")
FIGURE_LABELS = {
    "viewers": QT_TRANSLATE_NOOP("Validation", "show viewers"),
    "peak_concurrent": QT_TRANSLATE_NOOP("Validation", "peak concurrent viewers"),
    "orders": QT_TRANSLATE_NOOP("Validation", "orders"), "gmv": QT_TRANSLATE_NOOP("Validation", "GMV"),
    "refunds": QT_TRANSLATE_NOOP("Validation", "refunds"), "read_on": QT_TRANSLATE_NOOP("Validation", "date read"),
}
#: How far a show's reported start may be from the planned start and still be that session.
DEFAULT_TOLERANCE = timedelta(minutes=90)


def has_figures(actual: SessionActual | None) -> bool:
    """True when at least one figure is recorded (an actual with none is the same as no actual)."""
    return actual is not None and any(getattr(actual, f) is not None for f in FIGURES)


def validate_actual(actual: SessionActual, session: Session | None, now: datetime | None = None) -> list[Problem]:
    """Check one session's actual results; every problem names the field, the value and the rule.

    Errors: figures for a session that has not started yet, negative or non-finite figures, refunds above
    GMV, a read date before the show or in the future. Warnings: orders without GMV, refunds without GMV,
    a peak above the show's viewers.
    """
    now = now or datetime.now(timezone.utc)
    out: list[Problem] = []
    for name in FIGURES:
        v = getattr(actual, name)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            out.append(Problem(name, v, QT_TRANSLATE_NOOP("Validation", "must be a number")))
        elif v < 0:
            out.append(Problem(name, v, QT_TRANSLATE_NOOP("Validation", "{figure} must be 0 or more").format(
                figure=FIGURE_LABELS[name])))
    ok = {p.field for p in out}
    gmv, refunds, orders = actual.gmv, actual.refunds, actual.orders
    if gmv is not None and refunds is not None and not {"gmv", "refunds"} & ok and refunds > gmv:
        out.append(Problem("refunds", refunds, QT_TRANSLATE_NOOP(
            "Validation", "refunds cannot be above the show's GMV ({gmv:,.0f})").format(gmv=gmv)))
    if gmv is None and orders and "orders" not in ok:
        out.append(Problem("orders", orders, QT_TRANSLATE_NOOP(
            "Validation", "orders without GMV: the order value cannot be learnt from this show"), severity="warning"))
    if gmv is None and refunds and "refunds" not in ok:
        out.append(Problem("refunds", refunds, QT_TRANSLATE_NOOP(
            "Validation", "refunds without GMV: the return rate cannot be learnt from this show"), severity="warning"))
    viewers, peak = actual.viewers, actual.peak_concurrent
    if viewers is not None and peak is not None and not {"viewers", "peak_concurrent"} & ok and peak > viewers:
        out.append(Problem("peak_concurrent", peak, QT_TRANSLATE_NOOP(
            "Validation", "is above the show's viewers ({viewers:,.0f}); check the columns").format(viewers=viewers),
            severity="warning"))
    if session is not None and has_figures(actual) and session.start > now:
        out.append(Problem("start", f"{china_time(session.start):%Y-%m-%d %H:%M}",
                           QT_TRANSLATE_NOOP("Validation", "the session has not started yet: actual results can be "
                                                           "recorded once it has")))
    if actual.read_on is not None:
        if session is not None and actual.read_on < china_date(session.start):
            out.append(Problem("read_on", actual.read_on.isoformat(),
                               QT_TRANSLATE_NOOP("Validation", "figures cannot be read before the show ({day})")
                               .format(day=china_date(session.start).isoformat())))
        elif actual.read_on > china_date(now) + timedelta(days=1):
            out.append(Problem("read_on", actual.read_on.isoformat(), QT_TRANSLATE_NOOP("Validation", "is in the future")))
    return out


def merge_actual(old: SessionActual | None, new: SessionActual) -> SessionActual:
    """``new`` over ``old``: a figure ``new`` leaves empty keeps the recorded one (a re-import of a file
    without a refunds column must not erase the refunds typed in)."""
    if old is None:
        return new
    values = {f.name: getattr(new, f.name) if getattr(new, f.name) is not None else getattr(old, f.name)
              for f in fields(SessionActual)}
    return SessionActual(**values)


# -- matching platform rows to planned sessions -------------------------------------------------------
def name_key(text: str) -> str:
    """A host name or handle as compared: NFKC, lower case, no spaces, punctuation or "(demo)" marks."""
    t = unicodedata.normalize("NFKC", str(text)).lower()
    return re.sub(r"[\s_·\-@.()（）\[\]【】]+", "", t)


@dataclass(frozen=True)
class ShowRow:
    """One row of a platform export as read: the file's row number, the host text, the start (aware) and
    the figures; ``platform`` is a platform key when the file has a platform column."""

    row: int
    host: str
    start: datetime
    actual: SessionActual  # session_id 0 until matched
    duration_min: int | None = None
    platform: str | None = None


@dataclass
class RowMatch:
    """What :func:`match_rows` found for one row."""

    row: ShowRow
    status: str  # matched | not_matched | ambiguous
    host: Host | None = None
    session: Session | None = None
    candidates: list[Session] = field(default_factory=list)
    reason: str = ""


class HostIndex:
    """Hosts by name and handle (both normalised), optionally narrowed to a platform."""

    def __init__(self, hosts: Iterable[Host]) -> None:
        self._by: dict[str, list[Host]] = {}
        for h in hosts:
            for k in {name_key(h.name), name_key(h.handle), name_key(re.sub(r"\s*\(demo\)\s*$", "", h.name))}:
                if k:
                    self._by.setdefault(k, []).append(h)
        # A Chinese export names the host by its Chinese name alone ("薇薇美妆" for "Vivi Beauty 薇薇美妆").
        self._parts: dict[str, list[Host]] = {}
        for h in hosts:
            for part in re.split(r"\s+", re.sub(r"\(demo\)", "", h.name)):
                k = name_key(part)
                if len(k) >= 2 and not k.isascii():
                    self._parts.setdefault(k, []).append(h)

    def find(self, text: str, platform: str | None = None) -> list[Host]:
        k = name_key(text)
        found = self._by.get(k) or self._parts.get(k) or []
        if platform:
            found = [h for h in found if h.platform == platform]
        return list({h.id: h for h in found}.values())


def match_rows(rows: Sequence[ShowRow], sessions: Sequence[Session], hosts: Iterable[Host],
               tolerance: timedelta = DEFAULT_TOLERANCE) -> list[RowMatch]:
    """Pair each row with the campaign's session of the same host starting within ``tolerance``.

    Cancelled sessions are never matched. Two sessions of the host inside the tolerance make the row
    ambiguous; a host unknown to the plan, or no session near that start, leaves it not matched.
    """
    index = HostIndex(hosts)
    by_host: dict[int, list[Session]] = {}
    for s in sessions:
        if s.status != "cancelled":
            by_host.setdefault(s.host_id, []).append(s)
    out: list[RowMatch] = []
    for r in rows:
        found = index.find(r.host, r.platform)
        if not found:
            out.append(RowMatch(r, "not_matched", reason=QT_TRANSLATE_NOOP("Import", "no host {host} in the plan")
                                .format(host=repr(r.host))))
            continue
        near = [s for h in found for s in by_host.get(h.id, ())  # type: ignore[arg-type]  # stored: has an id
                if abs(s.start - r.start) <= tolerance]
        near.sort(key=lambda s: abs(s.start - r.start))
        minutes = int(tolerance.total_seconds() // 60)
        if len(near) == 1:
            out.append(RowMatch(r, "matched", host=next(h for h in found if h.id == near[0].host_id),
                                session=near[0]))
        elif len(near) > 1:
            out.append(RowMatch(r, "ambiguous", host=found[0], candidates=near,
                                reason=QT_TRANSLATE_NOOP("Import", "{n} sessions of this host start within "
                                                                   "{minutes} min").format(n=len(near), minutes=minutes)))
        elif len(found) > 1:
            out.append(RowMatch(r, "not_matched", reason=QT_TRANSLATE_NOOP(
                "Import", "{n} hosts are called {host} and none has a session within {minutes} min").format(
                n=len(found), host=repr(r.host), minutes=minutes)))
        else:
            out.append(RowMatch(r, "not_matched", host=found[0],
                                reason=QT_TRANSLATE_NOOP("Import", "no session of {host} starts within {minutes} "
                                                                   "min of {when}").format(
                                    host=found[0].name, minutes=minutes, when=f"{china_time(r.start):%m-%d %H:%M}")))
    return out

