"""Budget recommendations a marketer can act on (``reach-model.md`` §5).

Objectives: net GMV, unique reach, profit. Modes: a **fixed** budget split across line items (platforms or
hosts) to maximise the objective, or a **flexible** budget: each item is funded up to where its marginal
profit reaches 0, or where its marginal ROI (net GMV per extra unit of paid traffic) reaches a target.

Each item's response is a Hill curve fitted to the full model (:mod:`planner.domain.response`); the split is
chosen on those curves (:mod:`planner.domain.allocation` for a fixed budget, a per-item search for a
flexible one), then the recommendation is projected again with the full model, and compared with today in
paired Monte Carlo draws (same seed, same shocks): P(recommended beats today) and the P10–P90 of the gain.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from planner.domain.engine import compile_campaign
from planner.domain.errors import PlannerError
from planner.domain.evaluate import evaluate
from planner.domain.models import Plan
from planner.domain.projection import DEFAULT_SEED, run_draws
from planner.domain.response import (
    LEVELS, Cancelled, ItemResponse, half_saturation, item_responses, line_items, with_spend,
)

OBJECTIVES = {"net_gmv": "net GMV", "reach": "unique reach", "profit": "profit"}
BY = ("platform", "host")
DEFAULT_DRAWS = 1000
EQUAL_TOLERANCE = 0.01  # marginal returns within 1% of each other are "equal"
BOUND_TOLERANCE = 1e-6  # relative: a spend this close to a bound sits on it

__all__ = ["Bound", "BudgetRequest", "Cancelled", "ItemResult", "Recommendation", "recommend", "OBJECTIVES", "BY"]


@dataclass(frozen=True, slots=True)
class Bound:
    """A minimum or maximum for one line item: an amount of money, or a share (0–1) of a fixed budget."""

    item: str
    value: float
    share: bool = False

    def amount(self, budget: float | None) -> float:
        return self.value * budget if self.share and budget is not None else self.value

    def text(self, currency: str) -> str:
        return f"{self.value:.0%} of the budget" if self.share else f"{self.value:,.0f} {currency}"


@dataclass(frozen=True, slots=True)
class BudgetRequest:
    """What the marketer asks. ``budget`` None in fixed mode means today's paid traffic."""

    objective: str = "net_gmv"
    budget: float | None = None
    flexible: bool = False
    target_roi: float | None = None
    by: str = "platform"
    minimums: tuple[Bound, ...] = ()
    maximums: tuple[Bound, ...] = ()
    draws: int = DEFAULT_DRAWS
    seed: int = DEFAULT_SEED

    def check(self) -> None:
        """Raise PlannerError naming the first thing wrong with the request itself."""
        if self.objective not in OBJECTIVES:
            raise PlannerError(f"Objective {self.objective!r}: choose one of {', '.join(OBJECTIVES)}")
        if self.by not in BY:
            raise PlannerError(f"Line items {self.by!r}: choose platform or host")
        if self.flexible and self.budget is not None:
            raise PlannerError("Give either a budget (fixed) or a flexible budget, not both")
        if self.budget is not None and not (math.isfinite(self.budget) and self.budget > 0):
            raise PlannerError(f"Budget {self.budget:g}: must be above 0")
        if self.target_roi is not None:
            if not self.flexible:
                raise PlannerError("A target ROI sets where a flexible budget stops: use it with a flexible budget")
            if not (math.isfinite(self.target_roi) and self.target_roi > 0):
                raise PlannerError(f"Target ROI {self.target_roi:g}: must be above 0 (net GMV per unit of paid "
                                   "traffic)")
        if self.flexible and self.objective == "reach":
            raise PlannerError("A flexible budget stops where money stops paying back, which reach cannot say: "
                               "use objective profit (or net_gmv with a target ROI), or give a fixed budget")
        if self.flexible and self.objective == "net_gmv" and self.target_roi is None:
            raise PlannerError("Net GMV rises with every extra unit of paid traffic: give a target ROI for a "
                               "flexible budget (spend while each extra unit returns at least that much net "
                               "GMV), or use objective profit")
        for b in self.minimums + self.maximums:
            if not (math.isfinite(b.value) and b.value >= 0):
                raise PlannerError(f"Bound {b.item}={b.value:g}: must be 0 or more")
            if b.share and b.value > 1:
                raise PlannerError(f"Bound {b.item}={b.value:.0%}: a share must be between 0% and 100%")
            if b.share and self.flexible:
                raise PlannerError(f"Bound {b.item}={b.value:.0%}: a share needs a fixed budget; give a flexible "
                                   "budget's bounds as amounts")
        if self.draws < 0:
            raise PlannerError(f"Draws {self.draws}: must be 0 or more")


