"""Compile a campaign into arrays once, then evaluate the reach model for any number of draws.

Model choices where ``reach-model.md`` is silent (all editable through the benchmark library):

* Lookups. ``session_views``, ``festival_viewer_multiplier``, ``conversion_rate`` and ``avg_order_value``
  are looked up per platform *and* host tier; every other figure per platform (tier ``''``), so a user row
  for one platform overrides the all-platform default. ``return_rate`` uses the row whose tier is the
  campaign's category (e.g. ``apparel``) if there is one.
* Hosts without a follower count use their tier's reference audience (follower factor 1).
* Calibration (§6) uses every recorded actual of the host's sessions in the snapshot (any campaign);
  ``M_i`` is the actual session's slot × festival × duration multiplier at medians, and a session with paid
  traffic calibrates with its organic part. Conversion is calibrated on brand viewers ``E_i = V_i · e_i``.
* Cost of one session = its slot fee + commission + platform fee + paid traffic; the campaign's other fixed
  costs only enter the campaign total (and no platform's total).
* A host's reach is §2.1's effective-exposure beta-binomial on brand viewers (v2; it replaced v1's
  largest-sessions prefix): solved exactly for the trace, by a per-(draw, host) polynomial fit in the draws.
  Reach at 2+ / 3+ uses the beta-binomial at n = W (exact for equal sessions).
* Reach uses duplication index d = 1 at levels 2 and 3 (the library has no other), whose closed form is
  order-free: ``R = U · (1 − Π(1 − R_k/U))``. A host's mean reach fraction is capped below 1.

Uncertainty (§4): every benchmark row used is one lognormal draw per Monte Carlo draw (rates capped at 1;
rows without a spread are fixed). The viewer base, the conversion rate and the order value also get host
and session shocks: their log-variance ``σ²`` is split into a benchmark-row (platform) share, a host share
and a session share (``SPLIT`` below), so one session's marginal still has the benchmark's P10/P90 while a
host's sessions, and a platform's hosts, move together. The weights say that most of the spread of a
tier benchmark is between hosts (0.5), a fair part is how the platform's season runs (0.3), and the rest
is night-to-night (0.2); order value has no session part (a host sells the same basket every night).
A host with its own ``typical_viewers`` keeps only the session share; a host shrunk toward ``n`` actuals
keeps the benchmark and host shares scaled by ``sqrt(n0/(n + n0))`` (§6: σ_post = σ_prior·sqrt(n0/(n+n0))).

Speed: everything about a session that does not change between draws (slot and duration logs, festival
flags, shock scales, paid-traffic and shrinkage subsets, platform ranges) is compiled here once, with
numpy over columns read once from the sessions, so that a block of draws in
:mod:`planner.domain.evaluate` only does the per-draw arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from operator import attrgetter

import numpy as np

from planner.domain.benchmarks import F_REF, FOLLOWER_ELASTICITY, RATE_METRICS, BenchmarkBook, figure_sigma
from planner.domain.errors import PlannerError
from planner.domain.models import BenchmarkFigure, Campaign, Host, Plan, Session
from planner.domain.reach import Groups
from planner.domain.shocks import combine_keys, text_key
from planner.domain.timezones import CHINA_TZ, china_time

N0_VIEWERS = 3.0
CVR_PRIOR_VIEWERS = 5000.0
#: (benchmark row / platform, host, session) shares of log-variance, per split metric.
SPLIT: dict[str, tuple[float, float, float]] = {
    "session_views": (0.3, 0.5, 0.2),
    "conversion_rate": (0.3, 0.5, 0.2),
    "avg_order_value": (0.5, 0.5, 0.0),
}
TIERED = ("session_views", "festival_viewer_multiplier", "conversion_rate", "avg_order_value")
PLATFORM_METRICS = (
    "views_per_viewer", "room_entry_rate", "avg_watch_minutes", "engagement_rate", "follow_rate", "return_rate",
    "platform_fee_rate", "cpm_paid", "paid_room_ctr", "paid_cap_multiplier", "universe", "returning_viewer_share",
    "reference_duration_minutes", "duration_elasticity", "festival_conversion_multiplier", "paid_pool_min",
)
#: How much a festival tier lifts (reach-model §1.2): holidays none, minor a share, major all.
FESTIVAL_LEVEL = {"holiday": 0, "minor": 1, "major": 2}
N0_PRODUCT = 3.0  # prior weight (sessions) of order value and return rate calibration (§6)
POSITIVE = ("session_views", "views_per_viewer", "room_entry_rate", "paid_room_ctr", "universe",
            "reference_duration_minutes", "conversion_rate", "avg_order_value")


@dataclass
class Compiled:
    """A campaign as arrays. Sessions are sorted by platform, host and start (groups are contiguous)."""

    campaign: Campaign
    currency: str
    cny_per_unit: float
    book: BenchmarkBook
    sessions: list[Session]
    hosts: list[Host]
    tiers: list[str]                   # per host
    platforms: list[str]
    figures: list[BenchmarkFigure]
    fig_value: np.ndarray
    fig_scale: np.ndarray              # σ × share of the row component
    fig_rate: np.ndarray
    fig_keys: np.ndarray
    combos: list[tuple[str, str]]      # (platform, tier)
    combo_platform: np.ndarray
    cfig: dict[str, np.ndarray]        # metric -> (C,) figure index
    pfig: dict[str, np.ndarray]        # metric -> (P,) figure index
    nat_fig: int
    s_platform: np.ndarray
    s_host: np.ndarray
    s_combo: np.ndarray
    s_day: np.ndarray                  # China date ordinal
    s_epoch: np.ndarray                # start, seconds since 1970 UTC
    s_fest: np.ndarray                 # bool: inside a festival window that lifts this session's platform
    s_flevel: np.ndarray               # 0 none, 1 minor festival, 2 major festival (the largest that applies)
    s_festival: list[str]
    s_slot: np.ndarray
    s_logdur: np.ndarray
    s_paid_cny: np.ndarray
    s_paid: np.ndarray                 # campaign currency
    s_slot_fee: np.ndarray             # campaign currency
    s_comm: np.ndarray
    s_keys: np.ndarray
    h_platform: np.ndarray
    h_nsess: np.ndarray
    h_keys: np.ndarray
    h_wbench: np.ndarray               # weight on the benchmark base (1, n0/(n+n0), or 0)
    h_logown: np.ndarray               # log of the host's own base (typical viewers or actuals mean)
    h_logfollow: np.ndarray            # log follower factor
    h_buyers: np.ndarray
    h_uv: np.ndarray
    groups_host: Groups = field(repr=False)
    groups_platform: Groups = field(repr=False)
    groups_hplat: Groups = field(repr=False)
    # Per-session constants precomputed for the draws (see evaluate).
    h_combo: np.ndarray = field(repr=False)        # (H,) platform × tier combo of each host
    h_comm: np.ndarray = field(repr=False)         # (H,) commission rate of each host's sessions
    h_comm_exact: bool = field(repr=False)         # True when every session has its host's h_comm
    s_logslot: np.ndarray = field(repr=False)      # log slot multiplier
    s_hfest: np.ndarray = field(repr=False)        # host index + H × inside-festival
    s_pfest: np.ndarray = field(repr=False)        # platform index + P × inside-festival
    s_fest_any: bool = field(repr=False)
    s_sig_v: np.ndarray = field(repr=False)        # session-share log-sigma of the viewer base
    s_sig_c: np.ndarray = field(repr=False)        # session-share log-sigma of the conversion rate
    s_paid_idx: np.ndarray = field(repr=False)     # sessions with paid traffic
    s_shrink_idx: np.ndarray = field(repr=False)   # sessions of hosts with recorded orders
    s_platform_bounds: list[tuple[int, int]] = field(repr=False)     # each platform's sessions [a, b)
    paid_platform_bounds: list[tuple[int, int]] = field(repr=False)  # the same within s_paid_idx
    # v2: brand exposure (§1.3), festival tiers (§1.2), calibration of order value and return rate (§6).
    s_slot_idx: np.ndarray = field(repr=False)     # slot sessions (the others are dedicated: e = 1)
    s_slot_dur: np.ndarray = field(repr=False)     # their durations, minutes
    s_slot_bm: np.ndarray = field(repr=False)      # their brand minutes on air, NaN = the tier's library figure
    s_slot_bmfig: np.ndarray = field(repr=False)   # figure index of brand_slot_minutes for their tier (-1: none)
    share_fig: int = field(repr=False)             # minor_festival_share figure (-1 when no minor festival)
    h_waov: np.ndarray = field(repr=False)         # weight on the order value prior (1 without actuals)
    h_logaov: np.ndarray = field(repr=False)       # mean log actual order value (CNY)
    h_wret: np.ndarray = field(repr=False)         # weight on the return rate prior
    h_ret: np.ndarray = field(repr=False)          # mean actual refund share of GMV
    h_notes: list = field(repr=False)              # per host: the actuals that moved a figure (for Why?)
    h_cvr_log: np.ndarray = field(repr=False)      # log shift of the conversion prior from the brand's cell (§6)

    @property
    def n(self) -> int:
        return len(self.sessions)



def _check_positive(fig: BenchmarkFigure, platform: str) -> None:
    if fig.metric in POSITIVE and not fig.value > 0:
        tier = f", tier {fig.tier!r}" if fig.tier else ""
        raise PlannerError(f"The {fig.metric!r} figure for platform {fig.platform!r}{tier} is {fig.value:g}; "
                           f"it must be above 0 to project sessions on {platform!r}")


def compile_campaign(plan: Plan, campaign_id: int, book: BenchmarkBook | None = None) -> Compiled:
    """Resolve every figure and multiplier a campaign's projection needs; raise on missing inputs."""
    campaign = plan.campaigns.get(campaign_id)
    if campaign is None:
        raise PlannerError(f"No campaign with id {campaign_id} in this plan")
    book = book or BenchmarkBook.from_plan(plan)
    rate = book.cny_per_unit(campaign.currency)
    sessions = [s for s in plan.sessions if s.campaign_id == campaign_id and s.status != "cancelled"]
    if not sessions:
        raise PlannerError(f"Campaign {campaign.name!r} has no sessions to project (cancelled sessions are "
                           f"left out); add sessions first")
    # Session fields as columns, each read once (per-session Python work is the cost at 100,000 sessions).
    cols = {a: list(map(attrgetter(a), sessions))
            for a in ("host_id", "start", "duration_min", "slot_fee", "commission_rate", "paid_budget",
                      "session_type", "brand_minutes", "lineage")}
    hosts_all = plan.hosts
    if not hosts_all.keys() >= set(cols["host_id"]):
        s = next(s for s in sessions if s.host_id not in hosts_all)
        raise PlannerError(f"Session {s.id} refers to host {s.host_id}, which is not in the plan")
    plat_rank = {p: i for i, p in enumerate(sorted({h.platform for h in hosts_all.values()}))}
    hid_all = np.fromiter(hosts_all.keys(), np.int64, len(hosts_all))
    hplat_all = np.fromiter((plat_rank[h.platform] for h in hosts_all.values()), np.int64, len(hosts_all))
    hids = np.array(cols["host_id"], np.int64)
    stamps = np.fromiter(map(datetime.timestamp, cols["start"]), np.float64, len(sessions))
    hsort = np.argsort(hid_all)
    splat = hplat_all[hsort][np.searchsorted(hid_all[hsort], hids)]
    order = np.lexsort((stamps, hids, splat))
    sessions = [sessions[i] for i in order.tolist()]
    hids, stamps = hids[order], stamps[order]
    s_type = [cols["session_type"][i] for i in order.tolist()]
    s_bm_all = np.array([np.nan if b is None else b for b in cols["brand_minutes"]], float)[order]
    s_lineage = [cols["lineage"][i] for i in order.tolist()]
    s_duration, s_slot_fee, s_comm_own, s_paid_budget = (  # a commission rate of None (the host's) is NaN
        np.array(cols[a], float)[order] for a in ("duration_min", "slot_fee", "commission_rate", "paid_budget"))

    figs: list[BenchmarkFigure] = []
    fig_ix: dict[int, int] = {}

    overrides = {"avg_order_value": campaign.avg_order_value, "conversion_rate": campaign.conversion_rate,
                 "return_rate": campaign.return_rate}
    replaced: dict[int, BenchmarkFigure] = {}

    def use(fig: BenchmarkFigure, platform: str) -> int:
        own = overrides.get(fig.metric)
        if own is not None and fig.value > 0:  # the campaign's own figure is the median, the spread is kept
            k0 = id(fig)
            if k0 not in replaced:
                f = own / fig.value
                replaced[k0] = replace(fig, value=own, low=None if fig.low is None else fig.low * f,
                                       high=None if fig.high is None else fig.high * f, basis="user",
                                       source=f"campaign {campaign.name!r} (the library's spread kept)")
            fig = replaced[k0]
        _check_positive(fig, platform)
        k = id(fig)
        if k not in fig_ix:
            fig_ix[k] = len(figs)
            figs.append(fig)
        return fig_ix[k]

    host_ids = sorted(sorted(set(cols["host_id"])), key=lambda h: hosts_all[h].platform)  # (platform, id)
    hosts = [plan.hosts[h] for h in host_ids]
    tiers = [book.host_tier(h) for h in hosts]
    platforms = sorted({h.platform for h in hosts})
    p_index = {p: i for i, p in enumerate(platforms)}
    combos = sorted({(h.platform, t) for h, t in zip(hosts, tiers)})
    c_index = {c: i for i, c in enumerate(combos)}

    category = campaign.category.strip().lower()
    pfig: dict[str, list[int]] = {m: [] for m in PLATFORM_METRICS}
    for p in platforms:
        for m in PLATFORM_METRICS:
            fig = book.find(m, p, category) if m == "return_rate" and category else None
            pfig[m].append(use(fig or book.figure(m, p), p))
    cfig: dict[str, list[int]] = {m: [] for m in TIERED}
    for p, t in combos:
        for m in TIERED:
            cfig[m].append(use(book.figure(m, p, t), p))
    nat = book.figure("national_universe")
    _check_positive(nat, "all")
    if not nat.value > 0:
        raise PlannerError("The 'national_universe' figure is 0; it must be above 0")
    nat_fig = use(nat, "all")
    s_slot_mask = np.array([t == "slot" for t in s_type], bool)
    unknown = sorted({t for t in s_type if t not in ("slot", "dedicated")})
    if unknown:
        raise PlannerError(f"session_type = {unknown[0]!r}: a session type must be 'dedicated' or 'slot'")

    # Per-session inputs at medians.
    n = len(sessions)
    s_day = np.empty(n, np.int64)
    s_fest = np.zeros(n, bool)
    s_festival: list[str] = []
    s_slot = np.empty(n)
    epoch = stamps.astype(np.int64)
    local_secs = epoch + _china_offsets(epoch)
    s_day[:] = local_secs // 86_400 + _EPOCH_ORDINAL
    hours = (local_secs % 86_400) // 3_600
    slot_of_hour = np.array([book.slot_multiplier(h) for h in range(24)])
    s_slot[:] = slot_of_hour[hours]
    days, day_inv = np.unique(s_day, return_inverse=True)  # festival windows looked up once per China date
    day_inv = day_inv.reshape(-1)
    day_fests = [book.festivals_on(date.fromordinal(d)) for d in days.tolist()]
    # The festival that lifts a session: the largest tier among the windows that run on its platform (§1.2).
    s_flevel = np.zeros(n, np.int64)
    s_festival = [""] * n
    s_plat_key = [hosts_all[h].platform for h in hids.tolist()]
    prime = book.prime_slot_multiplier()
    peak_memo: dict[tuple[int, int, str], bool] = {}
    for i, (d, pk) in enumerate(zip(day_inv.tolist(), s_plat_key)):
        fs = day_fests[d]
        if not fs:
            continue
        best = None
        for f in fs:
            if f.applies_to(pk):
                lvl = FESTIVAL_LEVEL.get(f.tier, 0)
                if lvl and (best is None or lvl > best[0]):
                    best = (lvl, f)
        if best is not None:
            s_flevel[i], s_festival[i] = best[0], best[1].name_en
        hour = int(hours[i])
        key = (d, hour, pk)
        peak = peak_memo.get(key)
        if peak is None:
            day = date.fromordinal(int(days[d]))
            peak = peak_memo[key] = any(f.peak_hour(day, hour) for f in fs if f.applies_to(pk))
        if peak:
            s_slot[i] = prime  # a festival's peak hours are prime time whatever the hour
    s_fest[:] = s_flevel > 0
    hid_sorted = np.array(host_ids, np.int64)
    hperm = np.argsort(hid_sorted)
    s_host = hperm[np.searchsorted(hid_sorted[hperm], hids)].astype(np.intp)
    h_platform = np.array([p_index[h.platform] for h in hosts], np.intp)
    s_platform = h_platform[s_host]
    h_combo = np.array([c_index[(h.platform, t)] for h, t in zip(hosts, tiers)], np.intp)
    s_combo = h_combo[s_host]
    s_paid = np.maximum(s_paid_budget, 0.0)
    if np.any(s_paid > 0):
        for p in platforms:
            _check_positive(book.figure("paid_room_ctr", p), p)

    # Host bases: own typical viewers, or shrinkage toward actuals, or the benchmark alone.
    h_wbench = np.ones(len(hosts))
    h_logown = np.zeros(len(hosts))
    h_logfollow = np.zeros(len(hosts))
    h_buyers = np.zeros(len(hosts))
    h_uv = np.zeros(len(hosts))
    h_waov, h_logaov = np.ones(len(hosts)), np.zeros(len(hosts))
    h_wret, h_ret = np.ones(len(hosts)), np.zeros(len(hosts))
    h_notes: list[list[str]] = [[] for _ in hosts]
    history = _host_history(plan, book, set(host_ids), tiers_by_host=dict(zip(host_ids, tiers)))
    cells = _brand_cells(plan, book, campaign)
    h_cvr_log = np.zeros(len(hosts))
    for i, h in enumerate(hosts):
        if h.followers and h.followers > 0:
            h_logfollow[i] = FOLLOWER_ELASTICITY * math.log(h.followers / F_REF.get(tiers[i], h.followers))
        hist = history.get(h.id) or _History()  # type: ignore[arg-type]
        logs = hist.viewer_logs
        h_buyers[i], h_uv[i] = hist.orders, hist.brand_viewers
        if hist.aov_logs:
            k = len(hist.aov_logs)
            h_waov[i], h_logaov[i] = N0_PRODUCT / (k + N0_PRODUCT), sum(hist.aov_logs) / k
            h_notes[i].append(f"order value from {k} of your shows with {h.name} "
                              f"(geometric mean {math.exp(h_logaov[i]):,.0f} CNY)")
        if hist.returns:
            k = len(hist.returns)
            h_wret[i], h_ret[i] = N0_PRODUCT / (k + N0_PRODUCT), sum(hist.returns) / k
            h_notes[i].append(f"return rate from {k} of your shows with {h.name} (mean {h_ret[i]:.1%})")
        if hist.brand_viewers > 0:
            h_notes[i].append(f"conversion from {hist.orders:,.0f} orders over {hist.brand_viewers:,.0f} brand "
                              f"viewers of your shows with {h.name}")
        if logs and not (h.typical_viewers and h.typical_viewers > 0):
            h_notes[i].append(f"viewers from {len(logs)} of your shows with {h.name}")
        cell = cells.get((h.platform, tiers[i]))
        if cell is not None and not logs and hist.brand_viewers == 0:  # §6 brand level: no actuals of its own
            dv, dc, n = cell
            w = n / (n + 5.0)
            h_cvr_log[i] = w * dc
            if not (h.typical_viewers and h.typical_viewers > 0):
                h_logfollow[i] += w * dv
            h_notes[i].append(f"viewers ×{math.exp(w * dv):.2f} and conversion ×{math.exp(w * dc):.2f} from "
                              f"{n} of your brand's shows with other {tiers[i]} hosts on {h.platform}")
        if h.typical_viewers and h.typical_viewers > 0:
            h_wbench[i], h_logown[i] = 0.0, math.log(h.typical_viewers)
        elif logs:
            k = len(logs)
            h_wbench[i] = N0_VIEWERS / (k + N0_VIEWERS)
            h_logown[i] = sum(logs) / k

    fig_value = np.array([f.value for f in figs])
    sig = np.array([figure_sigma(f) for f in figs])
    share = np.array([SPLIT.get(f.metric, (1.0, 0.0, 0.0))[0] for f in figs])
    keys = np.array([text_key(f"fig|{f.platform}|{f.tier}|{f.metric}") for f in figs], np.uint64)
    hid = np.array(host_ids, np.int64)
    h_comm = np.array([h.commission_rate for h in hosts], float)
    s_comm = np.where(np.isnan(s_comm_own), h_comm[s_host], s_comm_own)
    h_comm_exact = bool(np.array_equal(s_comm, h_comm[s_host]))
    fig_scale = sig * np.sqrt(share)
    cf = {m: np.array(v, np.intp) for m, v in cfig.items()}

    def sigma(metric: str) -> np.ndarray:  # full log-sigma of a split metric's per-combo figure, (C,)
        sh = SPLIT[metric][0]
        return fig_scale[cf[metric]] / np.sqrt(sh) if sh > 0 else fig_scale[cf[metric]]

    h_orders = (h_uv != 0) | (h_buyers != 0)
    paid_idx = np.flatnonzero(s_paid * rate > 0)
    slot_idx = np.flatnonzero(s_slot_mask)
    slot_bm = s_bm_all[slot_idx]
    slot_bmfig = np.full(slot_idx.size, -1, np.intp)
    if np.isnan(slot_bm).any():  # the library's brand minutes of each tier, only where a session gives none
        bm_of_combo = {}
        for j in np.flatnonzero(np.isnan(slot_bm)).tolist():
            cmb = int(s_combo[slot_idx[j]])
            if cmb not in bm_of_combo:
                pk, tk = combos[cmb]
                bm_of_combo[cmb] = use(book.figure("brand_slot_minutes", pk, tk), pk)
            slot_bmfig[j] = bm_of_combo[cmb]
    share_fig = use(book.figure("minor_festival_share"), "all") if (s_flevel == 1).any() else -1
    # Figures added above (brand minutes, minor share) join the arrays built from ``figs``.
    fig_value = np.array([f.value for f in figs])
    sig = np.array([figure_sigma(f) for f in figs])
    share = np.array([SPLIT.get(f.metric, (1.0, 0.0, 0.0))[0] for f in figs])
    keys = np.array([text_key(f"fig|{f.platform}|{f.tier}|{f.metric}") for f in figs], np.uint64)
    fig_scale = sig * np.sqrt(share)
    # Session shocks follow the session's lineage (kept when it is moved or edited, inherited by scenario
    # copies); a session without one (an unsaved plan) is keyed by host and start as before.
    lin = np.array([-1 if x is None else x for x in s_lineage], np.int64)
    s_keys = np.where(lin >= 0, combine_keys(lin, np.full(n, 0x4C494E, np.int64)), combine_keys(hid[s_host], epoch))

    def bounds(plat: np.ndarray) -> list[tuple[int, int]]:
        """Each platform's ``[a, b)`` range in ``plat``, which is sorted (sessions grouped by platform)."""
        if np.any(plat[1:] < plat[:-1]):
            raise AssertionError("sessions must be grouped by platform")
        edges = np.searchsorted(plat, np.arange(len(platforms) + 1)).tolist()
        return list(zip(edges[:-1], edges[1:]))

    c = Compiled(
        campaign=campaign, currency=campaign.currency, cny_per_unit=rate, book=book, sessions=sessions,
        hosts=hosts, tiers=tiers, platforms=platforms, figures=figs, fig_value=fig_value,
        fig_scale=fig_scale, fig_rate=np.array([f.metric in RATE_METRICS for f in figs]),
        fig_keys=keys, combos=combos, combo_platform=np.array([p_index[p] for p, _ in combos], np.intp),
        cfig=cf,
        pfig={m: np.array(v, np.intp) for m, v in pfig.items()}, nat_fig=nat_fig,
        s_platform=s_platform, s_host=s_host, s_combo=s_combo, s_day=s_day, s_epoch=epoch, s_fest=s_fest,
        s_flevel=s_flevel,
        s_festival=s_festival, s_slot=s_slot,
        s_logdur=np.log(np.maximum(s_duration, 1.0)),
        s_paid_cny=s_paid * rate, s_paid=s_paid,
        s_slot_fee=s_slot_fee,
        s_comm=s_comm,
        s_keys=s_keys,
        h_platform=h_platform, h_nsess=np.bincount(s_host, minlength=len(hosts)).astype(float),
        h_keys=combine_keys(hid), h_wbench=h_wbench, h_logown=h_logown, h_logfollow=h_logfollow,
        h_buyers=h_buyers, h_uv=h_uv,
        groups_host=Groups(s_host, len(hosts)), groups_platform=Groups(s_platform, len(platforms)),
        groups_hplat=Groups(h_platform, len(platforms)),
        h_combo=h_combo, h_comm=h_comm, h_comm_exact=h_comm_exact, s_logslot=np.log(s_slot),
        s_hfest=s_host + len(hosts) * s_flevel, s_pfest=s_platform + len(platforms) * s_flevel,
        s_fest_any=bool(s_fest.any()),
        s_sig_v=sigma("session_views")[s_combo] * math.sqrt(SPLIT["session_views"][2]),
        s_sig_c=sigma("conversion_rate")[s_combo] * math.sqrt(SPLIT["conversion_rate"][2]),
        s_paid_idx=paid_idx, s_shrink_idx=np.flatnonzero(h_orders[s_host]),
        s_platform_bounds=bounds(s_platform), paid_platform_bounds=bounds(s_platform[paid_idx]),
        s_slot_idx=slot_idx, s_slot_dur=s_duration[slot_idx], s_slot_bm=slot_bm, s_slot_bmfig=slot_bmfig,
        share_fig=share_fig, h_waov=h_waov, h_logaov=h_logaov, h_wret=h_wret, h_ret=h_ret, h_notes=h_notes,
        h_cvr_log=h_cvr_log,
    )
    return c


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _china_offsets(epoch: np.ndarray) -> np.ndarray:
    """China's UTC offset in seconds at each instant, from zoneinfo once per distinct UTC day."""
    days = epoch // 86_400
    uniq, inverse = np.unique(days, return_inverse=True)
    offs = np.array([CHINA_TZ.utcoffset(datetime.fromtimestamp(int(d) * 86_400 + 43_200, timezone.utc)
                                        .replace(tzinfo=None)).total_seconds()  # type: ignore[union-attr]
                     for d in uniq], np.int64)
    return offs[inverse.reshape(-1)]


