"""The main window: composes the campaign list, the campaign's tabs, menus and status bar.

Views do the work; this module wires them to the PlanContext and to the actions in ``ui/actions.py``.
Extra tabs: ``MainWindow.add_view(widget_or_factory, title)``; pass a factory ``f(context) -> QWidget`` to
keep the tab when another plan is opened (a plain widget belongs to the plan that was open).
"""

from __future__ import annotations

from dataclasses import replace

import importlib
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from planner.domain.errors import PlannerError
from planner.ui import settings
from planner.ui.actions import REDO_SHORTCUT, UNDO_SHORTCUT, Actions
from planner.ui.context import PlanContext
from planner.ui.file_actions import FileActions
from planner.ui.models.projection_runner import ProjectionRunner
from planner.ui.problems_dock import ProblemsDock
from planner.ui.tr_marks import QT_TRANSLATE_NOOP
from planner.ui.view_tabs import LazyView, ViewTabs
from planner.ui.views.campaign_list import CampaignList
from planner.ui.views.overview_view import OverviewView

if TYPE_CHECKING:
    from planner.ui.views.benchmarks_view import BenchmarksView
    from planner.ui.views.hosts_view import HostsView
    from planner.ui.views.sessions_view import SessionsView

SMOKE_ENV = "PLANNER_SMOKE_EXIT_MS"
OPTIONAL_VIEWS = (  # (module, class, tab title): added when another issue's view is installed
    ("planner.ui.views.calendar_view", "CalendarView", QT_TRANSLATE_NOOP("MainWindow", "Calendar")),
    ("planner.ui.charts", "ChartsView", QT_TRANSLATE_NOOP("MainWindow", "Charts")),
    ("planner.ui.views.results_view", "ResultsView", QT_TRANSLATE_NOOP("MainWindow", "Results (复盘)")),
    ("planner.ui.views.budget_view", "BudgetView", QT_TRANSLATE_NOOP("MainWindow", "Budget")),
)
ViewFactory = Callable[[PlanContext], QWidget]
HEAP_SETTLE_MS = 1500
BACKUP_AFTER_OPEN_MS = 2000
BACKUP_CHECK_MS = 3600 * 1000  # while a plan stays open, see hourly whether a day has passed since its backup


def settle_startup_heap() -> None:
    """Leave what start-up built (modules, classes, Qt wrappers: ~100,000 objects) out of later garbage
    collections. A full collection holds the interpreter lock; on a 10,000-session plan it would otherwise
    stall the UI for a fifth of a second while a worker checks the schedule. Objects freed by reference
    counting are freed as ever; only cycles among the frozen objects would stay. No collection first: on a
    big plan that alone took the UI over 0.1 s, and start-up leaves little cyclic garbage to keep."""
    import gc

    gc.freeze()


#: Modules the first opening of a tab would otherwise import on the UI thread (the charts' pyqtgraph: ~0.3 s;
#: the holiday calendars: ~0.15 s). Imported on a worker once start-up has settled; importing takes the
#: interpreter lock in 1 ms turns, so the UI stays responsive meanwhile.
WARM_UP_MODULES = ("planner.ui.views.sessions_view", "planner.ui.views.hosts_view",
                   "planner.ui.views.benchmarks_view", "planner.ui.charts.charts_view",
                   "planner.ui.views.calendar_view", "planner.ui.dialogs.explain_dialog",
                   "planner.ui.dialogs.session_dialog", "planner.services.schedule_snapshot")


