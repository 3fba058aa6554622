"""Warnings that matter to money (reach-model §1.4, issue 14): paid traffic whose last CNY loses money at the
median, and a campaign whose projected cost exceeds its budget. One rule for the CLI and the Problems panel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import numpy as np

from planner.domain.engine import Compiled, compile_campaign
from planner.domain.models import Plan
from planner.domain.schedule import china_span, day_text
from planner.domain.text import QT_TRANSLATE_NOOP


class CampaignProjection(Protocol):
    """What these checks read of ``domain.projection.CampaignProjection`` (a Protocol: the projection calls
    into this module, so this module does not import it)."""

    @property
    def expected(self) -> dict[str, float]: ...
    @property
    def range(self) -> dict[str, Any] | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def sessions(self) -> Any: ...


@dataclass(frozen=True, slots=True)
class MoneyWarning:
    kind: str              # paid_traffic_loses | over_budget
    campaign_id: int
    session_id: int | None
    value: float           # marginal profit per CNY of paid traffic, or the overrun in the campaign's currency
    detail: str = ""       # over_budget: the sentence (a big plan has tens of thousands of session warnings,
                           # so theirs is written when it is read)
    host: str = ""         # paid_traffic_loses: who and when, as the schedule check names a session
    start: datetime | None = None
    duration_min: int = 0
    currency: str = "CNY"

    @property
    def message(self) -> str:
        if self.kind == "paid_traffic_loses":
            who: str = self.host or f"#{self.session_id}"
            if self.start is not None:
                who = QT_TRANSLATE_NOOP("Problems", "{host} on {span} China time").format(
                    host=who, span=day_text(china_span(self.start, self.duration_min)))
            return QT_TRANSLATE_NOOP(
                "Problems", "{who}: the last {cur} of paid traffic returns {returns:.2f} {cur} before its own "
                            "cost (marginal profit {margin:+.2f} per {cur} at the median): spend less on it"
            ).format(who=who, cur=self.currency, returns=self.value + 1, margin=self.value)
        return self.detail


@dataclass(frozen=True, slots=True)
class BudgetCheck:
    """A campaign's projected cost against its budget (the one over-budget rule: the CLI's warning, the
    Problems panel and the Overview's note all read it). ``committed`` is what does not grow with sales:
    slot fees, paid traffic and other costs; the rest is commission and platform fees."""

    budget: float
    cost: float        # the median (P50) with ranges, else the trace
    committed: float
    currency: str

    @property
    def over(self) -> bool:
        return self.budget > 0 and self.cost > self.budget


def budget_check(proj: CampaignProjection, budget: float) -> BudgetCheck:
    e = proj.expected
    cost = proj.range["cost"].p50 if proj.range is not None else e.get("cost", 0.0)
    committed = e.get("slot_fees", 0.0) + e.get("paid_traffic", 0.0) + e.get("other_costs", 0.0)
    return BudgetCheck(budget, cost, committed, proj.currency)


def marginal_paid_profit(plan: Plan | None, campaign_id: int, proj: CampaignProjection,
                         compiled: Compiled | None = None) -> dict[int, float]:
    """Per session with paid traffic: profit of its last unit of paid traffic (campaign currency per unit) at
    the trace (every figure at its median). Below 0 the last CNY costs more than it earns.

    ``dV_paid/dx = (V_paid / x) · (1 − V_paid / Vmax)`` (Michaelis–Menten, §1.4); each paid show viewer brings
    the session's net GMV per show viewer, and profit keeps ``margin − commission − platform fee`` of it.
    """
    c = compiled if compiled is not None else compile_campaign(plan, campaign_id)  # type: ignore[arg-type]
    idx = c.s_paid_idx
    if not idx.size:
        return {}
    ids = np.array([-1 if s.id is None else s.id for s in c.sessions], np.int64)[idx]
    pos = np.array([proj.sessions.position(int(i)) for i in ids.tolist()], np.int64)
    table = proj.sessions
    col = {k: np.asarray(table.column(k))[pos] for k in ("organic_viewers", "paid_viewers", "net_gmv", "show_viewers")}
    vals = c.fig_value
    p = c.s_platform[idx]
    vmax = vals[c.pfig["paid_cap_multiplier"]][p] * col["organic_viewers"] + vals[c.pfig["paid_pool_min"]][p]
    x = c.s_paid_cny[idx]
    ok = (x > 0) & (col["paid_viewers"] > 0) & (col["show_viewers"] > 0) & (ids >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        dv_dx = col["paid_viewers"] / x * (1.0 - col["paid_viewers"] / vmax) * c.cny_per_unit
        net_per_viewer = col["net_gmv"] / col["show_viewers"]
    keep = c.campaign.margin - c.s_comm[idx] - vals[c.pfig["platform_fee_rate"]][p]
    m = keep * net_per_viewer * dv_dx - 1.0
    return {int(i): float(v) for i, v, o in zip(ids.tolist(), m.tolist(), ok.tolist()) if o}


def money_warnings(plan: Plan | None, campaign_id: int, proj: CampaignProjection,
                   compiled: Compiled | None = None) -> list[MoneyWarning]:
    """Sessions whose last CNY of paid traffic loses money at the median; a projected cost above the budget."""
    out: list[MoneyWarning] = []
    c = compiled if compiled is not None else compile_campaign(plan, campaign_id)  # type: ignore[arg-type]
    losing = {sid: m for sid, m in marginal_paid_profit(None, campaign_id, proj, c).items() if m < 0}
    if losing:
        names = {h.id: h.name for h in c.hosts}
        for s in c.sessions:
            if s.id in losing:
                out.append(MoneyWarning("paid_traffic_loses", campaign_id, s.id, losing[s.id],
                                        host=names.get(s.host_id, ""), start=s.start,
                                        duration_min=s.duration_min, currency=c.currency))
    camp = c.campaign
    check = budget_check(proj, camp.budget)
    cost = check.cost
    if check.over:
        out.append(MoneyWarning(
            "over_budget", campaign_id, None, cost - camp.budget,
            QT_TRANSLATE_NOOP("Problems", "Campaign {name}: projected cost {cost:,.0f} {cur} (median) exceeds the "
                                          "budget {budget:,.0f} {cur} by {over:,.0f}")
            .format(name=repr(camp.name), cost=cost, cur=camp.currency, budget=camp.budget, over=cost - camp.budget)))
    return out
