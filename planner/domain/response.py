"""Response of a campaign's outcomes to the paid traffic (投流) of each line item (``reach-model.md`` §5).

A *line item* is a platform, or a host, of one campaign. Its paid traffic is spread over its sessions in
proportion to today's paid traffic (evenly where today is 0), and the full model is run at medians with
every item's spend at 0, 0.25×, 0.5× … 3× a reference spend. Items do not interact in the figures read
here (net GMV, commission and platform fee per session; reach of a host within its platform, or of a
platform), so one run moves every item at once. A Hill curve ``top · x^s / (x^s + K^s)`` fitted to each
item's gains over "no paid traffic on this item" is its response; the fitted range is 0.25×–3× the
reference, and beyond it the curve is an extrapolation.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from planner.domain.engine import Compiled, _check_positive
from planner.domain.errors import PlannerError
from planner.domain.evaluate import evaluate, host_heads
from planner.domain.reach import hill, hill_derivative

LEVELS: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0)  # × the item's reference spend
FIT_LOW, FIT_HIGH = 0.25, 3.0
S_RANGE = (1.0, 3.0)  # Hill shapes tried by the fit (s < 1 would make the first unit of money return infinitely much)
MEASURES = ("net_gmv", "reach", "gross_profit")


class Cancelled(PlannerError):
    """The user cancelled a long computation."""


@dataclass(frozen=True, slots=True)
class HillCurve:
    """``top · x^s / (x^s + K^s)``; ``error`` is the largest gap between the curve and the model's points
    that it was fitted to, as a share of the largest gain (0 = exact)."""

    top: float
    k: float
    s: float = 1.0
    error: float = 0.0

    def __call__(self, x: float | np.ndarray) -> float | np.ndarray:
        return hill(x, self.top, self.k, self.s)

    def slope(self, x: float | np.ndarray) -> float | np.ndarray:
        return hill_derivative(x, self.top, self.k, self.s)


@dataclass(frozen=True, slots=True)
class ItemResponse:
    """One line item's response curves, in the campaign's currency.

    ``net_gmv`` and ``reach`` are the item's own net GMV and reach gained over no paid traffic on the item;
    ``gross_profit`` is ``margin · net GMV − commission − platform fee`` gained (profit before the paid
    traffic itself), so the item's profit response is ``gross_profit(x) − x``.
    """

    key: str                     # platform key, or "host:<id>"
    label: str                   # what a marketer calls it
    platform: str
    sessions: int
    today: float                 # today's paid traffic on the item
    reference: float             # the spend the levels scale
    spread: str                  # "today": in proportion to today's paid traffic; "even": evenly
    levels: tuple[float, ...]    # spends the model was run at
    points: dict[str, tuple[float, ...]]  # measure -> the model's gains at the levels
    net_gmv: HillCurve
    reach: HillCurve
    gross_profit: HillCurve

    @property
    def fit_low(self) -> float:
        return FIT_LOW * self.reference

    @property
    def fit_high(self) -> float:
        return FIT_HIGH * self.reference

    def outside_fit(self, x: float) -> str:
        """"below" or "above" the fitted spend range, or "" inside it (or at 0, where the gain is 0)."""
        if x <= 1e-9:
            return ""
        if x < self.fit_low * (1 - 1e-6):
            return "below"
        if x > self.fit_high * (1 + 1e-6):
            return "above"
        return ""

    def value(self, objective: str, x: float | np.ndarray) -> float | np.ndarray:
        """Objective gained at spend ``x`` over no paid traffic on this item (profit net of the spend)."""
        if objective == "profit":
            return self.gross_profit(x) - x
        return getattr(self, objective)(x)

    def marginal(self, objective: str, x: float) -> float:
        """Objective gained per extra unit of money at spend ``x`` (profit: net of that unit)."""
        if objective == "profit":
            return float(self.gross_profit.slope(x)) - 1.0
        return float(getattr(self, objective).slope(x))

    def model_points(self, objective: str) -> tuple[np.ndarray, np.ndarray]:
        """The model's own points (spend, gain) the curve was fitted to."""
        x = np.array(self.levels)
        if objective == "profit":
            return x, np.array(self.points["gross_profit"]) - x
        return x, np.array(self.points[objective])

    def curve_points(self, objective: str, x_max: float, n: int = 121) -> tuple[np.ndarray, np.ndarray]:
        """The fitted curve from 0 to ``x_max`` for a chart (the fitted range's ends are among the points)."""
        x = np.unique(np.concatenate([np.linspace(0.0, x_max, n), [self.fit_low, self.fit_high]]))
        x = x[x <= x_max]
        return x, np.asarray(self.value(objective, x), float)