def warm_up() -> None:
    """Worker side: import what later tabs need and build the holiday tables of the years around today."""
    from planner.domain import holidays_cn

    holidays_cn.warm_up()
    for name in WARM_UP_MODULES:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    # every action of the window (planner.ui.actions), over QWidget.actions(), which nothing here calls
    actions: Actions  # type: ignore[assignment]

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.actions = Actions.create(self)
        self.undo_group = QUndoGroup(self)
        self.context: PlanContext | None = None
        self._factories: list[tuple[ViewFactory, str]] = []
        self._heap_settled = False
        self.warmed_up = False  # True once the later tabs' modules are imported (see warm_up)
        self.files = FileActions(self)
        self.problems_dock = ProblemsDock(self, self.actions.show_problems)
        from planner.ui.history_dock import HistoryDock

        self.history_dock = HistoryDock(self, self.actions.show_history)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.files.back_up_if_due)
        self._backup_timer.start()
        self._backup_soon = QTimer(self)
        self._backup_soon.setSingleShot(True)
        self._backup_soon.setInterval(BACKUP_AFTER_OPEN_MS)
        self._backup_soon.timeout.connect(self.files.back_up_if_due)
        self._plan_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._plan_label)
        self._build_menus()
        self._connect_actions()
        for module, cls, title in OPTIONAL_VIEWS:
            if importlib.util.find_spec(module) is not None:
                self._factories.append((self._lazy_factory(module, cls), self.tr(title)))
        self.set_store(store)
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.problems_dock.restore(self, settings.geometry(settings.WINDOW_STATE))

    # -- building ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a, bar = self.actions, self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.new_plan, a.open_plan])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addActions([a.save_copy, a.restore_backup])
        file_menu.addSeparator()
        file_menu.addActions([a.import_hosts, a.import_sessions])
        file_menu.addActions([a.export_schedule, a.export_hosts])
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(UNDO_SHORTCUT)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([REDO_SHORTCUT, QKeySequence("Ctrl+Y")])
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([a.delete, a.find])
        edit.addSeparator()
        edit.addAction(a.preferences)
        campaign = bar.addMenu(self.tr("&Campaign"))
        campaign.addActions([a.new_campaign, a.edit_campaign, a.duplicate_scenario])
        campaign.addSeparator()
        campaign.addActions([a.add_session, a.add_host, a.explain_session])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([a.show_problems, a.show_history, a.set_time_zone])
        bar.addMenu(self.tr("&Help")).addAction(a.about)

    def _connect_actions(self) -> None:
        a = self.actions
        self.files.connect_actions(self.recent_menu)
        a.quit.triggered.connect(self.close)
        a.delete.triggered.connect(self.delete_selected)
        a.new_campaign.triggered.connect(self.new_campaign)
        a.duplicate_scenario.triggered.connect(self.duplicate_as_scenario)
        a.edit_campaign.triggered.connect(self.edit_campaign)
        a.add_session.triggered.connect(self.add_session)
        a.add_host.triggered.connect(self.add_host)
        a.explain_session.triggered.connect(self.explain_selected)
        a.set_time_zone.triggered.connect(self._on_set_time_zone)
        a.find.triggered.connect(self._focus_filter)
        a.about.triggered.connect(self._on_about)
        a.preferences.triggered.connect(self._on_preferences)

    @staticmethod
    def _lazy_factory(module: str, cls: str) -> ViewFactory:
        """The tab is built the first time it is shown, so pyqtgraph and friends load only when needed."""
        return lambda context: LazyView(lambda: getattr(importlib.import_module(module), cls)(context))

    def set_store(self, store) -> None:
        """Show ``store``'s plan: a fresh context, views and undo history (the old store is closed)."""
        old = self.context
        dock_height = None
        if old is not None:
            old.commit_pending()  # a value typed into a cell is written to the plan it was typed in
            self.runner.stop()  # drop results still on their way for the old plan
            old.stop()
            if self.problems_dock.isVisible():
                dock_height = self.problems_dock.height()
        self.context = PlanContext(store, settings.display_zone(), self)
        last = settings.last_campaign(str(store.path))  # reopen on the campaign used last, if it is still there
        if last is not None and any(c.id == last for c in store.campaigns()):
            self.context.campaign_id = last
        self.undo_group.addStack(self.context.undo_stack)
        self.undo_group.setActiveStack(self.context.undo_stack)
        self.runner: ProjectionRunner = ProjectionRunner(self.context, self.context)  # deleted with its context
        self._build_central(self.context)
        self.context.plan_changed.connect(self._update_status)
        self.context.edit_failed.connect(lambda msg: self.statusBar().showMessage(msg, 10000))
        self.context.campaign_selected.connect(lambda _c: self._update_actions())
        self.context.campaign_selected.connect(lambda c: settings.set_last_campaign(str(store.path), c))
        self.campaigns.refresh()
        self.runner.request()
        self._update_status()
        self._update_actions()
        self.setWindowTitle(self.tr("{name} — Live-commerce planner").format(name=store.path.name))
        self.context.watch_outside_writes()
        self._backup_soon.start()  # once start-up is over (a backup is no reason to open later)
        settings.remember_plan(str(store.path))
        if dock_height is not None:  # the new central widget must not hand its space to the Problems dock
            # (once the new widgets are laid out, i.e. on the next turn of the event loop)
            QTimer.singleShot(0, self, lambda: self.resizeDocks([self.problems_dock], [dock_height],
                                                                Qt.Orientation.Vertical))
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.store.close()
            old.deleteLater()

    def _build_central(self, ctx: PlanContext) -> None:
        self.campaigns = CampaignList(ctx, self)
        self.tabs = ViewTabs(self)
        self.tabs.setObjectName("tabs")
        self.overview = OverviewView(ctx, self.runner, self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        # Built when first shown (or asked for), so the window comes up without paying for every table.
        self._sessions_page = LazyView(self._build_sessions, optional=False)
        self._hosts_page = LazyView(self._build_hosts, optional=False)
        self._benchmarks_page = LazyView(self._build_benchmarks, optional=False)
        self.tabs.addTab(self._sessions_page, self.tr("Sessions"))
        self.tabs.addTab(self._hosts_page, self.tr("Hosts"))
        self.tabs.addTab(self._benchmarks_page, self.tr("Benchmarks"))
        for factory, title in self._factories:
            self._add_tab(factory, title)
        self.problems = self.problems_dock.set_context(ctx)
        self.history_dock.set_context(ctx)
        self.runner.projection_ready.connect(
            lambda cid, proj: self.problems.set_money_warnings(cid, proj.money_warnings) if proj.range else None)
        ctx.session_activated.connect(self._on_session_activated)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.hint = QLabel(self)
        self.hint.setObjectName("first_run_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #eef5ff; border: 1px solid #b9d3f5; padding: 6px;")
        self.hint.setText(self.tr(
            "This plan holds the sample campaign (DEMO). Start your own with <b>Campaign ▸ New campaign</b> "
            "({new}), or duplicate the sample as a scenario ({duplicate}) and change it. "
            "<b>File ▸ New plan</b> starts an empty plan file. Edits are saved as you make them.").format(
            new=self.actions.new_campaign.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            duplicate=self.actions.duplicate_scenario.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.hint.setVisible(self._is_demo_plan())
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("read_only_banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fff4e5; border: 1px solid #f0b45c; padding: 6px;")
        self.read_only_banner.setText(self.tr(
            "<b>Read-only:</b> {why}, so this plan can be viewed, charted and exported but not changed. "
            "To edit it, use File ▸ Save a copy as… into a folder you can write to, and open the copy.").format(
            why=(ctx.store.read_only or "").capitalize()))
        self.read_only_banner.setVisible(ctx.store.read_only is not None)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.campaigns)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])
        state = settings.geometry(settings.SPLITTER)
        if state is not None:
            splitter.restoreState(state)
        self.splitter = splitter
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        previous = self.centralWidget()
        self.setCentralWidget(central)
        if previous is not None:
            previous.deleteLater()

    def _build_sessions(self) -> SessionsView:
        from planner.ui.views.sessions_view import SessionsView

        view = SessionsView(self.context, self.runner, self.actions)
        view.explain_requested.connect(self.explain_session)
        view.model.edit_refused.connect(self._show_refusal)
        return view

    def _build_hosts(self) -> HostsView:
        from planner.ui.views.hosts_view import HostsView

        view = HostsView(self.context, self.actions)
        view.model.edit_refused.connect(self._show_refusal)
        return view

    def _build_benchmarks(self) -> BenchmarksView:
        from planner.ui.views.benchmarks_view import BenchmarksView

        view = BenchmarksView(self.context)
        view.model.edit_refused.connect(self._show_refusal)
        return view

    @property
    def sessions(self) -> SessionsView:
        """The Sessions tab's view (built on first use)."""
        return self._sessions_page.ensure()  # type: ignore[return-value]

    @property
    def hosts(self) -> HostsView:
        return self._hosts_page.ensure()  # type: ignore[return-value]

    @property
    def benchmarks(self) -> BenchmarksView:
        return self._benchmarks_page.ensure()  # type: ignore[return-value]

    def _show_refusal(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _add_tab(self, factory: ViewFactory, title: str) -> None:
        try:
            widget = factory(self.context)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - a broken optional view must not stop the app
            self.statusBar().showMessage(self.tr("{title} view unavailable: {err}").format(title=title, err=exc))
            return
        self.tabs.addTab(widget, title)

    def add_view(self, widget: QWidget | ViewFactory, title: str) -> None:
        """Add a tab. Pass a factory ``f(context) -> QWidget`` to have it rebuilt when a plan is opened."""
        if isinstance(widget, QWidget):
            self.tabs.addTab(widget, title)
        else:
            self._factories.append((widget, title))
            self._add_tab(widget, title)

    def _is_demo_plan(self) -> bool:
        from planner.services.plans import is_demo_plan

        return is_demo_plan(self.context.store)  # type: ignore[union-attr]

    # -- status ------------------------------------------------------------------------------------
    def _update_status(self, change=None) -> None:
        """The plan's path and last write; the demo hint only when the campaigns may have changed (a slot-fee
        edit must not read every campaign)."""
        store = self.context.store  # type: ignore[union-attr]
        from datetime import datetime

        written = store.last_write()  # recorded in the plan: the file's time lagged (edits land in its journal)
        at = written.astimezone() if written is not None else datetime.fromtimestamp(store.path.stat().st_mtime)
        # One form whether this session wrote it or the file is older: "today 14:03:27" or "2026-11-20 14:03:27".
        day = self.tr("today") if at.date() == datetime.now().date() else at.date().isoformat()
        when = f"{day} {at.hour:02d}:{at.minute:02d}:{at.second:02d}"
        self._plan_label.setText(self.tr("Plan: {path} · last written {when}").format(path=store.path, when=when))
        if change is None or change.touches("campaigns"):
            self.hint.setVisible(self._is_demo_plan())

    def _update_actions(self) -> None:
        has_campaign = self.context is not None and self.context.campaign_id is not None
        for action in (self.actions.duplicate_scenario, self.actions.edit_campaign, self.actions.add_session,
                       self.actions.explain_session):
            action.setEnabled(has_campaign)
        self.files.update_actions(has_campaign)

    # -- commands ----------------------------------------------------------------------------------
    def _apply(self, edit) -> bool:
        try:
            self.context.apply(edit)  # type: ignore[union-attr]
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return False
        return True

    def _newest_campaign_id(self) -> int | None:
        from planner.services.campaigns import newest_campaign_id

        return newest_campaign_id(self.context.store)  # type: ignore[union-attr]

    def new_campaign(self) -> None:
        from planner.ui.dialogs.campaign_dialog import CampaignDialog

        dialog = CampaignDialog(parent=self)
        if dialog.exec():
            self.accept_campaign(dialog)
        dialog.deleteLater()  # (a dialog kept as the window's child would pile up, one per use)

    def accept_campaign(self, dialog) -> bool:
        """Apply an accepted campaign dialog (one undoable edit) and select the new campaign."""
        from planner.services.edits import add_campaign

        if self._apply(add_campaign(dialog.campaign(), self.tr("New campaign"))):
            self.context.select_campaign(self._newest_campaign_id())  # type: ignore[union-attr]
            return True
        return False

    def edit_campaign(self) -> None:
        cid = self.context.campaign_id  # type: ignore[union-attr]
        if cid is None:
            return
        dialog = self.campaign_edit_dialog(cid)
        if dialog.exec():
            self.accept_campaign_edit(dialog)
        dialog.deleteLater()  # (a dialog kept as the window's child would pile up, one per use)

    def campaign_edit_dialog(self, campaign_id: int):
        from planner.ui.dialogs.campaign_dialog import CampaignDialog

        return CampaignDialog(self.context.store.campaign(campaign_id), parent=self)  # type: ignore[union-attr]

    def accept_campaign_edit(self, dialog) -> bool:
        """Apply an accepted edit-campaign dialog as one undoable edit."""
        from planner.services.edits import change_campaign_currency, update_campaign

        campaign = dialog.campaign()
        old = self.context.store.campaign(campaign.id)  # type: ignore[union-attr]
        if campaign.currency != old.currency:  # convert the money, never relabel it
            from planner.domain.currency import conversion_rate
            from planner.domain.errors import PlannerError

            try:
                rate = conversion_rate(old.currency, campaign.currency,
                                       self.context.store.fx_rates())  # type: ignore[union-attr]
            except PlannerError as exc:
                dialog.show_error(str(exc))  # refused: the reason inside the form, nothing written
                return False
            return self._apply(change_campaign_currency(
                replace(campaign, currency=old.currency), campaign.currency,
                self.tr("Change currency of {name} to {cur} at {rate:.4g} {cur} per {old}").format(
                    name=campaign.name, cur=campaign.currency, rate=rate, old=old.currency)))
        return self._apply(update_campaign(campaign, self.tr("Edit campaign {name}").format(name=campaign.name)))

    def duplicate_as_scenario(self) -> None:
        from planner.services.edits import duplicate_campaign

        cid = self.context.campaign_id  # type: ignore[union-attr]
        if cid is not None and self._apply(duplicate_campaign(cid, self.tr("Duplicate as scenario"))):
            self.context.select_campaign(self._newest_campaign_id())  # type: ignore[union-attr]

    def show_scenario_comparison(self, campaign_ids) -> None:
        """Show the Charts tab's Scenario comparison with exactly these campaigns ticked (e.g. a campaign and
        the scenario just made from its budget recommendation)."""
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == self.tr("Charts"):
                self.tabs.setCurrentIndex(i)
                charts: Any = self.tabs.current_view()  # (the Charts view, when installed)
                if hasattr(charts, "show_chart"):
                    from planner.ui.charts.charts_view import SCENARIOS

                    charts.show_chart(SCENARIOS)
                    chart = charts.scenarios
                    chart.reload()  # the list must hold the new scenario before it is ticked
                    chart.select_campaigns(list(campaign_ids))
                return

    def add_host(self) -> None:
        from planner.ui.dialogs.host_dialog import HostDialog

        dialog = HostDialog(self.context.store, self)  # type: ignore[union-attr]
        if dialog.exec():
            self.accept_host(dialog)
        dialog.deleteLater()  # (a dialog kept as the window's child would pile up, one per use)

    def accept_host(self, dialog) -> bool:
        from planner.services.edits import add_hosts

        host = dialog.host()
        return self._apply(add_hosts((host,), self.tr("Add host {name}").format(name=host.name)))

    def add_session(self) -> None:
        ctx = self.context
        if ctx is None or ctx.campaign_id is None:
            return
        dialog = self.session_dialog()
        if dialog.exec():
            self.accept_session(dialog)
        dialog.deleteLater()  # (a dialog kept as the window's child would pile up, one per use)

    def session_dialog(self):
        from planner.ui.dialogs.session_dialog import SessionDialog

        ctx = self.context
        return SessionDialog(ctx.store, ctx.store.campaign(ctx.campaign_id), ctx.display_zone, self)

    def accept_session(self, dialog) -> bool:
        from planner.services.sessions import save_session

        return self._apply(save_session(dialog.session(), self.tr("Add session")))

    def delete_selected(self) -> None:
        """Delete rows (Edit ▸ Delete rows, Ctrl+Del): the campaign (from the campaign list), the selected
        sessions (Sessions tab or the calendar) or hosts; when that takes more than the selection (a host's
        sessions, a campaign's), say what first. Elsewhere nothing is deleted. Undo restores."""
        from planner.services.edits import delete_sessions
        from planner.ui import deletion

        current = self.tabs.current_view()
        store = self.context.store  # type: ignore[union-attr]
        focus = QApplication.focusWidget()
        if self.campaigns.hasFocus() or (focus is not None and self.campaigns.isAncestorOf(focus)):
            cid = self.context.campaign_id  # type: ignore[union-attr]
            if cid is not None:
                question, edit = deletion.campaign_delete_question(store, cid)
                if deletion.confirm(self, question):
                    self._apply(edit)
            return
        self.context.commit_pending()  # type: ignore[union-attr]
        ids: list[int] = []
        if current is not None and current is self._sessions_page.view:
            ids = self.sessions.selected_session_ids()
        elif (canvas := getattr(current, "canvas", None)) is not None and canvas.selected() is not None:  # calendar
            ids = [canvas.selected()]
        elif current is not None and current is self._hosts_page.view:
            hosts = self.hosts.selected_host_ids()
            if hosts:
                question, edit = deletion.host_delete_question(store, hosts)
                if deletion.confirm(self, question):
                    self._apply(edit)
            return
        if ids:
            label = self.tr("Delete session") if len(ids) == 1 else self.tr("Delete {n} sessions").format(n=len(ids))
            self._apply(delete_sessions(store, ids, label))
        else:
            self.statusBar().showMessage(self.tr(
                "Nothing to delete here: select sessions, hosts, or a campaign in the list first"), 5000)

    def explain_selected(self) -> None:
        """Explain the session selected in the calendar (when in front) or in Sessions; else say how."""
        current = self.tabs.current_view()
        canvas = getattr(current, "canvas", None)
        if canvas is not None and canvas.selected() is not None:
            self.explain_session(canvas.selected())
            return
        if self._sessions_page.is_built:
            row = self.sessions.table.current_source_row()
            ids = self.sessions.selected_session_ids()
            if row >= 0 or ids:
                self.explain_session(self.sessions.model.session_id(row) if row >= 0 else ids[0])
                return
        self.tabs.setCurrentWidget(self._sessions_page)
        self.statusBar().showMessage(self.tr(
            "Select a session (here or in the Calendar), then Campaign ▸ Why this projection? or its “Why?” "
            "button"), 10000)

    def explain_session(self, session_id: int) -> None:
        from planner.ui.dialogs.explain_dialog import ExplainDialog

        row = self.sessions.model.row_of(session_id)
        title = self.sessions.model.index(row, 3).data() if row >= 0 else f"#{session_id}"
        dialog = ExplainDialog(self.context, session_id, str(title), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_session_activated(self, session_id: int) -> None:
        """A problem (or the calendar) chose a session: show it in Sessions unless the calendar is in front."""
        if self.tabs.currentWidget() is self._sessions_page \
                or self.tabs.tabText(self.tabs.currentIndex()) == self.tr("Calendar"):
            return
        built = self._sessions_page.is_built
        if self.sessions.model.row_of(session_id) >= 0:
            self.tabs.setCurrentWidget(self._sessions_page)
            if not built:  # the view did not exist when the session was announced
                self.sessions.select_session(session_id)

    def _focus_filter(self) -> None:
        table = getattr(self.tabs.current_view(), "table", None)
        if table is not None:
            table.filter.setFocus()
            table.filter.selectAll()

    def _on_set_time_zone(self) -> None:
        from planner.ui.dialogs.plan_files import ask_time_zone

        name = ask_time_zone(self, self.context.display_zone)  # type: ignore[union-attr]
        if name:
            try:
                from planner.domain.timezones import zone

                zone(name)
            except PlannerError as exc:
                QMessageBox.warning(self, self.tr("Time zone"), str(exc))
                return
            settings.set_display_zone(name)
            self.context.set_display_zone(name)  # type: ignore[union-attr]

    def _on_preferences(self) -> None:
        from planner.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.language_changed():
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "The new language takes effect when you reopen the planner."))

    def _on_about(self) -> None:
        from planner.ui.dialogs.about_dialog import show_about

        show_about(self, self.context.store)  # type: ignore[union-attr]

    # -- plan files (File menu work lives in ui/file_actions.py) ------------------------------------
    def open_plan(self, path: str | os.PathLike[str], *, create: bool = False) -> bool:
        """Open another plan; a file that is not a plan shows the storage error and keeps the current one."""
        return self.files.open_plan(path, create=create)

    # -- Qt overrides ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        if not self._heap_settled:
            self._heap_settled = True
            QTimer.singleShot(HEAP_SETTLE_MS, self, self._settle_after_start)
        super().showEvent(event)

    def _settle_after_start(self) -> None:
        """Start-up is over: warm up what the other tabs need, then leave start-up's objects out of later
        garbage collections."""
        from planner.ui.jobs import JobRunner

        def settle(_result=None) -> None:
            settle_startup_heap()
            self.warmed_up = True

        # The window's own runner: the warm-up is for the app, not for the plan open now.
        JobRunner(self).submit(None, warm_up, on_done=settle, on_error=lambda _exc: settle())

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.set_geometry(self.saveGeometry())
        settings.set_geometry(self.splitter.saveState(), settings.SPLITTER)
        settings.set_geometry(self.saveState(), settings.WINDOW_STATE)
        if self.context is not None:
            self.context.commit_pending()  # a value still in a cell editor is written, not lost
            self.runner.stop()
            self.context.stop()
            self.context.store.close()
        super().closeEvent(event)