@dataclass(frozen=True, slots=True)
class ItemResult:
    key: str
    label: str
    sessions: int
    today: float
    recommended: float
    marginal: float          # objective gained per extra unit of money at the recommendation
    marginal_roi: float      # net GMV per extra unit of paid traffic at the recommendation
    bound: str               # "minimum", "maximum" or "" (a user's bound the recommendation sits on)
    outside_fit: str         # "below" / "above" the fitted spend range, or ""
    fit_low: float
    fit_high: float
    spread: str              # "today" (in proportion to today's paid traffic) or "even"

    @property
    def change(self) -> float:
        return self.recommended - self.today


@dataclass(frozen=True)
class Recommendation:
    campaign_id: int
    campaign_name: str
    currency: str
    objective: str
    mode: str                            # "fixed" or "flexible"
    by: str
    target_roi: float | None
    budget: float                        # total recommended paid traffic
    today_total: float
    items: tuple[ItemResult, ...]
    responses: tuple[ItemResponse, ...]
    today_value: float                   # the objective, full model at medians (the trace)
    recommended_value: float
    draws: int
    seed: int
    p_beats: float | None                # P(recommended beats today) in paired draws; ties count half
    gain_p10: float | None
    gain_p50: float | None
    gain_p90: float | None
    gain_mean: float | None
    method: str                          # "slsqp", "greedy" or "per item" (flexible)
    notes: tuple[str, ...]               # the explanation, sentence by sentence
    session_spend: tuple[tuple[int, float], ...] = field(repr=False)  # (session id, recommended paid traffic)

    @property
    def gain(self) -> float:
        return self.recommended_value - self.today_value

    @property
    def unit(self) -> str:
        return "people" if self.objective == "reach" else self.currency

    def _curve(self, r: ItemResponse) -> dict[str, float]:
        """The fitted Hill curve of the objective (profit: of profit before the paid traffic itself)."""
        cv = r.gross_profit if self.objective == "profit" else getattr(r, self.objective)
        return {"top": cv.top, "k": cv.k, "s": cv.s, "fit_error": cv.error,
                "minus_spend": self.objective == "profit"}

    def to_json(self) -> dict[str, object]:
        def num(v: float | None) -> float | None:
            return None if v is None or not math.isfinite(v) else float(v)

        return {
            "campaign_id": self.campaign_id, "campaign": self.campaign_name, "currency": self.currency,
            "objective": self.objective, "mode": self.mode, "by": self.by, "target_roi": self.target_roi,
            "budget": self.budget, "today_total": self.today_total, "method": self.method,
            "items": [{"item": i.label, "key": i.key, "sessions": i.sessions, "today": i.today,
                       "recommended": i.recommended, "change": i.change, "marginal_return": num(i.marginal),
                       "marginal_roi": num(i.marginal_roi), "bound": i.bound or None,
                       "outside_fitted_range": i.outside_fit or None, "fitted_range": [i.fit_low, i.fit_high],
                       "spread": i.spread, "curve": self._curve(r)} for i, r in zip(self.items, self.responses)],
            "today_value": self.today_value, "recommended_value": self.recommended_value, "gain": self.gain,
            "draws": self.draws, "seed": self.seed, "p_recommended_beats_today": num(self.p_beats),
            "gain_p10": num(self.gain_p10), "gain_p50": num(self.gain_p50), "gain_p90": num(self.gain_p90),
            "gain_mean": num(self.gain_mean), "notes": list(self.notes),
            "sessions": [{"id": sid, "paid_traffic": round(paid, 2)} for sid, paid in self.session_spend],
        }


# -- resolving the marketer's bounds ---------------------------------------------------------------------


