"""Import hosts or sessions from CSV/XLSX: preview, column mapping, every problem, one undo step.

The dialog only collects choices (file, encoding, sheet, column → field, update or skip duplicates) and
shows what :mod:`planner.exchange` reports. Reading and checking the file run off the UI thread with a
progress bar and Cancel; the checked edit is applied on the UI thread through ``context.apply`` (one
transaction, one undo step). Nothing changes in the plan unless the whole file is valid.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QTableView, QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.exchange import (
    Cancelled, ImportPlan, ImportPreview, load, prepare_import, preview_import, save_problems,
)
from planner.ui import formatting as F
from planner.ui.dialogs.form import ERROR_STYLE, WARNING_STYLE
from planner.ui.dialogs.import_models import MAPPING_ROW, PreviewModel, ProblemListModel
from planner.ui.dialogs.progress import JobProgress
from planner.ui.i18n import platform_label
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from planner.exchange.readers import RawTable

ENCODINGS = (  # (label, codec); None lets the reader detect it
    (QT_TRANSLATE_NOOP("ImportDialog", "Auto"), None), ("UTF-8", "utf-8"),
    (QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"), "utf-8-sig"), ("GB18030", "gb18030"), ("GBK", "gbk"),
    (QT_TRANSLATE_NOOP("ImportDialog", "Big5 (Traditional Chinese)"), "big5"),
)
WRITE_PROGRESS_ROWS = 5000  # imports this big show a bar while they are written

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Spreadsheets (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel workbook (*.xlsx);;All files (*)")


def _stamp(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class ImportDialog(QDialog):
    """``ImportDialog(context, "hosts"|"sessions")``; sessions go into ``context.campaign_id``."""

    # the line saying what was imported or refused, over QDialog.result(), which nothing here calls
    result: QLabel  # type: ignore[assignment]
    preview_shown = Signal()  # a file was read and its preview is on screen
    problems_shown = Signal(int)  # the file was checked and refused: number of problems listed
    warnings_shown = Signal(int)  # the file can be imported, but some cells are worth a look first
    imported = Signal(str)  # the import was applied: its summary (for the status bar)
    failed = Signal(str)  # the file could not be read or checked

    def __init__(self, context, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.campaign_id = context.campaign_id if kind == "sessions" else None
        self.path: Path | None = None
        self.table: RawTable | None = None  # read once; preview and check reuse it while the file stays as read
        self._stamp: tuple | None = None  # the file's (mtime, size) when read
        self._import_after_read = False
        self.preview: ImportPreview | None = None
        self.overrides: dict[int | str, str | None] = {}  # column → field chosen by the user (None: skip)
        self.plan: ImportPlan | None = None
        self._job = ""
        self._closed = False
        self._check_key: tuple | None = None  # the choices the running check was started with
        self._warned_key: tuple | None = None  # the choices whose warnings the user has been shown
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import hosts") if kind == "hosts" else self.tr("Import sessions"))
        self._build()
        self._connect_signals()
        self._update_state()
        self.resize(1040, 720)
        from planner.ui.dialogs.keyboard import make_default, prepare_dialog

        prepare_dialog(self, [self.path_edit, self.choose_button], None, None)  # focus on the file first
        make_default(self.import_button, self.buttons)  # Enter imports (once there is something to import)

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("Type or paste the path of a CSV or XLSX file and press Enter, "
                                                  "or choose one…"))
        self.path_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.encoding = QComboBox(self)
        self.encoding.setObjectName("import_encoding")
        for label, codec in ENCODINGS:
            self.encoding.addItem(self.tr(label), codec)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.sheet.setMinimumContentsLength(16)
        self.update_radio = QRadioButton(self.tr("Update them with the file's values"), self)
        self.skip_radio = QRadioButton(self.tr("Skip them (keep the plan's values)"), self)
        self.update_radio.setChecked(True)
        self.duplicates = QButtonGroup(self)
        self.duplicates.addButton(self.update_radio)
        self.duplicates.addButton(self.skip_radio)
        dup_row = QHBoxLayout()
        dup_row.addWidget(self.update_radio)
        dup_row.addWidget(self.skip_radio)
        dup_row.addStretch(1)
        options = QFormLayout()
        self.options = options
        options.addRow(self.tr("File"), file_row)
        options.addRow(self.tr("Encoding"), self.encoding)
        options.addRow(self.tr("Sheet"), self.sheet)
        same = self.tr("Hosts already in the plan") if self.kind == "hosts" else \
            self.tr("Sessions already planned (same host and start)")
        options.addRow(same, dup_row)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setObjectName("import_zone")
        self.zone_combo.addItem(self.tr("China time (unless a column's header names its zone)"), None)
        own = getattr(self.context, "display_zone", "") or ""
        for name in dict.fromkeys((own, "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Rome",
                                   "America/New_York", "UTC")):
            if name and name != "Asia/Shanghai":
                self.zone_combo.addItem(name, name)
        self.zone_combo.setToolTip(self.tr("The time zone of the file's dates and times; a time this zone's clocks "
                                           "pass twice or skip (daylight saving) is refused"))
        if self.kind == "sessions":
            options.addRow(self.tr("Times in the file"), self.zone_combo)
        else:
            self.zone_combo.hide()
        if self.kind == "sessions":
            name = self._campaign_name()
            self.target = QLabel(self.tr("Sessions are added to <b>{name}</b>; their hosts must already be "
                                         "in the roster.").format(name=name), self)
            options.addRow(self.tr("Campaign"), self.target)

        self.info = QLabel(self)
        self.info.setObjectName("import_info")
        self.info.setWordWrap(True)
        self.columns_label = QLabel(self)
        self.columns_label.setObjectName("import_columns")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.PlainText)
        self.columns_label.hide()
        self.missing = QLabel(self)
        self.missing.setObjectName("import_missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(ERROR_STYLE)
        self.missing.hide()

        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("import_preview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_view.horizontalHeader().setDefaultSectionSize(150)
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.mapping_combos: list[QComboBox] = []

        self.result = QLabel(self)
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        self.result.hide()
        self.problem_model = ProblemListModel(self)
        self.problem_view = QTableView(self)
        self.problem_view.setObjectName("import_problems")
        self.problem_view.setModel(self.problem_model)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problem_view.horizontalHeader().setStretchLastSection(True)
        self.problem_view.verticalHeader().hide()
        self.problem_view.hide()
        self.save_problems_button = QPushButton(self.tr("Save the full list…"), self)
        self.save_problems_button.setObjectName("import_save_problems")
        self.save_problems_button.setToolTip(self.tr("Write every problem and warning to a CSV file"))
        self.save_problems_button.hide()

        self.progress = JobProgress(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.info)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.missing)
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.result)
        layout.addWidget(self.problem_view, 2)
        layout.addWidget(self.save_problems_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.path_edit.returnPressed.connect(self._on_path_entered)
        self.save_problems_button.clicked.connect(self._on_save_problems_clicked)
        self.encoding.activated.connect(self._on_encoding_chosen)
        self.sheet.activated.connect(self._on_sheet_chosen)
        self.zone_combo.activated.connect(lambda _i: self._refresh_preview())  # (none before a file is read)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self.reject)

    def _campaign_name(self) -> str:
        if self.campaign_id is None:
            return self.tr("(no campaign selected)")
        return self.context.store.campaign(self.campaign_id).name

    # -- reading the file ------------------------------------------------------------------------
    def set_path(self, path: str | Path) -> None:
        """Read ``path`` (off the UI thread) and show its preview; ``preview_shown`` follows.

        What was shown for the previous file (preview, problems, messages) goes at once."""
        self.path = Path(path).expanduser()
        self.path_edit.setText(str(self.path))
        self.encoding.setCurrentIndex(0)
        self.sheet.clear()
        self._clear_file_state()
        self._read()

    def _clear_file_state(self) -> None:
        self.table, self.preview, self.plan, self.overrides = None, None, None, {}
        self._warned_key = None
        self.problem_model.set_problems([])
        self._show_result("")
        self._show_preview()
        self._update_state()

    def _on_path_entered(self) -> None:
        text = self.path_edit.text().strip().strip('"').strip("'")
        if not text:
            return
        if text.startswith("file:"):  # pasted from a file manager as a URL
            from PySide6.QtCore import QUrl

            text = QUrl(text).toLocalFile() or text
        if self.path is not None and Path(text).expanduser() == self.path and self.preview is not None:
            if self._file_changed():
                self._read(keep_choices=True)  # Enter again after fixing the file: read what is there now
            return  # Enter again on the file already shown
        self.set_path(text)

    def _file_changed(self) -> bool:
        """The file on disk is not the one read (the user fixed it after seeing its problems)."""
        return self.path is not None and self._stamp != _stamp(self.path)

    def _read(self, keep_choices: bool = False) -> None:
        if self.path is None:
            return
        self.progress.cancel()  # a new choice supersedes a read still running
        if self.progress.busy:
            self.progress.finished.connect(lambda: self._read(keep_choices), Qt.ConnectionType.SingleShotConnection)
            return
        path, kind = self.path, self.kind
        encoding = self.encoding.currentData()
        sheet = self.sheet.currentText() or None
        self.table, self.preview, self.plan = None, None, None
        if not keep_choices:
            self.overrides = {}
        self._stamp = _stamp(path)
        self._show_result("")
        self._job = "read"
        self.progress.start(self.tr("Reading {name}…").format(name=path.name),
                            lambda report: load(path, kind, encoding=encoding, sheet=sheet, progress=report),
                            self._on_read, self._on_failed)
        self._update_state()

    def _on_read(self, table) -> None:
        self.table = table
        self._refresh_preview()
        if self._import_after_read:
            self._import_after_read = False
            self._on_import_clicked()

    def _refresh_preview(self) -> None:
        if self.table is None:  # (nothing read yet: every caller has read the file first)
            return
        try:
            self.preview = preview_import(self.table, self.kind, self.context.store,
                                          mapping=self.overrides or None, campaign=self.campaign_id,
                                          zone=self.zone_combo.currentData())
        except PlannerError as exc:
            self.preview = None
            self._show_result(F.error_text(exc), error=True)
            self.failed.emit(str(exc))
        self._show_preview()
        self._update_state()
        if self.preview is not None:
            self.preview_shown.emit()

    def _show_columns(self) -> None:
        """Every column not imported, and why (with the field it may be), and what the plan supplies."""
        p = self.preview
        lines: list[str] = []
        if p is not None:
            skipped = [c for c in p.columns if c.field is None]
            if skipped:
                lines.append(self.tr("Not imported: {cols}").format(cols="; ".join(
                    f"“{c.header}” ({c.why}" + (self.tr(", closest field: {f}").format(f=c.closest)
                                                 if c.closest else "") + ")" for c in skipped)))
            lines += p.notes
        self.columns_label.setText("\n".join(lines))
        self.columns_label.setVisible(bool(lines))

    def _show_preview(self) -> None:
        p = self.preview
        names = {pl.key: platform_label(pl) for pl in self.context.store.platforms()}
        self.preview_model.set_preview(p, names)
        self._build_mapping_row()
        self._fit_columns()
        self._show_columns()
        if p is None:
            self.info.clear()
            self.missing.hide()
            return
        names = {codec: self.tr(label) for label, codec in ENCODINGS if codec}
        detected = self.tr("Auto (detected: {enc})").format(enc=names.get(p.encoding, (p.encoding or "").upper())) \
            if p.encoding else self.tr("Auto")
        self.encoding.setItemText(0, detected)
        if p.sheets and self.sheet.count() != len(p.sheets):
            self.sheet.clear()
            self.sheet.addItems(p.sheets)
        if p.sheet:
            self.sheet.setCurrentText(p.sheet)
        shown = len(p.rows)
        self.info.setText(self.tr(
            "{n} data rows; headers on row {h}. The first {k} rows are shown as they will be read "
            "(grey columns are not imported; tinted cells have a problem — hover for details). "
            "Change what a column is read as in the first row.").format(n=f"{p.row_count:,}", h=p.header_row, k=shown))
        if p.missing:
            self.missing.setText(self.tr("Required columns missing: {fields}. Choose the column that holds each "
                                         "in the “Read as” row.").format(fields="; ".join(p.missing)))
        self.missing.setVisible(bool(p.missing))

    def _build_mapping_row(self) -> None:
        self.mapping_combos = []
        p = self.preview
        if p is None:
            return
        for col in range(len(p.headers)):
            combo = QComboBox(self.preview_view)
            combo.setObjectName(f"map_{col}")
            combo.addItem(self.tr("— skip —"), None)
            for f, (en, zh) in p.choices.items():
                combo.addItem(f"{en} / {zh}", f)
            current = self.preview_model.field_of(col)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.setToolTip(self.tr("What the column “{h}” is read as").format(h=p.headers[col]))
            combo.activated.connect(lambda _i, c=col, w=combo: self.set_mapping(c, w.currentData()))
            self.preview_view.setIndexWidget(self.preview_model.index(MAPPING_ROW, col), combo)
            self.mapping_combos.append(combo)
        self.preview_view.setRowHeight(MAPPING_ROW, self.mapping_combos[0].sizeHint().height() + 4
                                       if self.mapping_combos else 24)

    def _fit_columns(self) -> None:
        view = self.preview_view
        view.resizeColumnsToContents()
        for col in range(self.preview_model.columnCount()):
            view.setColumnWidth(col, min(max(view.columnWidth(col), 120), 260))

    def set_mapping(self, column: int, field: str | None) -> None:
        """Read ``column`` as ``field`` (None: skip it) and show the preview again."""
        self.overrides[column] = field
        self._refresh_preview()

    def _on_encoding_chosen(self, _index: int) -> None:
        self._read()

    def _on_sheet_chosen(self, _index: int) -> None:
        self._read()

    def _start_folder(self) -> str:
        from planner.services.plans import default_plan_path
        from planner.ui import settings

        if self.path is not None and self.path.parent.is_dir():
            return str(self.path.parent)
        return settings.exchange_folder(avoid=(str(self.context.store.path.parent), str(default_plan_path().parent)))

    def _on_choose_clicked(self) -> None:
        from planner.ui import settings
        from planner.ui.dialogs.file_dialogs import ask_open

        path = ask_open(self, self.windowTitle(), self.tr(FILE_FILTER), self._start_folder())
        if path:
            settings.remember_exchange_folder(str(Path(path).parent))
            self.set_path(path)

    def _on_save_problems_clicked(self) -> None:
        plan = self.plan
        if plan is None:
            return
        start = str(Path(self._start_folder()) / f"{plan.path.stem} problems.csv")
        from planner.ui.dialogs.file_dialogs import ask_save

        path = ask_save(self, self.tr("Save the problems"), self.tr("CSV (*.csv)"), start)
        if path:
            self.save_problems_to(path)

    def save_problems_to(self, path: str | Path) -> Path | None:
        """Write every problem and warning of the last check to ``path`` (CSV)."""
        if self.plan is None:
            return None
        try:
            return save_problems(self.plan.problems + self.plan.warnings, path)
        except PlannerError as exc:
            self._show_result(F.error_text(exc), error=True)
            return None

    # -- importing ------------------------------------------------------------------------------
    def on_duplicate(self) -> str:
        return "skip" if self.skip_radio.isChecked() else "update"

    def _on_import_clicked(self) -> None:
        if self.table is None or self.preview is None or self.preview.missing or self.progress.busy:
            return
        if self._file_changed():  # fixed after its problems were shown: import what the file says now
            self._import_after_read = True
            self._read(keep_choices=True)
            return
        table, kind, store, cid = self.table, self.kind, self.context.store, self.campaign_id
        mapping, dup, zone = dict(self.overrides) or None, self.on_duplicate(), self.zone_combo.currentData()
        self._check_key = self._choices_key()

        def check(report):
            reader = store.reader()  # the UI thread's connection stays on the UI thread
            try:
                return prepare_import(table, kind, reader, campaign=cid, mapping=mapping, on_duplicate=dup, zone=zone,
                                      progress=report)
            finally:
                reader.close()

        self._show_result("")
        self._job = "check"
        self.progress.start(self.tr("Checking {n} rows…").format(n=f"{self.preview.row_count:,}"), check,
                            self._on_checked, self._on_failed)
        self._update_state()

    def _on_checked(self, plan: ImportPlan) -> None:
        self._job = ""
        self.plan = plan
        if self._closed:  # closed while checking: import nothing
            return
        if plan.problems:
            problems = plan.problems + plan.warnings
            self.problem_model.set_problems(problems)
            self.problem_view.resizeColumnsToContents()
            self.problem_view.show()
            self._show_result(self.tr("{n} problem(s) in {name}: nothing was imported. Fix the file (or what a "
                                      "column is read as) and import again.").format(n=len(plan.problems),
                                                                                      name=plan.path.name),
                              error=True)
            self._update_state()
            self.problems_shown.emit(len(plan.problems))
            return
        if plan.warnings and self._warned_key != self._check_key:
            # Cells read in a way worth a look (a range read as its midpoint, a session past the campaign's
            # end): shown before anything is written; a second Import (same file and choices) goes ahead.
            self._warned_key = self._check_key
            self.problem_model.set_problems(plan.warnings)
            self.problem_view.resizeColumnsToContents()
            self.problem_view.show()
            self._show_result(self.tr("{n} cell(s) of {name} were read in a way worth checking (below). Nothing "
                                      "is imported yet: press “Import anyway” to import, or fix the file.")
                              .format(n=len(plan.warnings), name=plan.path.name))
            self._update_state()
            self.warnings_shown.emit(len(plan.warnings))
            return
        edit = plan.edit
        assert edit is not None  # (a plan without problems holds its edit)
        n = len(edit.add_hosts) + len(edit.update_hosts) + len(edit.add_sessions) + len(edit.update_sessions)
        summary = plan.summary()
        if plan.warnings:
            summary += self.tr(" ({n} warning(s))").format(n=len(plan.warnings))
        if n:
            label = self._undo_label(n)
            write = _WriteWithProgress(replace(edit, label=label),
                                       self._on_write_progress if n >= WRITE_PROGRESS_ROWS else None)
            try:
                self.context.apply(write)
            except PlannerError as exc:  # the plan changed under us (e.g. a host deleted): nothing applied
                self._show_result(self.tr("Nothing was imported: {err}").format(err=exc), error=True)
                self._update_state()
                self.failed.emit(str(exc))
                return
        self.imported.emit(summary)
        self.accept()

    def _on_write_progress(self, done: int, total: int) -> bool:
        # The write is one transaction on the UI thread's connection: repaint, but take no input meanwhile.
        self.progress.show_step(self.tr("Writing to the plan…"), done, total)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return True

    def _undo_label(self, n: int) -> str:
        if self.kind == "hosts":
            return self.tr("Import 1 host") if n == 1 else self.tr("Import {n} hosts").format(n=n)
        return self.tr("Import 1 session") if n == 1 else self.tr("Import {n} sessions").format(n=n)

    def _on_failed(self, exc: BaseException) -> None:
        job, self._job = self._job, ""
        self._import_after_read = False
        if isinstance(exc, Cancelled):
            message = self.tr("Cancelled: nothing was imported.") if job == "check" else \
                self.tr("Reading the file was cancelled.")
        elif isinstance(exc, (PlannerError, OSError)):
            message = F.error_text(exc)
        else:
            message = self.tr("Unexpected error: {err}").format(err=exc)
        self._show_result(message, error=not isinstance(exc, Cancelled))
        self._update_state()
        self.failed.emit(message)

    # -- state ----------------------------------------------------------------------------------
    def _show_result(self, text: str, *, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.result.setVisible(bool(text))
        if not text:
            self.problem_view.hide()
        self.save_problems_button.setVisible(self.problem_view.isVisibleTo(self))

    def _update_state(self) -> None:
        busy = self.progress.busy
        p = self.preview
        is_xlsx = p is not None and p.source == "xlsx"
        self.encoding.setEnabled(not busy and p is not None)
        self.sheet.setEnabled(not busy and p is not None and is_xlsx and len(p.sheets) > 1)
        self.options.setRowVisible(self.encoding, not is_xlsx)  # a workbook has no text encoding
        self.options.setRowVisible(self.sheet, is_xlsx)
        self.choose_button.setEnabled(not busy)
        self.zone_combo.setEnabled(not busy)
        for combo in self.mapping_combos:
            combo.setEnabled(not busy)
        ready = p is not None and not p.missing and p.row_count > 0
        if self.kind == "sessions" and self.campaign_id is None:
            ready = False
        self.import_button.setEnabled(ready and not busy)
        warned = self._warned_key is not None and self._warned_key == self._choices_key()
        self.import_button.setText(self.tr("Import anyway") if warned else self.tr("Import"))

    def _choices_key(self) -> tuple:
        """What a check depends on: the file read, the column choices, duplicates handling and campaign."""
        return (id(self.table), tuple(sorted(self.overrides.items(), key=repr)), self.on_duplicate(),
                self.campaign_id, self.zone_combo.currentData())

    def reject(self) -> None:
        self._closed = True
        self.progress.cancel()  # a check still running is dropped: nothing is imported
        super().reject()


class _WriteWithProgress:
    """Adapts an :class:`~planner.exchange.ImportEdit` to ``context.apply`` (which calls ``apply(store)``),
    passing a progress callback to the first apply only; undo and redo use the plain edits it returns."""

    def __init__(self, edit, progress) -> None:
        self.edit, self.label, self._progress = edit, edit.label, progress

    def apply(self, store):
        progress, self._progress = self._progress, None
        return self.edit.apply(store, progress)
