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
        store = self.context.store
        counts = dict(store.conn.execute("SELECT campaign_id, count(*) FROM sessions GROUP BY campaign_id"))
        self.clear()
        self.setHorizontalHeaderLabels([_tr("Campaigns and scenarios")])
        items: dict[int, QStandardItem] = {}
        root = self.invisibleRootItem()
        for c in store.campaigns():
            item = QStandardItem(c.name)
            item.setEditable(False)
            item.setData(c.id, ID_ROLE)
            n = counts.get(c.id, 0)
            item.setToolTip(
                (_tr("{name}\n{start} – {end} (China dates)\nBudget {budget}\n1 session") if n == 1 else
                 _tr("{name}\n{start} – {end} (China dates)\nBudget {budget}\n{n} sessions")).format(
                    name=c.name, start=c.start_date.isoformat(), end=c.end_date.isoformat(),
                    budget=F.money(c.budget, c.currency), n=n)
                + (_tr("\nScenario: a copy to compare against its campaign") if c.parent_id else ""))
            parent = items.get(c.parent_id) if c.parent_id else None
            (parent or root).appendRow(item)
            items[c.id] = item  # type: ignore[index]

    def index_of(self, campaign_id: int):
        found = self.match(self.index(0, 0), ID_ROLE, campaign_id, 1,
                           _MATCH_FLAGS)
        return found[0] if found else None


from PySide6.QtCore import Qt  # noqa: E402

_MATCH_FLAGS = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
