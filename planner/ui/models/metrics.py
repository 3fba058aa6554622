"""The projection's headline metrics: label, Chinese term, formula, and how to format them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.ui import formatting as F
from planner.ui.tr_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    zh: str
    formula: str
    kind: str  # "number" | "money" | "ratio" | "percent"

    def tooltip(self) -> str:
        return f"<b>{self.title()}</b> — {self.zh}<br>{QCoreApplication.translate('Metric', self.formula)}"

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
           QT_TRANSLATE_NOOP("Metric", "Unique people who watch at least one session (viewers across sessions, de-duplicated)."), "number"),
    Metric("viewers", QT_TRANSLATE_NOOP("Metric", "Brand viewers"), "品牌曝光人数", QT_TRANSLATE_NOOP("Metric", "Sum over sessions of show viewers (场观) × brand exposure: a slot (坑位) reaches the viewers present while the brand is on air."), "number"),
    Metric("gmv", QT_TRANSLATE_NOOP("Metric", "GMV"), "成交金额 (GMV)", QT_TRANSLATE_NOOP("Metric", "Gross sales = buyers × average order value."), "money"),
    Metric("net_gmv", QT_TRANSLATE_NOOP("Metric", "Net GMV"), "净成交", QT_TRANSLATE_NOOP("Metric", "Net sales = GMV × (1 − return rate 退货率)."), "money"),
    Metric("cost", QT_TRANSLATE_NOOP("Metric", "Cost"), "总成本",
           QT_TRANSLATE_NOOP("Metric", "Slot fees (坑位费) + commission (佣金) + platform fees (平台技术服务费) + paid traffic (投流) "
           "+ other costs."), "money"),
    Metric("roi", QT_TRANSLATE_NOOP("Metric", "ROI"), "投产比 (ROI)", QT_TRANSLATE_NOOP("Metric", "ROI = net GMV ÷ cost (net of returns)."), "ratio"),
    Metric("cost_per_reach", QT_TRANSLATE_NOOP("Metric", "Cost per reach"), "触达成本", QT_TRANSLATE_NOOP("Metric", "Cost ÷ reach (cost of one unique person reached)."),
           "money"),
)

PLATFORM_METRICS: tuple[Metric, ...] = (
    Metric("viewers", QT_TRANSLATE_NOOP("Metric", "Brand viewers"), "品牌曝光人数", QT_TRANSLATE_NOOP("Metric", "Sum of the platform's session show viewers × brand exposure (slots reach only the viewers present while the brand is on air)."), "number"),
    Metric("reach", QT_TRANSLATE_NOOP("Metric", "Reach"), "触达人数", QT_TRANSLATE_NOOP("Metric", "Unique people reached on this platform."), "number"),
    Metric("buyers", QT_TRANSLATE_NOOP("Metric", "Buyers"), "成交人数", QT_TRANSLATE_NOOP("Metric", "Viewers × conversion rate (看播转化率)."), "number"),
    Metric("gmv", QT_TRANSLATE_NOOP("Metric", "GMV"), "成交金额", QT_TRANSLATE_NOOP("Metric", "Gross sales on this platform."), "money"),
    Metric("net_gmv", QT_TRANSLATE_NOOP("Metric", "Net GMV"), "净成交", QT_TRANSLATE_NOOP("Metric", "GMV × (1 − return rate)."), "money"),
    Metric("cost", QT_TRANSLATE_NOOP("Metric", "Cost"), "成本", QT_TRANSLATE_NOOP("Metric", "Slot fees + commission + platform fees + paid traffic on this platform "
           "(the campaign's other costs are in their own row)."), "money"),
    Metric("roi", QT_TRANSLATE_NOOP("Metric", "ROI"), "投产比", QT_TRANSLATE_NOOP("Metric", "Net GMV ÷ cost."), "ratio"),
)

BY_KEY = {m.key: m for m in OVERVIEW_METRICS + PLATFORM_METRICS}


#: What each benchmark-library metric is, in the words of the glossary (the library keeps the short keys).
BENCHMARK_METRIC_LABELS: dict[str, str] = {
    "avg_order_value": QT_TRANSLATE_NOOP("Metric", "Average order value · 客单价"),
    "avg_watch_minutes": QT_TRANSLATE_NOOP("Metric", "Average watch time · 人均观看时长"),
    "brand_slot_minutes": QT_TRANSLATE_NOOP("Metric", "Brand minutes on air in a slot · 讲解时长"),
    "commission_rate": QT_TRANSLATE_NOOP("Metric", "Host commission · 佣金比例"),
    "conversion_rate": QT_TRANSLATE_NOOP("Metric", "Conversion rate · 看播转化率"),
    "cpm_paid": QT_TRANSLATE_NOOP("Metric", "Paid traffic CPM · 投流千次曝光成本"),
    "duration_elasticity": QT_TRANSLATE_NOOP("Metric", "Viewers vs session length (elasticity)"),
    "engagement_rate": QT_TRANSLATE_NOOP("Metric", "Interaction rate · 互动率"),
    "festival_conversion_multiplier": QT_TRANSLATE_NOOP("Metric", "Festival conversion multiplier · 大促转化系数"),
    "festival_viewer_multiplier": QT_TRANSLATE_NOOP("Metric", "Festival viewer multiplier · 大促流量系数"),
    "follow_rate": QT_TRANSLATE_NOOP("Metric", "New-follower rate · 涨粉率"),
    "national_live_commerce_users": QT_TRANSLATE_NOOP("Metric", "Live-commerce users in China · 直播电商用户"),
    "national_universe": QT_TRANSLATE_NOOP("Metric", "Online population of China · 网民规模"),
    "minor_festival_share": QT_TRANSLATE_NOOP("Metric", "Share of a major festival's uplift a minor one brings"),
    "paid_cap_multiplier": QT_TRANSLATE_NOOP("Metric", "Paid traffic cap (× organic viewers)"),
    "paid_room_ctr": QT_TRANSLATE_NOOP("Metric", "Paid ad click-through to the room"),
    "paid_pool_min": QT_TRANSLATE_NOOP("Metric", "Paid room entries any room can buy · 投流流量池"),
    "platform_fee_rate": QT_TRANSLATE_NOOP("Metric", "Platform fee rate · 技术服务费率"),
    "reference_duration_minutes": QT_TRANSLATE_NOOP("Metric", "Reference session length (minutes)"),
    "return_rate": QT_TRANSLATE_NOOP("Metric", "Return rate · 退货率"),
    "returning_viewer_share": QT_TRANSLATE_NOOP("Metric", "Returning-viewer share · 老粉占比"),
    "room_entry_rate": QT_TRANSLATE_NOOP("Metric", "Room entry rate · 进房率"),
    "session_views": QT_TRANSLATE_NOOP("Metric", "Views per session (PV) · 场观"),
    "slot_fee": QT_TRANSLATE_NOOP("Metric", "Slot fee · 坑位费"),
    "slot_fee_multiplier": QT_TRANSLATE_NOOP("Metric", "Slot fee multiplier (time slot)"),
    "slot_multiplier": QT_TRANSLATE_NOOP("Metric", "Viewer multiplier (time slot)"),
    "tier_followers_min": QT_TRANSLATE_NOOP("Metric", "Followers from which a tier starts · 层级粉丝门槛"),
    "universe": QT_TRANSLATE_NOOP("Metric", "Platform users · 平台用户规模"),
    "views_per_viewer": QT_TRANSLATE_NOOP("Metric", "Views per unique viewer (PV ÷ UV)"),
}


def benchmark_metric_label(key: str) -> str:
    """A benchmark-library metric in the UI language ("Conversion rate · 看播转化率"; the term alone in Chinese)."""
    label = BENCHMARK_METRIC_LABELS.get(key)
    return QCoreApplication.translate("Metric", label) if label else key
