"""The "Charts" tab: one selector for the four comparison charts, following the plan context."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from planner.ui.charts.benchmark_chart import BenchmarkChart
from planner.ui.charts.budget_chart import BudgetChart
from planner.ui.charts.buildup_chart import BuildupChart
from planner.ui.charts.scenario_chart import ScenarioChart

BENCHMARKS, SCENARIOS, BUILDUP, BUDGET = range(4)


class ChartsView(QWidget):
    """Platform benchmarks, scenario comparison, reach build-up and budget curve.

    Follows ``context.campaign_selected`` (the campaign charts show that campaign, the scenario chart
    ticks it and its scenarios) and ``context.plan_changed`` (every chart reloads; hidden ones when shown).
    Each chart is built when it is first shown (or asked for): building all four at once kept the UI busy
    for a fifth of a second when the tab was first opened.
    """

    def __init__(self, context, parent: QWidget | None = None, *, draws: int = 2000,
                 buildup_draws: int = 300) -> None:
        super().__init__(parent)
        self.context = context
        self._draws, self._buildup_draws = draws, buildup_draws
        self._built: dict[int, Any] = {}  # (four chart classes, each used through its own methods)
        self._campaign_id: int | None = None  # the campaign the campaign charts follow
        self._stale: set[int] = set()
        self.selector = QComboBox()
        self.selector.addItem(self.tr("Platform benchmarks"))
        self.selector.addItem(self.tr("Scenario comparison"))
        self.selector.addItem(self.tr("Reach build-up"))
        self.selector.addItem(self.tr("Budget curve"))
        self.stack = QStackedWidget()
        for _ in range(4):
            self.stack.addWidget(QWidget())  # stands in for a chart until it is built
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.selector)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._connect_signals()
        self._on_campaign_selected(context.campaign_id)

    def _connect_signals(self) -> None:
        self.selector.currentIndexChanged.connect(self._on_chart_chosen)
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.context.plan_changed.connect(self._on_plan_changed)

    # -- the charts (built on first use) --------------------------------------------------------------
    @property
    def benchmarks(self) -> BenchmarkChart:
        return self._chart(BENCHMARKS)

    @property
    def scenarios(self) -> ScenarioChart:
        return self._chart(SCENARIOS)

    @property
    def buildup(self) -> BuildupChart:
        return self._chart(BUILDUP)

    @property
    def budget(self) -> BudgetChart:
        return self._chart(BUDGET)

    def is_built(self, index: int) -> bool:
        return index in self._built

    def _chart(self, index: int):
        chart = self._built.get(index)
        if chart is not None:
            return chart
        store = self.context.store
        if index == BENCHMARKS:
            chart = BenchmarkChart(store)  # reads the library as it is built
        elif index == SCENARIOS:
            chart = ScenarioChart(store, draws=self._draws)
            if self._campaign_id is not None:
                chart.follow_campaign(self._campaign_id)
        else:
            chart = BuildupChart(store, draws=self._buildup_draws) if index == BUILDUP else BudgetChart(store)
            chart.campaign_id = self._campaign_id
            self._stale.add(index)  # drawn when shown
        self._built[index] = chart
        current = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, chart)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return chart

    def charts(self) -> list:
        return [self.benchmarks, self.scenarios, self.buildup, self.budget]

    def show_chart(self, index: int) -> None:
        self.selector.setCurrentIndex(index)

    def current_chart(self):
        return self._chart(self.stack.currentIndex())

    # -- handlers --------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._on_chart_chosen(self.stack.currentIndex())

    def _on_chart_chosen(self, index: int) -> None:
        self._chart(index)
        self.stack.setCurrentIndex(index)
        if index in self._stale:
            self._stale.discard(index)
            self._refresh(index)

    def _on_campaign_selected(self, campaign_id) -> None:
        cid = campaign_id
        if cid is None:
            campaigns = self.context.store.campaigns()
            cid = campaigns[0].id if campaigns else None
        self._campaign_id = cid
        for index in (BUILDUP, BUDGET):
            if index in self._built:
                self._built[index].campaign_id = cid
        if cid is not None and SCENARIOS in self._built:
            self.scenarios.follow_campaign(cid)
        self._mark_stale({BUILDUP, BUDGET})

    def _on_plan_changed(self, change) -> None:
        stale = {SCENARIOS, BUILDUP, BUDGET}
        if change.touches("benchmarks", "platforms"):
            stale.add(BENCHMARKS)
        self._mark_stale(stale)

    def _mark_stale(self, indexes: set[int]) -> None:
        """Refresh the visible chart now and the hidden ones when they are shown (projections cost time);
        with the Charts tab itself hidden, every chart waits until it is shown. A chart not built yet reads
        the plan when it is built."""
        current = self.stack.currentIndex() if self.isVisible() else -1
        for i in indexes & set(self._built):
            if i == current:
                self._refresh(i)
            else:
                self._stale.add(i)

    def _refresh(self, index: int) -> None:
        if index == BENCHMARKS:
            self.benchmarks.reload()
        elif index == SCENARIOS:
            self.scenarios.reload()
        elif index == BUILDUP:
            self.buildup.refresh()
        elif index == BUDGET:
            self.budget.refresh()
