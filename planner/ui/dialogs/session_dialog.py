"""Add a session: pick host, China date and time, duration; fee and commission default from the host."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDateEdit, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QTimeEdit, QWidget,
)

from planner.domain.models import (
    SESSION_STATUSES, SESSION_TYPE_LABELS, SESSION_TYPES, Campaign, Session, default_session_type,
)
from planner.domain.timezones import from_china
from planner.domain.validation import validate_session
from planner.ui import formatting as F
from planner.ui.date_edits import DateEdit, TimeEdit
from planner.ui.delegates import money_spin, percent_spin
from planner.ui.dialogs.form import ValidatedForm
from planner.ui.i18n import domain_label, platform_label


class SessionDialog(ValidatedForm):
    def __init__(self, store, campaign: Campaign, display_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add session to {name}").format(name=campaign.name), parent)
        self.campaign = campaign
        self.display_zone = display_zone
        self.store = store
        self._nearby: dict[int, list[Session]] = {}  # host id → sessions the new one could collide with
        self.hosts = {h.id: h for h in store.hosts()}
        names = {p.key: platform_label(p) for p in store.platforms()}
        self.host = self.add_field("host_id", self.tr("Host (主播)"), QComboBox(self))
        self.host.setEditable(True)  # type to find a host in a long roster
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for h in self.hosts.values():
            self.host.addItem(f"{h.name} · {names.get(h.platform, h.platform)}", h.id)
        # Typing filters the roster (any part of the name); only a host from the list can be booked.
        self.host.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.host.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.day = self.add_field("start", self.tr("Date (China, 日期)"), DateEdit(self))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        d = campaign.start_date
        self.day.setDate(QDate(d.year, d.month, d.day))
        self.at = TimeEdit(self)
        self.at.setObjectName("start_time")
        self.at.setDisplayFormat("HH:mm")
        self.at.setTime(QTime(20, 0))
        self.form.addRow(self.tr("Start (China time, 开播时间)"), self.at)
        self.local = QLabel(self)
        self.local.setObjectName("local_time")
        self.form.addRow(self.tr("Your time"), self.local)
        self.duration = self.add_field("duration_min", self.tr("Duration (直播时长)"), QSpinBox(self))
        self.duration.setRange(-10000, 10000)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(180)
        self.session_type = self.add_field("session_type", self.tr("Type (场次类型)"), QComboBox(self))
        for k in SESSION_TYPES:
            self.session_type.addItem(domain_label(SESSION_TYPE_LABELS[k]), k)
        self.brand_minutes = self.add_field("brand_minutes", self.tr("Brand minutes on air (讲解时长)"),
                                            QDoubleSpinBox(self))
        self.brand_minutes.setRange(0, 10_000)
        self.brand_minutes.setDecimals(0)
        self.brand_minutes.setSuffix(self.tr(" min"))
        self.brand_minutes.setSpecialValueText(self.tr("library figure for the tier"))
        self.brand_minutes.setToolTip(self.tr("A slot (坑位): minutes the host presents the brand. A dedicated show "
                                              "(专场) sells the brand the whole time."))
        self.slot_fee = self.add_field("slot_fee", self.tr("Slot fee (坑位费)"), money_spin(self, campaign.currency))
        self.commission = self.add_field("commission_rate", self.tr("Commission (佣金比例)"), percent_spin(self))
        self.paid = self.add_field("paid_budget", self.tr("Paid traffic (投流)"), money_spin(self, campaign.currency))
        self.theme = self.add_field("theme", self.tr("Theme (直播主题)"), QLineEdit(self))
        self.status = self.add_field("status", self.tr("Status"), QComboBox(self))
        for s in SESSION_STATUSES:
            self.status.addItem(domain_label(s), s)
        self.resize(560, self.sizeHint().height())
        self._connect_signals()
        self._on_host_changed()

    def _connect_signals(self) -> None:
        self.host.currentIndexChanged.connect(self._on_host_changed)
        self.host.editTextChanged.connect(self._on_host_typed)
        self.day.dateChanged.connect(self.revalidate)
        self.at.timeChanged.connect(self.revalidate)
        for w in (self.duration, self.slot_fee, self.commission, self.paid, self.brand_minutes):
            w.valueChanged.connect(self.revalidate)
        for w in (self.session_type, self.status):
            w.currentIndexChanged.connect(self.revalidate)
        self.theme.textChanged.connect(self.revalidate)

    def chosen_host_id(self) -> int | None:
        """The host whose list entry the box shows; None while the typed text names no host."""
        i = self.host.findText(self.host.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.host.itemData(i) if i >= 0 else None

    def _on_host_typed(self, text: str) -> None:
        i = self.host.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if i >= 0 and i != self.host.currentIndex():
            self.host.setCurrentIndex(i)  # the host's fee and commission become the defaults
        else:
            self.revalidate()

    def _on_host_changed(self, *_args) -> None:
        h = self.hosts.get(self.chosen_host_id())
        if h is not None:
            self.slot_fee.setValue(h.slot_fee)
            self.commission.setValue(h.commission_rate * 100)
            self.session_type.setCurrentIndex(SESSION_TYPES.index(default_session_type(h)))
            fee_note = "" if h.currency == self.campaign.currency else self.tr(
                " (host quotes in {cur}; enter the fee in {camp})").format(cur=h.currency, camp=self.campaign.currency)
            self.slot_fee.setToolTip(self.tr("Default from the host") + fee_note)
        self.revalidate()

    def _start(self):
        qd, qt = self.day.date(), self.at.time()
        return from_china(date(qd.year(), qd.month(), qd.day()), time(qt.hour(), qt.minute()))

    def build(self) -> Session:
        host_id = self.chosen_host_id()
        h = self.hosts.get(host_id)
        rate = round(self.commission.value() / 100, 6)
        return Session(
            campaign_id=self.campaign.id, host_id=host_id, start=self._start(),  # type: ignore[arg-type]
            duration_min=self.duration.value(), slot_fee=self.slot_fee.value(),
            commission_rate=None if h is not None and rate == h.commission_rate else rate,
            paid_budget=self.paid.value(), session_type=self.session_type.currentData(),
            brand_minutes=self.brand_minutes.value() or None,
            theme=self.theme.text().strip(), status=self.status.currentData(),
        )

    def check(self, session: Session) -> list:
        self.local.setText(F.local_time(session.start, self.display_zone))
        problems = validate_session(session, self.campaign)
        if session.host_id is None:
            from planner.domain.errors import Problem

            typed = self.host.currentText().strip()
            problems.append(Problem("host_id", typed or None, self.tr(
                "add a host to the roster first (Campaign ▸ Add host)") if not self.hosts else self.tr(
                "no host in the roster is called “{0}”: pick one from the list").format(typed)))
        return problems + self._double_bookings(session)

    def _double_bookings(self, session: Session) -> list:
        """The schedule's own double-booking rules (host, brand on a platform), as warnings at the date:
        OK stays possible (the Problems panel lists it after), but the user hears it before."""
        from planner.domain.errors import Problem
        from planner.domain.schedule import conflicts_of_new_session

        if session.host_id is None or session.duration_min <= 0:
            return []
        nearby = self._nearby.get(session.host_id)
        if nearby is None:  # read once per host while the dialog is open
            nearby = self._nearby[session.host_id] = self.store.sessions_near(session.host_id, self.campaign)
            self._campaigns = {c.id: c for c in self.store.campaigns()}
        found = conflicts_of_new_session(session, nearby, self.hosts, self._campaigns)
        return [Problem("start", None, c.message, severity="warning") for c in found]

    def session(self) -> Session:
        return self.build()
