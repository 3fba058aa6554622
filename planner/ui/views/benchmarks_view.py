"""The benchmark library: every figure with its source, year and basis; editable; changes marked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.ui.models.benchmarks_model import BenchmarksModel
from planner.ui.views.table_view import FilterableTable


class BenchmarksView(QWidget):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = BenchmarksModel(context, self)
        self.table = FilterableTable(self.model, context,
                                     self.tr("Filter figures: platform, metric, basis, source…"), self)
        self.table.setObjectName("benchmarks_table")
        legend = QLabel(self.tr(
            "<span style='background:#fff6d6'>&nbsp;≈ estimate&nbsp;</span> derived from sources · "
            "<span style='background:#ffe6cc'>&nbsp;? assumption&nbsp;</span> the planner's judgement, check it · "
            "✔ sourced = published figure · <b>bold ✎</b> = changed by you. Double-click a figure to edit."), self)
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(self.table)
        context.plan_changed.connect(self._on_plan_changed)
        self.model.refresh()
        keys = [c.key for c in self.model.columns]
        # Narrow enough that year and source are on screen beside the figures in a 1400-px window.
        self.table.fit_columns(max_width=110, wider={keys.index("platform"): 150, keys.index("metric"): 220,
                                                     keys.index("source"): 300, keys.index("note"): 260})

    def _on_plan_changed(self) -> None:
        if self.context.changed("benchmarks", "platforms"):
            self.model.refresh()
