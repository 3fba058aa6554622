"""A day of real planning without friction (issue 18): what a marketer hit, driven in the real window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.conftest import wait_projection


def test_the_first_run_hint_names_the_duplicate_shortcut_that_works(window, qtbot):
    hint = window.findChild(QLabel, "first_run_hint")
    key = window.actions.duplicate_scenario.shortcut()
    assert hint.isVisible() and key.toString(QKeySequence.SequenceFormat.NativeText) in hint.text()
    assert "Ctrl+D)" not in hint.text()
    before = len(window.context.store.campaigns())
    window.campaigns.setFocus()
    qtbot.keyClick(window.campaigns, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.context.store.campaigns()) == before + 1, timeout=5000)
    assert window.context.store.campaign(window.context.campaign_id).parent_id is not None


def _when_open(qtbot, act, seen: list):
    """Run ``act(dialog)`` once a modal dialog is up (the action opens it and waits in exec())."""
    from PySide6.QtCore import QTimer

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            seen.append(dialog)
            act(dialog)
    QTimer.singleShot(0, poll)


def _type_and_enter(qtbot, dialog, text: str) -> None:
    """What a user does in a fresh dialog: type at once ("\t" moves on with Tab), then Enter (no clicking)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(5000, dialog.reject)  # a dialog Enter could not close fails the test instead of hanging it
    for part in text.split("\t"):
        if part != text.split("\t")[0] or text.startswith("\t"):
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), part)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


@pytest.mark.parametrize("action, field, text, name", [
    ("new_campaign", "name", "Double 11 skincare", "Double 11 skincare"),
    ("add_host", "name", "Typed host\t\t\t\t20000", "Typed host"),  # name, platform, handle, tier, followers
    ("edit_campaign", "name", "DEMO renamed", "DEMO renamed"),
])
def test_dialogs_open_with_the_focus_in_the_first_field_and_enter_is_ok(window, qtbot, action, field, text, name):
    seen: list = []
    focused: list = []

    def act(dialog) -> None:
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=3000)
        focused.append(dialog.focusWidget())
        assert dialog.ok_button.isDefault()
        _type_and_enter(qtbot, dialog, text)  # the name's text is selected: typing replaces it

    _when_open(qtbot, act, seen)
    getattr(window.actions, action).trigger()
    assert seen and focused == [getattr(seen[0], field)]
    store = window.context.store
    if action == "add_host":
        assert any(h.name == name and h.followers == 20000 for h in store.hosts())
    else:
        assert store.campaign(window.context.campaign_id).name == name


def test_add_session_dialog_opens_on_the_host_and_tab_walks_the_fields_then_ok(window, qtbot):
    dialog = window.session_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.host
    assert dialog.ok_button.isDefault() and dialog.ok_button.autoDefault()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert not cancel.autoDefault()  # a focused Cancel does not take Enter either
    order = []
    for _ in range(16):  # Tab, as a user walks the form
        w = dialog.focusWidget()
        while w is not None and not w.objectName() and not hasattr(w, "text"):
            w = w.parentWidget()
        name = w.objectName() or w.text() if w is not None else None
        order.append(name.replace("&", "") if isinstance(name, str) else name)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    first = order[:order.index("OK") + 2]
    assert first == ["host_id", "start", "start_time", "duration_min", "session_type", "brand_minutes", "slot_fee",
                     "commission_rate", "paid_budget", "theme", "status", "OK", "Cancel"], order
    assert order[13] == "host_id"  # and round again
    dialog.reject()


def test_calendar_session_dialog_opens_on_the_host_with_ok_as_default(window, qtbot):
    page = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Calendar")
    window.tabs.setCurrentWidget(page)
    view = page.ensure()
    view._open_dialog(window.context.campaign_id)  # as a click on an empty slot does
    dialog = view.dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.host
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isDefault()
    dialog.reject()


