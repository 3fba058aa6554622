"""Response curves of a budget recommendation: one small plot per line item (platform or host).

Google Meridian's optimisation-report convention: the fitted curve is solid over the spend range it was
fitted on and dashed where it is extrapolated; today's spend is a dot (●), the recommendation a square (■).
The model's own points the curve was fitted to are drawn as small rings, so a misfit shows.
"""

from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.ui.charts import style
from planner.ui.charts.base import ChartPanel

CURVE_COLOR = "#263238"
TODAY_COLOR = "#607d8b"
REC_COLOR = "#ff6f00"
POINT_COLOR = "#90a4ae"
COLUMNS = 3
PLOT_MIN_WIDTH, PLOT_MIN_HEIGHT = 280, 210
TITLE_CHARS = 30  # longer item names are shortened in the plot title (in full in the read-out)  # px per item's plot; the pane scrolls below that


class ResponseChart(ChartPanel):
    """The response curve of each item of a :class:`planner.domain.recommend.Recommendation`."""

    export_name = "budget-response-curves"
    # its scroll area, over QWidget.scroll(dx, dy), which nothing here calls
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recommendation = None
        self.plots: list[tuple[pg.PlotItem, object]] = []  # (plot, item response)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.legend = QLabel(self.tr(
            "<span style='color:{c}'>━━</span> fitted range &nbsp; <span style='color:{c}'>╍╍</span> extrapolated "
            "&nbsp; <span style='color:{p}'>○</span> the model's points &nbsp; <span style='color:{t}'>●</span> today "
            "&nbsp; <span style='color:{r}'>■</span> recommended").format(c=CURVE_COLOR, p=POINT_COLOR, t=TODAY_COLOR,
                                                                          r=REC_COLOR))
        self.legend.setObjectName("response_legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)  # a longer language wraps the legend rather than widening the window
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.legend)
        self.controls.addLayout(text, 1)

    def body_widget(self) -> QWidget:
        """The canvas in a scroll area: each item's plot keeps a readable size, however many items there are."""
        self.scroll = QScrollArea()
        self.scroll.setObjectName("response_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.canvas)
        return self.scroll

    def _columns(self, n: int) -> int:
        """As many columns of plots as fit the pane's width (at most COLUMNS)."""
        # The vertical scroll bar may appear once the plots are drawn: leave room for it.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = self.scroll.width() - bar - 4 if self.scroll.isVisible() else 3 * PLOT_MIN_WIDTH
        return max(1, min(COLUMNS, n, width // PLOT_MIN_WIDTH))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        rec = self.recommendation
        if rec is not None and self._columns(len(rec.responses)) != getattr(self, "_drawn_columns", None):
            self.redraw()

    def objective_label(self, objective: str, currency: str) -> str:
        return {"net_gmv": self.tr("Net GMV gained ({cur})"), "reach": self.tr("People reached (gained)"),
                "profit": self.tr("Profit gained ({cur})")}[objective].format(cur=currency)

    def show_recommendation(self, rec) -> None:
        self.recommendation = rec
        self.redraw()

    def clear(self, text: str = "") -> None:
        self.recommendation = None
        self.title.setText(text)
        self.clear_canvas()
        self.plots = []

    def redraw(self) -> None:
        rec = self.recommendation
        self.clear_canvas()
        self.plots = []
        if rec is None:
            return
        self.title.setText(self.tr("{what} against paid traffic (投流) on each item, over no paid traffic on it.")
                           .format(what=self.objective_label(rec.objective, rec.currency)))
        kind = "count" if rec.objective == "reach" else "money"
        n = len(rec.responses)
        cols = self._columns(n)
        self._drawn_columns = cols
        rows = math.ceil(n / cols)
        self.canvas.setMinimumSize(cols * PLOT_MIN_WIDTH, rows * PLOT_MIN_HEIGHT)
        for j, (r, item) in enumerate(zip(rec.responses, rec.items)):
            x_max = max(item.recommended, r.today, r.fit_high) * 1.15
            plot = self.new_plot(row=j // cols, col=j % cols, left_kind=kind,
                                 bottom=style.NumberAxis("bottom", "money", rec.currency), currency=rec.currency)
            title = r.label if len(r.label) <= TITLE_CHARS else r.label[:TITLE_CHARS - 1].rstrip() + "…"
            plot.setTitle(html.escape(title), color=style.FOREGROUND, size="9pt")
            if j // cols == rows - 1 or j + cols >= n:  # the bottom plot of each column names the axis
                style.set_axis_label(plot, "bottom", self.tr("Paid traffic ({cur})").format(cur=rec.currency))
            plot.showGrid(x=True, y=True, alpha=style.GRID_ALPHA)
            plot.setMouseEnabled(x=False, y=False)
            x, y = r.curve_points(rec.objective, x_max)
            inside = (x >= r.fit_low - 1e-9) & (x <= r.fit_high + 1e-9)
            solid = pg.mkPen(CURVE_COLOR, width=2)
            dashed = pg.mkPen(CURVE_COLOR, width=1.6, style=Qt.PenStyle.DashLine)
            below, above = x <= r.fit_low + 1e-9, x >= r.fit_high - 1e-9
            plot.plot(x[below], y[below], pen=dashed)
            plot.plot(x[inside], y[inside], pen=solid)
            plot.plot(x[above], y[above], pen=dashed)
            px, py = r.model_points(rec.objective)
            plot.plot(px, py, pen=None, symbol="o", symbolSize=5, symbolBrush=None,
                      symbolPen=pg.mkPen(POINT_COLOR, width=1.2))
            today_y = float(r.value(rec.objective, r.today))
            rec_y = float(r.value(rec.objective, item.recommended))
            plot.addItem(pg.ScatterPlotItem([r.today], [today_y], symbol="o", size=11,
                                            brush=pg.mkBrush(TODAY_COLOR), pen=pg.mkPen("w")))
            mark = pg.ScatterPlotItem([item.recommended], [rec_y], symbol="s", size=11,
                                      brush=pg.mkBrush(REC_COLOR), pen=pg.mkPen("w"))
            mark.setZValue(10)
            plot.addItem(mark)
            plot.setXRange(0, x_max, padding=0.02)
            self.plots.append((plot, r))

    def hover_text(self, scene_pos: QPointF) -> str:
        rec = self.recommendation
        if rec is None:
            return ""
        for plot, r in self.plots:
            if not plot.sceneBoundingRect().contains(scene_pos):
                continue
            xv = plot.getViewBox().mapSceneToView(scene_pos).x()
            if xv < 0:
                return ""
            value = float(r.value(rec.objective, xv))
            marginal = r.marginal(rec.objective, xv)
            where = self.tr("extrapolated") if r.outside_fit(xv) else self.tr("fitted range")
            if rec.objective == "reach":
                v = style.format_number(value)
                m = self.tr("{n} people per {cur} 1,000").format(n=style.format_number(marginal * 1000, 1),
                                                               cur=rec.currency)
            else:
                v = style.format_money(value, rec.currency)
                m = self.tr("{v} per {cur}").format(v=style.format_number(marginal, 2), cur=rec.currency)
            return (f"<b>{html.escape(r.label)}</b> · " + html.escape(self.tr(
                "at {spend}: {value} gained; marginal return {m} ({where})").format(
                spend=style.format_money(xv, rec.currency), value=v, m=m, where=where)))
        return ""
