"""Every file dialog of the app, built one way, so that none of them touches an open plan's files.

POSIX locks belong to a process and a file: when anything in the app opens and closes a plan's file (or
its ``-wal``/``-shm``) outside SQLite, every lock SQLite holds on it is gone, and another program (the CLI,
a second window) then believes it is alone — it deletes the write-ahead log or re-initialises its index
under the running app. Qt's own file dialog reads the files it lists to guess their type (for the icon and
the Type column), and a platform's native dialog may do the same in our process. So the app's dialogs are
Qt's widget dialog with an icon provider that judges files by name only, and they start in the last folder
used or the user's documents — never the hidden per-user data folder where the default plan lives.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

LAST_FOLDER = "files/last_folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and types from the name alone: the dialog never opens a file to sniff its contents."""

    def icon(self, what):  # noqa: D102 - Qt override (both overloads)
        if isinstance(what, QFileInfo):
            kind = (QAbstractFileIconProvider.IconType.Folder if what.isDir()
                    else QAbstractFileIconProvider.IconType.File)
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt override
        if info.isDir():
            return _tr("Folder")
        suffix = info.suffix()
        return _tr("{suffix} file").format(suffix=suffix.upper()) if suffix else _tr("File")


_provider: NameOnlyIconProvider | None = None


def _icon_provider() -> NameOnlyIconProvider:
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and os.path.isdir(folder) else str(Path.home())


def start_folder() -> str:
    """Where a dialog opens: the last folder the user chose a file in, else their documents."""
    from planner.ui.settings import settings

    last = str(settings().value(LAST_FOLDER, "") or "")
    return last if last and os.path.isdir(last) and not _hidden_data_folder(last) else documents_folder()


def _hidden_data_folder(folder: str) -> bool:
    from planner.services.plans import default_plan_path

    try:
        return Path(folder).resolve() == default_plan_path().parent.resolve()
    except OSError:
        return False


def remember_folder(path: str) -> None:
    from planner.ui.settings import settings

    folder = str(Path(path).parent)
    if not _hidden_data_folder(folder):
        settings().setValue(LAST_FOLDER, folder)


def dialog(parent: QWidget | None, title: str, name_filter: str, *, save: bool = False,
           suggestion: str = "", folder: str | None = None) -> QFileDialog:
    """The app's file dialog (not yet shown): Qt's widget dialog with the name-only icon provider, in
    :func:`start_folder`, with ``suggestion`` (a bare name, or a path in a folder of its own) filled in."""
    dlg = QFileDialog(parent, title)
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setIconProvider(_icon_provider())
    dlg.setNameFilter(name_filter) if ";;" not in name_filter else dlg.setNameFilters(name_filter.split(";;"))
    if save:
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
    folder = folder if folder and os.path.isdir(folder) and not _hidden_data_folder(folder) else start_folder()
    suggested = Path(suggestion) if suggestion else None
    if suggested is not None and suggested.parent != Path(".") and suggested.parent.is_dir() \
            and not _hidden_data_folder(str(suggested.parent)):
        folder = str(suggested.parent)
    dlg.setDirectory(folder)
    if suggested is not None and save:
        dlg.selectFile(suggested.name)
    return dlg


def ask_open(parent: QWidget | None, title: str, name_filter: str, folder: str | None = None) -> str | None:
    """A file to read, or None when the user cancelled."""
    dlg = dialog(parent, title, name_filter, folder=folder)
    if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
        return None
    path = dlg.selectedFiles()[0]
    remember_folder(path)
    return path


def ask_save(parent: QWidget | None, title: str, name_filter: str, suggestion: str = "") -> str | None:
    """A file to write (the dialog asks before replacing one), or None when the user cancelled."""
    dlg = dialog(parent, title, name_filter, save=True, suggestion=suggestion)
    if dlg.exec() != QFileDialog.DialogCode.Accepted or not dlg.selectedFiles():
        return None
    path = dlg.selectedFiles()[0]
    remember_folder(path)
    return path
