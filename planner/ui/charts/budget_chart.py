"""Budget curve: projected reach and net GMV as the campaign's paid traffic (投流) scales 0.25×–3×.

The current plan (1×) is marked; the flattening curves show the diminishing returns of paid traffic.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel
from planner.services.chart_data import BUDGET_MULTIPLIERS, BudgetCurve, budget_curve
from planner.services.projection import read_plan

REACH_COLOR = "#263238"
NET_COLOR = "#1b7f3b"
COST_COLOR = "#b23b3b"
MARK_COLOR = "#ff6f00"
#: A denser grid than the default so the curve reads smooth.
CHART_MULTIPLIERS: tuple[float, ...] = tuple(sorted(set(BUDGET_MULTIPLIERS) | {1.75, 2.25, 2.75}))


class BudgetChart(ChartPanel):
    """Reach and net GMV (with total cost) against a multiplier of the planned paid traffic."""

    curve_shown = Signal()
    export_name = "budget-curve"

    def __init__(self, store, parent: QWidget | None = None,
                 multipliers: tuple[float, ...] = CHART_MULTIPLIERS) -> None:
        super().__init__(parent)
        self.store = store
        self.multipliers = multipliers
        self.campaign_id: int | None = None
        self.curve: BudgetCurve | None = None
        self.reach_plot: pg.PlotItem | None = None
        self.money_plot: pg.PlotItem | None = None
        self.reach_curve: pg.PlotDataItem | None = None
        self.net_curve: pg.PlotDataItem | None = None
        self.cost_curve: pg.PlotDataItem | None = None
        self.mark_labels: list[pg.TextItem] = []  # "Current plan: …" of each plot
        self._build()

    def _build(self) -> None:
        self.title = QLabel()
        self.busy_bar = self.make_busy_bar()
        self.controls.addWidget(self.title, 1)
        self.controls.addWidget(self.busy_bar)

    # -- public API ----------------------------------------------------------------------------------------
    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.refresh()

    def refresh(self) -> None:
        cid = self.campaign_id
        if cid is None:
            self.cancel_jobs()
            self._message(self.tr("Select a campaign to see how reach and net GMV respond to paid traffic."))
            return
        self.title.setText(self.tr("Projecting {n} budget levels…").format(n=len(self.multipliers)))
        mults, store = self.multipliers, self.store
        self.start_job(lambda: budget_curve(read_plan(store, [cid]), cid, mults), self._on_done, self._on_failed,
                       self.busy_bar)

    # -- results -------------------------------------------------------------------------------------------
    def _on_done(self, result: BudgetCurve) -> None:
        self.curve = result
        i1 = int(np.argmin(np.abs(result.multipliers - 1.0)))
        self.title.setText(self.tr("Planned paid traffic (1×): {spend}. Expected values at benchmark medians.")
                           .format(spend=style.format_money(result.paid_spend[i1], result.currency)))
        self.redraw()
        self.curve_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.curve = None
        self._message(self.tr("Cannot project: {error}").format(error=exc))

    def _message(self, text: str) -> None:
        self.title.setText(text)
        self.clear_canvas()
        self.reach_plot = self.money_plot = self.reach_curve = self.net_curve = self.cost_curve = None

    # -- drawing -------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        c = self.curve
        self.clear_canvas()
        self.mark_labels = []
        if c is None:
            return
        m = c.multipliers
        i1 = c.index(1.0)
        # Increments over "no paid traffic": organic reach and GMV would otherwise dwarf the response.
        reach, net, cost = c.extra(c.reach), c.extra(c.net_gmv), c.extra(c.cost)
        self.reach_plot = self._plot(0, self.tr("Extra unique reach from paid traffic"), "count", c.currency,
                                     self.tr("People reached (vs no paid traffic)"))
        self.reach_curve = self.reach_plot.plot(m, reach, pen=pg.mkPen(REACH_COLOR, width=2.5), symbol="o",
                                                symbolSize=6, symbolBrush=REACH_COLOR, symbolPen=None)
        self._mark(self.reach_plot, reach[i1], self.tr("+{v} people (total {t})").format(
            v=style.format_number(reach[i1]), t=style.format_number(c.reach[i1])))
        self.money_plot = self._plot(1, self.tr("Extra net GMV and extra cost from paid traffic"), "money",
                                     c.currency, self.tr("{cur} (vs no paid traffic)").format(cur=c.currency))
        self.net_curve = self.money_plot.plot(m, net, pen=pg.mkPen(NET_COLOR, width=2.5), symbol="o",
                                              symbolSize=6, symbolBrush=NET_COLOR, symbolPen=None)
        self.cost_curve = self.money_plot.plot(m, cost, pen=pg.mkPen(COST_COLOR, width=2,
                                                                     style=Qt.PenStyle.DashLine))
        self._mark(self.money_plot, net[i1], self.tr("+{v} net GMV (total {t})").format(
            v=style.format_money(net[i1], c.currency), t=style.format_money(c.net_gmv[i1], c.currency)))
        self.money_plot.setXLink(self.reach_plot)
        for plot, ys in ((self.reach_plot, [reach]), (self.money_plot, [net, cost])):
            both = np.concatenate(ys)
            top, bottom = float(np.nanmax(both)), float(min(0.0, np.nanmin(both)))
            plot.setYRange(bottom, top * 1.15 if top > 0 else 1, padding=0)
            plot.setXRange(-0.05, float(m.max()) + 0.1, padding=0)
        legend = style.legend_row(self.canvas.ci, row=2, col=0, columns=4)
        legend.addItem(self.reach_curve, self.tr("Extra reach"))
        legend.addItem(self.net_curve, self.tr("Extra net GMV"))
        legend.addItem(self.cost_curve, self.tr("Extra cost (paid traffic, commission, fees)"))
        marker = pg.PlotDataItem([0], [0], pen=None, symbol="d", symbolSize=11, symbolBrush=MARK_COLOR)
        legend.addItem(marker, self.tr("Current plan (1×)"))

    def _plot(self, row: int, title: str, kind: str, currency: str, unit: str) -> pg.PlotItem:
        bottom = style.NumberAxis("bottom", "ratio")
        plot = self.new_plot(row=row, col=0, title=title, left_kind=kind, bottom=bottom, currency=currency)
        style.set_axis_label(plot, "left", unit)
        style.set_axis_label(plot, "bottom", self.tr("Paid traffic (投流) as a multiple of the plan"))
        plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        plot.setMouseEnabled(x=False, y=False)
        return plot

    def _mark(self, plot: pg.PlotItem, y: float, text: str) -> None:
        line = pg.InfiniteLine(1.0, angle=90, pen=pg.mkPen(MARK_COLOR, width=1.5, style=Qt.PenStyle.DotLine))
        plot.addItem(line)
        point = pg.ScatterPlotItem([1.0], [y], symbol="d", size=13, brush=pg.mkBrush(MARK_COLOR),
                                   pen=pg.mkPen("w"))
        point.setZValue(10)
        plot.addItem(point)
        # On a white card above the curves: the dashed cost line and the grid ran through the bare text.
        label = pg.TextItem(self.tr("Current plan: {v}").format(v=text), color=MARK_COLOR, anchor=(0.0, 1.0),
                            fill=pg.mkBrush(255, 255, 255, 235), border=pg.mkPen(MARK_COLOR, width=1))
        label.setFont(style.label_font(9, bold=True))
        label.setPos(1.04, y)
        label.setZValue(20)
        plot.addItem(label)
        self.mark_labels.append(label)

    # -- hover ---------------------------------------------------------------------------------------------
    def hover_text(self, scene_pos: QPointF) -> str:
        c = self.curve
        if c is None:
            return ""
        for plot in (self.reach_plot, self.money_plot):
            if plot is None or not plot.sceneBoundingRect().contains(scene_pos):
                continue
            xv = plot.getViewBox().mapSceneToView(scene_pos).x()
            i = int(np.argmin(np.abs(c.multipliers - xv)))
            if abs(c.multipliers[i] - xv) > 0.15:
                return ""
            roi = c.net_gmv[i] / c.cost[i] if c.cost[i] else float("nan")
            parts = [
                f"<b>{style.format_ratio(c.multipliers[i])}</b> " + html.escape(
                    self.tr("paid traffic ({spend})").format(spend=style.format_money(c.paid_spend[i], c.currency))),
                html.escape(self.tr("Reach: {v}").format(v=style.format_number(c.reach[i]))),
                html.escape(self.tr("Net GMV: {v}").format(v=style.format_money(c.net_gmv[i], c.currency))),
                html.escape(self.tr("Cost: {v} · ROI {roi}").format(v=style.format_money(c.cost[i], c.currency),
                                                                    roi=style.format_ratio(roi))),
            ]
            if i > 0:
                dx = c.paid_spend[i] - c.paid_spend[i - 1]
                if dx > 0:
                    parts.append(html.escape(self.tr("Marginal: {r} people and {g} net GMV per extra {cur} 1,000")
                                             .format(r=style.format_number((c.reach[i] - c.reach[i - 1]) / dx * 1000),
                                                     g=style.format_money((c.net_gmv[i] - c.net_gmv[i - 1]) / dx
                                                                          * 1000, c.currency),
                                                     cur=c.currency)))
            return "<br>".join(parts)
        return ""
