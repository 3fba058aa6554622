"""Platform benchmarks: a bar per platform with its P10–P90 whisker, or a normalised small-multiples grid.

Sourced figures are solid bars, estimates and assumptions hatched; the tooltip names the source and year.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMenu, QToolButton, QWidget

from planner.domain.models import TIERS, TIER_LABELS, BenchmarkFigure, Platform
from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel
from planner.services.chart_data import (
    METRIC_SPECS, PROFILE_METRICS, BenchmarkBar, MetricSpec, benchmark_bars, benchmark_profile,
)
from planner.ui.i18n import domain_label

NEUTRAL = "#5b6770"
WHISKER_COLOR = "#333333"
#: Metrics whose ranges span orders of magnitude: shown on a log scale unless the user turns it off.
LOG_BY_DEFAULT = frozenset({"session_views", "slot_fee"})
DEFAULT_PROFILE = ("session_views", "conversion_rate", "avg_order_value", "cpm_paid", "universe")
MODE_BARS, MODE_PROFILE = "bars", "profile"


class BenchmarkChart(ChartPanel):
    """Benchmark bars for one metric and tier, or the normalised comparison of several metrics."""

    export_name = "benchmarks"

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.figures: list[BenchmarkFigure] = []
        self.platforms: list[Platform] = []
        self.bars: list[BenchmarkBar] = []
        self.bar_item: pg.BarGraphItem | None = None
        self.error_item: pg.ErrorBarItem | None = None
        self.value_labels: list[pg.TextItem] = []
        self.plot: pg.PlotItem | None = None
        self.profile: dict = {}
        self.profile_items: dict[str, pg.BarGraphItem] = {}
        self.profile_plots: dict[str, pg.PlotItem] = {}
        self.metric_key = "session_views"
        self.tier = "waist"
        self.mode = MODE_BARS
        self._log_choice: dict[str, bool] = {}
        self._build()
        self._connect_signals()
        self.reload()

    # -- labels ----------------------------------------------------------------------------------------
    def metric_label(self, key: str) -> str:
        return {
            "session_views": self.tr("Viewers per session (views, PV)"),
            "conversion_rate": self.tr("Conversion rate"),
            "avg_order_value": self.tr("Average order value"),
            "cpm_paid": self.tr("Paid traffic CPM"),
            "universe": self.tr("Platform universe (users)"),
            "returning_viewer_share": self.tr("Returning-viewer share (老粉占比)"),
            "platform_fee_rate": self.tr("Platform fee rate"),
            "commission_rate": self.tr("Host commission (all platforms, by tier)"),
            "slot_fee": self.tr("Slot fee (all platforms, by tier)"),
            "return_rate": self.tr("Return rate (all platforms)"),
            "festival_viewer_multiplier": self.tr("Festival viewer multiplier (by tier)"),
        }.get(key, key)

    def short_label(self, key: str) -> str:
        return {
            "session_views": self.tr("Viewers"), "conversion_rate": self.tr("CVR"),
            "avg_order_value": self.tr("AOV"), "cpm_paid": self.tr("CPM"),
            "universe": self.tr("Users"), "returning_viewer_share": self.tr("Return."),
            "platform_fee_rate": self.tr("Fee"),
        }.get(key, key)

    def axis_label(self, spec: MetricSpec) -> str:
        return {
            "session_views": self.tr("Views (PV) per session"),
            "conversion_rate": self.tr("Buyers per unique viewer (%)"),
            "avg_order_value": self.tr("CNY per order"),
            "cpm_paid": self.tr("CNY per 1,000 paid impressions"),
            "universe": self.tr("People"),
            "returning_viewer_share": self.tr("Share of a session's viewers (%)"),
            "platform_fee_rate": self.tr("Share of net GMV (%)"),
            "commission_rate": self.tr("Share of net GMV (%)"),
            "slot_fee": self.tr("CNY per session slot"),
            "return_rate": self.tr("Share of GMV refunded (%)"),
            "festival_viewer_multiplier": self.tr("× viewers during a festival window"),
        }.get(spec.key, "")

    def segment_label(self, seg: str) -> str:
        if seg in TIER_LABELS:
            return domain_label(TIER_LABELS[seg])
        return self.tr("All categories") if seg == "" else seg.replace("_", " ").capitalize()

    def bar_label(self, bar: BenchmarkBar) -> str:
        if bar.platform == "all":
            return self.segment_label(bar.key)
        p = next((p for p in self.platforms if p.key == bar.key), None)
        if p is None:
            return bar.key
        name = p.name_en.split(" (")[0]
        return f"{name}\n{p.name_zh}" if p.name_zh else name

    # -- layout ------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("One metric, by platform"), MODE_BARS)
        self.mode_combo.addItem(self.tr("Compare metrics (normalised)"), MODE_PROFILE)
        self.metric_combo = QComboBox()
        for key in METRIC_SPECS:
            self.metric_combo.addItem(self.metric_label(key), key)
        self.tier_combo = QComboBox()
        for t in TIERS:
            self.tier_combo.addItem(domain_label(TIER_LABELS[t]), t)
        self.tier_combo.setCurrentIndex(TIERS.index(self.tier))
        self.metrics_button = QToolButton()
        self.metrics_button.setText(self.tr("Metrics"))
        self.metrics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.metrics_menu = QMenu(self.metrics_button)
        self.metric_actions: dict[str, QAction] = {}
        for key in PROFILE_METRICS:
            act = QAction(self.metric_label(key), self.metrics_menu)
            act.setCheckable(True)
            act.setChecked(key in DEFAULT_PROFILE)
            self.metrics_menu.addAction(act)
            self.metric_actions[key] = act
        self.metrics_button.setMenu(self.metrics_menu)
        self.log_check = QCheckBox(self.tr("Log scale"))
        self.log_check.setToolTip(self.tr("A logarithmic axis keeps small bars readable when the P10–P90 "
                                          "ranges span orders of magnitude"))
        self.log_check.setChecked(self.metric_key in LOG_BY_DEFAULT)
        self.metric_caption = QLabel(self.tr("Metric:"))
        for combo in (self.mode_combo, self.metric_combo):  # as wide as their text when there is room; in a
            combo.setMinimumWidth(12 * combo.fontMetrics().averageCharWidth() + 30)  # longer language they elide
        self.controls.addWidget(self.mode_combo)
        self.controls.addWidget(self.metric_caption)
        self.controls.addWidget(self.metric_combo)
        self.controls.addWidget(QLabel(self.tr("Host tier:")))
        self.controls.addWidget(self.tier_combo)
        self.controls.addWidget(self.metrics_button)
        self.controls.addWidget(self.log_check)
        self.controls.addStretch(1)

    def _connect_signals(self) -> None:
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_changed)
        self.tier_combo.currentIndexChanged.connect(self._on_tier_changed)
        self.log_check.toggled.connect(self._on_log_toggled)
        for act in self.metric_actions.values():
            act.toggled.connect(self._on_profile_metrics_changed)

    # -- public API ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the benchmark library and platforms from the store again, then redraw."""
        self.figures = self.store.benchmarks()
        self.platforms = self.store.platforms()
        self.redraw()

    def set_metric(self, key: str) -> None:
        self.metric_combo.setCurrentIndex(self.metric_combo.findData(key))

    def set_tier(self, tier: str) -> None:
        self.tier_combo.setCurrentIndex(self.tier_combo.findData(tier))

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    def set_profile_metrics(self, keys) -> None:
        for key, act in self.metric_actions.items():
            act.blockSignals(True)
            act.setChecked(key in keys)
            act.blockSignals(False)
        self._on_profile_metrics_changed()

    def profile_metrics(self) -> list[str]:
        return [k for k, a in self.metric_actions.items() if a.isChecked()]

    # -- handlers --------------------------------------------------------------------------------------------
    def _on_mode_changed(self, _index: int) -> None:
        self.mode = self.mode_combo.currentData()
        self.redraw()

    def _on_metric_changed(self, _index: int) -> None:
        self.metric_key = self.metric_combo.currentData()
        self.log_check.blockSignals(True)
        self.log_check.setChecked(self.log_scale())
        self.log_check.blockSignals(False)
        self.redraw()

    def _on_log_toggled(self, checked: bool) -> None:
        self._log_choice[self.metric_key] = checked
        self.redraw()

    def log_scale(self) -> bool:
        """Whether the current metric is drawn on a log axis (the user's choice, else the default)."""
        return self._log_choice.get(self.metric_key, self.metric_key in LOG_BY_DEFAULT)

    def set_log_scale(self, on: bool) -> None:
        self.log_check.setChecked(on)

    def _on_tier_changed(self, _index: int) -> None:
        self.tier = self.tier_combo.currentData()
        self.redraw()

    def _on_profile_metrics_changed(self, *_args) -> None:
        if self.mode == MODE_PROFILE:
            self.redraw()

    # -- drawing -----------------------------------------------------------------------------------------------
    def _update_controls(self) -> None:
        spec = METRIC_SPECS[self.metric_key]
        bars = self.mode == MODE_BARS
        self.metric_caption.setVisible(bars)
        self.metric_combo.setVisible(bars)
        self.metrics_button.setVisible(not bars)
        self.log_check.setVisible(bars)
        self.tier_combo.setEnabled((spec.tiered and bars) or not bars)

    def redraw(self) -> None:
        self._update_controls()
        self.clear_canvas()
        self.bar_item = self.error_item = self.plot = None
        self.value_labels = []
        self.profile_items, self.profile_plots = {}, {}
        if self.mode == MODE_PROFILE:
            self._draw_profile()
        else:
            self._draw_bars()
        self.redrawn.emit()

    def _colors(self, bar: BenchmarkBar) -> tuple:
        hex_color = NEUTRAL if bar.platform == "all" else next(
            (p.color for p in self.platforms if p.key == bar.platform), style.FALLBACK_COLOR)
        brush = style.solid_brush(hex_color) if bar.sourced else style.hatched_brush(hex_color)
        return brush, style.outline_pen(hex_color)

    def _draw_bars(self) -> None:
        spec = METRIC_SPECS[self.metric_key]
        self.bars = benchmark_bars(self.figures, self.platforms, self.metric_key, self.tier)
        tier_text = f" · {domain_label(TIER_LABELS[self.tier])}" if spec.tiered else ""
        plot = self.new_plot(title=f"{self.metric_label(self.metric_key)}{tier_text} — "
                                   + self.tr("median with P10–P90 range"), left_kind=spec.kind)
        self.plot = plot
        style.set_axis_label(plot, "left", self.axis_label(spec))
        if not self.bars:
            plot.addItem(pg.TextItem(self.tr("No figures for this metric"), color=style.FOREGROUND))
            return
        x = np.arange(len(self.bars), dtype=float)
        values = np.array([b.value for b in self.bars], dtype=float)
        lows = np.array([b.whisker_low for b in self.bars], dtype=float)
        highs = np.array([b.whisker_high for b in self.bars], dtype=float)
        log = self.log_scale() and bool(np.any(highs > 0))
        if log:
            positive = np.concatenate([values[values > 0], lows[lows > 0], highs[highs > 0]])
            floor = 10.0 ** np.floor(np.log10(positive.min()))  # bars start at the decade below everything
            tf = lambda a: np.log10(np.maximum(np.asarray(a, dtype=float), floor))  # noqa: E731
            base = float(np.log10(floor))
        else:
            tf = lambda a: np.asarray(a, dtype=float)  # noqa: E731
            base = 0.0
        ty, tlow, thigh = tf(values), tf(lows), tf(highs)
        brushes, pens = zip(*(self._colors(b) for b in self.bars))
        self.bar_item = pg.BarGraphItem(x=x, y0=base, height=ty - base, width=0.62, brushes=list(brushes),
                                        pens=list(pens))
        plot.addItem(self.bar_item)
        self.error_item = pg.ErrorBarItem(x=x, y=ty, top=thigh - ty, bottom=ty - tlow, beam=0.18,
                                          pen=pg.mkPen(WHISKER_COLOR, width=1.5))
        plot.addItem(self.error_item)
        for xi, yi, b in zip(x, ty, self.bars):
            # Beside the whisker, on top of the bar: the label sits at the height of the value it names.
            label = pg.TextItem(style.format_value(b.value, spec.kind, compact=True), color=style.FOREGROUND,
                                anchor=(0.0, 1.0))
            label.setFont(style.label_font(9, bold=True))
            label.setPos(xi + 0.03, yi)
            plot.addItem(label)
            self.value_labels.append(label)
        axis = plot.getAxis("bottom")
        axis.setTicks([[(float(i), self.bar_label(b)) for i, b in enumerate(self.bars)]])
        axis.setHeight(42)
        plot.getAxis("left").setLogMode(log)
        top = float(thigh.max())
        plot.setXRange(-0.6, len(self.bars) - 0.4, padding=0)
        if log:
            plot.setYRange(base, top + 0.08 * (top - base), padding=0)
        else:
            plot.setYRange(0, top * 1.08 if top > 0 else 1.0, padding=0)
        plot.getViewBox().setMouseEnabled(x=False, y=True)
        self._add_basis_legend(plot)

    def _add_basis_legend(self, plot: pg.PlotItem) -> None:
        """Legend in its own row under the plot, so it never covers a bar."""
        self.legend = style.legend_row(self.canvas.ci, row=1, col=0)
        sample = QColor(NEUTRAL)
        solid = pg.PlotDataItem([0, 0], [0, 0], fillLevel=0, fillBrush=style.solid_brush(sample),
                                pen=style.outline_pen(sample))
        hatched = pg.PlotDataItem([0, 0], [0, 0], fillLevel=0, fillBrush=style.hatched_brush(sample),
                                  pen=style.outline_pen(sample))
        whisker = pg.PlotDataItem([0, 0], [0, 0], pen=pg.mkPen(WHISKER_COLOR, width=1.5))
        self.legend.addItem(solid, self.tr("Sourced figure"))
        self.legend.addItem(hatched, self.tr("Estimate or assumption"))
        self.legend.addItem(whisker, self.tr("P10–P90 range (bar = median)"))

    def _draw_profile(self) -> None:
        metrics = self.profile_metrics()
        self.profile = benchmark_profile(self.figures, self.platforms, metrics, self.tier)
        header = self.canvas.ci.addLabel(
            self.tr("Each metric as a share of the highest platform median (100% = top platform); "
                    "viewers for tier {tier}; hatched = estimate").format(tier=domain_label(TIER_LABELS[self.tier])),
            row=0, col=0, colspan=4, color=style.FOREGROUND, size="10pt")
        header.setMaximumHeight(28)
        if not self.profile:
            return
        cols = 4
        for i, p in enumerate(pl for pl in self.platforms if pl.key in self.profile):
            cells = self.profile[p.key]
            title = p.name_en.split(" (")[0] + (f" {p.name_zh}" if p.name_zh else "")
            plot = self.new_plot(row=1 + i // cols, col=i % cols, title=title, left_kind="rate")
            x = np.arange(len(cells), dtype=float)
            shares = np.array([c.share for c in cells])
            brush = style.solid_brush(p.color)
            hatch = style.hatched_brush(p.color)
            item = pg.BarGraphItem(x=x, height=shares, width=0.7,
                                   brushes=[brush if c.bar.sourced else hatch for c in cells],
                                   pens=[style.outline_pen(p.color)] * len(cells))
            plot.addItem(item)
            for xi, c in zip(x, cells):
                spec = METRIC_SPECS[c.metric]
                t = pg.TextItem(style.format_value(c.bar.value, spec.kind, compact=True), color=style.FOREGROUND,
                                anchor=(0.5, 1.0))
                t.setFont(style.label_font(7))
                t.setPos(xi, c.share)
                plot.addItem(t)
            axis = plot.getAxis("bottom")
            axis.setTicks([[(float(j), self.short_label(c.metric)) for j, c in enumerate(cells)]])
            axis.setStyle(tickFont=style.label_font(7))
            plot.getAxis("left").setStyle(tickFont=style.label_font(7))
            plot.setYRange(0, 1.22, padding=0)
            plot.setXRange(-0.6, len(cells) - 0.4, padding=0)
            plot.setMouseEnabled(x=False, y=False)
            self.profile_items[p.key] = item
            self.profile_plots[p.key] = plot
        for col in range(cols):
            self.canvas.ci.layout.setColumnStretchFactor(col, 1)

    def plotted_values(self) -> np.ndarray:
        """The bar tops as drawn, in data units (log axis undone): what the user reads off the chart."""
        if self.bar_item is None:
            return np.array([])
        opts = self.bar_item.opts
        tops = np.asarray(opts["y0"], dtype=float) + np.asarray(opts["height"], dtype=float)
        return 10.0 ** tops if self.plot is not None and self.plot.getAxis("left").logMode else tops

    # -- hover -----------------------------------------------------------------------------------------------
    def tooltip_for(self, bar: BenchmarkBar, spec: MetricSpec | None = None) -> str:
        spec = spec or METRIC_SPECS.get(self.metric_key)
        kind = spec.kind if spec else "count"
        rng = ""
        if bar.low is not None and bar.high is not None:
            rng = self.tr("P10–P90: {low} – {high}").format(low=style.format_value(bar.low, kind),
                                                           high=style.format_value(bar.high, kind))
        basis = {"sourced": self.tr("sourced"), "estimate": self.tr("estimate"),
                 "assumption": self.tr("assumption"), "convention": self.tr("convention")}.get(bar.basis, bar.basis)
        fallback = (self.tr(" (all-platform default)") if bar.figure_platform == "all" and bar.platform != "all"
                    else "")
        lines = [f"<b>{html.escape(self.bar_label(bar).replace(chr(10), ' '))}</b>: "
                 f"{html.escape(style.format_value(bar.value, kind))}{fallback}",
                 html.escape(rng) if rng else "",
                 html.escape(self.tr("Basis: {basis} · Year: {year}").format(basis=basis, year=bar.year or "—")),
                 html.escape(self.tr("Source: {source}").format(source=bar.source or "—"))]
        if bar.user_modified:
            lines.append(html.escape(self.tr("Edited in this plan")))
        return "<br>".join(x for x in lines if x)

    def hover_text(self, scene_pos: QPointF) -> str:
        if self.mode == MODE_BARS and self.plot is not None and self.bars:
            if not self.plot.sceneBoundingRect().contains(scene_pos):
                return ""
            pt = self.plot.getViewBox().mapSceneToView(scene_pos)
            i = int(round(pt.x()))
            if 0 <= i < len(self.bars) and abs(pt.x() - i) <= 0.35:
                return self.tooltip_for(self.bars[i])
            return ""
        for key, plot in self.profile_plots.items():
            if plot.sceneBoundingRect().contains(scene_pos):
                pt = plot.getViewBox().mapSceneToView(scene_pos)
                cells = self.profile.get(key, [])
                i = int(round(pt.x()))
                if 0 <= i < len(cells) and abs(pt.x() - i) <= 0.4:
                    c = cells[i]
                    return (f"{html.escape(self.metric_label(c.metric))} — "
                            + self.tr("{share} of the top platform").format(share=style.format_percent(c.share, 0))
                            + "<br>" + self.tooltip_for(c.bar, METRIC_SPECS[c.metric]))
        return ""
