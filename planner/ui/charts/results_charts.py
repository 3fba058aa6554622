"""Results (复盘) charts: each recorded show's actual against its projected range, and the campaign's
cumulative plan against the cumulative actual over its days."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from planner.domain.timezones import CHINA_TZ, china_time
from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel

if TYPE_CHECKING:
    from planner.domain.results import CampaignResults

INSIDE_COLOR = "#2e7d32"
OUTSIDE_COLOR = "#c62828"
RANGE_COLOR = "#90a4ae"
PLAN_COLOR = "#1565c0"
ACTUAL_COLOR = "#e65100"


class ResultsChart(ChartPanel):
    """Base of the two results charts: a metric choice (show viewers or GMV) and the latest results."""

    # the metric choice, over QPaintDevice.metric(), which nothing here calls
    metric: QComboBox  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric = QComboBox(self)
        self.metric.setObjectName("results_chart_metric")
        self.metric.addItem(self.tr("Show viewers (场观)"), "viewers")
        self.metric.addItem(self.tr("GMV (成交金额)"), "gmv")
        self.controls.addWidget(QLabel(self.tr("Figure:"), self))
        self.controls.addWidget(self.metric)
        self.controls.addStretch(1)
        self.results: CampaignResults | None = None
        self.plot = self.new_plot(left_kind="count")
        self.metric.currentIndexChanged.connect(lambda _i: self.redraw())

    def show_results(self, results) -> None:
        self.results = results
        self.redraw()

    @property
    def metric_key(self) -> str:
        return self.metric.currentData()

    def _axis_label(self) -> str:
        if self.metric_key == "gmv":
            cur = self.results.currency if self.results is not None else "CNY"
            return self.tr("GMV ({currency})").format(currency=cur)
        return self.tr("Show viewers (persons)")

    def redraw(self) -> None:
        raise NotImplementedError


class WhiskerChart(ResultsChart):
    """Each recorded show in start order: P10–P90 whisker, P50 tick, actual dot (green inside, red outside)."""

    export_name = "results_ranges"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.setLogMode(x=False, y=True)
        self.plot.getAxis("bottom").setLabel(self.tr("Recorded shows, in start order (China date)"), color=style.FOREGROUND)
        self.whiskers = pg.PlotDataItem(pen=pg.mkPen(RANGE_COLOR, width=6), connect="pairs")
        # Plot data items (not bare scatter items) so the plot's log scale applies to them too.
        self.medians = pg.PlotDataItem(pen=None, symbol="t1", symbolSize=11, symbolPen=pg.mkPen(PLAN_COLOR),
                                       symbolBrush=PLAN_COLOR)
        self.actuals = pg.PlotDataItem(pen=None, symbol="o", symbolSize=9, symbolPen=pg.mkPen("w", width=1))
        for item in (self.whiskers, self.medians, self.actuals):
            self.plot.addItem(item)
        self.shows: list = []

    def redraw(self) -> None:
        m = self.metric_key
        shows = sorted((s for s in (self.results.sessions if self.results else []) if s.recorded
                        and (s.actual.get(m) or 0) > 0), key=lambda s: s.start)
        self.shows = shows
        style.set_axis_label(self.plot, "left", self._axis_label() + self.tr(" — log scale"))
        self.plot.getAxis("left").set_kind("money" if m == "gmv" else "count")
        if not shows:
            for item in (self.whiskers, self.medians, self.actuals):
                item.setData([], [])
            self.plot.getAxis("bottom").setTicks([[], []])  # no other campaign's dates under an empty chart
            self.readout.setText(self.tr("No recorded shows yet: record actual results in the Sessions table "
                                         "or import a platform export."))
            self.redrawn.emit()
            return
        x = np.arange(len(shows), dtype=float)
        lo = np.array([s.projected[m][0] for s in shows])
        mid = np.array([s.projected[m][1] for s in shows])
        hi = np.array([s.projected[m][2] for s in shows])
        act = np.array([s.actual[m] for s in shows], float)
        self.whiskers.setData(np.repeat(x, 2), np.column_stack([np.maximum(lo, 1e-9), hi]).ravel())
        self.medians.setData(x, np.maximum(mid, 1e-9))
        inside = [s.inside(m) for s in shows]
        self.actuals.setData(x, act, symbolBrush=[pg.mkBrush(INSIDE_COLOR if ok else OUTSIDE_COLOR)
                                                  for ok in inside])
        self.plot.setXRange(-0.8, len(shows) - 0.2, padding=0)
        step = max(1, len(shows) // 16)  # a date under every show while they fit, else under every n-th
        self.plot.getAxis("bottom").setTicks([[(i, f"{china_time(s.start):%m-%d}") for i, s in enumerate(shows)
                                               if i % step == 0], []])
        n_in = sum(bool(v) for v in inside)
        self.readout.setText(self.tr("{n} of {total} shows inside their P10–P90 range (▲ projected median, ● actual: "
                                     "green inside, red outside). Hover a show for its figures.")
                             .format(n=n_in, total=len(shows)))
        self.redrawn.emit()

    def hover_text(self, scene_pos: QPointF) -> str:
        if not self.shows or self.results is None or not self.plot.sceneBoundingRect().contains(scene_pos):
            return ""  # (shows are the results' sessions: none without results)
        x = self.plot.vb.mapSceneToView(scene_pos).x()
        i = int(round(x))
        if not 0 <= i < len(self.shows):
            return ""
        s, m = self.shows[i], self.metric_key
        p10, p50, p90 = s.projected[m]
        cur = self.results.currency
        fmt = (lambda v: style.format_money(v, cur)) if m == "gmv" else style.format_number
        diff = s.diff(m)
        return self.tr("{host} · {when}: actual {actual}, projected {mid} (P10–P90 {lo} – {hi}), {diff:+.0%}").format(
            host=s.host_name, when=f"{china_time(s.start):%m-%d %H:%M}", actual=fmt(s.actual[m]), mid=fmt(p50),
            lo=fmt(p10), hi=fmt(p90), diff=diff or 0.0)


class CumulativeChart(ResultsChart):
    """Cumulative plan (P50 line, P10–P90 band) and cumulative actual over the campaign's China days."""

    export_name = "results_cumulative"

    def __init__(self, parent: QWidget | None = None) -> None:
        self._date_axis = pg.DateAxisItem(orientation="bottom")
        super().__init__(parent)
        self.plot.setAxisItems({"bottom": self._date_axis})
        self.low = pg.PlotDataItem(pen=pg.mkPen(PLAN_COLOR, width=0.5))
        self.high = pg.PlotDataItem(pen=pg.mkPen(PLAN_COLOR, width=0.5))
        self.band = pg.FillBetweenItem(self.low, self.high, brush=pg.mkBrush(21, 101, 192, 45))
        self.median = pg.PlotDataItem(pen=pg.mkPen(PLAN_COLOR, width=2), name=self.tr("Plan P50"))
        self.actual = pg.PlotDataItem(pen=pg.mkPen(ACTUAL_COLOR, width=2.5), symbol="o", symbolSize=5,
                                      symbolBrush=ACTUAL_COLOR, symbolPen=None, name=self.tr("Actual"))
        self.plot.addLegend(offset=(10, 10))
        for item in (self.band, self.low, self.high, self.median, self.actual):
            self.plot.addItem(item)
        self.stamps = np.zeros(0)

    def redraw(self) -> None:
        m = self.metric_key
        style.set_axis_label(self.plot, "left", self.tr("Cumulative ") + self._axis_label())
        self.plot.getAxis("left").set_kind("money" if m == "gmv" else "count")
        if self.results is None or not self.results.days:
            for item in (self.low, self.high, self.median, self.actual):
                item.setData([], [])
            self.redrawn.emit()
            return
        band, _x, actual = self.results.cumulative(m)
        # Each day at China noon, as seconds since 1970 (the date axis shows it in the display's own zone).
        self.stamps = np.array([datetime.combine(d, time(12), CHINA_TZ).timestamp() for d in self.results.days])
        self.low.setData(self.stamps, band[0])
        self.high.setData(self.stamps, band[2])
        self.median.setData(self.stamps, band[1])
        have = [i for i, v in enumerate(actual) if v is not None]
        self.actual.setData(self.stamps[have], np.array([actual[i] for i in have], float))
        self.plot.enableAutoRange()
        if have:
            i = have[-1]
            cur = self.results.currency
            fmt = (lambda v: style.format_money(v, cur)) if m == "gmv" else style.format_number
            self.readout.setText(self.tr("By {day}: actual {actual}; plan P50 {mid} (P10–P90 {lo} – {hi})").format(
                day=self.results.days[i].isoformat(), actual=fmt(actual[i]), mid=fmt(band[1][i]),
                lo=fmt(band[0][i]), hi=fmt(band[2][i])))
        else:
            self.readout.setText(self.tr("No recorded shows yet: the band is the plan."))
        self.redrawn.emit()
