"""New campaign (or edit one): every field, with the domain's messages beside the fields."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from planner.domain.models import CURRENCIES, OBJECTIVES, Campaign
from planner.domain.validation import validate_campaign
from planner.ui.date_edits import DateEdit
from planner.ui.delegates import money_spin, percent_spin
from planner.ui.dialogs.form import ValidatedForm
from planner.ui.i18n import domain_label


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class CampaignDialog(ValidatedForm):
    def __init__(self, campaign: Campaign | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New campaign") if campaign is None else self.tr("Edit campaign"), parent)
        today = date.today()
        self.original = campaign or Campaign(name="", start_date=today, end_date=today + timedelta(days=30))
        c = self.original
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(c.name, self))
        self.brand = self.add_field("brand", self.tr("Brand (品牌)"), QLineEdit(c.brand, self))
        self.category = self.add_field("category", self.tr("Category (类目)"), QLineEdit(c.category, self))
        self.objective = self.add_field("objective", self.tr("Objective"), QComboBox(self))
        for objective in OBJECTIVES:
            self.objective.addItem(domain_label(objective), objective)
        self.objective.setCurrentIndex(max(0, self.objective.findData(c.objective)))
        self.start_date = self.add_field("start_date", self.tr("Start date (China)"), DateEdit(_qdate(c.start_date), self))
        self.end_date = self.add_field("end_date", self.tr("End date (China)"), DateEdit(_qdate(c.end_date), self))
        for w in (self.start_date, self.end_date):
            w.setDisplayFormat("yyyy-MM-dd")
            w.setCalendarPopup(True)
        self.currency = self.add_field("currency", self.tr("Currency"), QComboBox(self))
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText(c.currency)
        self.budget = self.add_field("budget", self.tr("Budget"), money_spin(self, c.currency))
        self.budget.setValue(c.budget)
        self.margin = self.add_field("margin", self.tr("Gross margin on net GMV"), percent_spin(self))
        self.margin.setValue(c.margin * 100)
        self.other_costs = self.add_field("other_costs", self.tr("Other costs (samples, production, retainer)"),
                                          money_spin(self, c.currency))
        self.other_costs.setValue(c.other_costs)
        # The campaign's own product figures (reach-model §3): 0 = the library's; each keeps the library's spread.
        self.avg_order_value = self.add_field("avg_order_value", self.tr("Order value (客单价), CNY"),
                                              money_spin(self, "CNY"))
        self.avg_order_value.setMinimum(0)  # 0, the minimum, reads "library figure"
        self.avg_order_value.setSpecialValueText(self.tr("library figure"))
        self.avg_order_value.setValue(c.avg_order_value or 0)
        self.conversion_rate = self.add_field("conversion_rate", self.tr("Conversion (看播转化率)"), percent_spin(self))
        self.conversion_rate.setMinimum(0)
        self.conversion_rate.setSpecialValueText(self.tr("library figure"))
        self.conversion_rate.setValue((c.conversion_rate or 0) * 100)
        self.return_rate = self.add_field("return_rate", self.tr("Return rate (退货率)"), percent_spin(self))
        self.return_rate.setMinimum(0)
        self.return_rate.setSpecialValueText(self.tr("library figure"))
        self.return_rate.setValue((c.return_rate or 0) * 100)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit(c.notes, self))
        self.notes.setMaximumHeight(70)
        self.resize(520, self.sizeHint().height())
        self._connect_signals()
        self.revalidate()

    def _connect_signals(self) -> None:
        for w in (self.name, self.brand, self.category):
            w.textChanged.connect(self.revalidate)
        for date_edit in (self.start_date, self.end_date):
            date_edit.dateChanged.connect(self.revalidate)
        for spin in (self.budget, self.margin, self.other_costs):
            spin.valueChanged.connect(self.revalidate)
        self.objective.currentIndexChanged.connect(self.revalidate)
        self.currency.currentTextChanged.connect(self._on_currency_changed)

    def _on_currency_changed(self, code: str) -> None:
        # The figures stay in the campaign's current currency here: OK converts them (never a relabel).
        self.revalidate()

    def build(self) -> Campaign:
        from dataclasses import replace

        return replace(
            self.original, name=self.name.text().strip(), brand=self.brand.text().strip(),
            category=self.category.text().strip(), objective=self.objective.currentData(),
            start_date=_pydate(self.start_date.date()), end_date=_pydate(self.end_date.date()),
            currency=self.currency.currentText(), budget=self.budget.value(),
            margin=round(self.margin.value() / 100, 6), other_costs=self.other_costs.value(),
            notes=self.notes.toPlainText().strip(),
            avg_order_value=self.avg_order_value.value() or None,
            conversion_rate=round(self.conversion_rate.value() / 100, 6) or None,
            return_rate=round(self.return_rate.value() / 100, 6) or None,
        )

    def check(self, campaign: Campaign) -> list:
        problems = validate_campaign(campaign)
        if self.original.id is not None and campaign.currency != self.original.currency:
            from planner.domain.errors import Problem

            problems.append(Problem("currency", campaign.currency, self.tr(
                "OK converts the budget, other costs, slot fees and paid traffic from {old} at the plan's "
                "exchange rate (undoable)").format(old=self.original.currency), severity="warning"))
        return problems

    def campaign(self) -> Campaign:
        return self.build()
