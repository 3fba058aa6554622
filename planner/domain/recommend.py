"""Recommend how to split a campaign's paid-traffic budget across platforms (``reach-model.md`` §5).

For each platform the projection is run with its paid traffic at several spend levels; a Hill curve
(s = 1) fitted to those points is the platform's response, and :func:`allocation.allocate` splits the
budget so the marginal returns of all funded platforms are equal. The recommended split is then projected
again with the full model, so the figures shown are the model's, not the fitted curves'.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace

import numpy as np

from planner.domain.errors import PlannerError
from planner.domain.models import Plan, Session

OBJECTIVES = {"net_gmv": "net GMV", "reach": "unique reach"}
SPEND_LEVELS = (0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)  # × an even share of the budget


@dataclass(frozen=True, slots=True)
class SplitLine:
    platform: str
    sessions: int
    current_spend: float
    recommended_spend: float
    top: float  # fitted Hill curve: gain = top · x / (x + k)
    k: float
    marginal_return: float  # objective gained per extra unit of money at the recommended spend

    @property
    def change(self) -> float:
        return self.recommended_spend - self.current_spend


@dataclass(frozen=True, slots=True)
class SplitRecommendation:
    campaign_id: int
    currency: str
    objective: str
    budget: float
    lines: tuple[SplitLine, ...]
    current_value: float  # campaign objective with today's paid traffic (point projection)
    recommended_value: float  # campaign objective with the recommended split (point projection)
    method: str

    @property
    def gain(self) -> float:
        return self.recommended_value - self.current_value


def _with_paid(sessions: list[Session], campaign_id: int, spend: dict[str, float],
               weights: dict[int, float], platform_of: dict[int, str]) -> list[Session]:
    out = []
    for s in sessions:
        if s.campaign_id == campaign_id and s.status != "cancelled":
            p = platform_of[s.host_id]
            s = replace(s, paid_budget=spend.get(p, 0.0) * weights[s.id])  # type: ignore[index]
        out.append(s)
    return out


def _fit_hill(x: np.ndarray, gain: np.ndarray) -> tuple[float, float]:
    """Least-squares ``top · x / (x + k)`` through the points (0, 0) and (x_i, gain_i)."""
    from scipy.optimize import curve_fit

    if not np.any(gain > 0):
        return 0.0, 1.0
    mask = x > 0
    p0 = (float(gain.max()) * 2.0, float(np.median(x[mask])))
    try:
        (top, k), _ = curve_fit(lambda v, t, kk: t * v / (v + kk), x[mask], gain[mask], p0=p0,
                                bounds=([0.0, 1e-9], [np.inf, np.inf]), maxfev=10_000)
    except (RuntimeError, ValueError):  # no convergence: a straight line through the top point
        top, k = p0
    return float(top), float(k)


def recommend_paid_split(plan: Plan, campaign_id: int, budget: float | None = None, *,
                         objective: str = "net_gmv", min_share: float = 0.0) -> SplitRecommendation:
    """Split ``budget`` (default: the campaign's current paid traffic) across its platforms.

    Within a platform the money goes to its sessions in the proportions they have today (evenly when the
    platform has none yet). ``objective`` is ``net_gmv`` or ``reach``; per-platform reach is combined
    across platforms only in the final projection, so the reach split is an approximation there.
    ``min_share`` keeps at least that share of the budget on every platform of the campaign.
    """
    from planner.domain.allocation import LineItem, allocate
    from planner.domain.projection import project_campaign

    if objective not in OBJECTIVES:
        raise PlannerError(f"Objective {objective!r}: choose one of {', '.join(OBJECTIVES)}")
    if not 0 <= min_share < 1:
        raise PlannerError(f"Minimum share {min_share!r}: must be at least 0 and below 1")
    current = project_campaign(plan, campaign_id, draws=0)
    platform_of = {hid: h.platform for hid, h in plan.hosts.items()}
    live = [s for s in plan.sessions if s.campaign_id == campaign_id and s.status != "cancelled"]
    by_platform: dict[str, list[Session]] = defaultdict(list)
    for s in live:
        by_platform[platform_of[s.host_id]].append(s)
    platforms = sorted(by_platform)
    current_spend = {p: sum(s.paid_budget for s in by_platform[p]) for p in platforms}
    total_now = sum(current_spend.values())
    budget = total_now if budget is None else float(budget)
    if not budget > 0 or not math.isfinite(budget):
        raise PlannerError("This campaign has no paid traffic to split; give a budget (e.g. --budget 100000)")
    if min_share * len(platforms) > 1:
        raise PlannerError(f"A minimum share of {min_share:.0%} on {len(platforms)} platforms is more than "
                           f"the whole budget")

    weights: dict[int, float] = {}
    for p, group in by_platform.items():
        paid = current_spend[p]
        for s in group:
            weights[s.id] = (s.paid_budget / paid) if paid > 0 else 1.0 / len(group)  # type: ignore[index]

    # One projection per spend level moves every platform at once: platform figures do not depend on
    # the other platforms' sessions, so each platform's curve is read from the same runs.
    even = budget / len(platforms)
    levels = np.array(SPEND_LEVELS) * even
    values: dict[str, list[float]] = {p: [] for p in platforms}
    for x in levels:
        trial = replace(plan, sessions=_with_paid(plan.sessions, campaign_id, {p: float(x) for p in platforms},
                                                  weights, platform_of))
        by = project_campaign(trial, campaign_id, draws=0).by_platform
        for p in platforms:
            values[p].append(float(by[p][objective]))
    items = []
    for p in platforms:
        gain = np.array(values[p]) - values[p][0]
        top, k = _fit_hill(levels, gain)
        items.append(LineItem(name=p, top=top, k=k, lower=min_share * budget, group=p))
    result = allocate(items, budget)
    spend = dict(zip(platforms, result.spend))
    final = replace(plan, sessions=_with_paid(plan.sessions, campaign_id, spend, weights, platform_of))
    recommended = project_campaign(final, campaign_id, draws=0)
    marginals = result.marginal_returns(items)
    lines = tuple(SplitLine(p, len(by_platform[p]), current_spend[p], spend[p], it.top, it.k, m)
                  for p, it, m in zip(platforms, items, marginals))
    return SplitRecommendation(campaign_id, current.currency, objective, budget, lines,
                               float(current.expected[objective]), float(recommended.expected[objective]),
                               result.method)
