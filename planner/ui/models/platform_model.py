"""Per-platform breakdown of a campaign projection (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from planner.ui.models.metrics import PLATFORM_METRICS
from planner.ui.models.roles import SORT_ROLE


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class PlatformBreakdownModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, dict, dict]] = []  # (platform label, expected, range)
        self._platform_rows = 0  # the rows after these are "other costs" and the campaign total
        self.currency = "CNY"

    def set_projection(self, projection: Any | None, platform_names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = []
        if projection is not None:
            self.currency = projection.currency
            ranges = getattr(projection, "by_platform_range", None) or {}
            for key, figures in (projection.by_platform or {}).items():
                self._rows.append((platform_names.get(key, key), figures or {}, ranges.get(key) or {}))
            self._platform_rows = len(self._rows)
            # The platforms do not add up to the cards without these two: campaign-level costs belong to no
            # platform, and reach is de-duplicated across platforms.
            expected = getattr(projection, "expected", None) or {}
            other = expected.get("other_costs")
            if other:
                self._rows.append((_tr("Other costs (campaign, 其他成本)"), {"cost": other}, {}))
            if expected:
                rng = getattr(projection, "range", None) or {}
                self._rows.append((_tr("Total (合计)"), expected, rng))
        self.endResetModel()

    def is_summary_row(self, row: int) -> bool:
        return row >= self._platform_rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(PLATFORM_METRICS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return _tr("Platform") if role == Qt.ItemDataRole.DisplayRole else None
        m = PLATFORM_METRICS[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.title()
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.tooltip()
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, figures, ranges = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole and self.is_summary_row(index.row()) and label == _tr("Total (合计)"):
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if index.column() == 0:
            if role == Qt.ItemDataRole.ToolTipRole and self.is_summary_row(index.row()):
                return _tr("The campaign's totals, as on the cards above: reach is de-duplicated across "
                           "platforms, and cost includes the campaign's other costs.")
            return label if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE) else None
        m = PLATFORM_METRICS[index.column() - 1]
        q = ranges.get(m.key)
        value = q.p50 if q is not None else figures.get(m.key)  # the median is the headline (the trace meanwhile)
        if role == Qt.ItemDataRole.DisplayRole:
            return m.format(value, self.currency)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            q = ranges.get(m.key)
            if q is not None:
                return _tr("Median {mid}; P10–P90: {low} – {high}; average outcome {mean}").format(
                    mid=m.format(q.p50, self.currency), low=m.format(q.p10, self.currency),
                    high=m.format(q.p90, self.currency), mean=m.format(q.mean, self.currency))
            return m.tooltip()
        return None
