"""The one session form, for adding and editing, used by the Sessions tab and the calendar.

Pick host, China date and time, duration; the user's own time shows beside China time. A new session's fee,
commission and type come from the host through ``planner.domain.session_defaults`` (the importer and the CLI
ask the same module). The form only collects input: the caller applies the edit, either after ``exec()``
or through ``submit``, whose refusal message is shown inside the form while it stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget,
)

from planner.domain.errors import Problem
from planner.domain.models import SESSION_STATUSES, SESSION_TYPE_LABELS, SESSION_TYPES, Campaign, Session
from planner.domain.schedule import conflicts_of_new_session
from planner.domain.session_defaults import MissingRateError, effective_commission, own_commission, session_defaults
from planner.domain.timezones import CHINA_TZ, from_china
from planner.domain.validation import validate_session
from planner.ui import formatting as F
from planner.ui.date_edits import DateEdit, TimeEdit
from planner.ui.delegates import money_spin, percent_spin
from planner.ui.dialogs.form import ValidatedForm
from planner.ui.i18n import domain_label, platform_label


class SessionDialog(ValidatedForm):
    """Add a session to ``campaign`` (``session`` None; ``start`` suggests the time) or edit ``session``.

    ``submit(session)`` is called when OK passes the domain's checks; a message it returns is a refusal (a
    rule checked on write) shown in the form, which stays open. Without ``submit`` the caller reads
    ``session()`` after ``exec()``.
    """

    def __init__(self, store, campaign: Campaign, display_zone: str, parent: QWidget | None = None, *,
                 session: Session | None = None, start: datetime | None = None,
                 submit: Callable[[Session], str | None] | None = None) -> None:
        title = self.tr("Edit session") if session is not None else \
            self.tr("Add session to {name}").format(name=campaign.name)
        super().__init__(title, parent)
        self.campaign = campaign
        self.display_zone = display_zone
        self.store = store
        self._session = session
        self._submit = submit
        self._fee_problem: MissingRateError | None = None  # the host's fee could not be converted
        self._setting_defaults = False
        self._nearby: dict[int, list[Session]] = {}  # host id → sessions the new one could collide with
        self._campaigns: dict[int, Campaign] = {}
        self.hosts = {h.id: h for h in store.hosts()}
        self._fx = store.fx_rates()
        names = {p.key: platform_label(p) for p in store.platforms()}
        self.host = self.add_field("host_id", self.tr("Host (主播)"), QComboBox(self))
        self.host.setEditable(True)  # type to find a host in a long roster
        self.host.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for h in self.hosts.values():
            self.host.addItem(f"{h.name} · {names.get(h.platform, h.platform)}", h.id)
        # Typing filters the roster (any part of the name); only a host from the list can be booked.
        completer = self.host.completer()  # (an editable combo box has one)
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.day = self.add_field("start", self.tr("Date (China, 日期)"), DateEdit(self))
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.day.setCalendarPopup(True)
        self.at = TimeEdit(self)
        self.at.setObjectName("start_time")
        self.at.setDisplayFormat("HH:mm")
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
        self._load(session, start)
        self._connect_signals()
        if session is None:
            self._on_host_changed()
        else:
            self.revalidate()

    def _load(self, session: Session | None, start: datetime | None) -> None:
        when = session.start if session is not None else start
        if when is None:
            d = self.campaign.start_date
            self.day.setDate(QDate(d.year, d.month, d.day))
            self.at.setTime(QTime(20, 0))
        else:
            local = when.astimezone(CHINA_TZ)
            self.day.setDate(QDate(local.year, local.month, local.day))
            self.at.setTime(QTime(local.hour, local.minute))
        if session is None:
            return
        self.host.setCurrentIndex(max(0, self.host.findData(session.host_id)))
        self.duration.setValue(session.duration_min)
        self.session_type.setCurrentIndex(max(0, self.session_type.findData(session.session_type)))
        self.brand_minutes.setValue(session.brand_minutes or 0)
        self.slot_fee.setValue(session.slot_fee)
        self.commission.setValue((effective_commission(session.commission_rate,
                                                       self.hosts.get(session.host_id)) or 0.0) * 100)
        self.paid.setValue(session.paid_budget)
        self.theme.setText(session.theme)
        self.status.setCurrentIndex(max(0, self.status.findData(session.status)))
        self._loaded = (self.slot_fee.value(), self.commission.value(), self.paid.value())

    def _connect_signals(self) -> None:
        self.host.currentIndexChanged.connect(self._on_host_changed)
        self.host.editTextChanged.connect(self._on_host_typed)
        self.day.dateChanged.connect(self.revalidate)
        self.at.timeChanged.connect(self.revalidate)
        self.slot_fee.valueChanged.connect(self._on_fee_changed)
        self.slot_fee.lineEdit().textEdited.connect(self._on_fee_changed)
        for spin in (self.duration, self.slot_fee, self.commission, self.paid, self.brand_minutes):
            spin.valueChanged.connect(self.revalidate)
        for combo in (self.session_type, self.status):
            combo.currentIndexChanged.connect(self.revalidate)
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
        if h is not None and self._session is None:  # an edited session keeps what it has
            d = session_defaults(h, self.campaign, self._fx)
            self._setting_defaults = True
            try:
                self.slot_fee.setValue(d.slot_fee or 0.0)
                self.commission.setValue(d.commission_rate * 100)
                self.session_type.setCurrentIndex(SESSION_TYPES.index(d.session_type))
            finally:
                self._setting_defaults = False
            self._fee_problem = d.fee_problem
            note = "" if h.currency == self.campaign.currency else self.tr(
                " (the host quotes {fee:,.0f} {cur}; converted at the plan's rate)").format(
                fee=h.slot_fee, cur=h.currency)
            self.slot_fee.setToolTip(self.tr("Default from the host") + note)
        self.revalidate()

    def _on_fee_changed(self, *_args) -> None:
        if not self._setting_defaults:
            self._fee_problem = None  # the user gave the fee: nothing left to convert

    def start(self) -> datetime:
        qd, qt = self.day.date(), self.at.time()
        return from_china(date(qd.year(), qd.month(), qd.day()), time(qt.hour(), qt.minute()))

    def build(self) -> Session:
        host_id = self.chosen_host_id()
        h = self.hosts.get(host_id)
        fee, pct, paid = self.slot_fee.value(), self.commission.value(), self.paid.value()
        old = self._session
        base = old or Session(campaign_id=self.campaign.id, host_id=0, start=self.start())  # type: ignore[arg-type]
        if old is not None and (fee, pct, paid) == self._loaded:
            fee, rate, paid = old.slot_fee, old.commission_rate, old.paid_budget  # shown rounded; kept exact
        else:
            rate = own_commission(round(pct / 100, 6), h, follows_host=old is None or old.commission_rate is None)
        return replace(
            base, host_id=host_id, start=self.start(), duration_min=self.duration.value(),  # type: ignore[arg-type]
            slot_fee=fee, commission_rate=rate, paid_budget=paid,
            session_type=self.session_type.currentData(), brand_minutes=self.brand_minutes.value() or None,
            theme=self.theme.text().strip(), status=self.status.currentData(),
        )

    def check(self, session: Session) -> list[Problem]:
        self.local.setText(F.zone_span(session.start, session.duration_min, self.display_zone))
        problems = validate_session(session, self.campaign)
        if session.host_id is None:
            typed = self.host.currentText().strip()
            problems.append(Problem("host_id", typed or None, self.tr(
                "add a host to the roster first (Campaign ▸ Add host)") if not self.hosts else self.tr(
                "no host in the roster is called “{0}”: pick one from the list").format(typed)))
        if self._fee_problem is not None:
            problems.append(self._fee_problem.problem())
        return problems + self._double_bookings(session)

    def _double_bookings(self, session: Session) -> list[Problem]:
        """The schedule's own double-booking rules (host, brand on a platform), as warnings at the date:
        OK stays possible (the Problems panel lists it after), but the user hears it before."""
        if session.host_id is None or session.duration_min <= 0:
            return []
        nearby = self._nearby.get(session.host_id)
        if nearby is None:  # read once per host while the dialog is open
            nearby = self._nearby[session.host_id] = self.store.sessions_near(session.host_id, self.campaign)
            self._campaigns = {c.id: c for c in self.store.campaigns()}
        own = self._session.id if self._session is not None else None
        found = conflicts_of_new_session(session, [s for s in nearby if s.id is None or s.id != own],
                                         self.hosts, self._campaigns)
        return [Problem("start", None, c.message, severity="warning") for c in found]

    def session(self) -> Session:
        return self.build()

    def accept(self) -> None:
        self._touched = True
        if any(p.severity == "error" for p in self.revalidate()):
            return
        if self._submit is not None:
            message = self._submit(self.session())
            if message:
                self.show_error(message)
                return
        super(ValidatedForm, self).accept()
