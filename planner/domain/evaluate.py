"""Evaluate a compiled campaign for a block of draws (or once at medians): the vectorised core of §1–§3.

Arrays are ``(k, n)`` for k draws and n sessions (``(1, n)`` for the point projection, with no shocks).
Money leaves this module in the campaign's currency.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.domain.engine import CVR_PRIOR_VIEWERS, SPLIT, Compiled
from planner.domain.reach import (
    Q_ONE, Groups, combine_heads, exposure_weight_sums, exposure_weight_sums_exact, host_head_vec,
)
from planner.domain.shocks import ShockSource, combine_keys

PLATFORM_KEYS = ("viewers", "show_viewers", "views", "reach", "frequency", "buyers", "gmv", "net_gmv", "cost", "roi", "cpm",
                 "cost_per_reach", "gross_roi", "commission", "platform_fee", "slot_fees", "paid_traffic")
SESSION_KEYS = ("viewers", "show_viewers", "organic_viewers", "paid_viewers", "views", "buyers", "gmv", "net_gmv", "commission",
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
    # §6: the calibrated base is the shrunk median, and its spread narrows to σ·sqrt(n0/(n + n0)) = σ·sqrt(wb).
    lv = log_uv[:, hc]
    lv_med = (np.log(c.fig_value[c.cfig["session_views"]])
              - np.log(c.fig_value[c.pfig["views_per_viewer"]])[c.combo_platform])[hc]
    host = wb * (lv_med + c.h_logfollow) + (1.0 - wb) * c.h_logown + np.sqrt(wb) * (lv - lv_med)
    host = host - (de * np.log(pv("reference_duration_minutes")))[:, hp]
    if z is not None:
        wh = SPLIT["session_views"][1]
        host = host + _sigma(c, "session_views")[hc] * (np.sqrt(wb) * np.sqrt(wh)) * z.host_v
    fvm = vals[:, c.cfig["festival_viewer_multiplier"]][:, hc]
    lfvm = np.log(fvm)
    share = vals[:, c.share_fig][:, None] if c.share_fig >= 0 else np.zeros((k, 1))
    lminor = np.log1p(share * (fvm - 1.0))  # a minor festival lifts by a share of the major uplift (§1.2)
    logv = _by_session(c, np.concatenate([host, host + lminor, host + lfvm], axis=1), ws("organic", k, n))
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
    pool = pv("paid_pool_min")
    vmax = organic[:, idx]
    den = np.empty_like(vmax)
    for p, (a, b) in enumerate(c.paid_platform_bounds):  # Vmax = cap · V_org + pool: small rooms can buy too
        vmax[:, a:b] *= cap[:, p:p + 1]
        vmax[:, a:b] += pool[:, p:p + 1]
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
    e_v = brand_viewers(c, vals, v)  # E = V · e (§1.3): v itself when every session is dedicated

    # Conversion per session: benchmark (× host and session shocks), capped at 1; shrunk toward a host's
    # own orders; × the festival conversion multiplier inside a festival window, capped at 1.
    cr_h = vals[:, c.cfig["conversion_rate"]][:, hc]
    if np.any(c.h_cvr_log != 0):  # §6 brand level: the brand's own results in this platform × tier cell
        cr_h = cr_h * np.exp(c.h_cvr_log)
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
        share = vals[:, c.share_fig][:, None] if c.share_fig >= 0 else np.zeros_like(fc)
        factor = np.concatenate([np.ones_like(fc), 1.0 + share * (fc - 1.0), fc], axis=1)  # none | minor | major
        tmp = np.take(factor, c.s_pfest, axis=1, out=ws("tmp", k, n), mode="clip")
        cvr *= tmp
        np.minimum(cvr, 1.0, out=cvr)
    elif si.size:
        cvr[:, si] = np.minimum(cvr[:, si], 1.0)
    buyers = np.multiply(e_v, cvr, out=cvr)

    # Per host, then per platform.
    gh = c.groups_host
    hshow = gh.sum(v)
    hv = hshow if e_v is v else gh.sum(e_v)
    hbuy = gh.sum(buyers)
    hbuy_comm = hbuy * c.h_comm if c.h_comm_exact else gh.sum(buyers * c.s_comm)
    aov = vals[:, c.cfig["avg_order_value"]][:, hc]
    if z is not None:
        aov = aov * np.exp(_sigma(c, "avg_order_value")[hc] * np.sqrt(SPLIT["avg_order_value"][1]) * z.host_a)
    if np.any(c.h_waov < 1.0):  # §6: a host's own order values, shrunk toward the prior with n0 = 3,
        wa = c.h_waov          # and the spread narrowed to σ·sqrt(n0/(n + n0))
        lm = np.log(c.fig_value[c.cfig["avg_order_value"]])[hc]
        aov = np.exp(wa * lm + (1.0 - wa) * c.h_logaov + np.sqrt(wa) * (np.log(aov) - lm))
    ret = pv("return_rate")[:, hp]
    if np.any(c.h_wret < 1.0):
        wr = c.h_wret
        rm = c.fig_value[c.pfig["return_rate"]][hp]
        ret = np.clip(wr * rm + (1.0 - wr) * c.h_ret + np.sqrt(wr) * (ret - rm), 0.0, 1.0)
    keep = 1.0 - ret
    money = aov / c.cny_per_unit
    hgmv = hbuy * money
    if c.s_slot_idx.size:  # how much of the GMV rests on slots in multi-brand shows
        slot_buy = gh.sum(buyers[:, c.s_slot_idx] if c.s_slot_idx.size == n else _masked(buyers, c))
        slot_gmv = (slot_buy * money).sum(1)
    else:
        slot_gmv = np.zeros(k)
    hnet = hgmv * keep
    hcomm = hbuy_comm * money * keep
    hpfee = hnet * pv("platform_fee_rate")[:, hp]

    gp = c.groups_hplat
    vp, bp, gmvp, netp, commp, pfp, showp = (gp.sum(a) for a in (hv, hbuy, hgmv, hnet, hcomm, hpfee, hshow))
    slotp = c.groups_platform.sum(c.s_slot_fee)[None, :]
    paidp = c.groups_platform.sum(c.s_paid * paid_scale)[None, :]

    reach, reach2, reach3, preach = reach_levels(c, vals, e_v, exact=z is None)

    t: dict[str, np.ndarray] = {}
    t["viewers"] = vp.sum(1)          # brand viewers E: who can see and buy the brand
    t["show_viewers"] = showp.sum(1)  # show viewers V (场观), context
    t["views"] = (showp * pv("views_per_viewer")).sum(1)  # views count the whole show
    t["room_impressions"] = (showp / pv("room_entry_rate")).sum(1)
    t["watch_minutes"] = (showp * pv("avg_watch_minutes")).sum(1)
    t["interactions"] = (showp * pv("engagement_rate")).sum(1)
    t["new_followers"] = (showp * pv("follow_rate")).sum(1)
    t["reach"] = reach
    t["reach_1plus"] = reach
    t["reach_2plus"] = reach2
    t["reach_3plus"] = reach3
    t["frequency"] = _div(t["viewers"], reach)
    t["buyers"] = bp.sum(1)
    t["gmv"] = gmvp.sum(1)
    t["slot_gmv"] = slot_gmv
    t["slot_gmv_share"] = _div(slot_gmv, t["gmv"])
    t["net_gmv"] = netp.sum(1)
    t["commission"] = commp.sum(1)
    t["platform_fee"] = pfp.sum(1)
    t["slot_fees"] = np.broadcast_to(slotp.sum(1), t["viewers"].shape).copy()
    t["paid_traffic"] = np.broadcast_to(paidp.sum(1), t["viewers"].shape).copy()
    t["other_costs"] = np.full(t["viewers"].shape, c.campaign.other_costs)
    t["cost"] = t["slot_fees"] + t["commission"] + t["platform_fee"] + t["paid_traffic"] + t["other_costs"]
    _ratios(t, c.campaign.margin)

    bpl: dict[str, np.ndarray] = {
        "viewers": vp, "show_viewers": showp, "views": showp * pv("views_per_viewer"), "reach": preach,
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
        net = gmv * keep[:, sh]
        comm = net * c.s_comm
        pfee = net * pv("platform_fee_rate")[:, sp]
        full = {"viewers": e_v if e_v is not v else v.copy(), "show_viewers": v, "organic_viewers": organic, "paid_viewers": paid, "buyers": buyers, "gmv": gmv,
                "net_gmv": net, "commission": comm, "platform_fee": pfee}
        if "views" in session_keys:
            full["views"] = v * pv("views_per_viewer")[:, sp]
        if "cost" in session_keys or "roi" in session_keys:
            full["cost"] = c.s_slot_fee + c.s_paid * paid_scale + comm + pfee
        if "roi" in session_keys:
            full["roi"] = _div(net, full["cost"])
        sess = {k: full[k] for k in session_keys}
    return Block(totals=t, vals=vals, by_platform=bpl, sessions=sess)


def brand_viewers(c: Compiled, vals: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``E_s = V_s · e_s`` (§1.3): a slot session's viewers whose stay overlaps the brand's minutes on air.

    ``e_s = min(1, (avg_watch_minutes + brand minutes) / duration)``; dedicated sessions keep ``e = 1``.
    Returns ``v`` itself when no session is a slot.
    """
    idx = c.s_slot_idx
    if not idx.size:
        return v
    watch = vals[:, c.pfig["avg_watch_minutes"]][:, c.s_platform[idx]]
    bm = c.s_slot_bm
    if np.isnan(bm).any():
        lib = vals[:, np.maximum(c.s_slot_bmfig, 0)]
        bm = np.where(np.isnan(bm), lib, bm)
    e = np.minimum((watch + bm) / c.s_slot_dur, 1.0)
    out = v.copy()
    out[:, idx] *= e
    return out


