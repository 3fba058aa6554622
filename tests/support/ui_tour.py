"""A screenshot tour of the real main window, to look at a language's layout (issue 19, "fits on screen").

    PLANNER_LANG=pseudo python -m tests.support.ui_tour OUT_DIR     (also zh_CN, it_IT, en)

Opens the main window at 1280x800 offscreen on a fresh demo plan in a temporary folder (QSettings there too,
never the user's), visits every tab and the main dialogs, and saves each as a PNG (``widget.grab()``) in
OUT_DIR, printing what :func:`fit_problems` finds clipped or overflowing on each. Chinese needs a CJK font
(``fonts-noto-cjk``), else its text shows as boxes. ``zh_CN-overview-readme.png`` (the Overview without the
Problems dock) is README's ``resources/screenshots/overview-zh.png``.

``tests/ui/test_fits_on_screen.py`` uses :func:`fit_problems` and :func:`visit_tabs` under the pseudo locale.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings, Qt  # noqa: E402
from PySide6.QtGui import Qt as QtGui_Qt, QTextDocument  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QAbstractItemView, QAbstractScrollArea, QApplication, QCheckBox, QGroupBox, QLabel,
    QPushButton, QRadioButton, QScrollArea, QTabBar, QToolButton, QWidget,
)

SIZE = (1280, 800)
_TAGS = re.compile(r"<[^>]+>")


def pump(ms: int) -> None:
    """Let the event loop run for ``ms`` (projections, lazy tabs and layouts settle)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QCoreApplication.processEvents()


def _text_width(widget: QWidget, text: str, rich: bool) -> int:
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        return int(doc.idealWidth())
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() or getattr(widget, "title", lambda: "")()
    return f"{type(widget).__name__}({widget.objectName() or ''}) {_TAGS.sub('', text)[:60]!r}"


