"""Evaluate a compiled campaign for a block of draws (or once at medians): the vectorised core of §1–§3.

Arrays are ``(k, n)`` for k draws and n sessions (``(1, n)`` for the point projection, with no shocks).
Money leaves this module in the campaign's currency.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.engine import CVR_PRIOR_VIEWERS, SPLIT, Compiled
from planner.domain.reach import Groups, combine_heads, host_head_vec
from planner.domain.shocks import ShockSource, combine_keys

PLATFORM_KEYS = ("viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi", "cpm",
                 "cost_per_reach", "gross_roi", "commission", "platform_fee", "slot_fees", "paid_traffic")
SESSION_KEYS = ("viewers", "organic_viewers", "paid_viewers", "views", "buyers", "gmv", "net_gmv", "commission",
                "platform_fee", "cost")
_STREAMS = {"host_v": 1, "host_c": 2, "host_a": 3, "sess_v": 11, "sess_c": 12}


@dataclass
class Shocks:
    """Standard normals for one block of draws, each from its keyed stream."""

    fig: np.ndarray      # (k, F) one per benchmark row
    host_v: np.ndarray   # (k, H) viewer base, per host
    host_c: np.ndarray   # (k, H) conversion, per host
    host_a: np.ndarray   # (k, H) order value, per host
    sess_v: np.ndarray   # (k, n) viewer base, per session
    sess_c: np.ndarray   # (k, n) conversion, per session

    @classmethod
    def draw(cls, keys: dict[str, np.ndarray], src: ShockSource, start: int, k: int) -> "Shocks":
        """Draws ``start .. start+k-1`` of every stream; ``keys`` from :func:`stream_keys`."""
        return cls(**{name: src.normals(kk, start, k) for name, kk in keys.items()})


def stream_keys(c: Compiled) -> dict[str, np.ndarray]:
    """The stable key of every shock stream of a compiled campaign (computed once per run)."""
    keys = {"fig": c.fig_keys}
    for name, stream in _STREAMS.items():
        base = c.h_keys if name.startswith("host") else c.s_keys
        keys[name] = combine_keys(base, np.full(base.shape, stream, np.int64))
    return keys


@dataclass
class Block:
    """Results of one block of draws."""

    totals: dict[str, np.ndarray]          # (k,)
    vals: np.ndarray                       # (k, F) benchmark row values of the block
    by_platform: dict[str, np.ndarray]     # (k, P)
    sessions: dict[str, np.ndarray]        # (k, n), only the keys asked for


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """a / b with 0 where b is 0: a ratio with nothing to divide by is shown as 0, never NaN."""
    b = np.asarray(b, dtype=float)
    return np.divide(a, b, out=np.zeros(np.broadcast(a, b).shape), where=b != 0)


def session_viewers(c: Compiled, vals: np.ndarray, z: Shocks | None, paid_scale: float = 1.0,
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Organic and paid viewers per session, ``(k, n)`` each (§1)."""
    sp, sh, sc = c.s_platform, c.s_host, c.s_combo

    def pv(m: str) -> np.ndarray:
        return vals[:, c.pfig[m]]

    log_uv = np.log(vals[:, c.cfig["session_views"]]) - np.log(pv("views_per_viewer")[:, c.combo_platform])
    wb = c.h_wbench[sh]
    logbase = wb * (log_uv[:, sc] + c.h_logfollow[sh]) + (1.0 - wb) * c.h_logown[sh] + np.log(c.s_slot)
    if z is not None:
        _wp, wh, ws = SPLIT["session_views"]
        sig = _sigma(c, "session_views")[sc]
        logbase = logbase + sig * (wb * np.sqrt(wh) * z.host_v[:, sh] + np.sqrt(ws) * z.sess_v)
    logbase = logbase + np.log(vals[:, c.cfig["festival_viewer_multiplier"]])[:, sc] * c.s_fest
    logbase = logbase + pv("duration_elasticity")[:, sp] * (c.s_logdur - np.log(pv("reference_duration_minutes"))[:, sp])
    organic = np.exp(logbase)
    paid = np.zeros_like(organic)
    idx = np.flatnonzero(c.s_paid_cny > 0)
    if idx.size and paid_scale > 0:
        c0 = (pv("cpm_paid") / (1000.0 * pv("paid_room_ctr")))[:, sp[idx]]
        vmax = pv("paid_cap_multiplier")[:, sp[idx]] * organic[:, idx]
        x = c.s_paid_cny[idx] * paid_scale
        paid[:, idx] = vmax * x / (x + vmax * c0)
    return organic, paid


def _sigma(c: Compiled, metric: str) -> np.ndarray:
    """Full log-sigma of the per-combo figure of a split metric, ``(C,)``."""
    share = SPLIT[metric][0]
    scale = c.fig_scale[c.cfig[metric]]
    return scale / np.sqrt(share) if share > 0 else scale


