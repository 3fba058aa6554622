"""Campaigns with their scenarios beneath (a small tree: QStandardItemModel is enough)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel

from planner.ui import formatting as F
from planner.ui.models.roles import ID_ROLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CampaignTreeModel(QStandardItemModel):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setHorizontalHeaderLabels([_tr("Campaigns and scenarios")])

    def refresh(self) -> None:
        from planner.services.campaigns import campaign_tree

        self.clear()
        self.setHorizontalHeaderLabels([_tr("Campaigns and scenarios")])
        self._add(self.invisibleRootItem(), campaign_tree(self.context.store))

    def _add(self, parent: QStandardItem, nodes) -> None:
        for node in nodes:
            c, n = node.campaign, node.session_count
            item = QStandardItem(c.name)
            item.setEditable(False)
            item.setData(c.id, ID_ROLE)
            item.setToolTip(
                (_tr("{name}\n{start} – {end} (China dates)\nBudget {budget}\n1 session") if n == 1 else
                 _tr("{name}\n{start} – {end} (China dates)\nBudget {budget}\n{n} sessions")).format(
                    name=c.name, start=c.start_date.isoformat(), end=c.end_date.isoformat(),
                    budget=F.money(c.budget, c.currency), n=n)
                + (_tr("\nScenario: a copy to compare against its campaign") if c.parent_id else ""))
            parent.appendRow(item)
            self._add(item, node.scenarios)

    def index_of(self, campaign_id: int):
        found = self.match(self.index(0, 0), ID_ROLE, campaign_id, 1,
                           _MATCH_FLAGS)
        return found[0] if found else None


from PySide6.QtCore import Qt  # noqa: E402

_MATCH_FLAGS = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
