"""The projection's headline metrics: label, Chinese term, formula, and how to format them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.ui import formatting as F


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    zh: str
    formula: str
    kind: str  # "number" | "money" | "ratio" | "percent"

    def tooltip(self) -> str:
        return f"<b>{self.title()}</b> — {self.zh}<br>{self.formula}"

    def title(self) -> str:
        """The label in the UI language (the glossary term alone in Chinese)."""
        from planner.ui import i18n

        return self.zh if i18n.current() == "zh_CN" else QCoreApplication.translate("Metric", self.label)

    def format(self, value: float | None, currency: str = "CNY") -> str:
        if self.kind == "money":
            small = value is not None and abs(value) < 100
            return F.money(value, currency, 2 if small else 0)
        if self.kind == "ratio":
            return F.ratio(value)
        if self.kind == "percent":
            return F.percent(value)
        return F.number(value)


OVERVIEW_METRICS: tuple[Metric, ...] = (
    Metric("reach", QT_TRANSLATE_NOOP("Metric", "Reach"), "触达人数 (去重)",
           "Unique people who watch at least one session (viewers across sessions, de-duplicated).", "number"),
    Metric("viewers", QT_TRANSLATE_NOOP("Metric", "Brand viewers"), "品牌曝光人数", "Sum over sessions of show viewers (场观) × brand exposure: a slot (坑位) reaches the viewers present while the brand is on air.", "number"),
    Metric("gmv", QT_TRANSLATE_NOOP("Metric", "GMV"), "成交金额 (GMV)", "Gross sales = buyers × average order value.", "money"),
    Metric("net_gmv", QT_TRANSLATE_NOOP("Metric", "Net GMV"), "净成交", "Net sales = GMV × (1 − return rate 退货率).", "money"),
    Metric("cost", QT_TRANSLATE_NOOP("Metric", "Cost"), "总成本",
           "Slot fees (坑位费) + commission (佣金) + platform fees (平台技术服务费) + paid traffic (投流) "
           "+ other costs.", "money"),
    Metric("roi", QT_TRANSLATE_NOOP("Metric", "ROI"), "投产比 (ROI)", "ROI = net GMV ÷ cost (net of returns).", "ratio"),
    Metric("cost_per_reach", QT_TRANSLATE_NOOP("Metric", "Cost per reach"), "触达成本", "Cost ÷ reach (cost of one unique person reached).",
           "money"),
)

PLATFORM_METRICS: tuple[Metric, ...] = (
    Metric("viewers", QT_TRANSLATE_NOOP("Metric", "Brand viewers"), "品牌曝光人数", "Sum of the platform's session show viewers × brand exposure (slots reach only the viewers present while the brand is on air).", "number"),
    Metric("reach", QT_TRANSLATE_NOOP("Metric", "Reach"), "触达人数", "Unique people reached on this platform.", "number"),
    Metric("buyers", QT_TRANSLATE_NOOP("Metric", "Buyers"), "成交人数", "Viewers × conversion rate (看播转化率).", "number"),
    Metric("gmv", QT_TRANSLATE_NOOP("Metric", "GMV"), "成交金额", "Gross sales on this platform.", "money"),
    Metric("net_gmv", QT_TRANSLATE_NOOP("Metric", "Net GMV"), "净成交", "GMV × (1 − return rate).", "money"),
    Metric("cost", QT_TRANSLATE_NOOP("Metric", "Cost"), "成本", "Slot fees + commission + platform fees + paid traffic on this platform "
           "(the campaign's other costs are in their own row).", "money"),
    Metric("roi", QT_TRANSLATE_NOOP("Metric", "ROI"), "投产比", "Net GMV ÷ cost.", "ratio"),
)

BY_KEY = {m.key: m for m in OVERVIEW_METRICS + PLATFORM_METRICS}


#: What each benchmark-library metric is, in the words of the glossary (the library keeps the short keys).
BENCHMARK_METRIC_LABELS: dict[str, str] = {
    "avg_order_value": "Average order value · 客单价",
    "avg_watch_minutes": "Average watch time · 人均观看时长",
    "brand_slot_minutes": "Brand minutes on air in a slot · 讲解时长",
    "commission_rate": "Host commission · 佣金比例",
    "conversion_rate": "Conversion rate · 看播转化率",
    "cpm_paid": "Paid traffic CPM · 投流千次曝光成本",
    "duration_elasticity": "Viewers vs session length (elasticity)",
    "engagement_rate": "Interaction rate · 互动率",
    "festival_conversion_multiplier": "Festival conversion multiplier · 大促转化系数",
    "festival_viewer_multiplier": "Festival viewer multiplier · 大促流量系数",
    "follow_rate": "New-follower rate · 涨粉率",
    "national_live_commerce_users": "Live-commerce users in China · 直播电商用户",
    "national_universe": "Online population of China · 网民规模",
    "minor_festival_share": "Share of a major festival's uplift a minor one brings",
    "paid_cap_multiplier": "Paid traffic cap (× organic viewers)",
    "paid_room_ctr": "Paid ad click-through to the room",
    "paid_pool_min": "Paid room entries any room can buy · 投流流量池",
    "platform_fee_rate": "Platform fee rate · 技术服务费率",
    "reference_duration_minutes": "Reference session length (minutes)",
    "return_rate": "Return rate · 退货率",
    "returning_viewer_share": "Returning-viewer share · 老粉占比",
    "room_entry_rate": "Room entry rate · 进房率",
    "session_views": "Views per session (PV) · 场观",
    "slot_fee": "Slot fee · 坑位费",
    "slot_fee_multiplier": "Slot fee multiplier (time slot)",
    "slot_multiplier": "Viewer multiplier (time slot)",
    "tier_followers_min": "Followers from which a tier starts · 层级粉丝门槛",
    "universe": "Platform users · 平台用户规模",
    "views_per_viewer": "Views per unique viewer (PV ÷ UV)",
}