@pytest.mark.parametrize("typed", ["2027-10-20", "2027/10/20", "20271020"])
def test_a_whole_date_typed_over_the_selection_is_the_date_typed(window, qtbot, typed):
    from planner.ui.dialogs.campaign_dialog import CampaignDialog

    dialog = CampaignDialog(parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for field in (dialog.start_date, dialog.end_date):
        field.setDate(QDate(2026, 12, 5))
    dialog.end_date.setFocus()
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all, then type
    qtbot.keyClicks(dialog.end_date, typed)
    qtbot.keyClick(dialog.end_date, Qt.Key.Key_Tab)
    assert dialog.campaign().end_date == date(2027, 10, 20)  # not 2026-10-20, a 13-month campaign
    assert dialog.focusWidget() is dialog.currency  # Tab left the date for the next field
    dialog.start_date.setFocus()
    dialog.start_date.setSelectedSection(dialog.start_date.Section.YearSection)  # the year selected, then typed
    qtbot.keyClicks(dialog.start_date, "2027-10-01")
    assert dialog.campaign().start_date == date(2027, 10, 1)  # not 2027-12-10 (the "-" skipped the month)


def test_a_whole_date_and_time_typed_into_a_sessions_cell(window, qtbot):
    from PySide6.QtWidgets import QDateTimeEdit

    from planner.ui.delegates import ChinaDateTimeEdit

    window.tabs.setCurrentWidget(window.sessions)
    view, model = window.sessions.table.view, window.sessions.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    sid = model.session_id(0)
    start_col = [c.key for c in model.columns].index("start")
    index = window.sessions.table.proxy.mapFromSource(model.index(0, start_col))
    view.setCurrentIndex(index)
    view.setFocus()
    assert window.context.undo_stack.count() == 0
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QDateTimeEdit), timeout=2000)
    edit = QApplication.focusWidget()  # the cell's date-time editor, in China time
    assert isinstance(edit.parentWidget(), ChinaDateTimeEdit)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "2027-06-10 21:30")
    assert edit.parentWidget().wall_text() == "2027-06-10 21:30"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    # (the delegate commits on the next turn of the event loop)
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 1, timeout=3000)
    from planner.domain.timezones import CHINA_TZ

    start = next(s for s in window.context.store.sessions(window.context.campaign_id) if s.id == sid).start
    assert start.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M") == "2027-06-10 21:30"


def test_reach_build_up_shows_each_days_sessions_at_that_days_tick(qtbot, store):
    """The first session day's reach is drawn where the date axis writes that date (it was one tick late)."""
    import numpy as np

    from planner.domain.timezones import CHINA_TZ
    from planner.ui.charts.buildup_chart import BuildupChart

    cid = store.campaigns()[0].id
    chart = BuildupChart(store, draws=0)
    qtbot.addWidget(chart)
    chart.resize(1000, 700)
    chart.show()
    with qtbot.waitSignal(chart.buildup_shown, timeout=30_000):
        chart.set_campaign(cid)
    xs, reach = chart.reach_curve.getData()
    first_day = min(s.start.astimezone(CHINA_TZ).date() for s in store.sessions(cid))
    i = chart.buildup.days.index(first_day)
    assert reach[i] > 0 and (i == 0 or reach[i - 1] == 0)  # the day the first session is live
    from datetime import datetime, timezone

    axis = chart.reach_plot.getAxis("bottom")
    assert axis.utcOffset == 0  # the axis writes the UTC date of x: the China date (see buildup_chart.day_x)
    assert datetime.fromtimestamp(xs[i], timezone.utc).date() == first_day  # not the next day's tick
    assert np.all(np.diff(xs) == 86_400)


def test_a_campaign_without_sessions_shows_no_other_campaigns_budget_banner(window, qtbot):
    from dataclasses import replace

    from planner.domain.models import Campaign
    from planner.storage.edits import AddCampaign, UpdateCampaign

    wait_projection(qtbot, window)
    note = window.overview.budget_note
    store = window.context.store
    demo = store.campaign(window.context.campaign_id)
    window.context.apply(UpdateCampaign(replace(demo, budget=100_000.0)))
    qtbot.waitUntil(lambda: note.isVisible() and "CNY 100,000" in note.text(), timeout=15000)
    window.context.apply(AddCampaign(Campaign(name="Empty one", start_date=date(2027, 10, 20),
                                              end_date=date(2027, 11, 11), budget=1_500_000.0)))
    empty = max(c.id for c in store.campaigns())
    window.context.select_campaign(empty)
    qtbot.waitUntil(lambda: window.overview.message.isVisible(), timeout=15000)  # "no sessions to project"
    qtbot.wait(100)
    assert not note.isVisible()
    window.context.select_campaign(demo.id)  # back: its own banner again
    qtbot.waitUntil(lambda: note.isVisible() and "CNY 100,000" in note.text(), timeout=15000)
    window.context.select_campaign(empty)
    assert not note.isVisible()  # at once, not once the projection has failed


