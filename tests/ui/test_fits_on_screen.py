"""Issue 19, "fits on screen": under the pseudo-locale (every string ~40% longer, accented, bracketed) the main
window at 1280x800 keeps its size on every tab, no page scrolls sideways, no one-line label or button is
clipped, no wrapped label is cut off, and the main dialogs show their text whole.

The checks are ``tests/support/ui_tour.py``'s, which also saves screenshots of every view and dialog:
``PLANNER_LANG=pseudo python -m tests.support.ui_tour OUT_DIR``.
"""

from __future__ import annotations

import pytest
import ui_tour

from planner.ui import i18n
from planner.ui.pseudo import pseudo


@pytest.fixture
def pseudo_window(qtbot, plan_path):
    i18n.install("pseudo")
    try:
        from planner.ui.main_window import open_main_window

        win = open_main_window(plan_path)
        qtbot.addWidget(win)
        win.resize(*ui_tour.SIZE)
        win.show()
        qtbot.waitExposed(win)
        yield win
        win.close()
    finally:
        i18n.install("en")


def test_pseudo_strings_are_longer_accented_and_keep_placeholders():
    text = pseudo("Edit campaign {name} (&Open) <b>now</b> %n")
    assert text.startswith("[") and text.endswith("]") and "{name}" in text and "<b>" in text and "%n" in text
    assert "&Ö" in text and "campaign" not in text
    assert len(pseudo("Recommended budget")) >= 1.4 * len("Recommended budget")
    assert pseudo("Undo\tCtrl+Z").endswith("]\tCtrl+Z")


def test_pseudo_locale_translates_the_window(pseudo_window, monkeypatch):
    assert i18n.current() == "pseudo"
    monkeypatch.setenv("PLANNER_LANG", "pseudo")  # how a developer starts it: PLANNER_LANG=pseudo planner
    assert i18n.chosen_language() == "pseudo" and "pseudo" not in i18n.LANGUAGES  # not offered in Preferences
    tabs = [pseudo_window.tabs.tabText(i) for i in range(pseudo_window.tabs.count())]
    assert tabs[0] == pseudo("Overview") and all(t.startswith("[") for t in tabs), tabs


def test_every_view_and_dialog_fits_at_1280x800_in_a_longer_language(pseudo_window, qtbot):
    from tests.ui.conftest import wait_projection

    win = pseudo_window
    wait_projection(qtbot, win)
    problems = []
    for key, page, over in ui_tour.visit_tabs(win, settle_ms=150):
        if key == "results":  # its status line after an export names the file: as long as the path
            page.view.status.setText(page.view.tr("exported to {path}").format(
                path="/home/marketing/Documents/Campaigns/2027/DEMO · 618 skincare launch (sample plan) 复盘.xlsx"))
            ui_tour.pump(50)
        problems += [f"{key}: {p}" for p in over + ui_tour.fit_problems(win, ui_tour.SIZE)]
    for name, show in ui_tour.more_views(win):
        show()
        ui_tour.pump(150)
        ui_tour.settle_charts(win)
        problems += [f"{name}: {p}" for p in ui_tour.fit_problems(win, ui_tour.SIZE)]
    win.tabs.setCurrentIndex(0)
    for name, opener in ui_tour.dialogs(win):
        dialog = opener()
        qtbot.waitExposed(dialog)
        ui_tour.pump(50)
        problems += [f"{name} dialog: {p}" for p in ui_tour.fit_problems(dialog)]
        dialog.close()
    assert not problems, "does not fit under the pseudo-locale:\n" + "\n".join(problems)
