"""The File menu's work: plan files (new, open, recent, save a copy) and exchange (import, export).

The main window owns one :class:`FileActions`; it connects the File menu's actions here, so the window
only composes views. Import and export dialogs are window-modal but not blocking (``open()``), which
keeps the event loop running for their background work.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from planner.domain.errors import PlannerError

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    from planner.ui.dialogs.backup_dialog import BackupDialog
    from planner.ui.dialogs.export_dialog import ExportDialog
    from planner.ui.dialogs.import_dialog import ImportDialog

STATUS_MS = 15000


class PlanWindow(Protocol):
    """What the File menu's work needs of the main window (so this module does not import the window that
    imports it): its actions, its plan context, its status bar, and switching it to another plan."""

    actions: Any
    context: Any

    def set_store(self, store: Any) -> None: ...

    def statusBar(self) -> Any: ...  # noqa: N802 - Qt's name


class FileActions(QObject):
    def __init__(self, window: PlanWindow) -> None:
        widget = cast(QWidget, window)  # (the main window: the parent of what the File menu opens)
        super().__init__(widget)
        self.window = window
        self.widget = widget
        self._dialogs: list = []  # open import/export dialogs, kept until they close
        self.backup_problem = ""  # why the last automatic backup failed (said at the next check)
        self.backup_thread: threading.Thread | None = None

    def connect_actions(self, recent_menu: QMenu) -> None:
        a = self.window.actions
        a.new_plan.triggered.connect(self._on_new_plan)
        a.open_plan.triggered.connect(self._on_open_plan)
        a.save_copy.triggered.connect(self._on_save_copy)
        a.restore_backup.triggered.connect(self.restore_from_backup)
        a.import_hosts.triggered.connect(lambda: self.import_dialog("hosts"))
        a.import_sessions.triggered.connect(lambda: self.import_dialog("sessions"))
        a.export_schedule.triggered.connect(lambda: self.export_dialog("schedule"))
        a.export_hosts.triggered.connect(lambda: self.export_dialog("hosts"))
        self.recent_menu = recent_menu
        recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def update_actions(self, has_campaign: bool) -> None:
        self.window.actions.import_sessions.setEnabled(has_campaign)

    # -- exchange ----------------------------------------------------------------------------------
    def import_dialog(self, kind: str) -> "ImportDialog | None":
        """Open the import dialog for ``kind`` (hosts | sessions); returns it (tests set its file)."""
        from planner.ui.dialogs.import_dialog import ImportDialog

        ctx = self.window.context
        if kind == "sessions" and ctx.campaign_id is None:
            self.window.statusBar().showMessage(self.tr("Select a campaign to import sessions into"), 8000)
            return None
        dialog = ImportDialog(ctx, kind, self.widget)
        dialog.imported.connect(lambda summary: self.window.statusBar().showMessage(
            self.tr("Imported — {summary}").format(summary=summary), STATUS_MS))
        return self._open(dialog)

    def export_dialog(self, what: str) -> "ExportDialog":
        """Open the export dialog for ``what`` (schedule | hosts); returns it."""
        from planner.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.window.context, what, self.widget)
        dialog.exported.connect(lambda path: self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=path), STATUS_MS))
        return self._open(dialog)

    def _open(self, dialog):
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._on_dialog_finished(d))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        if dialog.progress.busy:  # its worker still reports to it: delete once the worker is done
            dialog.progress.finished.connect(dialog.deleteLater)
        else:
            dialog.deleteLater()

    # -- plan files --------------------------------------------------------------------------------
    def open_plan(self, path: str | os.PathLike[str], *, create: bool = False) -> bool:
        """Open another plan; a file that is not a plan shows the storage error and keeps the current one."""
        from planner.services.plans import open_plan

        try:
            store = open_plan(Path(path), create=create, seed_demo=False)
        except PlannerError as exc:
            QMessageBox.critical(self.widget, self.tr("Cannot open plan"), str(exc))
            return False
        self.window.set_store(store)
        return True

    def _on_open_plan(self) -> None:
        from planner.ui.dialogs.plan_files import ask_open_plan

        path = ask_open_plan(self.widget)
        if path:
            self.open_plan(path)

    def _on_new_plan(self) -> None:
        from planner.ui.dialogs.plan_files import ask_new_plan

        path = ask_new_plan(self.widget)
        if path:
            if Path(path).exists():
                QMessageBox.warning(self.widget, self.tr("New plan"), self.tr(
                    "{path} already exists; choose File ▸ Open plan to open it.").format(path=path))
                return
            self.open_plan(path, create=True)

    def _on_save_copy(self) -> None:
        from planner.ui.dialogs.plan_files import ask_copy_path

        store = self.window.context.store
        path = ask_copy_path(self.widget, store.path.stem + " copy.sqlite")
        if path:
            try:
                store.backup_to(path)
            except (OSError, PlannerError) as exc:
                QMessageBox.critical(self.widget, self.tr("Save a copy"), str(exc))
                return
            self.window.statusBar().showMessage(self.tr("Copy written to {path}").format(path=path), 8000)

    # -- backups -------------------------------------------------------------------------------------
    def back_up_if_due(self) -> None:
        """Soon after opening a plan and hourly while it is open: a backup unless one younger than a day exists,
        made on a plain thread from a read-only connection of its own (WAL: a consistent snapshot while the
        window keeps writing). The thread touches no Qt object (the window may be gone when it ends); a
        routine backup is silent, and a failure is said in the status bar at the next check."""
        import threading

        from planner.services.backups import back_up_if_due

        store = self.window.context.store
        if store.read_only is not None:
            return
        if self.backup_problem:
            self.window.statusBar().showMessage(self.backup_problem, STATUS_MS)
        path = store.path

        def back_up() -> None:
            try:
                back_up_if_due(path)
                self.backup_problem = ""
            except (PlannerError, OSError) as exc:
                self.backup_problem = str(exc)

        self.backup_thread = threading.Thread(target=back_up, name="plan-backup")
        self.backup_thread.start()

    def restore_from_backup(self) -> "BackupDialog":
        """File ▸ Restore from backup…: choose one; the current state is backed up first."""
        from planner.services.backups import backup_folder, backups_of
        from planner.ui.dialogs.backup_dialog import BackupDialog

        ctx = self.window.context
        ctx.commit_pending()
        dialog = BackupDialog(backups_of(ctx.store.path), str(backup_folder()), self.widget)
        dialog.accepted.connect(lambda: self._restore(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _restore(self, chosen) -> None:
        from planner.services.backups import restore_backup

        if chosen is None:
            return
        ctx = self.window.context
        try:
            safety = restore_backup(ctx.store, chosen.path)
        except PlannerError as exc:
            QMessageBox.critical(self.widget, self.tr("Restore from backup"), str(exc))
            return
        ctx.undo_stack.clear()  # the edits on it belong to the state that was replaced (kept in a backup)
        ctx.refresh_all()
        self.window.statusBar().showMessage(self.tr(
            "Restored the backup of {made}; the plan as it was is in the backup {name}").format(
                made=chosen.made.astimezone().strftime("%Y-%m-%d %H:%M"), name=safety.name), STATUS_MS)

    def _opener(self, path: str) -> Callable[[], bool]:
        return lambda: self.open_plan(path)

    def _fill_recent_menu(self) -> None:
        from planner.ui import settings

        menu = self.recent_menu
        menu.clear()
        current = str(self.window.context.store.path)
        for path in settings.recent_plans():
            action = menu.addAction(path, self._opener(path))
            action.setEnabled(path != current)
        if menu.isEmpty():
            menu.addAction(self.tr("(no recent plans)")).setEnabled(False)
