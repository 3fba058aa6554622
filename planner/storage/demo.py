"""The demo campaign a new plan opens with: a 618 skincare plan across the four required platforms.

Every name carries "(demo)" so nobody mistakes it for real data; delete it once you have your own.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from planner.domain.models import Campaign, Host, Session, default_session_type
from planner.domain.timezones import from_china

if TYPE_CHECKING:
    from planner.storage.repositories import PlanRepository as PlanStore  # (the store imports this module)

DEMO_YEAR = 2027
DEMO_CAMPAIGN_NAME = "DEMO · 618 skincare launch (sample plan)"
#: The finished campaign before the 618 launch, with recorded results (复盘). Its name does not start with
#: "DEMO", so ``DEMO`` on the command line still names the 618 plan alone.
FINISHED_CAMPAIGN_NAME = "Double 11 2026 skincare — finished (DEMO sample results)"
#: The seed of the simulated world the finished campaign's results are drawn from (see below).
FINISHED_WORLD_SEED = 20261111

_HOSTS = (
    # name, platform, handle, followers, slot fee, commission, agency, categories, status
    ("Vivi Beauty 薇薇美妆 (demo)", "taobao_live", "vivi_beauty_demo", 4_200_000, 80_000, 0.22, "Demo MCN A",
     "beauty, skincare", "scheduled"),
    ("Chen Jing 陈静 (demo)", "taobao_live", "chenjing_demo", 1_200_000, 30_000, 0.20, "Demo MCN A",
     "skincare", "negotiating"),
    ("Brand flagship store 品牌旗舰店 (demo)", "taobao_live", "brand_tmall_demo", 320_000, 0, 0.0, "",
     "brand store (店播)", "scheduled"),
    ("Dr. Lin skincare 林医生护肤 (demo)", "douyin", "drlin_demo", 3_500_000, 60_000, 0.20, "Demo MCN B",
     "skincare, science", "sample_sent"),
    ("Xiaoyu's day 小雨的日常 (demo)", "douyin", "xiaoyu_demo", 180_000, 5_000, 0.15, "", "lifestyle, beauty",
     "contacted"),
    ("Brand Douyin account 品牌官方号 (demo)", "douyin", "brand_douyin_demo", 95_000, 0, 0.0, "",
     "brand store (店播)", "scheduled"),
    ("Sister Wang's finds 王姐好物 (demo)", "kuaishou", "wangjie_demo", 2_100_000, 40_000, 0.20, "Demo MCN C",
     "household, beauty", "negotiating"),
    ("Old Zhao from the Northeast 东北老赵 (demo)", "kuaishou", "laozhao_demo", 260_000, 4_000, 0.15, "",
     "daily goods", "prospect"),
    ("Mia's vanity Mia的梳妆台 (demo)", "xiaohongshu", "mia_vanity_demo", 650_000, 20_000, 0.18, "Demo MCN B",
     "beauty, skincare", "sample_sent"),
    ("Lily (KOC) 莉莉 (demo)", "xiaohongshu", "lily_koc_demo", 8_500, 0, 0.10, "", "skincare reviews",
     "contacted"),
)

# The finished Double 11 2026 campaign: host index, month, day, China start hour, duration (min), theme.
_FINISHED_SESSIONS = (
    (0, 10, 20, 20, 240, "Presale night"), (2, 10, 21, 19, 180, "Store live: presale"),
    (3, 10, 22, 20, 180, "Ingredients Q&A"), (6, 10, 24, 19, 180, "Presale deals"),
    (8, 10, 26, 20, 120, "Autumn routine"), (5, 10, 28, 19, 180, "Store live: bundles"),
    (1, 10, 31, 20, 180, "First selling wave"), (4, 11, 1, 20, 120, "Try-on"),
    (9, 11, 3, 21, 90, "Honest review"), (7, 11, 5, 19, 180, "Family pack"),
    (2, 11, 7, 19, 180, "Store live: gift sets"), (3, 11, 9, 20, 180, "Night before"),
    (0, 11, 10, 20, 300, "Double 11 eve"), (5, 11, 11, 10, 240, "Double 11 day store live"),
)

# host index, month, day, China start hour, duration (min), paid traffic (CNY), status, theme
_SESSIONS = (
    (0, 5, 25, 20, 240, 50_000, "confirmed", "618 presale night"),
    (2, 5, 26, 19, 180, 5_000, "confirmed", "Presale warm-up (店播)"),
    (3, 5, 27, 20, 180, 30_000, "planned", "Ingredient deep-dive"),
    (6, 5, 28, 19, 180, 20_000, "planned", "Presale deals"),
    (8, 5, 29, 20, 120, 10_000, "planned", "Routine with the serum"),
    (5, 5, 30, 19, 240, 15_000, "confirmed", "Store live: presale"),
    (1, 5, 31, 20, 180, 10_000, "planned", "First-wave offers"),
    (4, 6, 1, 20, 120, 8_000, "planned", "Official sale day 1"),
    (9, 6, 2, 21, 90, 0, "planned", "Honest review"),
    (7, 6, 3, 19, 180, 5_000, "planned", "Family pack"),
    (2, 6, 5, 19, 180, 5_000, "planned", "Store live: bundles"),
    (3, 6, 7, 20, 180, 30_000, "planned", "Q&A with Dr. Lin"),
    (8, 6, 9, 20, 120, 10_000, "planned", "Night routine"),
    (6, 6, 10, 20, 180, 20_000, "planned", "Mid-618 push"),
    (5, 6, 12, 12, 120, 10_000, "planned", "Lunch-time store live"),
    (1, 6, 14, 20, 180, 10_000, "planned", "Second-wave offers"),
    (4, 6, 15, 20, 120, 8_000, "planned", "Try-on and reviews"),
    (0, 6, 17, 20, 240, 80_000, "confirmed", "618 final night"),
    (2, 6, 18, 10, 240, 5_000, "planned", "618 day store live"),
    (9, 6, 18, 21, 90, 0, "planned", "Last-day picks"),
)


# What the brand bought where it differs from the default (store hosts → dedicated, KOL hosts → one slot at the
# host's quoted slot fee and the tier's brand minutes): theme → (session type, fee in CNY, brand minutes on air).
# A brand-dedicated KOL show (品牌专场) costs a multiple of one slot; the figure is an illustration, not a quote.
_BOUGHT = {
    "Q&A with Dr. Lin": ("dedicated", 240_000.0, None),
    "618 presale night": ("slot", None, 6.0),
    "618 final night": ("slot", None, 6.0),
}


def seed_demo_campaign(store: "PlanStore", *, finished: bool = True) -> int:
    """Add the demo hosts and the 618 campaign (and, with ``finished``, the finished Double 11 campaign with
    recorded results); returns the 618 campaign's id. Runs inside the caller's transaction."""

    with store.atomic():
        hosts = store.add_hosts([
            Host(name=n, platform=p, handle=h, followers=f, slot_fee=float(fee), commission_rate=c, agency=a,
                 categories=cat, status=st, currency="CNY",
                 notes="Sample host for the demo plan; replace with your own roster.")
            for n, p, h, f, fee, c, a, cat, st in _HOSTS
        ])
        campaign = store.add_campaign(Campaign(
            name=DEMO_CAMPAIGN_NAME, brand="Maison Lumière (demo brand)", category="beauty",
            objective="launch", start_date=date(DEMO_YEAR, 5, 20), end_date=date(DEMO_YEAR, 6, 20),
            budget=1_500_000.0, currency="CNY", margin=0.6, other_costs=80_000.0,
            notes="Sample plan shipped with the planner. Duplicate it as a scenario, or start a new campaign "
                  "(File ▸ New campaign) for your own.",
        ))
        sessions = []
        for idx, month, day, hour, minutes, paid, status, theme in _SESSIONS:
            host = hosts[idx]
            kind, fee, brand_minutes = _BOUGHT.get(theme, (default_session_type(host), None, None))
            sessions.append(Session(
                campaign_id=campaign.id, host_id=host.id,  # type: ignore[arg-type]
                start=from_china(date(DEMO_YEAR, month, day), time(hour, 0)), duration_min=minutes,
                slot_fee=host.slot_fee if fee is None else fee, paid_budget=float(paid), status=status, theme=theme,
                session_type=kind, brand_minutes=brand_minutes, products="Hydra serum 30 ml; Night cream 50 ml",
            ))
        store.add_sessions(sessions)
        if finished:
            seed_finished_campaign(store, hosts)
    return campaign.id  # type: ignore[return-value]


def seed_finished_campaign(store: "PlanStore", hosts: list[Host]) -> int:
    """The Double 11 2026 campaign before the 618 launch, finished, with recorded results.

    The results are not made up to look good: they are one simulated world of the projection model (its
    own platform, host and session draws, seed :data:`FINISHED_WORLD_SEED`), so the hosts' true levels
    differ from the library's medians as much as the library's ranges say they may. The model does not
    project peak concurrent viewers, so none are recorded; refunds are 20% of GMV; the figures were read
    three days after each show, when platform GMV has mostly settled.
    """
    from datetime import timedelta

    from planner.domain.models import SessionActual
    from planner.domain.simulate import world_figures
    from planner.domain.timezones import china_date

    with store.atomic():
        campaign = store.add_campaign(Campaign(
            name=FINISHED_CAMPAIGN_NAME, brand="Maison Lumière (demo brand)", category="beauty", objective="sales",
            start_date=date(2026, 10, 20), end_date=date(2026, 11, 11), budget=900_000.0, currency="CNY",
            margin=0.6, other_costs=50_000.0,
            notes="Sample finished campaign with recorded results (复盘): see the Results tab and "
                  "`planner backtest`. Its figures are simulated, not real."))
        added = store.add_sessions([Session(
            campaign_id=campaign.id, host_id=hosts[idx].id,  # type: ignore[arg-type]
            start=from_china(date(2026, month, day), time(hour, 0)), duration_min=minutes,
            slot_fee=hosts[idx].slot_fee, status="done", theme=theme,
            session_type=default_session_type(hosts[idx]),
            products="Hydra serum 30 ml; Night cream 50 ml") for idx, month, day, hour, minutes, theme in _FINISHED_SESSIONS])
        truth = world_figures(store.load_plan([campaign.id]), campaign.id, FINISHED_WORLD_SEED)  # type: ignore[arg-type, list-item]
        for s in added:
            f = truth[s.id]  # type: ignore[index]
            store.set_actual(SessionActual(
                s.id, viewers=round(f["viewers"]),  # type: ignore[arg-type]
                orders=round(f["buyers"]), gmv=round(f["gmv"], 2), refunds=round(0.2 * f["gmv"], 2),
                read_on=china_date(s.start) + timedelta(days=3)))
    return campaign.id  # type: ignore[return-value]
