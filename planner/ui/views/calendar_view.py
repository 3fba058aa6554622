"""The Calendar tab: week and month views in China time with the user's zone beside it.

Festival windows are bands (presale lighter), Chinese public holidays are marked on their days, prime time
is shaded, and sessions that break a schedule rule get a red (error) or amber (warning) outline. Moving,
resizing, adding and editing sessions all become undoable edits through the :class:`PlanContext`.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget,
)

from planner.domain.schedule import FestivalBand, festival_bands
from planner.domain.timezones import CHINA_TZ
from planner.services.sessions import save_session, update_sessions
from planner.ui.dialogs.session_dialog import SessionDialog
from planner.ui import formatting as F
from planner.ui.views.calendar_canvas import CalendarCanvas
from planner.services.schedule_snapshot import ScheduleSnapshot
from planner.ui.views.calendar_layout import MONTH, WEEK

__all__ = ["CalendarView", "MONTH", "WEEK"]


def _tool_button(text: str, *, checkable: bool = False, checked: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    if checkable:
        button.setCheckable(True)
        button.setChecked(checked)
    return button


class CalendarView(QWidget):
    """``CalendarView(context)``: the calendar tab. Shows the shared schedule snapshot (``context.schedule``,
    read and checked off the UI thread after each change); writes only edits."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._schedule = context.schedule
        self._stale = True
        self._festival_year: int | None = None
        # Where to look when the next snapshot lands: "open" (the campaign's first session, as on first
        # show) or "keep-campaign-in-view" (after another campaign was selected).
        self._navigate: str | None = "open"
        self._activate_later: int | None = None  # a session chosen before the snapshot holding it landed
        self.dialog: SessionDialog | None = None  # the add/edit dialog while it is open
        self._build()
        self._connect_signals()
        self.canvas.set_zone(context.display_zone)
        self._zone_label_update()
        self.go_to(self.today())
        self.refresh()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.prev_button = _tool_button("◀")
        self.prev_button.setToolTip(self.tr("Previous"))
        self.today_button = _tool_button(self.tr("Today"))
        self.next_button = _tool_button("▶")
        self.next_button.setToolTip(self.tr("Next"))
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.week_button = _tool_button(self.tr("Week"), checkable=True, checked=True)
        self.month_button = _tool_button(self.tr("Month"), checkable=True)
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        self._mode_group.addButton(self.week_button)
        self._mode_group.addButton(self.month_button)
        self.festival_combo = QComboBox()
        self.festival_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.festival_combo.setMinimumContentsLength(26)
        self.festival_combo.setToolTip(self.tr("Jump to a shopping festival of the shown year"))
        self.zone_label = QLabel()
        self.zone_label.setStyleSheet("color: #616161")
        self.zone_label.setWordWrap(True)  # a longer language wraps it, leaving the week's title its room
        self.zone_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        self.message.hide()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend.setWordWrap(True)  # a longer language (or more platforms) wraps it rather than clipping it
        self.canvas = CalendarCanvas(self)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addWidget(self.zone_label, 1)  # takes the free room, right-aligned; wraps only when there is none
        bar.addSpacing(8)
        bar.addWidget(self.festival_combo)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(bar)
        box.addWidget(self.message)
        box.addWidget(self.canvas, 1)
        box.addWidget(self.legend)

    def _connect_signals(self) -> None:
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.go_to(self.today()))
        self.week_button.toggled.connect(self._on_week_toggled)
        self.month_button.toggled.connect(self._on_month_toggled)
        self.festival_combo.activated.connect(self._on_festival_chosen)
        self.canvas.session_changed.connect(self._on_session_changed)
        self.canvas.session_double_clicked.connect(self._on_session_double_clicked)
        self.canvas.slot_clicked.connect(self._on_slot_clicked)
        self.canvas.day_opened.connect(self._on_day_opened)
        self._schedule.snapshot_ready.connect(self._on_snapshot)
        self._context.campaign_selected.connect(self._on_campaign_selected)
        self._context.display_zone_changed.connect(self._on_display_zone_changed)
        self._context.session_activated.connect(self._on_session_activated)

    # -- public API ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the latest schedule snapshot of the selected campaign, or ask for one (it lands soon)."""
        snap = self._schedule.current(with_sessions=True)
        if snap is None:
            self._stale = True
            self._schedule.want()
            return
        self._show_snapshot(snap)

    def is_up_to_date(self) -> bool:
        """True when the calendar shows the newest check of the plan (nothing on its way)."""
        return not self._schedule.pending and not self._stale

    def _show_snapshot(self, snap: ScheduleSnapshot) -> None:
        self._stale = False
        self.canvas.set_snapshot(snap)
        self._festival_year = None
        self._update_header()
        self._update_legend(snap)
        navigate, self._navigate = self._navigate, None
        if self._activate_later is not None and snap.session(self._activate_later) is not None:
            self._on_session_activated(self._activate_later)
        elif navigate == "open":
            self.go_to(self._campaign_anchor() or self.today())
        elif navigate == "keep-campaign-in-view" and snap.campaign is not None:
            first, last = self.shown_range()
            if snap.campaign.end_date < first or snap.campaign.start_date > last:
                self.go_to(self._campaign_anchor() or snap.campaign.start_date)

    def snapshot(self) -> ScheduleSnapshot:
        return self.canvas.snapshot()

    def mode(self) -> str:
        return self.canvas.mode()

    def set_mode(self, mode: str) -> None:
        self.canvas.set_mode(mode)
        (self.week_button if mode == WEEK else self.month_button).setChecked(True)
        self._update_header()

    def go_to(self, day: date) -> None:
        self.canvas.set_anchor(day)
        self._update_header()

    def step(self, direction: int) -> None:
        """One week or one month back (-1) or forward (+1)."""
        anchor = self.canvas.anchor()
        if self.mode() == WEEK:
            self.go_to(anchor + timedelta(weeks=direction))
        else:
            month = anchor.month - 1 + direction
            self.go_to(date(anchor.year + month // 12, month % 12 + 1, 1))

    @staticmethod
    def today() -> date:
        return datetime.now(CHINA_TZ).date()

    def shown_range(self) -> tuple[date, date]:
        days = self.canvas.days()
        return days[0], days[-1]

    def festival_bands(self) -> list[FestivalBand]:
        """Festival bands (presale and main parts) on the shown days, as drawn."""
        first, last = self.shown_range()
        return festival_bands(self.snapshot().festivals, first, last)

    def jump_to_festival(self, key: str, year: int | None = None) -> None:
        """Show a festival of ``year`` (default: the shown year), from its presale when it has one."""
        year = year or self.canvas.anchor().year
        for f in self.snapshot().festivals:
            if f.key == key and f.year == year:
                self.go_to(f.presale_start or f.start)
                return

    # -- header --------------------------------------------------------------------------------------
    def _update_header(self) -> None:
        first, last = self.shown_range()
        anchor = self.canvas.anchor()
        if self.mode() == WEEK:
            self.title.setText(self.tr("{0} – {1}").format(F.day_month(first), F.day_month(last, year=True)))
        else:
            self.title.setText(F.month_year(anchor))
        if self._festival_year != anchor.year:
            self._fill_festival_combo(anchor.year)

    def _fill_festival_combo(self, year: int) -> None:
        self._festival_year = year
        self.festival_combo.clear()
        self.festival_combo.addItem(self.tr("Jump to festival ({0})…").format(year), None)
        shown = [f for f in self.snapshot().festivals if f.year == year]
        for f in sorted(shown, key=lambda f: f.presale_start or f.start):
            first = f.presale_start or f.start
            self.festival_combo.addItem(f"{f.name_en} {f.name_zh} · {F.day_month(first)}", (f.key, f.year))

    def _zone_label_update(self) -> None:
        self.zone_label.setText(self.tr("Grid in China time · your zone: {0}").format(self._context.display_zone))

    def _update_legend(self, snap: ScheduleSnapshot) -> None:
        used = {snap.hosts[s.host_id].platform for s in snap.sessions if s.host_id in snap.hosts}
        parts = [f"<span style='color:{p.color}'>■</span> {p.name_zh if F.locale_name() == 'zh_CN' and p.name_zh else p.name_en}"
                 for key, p in snap.platforms.items() if key in used]
        parts.append("<span style='background:#fff0c2'>&nbsp;&nbsp;&nbsp;</span> "
                     + self.tr("prime time {0}:00–{1}:00 China").format(*snap.prime_time))
        parts.append("<span style='color:#d50000'>□</span> " + self.tr("conflict"))
        parts.append("<span style='color:#ff8f00'>□</span> " + self.tr("warning"))
        parts.append("<span style='color:#c62828'>●</span> " + self.tr("public holiday"))
        self.legend.setText(" &nbsp; ".join(parts))

    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    # -- handlers ------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._schedule.show_sessions(True)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._schedule.show_sessions(False)
        super().hideEvent(event)

    def _on_snapshot(self, snap: ScheduleSnapshot) -> None:
        if snap.campaign_id != self._context.campaign_id:
            return
        if not snap.has_sessions:  # checked while no calendar showed: the one with sessions is on its way
            if self.isVisible():
                self._schedule.request()  # a calendar is showing now, so the next check carries them
            else:
                self._release_snapshot(snap)
            return
        if self.isVisible():
            self._show_snapshot(snap)
        else:
            self._release_snapshot(snap)

    def _release_snapshot(self, snap: ScheduleSnapshot) -> None:
        """Shown when the tab is; meanwhile the old snapshot (on a big plan, tens of thousands of objects) is
        let go rather than kept beside the new one."""
        if not self._stale:
            self._stale = True
            self.canvas.set_snapshot(ScheduleSnapshot(campaign_id=snap.campaign_id))

    def _on_campaign_selected(self, campaign_id) -> None:
        if self._navigate != "open":
            self._navigate = "keep-campaign-in-view"
        self.refresh()

    def _campaign_anchor(self) -> date | None:
        """Where a campaign opens: its first live session's China date, else its start date."""
        snap = self.canvas.snapshot()
        starts = [s.start for s in snap.sessions if s.status != "cancelled"]
        if starts:
            return min(starts).astimezone(CHINA_TZ).date()
        return snap.campaign.start_date if snap.campaign else None

    def _on_display_zone_changed(self, name: str) -> None:
        self.canvas.set_zone(name)
        self._zone_label_update()

    def _on_session_activated(self, session_id: int) -> None:
        s = self.snapshot().session(session_id)
        if s is None:
            if self._stale or self._schedule.pending:  # shown once the snapshot with it lands
                self._activate_later = session_id
            return
        self._activate_later = None
        self.go_to(s.start.astimezone(CHINA_TZ).date())
        self.canvas.select(session_id)

    def _on_week_toggled(self, checked: bool) -> None:
        if checked:
            self.set_mode(WEEK)

    def _on_month_toggled(self, checked: bool) -> None:
        if checked:
            self.set_mode(MONTH)

    def _on_festival_chosen(self, index: int) -> None:
        data = self.festival_combo.itemData(index)
        if data:
            self.jump_to_festival(*data)
        self.festival_combo.setCurrentIndex(0)

    def _on_day_opened(self, day: date) -> None:
        self.set_mode(WEEK)
        self.go_to(day)

    def _on_session_changed(self, session) -> None:
        old = self.snapshot().session(session.id)
        label = self.tr("Change session length") if old is not None and old.start == session.start \
            else self.tr("Move session")
        message = self._context.try_apply(update_sessions((session,), label=label))
        self._show_message(message)
        if message is None:  # the block stays where it was dropped; outlines follow when the check lands
            snap = self.snapshot()
            swap = lambda sessions: [session if s.id == session.id else s for s in sessions]  # noqa: E731
            self.canvas.set_snapshot(dataclasses.replace(
                snap, sessions=swap(snap.sessions), all_sessions=swap(snap.all_sessions)))

    def _on_session_double_clicked(self, session_id: int) -> None:
        self._context.session_activated.emit(session_id)
        s = self.snapshot().session(session_id)
        if s is not None:
            self._open_dialog(s.campaign_id, session=s)

    def _on_slot_clicked(self, start: datetime) -> None:
        campaign_id = self._context.campaign_id
        if campaign_id is None:
            self._show_message(self.tr("Choose a campaign first: new sessions are added to the selected one."))
            return
        self._open_dialog(campaign_id, start=start)

    def _open_dialog(self, campaign_id: int, **kwargs) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self._show_message(None)
        ctx = self._context
        self.dialog = SessionDialog(ctx.store, ctx.store.campaign(campaign_id), ctx.display_zone, self,
                                    submit=self._save_session, **kwargs)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    def _save_session(self, session) -> str | None:
        """Apply the form's session (new or edited) as one undoable edit; a refusal message, or None."""
        label = self.tr("Add session") if session.id is None else self.tr("Edit session")
        return self._context.try_apply(save_session(session, label))

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