def host_heads(c: Compiled, vals: np.ndarray, e_v: np.ndarray, exact: bool = False,
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(p0, p1, p2)`` of each host's sessions-seen distribution over its platform universe, ``(k, H)`` (§2.1).

    Effective-exposure beta-binomial: ``r* = max r_s`` sets α and β, each session counts with its exposure
    weight ``w_s`` (:func:`planner.domain.reach.exposure_weight_sums`), and the host's reach is
    ``1 − B(α, β + W)/B(α, β)``, exact for reach at 1+. ``p1, p2`` are the beta-binomial's at ``n = W``: exact
    for equal sessions, an approximation (used for reach at 2+ / 3+) when sessions differ.
    """
    universe = vals[:, c.pfig["universe"]]
    r = np.empty_like(e_v)
    for p, (a, b) in enumerate(c.s_platform_bounds):
        np.divide(e_v[:, a:b], universe[:, p:p + 1], out=r[:, a:b])
    np.clip(r, 0.0, 1.0 - 1e-12, out=r)
    gh = c.groups_host
    top = np.clip(gh.max(r), 1e-300, 1.0 - 1e-12)
    q = np.minimum(vals[:, c.pfig["returning_viewer_share"]][:, c.h_platform], 1.0)
    if np.all(c.h_nsess <= 1):  # one session per host (a backtest's show, a small plan): W = w(1) = 1 exactly
        return host_head_vec(top, q, np.ones_like(top))
    t = np.log1p(-r)
    t_top = np.log1p(-top)
    indep = q <= top
    full = q >= Q_ONE
    mid = ~(indep | full)
    count = np.broadcast_to(c.h_nsess, top.shape)
    # independent sessions: (1 − r*)^W = Π(1 − r_s); the group sum is only needed when some host is
    w_sum = gh.sum(t) / t_top if indep.any() else np.ones_like(top)
    if mid.any():
        qm = np.where(mid, q, 0.5)
        rm = np.where(mid, top, 0.25)
        theta = (1.0 - qm) / (qm - rm)
        solve = exposure_weight_sums_exact if exact else exposure_weight_sums  # the trace is solved exactly
        w_mid = solve(t, np.log1p(-rm), rm * theta, (1.0 - rm) * theta, gh)
        w_sum = np.where(mid, w_mid, w_sum)
    w_sum = np.where(full, count, np.maximum(w_sum, 1.0))
    return host_head_vec(top, q, w_sum)


def reach_levels(c: Compiled, vals: np.ndarray, e_v: np.ndarray, exact: bool = False,
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Reach at 1+, 2+, 3+ (``(k,)`` each) and per platform (``(k, P)``): hosts → platforms → nation (§2).

    Levels 2 and 3 use d = 1, whose closed form makes the order of hosts and platforms irrelevant; before
    combining platforms each platform's distribution is rescaled from its universe to the national one,
    ``U_nat = max(national universe, every platform's universe)``.
    """
    universe = vals[:, c.pfig["universe"]]
    p0, p1, p2 = host_heads(c, vals, e_v, exact)
    _, pp1, pp2, preached = combine_heads(p0, p1, p2, c.groups_hplat)
    nat = np.maximum(vals[:, c.nat_fig], universe.max(axis=1))
    frac = np.minimum(universe / nat[:, None], 1.0)
    _, f1, f2, reached = combine_heads(1.0 - preached * frac, pp1 * frac, pp2 * frac, _one_group(len(c.platforms)))
    reached, f1, f2 = reached[:, 0], f1[:, 0], f2[:, 0]
    return (reached * nat, np.maximum(reached - f1, 0.0) * nat, np.maximum(reached - f1 - f2, 0.0) * nat,
            preached * universe)


def _masked(x: np.ndarray, c: Compiled) -> np.ndarray:
    """``x`` with the dedicated sessions' columns set to 0 (a copy)."""
    out = np.zeros_like(x)
    out[:, c.s_slot_idx] = x[:, c.s_slot_idx]
    return out


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