def test_the_app_reopens_on_the_campaign_used_last(window, qtbot, plan_path):
    from planner.ui.main_window import open_main_window

    window.duplicate_as_scenario()
    scenario = window.context.campaign_id
    assert window.context.store.campaign(scenario).parent_id is not None
    window.close()
    again = open_main_window()  # no path: the last plan, as a plain start does
    qtbot.addWidget(again)
    again.show()
    try:
        assert str(again.context.store.path) == str(plan_path)
        assert again.context.campaign_id == scenario
        assert again.campaigns.currentIndex().data() is not None and "scenario" in again.overview.heading.text()
        first = again.context.store.campaigns()[0].id
        again.context.select_campaign(first)
    finally:
        again.close()
    third = open_main_window(plan_path)
    qtbot.addWidget(third)
    try:
        assert third.context.campaign_id == first
    finally:
        third.close()


def test_last_written_after_a_restart_is_the_journals_time_when_it_holds_the_last_edits(qtbot, plan_path):
    """Edits land in the WAL journal; the plan file's own time changes only when the journal is copied back,
    which a close does not do while another connection (a helper still reading) is open."""
    import os
    import sqlite3
    import time
    from dataclasses import replace
    from datetime import datetime

    from planner.storage import PlanStore
    from planner.ui.main_window import open_main_window

    helper = sqlite3.connect(str(plan_path))  # keeps the journal from being copied back at the close
    helper.execute("SELECT count(*) FROM campaigns").fetchone()
    with PlanStore.open(plan_path) as store:
        store.update_campaign(replace(store.campaigns()[0], notes="edited"))
    wal = plan_path.with_name(plan_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    yesterday, before = time.time() - 86_400, time.time() - 2 * 86_400
    os.utime(wal, (yesterday, yesterday))  # the edit: yesterday
    os.utime(plan_path, (before, before))  # the file itself: the day before
    win = open_main_window(plan_path)
    qtbot.addWidget(win)
    try:
        label = win._plan_label.text()
        at = datetime.fromtimestamp(yesterday)
        assert f"last written {at.date().isoformat()} {at:%H:%M:%S}" in label, label
    finally:
        win.close()
        helper.close()


def test_a_refused_cell_says_why_at_the_cell_and_stays_red_while_its_row_is_selected(window, qtbot):
    """Typed into the cell with the keyboard, as a user does: the message appears next to that cell."""
    from PySide6.QtGui import QColor

    table, view, model, col, index, editor = _edit_second_slot_fee(
        window, qtbot, lambda m: m.rowCount() > 2, timeout=5000)
    qtbot.keyClicks(editor, "-500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    bubble = table.refusal
    qtbot.waitUntil(bubble.isVisible, timeout=3000)
    assert "must be 0 or more" in bubble.text()
    cell = view.visualRect(index)
    geo = bubble.geometry()
    assert abs(geo.top() - cell.bottom()) <= 4 or abs(geo.bottom() - cell.top()) <= 4  # just below (or above)
    assert geo.left() <= cell.right() and geo.right() >= cell.left()  # under that cell, not elsewhere
    assert "must be 0 or more" in window.statusBar().currentMessage()  # and still said in the status bar

    view.selectRow(index.row())  # the refused cell's row selected: the cell still reads as refused
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    refused = QColor(image.pixel(cell.center().x(), cell.top() + 5))
    neighbour_rect = view.visualRect(index.siblingAtColumn(col - 1))
    neighbour = QColor(image.pixel(neighbour_rect.center().x(), neighbour_rect.top() + 5))
    assert refused.red() > 150 and refused.red() - refused.blue() > 80, refused.name()  # red, not the highlight
    assert refused.name() != neighbour.name()
    view.setCurrentIndex(table.proxy.mapFromSource(model.index(2, col)))  # moving on closes the note
    assert not bubble.isVisible()


def test_add_session_warns_of_a_double_booking_before_ok(window, qtbot):
    """The schedule rule the Problems panel uses, heard in the form: same host, overlapping time."""
    from planner.domain.timezones import CHINA_TZ

    store = window.context.store
    booked = store.sessions(window.context.campaign_id)[0]
    local = booked.start.astimezone(CHINA_TZ)
    dialog = window.session_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.host.setCurrentIndex(dialog.host.findData(booked.host_id))
    note = dialog.errors["start"]
    dialog.day.setDate(QDate(local.year, local.month, local.day))
    dialog.at.setFocus()
    qtbot.keyClick(dialog.at, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.at, f"{(local.hour + 1) % 24:02d}:{local.minute:02d}")  # an hour into the booked one
    assert note.isVisible() and "booked twice at once" in note.text(), note.text()
    assert dialog.ok_button.isEnabled()  # a warning: the user may still book it (and sees it in Problems)
    qtbot.keyClick(dialog.at, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.at, f"{(local.hour + 6) % 24:02d}:{local.minute:02d}")  # clear of it
    if not any(s.host_id == booked.host_id and s.id != booked.id for s in store.sessions()):
        assert not note.isVisible() or "booked twice" not in note.text()
    dialog.reject()


def test_scenario_charts_keep_their_bars_with_the_problems_panel_open(window, qtbot):
    window.duplicate_as_scenario()
    if not window.problems_dock.isVisible():
        window.actions.show_problems.trigger()
    qtbot.waitUntil(window.problems_dock.isVisible, timeout=3000)
    window.resize(1280, 800)
    charts = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Charts")
    window.tabs.setCurrentWidget(charts)
    view = charts.ensure()
    view.show_chart(1)
    chart = view.scenarios
    qtbot.waitUntil(lambda: chart.comparison is not None and len(chart.comparison.scenarios) == 2, timeout=60_000)
    qtbot.wait(100)
    assert window.height() <= 800  # the pane scrolls; the window does not grow past the screen
    for key, plot in chart.outcome_plots.items():
        box = plot.getViewBox().sceneBoundingRect()
        assert box.height() >= 100 and box.width() >= 40, (key, box)  # bars, not bare axes
    assert chart.breakdown_plot.getViewBox().sceneBoundingRect().height() >= 100
    assert chart.canvas.ci.geometry().height() >= chart.canvas.height() - 2


def test_the_benchmarks_source_column_is_on_screen_in_a_1400_px_window(window, qtbot):
    window.resize(1400, 900)
    qtbot.wait(50)
    window.tabs.setCurrentWidget(window.benchmarks)
    view = window.benchmarks.table.view
    header = view.horizontalHeader()
    source = [c.key for c in window.benchmarks.model.columns].index("source")
    qtbot.waitUntil(lambda: header.sectionPosition(source) + header.sectionSize(source) <= view.viewport().width(),
                    timeout=3000)
    assert header.sectionSize(source) >= 170
    year = [c.key for c in window.benchmarks.model.columns].index("year")
    assert header.sectionPosition(year) < header.sectionPosition(source)


def test_the_calendars_session_dialog_warns_of_a_double_booking_too(window, qtbot):
    from datetime import timedelta

    from planner.ui.dialogs.session_dialog import SessionDialog

    ctx = window.context
    booked = ctx.store.sessions(ctx.campaign_id)[0]
    dialog = SessionDialog(ctx.store, ctx.store.campaign(ctx.campaign_id), ctx.display_zone, window,
                           start=booked.start + timedelta(minutes=30))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setCurrentIndex(dialog.host.findData(booked.host_id))
    warning = dialog.errors["start"]
    assert warning.isVisible() and "booked twice at once" in warning.text()
    dialog.duration.setValue(15)
    dialog.at.setTime(dialog.at.time().addSecs(-4 * 3600))  # well before it
    assert not warning.isVisible() or "booked twice" not in warning.text()


def test_the_export_dialog_opens_on_its_format_with_export_as_the_default(window, qtbot):
    from planner.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(window.context, "schedule", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.format_buttons["xlsx"]
    assert dialog.export_button.isDefault() and not dialog.close_button.autoDefault()


def test_typing_in_a_cell_survives_the_schedule_check_arriving(window, qtbot):
    """The schedule check (and a projection) arrive while the user types: the row is repainted, and the
    half-typed value must stay in the editor, not be replaced by the stored one (it was: 1 run in 4)."""
    _table, _view, model, col, _index, editor = _edit_second_slot_fee(
        window, qtbot, lambda m: m.rowCount() > 2 and m.schedule is not None, timeout=10000)
    before = model.index(1, col).data(Qt.ItemDataRole.EditRole)
    qtbot.keyClicks(editor, "12345")
    model.set_schedule(model.schedule)  # the check's answer arrives: every row's colours and tooltips change
    assert editor.value() == 12345
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 1, timeout=3000)
    assert model.index(1, col).data(Qt.ItemDataRole.EditRole) == 12345 != before


def _edit_second_slot_fee(window, qtbot, ready, timeout):
    """The Sessions tab, its second row's slot fee opened with F2 as a user does, the text selected."""
    window.tabs.setCurrentWidget(window.sessions)
    table = window.sessions.table
    view, model = table.view, window.sessions.model
    qtbot.waitUntil(lambda: ready(model), timeout=timeout)
    col = [c.key for c in model.columns].index("slot_fee")
    index = table.proxy.mapFromSource(model.index(1, col))
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=2000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    return table, view, model, col, index, editor