def figure_values(c: Compiled, z: Shocks | None) -> np.ndarray:
    """Each benchmark row's value per draw, ``(k, F)``; medians when ``z`` is None."""
    if z is None:
        return c.fig_value[None, :]
    vals = c.fig_value * np.exp(c.fig_scale * z.fig)
    return np.where(c.fig_rate, np.minimum(vals, 1.0), vals)


def evaluate(c: Compiled, z: Shocks | None, paid_scale: float = 1.0,
             session_keys: tuple[str, ...] = ()) -> Block:
    """All outputs of the model for one block of draws (medians and no shocks when ``z`` is None)."""
    vals = figure_values(c, z)
    sp, sh, sc = c.s_platform, c.s_host, c.s_combo

    def pv(m: str) -> np.ndarray:
        return vals[:, c.pfig[m]]

    organic, paid = session_viewers(c, vals, z, paid_scale)
    v = organic + paid
    cr = vals[:, c.cfig["conversion_rate"]][:, sc]
    aov = vals[:, c.cfig["avg_order_value"]][:, sc]
    if z is not None:
        _wp, wh, ws = SPLIT["conversion_rate"]
        cr = np.minimum(cr * np.exp(_sigma(c, "conversion_rate")[sc]
                                    * (np.sqrt(wh) * z.host_c[:, sh] + np.sqrt(ws) * z.sess_c)), 1.0)
        aov = aov * np.exp(_sigma(c, "avg_order_value")[sc] * np.sqrt(SPLIT["avg_order_value"][1]) * z.host_a[:, sh])
    hb, hu = c.h_buyers[sh], c.h_uv[sh]
    cvr = (hb + CVR_PRIOR_VIEWERS * cr) / (hu + CVR_PRIOR_VIEWERS)
    cvr = np.minimum(cvr * (1.0 + (pv("festival_conversion_multiplier")[:, sp] - 1.0) * c.s_fest), 1.0)
    buyers = v * cvr
    gmv = buyers * aov / c.cny_per_unit
    net = gmv * (1.0 - pv("return_rate")[:, sp])
    comm = net * c.s_comm
    pfee = net * pv("platform_fee_rate")[:, sp]

    gp = c.groups_platform
    vp, bp, gmvp, netp, commp, pfp = (gp.sum(a) for a in (v, buyers, gmv, net, comm, pfee))
    slotp = gp.sum(c.s_slot_fee)[None, :]
    paidp = gp.sum(c.s_paid * paid_scale)[None, :]

    reach, reach2, reach3, preach = reach_levels(c, vals, c.groups_host.sum(v * c.s_reach), c.h_nreach)

    t: dict[str, np.ndarray] = {}
    t["viewers"] = vp.sum(1)
    t["views"] = (vp * pv("views_per_viewer")).sum(1)
    t["room_impressions"] = (vp / pv("room_entry_rate")).sum(1)
    t["watch_minutes"] = (vp * pv("avg_watch_minutes")).sum(1)
    t["interactions"] = (vp * pv("engagement_rate")).sum(1)
    t["new_followers"] = (vp * pv("follow_rate")).sum(1)
    t["reach"] = reach
    t["reach_1plus"] = reach
    t["reach_2plus"] = reach2
    t["reach_3plus"] = reach3
    t["frequency"] = _div(t["viewers"], reach)
    t["buyers"] = bp.sum(1)
    t["gmv"] = gmvp.sum(1)
    t["net_gmv"] = netp.sum(1)
    t["commission"] = commp.sum(1)
    t["platform_fee"] = pfp.sum(1)
    t["slot_fees"] = np.broadcast_to(slotp.sum(1), t["viewers"].shape).copy()
    t["paid_traffic"] = np.broadcast_to(paidp.sum(1), t["viewers"].shape).copy()
    t["other_costs"] = np.full(t["viewers"].shape, c.campaign.other_costs)
    t["cost"] = t["slot_fees"] + t["commission"] + t["platform_fee"] + t["paid_traffic"] + t["other_costs"]
    _ratios(t, c.campaign.margin)

    bpl: dict[str, np.ndarray] = {
        "viewers": vp, "views": vp * pv("views_per_viewer"), "reach": preach,
        "buyers": bp, "gmv": gmvp, "net_gmv": netp, "commission": commp, "platform_fee": pfp,
        "slot_fees": np.broadcast_to(slotp, vp.shape), "paid_traffic": np.broadcast_to(paidp, vp.shape),
    }
    bpl["frequency"] = _div(vp, bpl["reach"])
    bpl["cost"] = bpl["slot_fees"] + commp + pfp + bpl["paid_traffic"]
    bpl["roi"] = _div(netp, bpl["cost"])
    bpl["gross_roi"] = _div(gmvp, bpl["cost"])
    bpl["cpm"] = _div(bpl["cost"] * 1000.0, bpl["views"])
    bpl["cost_per_reach"] = _div(bpl["cost"], bpl["reach"])

    sess: dict[str, np.ndarray] = {}
    if session_keys:
        full = {"viewers": v, "organic_viewers": organic, "paid_viewers": paid, "buyers": buyers, "gmv": gmv,
                "net_gmv": net, "commission": comm, "platform_fee": pfee}
        if "views" in session_keys:
            full["views"] = v * pv("views_per_viewer")[:, sp]
        if "cost" in session_keys or "roi" in session_keys:
            full["cost"] = c.s_slot_fee + c.s_paid * paid_scale + comm + pfee
        if "roi" in session_keys:
            full["roi"] = _div(net, full["cost"])
        sess = {k: full[k] for k in session_keys}
    return Block(totals=t, vals=vals, by_platform=bpl, sessions=sess)