@dataclass(frozen=True, slots=True)
class Items:
    """A campaign's line items: which item each (compiled) session belongs to and its share of the item.

    Sessions already done or with recorded results are *fixed*: they belong to no item (``of_session`` −1)
    and keep their paid traffic (``base``) whatever the recommendation.
    """

    by: str
    keys: list[str]
    labels: list[str]
    platforms: list[str]
    aliases: list[list[str]]     # other names a marketer may use for the item
    of_session: np.ndarray       # (n,) item index of each compiled session, −1 for a fixed session
    weight: np.ndarray           # (n,) share of its item's paid traffic (0 for a fixed session)
    base: np.ndarray             # (n,) paid traffic that does not move (fixed sessions), campaign currency
    today: np.ndarray            # (m,) today's paid traffic per item
    spread: list[str]            # per item: "today" or "even"

    def sum(self, per_session: np.ndarray) -> np.ndarray:
        """Per item, the sum of a per-session figure over the item's sessions."""
        mask = self.of_session >= 0
        return np.bincount(self.of_session[mask], weights=per_session[mask], minlength=len(self.keys))


def line_items(c: Compiled, by: str, platform_names: dict[str, str] | None = None,
               fixed: np.ndarray | None = None, other_names: dict[str, list[str]] | None = None) -> Items:
    """The campaign's platforms (``by="platform"``) or hosts (``by="host"``) as line items.

    ``fixed`` marks the compiled sessions whose paid traffic is not to be planned (already done).
    """
    names = platform_names or {}
    n = c.n
    fixed = np.zeros(n, bool) if fixed is None else np.asarray(fixed, bool)
    if by == "platform":
        group = np.asarray(c.s_platform, np.intp)
    elif by == "host":
        group = np.asarray(c.s_host, np.intp)
    else:
        raise PlannerError(f"Line items {by!r}: choose platform or host")
    used = np.unique(group[~fixed])
    if not used.size:
        raise PlannerError("Every session of this campaign is done or has recorded results: there is no paid "
                           "traffic left to plan")
    remap = np.full(int(group.max()) + 1, -1, np.intp)
    remap[used] = np.arange(used.size)
    of = np.where(fixed, -1, remap[group])
    if by == "platform":
        keys = [c.platforms[i] for i in used]
        labels = [names.get(p, p) for p in keys]
        platforms = list(keys)
        aliases = [[p, *(other_names or {}).get(p, [])] for p in keys]
    else:
        hosts = [c.hosts[i] for i in used]
        keys = [f"host:{h.id}" for h in hosts]
        labels = [f"{h.name} ({names.get(h.platform, h.platform)})" for h in hosts]
        platforms = [h.platform for h in hosts]
        aliases = [[h.name] for h in hosts]
    m = len(keys)
    paid = np.asarray(c.s_paid, float)
    base = np.where(fixed, paid, 0.0)
    mask = ~fixed
    today = np.bincount(of[mask], weights=paid[mask], minlength=m)
    count = np.bincount(of[mask], minlength=m).astype(float)
    safe = np.maximum(of, 0)
    weight = np.where(today[safe] > 0, paid / np.where(today[safe] > 0, today[safe], 1.0), 1.0 / count[safe])
    weight = np.where(fixed, 0.0, weight)
    spread = ["today" if t > 0 else "even" for t in today]
    return Items(by, keys, labels, platforms, aliases, of, weight, base, today, spread)


def with_spend(c: Compiled, items: Items, spend: np.ndarray) -> Compiled:
    """The compiled campaign with each item's paid traffic set to ``spend`` (campaign currency), spread over
    its sessions by ``items.weight`` (fixed sessions keep theirs). Only the paid-traffic arrays change, so
    shocks stay paired."""
    spend = np.asarray(spend, float)
    s_paid = items.base + np.where(items.of_session >= 0, spend[np.maximum(items.of_session, 0)], 0.0) * items.weight
    s_paid = np.maximum(s_paid, 0.0)
    if np.any(s_paid > 0) and not np.any(c.s_paid > 0):
        for p in c.platforms:  # the compile checked these only when some session already had paid traffic
            _check_positive(c.book.figure("paid_room_ctr", p), p)
    idx = np.flatnonzero(s_paid > 0)
    plat = np.asarray(c.s_platform)[idx]
    edges = np.searchsorted(plat, np.arange(len(c.platforms) + 1)).tolist()
    return replace(c, s_paid=s_paid, s_paid_cny=s_paid * c.cny_per_unit, s_paid_idx=idx,
                   paid_platform_bounds=list(zip(edges[:-1], edges[1:])))


