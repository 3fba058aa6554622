"""The calendar's small session dialog: add a session in an empty slot, or edit one in place.

It collects input in China time and shows the user's zone beside it; the edit goes through the context,
so the domain validates it and the refusal is shown inside the form (the dialog stays open).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from planner.domain.models import (
    MAX_DURATION_MIN, MIN_DURATION_MIN, SESSION_STATUSES, SESSION_TYPE_LABELS, SESSION_TYPES, Host, Session,
    default_session_type,
)
from planner.domain.schedule import zone_span
from planner.domain.timezones import CHINA_TZ, from_china
from planner.storage.edits import AddSessions, UpdateSessions
from planner.ui.date_edits import DateEdit, TimeEdit
from planner.ui.i18n import domain_label


class SessionDialog(QDialog):
    """Add (``session`` None, ``start`` given) or edit a session of ``campaign_id``."""

    session_saved = Signal(object)  # the session as saved (new sessions carry no id here)

    def __init__(self, context, campaign_id: int, *, session: Session | None = None,
                 start: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._campaign_id = campaign_id
        self._session = session
        store = context.store
        self._campaign = store.campaign(campaign_id)
        self._hosts: list[Host] = sorted(store.hosts(), key=lambda h: (h.platform, h.name.casefold()))
        self._platforms = {p.key: p.name_en for p in store.platforms()}
        self._fx = store.fx_rates()
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("Add session"))
        self._build(session.start if session else start)
        self._connect_signals()
        self._load(session)

    # -- layout --------------------------------------------------------------------------------------
    def _build(self, start: datetime | None) -> None:
        self.host = QComboBox()
        for h in self._hosts:
            self.host.addItem(f"{h.name} — {self._platforms.get(h.platform, h.platform)}", h.id)
        local = (start or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ)
        self.day = DateEdit(QDate(local.year, local.month, local.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.at = TimeEdit(QTime(local.hour, local.minute))
        self.at.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION_MIN, MAX_DURATION_MIN)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(180)
        self.local_time = QLabel()
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1e9)
        self.fee.setDecimals(0)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(f" {self._campaign.currency}")
        self.commission = QDoubleSpinBox()
        self.commission.setRange(0, 100)
        self.commission.setDecimals(1)
        self.commission.setSuffix(" %")
        self.status = QComboBox()
        self.status.addItems(SESSION_STATUSES)
        self.session_type = QComboBox()
        self.session_type.setObjectName("session_type")
        for k in SESSION_TYPES:
            self.session_type.addItem(domain_label(SESSION_TYPE_LABELS[k]), k)
        self.brand_minutes = QDoubleSpinBox()
        self.brand_minutes.setObjectName("brand_minutes")
        self.brand_minutes.setRange(0, 10_000)
        self.brand_minutes.setDecimals(0)
        self.brand_minutes.setSuffix(self.tr(" min"))
        self.brand_minutes.setSpecialValueText(self.tr("library figure for the tier"))
        self.theme = QLineEdit()
        self.warning = QLabel()  # a double booking, said before OK (the schedule module's rule)
        self.warning.setObjectName("double_booking")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00")
        self.warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Date (China)"), self.day)
        form.addRow(self.tr("Start (China time)"), self.at)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Your time"), self.local_time)
        form.addRow(self.tr("Type (场次类型)"), self.session_type)
        form.addRow(self.tr("Brand minutes (讲解时长)"), self.brand_minutes)
        form.addRow(self.tr("Slot fee"), self.fee)
        form.addRow(self.tr("Commission"), self.commission)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Theme"), self.theme)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.warning)
        box.addWidget(self.error)
        box.addWidget(self.buttons)
        from planner.ui.dialogs.keyboard import form_fields, prepare_dialog

        prepare_dialog(self, form_fields(form), self.buttons, self.buttons.button(QDialogButtonBox.Ok))

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.host.currentIndexChanged.connect(self._on_host_changed)
        self.host.currentIndexChanged.connect(lambda _i: self._check_double_booking())
        for w in (self.day, self.at):
            w.dateTimeChanged.connect(self._on_time_changed)
        self.duration.valueChanged.connect(self._on_time_changed)

    def _load(self, session: Session | None) -> None:
        if session is None:
            self._on_host_changed()
        else:
            self.host.blockSignals(True)
            self.host.setCurrentIndex(max(0, self.host.findData(session.host_id)))
            self.host.blockSignals(False)
            self.duration.setValue(session.duration_min)
            self.fee.setValue(session.slot_fee)
            host = self._host()
            rate = session.commission_rate if session.commission_rate is not None else \
                (host.commission_rate if host else 0.0)
            self.commission.setValue(rate * 100)
            self.status.setCurrentText(session.status)
            self.theme.setText(session.theme)
            self.session_type.setCurrentIndex(max(0, self.session_type.findData(session.session_type)))
            self.brand_minutes.setValue(session.brand_minutes or 0)
        self._on_time_changed()

    # -- values -------------------------------------------------------------------------------------
    def _host(self) -> Host | None:
        hid = self.host.currentData()
        return next((h for h in self._hosts if h.id == hid), None)

    def start(self) -> datetime:
        d, t = self.day.date(), self.at.time()
        return from_china(d.toPython(), time(t.hour(), t.minute()))

    def _fee_in_campaign_currency(self, host: Host) -> float:
        if host.currency == self._campaign.currency:
            return host.slot_fee
        try:
            rate = lambda cur: 1.0 if cur == "CNY" else self._fx[cur].cny_per_unit  # noqa: E731
            return round(host.slot_fee * rate(host.currency) / rate(self._campaign.currency))
        except (KeyError, ZeroDivisionError):
            return host.slot_fee

    def session(self) -> Session:
        host = self._host()
        base = self._session or Session(campaign_id=self._campaign_id, host_id=0, start=self.start())
        rate = self.commission.value() / 100
        follows_host = self._session is None or self._session.commission_rate is None
        # Left at the host's rate, the session keeps following the host (None = the host's rate).
        rate_value: float | None = rate
        if follows_host and host is not None and abs(rate - host.commission_rate) < 1e-9:
            rate_value = None
        return replace(base, host_id=host.id if host else 0, start=self.start(),
                       duration_min=self.duration.value(), slot_fee=float(self.fee.value()),
                       commission_rate=rate_value, status=self.status.currentText(), theme=self.theme.text(),
                       session_type=self.session_type.currentData(),
                       brand_minutes=self.brand_minutes.value() or None)

    # -- handlers ------------------------------------------------------------------------------------
    def _on_host_changed(self) -> None:
        host = self._host()
        if host is None or self._session is not None:
            return
        self.fee.setValue(self._fee_in_campaign_currency(host))
        self.commission.setValue(host.commission_rate * 100)
        self.session_type.setCurrentIndex(max(0, self.session_type.findData(default_session_type(host))))

    def _on_time_changed(self, *_args) -> None:
        zone_name = self._context.display_zone
        self.local_time.setText(zone_span(self.start(), self.duration.value(), zone_name))
        self._check_double_booking()

    def _check_double_booking(self) -> None:
        from planner.domain.schedule import conflicts_of_new_session

        host = self._host()
        if host is None:
            self.warning.hide()
            return
        store, own = self._context.store, self._session.id if self._session is not None else None
        cache = self.__dict__.setdefault("_nearby", {})  # host id → (campaigns, sessions): read once per host
        if host.id not in cache:
            cache[host.id] = ({c.id: c for c in store.campaigns()}, store.sessions_near(host.id, self._campaign))
        campaigns, nearby = cache[host.id]
        found = conflicts_of_new_session(self.session(), [s for s in nearby if s.id != own],
                                         {h.id: h for h in self._hosts}, campaigns)
        self.warning.setText("\n".join(c.message for c in found))
        self.warning.setVisible(bool(found))

    def _on_accepted(self) -> None:
        if self._host() is None:
            self._show_error(self.tr("Add a host first (Hosts tab), then schedule it here."))
            return
        s = self.session()
        if self._session is None:
            edit = AddSessions((s,), label=self.tr("Add session"))
        else:
            edit = UpdateSessions((s,), label=self.tr("Edit session"))
        message = self._context.try_apply(edit)
        if message:
            self._show_error(message)
            return
        self.session_saved.emit(s)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

