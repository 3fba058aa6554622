"""Fixtures for exchange tests: a plan with Chinese names, emoji and formula-like text, and a table dump."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain.models import Campaign, Host, Session
from planner.domain.timezones import from_china

from tests.exchange.helpers import FORMULA_NOTE


@pytest.fixture
def cn_store(empty_store):
    """A plan with hosts and a campaign full of Chinese text, emoji, commas, quotes and formula-like text."""
    s = empty_store
    hosts = s.add_hosts([
        Host(name="🎀小美 Xiaomei", platform="douyin", handle="xiaomei_01", followers=1_234_567, slot_fee=12_345.67,
             commission_rate=0.225, agency="无忧传媒", region="杭州", status="sample_sent", categories="美妆, 护肤",
             contact="+86 138 0013 8000", notes=FORMULA_NOTE, typical_viewers=52_000.0),
        Host(name="东北老铁 \"大壮\" 💪", platform="kuaishou", handle="00123", tier="head", followers=None,
             slot_fee=50_000.0, commission_rate=0.2, status="negotiating", notes="多行\n备注, with comma"),
        Host(name="Mia的梳妆台", platform="xiaohongshu", handle="", followers=8_500, slot_fee=0.0,
             commission_rate=0.1, currency="USD", status="prospect", notes="-no handle"),
        Host(name="品牌旗舰店", platform="taobao_live", handle="brand_tmall", tier="tail", followers=320_000,
             slot_fee=0.0, commission_rate=0.0, status="scheduled", notes="@店播"),
    ])
    camp = s.add_campaign(Campaign(name="双11 🚀 护肤节", start_date=date(2027, 10, 20), end_date=date(2027, 11, 12),
                                   budget=500_000.0, currency="CNY"))
    day = date(2027, 11, 1)
    s.add_sessions([
        Session(campaign_id=camp.id, host_id=hosts[0].id, start=from_china(day, time(20, 0)), duration_min=180,
                slot_fee=12_345.67, commission_rate=None, paid_budget=8_000.5, theme="开箱 🎁", products="精华, 面霜",
                status="confirmed", notes=FORMULA_NOTE),
        Session(campaign_id=camp.id, host_id=hosts[1].id, start=from_china(day, time(22, 0)), duration_min=240,
                slot_fee=50_000.0, commission_rate=0.3, paid_budget=0.0, session_type="slot", status="planned",
                theme="过零点", notes="+引流"),
        Session(campaign_id=camp.id, host_id=hosts[2].id, start=from_china(date(2027, 11, 2), time(12, 30)),
                duration_min=90, slot_fee=0.0, session_type="dedicated", status="cancelled", theme="午间"),
        Session(campaign_id=camp.id, host_id=hosts[3].id, start=from_china(date(2027, 11, 11), time(0, 0)),
                duration_min=720, slot_fee=0.0, session_type="dedicated", status="done", theme="双11 当天"),
    ])
    return s


@pytest.fixture
def target(tmp_path):
    """A second, empty plan to import into."""
    from planner.storage import PlanStore

    s = PlanStore.open(tmp_path / "target.sqlite", seed_demo=False)
    yield s
    s.close()
