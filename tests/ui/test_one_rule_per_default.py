"""A new session's defaults (fee in the campaign's currency, commission, type) have one rule
(``planner.domain.session_defaults``): the Add-session form, the calendar's form, the importer and the CLI give
one answer, and all refuse a fee they cannot convert, naming the currency."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QTime

from planner.domain.errors import PlannerError
from planner.domain.models import Host
from planner.domain.session_defaults import default_slot_fee
from planner.domain.timezones import from_china

DAY, AT = date(2027, 6, 9), time(21, 30)


def _add_host(window, **kw) -> Host:
    from planner.storage.edits import AddHosts

    store = window.context.store
    window.context.apply(AddHosts((Host(platform="douyin", followers=80_000, commission_rate=0.17, **kw),)))
    return next(h for h in store.hosts() if h.name == kw["name"])


def _calendar(window):
    page = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Calendar")
    window.tabs.setCurrentWidget(page)
    return page.ensure()


def _by_add_form(window, qtbot, host):
    dialog = window.session_dialog()
    qtbot.addWidget(dialog)
    dialog.host.setCurrentIndex(dialog.host.findData(host.id))
    return dialog


def _by_calendar_form(window, qtbot, host):
    view = _calendar(window)
    view._open_dialog(window.context.campaign_id, start=from_china(DAY, AT))
    dialog = view.dialog
    dialog.host.setCurrentIndex(dialog.host.findData(host.id))
    return dialog


def _form_answer(dialog):
    return (dialog.slot_fee.value(), round(dialog.commission.value() / 100, 6), dialog.session_type.currentData())


def _csv(tmp_path, host, minute: int):
    path = tmp_path / f"schedule-{minute}.csv"
    path.write_text(f"Date,Start,Duration,Platform,Host\n{DAY.isoformat()},21:{minute:02d},180,douyin,{host.name}\n",
                    encoding="utf-8")
    return path


def test_every_entry_point_gives_the_hosts_fee_converted_commission_and_type(window, qtbot, tmp_path, plan_path):
    from planner.cli import run
    from planner.exchange import import_file

    store = window.context.store
    campaign = store.campaign(window.context.campaign_id)
    host = _add_host(window, name="Anna store live", currency="USD", slot_fee=5_000, categories="美妆 店播")
    fee = default_slot_fee(host, campaign, store.fx_rates())
    assert campaign.currency == "CNY" and fee == pytest.approx(5_000 * 7.1)  # converted, not taken raw
    expected = (pytest.approx(fee), pytest.approx(0.17), "dedicated")

    add = _by_add_form(window, qtbot, host)
    assert _form_answer(add) == expected
    assert add.ok_button.isEnabled()
    add.day.setDate(QDate(DAY.year, DAY.month, DAY.day))
    add.at.setTime(QTime(AT.hour, AT.minute))
    assert window.accept_session(add)

    cal = _by_calendar_form(window, qtbot, host)
    assert _form_answer(cal) == expected
    cal.at.setTime(QTime(23, 45))  # not on top of the one just added
    cal.accept()
    assert _calendar(window).dialog is None  # saved and closed

    import_file(store, _csv(tmp_path, host, 15), "sessions", campaign=campaign.id)

    assert run(["--db", str(plan_path), "add-session", str(campaign.id), "--host", host.name,
                "--start", f"{DAY.isoformat()} 08:00"]) == 0

    stored = [s for s in store.sessions(campaign.id) if s.host_id == host.id]
    assert len(stored) == 4  # form, calendar, import, CLI
    for s in stored:
        assert (s.slot_fee, s.commission_rate, s.session_type) == (pytest.approx(fee), None, "dedicated"), s
        assert (s.commission_rate if s.commission_rate is not None else host.commission_rate) == 0.17


def test_every_entry_point_refuses_a_fee_it_cannot_convert_and_names_the_currency(window, qtbot, tmp_path,
                                                                                  plan_path, capsys):
    from planner.cli import run
    from planner.exchange import import_file

    store = window.context.store
    campaign = store.campaign(window.context.campaign_id)
    assert "THB" not in store.fx_rates()
    host = _add_host(window, name="Somchai KOL", currency="THB", slot_fee=90_000)
    before = store.session_count(campaign.id)

    for dialog in (_by_add_form(window, qtbot, host), _by_calendar_form(window, qtbot, host)):
        assert dialog.slot_fee.value() == 0  # never 90,000 THB shown as CNY
        assert "THB" in dialog.errors["slot_fee"].text() and not dialog.ok_button.isEnabled()
        dialog.slot_fee.setValue(4_000)  # the user gives the fee in the campaign's currency: accepted
        assert dialog.ok_button.isEnabled() and dialog.session().slot_fee == 4_000
        dialog.reject()

    with pytest.raises(PlannerError, match="THB"):
        import_file(store, _csv(tmp_path, host, 0), "sessions", campaign=campaign.id)

    assert run(["--db", str(plan_path), "add-session", str(campaign.id), "--host", host.name,
                "--start", f"{DAY.isoformat()} 08:00"]) == 2
    assert "THB" in capsys.readouterr().err
    assert store.session_count(campaign.id) == before
