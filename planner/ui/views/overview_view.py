"""Overview of the selected campaign: headline figures with P10–P90 ranges and a per-platform table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea, QFrame, QGridLayout, QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from planner.ui.i18n import domain_label, platform_label
from planner.ui.models.metrics import OVERVIEW_METRICS
from planner.ui.models.platform_model import PlatformBreakdownModel


class MetricCard(QFrame):
    def __init__(self, metric, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = metric
        self.setObjectName(f"card_{metric.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(metric.tooltip())
        self.title = QLabel(metric.title() if metric.title() == metric.zh else f"{metric.title()} · {metric.zh}", self)
        self.title.setStyleSheet("color: #4a4a4a; font-weight: 600;")
        self.value = QLabel("…", self)
        self.value.setObjectName("value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.range = QLabel(" ", self)
        self.range.setObjectName("range")
        self.range.setWordWrap(True)  # long ranges wrap instead of widening the whole window
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.range)

    def show_figures(self, value: float | None, quantiles: Any | None, currency: str) -> None:
        """The median (P50) first, then P10–P90 and the mean as the average outcome; before the draws arrive,
        the trace (every figure at its median), labelled as such."""
        if quantiles is not None:
            self.value.setText(self.spec.format(quantiles.p50, currency))
            self.range.setText(self.tr("P10–P90: {low} – {high} · average outcome {mean}").format(
                low=self.spec.format(quantiles.p10, currency), high=self.spec.format(quantiles.p90, currency),
                mean=self.spec.format(quantiles.mean, currency)))
        else:
            self.value.setText(self.spec.format(value, currency))
            self.range.setText(self.tr("trace (every figure at its median); range: calculating…"))


class OverviewView(QWidget):
    # its scroll area, over QWidget.scroll(dx, dy), which nothing here calls
    scroll: QScrollArea  # type: ignore[assignment]
    _platform_names: dict[str, str] | None  # read once; again when a change writes platforms

    def __init__(self, context, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.heading = QLabel(self)
        self.heading.setObjectName("overview_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel(self)
        self.subheading.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("overview_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33; padding: 6px;")
        self.message.hide()
        self.cards = {m.key: MetricCard(m, self) for m in OVERVIEW_METRICS}
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        self.platform_model = PlatformBreakdownModel(self)
        self.platforms = QTableView(self)
        self.platforms.setObjectName("platform_breakdown")
        self.platforms.setModel(self.platform_model)
        self.platforms.verticalHeader().setVisible(False)
        self.platforms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The last column (ROI) keeps its width: the table ends where the figures end, not in one wide ROI.
        self.platforms.horizontalHeader().setStretchLastSection(False)
        # The platform names take what the figures leave (and elide), so the table never scrolls sideways.
        self.platforms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.platforms.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.budget_note = QLabel(self)
        self.budget_note.setObjectName("overview_budget_note")
        self.budget_note.setWordWrap(True)
        self.budget_note.setStyleSheet("background: #fff4e0; color: #6d4c00; padding: 6px;")
        self.budget_note.hide()
        self.slot_share = QLabel(self)
        self.slot_share.setObjectName("overview_slot_share")
        self.slot_share.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        # The table is as tall as its rows (the Total row must never hide); when the window is short the
        # whole page scrolls instead of squeezing cards and ranges until they are clipped.
        self.platforms.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.platforms.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("overview_body")
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addWidget(self.budget_note)
        layout.addWidget(self.slot_share)
        layout.addWidget(QLabel(self.tr("By platform (hover a figure for its P10–P90 range)"), self))
        layout.addWidget(self.platforms)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._connect_signals()
        self._on_campaign_selected(context.campaign_id)

    def _connect_signals(self) -> None:
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.context.plan_changed.connect(self._on_plan_changed)
        self.runner.projection_started.connect(self._on_projection_started)
        self.runner.projection_ready.connect(self._on_projection_ready)
        self.runner.projection_failed.connect(self._on_projection_failed)

    def _on_plan_changed(self, change) -> None:
        """The heading shows the campaign's own record: re-read it only when the change wrote it."""
        cid = self.context.campaign_id
        if change.touches("platforms"):
            self._platform_names = None
        if cid != getattr(self, "_shown_campaign", None) or (change.touches("campaigns")
                                                            and change.touches_campaign(cid)):
            self._on_campaign_selected(cid)

    def _on_campaign_selected(self, campaign_id) -> None:
        if campaign_id != getattr(self, "_shown_campaign", None):
            self._shown_campaign = campaign_id
            self.budget_note.hide()  # another campaign's budget check must not stay up while this one projects
        if campaign_id is None:
            self.heading.setText(self.tr("No campaign yet"))
            self.subheading.setText(self.tr("Start one with Campaign ▸ New campaign (Ctrl+N)."))
            for card in self.cards.values():  # nothing to project: not "…", which reads as "calculating"
                card.value.setText("—")
                card.range.setText(" ")
            self.platform_model.set_projection(None, {})
            self.status.setText("")
            return
        try:
            c = self._campaign = self.context.store.campaign(campaign_id)
        except Exception:  # noqa: BLE001 - deleted meanwhile; the list selects another one
            self._campaign = None
            return
        from planner.ui import formatting as F

        kind = self.tr("Scenario") if c.parent_id else self.tr("Campaign")
        self.heading.setText(c.name)
        self.subheading.setText(self.tr("{kind} · {start} – {end} (China dates) · budget {budget} · "
                                        "margin {margin} · objective {objective}").format(
            kind=kind, start=c.start_date.isoformat(), end=c.end_date.isoformat(),
            budget=F.money(c.budget, c.currency), margin=F.percent(c.margin), objective=domain_label(c.objective)))

    def _on_projection_started(self, _campaign_id) -> None:
        self.status.setText(self.tr("Projecting…"))

    def _on_projection_ready(self, campaign_id, projection) -> None:
        from planner.ui import formatting as F

        if campaign_id != self.context.campaign_id:
            return
        self.message.hide()
        ranges = projection.range or {}
        for key, card in self.cards.items():
            card.setEnabled(True)
            card.show_figures(projection.expected.get(key), ranges.get(key), projection.currency)
        names = getattr(self, "_platform_names", None)
        if names is None:  # read once; again when a change writes platforms
            names = self._platform_names = {p.key: platform_label(p) for p in self.context.store.platforms()}
        self.platform_model.set_projection(projection, names)
        self._show_budget_check(projection)
        self._show_slot_share(projection)
        self.status.setText(self.tr(
            "Large figures are the median (P50) of {n} simulated outcomes, with P10–P90 and the average outcome "
            "(the mean: the figure to add across campaigns). Viewers are brand viewers: the show's viewers who "
            "are present while the brand is on air. Most inputs are estimates — see the Benchmarks tab."
        ).format(n=F.number(projection.draws)) if projection.range else self.tr(
            "Showing the trace (every figure at its median) while the ranges are calculated…"))

    def _show_slot_share(self, projection) -> None:
        """How much of the GMV rests on slots in other hosts' multi-brand shows (坑位)."""
        from planner.ui import formatting as F

        rng = projection.range or {}
        q = rng.get("slot_gmv_share")
        share = q.p50 if q is not None else projection.expected.get("slot_gmv_share", 0.0)
        self.slot_share.setText(self.tr(
            "GMV resting on slots (坑位) in multi-brand shows: {share} (median){rng}; the rest comes from dedicated "
            "shows (专场 / 店播).").format(
            share=F.percent(share),
            rng=self.tr(", P10–P90 {low} – {high}").format(low=F.percent(q.p10), high=F.percent(q.p90))
            if q is not None else ""))

    def _show_budget_check(self, projection) -> None:
        """Say when the projected cost runs over the campaign budget, and what of it is committed."""
        from planner.ui import formatting as F
        from planner.services.budget import budget_check, campaign_budget_check

        shown = getattr(self, "_campaign", None)  # the campaign as read when it was last changed or shown
        check = (budget_check(projection, shown.budget) if shown is not None and shown.id == projection.campaign_id
                 else campaign_budget_check(self.context.store, projection))
        budget, cost, committed, cur = check.budget, check.cost, check.committed, check.currency
        if check.over:
            self.budget_note.setText(self.tr(
                "Projected cost {cost} is {x} the budget {budget}. Committed spend (slot fees, paid traffic, "
                "other costs) is {committed}{over}; the rest is commission and platform fees, which grow with "
                "sales.").format(cost=F.money(cost, cur), x=F.ratio(cost / budget, 1), budget=F.money(budget, cur),
                                 committed=F.money(committed, cur),
                                 over=self.tr(", itself over budget") if committed > budget else ""))
            self.budget_note.show()
        else:
            self.budget_note.hide()

    def _on_projection_failed(self, campaign_id, message: str) -> None:
        if campaign_id != self.context.campaign_id:
            return
        self.message.setText(message)
        self.message.show()
        for card in self.cards.values():
            card.value.setText("—")
            card.range.setText(" ")
            card.setEnabled(False)
        self.platform_model.set_projection(None, {})
        self.budget_note.hide()  # (no sessions: nothing projected, so nothing over budget)
        self.status.setText("")
