"""The Delete rows confirmation in words: the hosts named, their sessions counted per campaign and scenario."""

from __future__ import annotations

from planner.services.deletion import CampaignDeletion, HostDeletion, SessionsIn
from planner.storage.edits import DeleteCampaign, DeleteHosts
from planner.ui import deletion


def _hosts(names, *where):
    return HostDeletion(tuple(names), tuple(where), DeleteHosts((1,)))


def test_one_host_with_sessions_in_a_campaign_and_its_scenario(qapp):
    text = deletion.host_question(_hosts(["Luna"], SessionsIn("DEMO", 4), SessionsIn("Scenario B", 2, "DEMO")))
    assert text == (
        "Delete Luna and the 6 sessions booked with this host: 4 in DEMO and 2 in Scenario B (scenario of DEMO)?")


def test_one_campaign_and_several_hosts(qapp):
    assert deletion.host_question(_hosts(["Luna"], SessionsIn("DEMO", 1))) == (
        "Delete Luna and the 1 session booked with this host, in DEMO?")
    assert deletion.host_question(_hosts(["Luna", "Mia"], SessionsIn("DEMO", 3), SessionsIn("Double 11", 2))) == (
        "Delete 2 hosts (Luna and Mia) and the 5 sessions booked with them: 3 in DEMO and 2 in Double 11?")
    assert deletion.host_question(_hosts(["Luna"], SessionsIn("Scenario B", 1_200, "DEMO"))) == (
        "Delete Luna and the 1,200 sessions booked with this host, in Scenario B (scenario of DEMO)?")


def test_nothing_more_than_the_selection_asks_nothing(qapp):
    assert deletion.host_question(_hosts(["Luna"])) == ""
    assert deletion.campaign_question(CampaignDeletion("DEMO", 0, None, DeleteCampaign(1))) == ""
    assert deletion.campaign_question(CampaignDeletion("DEMO", 20, None, DeleteCampaign(1))) == (
        "Delete the campaign DEMO and its 20 sessions?")


def test_the_window_asks_with_the_counts_from_the_plan(window, qtbot):
    """Delete rows on a host booked in DEMO and a scenario of it names both, with their counts."""
    from message_box_driver import answer_message_box

    from planner.storage.edits import DuplicateCampaign

    store = window.context.store
    demo = store.find_campaign("DEMO")
    window.context.try_apply(DuplicateCampaign(demo.id, "Scenario B"))
    window.tabs.setCurrentWidget(window.hosts)
    view = window.hosts.table.view
    view.setFocus()
    proxy = window.hosts.table.proxy
    row = next(r for r in range(proxy.rowCount())
               if store.sessions(host_id=window.hosts.model.host_id(proxy.mapToSource(proxy.index(r, 0)).row())))
    view.selectRow(row)
    hid = window.hosts.model.host_id(proxy.mapToSource(proxy.index(row, 0)).row())
    host = store.host(hid)
    n = len(store.sessions(demo.id, host_id=hid))
    asked = answer_message_box("Cancel")
    window.actions.delete.trigger()
    assert asked["texts"] == [f"Delete {host.name} and the {2 * n} sessions booked with this host: "
                              f"{n} in {demo.name} and {n} in Scenario B (scenario of {demo.name})?"]
    assert store.host(hid) == host  # cancelled: nothing deleted
