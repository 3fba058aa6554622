"""Reach build-up: cumulative unique reach and GMV over the campaign's China dates, with P10–P90 bands
and festival windows shaded."""

from __future__ import annotations

import calendar
import html
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QLabel, QWidget

from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel
from planner.services.chart_data import DEFAULT_SEED, Buildup, reach_buildup
from planner.services.projection import read_plan

DAY = 86_400
LINE_COLOR = "#263238"
BAND_COLOR = (96, 125, 139, 70)
PRESALE_COLOR = (255, 193, 7, 22)


def day_x(d: date) -> float:
    """x of a China date: its midnight as UTC seconds, shown by a DateAxisItem with ``utcOffset=0``
    so the axis reads the China date whatever the user's zone."""
    return float(calendar.timegm(d.timetuple()))


class BuildupChart(ChartPanel):
    """Cumulative reach and GMV per China date of the selected campaign."""

    buildup_shown = Signal()
    export_name = "reach-buildup"

    def __init__(self, store, parent: QWidget | None = None, *, draws: int = 300,
                 seed: int = DEFAULT_SEED) -> None:
        super().__init__(parent)
        self.store = store
        self.draws = draws
        self.seed = seed
        self.campaign_id: int | None = None
        self.buildup: Buildup | None = None
        self.reach_plot: pg.PlotItem | None = None
        self.gmv_plot: pg.PlotItem | None = None
        self.reach_curve: pg.PlotDataItem | None = None
        self.gmv_curve: pg.PlotDataItem | None = None
        self.bands: dict[str, pg.FillBetweenItem] = {}
        self.festival_regions: list[pg.LinearRegionItem] = []
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
            self._message(self.tr("Select a campaign to see its reach build-up."))
            return
        try:
            name = self.store.campaign(cid).name
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self._message(str(exc))
            return
        self.title.setText(self.tr("Projecting the build-up of {name}…").format(name=name))
        draws, seed, store = self.draws, self.seed, self.store
        self.start_job(lambda: reach_buildup(read_plan(store, [cid]), cid, draws, seed), self._on_done,
                       self._on_failed, self.busy_bar)

    # -- results -----------------------------------------------------------------------------------------
    def _on_done(self, result: Buildup) -> None:
        self.buildup = result
        name = self.store.campaign(self.campaign_id).name if self.campaign_id is not None else ""
        self.title.setText(self.tr("{name}: cumulative reach and GMV by China date (band: P10–P90 of {d} draws)")
                           .format(name=name, d=style.format_number(self.draws)))
        self.redraw()
        self.buildup_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.buildup = None
        self._message(self.tr("Cannot project: {error}").format(error=exc))

    def _message(self, text: str) -> None:
        self.title.setText(text)
        self.clear_canvas()
        self.reach_plot = self.gmv_plot = self.reach_curve = self.gmv_curve = None
        self.bands, self.festival_regions = {}, []

    # -- drawing -----------------------------------------------------------------------------------------
    def redraw(self) -> None:
        b = self.buildup
        self.clear_canvas()
        self.bands, self.festival_regions = {}, []
        if b is None or not b.days:
            return
        x = self.day_positions()  # each date's total at that date's own tick
        self.reach_plot = self._series_plot(0, x, b.reach, b.reach_p10, b.reach_p90, "count",
                                            self.tr("Cumulative unique reach"), self.tr("People reached"),
                                            b.currency, "reach")
        self.gmv_plot = self._series_plot(1, x, b.gmv, b.gmv_p10, b.gmv_p90, "money",
                                          self.tr("Cumulative GMV"), b.currency, b.currency, "gmv")
        self.gmv_plot.setXLink(self.reach_plot)
        self.reach_curve = self.reach_plot.items_curve
        self.gmv_curve = self.gmv_plot.items_curve
        legend = style.legend_row(self.canvas.ci, row=2, col=0, columns=3)
        legend.addItem(self.reach_curve, self.tr("Expected (benchmark medians)"))
        band_sample = pg.PlotDataItem([0, 0], [0, 0], fillLevel=0, fillBrush=pg.mkBrush(BAND_COLOR),
                                      pen=pg.mkPen(None))
        legend.addItem(band_sample, self.tr("P10–P90 range"))
        fest_sample = pg.PlotDataItem([0, 0], [0, 0], fillLevel=0, fillBrush=pg.mkBrush(style.FESTIVAL_COLOR),
                                      pen=pg.mkPen(None))
        legend.addItem(fest_sample, self.tr("Festival window (lighter: presale)"))

    def day_positions(self) -> np.ndarray:
        """x of each China date's point: the date's own tick (its midnight), where the axis writes the date.
        (Plotted at the end of the date, each day's sessions showed at the next day's tick.)"""
        b = self.buildup
        return np.array([day_x(d) for d in b.days]) if b is not None else np.zeros(0)

    def _series_plot(self, row: int, x: np.ndarray, y: np.ndarray, lo, hi, kind: str, title: str,
                     unit: str, currency: str, key: str) -> pg.PlotItem:
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        plot = self.new_plot(row=row, col=0, title=title, left_kind=kind, bottom=axis, currency=currency)
        style.set_axis_label(plot, "left", unit)
        style.set_axis_label(plot, "bottom", self.tr("China date (Asia/Shanghai)"))
        plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
        self._shade_festivals(plot, float(np.nanmax(hi if hi is not None else y)))
        if lo is not None and hi is not None:
            lo_item = pg.PlotDataItem(x, lo, pen=pg.mkPen(BAND_COLOR[:3], width=0.5))
            hi_item = pg.PlotDataItem(x, hi, pen=pg.mkPen(BAND_COLOR[:3], width=0.5))
            band = pg.FillBetweenItem(lo_item, hi_item, brush=pg.mkBrush(BAND_COLOR))
            plot.addItem(lo_item)
            plot.addItem(hi_item)
            plot.addItem(band)
            self.bands[key] = band
        curve = plot.plot(x, y, pen=pg.mkPen(LINE_COLOR, width=2.5), symbol="o", symbolSize=5,
                          symbolBrush=LINE_COLOR, symbolPen=None)
        plot.items_curve = curve
        top = float(np.nanmax(hi if hi is not None else y))
        plot.setYRange(0, top * 1.1 if top > 0 else 1, padding=0)
        plot.setXRange(float(x[0]) - 1.0 * DAY, float(x[-1]) + 1.0 * DAY, padding=0)
        plot.setMouseEnabled(x=True, y=False)
        return plot

    def _shade_festivals(self, plot: pg.PlotItem, top: float) -> None:
        b = self.buildup
        assert b is not None
        for f in b.festivals:
            if f.presale_start and f.presale_start < f.start:
                pre = pg.LinearRegionItem((day_x(f.presale_start) - DAY / 2, day_x(f.start) - DAY / 2), movable=False,
                                          brush=pg.mkBrush(PRESALE_COLOR), pen=pg.mkPen(None))
                pre.setZValue(-20)
                plot.addItem(pre)
                self.festival_regions.append(pre)
            region = pg.LinearRegionItem((day_x(f.start) - DAY / 2, day_x(f.end) + DAY / 2), movable=False,
                                         brush=pg.mkBrush(style.FESTIVAL_COLOR), pen=pg.mkPen(None))
            region.setZValue(-10)
            region.setToolTip(f"{f.name_en} {f.name_zh}")
            plot.addItem(region)
            self.festival_regions.append(region)
            label = pg.TextItem(f.name_zh or f.name_en, color="#8a6d00", anchor=(0, 0))
            label.setFont(style.label_font(8))
            label.setPos(day_x(f.presale_start or f.start) - DAY / 2, top * 1.09)
            plot.addItem(label)

    # -- hover -----------------------------------------------------------------------------------------------
    def hover_text(self, scene_pos: QPointF) -> str:
        b = self.buildup
        if b is None:
            return ""
        for plot in (self.reach_plot, self.gmv_plot):
            if plot is None or not plot.sceneBoundingRect().contains(scene_pos):
                continue
            xv = plot.getViewBox().mapSceneToView(scene_pos).x()
            xs = self.day_positions()
            i = int(np.argmin(np.abs(xs - xv)))
            if abs(xs[i] - xv) > DAY:
                return ""
            d = b.days[i]
            lines = [f"<b>{d:%a %d %b %Y}</b> " + html.escape(self.tr("(China date, cumulative)"))]
            lines.append(html.escape(self.tr("Reach: {v}").format(v=style.format_number(b.reach[i]))
                                     + self._range(b.reach_p10, b.reach_p90, i, "count", b.currency)))
            lines.append(html.escape(self.tr("GMV: {v}").format(v=style.format_money(b.gmv[i], b.currency))
                                     + self._range(b.gmv_p10, b.gmv_p90, i, "money", b.currency)))
            fest = [f for f in b.festivals if (f.presale_start or f.start) <= d <= f.end]
            if fest:
                lines.append(html.escape(", ".join(f"{f.name_en} {f.name_zh}" for f in fest)))
            return "<br>".join(lines)
        return ""

    def _range(self, lo, hi, i: int, kind: str, currency: str) -> str:
        if lo is None or hi is None:
            return ""
        return " (P10–P90 {a} – {b})".format(a=style.format_value(lo[i], kind, currency),
                                             b=style.format_value(hi[i], kind, currency))
