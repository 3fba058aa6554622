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


class Workspace:
    """Reusable ``(k, n)`` buffers for blocks of draws.

    A block's temporaries are a few MB each; allocating them afresh for every block costs more (page
    faults as the allocator hands memory back and forth) than the arithmetic on them. A buffer is handed
    out for one purpose per block; the last, shorter block gets a leading slice of each buffer.
    """

    def __init__(self) -> None:
        self._bufs: dict[str, np.ndarray] = {}

    def __call__(self, name: str, k: int, n: int, dtype: type = np.float64) -> np.ndarray:
        buf = self._bufs.get(name)
        if buf is None or buf.shape[0] < k or buf.shape[1] != n or buf.dtype != dtype:
            buf = self._bufs[name] = np.empty((k, n), dtype)
        return buf[:k]


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
    def draw(cls, keys: dict[str, np.ndarray], src: ShockSource, start: int, k: int,
             streams: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
             ws: Workspace | None = None) -> "Shocks":
        """Draws ``start .. start+k-1`` of every stream; ``keys`` from :func:`stream_keys`.

        ``streams`` (``src.streams`` of each key array, computed once per run) and a workspace for the
        per-session streams save rehashing keys and reallocating buffers block after block.
        """
        out = {}
        for name, kk in keys.items():
            ab = streams[name] if streams is not None else src.streams(kk)
            if ws is not None and name.startswith("sess"):
                out[name] = src.stream_normals(ab, start, k, out=ws(name, k, kk.size, src.pool.dtype.type),
                                               work=ws("_idx", k, kk.size, np.int64))
            else:
                out[name] = src.stream_normals(ab, start, k)
        return cls(**out)


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


def _sigma(c: Compiled, metric: str) -> np.ndarray:
    """Full log-sigma of the per-combo figure of a split metric, ``(C,)``."""
    share = SPLIT[metric][0]
    scale = c.fig_scale[c.cfig[metric]]
    return scale / np.sqrt(share) if share > 0 else scale


