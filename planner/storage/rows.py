"""Mapping between domain dataclasses and table rows."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date, datetime, timezone
from operator import attrgetter
from typing import Any, NamedTuple

from planner.domain.models import (
    BenchmarkFigure, Campaign, FestivalWindow, FxRate, Host, MarketFact, Platform, Session, SessionActual,
)


def iso_utc(dt: datetime) -> str:
    """``2027-06-18T12:00:00Z``. Not strftime: it imports the time module on every call, which under
    PySide6's import hook made writing 10,000 sessions take 0.1 s longer."""
    u = dt.astimezone(timezone.utc)
    return f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}Z"


def parse_utc(text: str) -> datetime:
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def _opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def platform_from_row(r: dict[str, Any]) -> Platform:
    return Platform(key=r["key"], name_en=r["name_en"], name_zh=r["name_zh"], required=bool(r["required"]),
                    color=r["color"])


def host_from_row(r: dict[str, Any]) -> Host:
    return Host(
        id=r["id"], name=r["name"], platform=r["platform"], handle=r["handle"], tier=r["tier"],
        followers=r["followers"], typical_viewers=r["typical_viewers"], categories=r["categories"],
        slot_fee=r["slot_fee"], commission_rate=r["commission_rate"], currency=r["currency"],
        agency=r["agency"], region=r.get("region", ""), status=r["status"], contact=r.get("contact", ""),
        notes=r["notes"],
    )


def host_to_row(h: Host) -> dict[str, Any]:
    row = asdict(h)
    if row["id"] is None:
        del row["id"]
    return row


def campaign_from_row(r: dict[str, Any]) -> Campaign:
    return Campaign(
        id=r["id"], name=r["name"], brand=r["brand"], category=r["category"], objective=r["objective"],
        start_date=date.fromisoformat(r["start_date"]), end_date=date.fromisoformat(r["end_date"]),
        budget=r["budget"], currency=r["currency"], margin=r["margin"], other_costs=r["other_costs"],
        notes=r["notes"], parent_id=r["parent_id"], avg_order_value=r.get("avg_order_value"),
        conversion_rate=r.get("conversion_rate"), return_rate=r.get("return_rate"),
    )


def campaign_to_row(c: Campaign) -> dict[str, Any]:
    row = asdict(c)
    row["start_date"] = c.start_date.isoformat()
    row["end_date"] = c.end_date.isoformat()
    if row["id"] is None:
        del row["id"]
    return row


class SessionRow(NamedTuple):
    """A session as stored: the one place the ``sessions`` columns are laid out (start as UTC ISO text).
    Tables keep these (cheap to read and compare) and make a :class:`Session` only when one is edited."""

    id: int
    campaign_id: int
    host_id: int
    start_utc: str
    duration_min: int
    slot_fee: float
    commission_rate: float | None
    paid_budget: float
    session_type: str
    products: str
    theme: str
    status: str
    notes: str
    brand_minutes: float | None
    lineage: int | None


SESSION_COLUMNS = ", ".join(SessionRow._fields)
SESSION_PLACEHOLDERS = ", ".join("?" * len(SessionRow._fields))


def session_row_factory(_cursor: object, values: tuple) -> SessionRow:
    """A ``sqlite3`` row factory for ``SELECT {SESSION_COLUMNS}`` queries."""
    return SessionRow(*values)


def session_from_tuple(t: tuple) -> Session:
    """A :class:`Session` from a :class:`SessionRow` (or a plain tuple in :data:`SESSION_COLUMNS` order)."""
    r = t if isinstance(t, SessionRow) else SessionRow(*t)
    return Session(
        id=r.id, campaign_id=r.campaign_id, host_id=r.host_id, start=parse_utc(r.start_utc),
        duration_min=r.duration_min, slot_fee=r.slot_fee, commission_rate=r.commission_rate,
        paid_budget=r.paid_budget, session_type=r.session_type, products=r.products, theme=r.theme,
        status=r.status, notes=r.notes, brand_minutes=r.brand_minutes, lineage=r.lineage,
    )


_SESSION_PARTS = attrgetter(*(f.name for f in fields(Session) if f.name != "id"))  # field order, id last


def session_values(s: Session, session_id: int) -> SessionRow:
    """A session as the values of :data:`SESSION_COLUMNS` (with ``session_id`` as its id)."""
    return SessionRow(session_id, s.campaign_id, s.host_id, iso_utc(s.start), s.duration_min, s.slot_fee,
                      s.commission_rate, s.paid_budget, s.session_type, s.products, s.theme, s.status, s.notes,
                      s.brand_minutes, s.lineage if s.lineage is not None else session_id)


def session_with_id(s: Session, session_id: int) -> Session:
    """``replace(s, id=session_id)``, a tenth of the cost (bulk inserts of 10,000 sessions)."""
    if s.id == session_id and s.lineage is not None:
        return s
    parts = _SESSION_PARTS(s)
    if s.lineage is None:  # a new session is its own lineage
        parts = parts[:-1] + (session_id,)
    return Session(*parts, session_id)  # type: ignore[misc, call-arg]


class SessionRows(tuple):
    """Sessions as stored rows (:data:`SESSION_COLUMNS` order), kept to put them back exactly as they were
    (Undo of a campaign delete): 10,000 rows go back with one insert, never turned into objects."""

    __slots__ = ()

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(r[0] for r in self)

    def sessions(self) -> list[Session]:
        return [session_from_tuple(r) for r in self]


def session_to_row(s: Session) -> dict[str, Any]:
    row = {f.name: getattr(s, f.name) for f in fields(s)}
    row["start_utc"] = iso_utc(row.pop("start"))
    if row["id"] is None:
        del row["id"]
    if row["lineage"] is None:  # an edit that does not name a lineage keeps the stored one
        del row["lineage"]
    return row


def actual_from_row(r: dict[str, Any]) -> SessionActual:
    values = {f.name: r.get(f.name) for f in fields(SessionActual)}
    values["read_on"] = _opt_date(values["read_on"])
    return SessionActual(**values)  # type: ignore[arg-type]  # the row has every field


BENCH_FIELDS = ("platform", "tier", "metric", "value", "low", "high", "unit", "year", "basis", "source", "note")


def benchmark_from_row(r: dict[str, Any]) -> BenchmarkFigure:
    return BenchmarkFigure(
        id=r["id"], platform=r["platform"], tier=r["tier"], metric=r["metric"], value=r["value"],
        low=r["low"], high=r["high"], unit=r["unit"], year=r["year"], basis=r["basis"], source=r["source"],
        note=r["note"], user_modified=bool(r["user_modified"]), origin=r["origin"],
    )


def market_fact_from_row(r: dict[str, Any]) -> MarketFact:
    return MarketFact(**{f.name: r[f.name] for f in fields(MarketFact)})


def festival_from_row(r: dict[str, Any]) -> FestivalWindow:
    return FestivalWindow(
        id=r["id"], key=r["key"], name_en=r["name_en"], name_zh=r["name_zh"], year=r["year"],
        start=date.fromisoformat(r["start"]), end=date.fromisoformat(r["end"]),
        presale_start=_opt_date(r["presale_start"]), kind=r["kind"], basis=r["basis"], notes=r["notes"],
        tier=r.get("tier") or ("holiday" if r["kind"] == "holiday" else "major"),
        platforms=r.get("platforms") or "all", peak_hours=r.get("peak_hours") or "",
    )


def fx_from_row(r: dict[str, Any]) -> FxRate:
    return FxRate(currency=r["currency"], cny_per_unit=r["cny_per_unit"], as_of=r["as_of"], basis=r["basis"])
