"""The campaign list on the left: campaigns with their scenarios beneath; selecting one selects it in the
PlanContext."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from planner.ui.models.campaign_tree import CampaignTreeModel
from planner.ui.models.roles import ID_ROLE


class CampaignList(QTreeView):
    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.tree_model = CampaignTreeModel(context, self)
        self.setModel(self.tree_model)
        self.setObjectName("campaign_list")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        # Long names lose their middle, not their end: a scenario keeps its " — scenario" suffix in view.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._rebuilding = False
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.context.plan_changed.connect(self._on_plan_changed)
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, current, _previous) -> None:
        if self._rebuilding:  # the list is being refilled: the selection is restored below, not changed
            return
        self.context.select_campaign(current.data(ID_ROLE) if current.isValid() else None)

    def _on_plan_changed(self, change) -> None:
        """Rebuild only when names, the tree's shape or a campaign's session count (its tooltip) may have
        changed: not for an edit of sessions' figures."""
        sessions_moved = change.touches("sessions") and not (
            change.only_updates and change.campaign_ids is not None and len(change.campaign_ids) <= 1)
        if change.touches("campaigns") or sessions_moved:
            self.refresh()

    def refresh(self) -> None:
        """Refill the list after a change; the selected campaign stays selected (and is not re-announced)."""
        selected = self.context.campaign_id
        self._rebuilding = True
        try:
            self.tree_model.refresh()
            self.expandAll()
        finally:
            self._rebuilding = False
        ids = [self.tree_model.item(r).data(ID_ROLE) for r in range(self.tree_model.rowCount())]
        if selected is not None and self.tree_model.index_of(selected) is not None:
            self._on_campaign_selected(selected)
        elif ids:
            self.context.select_campaign(ids[0])
            self._on_campaign_selected(ids[0])
        else:
            self.context.select_campaign(None)

    def _on_campaign_selected(self, campaign_id) -> None:
        index = self.tree_model.index_of(campaign_id) if campaign_id is not None else None
        if index is not None and index != self.currentIndex():
            self.setCurrentIndex(index)
