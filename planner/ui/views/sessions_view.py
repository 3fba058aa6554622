"""Sessions of the selected campaign: editable table with live projection columns and a "Why?" button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from planner.ui.models.sessions_model import SessionsModel
from planner.ui.views.table_view import FilterableTable

if TYPE_CHECKING:
    from planner.ui.actions import Actions


class SessionsView(QWidget):
    # the window's actions (planner.ui.actions), over QWidget.actions(), which nothing here calls
    actions: Actions  # type: ignore[assignment]
    explain_requested = Signal(int)  # session id

    def __init__(self, context, runner, actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.actions = actions
        self.model = SessionsModel(context, self)
        self.table = FilterableTable(self.model, context,
                                     self.tr("Filter sessions: host, platform, theme, date…"), self)
        self.table.setObjectName("sessions_table")
        self.add_button = QPushButton(self.tr("Add session…"), self)
        self.why_button = QPushButton(self.tr("Why? (explain projection)"), self)
        self.why_button.setObjectName("why_button")
        self.delete_button = QPushButton(self.tr("Delete rows…"), self)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.why_button)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._loaded: tuple[int, int | None] | None = None  # (plan revision, campaign) of the rows shown
        self._fit_when_loaded = True
        self._select_when_loaded: int | None = None  # a session chosen while its campaign was being read
        self._connect_signals()
        self.refresh()
        latest = runner.latest  # a view built after the projection landed starts with its figures
        if latest is not None:
            self._on_projection_ready(latest.campaign_id, latest)

    def _connect_signals(self) -> None:
        self.model.loaded.connect(self._on_rows_loaded)
        self.context.plan_changed.connect(self._on_plan_changed)
        self.context.campaign_selected.connect(self._on_campaign_selected)
        self.context.display_zone_changed.connect(lambda _z: self.model.zone_changed())
        self.context.session_activated.connect(self.select_session)
        self.runner.projection_ready.connect(self._on_projection_ready)
        self.runner.projection_failed.connect(lambda _c, _m: self.model.set_figures(None))
        self.add_button.clicked.connect(self.actions.add_session.trigger)
        self.delete_button.clicked.connect(self.actions.delete.trigger)
        self.why_button.clicked.connect(self._explain_current)
        self.table.view.doubleClicked.connect(self._on_double_clicked)
        self.table.view.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selection_changed.connect(self._update_buttons)

    def _on_plan_changed(self, change) -> None:
        """Re-read after a change, unless this view already did for this change (a handler before ours
        selected another campaign, e.g. after its scenario was deleted) or the change only brought another
        campaign (duplicate as scenario: the new one is selected next and read then). 10,000 sessions take
        ~50 ms to read; reading them twice per edit is what made such edits stall."""
        ctx = self.context
        if self._loaded == (ctx.revision, ctx.campaign_id):
            return
        if change.new_campaign is not None and self._loaded is not None and self._loaded[1] == ctx.campaign_id:
            self._loaded = (ctx.revision, ctx.campaign_id)
            return
        self.refresh(change)

    def refresh(self, change=None) -> None:
        self._loaded = (self.context.revision, self.context.campaign_id)
        self.model.refresh(change)
        if self.model.loading:
            self.summary.setText(self.tr("Reading sessions…"))
        self._update_buttons()

    def _on_rows_loaded(self) -> None:
        n = self.model.rowCount()
        self.summary.setText((self.tr("1 session · times in China time (UTC+8)") if n == 1 else
                              self.tr("{n} sessions · times in China time (UTC+8)")).format(n=f"{n:,}"))
        if self._fit_when_loaded and n:  # sized to the first rows shown; then they keep their (the user's) width
            self._fit_when_loaded = False
            keys = [c.key for c in self.model.columns]  # the platform's long names must not push the figures off
            self.table.fit_columns(wider={keys.index("platform"): 150, keys.index("host"): 180})
        if self._select_when_loaded is not None:
            sid, self._select_when_loaded = self._select_when_loaded, None
            self.select_session(sid)
        self._update_buttons()

    def _on_campaign_selected(self, _campaign_id) -> None:
        self.model.set_figures(None)
        self._fit_when_loaded = self._fit_when_loaded or self.model.rowCount() == 0
        self.refresh()

    def _on_projection_ready(self, campaign_id, projection) -> None:
        if campaign_id == self.context.campaign_id:
            self.model.set_figures(projection.sessions)
            self._fit_projection_columns()  # widened when figures grow, never narrowed

    def _fit_projection_columns(self) -> None:
        fm = self.table.view.fontMetrics()
        header = self.table.view.horizontalHeader()
        first = max(self.table.view.rowAt(0), 0)  # the rows on screen (and a few more)
        rows = range(first, min(self.table.proxy.rowCount(), first + 40))
        for c in range(self.model.columnCount()):
            if self.model.is_projection_column(c):
                texts = [str(self.table.proxy.index(r, c).data() or "") for r in rows]
                width = min(max([fm.horizontalAdvance(t) + 16 for t in texts], default=0), 320)
                if width > header.sectionSize(c):
                    header.resizeSection(c, width)

    def _update_buttons(self) -> None:
        has = bool(self.table.selected_source_rows())
        self.why_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.add_button.setEnabled(self.context.campaign_id is not None)

    def selected_session_ids(self) -> list[int]:
        return [self.model.session_id(r) for r in self.table.selected_source_rows()]

    def _explain_current(self) -> None:
        row = self.table.current_source_row()
        ids = self.selected_session_ids()
        if row < 0 and ids:
            self.explain_requested.emit(ids[0])
        elif row >= 0:
            self.explain_requested.emit(self.model.session_id(row))

    def _on_double_clicked(self, proxy_index) -> None:
        source = self.table.proxy.mapToSource(proxy_index)
        if self.model.is_projection_column(source.column()):
            self.explain_requested.emit(self.model.session_id(source.row()))

    def _on_context_menu(self, pos) -> None:
        index = self.table.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Why this projection?"), self._explain_current)
        menu.addAction(self.actions.delete)
        menu.exec(self.table.view.viewport().mapToGlobal(pos))

    def select_session(self, session_id: int) -> None:
        """Select (and scroll to) the session's row, if it is in the table (once read, if it is being read)."""
        if self.model.loading:
            self._select_when_loaded = session_id
            return
        row = self.model.row_of(session_id)
        if row >= 0:
            self.table.select_source_row(row)
