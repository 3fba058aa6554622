"""The benchmark library as a table: source, year and basis visible; estimates and assumptions tinted;
figures the user changed marked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont

from planner.domain.models import BASES, TIER_LABELS, BenchmarkFigure
from planner.services.edits import Edit, update_benchmark
from planner.ui import formatting as F
from planner.ui.i18n import domain_label, platform_label
from planner.ui.models.metrics import benchmark_metric_label
from planner.ui.models.parsing import to_float, to_optional_float
from planner.ui.models.table_model import Column, RecordTableModel
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

BASIS_BRUSH = {
    "estimate": QBrush(QColor("#fff6d6")),
    "assumption": QBrush(QColor("#ffe6cc")),
}
BASIS_MARK = {"sourced": QT_TRANSLATE_NOOP("", "✔ sourced"), "estimate": QT_TRANSLATE_NOOP("", "≈ estimate"),
              "assumption": QT_TRANSLATE_NOOP("", "? assumption"), "convention": QT_TRANSLATE_NOOP("", "convention"),
              "user": QT_TRANSLATE_NOOP("", "✎ yours")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _num(v: float | None) -> str:
    if v is None:
        return F.DASH
    return F.number(v, 0) if abs(v) >= 100 or float(v).is_integer() else f"{v:.4g}"


class BenchmarksModel(RecordTableModel):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.platform_labels: dict[str, str] = {}
        self.columns = self._columns()
        self._bold = QFont()
        self._bold.setBold(True)

    def load_rows(self) -> list[BenchmarkFigure]:
        self.platform_labels = {p.key: platform_label(p) for p in self.context.store.platforms()}
        self.platform_labels["all"] = _tr("All platforms")
        return self.context.store.benchmarks()

    def make_edit(self, fig: BenchmarkFigure, label: str | None = None,
                  expected: BenchmarkFigure | None = None) -> Edit:
        return update_benchmark(fig, label or _tr("Edit benchmark {metric}").format(
            metric=benchmark_metric_label(fig.metric)), expected)

    def what(self, fig: BenchmarkFigure) -> str:
        tier = f" {domain_label(TIER_LABELS.get(fig.tier, fig.tier))}" if fig.tier else ""
        metric = benchmark_metric_label(fig.metric).split(" · ")[0]
        return f"{self.platform_labels.get(fig.platform, fig.platform)}{tier} {metric}"

    def row_background(self, fig: BenchmarkFigure):
        return BASIS_BRUSH.get(fig.basis)

    def row_font(self, fig: BenchmarkFigure):
        return self._bold if fig.user_modified else None

    def _columns(self) -> list[Column]:
        def text(field: str) -> dict:
            return dict(display=lambda f: getattr(f, field) or "", edit_value=lambda f: getattr(f, field),
                        apply=lambda f, v: replace(f, **{field: str(v).strip()}))

        def number(field: str, optional: bool) -> dict:
            parse = to_optional_float if optional else to_float
            return dict(display=lambda f: _num(getattr(f, field)), sort=lambda f: getattr(f, field),
                        editor="optional_number",
                        edit_value=lambda f: "" if getattr(f, field) is None else f"{getattr(f, field):g}",
                        apply=lambda f, v: replace(f, **{field: parse(v)}), right=True)

        return [
            Column("changed", "✎", lambda f: "✎" if f.user_modified else "",
                   cell_tip=lambda f: _tr("Changed by you (kept when the shipped library is updated)")
                   if f.user_modified else _tr("As shipped"),
                   tip=_tr("✎ = changed by you. Figures you changed are kept when the shipped library is updated")),
            Column("basis", _tr("Basis"), lambda f: _tr(BASIS_MARK.get(f.basis, f.basis)), editor="choice",
                   edit_value=lambda f: f.basis, choices=lambda: [(b, _tr(BASIS_MARK.get(b, b))) for b in BASES],
                   apply=lambda f, v: replace(f, basis=v),
                   tip=_tr("sourced = published figure; estimate = derived from sources; "
                           "assumption = the planner's judgement, check it")),
            Column("platform", _tr("Platform"), lambda f: self.platform_labels.get(f.platform, f.platform),
                   cell_tip=lambda f: f.platform),
            Column("tier", _tr("Tier / band"), lambda f: domain_label(TIER_LABELS.get(f.tier, f.tier)),
                   tip=_tr("A host tier, an hour band such as 19-23 (China time), or a category")),
            Column("metric", _tr("Metric"), lambda f: benchmark_metric_label(f.metric),
                   cell_tip=lambda f: _tr("Library key: {key}").format(key=f.metric)),
            Column("value", _tr("Value (P50)"), tip=_tr("The median figure used by projections"),
                   **number("value", False)),
            Column("low", _tr("P10"), tip=_tr("Low end: 1 in 10 outcomes is below"), **number("low", True)),
            Column("high", _tr("P90"), tip=_tr("High end: 1 in 10 outcomes is above"), **number("high", True)),
            Column("year", _tr("Year"), **text("year")),
            Column("source", _tr("Source"), cell_tip=lambda f: f.source, **text("source")),
            Column("unit", _tr("Unit"), **text("unit")),
            Column("note", _tr("Note"), cell_tip=lambda f: f.note, **text("note")),
        ]