def fit_problems(root: QWidget, size: tuple[int, int] | None = None) -> list[str]:
    """What does not fit in ``root`` as shown: the window grown past ``size``; a page scrolling sideways (a
    scroll area, or a table meant to fit its contents, with a horizontal scroll bar); a one-line label or a
    button whose text is wider than the widget; a wrapping label shorter than its text needs, or squeezed into
    a narrow column of many lines."""
    for _ in range(3):  # layouts still to redo after a text that just changed (a computation finishing)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    found = []
    if size is not None and (root.width() > size[0] or root.height() > size[1]):
        found.append(f"{type(root).__name__} is {root.width()}x{root.height()}, more than {size[0]}x{size[1]}: "
                     f"its contents need {root.minimumSizeHint().width()}x{root.minimumSizeHint().height()}")
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(root) or not area.horizontalScrollBar().isVisibleTo(root):
            continue
        fits = isinstance(area, QScrollArea) or (isinstance(area, QAbstractItemView) and area.sizeAdjustPolicy()
                                                 == QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        if fits:
            found.append(f"scrolls sideways: {_name(area)} shows {area.viewport().width()} px of "
                         f"{area.horizontalScrollBar().maximum() + area.viewport().width()}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or isinstance(widget.parentWidget(), QTabBar):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text.strip() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(text))
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * max(widget.indent(), 0)
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                metrics = widget.fontMetrics()
                if need > widget.height() + 2:
                    found.append(f"cut off at the bottom ({widget.height()} of {need} px): {_name(widget)}")
                elif widget.width() < 20 * metrics.averageCharWidth() and need > 4 * metrics.lineSpacing():
                    found.append(f"squeezed into a column {widget.width()} px wide, {need} px tall: {_name(widget)}")
            elif _text_width(widget, text, rich) > room + 1:
                found.append(f"clipped ({room} of {_text_width(widget, text, rich)} px): {_name(widget)}")
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            assert isinstance(widget, QAbstractButton)
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text.strip() or (isinstance(widget, QToolButton) and widget.toolButtonStyle()
                                     == Qt.ToolButtonStyle.ToolButtonIconOnly and not widget.icon().isNull()):
                continue
            if widget.width() < widget.sizeHint().width() - 2 and widget.fontMetrics().horizontalAdvance(text) \
                    > widget.width() - 8:
                found.append(f"clipped ({widget.width()} of {widget.sizeHint().width()} px): {_name(widget)}")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", "")) + 16
            if need > widget.width():
                found.append(f"title clipped ({widget.width()} of {need} px): {_name(widget)}")
    return found


def open_window(plan_path: Path):
    """The real main window on ``plan_path`` at 1280x800, shown, with its first projection done."""
    from planner.ui.main_window import open_main_window

    win = open_main_window(plan_path)
    win.resize(*SIZE)
    win.show()
    runner = win.runner
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 20000 and not (runner.latest is not None and runner.latest.range is not None):
        QCoreApplication.processEvents()
    pump(200)
    return win


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "tab"


TAB_KEYS = ("overview", "sessions", "hosts", "benchmarks", "calendar", "charts", "results", "budget")


def visit_tabs(win, settle_ms: int = 300) -> Iterator[tuple[str, QWidget, list[str]]]:
    """Show each tab in turn; yields (an English key for it, the tab's page, whether the page needs more room
    than the window at its size when the visit began gives every page)."""
    room = win.tabs.currentWidget().size()
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        pump(settle_ms)
        page = win.tabs.widget(i)
        need = page.minimumSizeHint()
        over = [] if need.width() <= room.width() and need.height() <= room.height() else [
            f"the {win.tabs.tabText(i)!r} tab needs {need.width()}x{need.height()}, "
            f"the window gives it {room.width()}x{room.height()}"]
        yield (TAB_KEYS[i] if i < len(TAB_KEYS) else f"tab{i}"), page, over


def settle_charts(win, timeout_ms: int = 15000) -> None:
    """Wait until the chart in front (if any) has finished computing, so its status line is final."""
    view = win.tabs.current_view()
    chart = view.current_chart() if hasattr(view, "current_chart") else None
    timer = QElapsedTimer()
    timer.start()
    while chart is not None and getattr(chart, "busy", False) and timer.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
    pump(50)


def more_views(win) -> Iterator[tuple[str, Callable[[], None]]]:
    """(name, show) of the views behind a tab's own controls: the other charts, the calendar's month."""
    def chart(index: int) -> Callable[[], None]:
        def show() -> None:
            win.tabs.setCurrentIndex(TAB_KEYS.index("charts"))
            win.tabs.current_view().show_chart(index)
        return show

    def month() -> None:
        win.tabs.setCurrentIndex(TAB_KEYS.index("calendar"))
        win.tabs.current_view().month_button.click()

    for index, name in enumerate(("benchmarks", "scenarios", "buildup", "budget-curve")):
        if index:
            yield f"chart-{name}", chart(index)
    yield "calendar-month", month


def dialogs(win) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, opener) of the main dialogs; each opener shows its dialog and returns it."""
    from planner.ui.dialogs.campaign_dialog import CampaignDialog
    from planner.ui.dialogs.host_dialog import HostDialog
    from planner.ui.dialogs.preferences_dialog import PreferencesDialog

    ctx = win.context

    def show(dialog):
        dialog.show()
        return dialog

    def explain():
        from planner.ui.dialogs.explain_dialog import ExplainDialog

        win.explain_session(ctx.store.sessions(ctx.campaign_id)[0].id)
        return win.findChildren(ExplainDialog)[-1]

    def about():
        from PySide6.QtWidgets import QMessageBox

        from planner.ui.dialogs.about_dialog import about_text

        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("About", "About the planner"),
                          about_text(str(ctx.store.path), 1, 2), parent=win)
        return show(box)

    yield "campaign", lambda: show(CampaignDialog(ctx.store.campaign(ctx.campaign_id), parent=win))
    yield "session", lambda: show(win.session_dialog())
    yield "host", lambda: show(HostDialog(ctx.store, win))
    yield "preferences", lambda: show(PreferencesDialog(win))
    yield "export", lambda: win.files.export_dialog("schedule")
    yield "import", lambda: win.files.import_dialog("hosts")
    yield "explain", explain
    yield "backup", win.files.restore_from_backup
    yield "about", about


def _isolate_settings(folder: Path) -> None:
    QCoreApplication.setOrganizationName("PlannerTour")
    QCoreApplication.setApplicationName("planner-ui-tour")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    QSettings().clear()
    os.environ["PLANNER_BACKUP_DIR"] = str(folder / "backups")


def tour(out_dir: Path) -> int:
    from planner.storage import PlanStore
    from planner.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        _isolate_settings(Path(tmp))
        language = i18n.install()
        plan = Path(tmp) / "plan.sqlite"
        PlanStore.open(plan).close()  # the demo: the 618 plan and the finished Double 11 with results
        win = open_window(plan)
        from planner.storage.demo import DEMO_CAMPAIGN_NAME, FINISHED_CAMPAIGN_NAME

        ids = {c.name: c.id for c in win.context.store.campaigns()}
        win.context.select_campaign(ids[DEMO_CAMPAIGN_NAME])
        pump(1500)

        def save(name: str, widget: QWidget, size=None, also=()) -> None:
            nonlocal problems
            path = out_dir / f"{language}-{name}.png"
            widget.grab().save(str(path))
            found = [*also, *fit_problems(widget, size)]
            problems += len(found)
            print(f"{path}: {len(found)} problems" + "".join(f"\n  {p}" for p in found), flush=True)

        for key, _page, over in visit_tabs(win, settle_ms=1500):
            save(key, win, SIZE, over)
        for name, show in more_views(win):
            show()
            pump(1500)
            settle_charts(win)
            save(name, win, SIZE)
        # The README's picture: the Overview whole, without the Problems dock (its messages stay English).
        win.actions.show_problems.setChecked(False)
        win.tabs.setCurrentIndex(0)
        pump(1000)
        save("overview-readme", win, SIZE)
        win.actions.show_problems.setChecked(True)
        win.tabs.setCurrentIndex(0)
        pump(800)
        save("problems", win, SIZE)
        win.actions.show_problems.setChecked(False)
        win.context.select_campaign(ids[FINISHED_CAMPAIGN_NAME])
        win.tabs.setCurrentIndex(TAB_KEYS.index("results"))
        pump(3000)
        save("results-finished", win, SIZE)
        win.context.select_campaign(ids[DEMO_CAMPAIGN_NAME])
        win.tabs.setCurrentIndex(0)
        pump(1500)
        for name, opener in dialogs(win):
            dialog = opener()
            pump(600)
            save(f"dialog-{name}", dialog)
            dialog.close()
            pump(100)
        win.close()
        app.processEvents()
    print(f"{problems} fit problems in {language}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(tour(Path(sys.argv[1])))
