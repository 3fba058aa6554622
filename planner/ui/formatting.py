"""Numbers as marketers read them: thousands separators, currency, percent, China time beside local time."""

from __future__ import annotations

import math
from datetime import datetime

from planner.domain.timezones import CHINA_TZ, zone

DASH = "—"


def _bad(value: object) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def number(value: float | None, decimals: int = 0) -> str:
    if _bad(value):
        return DASH
    return f"{value:,.{decimals}f}"


def compact(value: float | None) -> str:
    """Short form for big figures: 1.2M, 35.0k (tooltips carry the full number)."""
    if _bad(value):
        return DASH
    v = float(value)  # type: ignore[arg-type]
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= limit:
            return f"{v / limit:,.1f}{suffix}"
    return f"{v:,.0f}"


def money(value: float | None, currency: str = "CNY", decimals: int = 0) -> str:
    if _bad(value):
        return DASH
    return f"{currency} {value:,.{decimals}f}"


def percent(rate: float | None, decimals: int = 1) -> str:
    if _bad(rate):
        return DASH
    return f"{rate * 100:.{decimals}f}%"


def ratio(value: float | None, decimals: int = 2) -> str:
    """ROI style: 3.25×."""
    if _bad(value):
        return DASH
    return f"{value:,.{decimals}f}×"


def value_range(low: float | None, high: float | None, fmt=number) -> str:
    if _bad(low) or _bad(high):
        return ""
    return f"{fmt(low)} – {fmt(high)}"


def china_time(dt: datetime) -> str:
    return dt.astimezone(CHINA_TZ).strftime("%Y-%m-%d %a %H:%M")


def local_time(dt: datetime, zone_name: str) -> str:
    """The same moment in the user's zone, e.g. ``Mon 14:00 Europe/Rome``."""
    local = dt.astimezone(zone(zone_name))
    return f"{local:%a %d %b %H:%M} {zone_name}"


def china_and_local(dt: datetime, zone_name: str) -> str:
    text = f"{china_time(dt)} China time"
    if zone_name not in ("Asia/Shanghai", "Asia/Chongqing", "PRC"):
        text += f" ({local_time(dt, zone_name)})"
    return text


def duration(minutes: int | None) -> str:
    if minutes is None:
        return DASH
    h, m = divmod(int(minutes), 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


#: How a record's fields are called on screen (a refused edit names the field the way the table does).
FIELD_LABELS = {
    "name": "Name", "platform": "Platform", "tier": "Tier", "followers": "Followers",
    "typical_viewers": "Typical viewers", "slot_fee": "Slot fee", "commission_rate": "Commission",
    "currency": "Currency", "status": "Status", "budget": "Budget", "other_costs": "Other costs",
    "margin": "Margin", "objective": "Objective", "end_date": "End date", "start_date": "Start date",
    "start": "Start", "duration_min": "Duration", "paid_budget": "Paid traffic", "session_type": "Type",
    "value": "Median", "low": "P10 (low)", "high": "P90 (high)", "metric": "Metric",
}


def refusal(exc: Exception) -> str:
    """A refused edit's message in the table's words: "Paid traffic: must be 0 or more" rather than
    "Invalid session: paid_budget = -100.0: must be 0 or more"."""
    from planner.domain.errors import ValidationError

    if not isinstance(exc, ValidationError) or not exc.problems:
        return str(exc)
    return "; ".join(f"{FIELD_LABELS.get(p.field, p.field.replace('_', ' ').capitalize())}: {p.message}"
                     for p in exc.problems)
