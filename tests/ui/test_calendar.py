"""The calendar tab and the Problems panel, driven like a user would: drag, click, double-click, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from planner.domain.models import Campaign
from planner.domain.timezones import CHINA_TZ, from_china
from planner.storage.edits import AddSessions
from planner.ui.context import PlanContext
from planner.ui.views.calendar_view import MONTH, WEEK, CalendarView
from planner.ui.views.problems_panel import ProblemsPanel


@pytest.fixture
def ctx(store):
    context = PlanContext(store, display_zone="Europe/Rome")
    context.select_campaign(store.find_campaign("DEMO").id)
    return context


def settled(qtbot, v):
    """Wait until the calendar shows the newest schedule check (it runs off the UI thread)."""
    qtbot.waitUntil(v.is_up_to_date, timeout=10000)


@pytest.fixture
def view(qtbot, ctx):
    v = CalendarView(ctx)
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitExposed(v)
    settled(qtbot, v)
    v.go_to(date(2027, 6, 7))  # Mon 7 – Sun 13 June 2027: Dr. Lin on Monday 20:00–23:00
    return v


def demo_session(store, month: int, day: int):
    (s,) = [s for s in store.sessions(store.find_campaign("DEMO").id)
            if s.start.astimezone(CHINA_TZ).date() == date(2027, month, day)]
    return s


def pt(p) -> QPoint:
    return QPoint(round(p.x()), round(p.y()))


def test_opens_on_the_campaign_and_shows_its_sessions(qtbot, ctx):
    v = CalendarView(ctx)
    qtbot.addWidget(v)
    v.show()
    settled(qtbot, v)
    # The week of the first session (Tue 25 May), not of the campaign start (20 May), which has none.
    assert v.shown_range() == (date(2027, 5, 24), date(2027, 5, 30))
    assert v.mode() == WEEK
    assert len(v.snapshot().sessions) == 20


def test_drag_to_move_ends_in_store_and_undoes(qtbot, view, ctx, store):
    s = demo_session(store, 6, 7)
    canvas = view.canvas
    rect = canvas.block_rect(s.id)
    assert rect is not None
    grab = canvas.point_at(date(2027, 6, 7), 20 * 60 + 30)  # half an hour into the block
    assert rect.contains(grab)
    target = canvas.point_at(date(2027, 6, 8), 21 * 60 + 37)  # snaps to a quarter hour: Tue 21:00
    qtbot.mousePress(canvas, Qt.LeftButton, pos=pt(grab))
    qtbot.mouseMove(canvas, pos=pt(grab + (target - grab) / 2))
    qtbot.mouseMove(canvas, pos=pt(target))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(target))

    moved = store.session(s.id)
    assert moved.start == from_china(date(2027, 6, 8), time(21, 0))
    assert moved.duration_min == s.duration_min
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Move session"
    assert canvas.block_rect(s.id).center().x() > rect.right()  # redrawn on Tuesday

    ctx.undo_stack.undo()
    assert store.session(s.id).start == s.start
    settled(qtbot, view)
    assert canvas.block_rect(s.id) == rect
    ctx.undo_stack.redo()
    assert store.session(s.id).start == from_china(date(2027, 6, 8), time(21, 0))


def test_drag_bottom_edge_changes_duration(qtbot, view, ctx, store):
    s = demo_session(store, 6, 7)  # 20:00–23:00
    canvas = view.canvas
    rect = canvas.block_rect(s.id)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    target = canvas.point_at(date(2027, 6, 7), 23 * 60 + 33)  # snaps to 23:30
    qtbot.mousePress(canvas, Qt.LeftButton, pos=pt(edge))
    qtbot.mouseMove(canvas, pos=pt(target))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(target))
    changed = store.session(s.id)
    assert (changed.start, changed.duration_min) == (s.start, 210)
    assert ctx.undo_stack.undoText() == "Change session length"
    ctx.undo_stack.undo()
    assert store.session(s.id).duration_min == 180


def test_a_click_without_moving_selects_and_changes_nothing(qtbot, view, ctx, store):
    s = demo_session(store, 6, 7)
    qtbot.mouseClick(view.canvas, Qt.LeftButton, pos=pt(view.canvas.block_rect(s.id).center()))
    assert view.canvas.selected() == s.id
    assert ctx.undo_stack.count() == 0 and view.dialog is None


def test_refused_change_shows_the_domain_message(view, ctx, store):
    s = demo_session(store, 6, 7)
    view.canvas.session_changed.emit(replace(s, duration_min=5))
    assert not view.message.isHidden()
    assert view.message.text() == "Duration: must be between 15 minutes and 12 hours"  # in the words on screen
    assert ctx.undo_stack.count() == 0
    assert store.session(s.id).duration_min == 180


def test_click_empty_slot_adds_a_session_with_the_hosts_defaults(qtbot, view, ctx, store):
    canvas = view.canvas
    slot = canvas.point_at(date(2027, 6, 8), 20 * 60 + 5)  # Tuesday 20:00, empty
    qtbot.mouseClick(canvas, Qt.LeftButton, pos=pt(slot))
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.start() == from_china(date(2027, 6, 8), time(20, 0))
    assert dialog.local.text() == "Tue 14:00–17:00 Europe/Rome"
    host = next(h for h in store.hosts() if h.name.startswith("Mia"))
    dialog.host.setCurrentIndex(dialog.host.findData(host.id))
    assert dialog.slot_fee.value() == host.slot_fee
    assert dialog.commission.value() == pytest.approx(host.commission_rate * 100)
    before = len(store.sessions())
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert len(store.sessions()) == before + 1
    (added,) = [x for x in store.sessions() if x.start == from_china(date(2027, 6, 8), time(20, 0))]
    assert (added.host_id, added.slot_fee, added.commission_rate) == (host.id, host.slot_fee, None)
    assert view.dialog is None
    ctx.undo_stack.undo()
    assert len(store.sessions()) == before


def test_double_click_activates_and_edits(qtbot, view, ctx, store):
    s = demo_session(store, 6, 7)
    centre = pt(view.canvas.block_rect(s.id).center())
    with qtbot.waitSignal(ctx.session_activated) as blocker:
        qtbot.mouseDClick(view.canvas, Qt.LeftButton, pos=centre)
    assert blocker.args == [s.id]
    dialog = view.dialog
    assert dialog is not None and dialog.duration.value() == 180
    dialog.duration.setValue(90)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert store.session(s.id).duration_min == 90
    assert store.session(s.id).slot_fee == s.slot_fee  # untouched fields stay
    ctx.undo_stack.undo()
    assert store.session(s.id).duration_min == 180


def test_month_view_drag_moves_to_another_day_keeping_the_time(qtbot, view, ctx, store):
    view.set_mode(MONTH)
    s = demo_session(store, 6, 7)
    canvas = view.canvas
    start = canvas.block_rect(s.id).center()
    target = canvas.point_at(date(2027, 6, 24), 0)
    qtbot.mousePress(canvas, Qt.LeftButton, pos=pt(start))
    qtbot.mouseMove(canvas, pos=pt(target))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=pt(target))
    assert store.session(s.id).start == from_china(date(2027, 6, 24), time(20, 0))


def test_festival_bands_for_618_and_double_11_of_the_demo_year(view):
    view.set_mode(MONTH)
    view.go_to(date(2027, 6, 1))
    june = {(b.key, b.presale, b.first, b.last) for b in view.festival_bands()}
    assert ("618", False, date(2027, 6, 1), date(2027, 6, 18)) in june
    assert ("618", True, date(2027, 5, 31), date(2027, 5, 31)) in june  # presale on the grid's first day
    drawn = {item.band.key for item in view.canvas.layout_now().bands}
    assert "618" in drawn

    view.jump_to_festival("double_11")
    assert view.canvas.anchor() == date(2027, 10, 20)
    october = {(b.key, b.presale, b.first, b.last) for b in view.festival_bands()}
    assert ("double_11", True, date(2027, 10, 20), date(2027, 10, 30)) in october
    assert ("double_11", False, date(2027, 10, 31), date(2027, 11, 7)) in october  # grid ends Sun 7 Nov
    assert view.canvas.holidays()[date(2027, 10, 1)] == "National Day"
    view.step(1)
    november = {(b.key, b.presale, b.first, b.last) for b in view.festival_bands()}
    assert ("double_11", False, date(2027, 11, 1), date(2027, 11, 11)) in november  # 1 Nov is a Monday


def test_festival_combo_lists_the_shown_years_festivals_and_jumps(view):
    combo = view.festival_combo
    keys = [combo.itemData(i)[0] for i in range(1, combo.count())]
    assert "618" in keys and "double_11" in keys and "double_12" in keys
    combo.activated.emit(keys.index("double_11") + 1)
    assert view.canvas.anchor() == date(2027, 10, 20)
    assert combo.currentIndex() == 0


def test_public_holidays_marked_and_prime_time_shaded(view):
    # the statutory day, and the long weekend the festival library has for it
    assert view.canvas.holidays() == {date(2027, 6, d): "Dragon Boat Festival" for d in (9, 10, 11)}
    image = view.canvas.grab().toImage()
    lay = view.canvas.layout_now()
    empty_x = round(lay.day_x(1) + lay.col_w / 2)  # Tuesday, no sessions
    prime = QColor(image.pixel(empty_x, round(lay.minute_y(19 * 60 + 30))))
    morning = QColor(image.pixel(empty_x, round(lay.minute_y(9 * 60 + 30))))
    assert morning.name() == "#ffffff" and prime.name() != "#ffffff"
    holiday = QColor(image.pixel(round(lay.day_x(2) + lay.col_w / 2), round(lay.minute_y(9 * 60 + 30))))
    assert holiday.red() > holiday.green()


def test_navigation_week_month_today(view):
    view.next_button.click()
    assert view.shown_range() == (date(2027, 6, 14), date(2027, 6, 20))
    view.prev_button.click()
    view.month_button.click()
    assert view.mode() == MONTH and view.shown_range() == (date(2027, 5, 31), date(2027, 7, 11))
    view.next_button.click()
    assert view.title.text() == "July 2027"
    view.today_button.click()
    assert view.canvas.anchor() == view.today()


def test_tooltip_shows_china_and_own_zone_time(view, ctx, store):
    s = demo_session(store, 6, 7)
    text = view.canvas.session_tooltip(s)
    assert "2027-06-07 Mon 20:00–23:00 China time" in text
    assert "14:00–17:00 Europe/Rome" in text
    ctx.set_display_zone("America/New_York")
    assert "08:00–11:00 America/New_York" in view.canvas.session_tooltip(s)
    assert "America/New_York" in view.zone_label.text()


def test_conflicting_sessions_get_a_red_outline(qtbot, view, ctx, store):
    s = demo_session(store, 6, 7)
    other = store.add_campaign(Campaign(name="Acme summer", brand="Acme", start_date=date(2027, 6, 1),
                                        end_date=date(2027, 6, 30)))
    ctx.apply(AddSessions((replace(s, id=None, campaign_id=other.id, start=s.start + timedelta(hours=1)),)))
    settled(qtbot, view)
    assert view.snapshot().worst[s.id] == "error"
    (block,) = [b for b in view.canvas.layout_now().blocks if b.session.id == s.id]
    assert block.severity == "error"
    image = view.canvas.grab().toImage()
    edge = QColor(image.pixel(round(block.rect.left() + 1), round(block.rect.center().y())))
    assert edge.red() > 180 and edge.green() < 60 and edge.blue() < 60
    assert "booked twice" in view.canvas.session_tooltip(s)


def test_problems_panel_lists_and_clicks_through(qtbot, ctx, store):
    panel = ProblemsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitUntil(lambda: "0 error(s)" in panel.summary.text())
    assert panel.model.rowCount() == 4  # notes: 2 off prime time, 2 in the Dragon Boat long weekend (9–11 June)
    s = demo_session(store, 6, 7)
    other = store.add_campaign(Campaign(name="Acme summer", brand="Acme", start_date=date(2027, 6, 1),
                                        end_date=date(2027, 6, 30)))
    ctx.apply(AddSessions((replace(s, id=None, campaign_id=other.id, start=s.start + timedelta(hours=2)),)))
    assert panel.is_checking() and panel.model.rowCount() == 4  # the old list stays while it checks
    qtbot.waitUntil(lambda: "1 error(s)" in panel.summary.text())
    assert panel.model.rowCount() == 5
    first = panel.model.index(0, 0)
    assert panel.model.conflict(0).severity == "error" and "booked twice" in panel.model.conflict(0).message
    assert panel.model.data(first, Qt.DecorationRole) is not None
    with qtbot.waitSignal(ctx.session_activated) as blocker:
        qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton, pos=panel.view.visualRect(first).center())
    assert blocker.args == [s.id]
    panel.show_notes.setChecked(False)
    assert panel.model.rowCount() == 1
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: "0 error(s)" in panel.summary.text())
    ctx.select_campaign(other.id)
    assert panel.conflicts() == []  # another campaign's problems never stand for this one's
    qtbot.waitUntil(lambda: "No schedule problems" in panel.summary.text())


def test_problem_click_moves_the_calendar_to_the_session(qtbot, view, ctx, store):
    s = demo_session(store, 5, 25)
    ctx.session_activated.emit(s.id)
    assert view.shown_range()[0] == date(2027, 5, 24)
    assert view.canvas.selected() == s.id


def test_repainting_does_not_drain_references_to_none(view):
    """Guards the PySide6 pin: 6.12.0 on CPython 3.11 dropped a reference to None per void call and aborted."""
    import sys

    view.set_mode(MONTH)
    before = sys.getrefcount(None)
    for _ in range(30):
        view.canvas.repaint()
    assert sys.getrefcount(None) >= before - 50


def test_the_calendar_marks_the_whole_national_day_golden_week_as_the_library_has_it(view):
    """The holidays package knows only 2027's statutory days (1–3 Oct, 4–5 in lieu of the weekend) until
    the State Council publishes the year's days off; the festival library has the Golden Week, 1–7 Oct."""
    from planner.domain.holidays_cn import public_holidays

    golden = [date(2027, 10, d) for d in range(1, 8)]
    assert [d for d in golden if d not in public_holidays(2027)] == [date(2027, 10, 6), date(2027, 10, 7)]
    window = next(f for f in view.snapshot().festivals if f.key == "national_day" and f.year == 2027)
    assert (window.start, window.end) == (golden[0], golden[-1])
    view.set_mode(MONTH)
    view.go_to(date(2027, 10, 1))
    marked = view.canvas.holidays()
    assert all(d in marked for d in golden), sorted(marked)
    assert marked[date(2027, 10, 7)] == "National Day Golden Week" and marked[date(2027, 10, 1)] == "National Day"
    assert date(2027, 10, 8) not in marked


