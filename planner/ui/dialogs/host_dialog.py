"""Add a host to the roster."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from planner.domain.models import CURRENCIES, HOST_STATUSES, TIER_LABELS, TIERS, Host
from planner.domain.validation import validate_host
from planner.ui.delegates import money_spin, percent_spin
from planner.ui.dialogs.form import FieldError, ValidatedForm
from planner.ui.i18n import domain_label, host_status_label, platform_label
from planner.ui.models.parsing import to_optional_float, to_optional_int


class HostDialog(ValidatedForm):
    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add host"), parent)
        self.platform_keys = store.platform_keys()
        self.name = self.add_field("name", self.tr("Name (达人昵称)"), QLineEdit(self))
        self.platform = self.add_field("platform", self.tr("Platform (平台)"), QComboBox(self))
        for p in store.platforms():
            self.platform.addItem(platform_label(p), p.key)
        self.handle = self.add_field("handle", self.tr("Handle (账号)"), QLineEdit(self))
        self.tier = self.add_field("tier", self.tr("Tier (层级)"), QComboBox(self))
        self.tier.addItem(self.tr("auto (from followers)"), None)
        for t in TIERS:
            self.tier.addItem(domain_label(TIER_LABELS[t]), t)
        self.followers = self.add_field("followers", self.tr("Followers (粉丝数)"), QLineEdit(self),
                                        self.tr("Whole number, e.g. 1200000"))
        self.typical_viewers = self.add_field("typical_viewers", self.tr("Avg viewers per session (场均观看)"),
                                              QLineEdit(self), self.tr("Optional, from a KOL data tool"))
        self.currency = self.add_field("currency", self.tr("Currency"), QComboBox(self))
        self.currency.addItems(sorted(CURRENCIES))
        self.currency.setCurrentText("CNY")
        self.slot_fee = self.add_field("slot_fee", self.tr("Slot fee (坑位费)"), money_spin(self))
        self.slot_fee.setValue(0)
        self.commission_rate = self.add_field("commission_rate", self.tr("Commission (佣金比例)"),
                                              percent_spin(self))
        self.agency = self.add_field("agency", self.tr("Agency (MCN 机构)"), QLineEdit(self))
        self.status = self.add_field("status", self.tr("Status (合作状态)"), QComboBox(self))
        for s in HOST_STATUSES:
            self.status.addItem(host_status_label(s), s)
        self.categories = self.add_field("categories", self.tr("Categories (类目)"), QLineEdit(self))
        self.resize(520, self.sizeHint().height())
        self._connect_signals()
        self.revalidate()

    def _connect_signals(self) -> None:
        for w in (self.name, self.handle, self.followers, self.typical_viewers, self.agency, self.categories):
            w.textChanged.connect(self.revalidate)
        for combo in (self.platform, self.tier, self.currency, self.status):
            combo.currentIndexChanged.connect(self.revalidate)
        self.currency.currentTextChanged.connect(lambda c: self.slot_fee.setPrefix(f"{c} "))
        for spin in (self.slot_fee, self.commission_rate):
            spin.valueChanged.connect(self.revalidate)

    def build(self) -> Host:
        try:
            followers = to_optional_int(self.followers.text())
        except ValueError:
            raise FieldError("followers", self.followers.text(), self.tr("must be a whole number")) from None
        try:
            viewers = to_optional_float(self.typical_viewers.text())
        except ValueError:
            raise FieldError("typical_viewers", self.typical_viewers.text(), self.tr("must be a number")) from None
        return Host(
            name=self.name.text().strip(), platform=self.platform.currentData(), handle=self.handle.text().strip(),
            tier=self.tier.currentData(), followers=followers, typical_viewers=viewers,
            categories=self.categories.text().strip(), slot_fee=self.slot_fee.value(),
            commission_rate=round(self.commission_rate.value() / 100, 6), currency=self.currency.currentText(),
            agency=self.agency.text().strip(), status=self.status.currentData(),
        )

    def check(self, host: Host) -> list:
        return validate_host(host, self.platform_keys)

    def host(self) -> Host:
        return self.build()