def match_item(name: str, keys: Sequence[str], labels: Sequence[str], aliases: Sequence[Sequence[str]]) -> int:
    """Index of the item ``name`` means: its key, its label or an alias, case-insensitively, or else a part of
    one of them that only one item has."""
    want = name.strip().casefold()
    hits = [i for i, (k, lab, al) in enumerate(zip(keys, labels, aliases))
            if want in {k.casefold(), lab.casefold(), *(a.casefold() for a in al)}]
    if not hits and want:  # a unique part of a name will do ("flagship", "旗舰店")
        hits = [i for i, (k, lab, al) in enumerate(zip(keys, labels, aliases))
                if any(want in x.casefold() for x in (k, lab, *al))]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise PlannerError(f"Item {name!r} is ambiguous: it could be "
                           f"{', '.join(f'{labels[i]} [{keys[i]}]' for i in hits)}; give more of the name, or the "
                           "key in brackets")
    raise PlannerError(f"Unknown item {name!r}; this campaign's items are: {', '.join(labels)}")


def _bounds(req: BudgetRequest, keys: list[str], labels: list[str], aliases: list[list[str]],
            budget: float | None, currency: str) -> tuple[np.ndarray, np.ndarray]:
    m = len(keys)
    lo, hi = np.zeros(m), np.full(m, math.inf)
    for b in req.minimums:
        j = match_item(b.item, keys, labels, aliases)
        lo[j] = max(lo[j], b.amount(budget))
    for b in req.maximums:
        j = match_item(b.item, keys, labels, aliases)
        hi[j] = min(hi[j], b.amount(budget))
    for j in range(m):
        if lo[j] > hi[j] * (1 + 1e-12):
            raise PlannerError(f"{labels[j]}: minimum {lo[j]:,.0f} {currency} is above its maximum "
                               f"{hi[j]:,.0f} {currency}")
    if budget is not None:
        if lo.sum() > budget * (1 + 1e-9):
            raise PlannerError(f"The minimums add up to {lo.sum():,.0f} {currency}, more than the budget "
                               f"{budget:,.0f} {currency}")
        if np.all(np.isfinite(hi)) and hi.sum() < budget * (1 - 1e-9):
            raise PlannerError(f"The maximums add up to {hi.sum():,.0f} {currency}, less than the budget "
                               f"{budget:,.0f} {currency}")
    return lo, hi


# -- solving -----------------------------------------------------------------------------------------------


def _fixed(responses: list[ItemResponse], objective: str, budget: float, lo: np.ndarray, hi: np.ndarray,
           ) -> tuple[np.ndarray, str]:
    from planner.domain.allocation import LineItem, allocate

    measure = "gross_profit" if objective == "profit" else objective  # Σ spend is fixed: profit = Σ gross − B
    items = []
    for r, a, b in zip(responses, lo, hi):
        cv = getattr(r, measure)
        items.append(LineItem(r.key, cv.top, cv.k, cv.s, lower=float(a), upper=float(b)))
    result = allocate(items, budget, restarts=6 if len(items) <= 12 else 2)
    return np.array(result.spend), result.method


def flexible_spend(value: Callable[[np.ndarray], np.ndarray], price: float, lo: float, hi: float,
                   scale: float) -> float:
    """The spend in ``[lo, hi]`` maximising ``value(x) − price · x`` (a grid, then a bounded refinement).

    ``scale`` bounds the search where ``hi`` is infinite: beyond it the curve's slope is below the price."""
    from scipy.optimize import minimize_scalar

    top = min(hi, max(lo, scale))
    if top <= lo:
        return lo
    x = np.linspace(lo, top, 2001)
    f = np.asarray(value(x), float) - price * x
    i = int(np.argmax(f))
    a, b = x[max(i - 1, 0)], x[min(i + 1, x.size - 1)]
    if b > a:
        res = minimize_scalar(lambda v: -(float(value(v)) - price * v), bounds=(a, b), method="bounded",
                              options={"xatol": max(top * 1e-9, 1e-9)})
        if res.success and -res.fun >= f[i]:
            return float(res.x)
    return float(x[i])