@dataclass
class _History:
    """One host's recorded actuals, as §6 uses them."""

    viewer_logs: list[float] = field(default_factory=list)   # log(actual show viewers / M_i)
    orders: float = 0.0
    brand_viewers: float = 0.0                               # Σ E_i = V_i · e_i over sessions with orders
    aov_logs: list[float] = field(default_factory=list)      # log(GMV_i / orders_i), CNY
    returns: list[float] = field(default_factory=list)       # refunds_i / GMV_i


def _exposure_at_median(book: BenchmarkBook, s: Session, platform: str, tier: str) -> float:
    """``e_s`` of §1.3 at library medians (1 for a dedicated show)."""
    if s.session_type != "slot":
        return 1.0
    m = s.brand_minutes if s.brand_minutes else book.get("brand_slot_minutes", platform, tier)
    return min(1.0, (book.get("avg_watch_minutes", platform) + m) / max(s.duration_min, 1))


def _host_history(plan: Plan, book: BenchmarkBook, host_ids: set[int], tiers_by_host: dict[int, str],
                  ) -> dict[int, _History]:
    """Per host: what its recorded actuals (any campaign or scenario of the plan) say, for §6."""
    if not plan.actuals:
        return {}
    out: dict[int, _History] = {}
    for s in plan.sessions:
        a = plan.actuals.get(s.id) if s.id is not None else None
        if a is None or s.host_id not in host_ids:
            continue
        h = out.setdefault(s.host_id, _History())
        platform, tier = plan.hosts[s.host_id].platform, tiers_by_host[s.host_id]
        if a.viewers and a.viewers > 0:
            m_i = _point_multiplier(book, s, platform, tier)
            organic = a.viewers
            if s.paid_budget > 0:  # calibrate with the organic part: minus the trace's paid viewers, ≥ 10%
                organic = max(a.viewers - _trace_paid_viewers(plan, book, s, platform, tier, m_i), 0.1 * a.viewers)
            h.viewer_logs.append(math.log(organic / m_i))
            if a.orders is not None and a.orders >= 0:
                h.orders += a.orders
                h.brand_viewers += a.viewers * _exposure_at_median(book, s, platform, tier)
        if a.orders and a.orders > 0 and a.gmv and a.gmv > 0:
            h.aov_logs.append(math.log(a.gmv * book.cny_per_unit(_currency(plan, s)) / a.orders))
        if a.gmv and a.gmv > 0 and a.refunds is not None and 0 <= a.refunds <= a.gmv:
            h.returns.append(a.refunds / a.gmv)
    return out


