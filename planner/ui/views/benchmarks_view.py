"""The benchmark library: every figure with its source, year and basis; editable; changes marked."""

from __future__ import annotations

from PySide6.QtCore import QTimer
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

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_source_fitted", False):
            self._source_fitted = True
            QTimer.singleShot(0, self, self.fit_source_on_screen)  # once the columns have their widths

    def fit_source_on_screen(self, min_source: int = 170) -> None:
        """Narrow the metric and platform columns, then the source itself (its full text is in the cell's
        tooltip), until the whole Source column is on screen: at 1400 px it began at the table's right edge."""
        keys = [c.key for c in self.model.columns]
        header = self.table.view.horizontalHeader()
        viewport = self.table.view.viewport().width()
        source = keys.index("source")

        def overflow() -> int:
            return header.sectionPosition(source) + header.sectionSize(source) - viewport

        for key, narrowest in (("metric", 150), ("platform", 110), ("tier", 70)):
            i = keys.index(key)
            cut = min(max(overflow(), 0), max(0, header.sectionSize(i) - narrowest))
            header.resizeSection(i, header.sectionSize(i) - cut)
        if overflow() > 0:
            header.resizeSection(source, max(min_source, header.sectionSize(source) - overflow()))

    def _on_plan_changed(self, change) -> None:
        if change.touches("benchmarks", "platforms"):
            self.model.refresh()