def item_measures(c: Compiled, items: Items) -> dict[str, np.ndarray]:
    """Each item's net GMV, reach and gross profit ``(m,)`` in a point run of ``c`` (at medians)."""
    b = evaluate(c, None, session_keys=("viewers", "net_gmv", "commission", "platform_fee"))

    def per_item(a: np.ndarray) -> np.ndarray:
        return items.sum(a[0])

    net = per_item(b.sessions["net_gmv"])
    gross = c.campaign.margin * net - per_item(b.sessions["commission"]) - per_item(b.sessions["platform_fee"])
    if items.by == "platform":
        by_key = dict(zip(c.platforms, np.asarray(b.by_platform["reach"][0], float)))
        reach = np.array([by_key[k] for k in items.keys])
    else:
        p0, _, _ = host_heads(c, b.vals, b.sessions["viewers"], exact=True)
        universe = b.vals[0, c.pfig["universe"]][c.h_platform]
        by_id = {f"host:{h.id}": v for h, v in zip(c.hosts, (1.0 - p0[0]) * universe)}
        reach = np.array([by_id[k] for k in items.keys])
    return {"net_gmv": net, "reach": reach, "gross_profit": gross}


def half_saturation(c: Compiled, items: Items) -> np.ndarray:
    """Per item, the spend at which its sessions' paid pools would be half bought at medians
    (``Σ Vmax_s · c0``, campaign currency): the scale of the curve where there is no spend to go by."""
    b = evaluate(c, None, session_keys=("organic_viewers",))
    v = c.fig_value
    sp = np.asarray(c.s_platform)
    c0 = v[c.pfig["cpm_paid"]] / (1000.0 * v[c.pfig["paid_room_ctr"]])
    vmax = v[c.pfig["paid_cap_multiplier"]][sp] * b.sessions["organic_viewers"][0] + v[c.pfig["paid_pool_min"]][sp]
    return items.sum(vmax * c0[sp]) / c.cny_per_unit


def fit_hill(x: np.ndarray, y: np.ndarray, polish: bool = True) -> np.ndarray:
    """Least-squares Hill curves through (0, 0) and the points ``(x[i, j], y[i, j])`` of each row i.

    Returns ``(m, 4)``: top, K, s and the largest misfit as a share of the row's largest |gain|. ``top`` is
    linear given (K, s), so it is solved exactly while (log K, s) is searched on a grid, zoomed three times.
    """
    m = x.shape[0]
    out = np.zeros((m, 4))
    scale = np.max(np.abs(y), axis=1)
    xr = np.where(x > 0, x, np.nan)
    ref = np.nanmedian(xr, axis=1)
    lk_c = np.log(np.where(np.isfinite(ref) & (ref > 0), ref, 1.0))[:, None]  # centre of the log K search
    s_c = np.full((m, 1), 1.0)
    lk_span, s_span = 7.0, (S_RANGE[1] - S_RANGE[0]) / 2
    xs = np.maximum(x, 0.0)[:, None, None, :]
    yy = y[:, None, None, :]
    best = None
    for _ in range(4):
        lk = lk_c + np.linspace(-lk_span, lk_span, 41)[None, :]                     # (m, 41)
        ss = np.clip(s_c + np.linspace(-s_span, s_span, 21)[None, :], *S_RANGE)     # (m, 21)
        kk = np.exp(lk)[:, :, None, None]
        sv = ss[:, None, :, None]
        xp = xs ** sv
        h = xp / (xp + kk ** sv)                                                     # (m, 41, 21, L)
        hh = np.einsum("mabl,mabl->mab", h, h)
        top = np.where(hh > 0, np.einsum("mabl,mabl->mab", h, np.broadcast_to(yy, h.shape)) / np.where(hh > 0, hh, 1),
                       0.0)
        sse = np.sum((top[..., None] * h - yy) ** 2, axis=-1)
        flat = sse.reshape(m, -1).argmin(axis=1)
        ia, ib = np.unravel_index(flat, sse.shape[1:])
        rows = np.arange(m)
        lk_c, s_c = lk[rows, ia][:, None], ss[rows, ib][:, None]
        best = (top[rows, ia, ib], np.exp(lk_c[:, 0]), s_c[:, 0])
        lk_span, s_span = lk_span / 8, s_span / 6
    top, k, s = (np.array(a, float) for a in best)  # type: ignore[misc]
    for i in range(m if polish else 0):  # polish the grid's best by least squares (exact on a Hill curve's points)
        if scale[i] > 0:
            top[i], k[i], s[i] = _polish(x[i], y[i], top[i], k[i], s[i])
    fitted = hill(np.maximum(x, 0.0), top[:, None], k[:, None], s[:, None])
    err = np.max(np.abs(fitted - y), axis=1) / np.where(scale > 0, scale, 1.0)
    out[:, 0], out[:, 1], out[:, 2], out[:, 3] = np.where(scale > 0, top, 0.0), k, s, np.where(scale > 0, err, 0.0)
    return out