def _prior_base(book: BenchmarkBook, host: Host, platform: str, tier: str) -> float:
    """``B_h`` before calibration at medians (§1.1): the host's own viewers, else the tier's × follower factor."""
    if host.typical_viewers and host.typical_viewers > 0:
        return host.typical_viewers
    base = book.get("session_views", platform, tier) / book.get("views_per_viewer", platform)
    if host.followers and host.followers > 0:
        base *= (host.followers / F_REF.get(tier, host.followers)) ** FOLLOWER_ELASTICITY
    return base


def _trace_paid_viewers(plan: Plan, book: BenchmarkBook, s: Session, platform: str, tier: str, m_i: float) -> float:
    """A past session's paid viewers at the trace (§1.4 at medians, with the host's prior base)."""
    organic = _prior_base(book, plan.hosts[s.host_id], platform, tier) * m_i
    c0 = book.get("cpm_paid", platform) / (1000.0 * book.get("paid_room_ctr", platform))
    vmax = book.get("paid_cap_multiplier", platform) * organic + book.get("paid_pool_min", platform)
    x = s.paid_budget * book.cny_per_unit(_currency(plan, s))
    return vmax * x / (x + vmax * c0)


def _brand_cells(plan: Plan, book: BenchmarkBook, campaign: Campaign) -> dict[tuple[str, str], tuple[float, float, int]]:
    """Per (platform, tier): the brand's mean log ratio of actual to trace for show viewers and for conversion
    (orders ÷ brand viewers), and how many of its shows there (§6, brand level). The brand is the campaign's."""
    brand = campaign.brand.strip().lower()
    if not brand or not plan.actuals:
        return {}
    acc: dict[tuple[str, str], list[list[float]]] = {}
    for s in plan.sessions:
        a = plan.actuals.get(s.id) if s.id is not None else None
        camp = plan.campaigns.get(s.campaign_id)
        host = plan.hosts.get(s.host_id)
        if a is None or camp is None or host is None or camp.brand.strip().lower() != brand:
            continue
        if not (a.viewers and a.viewers > 0):
            continue
        tier = book.host_tier(host)
        m_i = _point_multiplier(book, s, host.platform, tier)
        base = _prior_base(book, host, host.platform, tier)
        paid = _trace_paid_viewers(plan, book, s, host.platform, tier, m_i) if s.paid_budget > 0 else 0.0
        cell = acc.setdefault((host.platform, tier), [[], []])
        cell[0].append(math.log(a.viewers / (base * m_i + paid)))
        if a.orders and a.orders > 0:
            e = _exposure_at_median(book, s, host.platform, tier)
            cell[1].append(math.log(a.orders / (a.viewers * e) / book.get("conversion_rate", host.platform, tier)))
    return {k: (sum(v) / len(v), sum(c) / len(c) if c else 0.0, len(v)) for k, (v, c) in acc.items()}


