"""Deleting rows says first what goes with them: a host takes its sessions in every campaign, a campaign its
sessions. The confirmation names them and counts them per campaign and scenario ("Delete Luna and the 6 sessions
booked with this host, in DEMO (4) and DEMO ▸ Scenario B (2)?"). What goes is decided by
``planner.services.deletion`` (no Qt); this module puts it in words and asks. The delete then expects exactly
those sessions (see ``DeleteHosts.expected_sessions``), so a session booked elsewhere meanwhile is never taken
along silently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.services.deletion import (
    CampaignDeletion, HostDeletion, SessionsIn, campaign_deletion, host_deletion,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Deletion", text)


def _names(names: list[str], most: int = 4) -> str:
    shown = names[:most] + ([_tr("{n} more").format(n=len(names) - most)] if len(names) > most else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + _tr(" and ") + shown[-1]


def _sessions(n: int) -> str:
    return _tr("1 session") if n == 1 else _tr("{n} sessions").format(n=f"{n:,}")


def _place(place: SessionsIn) -> str:
    """"DEMO", or "Scenario B (scenario of DEMO)"."""
    if not place.scenario_of:
        return place.campaign
    return _tr("{scenario} (scenario of {campaign})").format(scenario=place.campaign, campaign=place.scenario_of)


def host_question(deletion: HostDeletion) -> str:
    """"Delete Luna and the 6 sessions booked with this host: 4 in DEMO and 2 in Scenario B (scenario of
    DEMO)?" — each campaign and scenario with its count (one alone needs none); empty when the hosts have no
    sessions (nothing goes but the selection)."""
    if not deletion.total:
        return ""
    hosts = list(deletion.hosts)
    who = hosts[0] if len(hosts) == 1 else _tr("{n} hosts ({names})").format(n=len(hosts), names=_names(hosts))
    booked = _tr("booked with this host") if len(hosts) == 1 else _tr("booked with them")
    places = deletion.sessions
    if len(places) == 1:
        return _tr("Delete {who} and the {sessions} {booked}, in {where}?").format(
            who=who, sessions=_sessions(deletion.total), booked=booked, where=_place(places[0]))
    where = _names([_tr("{n} in {campaign}").format(n=f"{p.count:,}", campaign=_place(p)) for p in places], most=6)
    return _tr("Delete {who} and the {sessions} {booked}: {where}?").format(
        who=who, sessions=_sessions(deletion.total), booked=booked, where=where)


def host_delete_question(store, host_ids: list[int]):
    """What deleting these hosts takes with it, in words, and the edit that deletes exactly that."""
    names = [store.host(h).name for h in host_ids[:1]]
    label = (_tr("Delete host {name}").format(name=names[0]) if len(host_ids) == 1
             else _tr("Delete {n} hosts").format(n=len(host_ids)))
    deletion = host_deletion(store, host_ids, label)
    return host_question(deletion), deletion.edit


def campaign_question(deletion: CampaignDeletion) -> str:
    if not deletion.sessions:
        return ""
    return _tr("Delete the campaign {name} and its {sessions}?").format(
        name=deletion.campaign, sessions=_sessions(deletion.sessions))


def campaign_delete_question(store, campaign_id: int):
    """What deleting a campaign takes with it (its sessions), in words, and the edit that deletes exactly that."""
    name = store.campaign(campaign_id).name
    deletion = campaign_deletion(store, campaign_id, _tr("Delete campaign {name}").format(name=name))
    return campaign_question(deletion), deletion.edit


def confirm(parent: QWidget, question: str) -> bool:
    """Ask before a delete that takes more than the selection (no question: nothing more goes)."""
    if not question:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Delete"), question,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirm_delete")
    box.setInformativeText(_tr("Edit ▸ Undo brings them back; the History panel keeps them after a restart."))
    delete = box.addButton(_tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    answered = box.clickedButton() is delete
    box.deleteLater()
    return answered
