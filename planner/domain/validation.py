"""Validation rules. Each function returns every problem at once, naming field, value and rule."""

from __future__ import annotations

import math
from collections.abc import Iterable

from planner.domain.errors import Problem, ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.models import (
    BASES, CURRENCIES, HOST_STATUSES, MAX_DURATION_MIN, MIN_DURATION_MIN, OBJECTIVES,
    SESSION_STATUSES, SESSION_TYPES, TIERS, BenchmarkFigure, Campaign, Host, Session,
)


MAX_NAME_CHARS = 100  # a host's name or handle: the longest real ones are a few dozen characters


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, value: object, message: str, severity: str = "error") -> None:
        self.problems.append(Problem(field, value, message, severity))

    def not_empty(self, field: str, value: str) -> None:
        if not str(value or "").strip():
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must not be empty"))

    def money(self, field: str, value: object) -> None:
        if not _is_number(value):
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must be a number"))
        elif value < 0:  # type: ignore[operator]
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must be 0 or more"))

    def rate(self, field: str, value: object, label: str = "") -> None:
        if not _is_number(value):
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must be a number"))
        elif not 0 <= value <= 1:  # type: ignore[operator]
            self.add(field, value, label or QT_TRANSLATE_NOOP("Validation", "must be between 0% and 100%"))

    def currency(self, field: str, value: str) -> None:
        if value not in CURRENCIES:
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must be a known ISO 4217 currency code such as CNY, EUR or USD"))

    def one_of(self, field: str, value: object, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        if value not in allowed:
            self.add(field, value, QT_TRANSLATE_NOOP("Validation", "must be one of {allowed}").format(allowed=", ".join(allowed)))


def validate_host(host: Host, platforms: Iterable[str] | None = None) -> list[Problem]:
    c = _Checker()
    c.not_empty("name", host.name)
    for name in ("name", "handle"):
        text = str(getattr(host, name) or "")
        if len(text) > MAX_NAME_CHARS:
            c.add(name, f"{text[:40]}… ({len(text):,} characters)",
                  QT_TRANSLATE_NOOP("Validation", "is {n:,} characters long; at most {most} are allowed")
                  .format(n=len(text), most=MAX_NAME_CHARS))
    if platforms is not None and host.platform not in set(platforms):
        c.add("platform", host.platform, QT_TRANSLATE_NOOP("Validation", "is not a platform of this plan"))
    c.not_empty("platform", host.platform)
    if host.tier is not None:
        c.one_of("tier", host.tier, TIERS)
    if host.followers is not None:
        if not _is_number(host.followers):
            c.add("followers", host.followers, QT_TRANSLATE_NOOP("Validation", "must be a whole number"))
        elif host.followers < 0:
            c.add("followers", host.followers, QT_TRANSLATE_NOOP("Validation", "must be 0 or more"))
    if host.tier is None and host.followers is None:
        c.add("followers", None, QT_TRANSLATE_NOOP("Validation", "give followers or a tier, so the host's audience size is known"))
    if host.typical_viewers is not None:
        if not _is_number(host.typical_viewers) or host.typical_viewers <= 0:
            c.add("typical_viewers", host.typical_viewers,
                  QT_TRANSLATE_NOOP("Validation", "must be a number above 0 (or left empty)"))
    c.money("slot_fee", host.slot_fee)
    c.rate("commission_rate", host.commission_rate, QT_TRANSLATE_NOOP("Validation", "commission must be between 0% and 100%"))
    c.currency("currency", host.currency)
    c.one_of("status", host.status, HOST_STATUSES)
    return c.problems


def validate_campaign(campaign: Campaign) -> list[Problem]:
    c = _Checker()
    c.not_empty("name", campaign.name)
    if campaign.end_date < campaign.start_date:
        c.add("end_date", campaign.end_date.isoformat(),
              QT_TRANSLATE_NOOP("Validation", "must not be before the start date {start}")
              .format(start=campaign.start_date.isoformat()))
    c.money("budget", campaign.budget)
    c.money("other_costs", campaign.other_costs)
    c.currency("currency", campaign.currency)
    c.rate("margin", campaign.margin, QT_TRANSLATE_NOOP("Validation", "margin must be between 0% and 100%"))
    c.one_of("objective", campaign.objective, OBJECTIVES)
    if campaign.avg_order_value is not None and not campaign.avg_order_value > 0:
        c.add("avg_order_value", campaign.avg_order_value,
              QT_TRANSLATE_NOOP("Validation", "the campaign's order value must be above 0"))
    if campaign.conversion_rate is not None:
        c.rate("conversion_rate", campaign.conversion_rate,
               QT_TRANSLATE_NOOP("Validation", "conversion must be between 0% and 100%"))
    if campaign.return_rate is not None:
        c.rate("return_rate", campaign.return_rate,
               QT_TRANSLATE_NOOP("Validation", "the return rate must be between 0% and 100%"))
    return c.problems


def validate_session(session: Session, campaign: Campaign | None = None) -> list[Problem]:
    """Check a session; a session outside its campaign's dates is a warning, not an error."""
    c = _Checker()
    if session.start.tzinfo is None:
        c.add("start", session.start.isoformat(), QT_TRANSLATE_NOOP("Validation", "must carry a time zone (China time or UTC)"))
    if not isinstance(session.duration_min, int) or isinstance(session.duration_min, bool):
        c.add("duration_min", session.duration_min, QT_TRANSLATE_NOOP("Validation", "must be a whole number of minutes"))
    elif session.duration_min <= 0:
        c.add("duration_min", session.duration_min, QT_TRANSLATE_NOOP("Validation", "the end must be after the start"))
    elif not MIN_DURATION_MIN <= session.duration_min <= MAX_DURATION_MIN:
        c.add("duration_min", session.duration_min,
              QT_TRANSLATE_NOOP("Validation", "must be between {low} minutes and {high} hours")
              .format(low=MIN_DURATION_MIN, high=MAX_DURATION_MIN // 60))
    c.money("slot_fee", session.slot_fee)
    c.money("paid_budget", session.paid_budget)
    if session.commission_rate is not None:
        c.rate("commission_rate", session.commission_rate,
                   QT_TRANSLATE_NOOP("Validation", "commission must be between 0% and 100%"))
    c.one_of("status", session.status, SESSION_STATUSES)
    c.one_of("session_type", session.session_type, SESSION_TYPES)
    bm = session.brand_minutes
    if bm is not None:
        if isinstance(bm, bool) or not isinstance(bm, (int, float)) or not bm > 0:
            c.add("brand_minutes", bm,
                  QT_TRANSLATE_NOOP("Validation", "brand minutes on air must be a number of minutes above 0"))
        elif isinstance(session.duration_min, int) and session.duration_min > 0 and bm > session.duration_min:
            c.add("brand_minutes", bm,
                  QT_TRANSLATE_NOOP("Validation", "{bm:g} brand minutes on air cannot exceed the session's "
                                                  "duration ({minutes} min)")
                  .format(bm=bm, minutes=session.duration_min))
    if campaign is not None and session.start.tzinfo is not None and not c.problems:
        from planner.domain.timezones import china_date

        first, last = china_date(session.start), china_date(session.end)
        if first < campaign.start_date or last > campaign.end_date:
            c.add("start", session.start.isoformat(),
                  QT_TRANSLATE_NOOP("Validation", "is outside the campaign dates {start} – {end} (China time)")
                  .format(start=campaign.start_date.isoformat(), end=campaign.end_date.isoformat()),
                  severity="warning")
    return c.problems


def validate_benchmark(fig: BenchmarkFigure) -> list[Problem]:
    c = _Checker()
    c.not_empty("platform", fig.platform)
    c.not_empty("metric", fig.metric)
    if not _is_number(fig.value):
        c.add("value", fig.value, QT_TRANSLATE_NOOP("Validation", "must be a number"))
    elif fig.value < 0:
        c.add("value", fig.value, QT_TRANSLATE_NOOP("Validation", "must be 0 or more"))
    for name in ("low", "high"):
        v = getattr(fig, name)
        if v is not None and (not _is_number(v) or v < 0):
            c.add(name, v, QT_TRANSLATE_NOOP("Validation", "must be a number, 0 or more (or left empty)"))
    if _is_number(fig.low) and _is_number(fig.high) and fig.low > fig.high:  # type: ignore[operator]
        c.add("high", fig.high, QT_TRANSLATE_NOOP("Validation", "must not be below the low end, P10 ({low:,g})").format(low=fig.low))
    if _is_number(fig.value) and _is_number(fig.low) and fig.value < fig.low:  # type: ignore[operator]
        c.add("value", fig.value,
              QT_TRANSLATE_NOOP("Validation", "the median must not be below the low end, P10 ({low:,g})").format(low=fig.low))
    if _is_number(fig.value) and _is_number(fig.high) and fig.value > fig.high:  # type: ignore[operator]
        c.add("value", fig.value,
              QT_TRANSLATE_NOOP("Validation", "the median must not be above the high end, P90 ({high:,g})").format(high=fig.high))
    if fig.metric.endswith(("_rate", "_share")):
        for name in ("value", "low", "high"):
            v = getattr(fig, name)
            if _is_number(v) and v > 1:
                c.add(name, v, QT_TRANSLATE_NOOP("Validation", "a rate must be between 0 and 1 (write 20% as 0.2)"))
    c.one_of("basis", fig.basis, BASES)
    return c.problems


def benchmark_label(fig: BenchmarkFigure) -> str:
    return "/".join(x for x in (fig.platform, fig.tier, fig.metric) if x)


def raise_for(problems: list[Problem], what: str) -> None:
    """Raise ValidationError if any problem is an error (warnings pass)."""
    if any(p.severity == "error" for p in problems):
        raise ValidationError(problems, what)
