"""Chart series built on the projection: the response of reach and net GMV to paid-traffic spend."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.engine import compile_campaign
from planner.domain.evaluate import evaluate
from planner.domain.models import Plan

DEFAULT_MULTIPLIERS = (0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0)


@dataclass(frozen=True, slots=True)
class BudgetPoint:
    """Point projection with every session's paid traffic scaled by ``multiplier`` (campaign currency)."""

    multiplier: float
    paid_traffic: float
    reach: float
    net_gmv: float
    cost: float
    profit: float


def budget_curve(plan: Plan, campaign_id: int, multipliers: Sequence[float] = DEFAULT_MULTIPLIERS,
                 ) -> list[BudgetPoint]:
    """Reach and net GMV as paid traffic scales (0.25×–3× by default), at benchmark medians.

    The campaign is compiled once; only the paid budgets change, so points are comparable. A Hill curve
    can be fitted to these points for :mod:`planner.domain.allocation`.
    """
    c = compile_campaign(plan, campaign_id)
    out = []
    for m in multipliers:
        t = evaluate(c, None, paid_scale=float(m)).totals
        out.append(BudgetPoint(float(m), float(t["paid_traffic"][0]), float(t["reach"][0]),
                               float(t["net_gmv"][0]), float(t["cost"][0]), float(t["profit"][0])))
    return out
