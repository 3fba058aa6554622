"""The "Budget" tab: how much paid traffic (投流) to buy and where, for net GMV, reach or profit.

It collects the question (objective, fixed or flexible budget, target ROI, line items and their bounds),
runs :func:`planner.domain.recommend.recommend` off the UI thread with progress and cancel, and shows the
answer: the response curve of each item, the table, the explanation, and a button that turns the answer
into a scenario (one undoable step) and shows it against today in the Scenario comparison.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from planner.domain.errors import PlannerError
from planner.ui.charts.response_chart import ResponseChart
from planner.ui.models.budget_model import MAX, MIN, BudgetTableModel
from planner.services.projection import read_plan
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

SPREAD_NOTE = QT_TRANSLATE_NOOP("BudgetView", "The scenario gets each item's recommended paid traffic spread over the "
                                "item's sessions in proportion to today's paid traffic, or evenly where the item "
                                "has none today.")
#: planner.domain.recommend.OBJECTIVES, for the translation tools (the domain has no Qt).
_OBJECTIVES_TR = (QT_TRANSLATE_NOOP("BudgetView", "net GMV"), QT_TRANSLATE_NOOP("BudgetView", "unique reach"),
                  QT_TRANSLATE_NOOP("BudgetView", "profit"))


class BudgetView(QWidget):
    recommendation_shown = Signal(object)   # the Recommendation now on screen
    recommendation_failed = Signal(str)
    scenario_created = Signal(int, int)     # (campaign recommended for, new scenario)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rec = None
        self.campaign_id: int | None = None
        self._task = None  # the running recommendation's Job: cancelled, its outcome is dropped (context.jobs)
        self._pending = None      # the scenario edit being applied (its own change is not "the plan changed")
        self._build()
        self._connect_signals()
        self._on_campaign_selected(context.campaign_id)

    # -- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("budget_view")
        self.objective = QComboBox()
        self.objective.setObjectName("budget_objective")
        for key, label in (("net_gmv", self.tr("Net GMV")), ("reach", self.tr("Unique reach")),
                           ("profit", self.tr("Profit"))):
            self.objective.addItem(label, key)
        self.mode = QComboBox()
        self.mode.setObjectName("budget_mode")
        self.mode.addItem(self.tr("Fixed budget: split an amount"), "fixed")
        self.mode.addItem(self.tr("Flexible budget: how much is worth buying"), "flexible")
        self.mode.setToolTip(self.tr("Fixed: split the amount below across the items. Flexible: fund each item up "
                                     "to where its last unit of money stops paying (marginal profit 0), or stops "
                                     "returning the target ROI."))
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("budget_amount")
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(10_000)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSpecialValueText(self.tr("today's paid traffic"))
        self.budget.setToolTip(self.tr("The paid-traffic budget to split; leave at its lowest for today's total"))
        self.target_roi = QDoubleSpinBox()
        self.target_roi.setObjectName("budget_target_roi")
        self.target_roi.setRange(0, 1000)
        self.target_roi.setDecimals(2)
        self.target_roi.setSingleStep(0.1)
        self.target_roi.setSpecialValueText(self.tr("none: stop at marginal profit 0"))
        self.target_roi.setToolTip(self.tr("Fund each item while an extra unit of paid traffic returns at least "
                                           "this much net GMV (marginal ROI)"))
        self.by = QComboBox()
        self.by.setObjectName("budget_by")
        self.by.addItem(self.tr("Platforms"), "platform")
        self.by.addItem(self.tr("Hosts"), "host")
        self.run_button = QPushButton(self.tr("Recommend"))
        self.run_button.setObjectName("budget_run")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("budget_cancel")
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.clear_bounds_button = QPushButton(self.tr("Clear bounds"))

        form = QFormLayout()
        form.addRow(self.tr("Objective:"), self.objective)
        form.addRow(self.tr("Budget:"), self.mode)
        self.budget_label = QLabel(self.tr("Amount to split:"))
        form.addRow(self.budget_label, self.budget)
        self.roi_label = QLabel(self.tr("Target marginal ROI:"))
        form.addRow(self.roi_label, self.target_roi)
        form.addRow(self.tr("Line items:"), self.by)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        form.addRow(buttons)

        self.message = QLabel()
        self.message.setObjectName("budget_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a33;")
        self.message.hide()

        self.model = BudgetTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("budget_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.notes = QTextBrowser()  # the explanation: wraps to the pane and scrolls when long
        self.notes.setObjectName("budget_notes")
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.setStyleSheet("background: transparent;")
        self.notes.setOpenLinks(False)
        self.scenario_button = QPushButton(self.tr("Create scenario from recommendation"))
        self.scenario_button.setObjectName("budget_create_scenario")
        self.scenario_button.setEnabled(False)
        self.scenario_button.setToolTip(self.tr(SPREAD_NOTE))
        self.spread_note = QLabel(self.tr(SPREAD_NOTE))
        self.spread_note.setWordWrap(True)
        self.spread_note.setStyleSheet("color: #555;")
        small = self.spread_note.font()  # a font, not a style sheet: the layout then knows the wrapped height
        small.setPointSizeF(8)
        self.spread_note.setFont(small)
        self.spread_note.setMinimumWidth(200)  # wraps to the pane: its own minimum would be its longest lines

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.notes, 1)
        left_layout.addWidget(self.scenario_button)
        left_layout.addWidget(self.spread_note)
        # Wide enough for the scenario button's text (longer in Italian) and the fields' special texts.
        left.setMinimumWidth(max(340, self.scenario_button.sizeHint().width()))
        for combo in (self.objective, self.mode, self.by):  # long entries must not widen the pane
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        for field in (self.objective, self.mode, self.by):
            field.setMinimumWidth(120)  # the pane may be narrow: fields shrink, their text is in their tooltip
        for spin in (self.budget, self.target_roi):  # room for the special text ("none: stop at marginal …")
            spin.setMinimumWidth(spin.sizeHint().width())
        # A field that does not fit beside its label goes under it (a longer language, a narrow pane).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.chart = ResponseChart()
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        per_item = QLabel(self.tr("Per item (type a Min or Max, e.g. 50,000 or 20%, then Recommend again):"))
        per_item.setWordWrap(True)  # a longer language wraps it rather than widening the window
        row.addWidget(per_item, 1)
        row.addWidget(self.clear_bounds_button)
        table_layout.addLayout(row)
        table_layout.addWidget(self.table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(table_box)
        right.addWidget(self.chart)
        right.setStretchFactor(1, 1)
        right.setSizes([250, 600])
        self.right = right
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.splitter)
        self._on_mode_changed()

    def _connect_signals(self) -> None:
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.by.currentIndexChanged.connect(self._on_by_changed)
        self.run_button.clicked.connect(self.recommend)
        self.cancel_button.clicked.connect(self.cancel)
        self.scenario_button.clicked.connect(self.create_scenario)
        self.clear_bounds_button.clicked.connect(self.model.clear_bounds)
        self.model.bound_refused.connect(self._show_message)
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.context.plan_changed.connect(self._on_plan_changed)

    # -- input -----------------------------------------------------------------------------------------
    def _on_mode_changed(self) -> None:
        flexible = self.mode.currentData() == "flexible"
        self.budget.setEnabled(not flexible)
        self.budget_label.setEnabled(not flexible)
        self.target_roi.setEnabled(flexible)
        self.roi_label.setEnabled(flexible)

    def _on_by_changed(self) -> None:
        self.model.bounds.clear()  # another kind of item: the bounds named the old ones
        self._forget(self.tr("Line items changed: press Recommend."))

    def request(self):
        """The marketer's question as a :class:`BudgetRequest` (checked by the domain when it runs)."""
        from planner.domain.recommend import Bound, BudgetRequest

        flexible = self.mode.currentData() == "flexible"
        budget = None if flexible or self.budget.value() <= 0 else float(self.budget.value())
        roi = float(self.target_roi.value()) if flexible and self.target_roi.value() > 0 else None
        mins = tuple(Bound(key, v, share) for key, v, share in self.model.bound_list(MIN))
        maxs = tuple(Bound(key, v, share) for key, v, share in self.model.bound_list(MAX))
        return BudgetRequest(objective=self.objective.currentData(), budget=budget, flexible=flexible,
                             target_roi=roi, by=self.by.currentData(), minimums=mins, maximums=maxs)

    # -- running ---------------------------------------------------------------------------------------
    def recommend(self) -> None:
        cid = self.campaign_id
        if cid is None:
            self._show_message(self.tr("Select a campaign first."))
            return
        request = self.request()
        try:
            request.check()
        except PlannerError as exc:
            self._show_message(str(exc))
            return
        self.cancel()
        self.message.hide()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.run_button.setEnabled(False)
        self.scenario_button.setEnabled(False)
        store = self.context.store

        def work(report):
            from planner.domain.recommend import recommend

            plan = read_plan(store, [cid])
            return recommend(plan, cid, request, report)

        self._task = self.context.jobs.submit(("recommend", id(self)), work, on_done=self._on_done,
                                              on_error=self._on_failed, progress=self._on_progress, owner=self)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._idle()

    def is_busy(self) -> bool:
        return self._task is not None

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.run_button.setEnabled(True)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, rec) -> None:
        self._task = None
        self._idle()
        self.show_recommendation(rec)

    def _on_failed(self, exc: BaseException) -> None:
        from planner.domain.response import Cancelled

        if isinstance(exc, Cancelled):
            return
        self._task = None
        self._idle()
        message = str(exc) if isinstance(exc, PlannerError) else self.tr("Cannot recommend: {err}").format(err=exc)
        self._show_message(message)
        self.recommendation_failed.emit(message)

    # -- showing ---------------------------------------------------------------------------------------
    def show_recommendation(self, rec) -> None:
        from planner.domain.recommend import OBJECTIVES

        self.rec = rec
        self.message.hide()
        self.model.set_recommendation(rec)
        self._fit_table()
        self.chart.show_recommendation(rec)
        cur = rec.currency
        what = self.tr(OBJECTIVES[rec.objective])

        def fmt(v: float) -> str:
            return self.tr("{v} people").format(v=f"{v:,.0f}") if rec.objective == "reach" else f"{cur} {v:,.0f}"

        if rec.mode == "flexible":
            head = self.tr("Worth buying: <b>{cur} {b}</b> of paid traffic (today {cur} {t}).")
        else:
            head = self.tr("Split of <b>{cur} {b}</b> of paid traffic (today {cur} {t}).")
        lines = [head.format(cur=cur, b=f"{rec.budget:,.0f}", t=f"{rec.today_total:,.0f}"),
                 self.tr("Projected {what} at benchmark medians: today {a} → recommended <b>{b}</b> ({g}).").format(
                     what=what, a=fmt(rec.today_value), b=fmt(rec.recommended_value),
                     g=f"{(0.0 if abs(rec.gain) < 0.5 else rec.gain):+,.0f}")]
        if rec.p_beats is not None:
            lines.append(self.tr("Beats today in <b>{p}</b> of {n} paired draws; gain P10–P90 {lo} to {hi}.").format(
                p=f"{rec.p_beats:.0%}", n=f"{rec.draws:,}", lo=f"{rec.gain_p10:+,.0f}", hi=f"{rec.gain_p90:+,.0f}"))
        self.notes.setHtml(f"<p>{'<br>'.join(lines)}</p><ul style='margin-left:-20px'>"
                           + "".join(f"<li>{html.escape(n)}</li>" for n in rec.notes) + "</ul>")
        self.scenario_button.setEnabled(rec.campaign_id == self.campaign_id)
        self.recommendation_shown.emit(rec)

    def _fit_table(self) -> None:
        """The table as tall as its rows (at most about half the pane): the curves get the rest."""
        t = self.table
        rows = self.model.rowCount()
        height = (t.horizontalHeader().height() + t.horizontalScrollBar().sizeHint().height() + 4
                  + sum(t.rowHeight(r) for r in range(rows)) + 28)  # + the line above the table
        total = sum(self.right.sizes())
        if total > 0:
            top = min(height, int(total * 0.45))
            self.right.setSizes([top, total - top])

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _forget(self, text: str) -> None:
        self.rec = None
        self.model.clear()
        self.chart.clear(text)
        self.notes.setHtml(f"<p>{text}</p>")
        self.scenario_button.setEnabled(False)

    def _on_campaign_selected(self, campaign_id) -> None:
        if campaign_id == self.campaign_id and self.rec is not None:
            return
        self.cancel()
        self.campaign_id = campaign_id
        self.model.bounds.clear()
        self.message.hide()
        self._forget(self.tr("Choose an objective and a budget, then press Recommend.") if campaign_id is not None
                     else self.tr("Select a campaign to get a budget recommendation."))

    def _on_plan_changed(self, change) -> None:
        if self._pending is not None:
            return  # our own scenario edit: create_scenario takes the new scenario from its Change
        if self.rec is not None and change.touches("sessions", "campaigns", "hosts", "benchmarks"):
            self.scenario_button.setEnabled(False)
            self._show_message(self.tr("The plan changed since this recommendation: press Recommend again."))

    # -- acting on it ----------------------------------------------------------------------------------
    def create_scenario(self) -> None:
        """One undoable step: duplicate the campaign with the recommended paid traffic, then show it against
        today in the Scenario comparison."""
        from planner.domain.recommend import scenario_name
        from planner.services.edits import scenario_with_paid_traffic

        rec = self.rec
        if rec is None or not self.scenario_button.isEnabled():
            return
        edit = scenario_with_paid_traffic(rec.campaign_id, rec.session_spend, scenario_name(rec),
                                          self.tr("Create scenario from recommendation"))
        self._pending = edit
        try:
            new_id = self.context.apply(edit).new_campaign
        except PlannerError as exc:
            self._show_message(str(exc))
            return
        finally:
            self._pending = None
        self.scenario_button.setEnabled(False)
        if new_id is not None:
            self.scenario_created.emit(rec.campaign_id, new_id)
            window = self.window()
            if hasattr(window, "show_scenario_comparison"):
                window.show_scenario_comparison([rec.campaign_id, new_id])