def reach_levels(c: Compiled, vals: np.ndarray, host_viewers: np.ndarray, host_sessions: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Reach at 1+, 2+, 3+ (``(k,)`` each) and per platform (``(k, P)``): hosts → platforms → nation (§2).

    Levels 2 and 3 use d = 1, whose closed form makes the order of hosts and platforms irrelevant; before
    combining platforms each platform's distribution is rescaled from its universe to the national one.
    """
    universe = vals[:, c.pfig["universe"]]
    r = _div(host_viewers, host_sessions) / universe[:, c.h_platform]
    p0, p1, p2 = host_head_vec(r, vals[:, c.pfig["returning_viewer_share"]][:, c.h_platform], host_sessions)
    _, pp1, pp2, preached = combine_heads(p0, p1, p2, c.groups_hplat)
    nat = vals[:, c.nat_fig]
    frac = np.minimum(universe / nat[:, None], 1.0)
    _, f1, f2, reached = combine_heads(1.0 - preached * frac, pp1 * frac, pp2 * frac, _one_group(len(c.platforms)))
    reached, f1, f2 = reached[:, 0], f1[:, 0], f2[:, 0]
    return (reached * nat, np.maximum(reached - f1, 0.0) * nat, np.maximum(reached - f1 - f2, 0.0) * nat,
            preached * universe)


def choose_reach_sessions(c: Compiled) -> None:
    """Per host, the prefix of its sessions (largest first, at medians) whose beta-binomial reach is largest.

    Sets ``c.s_reach`` (1 for counted sessions) and ``c.h_nreach``; see the engine's module notes.
    """
    vals = figure_values(c, None)
    organic, paid = session_viewers(c, vals, None)
    v = (organic + paid)[0]
    order = np.lexsort((-v, c.s_host))                     # by host, then largest first
    vs, hs = v[order], c.s_host[order]
    starts = np.flatnonzero(np.r_[True, hs[1:] != hs[:-1]])
    csum = np.cumsum(vs)
    base = np.repeat(csum[starts] - vs[starts], np.diff(np.r_[starts, vs.size]))
    k = np.arange(vs.size) - np.repeat(starts, np.diff(np.r_[starts, vs.size])) + 1.0
    universe = vals[0, c.pfig["universe"]][c.h_platform][hs]
    q = vals[0, c.pfig["returning_viewer_share"]][c.h_platform][hs]
    p0, _, _ = host_head_vec(((csum - base) / k / universe)[None, :], q[None, :], k[None, :])
    reach = (1.0 - p0[0]) * universe
    best = np.zeros(len(c.hosts), np.intp)
    best_reach = np.full(len(c.hosts), -1.0)
    for pos in range(vs.size):  # one pass; ties keep the shorter prefix
        h = hs[pos]
        if reach[pos] > best_reach[h] * (1 + 1e-12):
            best_reach[h], best[h] = reach[pos], int(k[pos])
    rank = np.empty(vs.size)
    rank[order] = k
    c.s_reach = (rank <= best[c.s_host]).astype(float)
    c.h_nreach = best.astype(float)


def _one_group(m: int) -> Groups:
    return Groups(np.zeros(m, np.intp), 1)


def _ratios(t: dict[str, np.ndarray], margin: float) -> None:
    """Campaign ratios of §3, computed inside each draw (never quantile over quantile)."""
    t["roi"] = _div(t["net_gmv"], t["cost"])
    t["gross_roi"] = _div(t["gmv"], t["cost"])
    t["cpm"] = _div(t["cost"] * 1000.0, t["views"])
    t["cost_per_reach"] = _div(t["cost"], t["reach"])
    t["cost_per_viewer"] = _div(t["cost"], t["viewers"])
    t["gpm"] = _div(t["gmv"] * 1000.0, t["views"])
    t["uv_value"] = _div(t["gmv"], t["viewers"])
    t["profit"] = margin * t["net_gmv"] - t["cost"]
    t["break_even_roas"] = np.full(t["cost"].shape, 1.0 / margin if margin > 0 else np.inf)