def _flexible(responses: list[ItemResponse], objective: str, target_roi: float | None, lo: np.ndarray,
              hi: np.ndarray) -> np.ndarray:
    out = np.zeros(len(responses))
    for j, r in enumerate(responses):
        cv, price = (r.net_gmv, target_roi) if target_roi is not None else (r.gross_profit, 1.0)
        if cv.top <= 0:
            out[j] = lo[j]
            continue
        # Beyond x = (top · s · K^s / price)^(1/(s+1)) the Hill slope is below the price.
        cap = (abs(cv.top) * cv.s * cv.k ** cv.s / price) ** (1.0 / (cv.s + 1.0))
        scale = 2.0 * max(cap, cv.k, r.fit_high)
        out[j] = flexible_spend(cv, price, float(lo[j]), float(hi[j]), scale)
    return out


# -- the recommendation --------------------------------------------------------------------------------------


def recommend(plan: Plan, campaign_id: int, request: BudgetRequest,
              report: Callable[[int, int], bool] | None = None) -> Recommendation:
    """Recommend the campaign's paid traffic per line item for ``request`` (see the module docstring).

    ``report(done, total)`` is called as the work advances; returning False stops it with
    :class:`Cancelled`. Raises PlannerError naming what is wrong with the request (budget, items, bounds).
    """
    request.check()
    c = compile_campaign(plan, campaign_id)
    names = {k: p.name_en for k, p in plan.platforms.items()}
    other = {k: [p.name_zh] for k, p in plan.platforms.items() if p.name_zh}
    # Sessions already done, or with recorded results, keep the paid traffic they had: it is spent.
    fixed = np.array([s.status == "done" or (s.id is not None and s.id in plan.actuals) for s in c.sessions])
    items = line_items(c, request.by, names, fixed, other)
    cur = c.currency
    m = len(items.keys)
    today_total = float(items.today.sum())
    if request.flexible:
        budget = None
    elif request.budget is None:
        if today_total <= 0:
            raise PlannerError("This campaign has no paid traffic today: give a budget to split, or ask for a "
                               "flexible budget")
        budget = today_total
    else:
        budget = float(request.budget)
    aliases = items.aliases
    lo, hi = _bounds(request, items.keys, items.labels, aliases, budget, cur)

    # The spend each item's curve is fitted around: today's, or at least an even share of the money in play.
    even = (budget if budget is not None else today_total) / m
    if even <= 0:
        even_each = half_saturation(c, items)
    else:
        even_each = np.full(m, even)
    reference = np.maximum(items.today, even_each)
    reference = np.maximum(reference, lo / 3.0)
    reference = np.where(reference > 0, reference, 1.0)
    n_levels = len(LEVELS)
    total_runs = 2 * n_levels + 2
    done = 0
    polish = ("net_gmv", "gross_profit" if request.objective == "profit" else request.objective)
    responses: list[ItemResponse] = []
    for attempt in range(2):
        reuse = [r if attempt and np.isclose(r.reference, reference[j]) else None for j, r in enumerate(responses)]
        responses = item_responses(c, items, reference, report, progress=(done, total_runs), polish=polish,
                                   reuse=reuse or None)
        done += n_levels
        if request.flexible:
            spend = _flexible(responses, request.objective, request.target_roi, lo, hi)
            method = "per item"
        else:
            spend, method = _fixed(responses, request.objective, budget, lo, hi)  # type: ignore[arg-type]
        spend = np.maximum(spend, 0.0)
        outside = np.array([bool(r.outside_fit(float(x))) for r, x in zip(responses, spend)])
        if attempt or not outside.any():
            break
        # Fit again where the recommendation landed, so its marginal returns are read off the model's own
        # points rather than an extrapolation; what is still outside after that is said in the notes.
        reference = np.where(outside, spend, reference)
    total_runs = done + 2

    c_rec = with_spend(c, items, spend)
    c_now = with_spend(c, items, items.today)  # today, as the spread rule reads it (equals c)
    key = request.objective
    today_value = float(evaluate(c_now, None).totals[key][0])
    rec_value = float(evaluate(c_rec, None).totals[key][0])
    p_beats = g10 = g50 = g90 = gmean = None
    draws = request.draws
    if draws > 0:
        a, _, _ = run_draws(c_now, draws, request.seed)
        if report is not None and not report(total_runs - 1, total_runs):
            raise Cancelled("Cancelled")
        b, _, _ = run_draws(c_rec, draws, request.seed)
        gain = b[key] - a[key]
        tie = np.isclose(b[key], a[key], rtol=1e-12, atol=1e-9)
        p_beats = float(np.mean(np.where(tie, 0.5, gain > 0)))
        g10, g50, g90 = (float(v) for v in np.quantile(gain, (0.1, 0.5, 0.9)))
        gmean = float(gain.mean())
    if report is not None and not report(total_runs, total_runs):
        raise Cancelled("Cancelled")

    results = []
    user_lo = {match_item(b.item, items.keys, items.labels, aliases) for b in request.minimums}
    user_hi = {match_item(b.item, items.keys, items.labels, aliases) for b in request.maximums}
    for j, r in enumerate(responses):
        x = float(spend[j])
        tol = BOUND_TOLERANCE * max(budget or 0.0, r.reference, 1.0)
        bound = ("minimum" if j in user_lo and abs(x - lo[j]) <= tol else
                 "maximum" if j in user_hi and abs(x - hi[j]) <= tol else "")
        results.append(ItemResult(
            key=r.key, label=r.label, sessions=r.sessions, today=r.today, recommended=x,
            marginal=r.marginal(request.objective, x), marginal_roi=float(r.net_gmv.slope(x)), bound=bound,
            outside_fit=r.outside_fit(x), fit_low=r.fit_low, fit_high=r.fit_high, spread=r.spread))
    weights = spend[np.maximum(items.of_session, 0)] * items.weight
    session_spend = tuple((int(s.id), float(w)) for s, w, j in zip(c.sessions, weights, items.of_session)
                          if s.id is not None and j >= 0)
    rec = Recommendation(
        campaign_id=campaign_id, campaign_name=c.campaign.name, currency=cur, objective=request.objective,
        mode="flexible" if request.flexible else "fixed", by=request.by, target_roi=request.target_roi,
        budget=float(spend.sum()), today_total=today_total, items=tuple(results), responses=tuple(responses),
        today_value=today_value, recommended_value=rec_value, draws=max(draws, 0), seed=request.seed,
        p_beats=p_beats, gain_p10=g10, gain_p50=g50, gain_p90=g90, gain_mean=gmean, method=method, notes=(),
        session_spend=session_spend)
    from dataclasses import replace

    notes = explain(rec, lo, hi)
    if fixed.any():
        notes.insert(1, f"{int(fixed.sum())} sessions already done or with recorded results keep their paid "
                        f"traffic ({float(items.base.sum()):,.0f} {cur}); the recommendation covers the other "
                        f"{int((~fixed).sum())}.")
    return replace(rec, notes=tuple(notes))


