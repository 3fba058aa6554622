"""Deleting rows says first what goes with them: a host takes its sessions in every campaign, a campaign its
sessions. The confirmation names them ("Luna and the 6 sessions booked with this host, in DEMO and Scenario
B"); the delete then expects exactly those sessions (see ``DeleteHosts.expected_sessions``), so a session
booked elsewhere meanwhile is never taken along silently."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from planner.storage.edits import DeleteCampaign, DeleteHosts
    from planner.storage.store import PlanStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("Deletion", text)


def _names(names: list[str], most: int = 4) -> str:
    shown = names[:most] + ([_tr("{n} more").format(n=len(names) - most)] if len(names) > most else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + _tr(" and ") + shown[-1]


def _sessions(n: int) -> str:
    return _tr("1 session") if n == 1 else _tr("{n} sessions").format(n=f"{n:,}")


def host_delete_question(store: "PlanStore", host_ids: list[int]) -> tuple[str, "DeleteHosts"]:
    """What deleting these hosts takes with it, in words, and the edit that deletes exactly that."""
    from planner.storage.edits import DeleteHosts

    hosts = [store.host(h) for h in host_ids]
    by_campaign = store.sessions_by_campaign(host_ids)
    total = sum(n for _c, n in by_campaign)
    who = hosts[0].name if len(hosts) == 1 else _tr("{n} hosts ({names})").format(
        n=len(hosts), names=_names([h.name for h in hosts]))
    label = (_tr("Delete host {name}").format(name=hosts[0].name) if len(hosts) == 1
             else _tr("Delete {n} hosts").format(n=len(hosts)))
    edit = DeleteHosts(tuple(host_ids), label=label, expected=tuple(hosts),
                       expected_sessions=store.session_ids(host_ids=host_ids))
    if not total:
        return "", edit
    where = _names([c for c, _n in by_campaign])
    booked = _tr("booked with this host") if len(hosts) == 1 else _tr("booked with them")
    return _tr("Delete {who} and the {sessions} {booked}, in {where}?").format(
        who=who, sessions=_sessions(total), booked=booked, where=where), edit


def campaign_delete_question(store: "PlanStore", campaign_id: int) -> tuple[str, "DeleteCampaign"]:
    from planner.storage.edits import DeleteCampaign

    campaign = store.campaign(campaign_id)
    ids = store.session_ids(campaign_id=campaign_id)
    edit = DeleteCampaign(campaign_id, label=_tr("Delete campaign {name}").format(name=campaign.name),
                          expected_sessions=ids)
    if not ids:
        return "", edit
    return _tr("Delete the campaign {name} and its {sessions}?").format(
        name=campaign.name, sessions=_sessions(len(ids))), edit


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