def open_main_window(db_path: str | os.PathLike[str] | None = None) -> MainWindow:
    """Open the plan (named, which must exist; else the last one; else the per-user default plan, created
    with the demo on first run) and build the window. With ``$PLANNER_SMOKE_EXIT_MS`` set, quit that long after showing."""
    from planner.services.plans import default_plan_path, open_plan

    if db_path is not None:
        path = Path(db_path).expanduser()
        if not path.exists():  # a mistyped path must not quietly start a new plan
            raise PlannerError(f"No plan at {path}. Create one with `planner new {path}` (or File ▸ New plan), "
                               "or check the path")
        store = open_plan(path, create=False)
    else:
        store = None
        last = settings.last_plan()
        if last and Path(last).exists() and not os.environ.get("PLANNER_DB"):
            try:
                store = open_plan(last, create=False)
            except PlannerError:
                store = None
        if store is None:
            store = open_plan(default_plan_path())
    window = MainWindow(store)
    smoke = os.environ.get(SMOKE_ENV)
    if smoke is not None:
        def quit_after_shown() -> None:
            if window.isVisible():
                print("main window shown", flush=True)
            app = QApplication.instance()
            if app is not None:
                app.quit()

        QTimer.singleShot(int(smoke or 0), quit_after_shown)
    return window