def _currency(plan: Plan, s: Session) -> str:
    c = plan.campaigns.get(s.campaign_id)
    return c.currency if c is not None else "CNY"


def _festival_factor(book: BenchmarkBook, day: date, platform: str, tier: str) -> float:
    """The viewer multiplier of the largest festival tier that lifts ``platform`` on ``day``, at medians."""
    level = max((FESTIVAL_LEVEL.get(f.tier, 0) for f in book.festivals_on(day) if f.applies_to(platform)), default=0)
    if level == 0:
        return 1.0
    m = book.get("festival_viewer_multiplier", platform, tier)
    return m if level == 2 else 1.0 + book.get("minor_festival_share") * (m - 1.0)


def _point_multiplier(book: BenchmarkBook, s: Session, platform: str, tier: str) -> float:
    """``M_s`` at medians: slot × festival viewers (inside a festival window) × duration."""
    local = china_time(s.start)
    m = book.slot_multiplier(local.hour)
    m *= _festival_factor(book, local.date(), platform, tier)
    if any(f.peak_hour(local.date(), local.hour) for f in book.festivals_on(local.date()) if f.applies_to(platform)):
        m *= book.prime_slot_multiplier() / book.slot_multiplier(local.hour)
    ref = book.get("reference_duration_minutes", platform)
    return m * (max(s.duration_min, 1) / ref) ** book.get("duration_elasticity", platform)