def scenario_name(rec: Recommendation) -> str:
    """The name of the scenario a recommendation becomes (see ``storage.edits.DuplicateWithPaidTraffic``)."""
    what = {"net_gmv": "net GMV", "reach": "reach", "profit": "profit"}[rec.objective]
    how = "flexible budget" if rec.mode == "flexible" else f"{rec.budget:,.0f} {rec.currency}"
    return f"{rec.campaign_name} — recommended for {what} ({how}, by {rec.by})"


# -- the explanation ---------------------------------------------------------------------------------------


def _per(rec: Recommendation, v: float) -> str:
    if rec.objective == "reach":
        return f"{v * 1000:,.1f} people per 1,000 {rec.currency}"
    return f"{v:,.2f} {rec.currency} per {rec.currency}"


def explain(rec: Recommendation, lo: np.ndarray, hi: np.ndarray) -> list[str]:
    """Sentences that say why the split is what it is, and only what is true of it."""
    notes: list[str] = []
    what = OBJECTIVES[rec.objective]
    items = rec.items
    if rec.mode == "flexible":
        if rec.target_roi is not None:
            notes.append(f"Flexible budget: each item is funded while an extra {rec.currency} of paid traffic "
                         f"returns at least {rec.target_roi:,.2f} {rec.currency} of net GMV (the target ROI).")
        else:
            notes.append("Flexible budget: each item is funded up to where the last "
                         f"{rec.currency} of paid traffic adds no profit (marginal profit 0).")
        price = rec.target_roi
        free = [i for i in items if not i.bound and i.recommended > 1e-6]
        at_price = [i for i in free if abs((i.marginal_roi if price is not None else i.marginal + 1.0)
                                           - (price if price is not None else 1.0)) <= EQUAL_TOLERANCE
                    * (price if price is not None else 1.0)]
        if free and len(at_price) == len(free):
            notes.append("Every funded item not held by a bound ends exactly there.")
    else:
        notes.append(f"Fixed budget: {rec.budget:,.0f} {rec.currency} split to maximise {what}.")
        free = [i for i in items if not i.bound and i.recommended > 1e-6]
        if len(free) >= 2:
            ms = [i.marginal for i in free]
            spread = (max(ms) - min(ms)) / max(abs(max(ms)), abs(min(ms)), 1e-300)
            if spread <= EQUAL_TOLERANCE:
                notes.append(f"Funded items not held by a bound end with equal marginal returns "
                             f"({_per(rec, float(np.mean(ms)))}).")
            else:
                notes.append("Marginal returns of the funded items are not equal ("
                             + ", ".join(f"{i.label} {_per(rec, i.marginal)}" for i in free)
                             + "): the optimiser stopped short; treat the split as approximate.")
        elif len(free) == 1:
            notes.append(f"All the money not held by a bound goes to {free[0].label}.")
    for i in items:
        if i.bound:
            notes.append(f"{i.label} is held at its {i.bound} ({i.recommended:,.0f} {rec.currency}); there its "
                         f"marginal return is {_per(rec, i.marginal)}.")
    unfunded = [i for i in items if i.recommended <= 1e-6 and not i.bound]
    why = ", less than the money does elsewhere" if rec.mode == "fixed" else ""
    if len(unfunded) == 1:
        i = unfunded[0]
        notes.append(f"{i.label} gets no paid traffic: its first {rec.currency} returns {_per(rec, i.marginal)}{why}.")
    elif unfunded:
        notes.append(f"No paid traffic for {len(unfunded)} items, whose first {rec.currency} returns{why}: "
                     + "; ".join(f"{i.label} {_per(rec, i.marginal)}" for i in unfunded) + ".")
    for i in items:
        if i.outside_fit:
            side = "above" if i.outside_fit == "above" else "below"
            notes.append(f"{i.label}: {i.recommended:,.0f} {rec.currency} is {side} the spend the curve was fitted "
                         f"on ({i.fit_low:,.0f}–{i.fit_high:,.0f} {rec.currency}); the curve is extrapolated there.")
    for r in rec.responses:
        err = getattr(r, "gross_profit" if rec.objective == "profit" else rec.objective).error
        if err > 0.05:
            notes.append(f"{r.label}: the fitted curve is off the model's points by up to {err:.0%}.")
    even = [i.label for i in items if i.spread == "even"]
    if even and len(even) == len(items):
        notes.append("No item has paid traffic today: within each, the paid traffic is spread evenly over its "
                     "sessions.")
    elif even:
        notes.append("Within " + ", ".join(even) + " the paid traffic is spread evenly over the sessions "
                     "(none there today); elsewhere in proportion to today's paid traffic.")
    else:
        notes.append("Within each item the paid traffic is spread over its sessions in proportion to today's.")
    if any(r.sessions > 1 for r in rec.responses):
        notes.append("The marginal returns are the item's as a whole: with that spread, one of its sessions may "
                     "return more or less than another (the schedule check reads them one by one).")
    if rec.objective == "reach" and len(items) > 1:
        notes.append("Each item's curve is its own reach; the campaign's reach (overlap removed) is the full "
                     "model's.")
    if rec.p_beats is not None:
        notes.append(f"In {rec.draws:,} paired draws the recommendation beats today's plan on {what} in "
                     f"{rec.p_beats:.0%} of them; the gain's P10–P90 is {rec.gain_p10:+,.0f} to {rec.gain_p90:+,.0f} "
                     f"{rec.unit}.")
    if rec.recommended_value < rec.today_value and rec.mode == "fixed" and abs(rec.budget - rec.today_total) < 1e-6 * max(rec.budget, 1):
        notes.append("The full model projects less than today for this split: the curves misread it; keep today's.")
    return notes
