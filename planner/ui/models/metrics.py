"""The projection's headline metrics: label, Chinese term, formula, and how to format them."""

from __future__ import annotations

from dataclasses import dataclass

from planner.ui import formatting as F


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    zh: str
    formula: str
    kind: str  # "number" | "money" | "ratio" | "percent"

    def tooltip(self) -> str:
        return f"<b>{self.label}</b> — {self.zh}<br>{self.formula}"

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
    Metric("reach", "Reach", "触达人数 (去重)",
           "Unique people who watch at least one session (viewers across sessions, de-duplicated).", "number"),
    Metric("viewers", "Viewers", "场观 · 观看人数 (UV)", "Sum of each session's unique viewers.", "number"),
    Metric("gmv", "GMV", "成交金额 (GMV)", "Gross sales = buyers × average order value.", "money"),
    Metric("net_gmv", "Net GMV", "净成交", "Net sales = GMV × (1 − return rate 退货率).", "money"),
    Metric("cost", "Cost", "总成本",
           "Slot fees (坑位费) + commission (佣金) + platform fees (平台技术服务费) + paid traffic (投流) "
           "+ other costs.", "money"),
    Metric("roi", "ROI", "投产比 (ROI)", "ROI = net GMV ÷ cost (net of returns).", "ratio"),
    Metric("cost_per_reach", "Cost per reach", "触达成本", "Cost ÷ reach (cost of one unique person reached).",
           "money"),
)

PLATFORM_METRICS: tuple[Metric, ...] = (
    Metric("viewers", "Viewers", "场观", "Sum of the platform's session unique viewers.", "number"),
    Metric("reach", "Reach", "触达人数", "Unique people reached on this platform.", "number"),
    Metric("buyers", "Buyers", "成交人数", "Viewers × conversion rate (看播转化率).", "number"),
    Metric("gmv", "GMV", "成交金额", "Gross sales on this platform.", "money"),
    Metric("net_gmv", "Net GMV", "净成交", "GMV × (1 − return rate).", "money"),
    Metric("cost", "Cost", "成本", "Slot fees + commission + platform fees + paid traffic on this platform "
           "(the campaign's other costs are in their own row).", "money"),
    Metric("roi", "ROI", "投产比", "Net GMV ÷ cost.", "ratio"),
)

BY_KEY = {m.key: m for m in OVERVIEW_METRICS + PLATFORM_METRICS}
