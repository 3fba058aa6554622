"""Messages from the Qt-free layers (validation, schedule problems, holidays, the Why? trace) in the UI's
language, in the real window: the source text must not show where a translation exists."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from planner.ui import formatting as F
from planner.ui import i18n

from .test_everyday_friction import _edit_second_slot_fee

REFUSED = {"zh_CN": "坑位费：必须大于或等于 0", "it_IT": "Costo slot: deve essere 0 o più"}
HOLIDAY_NOTE = {"zh_CN": "中国法定假日（端午节）", "it_IT": "giorno festivo in Cina (Festa delle barche drago)"}
WHY = {"zh_CN": ("观看人数", "计算", "场观"), "it_IT": ("Spettatori", "calcolato", "spettatori")}


@pytest.fixture(params=["zh_CN", "it_IT"])
def lang_window(request, qtbot, plan_path):
    """The main window opened in a language (installed first, as the app does at start)."""
    from planner.ui.main_window import open_main_window

    i18n.install(request.param)
    win = open_main_window(plan_path)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield request.param, win
    win.close()
    i18n.install("en")


def test_a_refused_cell_says_why_in_the_language(lang_window, qtbot):
    lang, window = lang_window
    table, view, model, col, index, editor = _edit_second_slot_fee(
        window, qtbot, lambda m: m.rowCount() > 2, timeout=5000)
    qtbot.keyClicks(editor, "-500")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.refusal.isVisible, timeout=3000)
    assert REFUSED[lang] in table.refusal.text(), table.refusal.text()
    assert "must be 0 or more" not in table.refusal.text()


def test_problems_and_calendar_holidays_in_the_language(lang_window, qtbot):
    lang, window = lang_window
    panel = window.problems
    panel.show_notes.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 4, timeout=10000)  # demo: 2 off prime time, 2 on a holiday
    details = [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]
    assert any(HOLIDAY_NOTE[lang] in d for d in details), details
    assert not any("China time" in d or "public holiday" in d for d in details), details
    weekday = {"zh_CN": " 周", "it_IT": " mer "}[lang]  # 2027-06-09 was a Wednesday
    assert any("2027-06-09" + weekday in d for d in details) and not any(" Wed " in d for d in details), details
    from planner.ui.view_tabs import LazyView
    from planner.ui.views.calendar_view import CalendarView

    pages = [window.tabs.widget(i) for i in range(window.tabs.count())]
    (calendar,) = [v for v in (p.ensure() if isinstance(p, LazyView) else p for p in pages)
                   if isinstance(v, CalendarView)]
    window.tabs.setCurrentWidget(calendar)
    calendar.go_to(date(2027, 6, 9))  # the Dragon Boat long weekend, 9-11 June 2027
    names = set(calendar.canvas.holidays().values())
    assert names == {{"zh_CN": "端午节", "it_IT": "Festa delle barche drago"}[lang]}, names


def test_why_trace_in_the_language(lang_window, qtbot):
    from planner.ui.dialogs.explain_dialog import ExplainDialog

    lang, window = lang_window
    sid = window.sessions.model.session_id(0)
    dialog = ExplainDialog(window.context, sid, "test", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=30000)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    labels, formulas, bases = [r[0] for r in rows], [r[2] for r in rows], [r[4] for r in rows]
    viewers, computed, show = WHY[lang]
    assert viewers in labels and computed in bases and any(show in f for f in formulas), rows
    assert "Viewers" not in labels and "computed" not in bases and "Session cost" not in labels


def test_figures_inside_a_message_follow_the_language(lang_window):
    from planner.domain.models import Host
    from planner.domain.validation import validate_host

    lang, _ = lang_window
    (problem,) = [p for p in validate_host(Host(name="x" * 1234, platform="douyin", tier="head"))
                  if p.field == "name"]
    assert F.text(problem.message) == {"zh_CN": "长度为 1,234 个字符，最多允许 100 个",
                                          "it_IT": "è lungo 1.234 caratteri; al massimo ne sono ammessi 100"}[lang]


def test_an_amount_inside_a_message_reads_like_the_other_figures(lang_window):
    from planner.domain.text import QT_TRANSLATE_NOOP

    lang, _ = lang_window
    over = QT_TRANSLATE_NOOP("Problems", "Campaign {name}: projected cost {cost:,.0f} {cur} (median) exceeds the "
                                         "budget {budget:,.0f} {cur} by {over:,.0f}").format(
        name="'X'", cost=1_969_592, cur="CNY", budget=1_500_000, over=469_592)
    assert F.text(over) == {
        "zh_CN": "活动 'X'：预计成本 197万 CNY（中位数）超出预算 150万 CNY，超出 47万",
        "it_IT": "Campagna 'X': il costo previsto di 1.969.592 CNY (mediana) supera il budget di 1.500.000 CNY "
                 "di 469.592"}[lang]


IMPORT_PROBLEMS = {
    "zh_CN": ("第 2 行", "不是数字", "第 3 行", "必须大于或等于 0"),
    "it_IT": ("riga 2", "non è un numero", "riga 3", "deve essere 0 o più"),
}


def test_import_problems_in_the_language(lang_window, qtbot, tmp_path):
    """A roster with a wordy follower count and a negative fee: each problem, where it is and why, translated."""
    from .test_exchange_ui import BAD_ROSTER, _import_dialog

    lang, window = lang_window
    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "hosts", path)
    with qtbot.waitSignal(dialog.problems_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    problems = dialog.problem_model
    rows = {problems.index(r, 1).data(): [problems.index(r, c).data() for c in range(4)]
            for r in range(problems.rowCount())}
    row_2, not_a_number, row_3, not_negative = IMPORT_PROBLEMS[lang]
    assert rows["粉丝数"][0] == row_2 and not_a_number in rows["粉丝数"][3], rows
    assert rows["坑位费"][0] == row_3 and not_negative in rows["坑位费"][3], rows
    assert not any("row " in r[0] or "must be" in r[3] or "is not" in r[3] for r in rows.values()), rows
    dialog.close()


def test_a_refused_file_says_why_in_the_language(lang_window, qtbot, tmp_path):
    lang, window = lang_window
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = window.files.import_dialog("hosts")
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.set_path(path)
    shown = dialog.result.text()
    assert {"zh_CN": "是空文件：没有可导入的行", "it_IT": "è vuoto: non ci sono righe da importare"}[lang] in shown, shown
    dialog.close()
