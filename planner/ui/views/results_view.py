"""Results (复盘) of the selected campaign: plan against actual per session, host and platform, sorted by
surprise; totals with what is still to come; the two results charts; the backtest; the 复盘 workbook.

Everything is computed off the UI thread (a campaign's honest per-show projections take ~1.5 ms a show)
and only when the tab is shown; a newer change supersedes a computation still running.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QFrame, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QSplitter, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from planner.ui import formatting as F
from planner.ui.i18n import domain_label, platform_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
INSIDE_BRUSH = QBrush(QColor(46, 125, 50, 40))
OUTSIDE_BRUSH = QBrush(QColor(198, 40, 40, 45))
#: Tables of the results: key, English and Chinese name of the choice.
GROUPINGS = (("sessions", QT_TRANSLATE_NOOP("ResultsView", "By session"), "按场次"),
             ("hosts", QT_TRANSLATE_NOOP("ResultsView", "By host"), "按达人"),
             ("platforms", QT_TRANSLATE_NOOP("ResultsView", "By platform"), "按平台"))
#: Changes to these tables can change the results.
WATCHED = ("sessions", "session_actuals", "hosts", "benchmarks", "campaigns", "festivals", "fx_rates")
#: The English headers of planner.exchange.results (the table's headers in an Italian UI), for the translation tools.
_HEADERS_TR = (
    QT_TRANSLATE_NOOP("ResultsHeaders", "Start (China time)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Host"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Platform"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Status"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Recorded shows"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers P10"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers P50 (projected)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers P90"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers (actual)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers vs P50"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Viewers inside P10–P90"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV P10"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV P50 (projected)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV P90"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV (actual)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV vs P50"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "GMV inside P10–P90"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Figure"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Plan P50"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Plan P10–P90"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Actual so far"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Still to come P50"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Outlook P50 (actual + to come)"),
    QT_TRANSLATE_NOOP("ResultsHeaders", "Outlook P10–P90"),
)
#: The English values of planner.exchange.results.YES_NO, for the translation tools.
_VALUES_TR = (QT_TRANSLATE_NOOP("ResultsValues", "inside"), QT_TRANSLATE_NOOP("ResultsValues", "outside"))


@dataclass
class ResultsPayload:
    """What the worker hands the view: the results and their three tables (pandas frames)."""

    campaign_id: int
    results: Any          # planner.domain.results.CampaignResults
    tables: dict[str, Any]  # grouping -> DataFrame


def compute(path: str, campaign_id: int, lang: str, draws: int = 500) -> ResultsPayload:
    """Worker side: read the plan through a connection of its own, compare, and build the tables."""
    from planner.domain.results import campaign_results
    from planner.exchange.results import group_frame, session_frame
    from planner.services.plans import read_campaign_plan

    plan = read_campaign_plan(path, campaign_id)
    results = campaign_results(plan, campaign_id, draws=draws).warm()  # the UI thread only formats them
    tables = {"sessions": session_frame(results, lang), "hosts": group_frame(results, "host", lang),
              "platforms": group_frame(results, "platform", lang)}
    return ResultsPayload(campaign_id, results, tables)


class FrameModel(QAbstractTableModel):
    """A read-only table over a results frame; values are formatted by their column's kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.keys: list[str] = []
        self.rows: list[tuple] = []
        self.currency = "CNY"
        self.platform_names: dict[str, str] = {}

    def set_frame(self, frame, currency: str, platforms: Iterable[Any] = ()) -> None:
        """Show ``frame``; ``platforms`` (domain Platforms) name the platform column as the rest of the UI does
        ("Douyin (抖音)", 抖音 in Chinese) rather than as the export's English or Chinese name."""
        self.platform_names = {name: platform_label(p) for p in platforms for name in (p.name_en, p.name_zh) if name}
        self.beginResetModel()
        self.headers = [str(c) for c in frame.columns]
        self.keys = list(frame.attrs.get("keys", self.headers))
        self.rows = list(frame.itertuples(index=False, name=None))
        self.currency = currency
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.headers, self.keys, self.rows = [], [], []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ResultsHeaders", self.headers[section])
        return None

    def _text(self, key: str, v: Any) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return F.DASH
        if key.endswith("_diff"):
            return F.localise(f"{v:+.0%}")
        if key.startswith("gmv_") and isinstance(v, (int, float)):
            return F.money(v, self.currency)
        if isinstance(v, float):
            return F.number(v)
        if key == "status":  # the session's status, as the domain names it
            return domain_label(str(v))
        if key.endswith("_inside"):
            return QCoreApplication.translate("ResultsValues", str(v))
        if key == "platform":
            return self.platform_names.get(str(v), str(v))
        return str(v)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, v = self.keys[index.column()], self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, v)
        if role == SORT_ROLE:
            return None if v is None or (isinstance(v, float) and math.isnan(v)) else v
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(v, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key.endswith("_inside") and v is not None:
            return INSIDE_BRUSH if v in ("inside", "区间内") else OUTSIDE_BRUSH
        return None


class ResultsView(QWidget):
    """The Results (复盘) tab."""

    # its scroll area, over QWidget.scroll(dx, dy), which nothing here calls
    scroll: QScrollArea  # type: ignore[assignment]

    results_shown = Signal()  # new results are on screen
    exported = Signal(str)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_view")
        self.context = context
        self.payload: ResultsPayload | None = None
        self._job_key = ("results", id(self))  # a newer comparison supersedes an older one (context.jobs)
        self._dirty = True
        self.busy = False
        self._build()
        self._connect_signals()

    @property
    def results(self):
        return self.payload.results if self.payload is not None else None

    # -- building ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        from planner.ui.charts import style
        from planner.ui.charts.results_charts import CumulativeChart, WhiskerChart

        self.lang = "zh" if style.ui_is_chinese() else "en"
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("results_status")
        self.status.setWordWrap(True)  # "exported to <path>" is as long as the path
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("results_grouping")
        for key, en, zh in GROUPINGS:
            label = self.tr(str(en))  # the Chinese beside it, unless the label already is Chinese
            self.grouping.addItem(label if label == zh else f"{label} · {zh}", key)
        self.export_lang = QComboBox(self)
        self.export_lang.addItem(self.tr("English headers"), "en")
        self.export_lang.addItem(self.tr("Chinese headers 中文表头"), "zh")
        self.export_button = QPushButton(self.tr("Export 复盘 workbook…"), self)
        self.export_button.setObjectName("results_export")
        self.export_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import platform results…"), self)
        self.import_button.setObjectName("results_import")
        self.import_button.setToolTip(self.tr("A platform's result export (CSV or XLSX, e.g. 抖音罗盘, 淘宝直播): "
                                              "rows are matched to this campaign's sessions by host and start"))
        # The heading (campaign name, status, sessions recorded) is as long as the user's names: its own line,
        # wrapped, so it never holds the window wider than the screen.
        self.heading.setWordWrap(True)
        for combo in (self.grouping, self.export_lang):  # as wide as their text when there is room; in a longer
            combo.setMinimumWidth(8 * combo.fontMetrics().averageCharWidth() + 30)  # language they give way, eliding
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.grouping)
        top.addWidget(self.export_lang)
        top.addWidget(self.export_button)
        self.totals = QLabel(self)
        self.totals.setObjectName("results_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        self.model = FrameModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("results_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as computed: most surprising first
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(110)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(180)
        self.whiskers = WhiskerChart(self)
        self.cumulative = CumulativeChart(self)
        self.charts = QTabWidget(self)
        self.charts.addTab(self.whiskers, self.tr("Actual vs range"))
        self.charts.addTab(self.cumulative, self.tr("Cumulative plan vs actual"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.backtest_box = QGroupBox(self.tr("Backtest: how honest were the ranges? (§7)"), self)
        self.backtest_label = QLabel(self.backtest_box)
        self.backtest_label.setObjectName("results_backtest")
        self.backtest_label.setWordWrap(True)
        QVBoxLayout(self.backtest_box).addWidget(self.backtest_label)
        # In a short window (the Problems dock open, a longer language's wrapped lines) the page scrolls down
        # rather than holding the main window taller than the screen.
        body = QWidget(self)
        body.setObjectName("results_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        # Its own line, the page's width: "exported to <path>" squeezed beside the buttons was a column of
        # a word per line.
        layout.addWidget(self.status)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)
        layout.addWidget(self.backtest_box)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("results_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)

    def _connect_signals(self) -> None:
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.context.plan_changed.connect(self._on_plan_changed)
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_table())
        self.export_button.clicked.connect(self._on_export_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self._debounce.timeout.connect(self.refresh)

    # -- refreshing --------------------------------------------------------------------------------------
    def _on_campaign_selected(self, _cid) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _on_plan_changed(self, change) -> None:
        if not change.touches(*WATCHED):
            return
        self._dirty = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Compare the selected campaign's plan with its actuals, off the UI thread."""
        self._dirty = False
        cid = self.context.campaign_id
        if cid is None:
            self.context.jobs.cancel(self._job_key)  # a comparison still on its way would overwrite the message
            self.busy = False
            self._show_message(self.tr("Select a campaign to see its results."))
            return
        self.busy = True
        self.status.setText(self.tr("comparing…"))
        path, lang = str(self.context.store.path), self.lang
        self.context.jobs.submit(self._job_key, compute, path, cid, lang,
                                 on_done=self._on_done, on_error=self._on_failed, owner=self)

    def _on_done(self, payload: ResultsPayload) -> None:
        self.busy = False
        self.status.setText("")
        self.payload = payload
        r = payload.results
        name = self.context.store.campaign(payload.campaign_id).name if payload.campaign_id else ""
        self.heading.setText(self.tr("{name} — results (复盘): {n} of {total} sessions recorded").format(
            name=name, n=r.recorded_count, total=len(r.sessions)))
        self.totals.setText(self._totals_html(r))
        bt = r.backtest
        self.backtest_label.setText(bt.describe(self.tr("this campaign")) if bt is not None else self.tr(
            "No recorded shows yet: record actual results (in the Sessions table, or Import platform results above) "
            "and the backtest shows how often the actual fell inside its P10–P90 range."))
        self._show_table()
        self.whiskers.show_results(r)
        self.cumulative.show_results(r)
        self.export_button.setEnabled(True)
        self.results_shown.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self._show_message(str(exc) or type(exc).__name__)

    def _show_message(self, text: str) -> None:
        self.status.setText("")
        self.payload = None
        self.heading.setText(self.tr("Results (复盘)"))
        self.totals.setText(text)
        self.backtest_label.setText("")
        self.model.clear()
        self.whiskers.show_results(None)
        self.cumulative.show_results(None)
        self.export_button.setEnabled(False)
        self.results_shown.emit()

    def _show_table(self) -> None:
        if self.payload is None:
            return
        frame = self.payload.tables[self.grouping.currentData()]
        self.model.set_frame(frame, self.payload.results.currency, self.payload.results.platforms.values())
        if self.model.rowCount() <= 300:  # fitting columns reads every cell: only for tables that are short
            self.table.resizeColumnsToContents()

    def _totals_html(self, r) -> str:
        cur = r.currency
        lines = []
        for m, name, fmt in (("viewers", self.tr("Show viewers"), F.number),
                             ("gmv", self.tr("GMV"), lambda v: F.money(v, cur))):
            p10, p50, p90 = r.plan_total(m)
            t10, t50, t90 = r.to_come(m)
            o10, o50, o90 = r.outlook(m)
            lines.append(self.tr("<b>{name}</b>: plan P50 {p50} (P10–P90 {p10} – {p90}) · <b>actual so far {a}</b> "
                                 "· still to come P50 {t50} · outlook P50 {o50} (P10–P90 {o10} – {o90})").format(
                name=name, p50=fmt(p50), p10=fmt(p10), p90=fmt(p90), a=fmt(r.actual_so_far(m)), t50=fmt(t50),
                o50=fmt(o50), o10=fmt(o10), o90=fmt(o90)))
        return "<br>".join(lines)

    # -- import ------------------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        if self.context.campaign_id is None:
            return
        from planner.ui.dialogs.file_dialogs import ask_open

        path = ask_open(self, self.tr("Import platform results"),
                        self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_dialog(path).exec()

    def import_dialog(self, path: str):
        from planner.ui.dialogs.actuals_import_dialog import ActualsImportDialog

        return ActualsImportDialog(self.context, path, self.context.campaign_id, self)

    # -- export ------------------------------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        from planner.ui.dialogs.file_dialogs import ask_save

        path = ask_save(self, self.tr("Export 复盘 workbook"), self.tr("Excel workbook (*.xlsx)"), "复盘.xlsx")
        if path:
            self.export_to(path, self.export_lang.currentData())

    def export_to(self, path: str, lang: str = "en") -> None:
        """Write the workbook off the UI thread; ``exported`` carries the path when it is written."""
        from planner.exchange.results import export_results_xlsx

        results = self.results
        if results is None:
            return
        self.status.setText(self.tr("exporting…"))

        def done(p) -> None:
            self.status.setText(self.tr("exported to {path}").format(path=p))
            self.exported.emit(str(p))

        self.context.jobs.submit(None, export_results_xlsx, results, path, lang, on_done=done,
                                 on_error=lambda e: self.status.setText(str(e)), owner=self)