def _by_session(c: Compiled, per_host: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Spread a ``(k, H + H)`` table of (host, outside | inside a festival window) values to sessions."""
    return np.take(per_host, c.s_hfest, axis=1, out=out, mode="clip")


def _viewers(c: Compiled, vals: np.ndarray, z: Shocks | None, paid_scale: float, ws: Workspace,
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Organic viewers ``(k, n)`` (a workspace buffer) and paid viewers of the paid sessions ``(k, m)``.

    The log of a session's organic viewers is a per-draw host term (base, follower factor, host shock,
    reference duration, festival multiplier: one ``(k, 2H)`` table gathered once) plus the session's own
    slot, duration and shock terms; the slot and duration logs are precompiled.
    """
    k, n = vals.shape[0], c.n
    hc, hp, wb = c.h_combo, c.h_platform, c.h_wbench

    def pv(m: str) -> np.ndarray:
        return vals[:, c.pfig[m]]

    log_uv = np.log(vals[:, c.cfig["session_views"]]) - np.log(pv("views_per_viewer")[:, c.combo_platform])
    de = pv("duration_elasticity")
    host = wb * (log_uv[:, hc] + c.h_logfollow) + (1.0 - wb) * c.h_logown
    host = host - (de * np.log(pv("reference_duration_minutes")))[:, hp]
    if z is not None:
        wh = SPLIT["session_views"][1]
        host = host + _sigma(c, "session_views")[hc] * (wb * np.sqrt(wh)) * z.host_v
    lfvm = np.log(vals[:, c.cfig["festival_viewer_multiplier"]])[:, hc]
    logv = _by_session(c, np.concatenate([host, host + lfvm], axis=1), ws("organic", k, n))
    logv += c.s_logslot
    tmp = ws("tmp", k, n)
    for p, (a, b) in enumerate(c.s_platform_bounds):  # sessions are grouped by platform: no gather
        np.multiply(de[:, p:p + 1], c.s_logdur[a:b], out=tmp[:, a:b])
    logv += tmp
    if z is not None:
        np.multiply(z.sess_v, c.s_sig_v, out=tmp)
        logv += tmp
    organic = np.exp(logv, out=logv)
    idx = c.s_paid_idx
    if not idx.size or paid_scale <= 0:
        return organic, idx[:0], np.zeros((k, 0))
    c0 = pv("cpm_paid") / (1000.0 * pv("paid_room_ctr"))
    cap = pv("paid_cap_multiplier")
    vmax = organic[:, idx]
    den = np.empty_like(vmax)
    for p, (a, b) in enumerate(c.paid_platform_bounds):
        vmax[:, a:b] *= cap[:, p:p + 1]
        np.multiply(vmax[:, a:b], c0[:, p:p + 1], out=den[:, a:b])
    x = c.s_paid_cny[idx] * paid_scale
    den += x
    vmax *= x
    vmax /= den  # Vmax · x / (x + Vmax · c0)
    return organic, idx, vmax


def session_viewers(c: Compiled, vals: np.ndarray, z: Shocks | None, paid_scale: float = 1.0,
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Organic and paid viewers per session, ``(k, n)`` each (§1)."""
    organic, idx, paid_sub = _viewers(c, vals, z, paid_scale, Workspace())
    paid = np.zeros_like(organic)
    paid[:, idx] = paid_sub
    return organic, paid


def figure_values(c: Compiled, z: Shocks | None) -> np.ndarray:
    """Each benchmark row's value per draw, ``(k, F)``; medians when ``z`` is None."""
    if z is None:
        return c.fig_value[None, :]
    vals = c.fig_value * np.exp(c.fig_scale * z.fig)
    return np.where(c.fig_rate, np.minimum(vals, 1.0), vals)


def evaluate(c: Compiled, z: Shocks | None, paid_scale: float = 1.0,
             session_keys: tuple[str, ...] = (), ws: Workspace | None = None) -> Block:
    """All outputs of the model for one block of draws (medians and no shocks when ``z`` is None).

    Per session and draw only viewers and buyers are computed; order value, returns, commission and the
    platform fee are per host or platform, so money is summed per host first and multiplied there
    (per-session money is built only for ``session_keys``). ``ws`` lends reusable buffers across blocks.
    """
    ws = ws if ws is not None else Workspace()
    vals = figure_values(c, z)
    k, n = vals.shape[0], c.n
    sp, sh, hc, hp = c.s_platform, c.s_host, c.h_combo, c.h_platform

    def pv(m: str) -> np.ndarray:
        return vals[:, c.pfig[m]]

    organic, pidx, paid_sub = _viewers(c, vals, z, paid_scale, ws)
    if session_keys:
        v = organic.copy()
        organic = organic.copy()  # the workspace buffer is reused by the next block
    else:
        v = organic
    if pidx.size:
        v[:, pidx] += paid_sub

    # Conversion per session: benchmark (× host and session shocks), capped at 1; shrunk toward a host's
    # own orders; × the festival conversion multiplier inside a festival window, capped at 1.
    cr_h = vals[:, c.cfig["conversion_rate"]][:, hc]
    if z is None:
        cvr = np.take(cr_h, sh, axis=1, out=ws("cvr", k, n), mode="clip")
    else:
        _wp, wh, _ws = SPLIT["conversion_rate"]
        lcr = np.log(cr_h) + _sigma(c, "conversion_rate")[hc] * np.sqrt(wh) * z.host_c
        cvr = np.take(lcr, sh, axis=1, out=ws("cvr", k, n), mode="clip")
        tmp = np.multiply(z.sess_c, c.s_sig_c, out=ws("tmp", k, n))
        cvr += tmp
        np.exp(cvr, out=cvr)
        np.minimum(cvr, 1.0, out=cvr)
    si = c.s_shrink_idx   # sessions of hosts with recorded orders (the others keep the benchmark rate)
    if si.size:
        hb, hu = c.h_buyers[sh[si]], c.h_uv[sh[si]]
        cvr[:, si] = (hb + CVR_PRIOR_VIEWERS * cvr[:, si]) / (hu + CVR_PRIOR_VIEWERS)
    if c.s_fest_any:
        fc = pv("festival_conversion_multiplier")
        factor = np.concatenate([np.ones_like(fc), 1.0 + (fc - 1.0)], axis=1)  # (k, 2P): outside | inside
        tmp = np.take(factor, c.s_pfest, axis=1, out=ws("tmp", k, n), mode="clip")
        cvr *= tmp
        np.minimum(cvr, 1.0, out=cvr)
    elif si.size:
        cvr[:, si] = np.minimum(cvr[:, si], 1.0)
    buyers = np.multiply(v, cvr, out=cvr)

    # Per host, then per platform.
    gh = c.groups_host
    hv = gh.sum(v)
    hv_reach = hv if c.s_reach_all else gh.sum(v * c.s_reach)
    hbuy = gh.sum(buyers)
    hbuy_comm = hbuy * c.h_comm if c.h_comm_exact else gh.sum(buyers * c.s_comm)
    aov = vals[:, c.cfig["avg_order_value"]][:, hc]
    if z is not None:
        aov = aov * np.exp(_sigma(c, "avg_order_value")[hc] * np.sqrt(SPLIT["avg_order_value"][1]) * z.host_a)
    keep = 1.0 - pv("return_rate")[:, hp]
    money = aov / c.cny_per_unit
    hgmv = hbuy * money
    hnet = hgmv * keep
    hcomm = hbuy_comm * money * keep
    hpfee = hnet * pv("platform_fee_rate")[:, hp]

    gp = c.groups_hplat
    vp, bp, gmvp, netp, commp, pfp = (gp.sum(a) for a in (hv, hbuy, hgmv, hnet, hcomm, hpfee))
    slotp = c.groups_platform.sum(c.s_slot_fee)[None, :]
    paidp = c.groups_platform.sum(c.s_paid * paid_scale)[None, :]

    reach, reach2, reach3, preach = reach_levels(c, vals, hv_reach, c.h_nreach)

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
        paid = np.zeros_like(organic)
        paid[:, pidx] = paid_sub
        buyers = buyers.copy()
        gmv = buyers * aov[:, sh] / c.cny_per_unit
        net = gmv * (1.0 - pv("return_rate")[:, sp])
        comm = net * c.s_comm
        pfee = net * pv("platform_fee_rate")[:, sp]
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
    best_k = [0] * len(c.hosts)
    best_reach = [-1.0] * len(c.hosts)
    for h, r, kk in zip(hs.tolist(), reach.tolist(), k.tolist()):  # one pass; ties keep the shorter prefix
        if r > best_reach[h] * (1 + 1e-12):
            best_reach[h], best_k[h] = r, int(kk)
    best = np.array(best_k, np.intp)
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
