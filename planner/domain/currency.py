"""Money in one currency (reach-model §3): changing a campaign's currency converts its money, never relabels it."""

from __future__ import annotations

from dataclasses import replace

from planner.domain.errors import Problem, ValidationError
from planner.domain.models import Campaign, FxRate, Session


def conversion_rate(from_currency: str, to_currency: str, fx: dict[str, FxRate]) -> float:
    """Units of ``to_currency`` per unit of ``from_currency`` through the plan's FX table (CNY per unit)."""
    def cny(cur: str, field: str) -> float:
        if cur == "CNY":
            return 1.0
        rate = fx.get(cur)
        if rate is None or not rate.cny_per_unit > 0:
            raise ValidationError([Problem(field, cur, f"the plan has no exchange rate for {cur} (CNY per {cur}); "
                                                       f"add one under Settings ▸ Exchange rates first")],
                                  "currency change")
        return rate.cny_per_unit
    return cny(from_currency, "currency") / cny(to_currency, "currency")


def convert_campaign_money(campaign: Campaign, sessions: list[Session], to_currency: str,
                           fx: dict[str, FxRate]) -> tuple[Campaign, list[Session], float]:
    """The campaign in ``to_currency`` with its budget, other costs, and its sessions' slot fees and paid traffic
    converted at the plan's rate; returns ``(campaign, sessions, rate)``."""
    rate = conversion_rate(campaign.currency, to_currency, fx)
    new = replace(campaign, currency=to_currency, budget=round(campaign.budget * rate, 2),
                  other_costs=round(campaign.other_costs * rate, 2))
    moved = [replace(s, slot_fee=round(s.slot_fee * rate, 2), paid_budget=round(s.paid_budget * rate, 2))
             for s in sessions]
    return new, moved, rate
