"""Every edit applies in one transaction and its inverse restores the plan exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.models import Campaign, Host
from planner.storage.edits import (
    AddCampaign, AddHosts, Composite, DeleteCampaign, DeleteHosts, DeleteSessions, DuplicateCampaign,
    UpdateBenchmark, UpdateHosts, UpdateSessions, tables_written,
)


def dump(store):
    tables = ("hosts", "campaigns", "sessions", "session_actuals", "benchmarks")
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


EDITS = pytest.mark.parametrize("make_edit", [
    lambda s: AddHosts((Host(name="New", platform="kuaishou", followers=5),)),
    lambda s: DeleteHosts((s.sessions()[0].host_id,)),
    lambda s: UpdateHosts((replace(s.hosts()[0], slot_fee=1.0),)),
    lambda s: AddCampaign(Campaign(name="C2", start_date=date(2027, 1, 1), end_date=date(2027, 1, 2))),
    lambda s: DeleteCampaign(s.campaigns()[0].id),
    lambda s: DuplicateCampaign(s.campaigns()[0].id),
    lambda s: DeleteSessions(tuple(x.id for x in s.sessions()[:3])),
    lambda s: DeleteSessions(tuple(x.id for x in s.sessions()[:3])).apply(s),  # RestoreSessions (its undo)
    lambda s: UpdateSessions((replace(s.sessions()[0], duration_min=60),)),
    lambda s: UpdateBenchmark(replace(s.benchmarks(metric="cpm_paid")[0], value=33.0)),
], ids=["add-host", "delete-host", "update-host", "add-campaign", "delete-campaign", "duplicate",
        "delete-sessions", "restore-sessions", "update-session", "update-benchmark"])


@EDITS
def test_edit_then_inverse_restores_everything(store, make_edit):
    edit = make_edit(store)
    before = dump(store)
    inverse = edit.apply(store)
    assert dump(store) != before
    redo = inverse.apply(store)
    assert dump(store) == before
    redo.apply(store)
    assert dump(store) != before


def changed_tables(before: dict, after: dict) -> set[str]:
    return {t for t in before if before[t] != after[t]}


@EDITS
def test_an_edit_names_every_table_it_and_its_undo_write(store, make_edit):
    """Views skip re-reading tables an edit does not write (``tables_written``): it must never leave one out."""
    edit = make_edit(store)
    before = dump(store)
    inverse = edit.apply(store)
    middle = dump(store)
    assert changed_tables(before, middle) and changed_tables(before, middle) <= tables_written(edit)
    inverse.apply(store)
    assert changed_tables(middle, dump(store)) <= tables_written(inverse)
    both = Composite((edit, inverse))
    assert tables_written(both) == tables_written(edit) | tables_written(inverse)
    assert tables_written(Composite((edit, object()))) is None  # an unknown step: re-read everything


def test_deleting_a_campaign_with_scenarios_relinks_them_on_undo(store):
    camp = store.campaigns()[0]
    scenario = store.duplicate_campaign(camp.id)
    inverse = DeleteCampaign(camp.id).apply(store)
    assert store.campaign(scenario.id).parent_id is None
    inverse.apply(store)
    assert store.campaign(scenario.id).parent_id == camp.id


def test_composite_is_one_transaction(store):
    before = dump(store)
    bad = Composite((AddHosts((Host(name="ok", platform="douyin", followers=1),)),
                     UpdateHosts((replace(store.hosts()[0], commission_rate=3.0),))), "Import")
    with pytest.raises(ValidationError):
        bad.apply(store)
    assert dump(store) == before


def test_changing_a_campaigns_currency_converts_its_money_and_undo_restores(store):
    """800,000 CNY becomes ~100,000 EUR at the plan's rate, never 800,000 EUR; no rate → refused, unchanged."""
    from dataclasses import replace as _replace

    from planner.domain.errors import ValidationError
    from planner.storage.edits import ChangeCampaignCurrency

    camp = store.campaigns()[0]
    assert camp.currency == "CNY"
    rate = store.fx_rates()["EUR"].cny_per_unit
    before = (camp, store.sessions(camp.id))
    inverse = ChangeCampaignCurrency(camp, "EUR").apply(store)
    after = store.campaign(camp.id)
    assert after.currency == "EUR" and after.budget == pytest.approx(camp.budget / rate, abs=0.01)
    assert after.other_costs == pytest.approx(camp.other_costs / rate, abs=0.01)
    for old, new in zip(before[1], store.sessions(camp.id)):
        assert new.slot_fee == pytest.approx(old.slot_fee / rate, abs=0.01)
        assert new.paid_budget == pytest.approx(old.paid_budget / rate, abs=0.01)
    inverse.apply(store)
    assert (store.campaign(camp.id), store.sessions(camp.id)) == before  # exact figures back, not reconverted
    with pytest.raises(ValidationError, match="no exchange rate for XAU"):
        ChangeCampaignCurrency(_replace(camp), "XAU").apply(store)
    assert (store.campaign(camp.id), store.sessions(camp.id)) == before


def test_lineage_is_kept_when_moved_and_inherited_by_scenario_copies(store):
    """A session's shocks follow its lineage: an edit (move) keeps it, and a scenario copy inherits it."""
    from dataclasses import replace as _replace
    from datetime import timedelta

    camp = store.campaigns()[0]
    first = store.sessions(camp.id)[0]
    assert first.lineage == first.id
    store.update_session(_replace(first, start=first.start + timedelta(hours=1), lineage=None))
    assert store.session(first.id).lineage == first.id
    copy = store.duplicate_campaign(camp.id, "Scenario")
    copies = store.sessions(copy.id)
    assert sorted(s.lineage for s in copies) == sorted(s.lineage for s in store.sessions(camp.id))
    assert all(s.id != s.lineage for s in copies)
