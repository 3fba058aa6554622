"""Scenario comparison: two to four campaigns side by side, with ranges and the odds that B beats A.

The projection runs off the UI thread (Monte Carlo with common random numbers, so paired draws compare
scenarios without noise); a busy bar shows while it runs and a newer request supersedes an older one.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHeaderView, QLabel, QListWidget, QListWidgetItem, QProgressBar,
    QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel
from planner.services.chart_data import (
    ADDITIVE_OUTCOMES, DEFAULT_SEED, LOWER_IS_BETTER, OUTCOME_KINDS, OUTCOMES, ScenarioComparison,
    compare_scenarios,
)
from planner.services.projection import read_plan
from planner.ui.jobs import runner_for

MAX_SCENARIOS = 4
LETTERS = "ABCD"
BAR_OUTCOMES = ("reach", "net_gmv", "cost", "roi")
WHISKER_COLOR = "#222222"
LEGEND_COLUMNS = 8
CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT = 760, 540  # pixels: below this the plots lose their bars to the axes


class ScenarioChart(ChartPanel):
    """Pick 2–4 campaigns or scenarios; see a table, grouped bars with ranges and a per-platform breakdown."""

    comparison_shown = Signal()  # a comparison finished and is drawn
    comparison_failed = Signal(str)

    export_name = "scenarios"
    # its scroll area, over QWidget.scroll(dx, dy), which nothing here calls
    scroll: QScrollArea  # type: ignore[assignment]
    breakdown_plot: pg.PlotItem  # the per-platform breakdown, made by _build_plots

    def __init__(self, store, parent: QWidget | None = None, *, draws: int = 2000,
                 seed: int = DEFAULT_SEED) -> None:
        super().__init__(parent)
        self.store = store
        self.draws = draws
        self.seed = seed
        self.comparison: ScenarioComparison | None = None
        self.platform_colors: dict[str, str] = {}
        self.platform_names: dict[str, str] = {}
        self.outcome_plots: dict[str, pg.PlotItem] = {}
        self.outcome_bars: dict[str, pg.BarGraphItem] = {}
        self.outcome_errors: dict[str, pg.ErrorBarItem] = {}
        self.breakdown_bars: dict[str, pg.BarGraphItem] = {}
        self._job_key = ("scenarios", id(self))  # a newer selection supersedes an older one (the job runner)
        self.busy = False
        self._build()
        self._build_plots()
        self._connect_signals()
        self.reload()

    # -- labels ----------------------------------------------------------------------------------------
    def outcome_label(self, key: str) -> str:
        return {
            "reach": self.tr("Unique reach"), "viewers": self.tr("Viewers (UV)"), "gmv": self.tr("GMV"),
            "net_gmv": self.tr("Net GMV (after returns)"), "cost": self.tr("Cost"), "roi": self.tr("ROI (net)"),
            "cpm": self.tr("CPM"), "cost_per_reach": self.tr("Cost per reached person"),
        }.get(key, key)

    def outcome_unit(self, key: str, currency: str) -> str:
        return {
            "reach": self.tr("people"), "viewers": self.tr("people"), "gmv": currency, "net_gmv": currency,
            "cost": currency, "roi": self.tr("net GMV ÷ cost"), "cpm": self.tr("{cur} per 1,000 views").format(
                cur=currency), "cost_per_reach": self.tr("{cur} per person").format(cur=currency),
        }.get(key, "")

    # -- layout ------------------------------------------------------------------------------------------
    def body_widget(self) -> QWidget:
        """Campaign list on the left; the table above the charts on the right."""
        self.campaign_list = QListWidget()
        self.campaign_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.campaign_list.setMinimumWidth(160)
        hint = QLabel(self.tr("Tick two to four campaigns or scenarios. The first ticked (A) is the baseline."))
        hint.setWordWrap(True)
        hint.setMinimumWidth(140)  # wraps to the list's width: its own minimum (longest lines) widened the pane
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(hint)
        lv.addWidget(self.campaign_list, 1)

        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(160)

        # Four bar panels, the breakdown and the legend need this much room to be read; below it (a short
        # window, the Problems panel open) the pane scrolls instead of squeezing the plots to bare axes.
        self.canvas.setMinimumSize(CANVAS_MIN_WIDTH, CANVAS_MIN_HEIGHT)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.table)
        right.addWidget(self.canvas)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setSizes([220, 600])
        self.scroll = QScrollArea()
        self.scroll.setObjectName("scenario_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 900])
        return self.splitter

    def _build(self) -> None:
        self.breakdown_combo = QComboBox()
        for key in ADDITIVE_OUTCOMES:
            self.breakdown_combo.addItem(self.outcome_label(key), key)
        self.breakdown_combo.setCurrentIndex(self.breakdown_combo.findData("net_gmv"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)  # a longer language wraps it rather than widening the window
        self.controls.addWidget(QLabel(self.tr("Per-platform breakdown of:")))
        self.controls.addWidget(self.breakdown_combo)
        self.controls.addWidget(self.progress)
        self.controls.addWidget(self.status, 1)

    def _connect_signals(self) -> None:
        self.campaign_list.itemChanged.connect(self._on_item_changed)
        self.breakdown_combo.currentIndexChanged.connect(self._on_breakdown_changed)

    # -- public API ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Refill the campaign list from the store (keeping ticks) and recompute."""
        platforms = self.store.platforms()
        self.platform_colors = {p.key: p.color for p in platforms}
        self.platform_names = {p.key: p.name_en.split(" (")[0] for p in platforms}
        ticked = set(self.selected_ids())
        self.campaign_list.blockSignals(True)
        self.campaign_list.clear()
        for c in self.store.campaigns():
            item = QListWidgetItem(c.name if c.parent_id is None else f"  ↳ {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in ticked else Qt.CheckState.Unchecked)
            self.campaign_list.addItem(item)
        self.campaign_list.blockSignals(False)
        self.recompute()

    def select_campaigns(self, ids) -> None:
        """Tick exactly these campaigns (at most four) and recompute."""
        ids = list(ids)[:MAX_SCENARIOS]
        self.campaign_list.blockSignals(True)
        for i in range(self.campaign_list.count()):
            item = self.campaign_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.campaign_list.blockSignals(False)
        self.recompute()

    def follow_campaign(self, campaign_id: int | None) -> None:
        """Show a campaign with its scenarios (or the campaign a scenario belongs to with its siblings)."""
        if campaign_id is None:
            return
        campaigns = self.store.campaigns()
        by_id = {c.id: c for c in campaigns}
        if campaign_id not in by_id:
            return
        root = by_id[campaign_id].parent_id or campaign_id
        family = [root] + [c.id for c in campaigns if c.parent_id == root]
        if campaign_id not in family:
            family.append(campaign_id)
        self.select_campaigns(family)

    def selected_ids(self) -> list[int]:
        out = []
        for i in range(self.campaign_list.count()):
            item = self.campaign_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out[:MAX_SCENARIOS]

    def recompute(self) -> None:
        """Project the ticked campaigns in the background; the newest request wins."""
        ids = self.selected_ids()
        if len(ids) < 1:
            runner_for(self).cancel(self._job_key)  # a projection still on its way would overwrite the message
            self._show_message(self.tr("Tick two to four campaigns or scenarios to compare them."))
            return
        draws, seed, store = self.draws, self.seed, self.store
        self.busy = True
        self.progress.setVisible(True)
        self.status.setText(self.tr("Projecting {n} scenarios × {d} draws…").format(
            n=len(ids), d=style.format_number(draws)))
        runner_for(self).submit(self._job_key, lambda: compare_scenarios(read_plan(store, ids), ids, draws, seed),
                                on_done=self._on_done, on_error=self._on_failed, owner=self)

    # -- results -----------------------------------------------------------------------------------------
    def _on_done(self, result: ScenarioComparison) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.comparison = result
        n = len(result.scenarios)
        self.status.setText(self.tr("{d} paired draws, seed {seed}").format(
            d=style.format_number(result.draws), seed=result.seed)
            + ("" if n >= 2 else " · " + self.tr("tick a second campaign to compare")))
        self._fill_table()
        self.redraw()
        self.comparison_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.comparison = None
        self._show_message(self.tr("Cannot project: {error}").format(error=exc))
        self.comparison_failed.emit(str(exc))

    def _show_message(self, text: str) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self.status.setText(text)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.comparison = None
        self.breakdown_bars = {}
        self.readout.setText("")
        self._set_plots_visible(False)
        self.message_item.setText(text)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.recompute()

    def _on_breakdown_changed(self, _index: int) -> None:
        if self.comparison is not None:
            self.redraw()

    # -- table ---------------------------------------------------------------------------------------------
    def difference_text(self, index: int, outcome: str) -> str:
        comp = self.comparison
        assert comp is not None
        a, b = comp.scenarios[0], comp.scenarios[index]
        kind = OUTCOME_KINDS[outcome]
        diff = comp.difference(index, outcome)
        base = a.headline(outcome)
        sign = "+" if diff > 0 else ("−" if diff < 0 else "±")
        rel = f" ({sign}{style.format_percent(abs(diff / base), 1)})" if base else ""
        text = f"{sign}{style.format_value(abs(diff), kind, b.currency)}{rel}"
        p = comp.prob_better.get((index, outcome))
        if p is not None and np.isfinite(p):
            text += "\n" + self.tr("P({b} better) = {p}").format(b=LETTERS[index], p=style.format_percent(p, 0))
        return text

    def _fill_table(self) -> None:
        comp = self.comparison
        assert comp is not None
        headers = []
        for i, s in enumerate(comp.scenarios):
            headers.append(f"{LETTERS[i]}: {s.name}")
            if i > 0:
                headers.append(self.tr("{b} vs A").format(b=LETTERS[i]))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(OUTCOMES))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels([self.outcome_label(k) for k, _ in OUTCOMES])
        for row, (key, kind) in enumerate(OUTCOMES):
            col = 0
            for i, s in enumerate(comp.scenarios):
                text = style.format_value(s.headline(key), kind, s.currency)
                if key in s.p10:
                    text += "\n" + self.tr("P10–P90: {lo} – {hi}").format(
                        lo=style.format_value(s.p10[key], kind, s.currency),
                        hi=style.format_value(s.p90[key], kind, s.currency))
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
                col += 1
                if i > 0:
                    diff = comp.difference(i, key)
                    cell = QTableWidgetItem(self.difference_text(i, key))
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    better = (diff < 0) if key in LOWER_IS_BETTER else (diff > 0)
                    if diff != 0:
                        cell.setForeground(pg.mkColor("#1b7f3b" if better else "#b23b3b"))
                    self.table.setItem(row, col, cell)
                    col += 1
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def beats_summary(self) -> str:
        """One line per scenario: the probability that it beats A on net GMV and on reach."""
        comp = self.comparison
        if comp is None or len(comp.scenarios) < 2:
            return ""
        lines = []
        for i in range(1, len(comp.scenarios)):
            pg_ = comp.prob_better.get((i, "net_gmv"), float("nan"))
            pr = comp.prob_better.get((i, "reach"), float("nan"))
            lines.append(self.tr("{b} beats A on net GMV with probability {p1}, on reach with {p2}").format(
                b=LETTERS[i], p1=style.format_percent(pg_, 0), p2=style.format_percent(pr, 0)))
        return " · ".join(lines)

    # -- charts ----------------------------------------------------------------------------------------------
    # The plots, bars, whiskers, total labels and legend entries are built once and then updated in place
    # (setOpts / setData / show / hide). Removing items from the canvas and letting Python free them on every
    # refresh crashed the next paint of the canvas (PySide6 6.11 + pyqtgraph 0.14 segfault in
    # GraphicsView.paintEvent after untick / re-tick / untick or an undo); nothing here is ever destroyed
    # while the chart lives.
    def _build_plots(self) -> None:
        ci = self.canvas.ci
        for col, key in enumerate(BAR_OUTCOMES):
            plot = self.new_plot(row=0, col=col, title=self.outcome_label(key), left_kind=OUTCOME_KINDS[key])
            bars = pg.BarGraphItem(x=[], height=[], width=0.6)
            err = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0), beam=0.2,
                                  pen=pg.mkPen(WHISKER_COLOR, width=1.5))
            plot.addItem(bars)
            plot.addItem(err)
            plot.getAxis("bottom").setHeight(40)
            plot.setMouseEnabled(x=False, y=False)
            self.outcome_plots[key], self.outcome_bars[key], self.outcome_errors[key] = plot, bars, err
        plot = self.new_plot(row=1, col=0, colspan=len(BAR_OUTCOMES))
        plot.setMouseEnabled(x=False, y=False)
        self.breakdown_plot = plot
        self._total_labels: list[pg.TextItem] = []
        for _ in range(MAX_SCENARIOS):
            t = pg.TextItem("", color=style.FOREGROUND, anchor=(0.5, 1.0))
            t.setFont(style.label_font(8, bold=True))
            t.setVisible(False)
            plot.addItem(t)
            self._total_labels.append(t)
        self.legend = style.legend_row(ci, row=2, col=0, colspan=len(BAR_OUTCOMES), columns=LEGEND_COLUMNS)
        self._platform_bars: dict[str, pg.BarGraphItem] = {}  # every platform drawn so far, kept for reuse
        self._legend_entries: dict[str, tuple] = {}  # platform -> (sample, label), kept for reuse
        self._legend_shown: list[str] = []
        # The message ("tick two to four…") floats over the canvas instead of replacing the plots.
        self.message_item = pg.LabelItem("", color=style.FOREGROUND, size="11pt")
        self.message_item.setParentItem(ci)
        self.message_item.setPos(12, 12)
        self.message_item.setZValue(1e4)
        self.message_item.setVisible(False)

    def _set_plots_visible(self, on: bool) -> None:
        for plot in self.outcome_plots.values():
            plot.setVisible(on)
        self.breakdown_plot.setVisible(on)
        self.legend.setVisible(on)
        self.message_item.setVisible(not on)

    def _platform_bar(self, platform: str) -> pg.BarGraphItem:
        """The stacked bar of one platform in the breakdown (made the first time that platform shows)."""
        item = self._platform_bars.get(platform)
        if item is None:
            item = pg.BarGraphItem(x=[], height=[], width=0.6)
            self.breakdown_plot.addItem(item)
            self._platform_bars[platform] = item
            sample = ItemSample(item)
            label = pg.LabelItem("", color=style.FOREGROUND, justify="left")
            for w in (sample, label):
                w.setParentItem(self.legend)
                w.setVisible(False)
            self._legend_entries[platform] = (sample, label)
        return item

    def _show_legend(self, platforms: list[str]) -> None:
        """Lay out the legend entries of ``platforms`` (in order); the others are hidden, not destroyed."""
        lay = self.legend.layout
        for p in self._legend_shown:
            sample, label = self._legend_entries[p]
            lay.removeItem(sample)
            lay.removeItem(label)
            sample.setVisible(False)
            label.setVisible(False)
        for i, p in enumerate(platforms):
            sample, label = self._legend_entries[p]
            label.setText(self.platform_names.get(p, p))
            row, col = divmod(i, LEGEND_COLUMNS)
            lay.addItem(sample, row, 2 * col, alignment=Qt.AlignmentFlag.AlignVCenter)
            lay.addItem(label, row, 2 * col + 1)
            sample.setVisible(True)
            label.setVisible(True)
        self._legend_shown = list(platforms)
        self.legend.items = [self._legend_entries[p] for p in platforms]
        self.legend.updateSize()

    def redraw(self) -> None:
        comp = self.comparison
        if comp is None or not comp.scenarios:
            self._set_plots_visible(False)
            self.message_item.setText("")
            return
        self._set_plots_visible(True)
        n = len(comp.scenarios)
        x = np.arange(n, dtype=float)
        cur = comp.scenarios[0].currency
        colors = [style.SCENARIO_COLORS[i % len(style.SCENARIO_COLORS)] for i in range(n)]
        for key in BAR_OUTCOMES:
            kind = OUTCOME_KINDS[key]
            plot, bars, err = self.outcome_plots[key], self.outcome_bars[key], self.outcome_errors[key]
            plot.getAxis("left").set_kind(kind, cur)
            style.set_axis_label(plot, "left", self.outcome_unit(key, cur))
            values = np.array([s.headline(key) for s in comp.scenarios], dtype=float)  # medians
            lows = np.array([s.p10.get(key, v) for s, v in zip(comp.scenarios, values)], dtype=float)
            highs = np.array([s.p90.get(key, v) for s, v in zip(comp.scenarios, values)], dtype=float)
            bars.setOpts(x=x, height=values, width=0.6, brushes=[style.solid_brush(c) for c in colors],
                         pens=[style.outline_pen(c) for c in colors])
            err.setData(x=x, y=values, top=np.maximum(highs - values, 0), bottom=np.maximum(values - lows, 0))
            # Values go under the letters (narrow panels have no room for labels beside the whiskers).
            plot.getAxis("bottom").setTicks([[(float(i), f"{LETTERS[i]}\n{style.format_value(v, kind, cur, compact=True)}")
                                              for i, v in enumerate(values)]])
            top = float(np.nanmax(np.concatenate([highs, values])))
            plot.setYRange(0, top * 1.1 if top > 0 else 1, padding=0)
            plot.setXRange(-0.6, n - 0.4, padding=0)
        self._draw_breakdown(comp, x)
        self.readout.setText(self.beats_summary())
        self._fill_canvas()
        QTimer.singleShot(0, self, self._fill_canvas)  # again once the plots' layout has settled
        self.redrawn.emit()

    def _fill_canvas(self) -> None:
        """Lay the plots out over the whole canvas. Updated in place while hidden (the message showing), the
        plots' layout kept the small size it had then, until the next resize of the window: with the Problems
        panel open the panels stayed bare axes over an empty canvas."""
        self.canvas.ci.setGeometry(QRectF(self.canvas.viewport().rect()))

    def _draw_breakdown(self, comp: ScenarioComparison, x: np.ndarray) -> None:
        key = self.breakdown_combo.currentData()
        kind = OUTCOME_KINDS[key]
        cur = comp.scenarios[0].currency
        plot = self.breakdown_plot
        plot.setTitle(self.tr("{what} by platform").format(what=self.outcome_label(key)), color=style.FOREGROUND,
                      size="11pt")
        plot.getAxis("left").set_kind(kind, cur)
        style.set_axis_label(plot, "left", self.outcome_unit(key, cur))
        platforms = [p for p in self.platform_colors if any(p in s.by_platform for s in comp.scenarios)]
        platforms += [p for s in comp.scenarios for p in s.by_platform if p not in platforms]
        platforms = list(dict.fromkeys(platforms))
        bottom = np.zeros(len(comp.scenarios))
        self.breakdown_bars = {}
        for p in platforms:
            h = np.array([s.by_platform.get(p, {}).get(key, 0.0) for s in comp.scenarios], dtype=float)
            color = self.platform_colors.get(p, style.FALLBACK_COLOR)
            item = self._platform_bar(p)
            item.setOpts(x=x, y0=bottom.copy(), height=h, width=0.6, brush=style.solid_brush(color),
                         pen=style.outline_pen("#ffffff", 1))
            item.setVisible(True)
            self.breakdown_bars[p] = item
            bottom += h
        for p, item in self._platform_bars.items():
            if p not in self.breakdown_bars:
                item.setVisible(False)
        self._show_legend(platforms)
        for i, t in enumerate(self._total_labels):
            if i < len(bottom):
                t.setText(style.format_value(float(bottom[i]), kind, cur, compact=True))
                t.setPos(float(x[i]), float(bottom[i]))
                t.setVisible(True)
            else:
                t.setVisible(False)
        plot.getAxis("bottom").setTicks([[(float(i), f"{LETTERS[i]}: {s.name[:40]}")
                                          for i, s in enumerate(comp.scenarios)]])
        top = float(bottom.max()) if len(bottom) else 1.0
        plot.setYRange(0, top * 1.22 if top > 0 else 1, padding=0)
        plot.setXRange(-0.6, len(comp.scenarios) - 0.4, padding=0)

    # -- hover -----------------------------------------------------------------------------------------------
    def hover_text(self, scene_pos: QPointF) -> str:
        comp = self.comparison
        if comp is None:
            return ""
        for key, plot in self.outcome_plots.items():
            if plot.sceneBoundingRect().contains(scene_pos):
                i = int(round(plot.getViewBox().mapSceneToView(scene_pos).x()))
                if 0 <= i < len(comp.scenarios):
                    s = comp.scenarios[i]
                    kind = OUTCOME_KINDS[key]
                    text = (f"<b>{LETTERS[i]}: {html.escape(s.name)}</b><br>{html.escape(self.outcome_label(key))}: "
                            f"{html.escape(style.format_value(s.headline(key), kind, s.currency))}")
                    if key in s.p10:
                        text += "<br>P10–P90: " + html.escape(
                            f"{style.format_value(s.p10[key], kind, s.currency)} – "
                            f"{style.format_value(s.p90[key], kind, s.currency)}")
                    if i > 0:
                        text += "<br>" + html.escape(self.difference_text(i, key)).replace("\n", "<br>")
                    return text
        plot = self.breakdown_plot
        if plot is not None and plot.sceneBoundingRect().contains(scene_pos):
            pt = plot.getViewBox().mapSceneToView(scene_pos)
            i = int(round(pt.x()))
            if 0 <= i < len(comp.scenarios) and abs(pt.x() - i) <= 0.3:
                key = self.breakdown_combo.currentData()
                s = comp.scenarios[i]
                for p, item in self.breakdown_bars.items():
                    y0 = float(item.opts["y0"][i])
                    h = float(item.opts["height"][i])
                    if y0 <= pt.y() <= y0 + h:
                        text = (f"<b>{html.escape(self.platform_names.get(p, p))}</b> · {LETTERS[i]}: "
                                f"{html.escape(style.format_value(h, OUTCOME_KINDS[key], s.currency))}")
                        lo = s.by_platform_p10.get(p, {}).get(key)
                        hi = s.by_platform_p90.get(p, {}).get(key)
                        if lo is not None and hi is not None:
                            text += "<br>P10–P90: " + html.escape(
                                f"{style.format_value(lo, OUTCOME_KINDS[key], s.currency)} – "
                                f"{style.format_value(hi, OUTCOME_KINDS[key], s.currency)}")
                        return text
        return ""