def _polish(x: np.ndarray, y: np.ndarray, top: float, k: float, s: float) -> tuple[float, float, float]:
    from scipy.optimize import least_squares

    xp = np.maximum(x, 0.0)

    def resid(p: np.ndarray) -> np.ndarray:
        return hill(xp, p[0], math.exp(p[1]), p[2]) - y

    def jac(p: np.ndarray) -> np.ndarray:
        t, lk, sh = p
        lx = np.log(np.where(xp > 0, xp, 1.0))
        h = np.where(xp > 0, 1.0 / (1.0 + np.exp(sh * (lk - lx))), 0.0)  # x^s / (x^s + K^s)
        d = t * h * (1.0 - h)
        return np.column_stack([h, -sh * d, d * (lx - lk)])

    start = np.array([top, math.log(k), min(max(s, S_RANGE[0]), S_RANGE[1])])
    try:
        res = least_squares(resid, start, jac=jac, bounds=([-np.inf, -np.inf, S_RANGE[0]], [np.inf, np.inf, S_RANGE[1]]),
                            x_scale=np.array([max(abs(top), 1.0), 1.0, 1.0]), xtol=1e-12, ftol=1e-12, gtol=1e-12,
                            max_nfev=200)
    except (ValueError, FloatingPointError):
        return top, k, s
    if np.sum(res.fun ** 2) <= np.sum(resid(start) ** 2):
        return float(res.x[0]), math.exp(float(res.x[1])), float(res.x[2])
    return top, k, s


def item_responses(c: Compiled, items: Items, reference: np.ndarray,
                   report: Callable[[int, int], bool] | None = None, progress: tuple[int, int] = (0, 1),
                   polish: Sequence[str] = MEASURES, reuse: Sequence[ItemResponse | None] | None = None,
                   ) -> list[ItemResponse]:
    """Run the model at every level of every item's reference spend and fit each item's curves.

    ``report(done, total)`` is called after each run (``progress`` = (runs done before, total runs)); when it
    returns False the work stops with :class:`Cancelled`. The curves of ``polish`` are fitted exactly (least
    squares after the grid), the others to the grid's resolution (well under 0.1% of the largest gain).
    ``reuse[j]``, where given, is kept as item j's response (its reference has not changed).
    """
    ref = np.asarray(reference, float)
    levels = np.asarray(LEVELS)
    runs = {name: [] for name in MEASURES}
    done0, total = progress
    for i, lv in enumerate(levels):
        got = item_measures(with_spend(c, items, ref * lv), items)
        for name in MEASURES:
            runs[name].append(got[name])
        if report is not None and not report(done0 + i + 1, total):
            raise Cancelled("Cancelled")
    x = ref[:, None] * levels[None, :]
    fits = {}
    gains = {}
    todo = np.array([reuse is None or reuse[j] is None for j in range(len(items.keys))])
    for name in MEASURES:
        arr = np.array(runs[name]).T          # (m, L)
        gains[name] = arr - arr[:, :1]
        fits[name] = np.zeros((len(items.keys), 4))
        if todo.any():
            fits[name][todo] = fit_hill(x[todo], gains[name][todo], polish=name in polish)
    out = []
    count = items.sum(np.ones(c.n)).astype(int)
    for j, key in enumerate(items.keys):
        if not todo[j]:
            out.append(reuse[j])  # type: ignore[index, arg-type]
            continue
        curves = {n: HillCurve(*(float(v) for v in fits[n][j])) for n in MEASURES}
        out.append(ItemResponse(
            key=key, label=items.labels[j], platform=items.platforms[j], sessions=int(count[j]),
            today=float(items.today[j]), reference=float(ref[j]), spread=items.spread[j],
            levels=tuple(float(v) for v in x[j]),
            points={n: tuple(float(v) for v in gains[n][j]) for n in MEASURES}, **curves))
    return out