def test_calendar_session_dialog_sets_type_and_brand_minutes(qtbot, ctx, store):
    """The calendar's session form: a store host defaults to a dedicated show, a KOL to a slot; brand minutes
    above the duration are refused inside the form with nothing written."""
    from planner.storage.edits import AddSessions
    from planner.ui.dialogs.session_dialog import SessionDialog

    cid = store.find_campaign("DEMO").id
    dialog = SessionDialog(store, store.campaign(cid), ctx.display_zone, start=from_china(date(2027, 6, 11), time(20)),
                           submit=lambda s: ctx.try_apply(AddSessions((s,))))
    qtbot.addWidget(dialog)
    store_host = next(h for h in store.hosts() if "店播" in h.categories)
    kol = next(h for h in store.hosts() if h.name.startswith("Mia"))
    dialog.host.setCurrentIndex(dialog.host.findData(store_host.id))
    assert dialog.session_type.currentData() == "dedicated"
    dialog.host.setCurrentIndex(dialog.host.findData(kol.id))
    assert dialog.session_type.currentData() == "slot"
    before = store.session_count(cid)
    dialog.duration.setValue(60)
    dialog.brand_minutes.setValue(90)
    dialog.accept()
    text = dialog.errors["brand_minutes"].text()
    assert store.session_count(cid) == before and not dialog.ok_button.isEnabled()
    assert "90" in text and "duration (60 min)" in text
    dialog.brand_minutes.setValue(12)
    dialog.accept()
    added = [s for s in store.sessions(cid) if s.host_id == kol.id and s.brand_minutes == 12]
    assert len(added) == 1 and added[0].session_type == "slot" and store.session_count(cid) == before + 1
