"""Export the schedule (XLSX / CSV / ICS) or the host roster (XLSX / CSV): format, language, scope, file.

The writing runs off the UI thread on a read-only connection, with a progress bar and Cancel; the
exchange functions leave no partial file when cancelled or when they fail.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from planner import exchange
from planner.domain.errors import PlannerError
from planner.ui import formatting as F
from planner.ui.dialogs.form import ERROR_STYLE, WARNING_STYLE
from planner.ui.dialogs.progress import JobProgress
from planner.ui.tr_marks import QT_TRANSLATE_NOOP

# format: (label, extension, file-dialog filter)
FORMATS = {
    "xlsx": (QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (XLSX)"), ".xlsx",
             QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (*.xlsx)")),
    "csv": (QT_TRANSLATE_NOOP("ExportDialog", "CSV, UTF-8 with BOM (opens in Excel)"), ".csv", "CSV (*.csv)"),
    "ics": (QT_TRANSLATE_NOOP("ExportDialog", "Calendar (ICS)"), ".ics", "iCalendar (*.ics)"),
}
LANGUAGES = (("en", "English"), ("zh", "中文"))
ZONES = ("Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Rome", "Europe/Madrid", "Europe/Amsterdam",
         "Europe/Stockholm", "Europe/Zurich", "America/New_York", "America/Los_Angeles", "Asia/Singapore",
         "Asia/Tokyo", "Asia/Seoul", "Australia/Sydney", "UTC")


def paper_for_locale(locale: QLocale | None = None) -> str:
    """US Letter for the United States and Canada, A4 elsewhere (the UI's locale decides)."""
    territory = (locale or QLocale()).territory()
    return "letter" if territory in (QLocale.Country.UnitedStates, QLocale.Country.Canada) else "a4"


def run_export(store, what: str, fmt: str, path: Path, campaign_id: int | None, lang: str,
               display_zone: str | None, progress, *, ranges: bool = False, for_agency: bool = False,
               contacts: bool = False, paper: str = "a4") -> Path:
    """Call the exchange function for ``what`` (schedule | hosts) and ``fmt``. Runs on a worker thread."""
    if what == "hosts":
        if fmt == "xlsx":
            return exchange.export_hosts_xlsx(store, path, lang=lang, progress=progress, for_agency=for_agency,
                                              paper=paper)
        return exchange.export_hosts_csv(store, path, lang=lang, progress=progress, for_agency=for_agency,
                                         decimal_comma=F.locale_name() == "it_IT")
    if fmt == "ics":
        return exchange.export_ics(store, path, campaign_id, lang=lang, progress=progress, for_agency=for_agency)
    if fmt == "xlsx":
        return exchange.export_xlsx(store, path, campaign_id, lang=lang, display_zone=display_zone,
                                    progress=progress, draws=2000, ranges=ranges,
                                    for_agency=for_agency, contacts=contacts, paper=paper)
    return exchange.export_csv(store, path, campaign_id, lang=lang, display_zone=display_zone, progress=progress,
                               ranges=ranges, for_agency=for_agency,
                               decimal_comma=F.locale_name() == "it_IT")  # Italian Excel reads ; and 1,5


def _safe_name(name: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", name).strip() or "plan"


class ExportDialog(QDialog):
    """``ExportDialog(context, "schedule"|"hosts")``; the schedule scope defaults to the selected campaign."""

    # the line saying what was written, over QDialog.result(), which nothing here calls
    result: QLabel  # type: ignore[assignment]
    exported = Signal(str)  # path written
    failed = Signal(str)  # message (cancelled, refused, disk error)

    def __init__(self, context, what: str = "schedule", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.what = what
        self.campaign_id = context.campaign_id
        self._confirmed: str | None = None  # a path the save dialog already asked about overwriting
        self._closed = False
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export schedule") if what == "schedule" else self.tr("Export host roster"))
        self._build()
        self._connect_signals()
        self._on_format_changed()
        self._update_state()
        self.resize(720, self.sizeHint().height())
        from planner.ui.dialogs.keyboard import make_default, prepare_dialog

        checked = next(b for b in self.format_buttons.values() if b.isChecked())
        prepare_dialog(self, [checked], None, None)  # focus on the chosen format, Enter exports
        make_default(self.export_button, self.buttons)

    def _build(self) -> None:
        form = QFormLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        formats = QVBoxLayout()
        for key in (("xlsx", "csv", "ics") if self.what == "schedule" else ("xlsx", "csv")):
            button = QRadioButton(self.tr(FORMATS[key][0]), self)
            button.setObjectName(f"format_{key}")
            self.format_group.addButton(button)
            self.format_buttons[key] = button
            formats.addWidget(button)
        self.format_buttons["xlsx"].setChecked(True)
        form.addRow(self.tr("Format"), formats)

        self.lang_group = QButtonGroup(self)
        self.lang_buttons: dict[str, QRadioButton] = {}
        langs = QHBoxLayout()
        for key, label in LANGUAGES:
            button = QRadioButton(label, self)
            button.setObjectName(f"lang_{key}")
            self.lang_group.addButton(button)
            self.lang_buttons[key] = button
            langs.addWidget(button)
        langs.addStretch(1)
        self.lang_buttons["en"].setChecked(True)
        form.addRow(self.tr("Language"), langs)
        self.lang_buttons["en"].setToolTip(self.tr("Column headers and labels in English"))
        self.lang_buttons["zh"].setToolTip(self.tr("Column headers and labels in Chinese (中文表头)"))

        self.scope_campaign = QRadioButton(self)
        self.scope_campaign.setObjectName("scope_campaign")
        self.scope_all = QRadioButton(self.tr("The whole plan (every campaign)"), self)
        self.scope_all.setObjectName("scope_all")
        if self.what == "schedule":
            scope = QVBoxLayout()
            if self.campaign_id is not None:
                name = self.context.store.campaign(self.campaign_id).name
                self.scope_campaign.setText(self.tr("Campaign “{name}”").format(name=name))
                self.scope_campaign.setChecked(True)
            else:
                self.scope_campaign.setText(self.tr("Selected campaign (none selected)"))
                self.scope_campaign.setEnabled(False)
                self.scope_all.setChecked(True)
            scope.addWidget(self.scope_campaign)
            scope.addWidget(self.scope_all)
            form.addRow(self.tr("Sessions of"), scope)
            self.times: QLabel | None = QLabel(self)
            self.times.setObjectName("export_times")
            self.times.setWordWrap(True)
            self.zone_combo: QComboBox | None = QComboBox(self)
            self.zone_combo.setObjectName("export_zone")
            self.zone_combo.setEditable(True)  # any IANA name may be typed
            self.zone_combo.addItem(self.tr("China time only"), "")
            own = self.context.display_zone
            for name in dict.fromkeys((own, *ZONES)):
                if name and name != "Asia/Shanghai":
                    self.zone_combo.addItem(name, name)
            self.zone_combo.setCurrentIndex(1 if self.zone_combo.count() > 1 and own != "Asia/Shanghai" else 0)
            self.zone_combo.setToolTip(self.tr("Times are in China time; this zone's times are added beside them"))
            times = QVBoxLayout()
            times.addWidget(self.zone_combo)
            times.addWidget(self.times)
            form.addRow(self.tr("Times"), times)
        else:
            self.scope_campaign.hide()
            self.scope_all.hide()
            self.times = None
            self.zone_combo = None

        self.ranges_check = QCheckBox(self.tr("P10–P90 columns for each session's projected viewers and GMV"),
                                      self)
        self.ranges_check.setObjectName("export_ranges")
        self.agency_check = QCheckBox(self.tr("For the agency: leave out projections, budget, costs, margins and "
                                              "contacts"), self)
        self.agency_check.setObjectName("export_for_agency")
        self.contacts_check = QCheckBox(self.tr("Include the hosts' contacts"), self)
        self.contacts_check.setObjectName("export_contacts")
        content = QVBoxLayout()
        if self.what == "schedule":
            content.addWidget(self.ranges_check)
        content.addWidget(self.agency_check)
        if self.what == "schedule":
            content.addWidget(self.contacts_check)
        else:
            self.ranges_check.hide()
            self.contacts_check.hide()
        form.addRow(self.tr("Contents"), content)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path")
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        form.addRow(self.tr("Save as"), path_row)
        self.path_edit.setText(str(self._default_path("xlsx")))

        self.result = QLabel(self)
        self.result.setObjectName("export_result")
        self.result.setWordWrap(True)
        self.result.hide()
        self.progress = JobProgress(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.agency_check.toggled.connect(lambda _on: self._update_state())
        self.format_group.buttonToggled.connect(lambda _b, on: self._on_format_changed() if on else None)
        self.scope_all.toggled.connect(lambda _on: self._on_scope_changed())
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.path_edit.textChanged.connect(lambda _t: self._update_state())
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.reject)

    # -- choices ---------------------------------------------------------------------------------
    def fmt(self) -> str:
        return next(k for k, b in self.format_buttons.items() if b.isChecked())

    def lang(self) -> str:
        return next(k for k, b in self.lang_buttons.items() if b.isChecked())

    def scope(self) -> int | None:
        """The campaign id to export, or None for the whole plan."""
        if self.what != "schedule" or self.scope_all.isChecked():
            return None
        return self.campaign_id

    def _stem(self) -> str:
        if self.what == "hosts":
            return "host roster"
        cid = self.scope()
        name = self.context.store.campaign(cid).name if cid is not None else self.context.store.path.stem
        return f"{_safe_name(name)} schedule"

    def zone(self) -> str | None:
        """The zone whose times go beside China time (None: China time only)."""
        if self.zone_combo is None:
            return None
        text = self.zone_combo.currentText().strip()
        return None if not text or text == self.zone_combo.itemText(0) else text

    def _folder(self) -> Path:
        """The last export folder, else the user's documents: never the plan's folder or the data folder."""
        from planner.services.plans import default_plan_path
        from planner.ui import settings

        return Path(settings.exchange_folder(avoid=(str(self.context.store.path.parent),
                                                    str(default_plan_path().parent))))

    def _default_path(self, fmt: str) -> Path:
        return self._folder() / f"{self._stem()}{FORMATS[fmt][1]}"

    def _on_format_changed(self) -> None:
        fmt = self.fmt()
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in {f[1] for f in FORMATS.values()}:
                self.path_edit.setText(str(path.with_suffix(FORMATS[fmt][1])))
        if self.times is not None and self.zone_combo is not None:  # (a schedule export has both)
            if fmt == "ics":
                self.times.setText(self.tr("Each event carries its time zone; calendar apps show it in the "
                                           "reader's own time."))
            else:
                self.times.setText(self.tr("China time (UTC+8), and the zone chosen above beside it."))
            self.zone_combo.setEnabled(fmt != "ics")
        self._update_state()

    def _on_scope_changed(self) -> None:
        path = Path(self.path_edit.text().strip() or ".")
        self.path_edit.setText(str(path.with_name(f"{self._stem()}{FORMATS[self.fmt()][1]}")))

    def _on_browse_clicked(self) -> None:
        fmt = self.fmt()
        from planner.ui.dialogs.file_dialogs import ask_save

        path = ask_save(self, self.windowTitle(), self.tr(FORMATS[fmt][2]), self.path_edit.text())
        if path:
            if not path.lower().endswith(FORMATS[fmt][1]):
                path += FORMATS[fmt][1]
            self._confirmed = path
            self.path_edit.setText(path)

    # -- exporting -------------------------------------------------------------------------------
    def _on_export_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text or self.progress.busy:
            return
        path = Path(text).expanduser()
        if path.exists() and text != self._confirmed:
            answer = QMessageBox.question(self, self.windowTitle(),
                                          self.tr("{path} exists. Replace it?").format(path=path))
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, what, fmt, cid, lang = self.context.store, self.what, self.fmt(), self.scope(), self.lang()
        zone = self.zone() if fmt != "ics" else None
        if zone:
            from planner.domain.timezones import zone as find_zone

            try:
                find_zone(zone)
            except PlannerError as exc:
                self._show_result(F.error_text(exc), error=True)
                return
        agency = self.agency_check.isChecked()
        options = dict(ranges=self.ranges_check.isChecked() and not agency, for_agency=agency,
                       contacts=self.contacts_check.isChecked() and not agency, paper=paper_for_locale())

        def work(report):
            reader = store.reader()  # the UI thread's connection stays on the UI thread
            try:
                return run_export(reader, what, fmt, path, cid, lang, zone, report, **options)
            finally:
                reader.close()

        self._show_result("")
        self.progress.start(self.tr("Writing {name}…").format(name=path.name), work, self._on_done, self._on_failed)
        self._update_state()

    def _on_done(self, path) -> None:
        from planner.ui import settings

        settings.remember_exchange_folder(str(Path(path).parent))
        self._update_state()
        self.exported.emit(str(path))
        if not self._closed:
            self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, exchange.Cancelled):
            message = self.tr("Export cancelled; no file was written.")
        elif isinstance(exc, (PlannerError, OSError)):
            message = self.tr("Not exported: {err}").format(err=exc)
        else:
            message = self.tr("Not exported (unexpected error): {err}").format(err=exc)
        self._show_result(message, error=not isinstance(exc, exchange.Cancelled))
        self._update_state()
        self.failed.emit(message)

    def _show_result(self, text: str, *, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE)
        self.result.setVisible(bool(text))

    def _update_state(self) -> None:
        busy = self.progress.busy
        for w in (*self.format_buttons.values(), *self.lang_buttons.values(), self.path_edit, self.browse_button,
                  self.scope_all):
            w.setEnabled(not busy)
        self.scope_campaign.setEnabled(not busy and self.campaign_id is not None)
        agency = self.agency_check.isChecked()
        fmt = self.fmt()
        self.agency_check.setEnabled(not busy)
        self.ranges_check.setEnabled(not busy and not agency and fmt != "ics")
        self.contacts_check.setEnabled(not busy and not agency and fmt == "xlsx")
        self.export_button.setEnabled(not busy and bool(self.path_edit.text().strip()))

    def reject(self) -> None:
        self._closed = True
        self.progress.cancel()  # the exporter removes its partial file
        super().reject()
