"""File ▸ Import / Export driven through the real dialogs, on tmp_path plans and files."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from planner.ui.dialogs.import_models import PROBLEM_TINT
from tests.exchange.helpers import dump

ROSTER = (
    "达人昵称,平台,达人ID,粉丝数,坑位费,佣金比例,合作状态,机构\n"
    "小美,抖音,xm01,1.2万,￥3000,20%,已寄样,无忧传媒\n"
    "大壮,快手,dz02,7.5w~10w,\"5,000\",0.15,沟通中,\n"
    "Lily,小红书,lily,3.5w,0,10,待开发,\n"
)

BAD_ROSTER = (
    "达人昵称,平台,达人ID,粉丝数,坑位费,佣金比例\n"
    "小美,抖音,xm01,很多,3000,20%\n"     # followers: not a number
    "大壮,火星台,dz02,1万,-500,0.15\n"   # unknown platform, negative fee
    "Lily,小红书,lily,3.5w,0,10\n"
)


def _import_dialog(window, qtbot, kind, path):
    dialog = window.files.import_dialog(kind)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.set_path(path)
    return dialog


def _click_radio(qtbot, button):
    """Click a radio button on its indicator (a wide button's centre may be past its label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def _import_despite_warnings(qtbot, dialog):
    """Import; when the check shows warnings first (ROSTER's range), confirm with "Import anyway"."""
    with qtbot.waitSignals([dialog.warnings_shown], timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return imported


def _handles(store):
    return {h.handle for h in store.hosts()}


def test_import_hosts_with_chinese_headers_and_undo(window, qtbot, tmp_path):
    path = tmp_path / "达人资源表.csv"
    path.write_bytes(ROSTER.encode("gb18030"))
    store = window.context.store
    before = _handles(store)
    dialog = _import_dialog(window, qtbot, "hosts", path)

    assert "GB18030" in dialog.encoding.itemText(0)  # detected, and offered for override
    assert not dialog.sheet.isVisible()  # a CSV has no sheets
    model = dialog.preview_model
    assert model.rowCount() == 1 + 3 and model.headerData(0, Qt.Orientation.Horizontal) == "达人昵称"
    followers = dialog.preview.headers.index("粉丝数")
    assert model.index(1, followers).data() == "12,000"  # 1.2万 as it will be read
    assert model.index(2, dialog.preview.headers.index("佣金比例")).data() == "15%"
    assert dialog.mapping_combos[followers].currentData() == "followers"
    assert dialog.import_button.isEnabled()

    # 7.5w~10w is a range: shown before anything is written, imported on the second click
    with qtbot.waitSignal(dialog.warnings_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _handles(store) == before and dialog.isVisible()
    assert dialog.problem_view.isVisible() and dialog.problem_model.rowCount() == 1
    warning = " ".join(str(dialog.problem_model.index(0, c).data()) for c in range(dialog.problem_model.columnCount()))
    assert "7.5w~10w" in warning and "midpoint 87,500" in warning
    assert dialog.import_button.text() == "Import anyway"
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "3 new host(s)" in imported.args[0]
    assert {"xm01", "dz02", "lily"} <= _handles(store)
    assert not dialog.isVisible()
    assert "3 new host(s)" in window.statusBar().currentMessage()
    assert window.undo_action.text() == "Undo Import 3 hosts"
    xm = next(h for h in store.hosts() if h.handle == "xm01")
    assert (xm.name, xm.platform, xm.followers, xm.commission_rate) == ("小美", "douyin", 12_000, 0.2)
    assert window.hosts.model.row_of(xm.id) >= 0

    window.undo_action.trigger()  # one step removes the whole import
    assert _handles(store) == before
    window.redo_action.trigger()
    assert {"xm01", "dz02", "lily"} <= _handles(store)


def test_invalid_file_lists_every_problem_and_changes_nothing(window, qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    store = window.context.store
    before = dump(store)
    dialog = _import_dialog(window, qtbot, "hosts", path)
    followers = dialog.preview.headers.index("粉丝数")
    cell = dialog.preview_model.index(1, followers)  # "很多" is tinted in the preview, with the reason
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_TINT
    assert "很多" in cell.data(Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(dialog.problems_shown, timeout=10000) as shown:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    problems = dialog.problem_model
    rows = [[problems.index(r, c).data() for c in range(4)] for r in range(problems.rowCount())]
    assert shown.args[0] == 3 and len(rows) == 3
    by_column = {r[1]: r for r in rows}
    assert by_column["粉丝数"][0] == "row 2" and by_column["粉丝数"][2] == "很多"
    assert by_column["平台"][0] == "row 3" and by_column["平台"][2] == "火星台"
    assert by_column["坑位费"][0] == "row 3" and "0 or more" in by_column["坑位费"][3]
    assert dialog.problem_view.isVisible() and dialog.isVisible()
    assert "nothing was imported" in dialog.result.text()
    assert dump(store) == before
    assert not window.context.undo_stack.canUndo()


def test_fixing_the_file_after_its_problems_then_import_reads_it_again(window, qtbot, tmp_path):
    """The marketer fixes the file in Excel while the dialog stays open, then presses Import again."""
    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    store = window.context.store
    dialog = _import_dialog(window, qtbot, "hosts", path)
    with qtbot.waitSignal(dialog.problems_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    fixed = BAD_ROSTER.replace("很多", "2万").replace("火星台", "快手").replace("-500", "500")
    path.write_text(fixed + "新人,抖音,xr09,1000,0,10\n", encoding="utf-8")  # and one row more
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert {"xm01", "dz02", "lily", "xr09"} <= _handles(store)


def test_remap_a_column_then_import(window, qtbot, tmp_path):
    path = tmp_path / "kols.csv"
    path.write_text("KOL名字,渠道,fans\nAda,抖音,12000\nBo,快手,3万\n", encoding="utf-8")
    store = window.context.store
    dialog = _import_dialog(window, qtbot, "hosts", path)
    assert dialog.preview.missing and dialog.missing.isVisible()
    assert not dialog.import_button.isEnabled()  # no name column yet

    combo = dialog.mapping_combos[0]
    with qtbot.waitSignal(dialog.preview_shown):
        combo.setCurrentIndex(combo.findData("name"))
        combo.activated.emit(combo.currentIndex())  # what choosing an item with the mouse does
    assert dialog.preview.mapping["KOL名字"] == "name"
    combo = dialog.mapping_combos[2]
    with qtbot.waitSignal(dialog.preview_shown):
        combo.setCurrentIndex(combo.findData("followers"))
        combo.activated.emit(combo.currentIndex())
    assert not dialog.missing.isVisible()
    assert dialog.preview_model.index(2, 2).data() == "30,000"
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    bo = next(h for h in store.hosts() if h.name == "Bo")
    assert (bo.platform, bo.followers) == ("kuaishou", 30_000)


def test_duplicate_hosts_skipped_when_asked(window, qtbot, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    store = window.context.store
    dialog = _import_dialog(window, qtbot, "hosts", path)
    _import_despite_warnings(qtbot, dialog)
    path.write_text(ROSTER.replace("无忧传媒", "新机构"), encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "hosts", path)
    _click_radio(qtbot, dialog.skip_radio)
    imported = _import_despite_warnings(qtbot, dialog)
    assert "3 skipped" in imported.args[0]
    assert next(h for h in store.hosts() if h.handle == "xm01").agency == "无忧传媒"


def test_import_sessions_into_selected_campaign(window, qtbot, tmp_path):
    store = window.context.store
    cid = window.context.campaign_id
    host = store.hosts()[0]
    plat = next(p for p in store.platforms() if p.key == host.platform)
    path = tmp_path / "排期.csv"
    path.write_text("日期,开播时间,下播时间,平台,主播,坑位费\n"
                    f"2027-06-01,20:00,22:00,{plat.name_zh or plat.name_en},{host.name},1000\n", encoding="utf-8-sig")
    n = store.session_count(cid)
    dialog = _import_dialog(window, qtbot, "sessions", path)
    assert dialog.encoding.itemText(0) == "Auto (detected: UTF-8 with BOM)"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.session_count(cid) == n + 1
    assert window.sessions.model.rowCount() == n + 1
    assert window.undo_action.text() == "Undo Import 1 session"


def test_export_xlsx_through_dialog(window, qtbot, tmp_path):
    dialog = window.files.export_dialog("schedule")
    qtbot.waitExposed(dialog)
    assert dialog.scope_campaign.isChecked()
    assert dialog.zone() == window.context.display_zone  # the user's own zone is offered first
    target = tmp_path / "out" / "schedule.xlsx"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    _click_radio(qtbot, dialog.lang_buttons["zh"])
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0] == str(target)
    assert str(target) in window.statusBar().currentMessage()
    book = openpyxl.load_workbook(target, read_only=True)
    sheet = book.worksheets[0]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert "主播" in header or "达人昵称" in header
    assert sheet.max_row == 1 + window.sessions.model.rowCount()
    book.close()


def test_export_format_switches_extension_and_hosts_csv(window, qtbot, tmp_path):
    dialog = window.files.export_dialog("hosts")
    qtbot.waitExposed(dialog)
    assert set(dialog.format_buttons) == {"xlsx", "csv"}
    _click_radio(qtbot, dialog.format_buttons["csv"])
    assert dialog.path_edit.text().endswith("host roster.csv")
    target = tmp_path / "hosts.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = target.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for Excel
    assert len(text.decode("utf-8-sig").splitlines()) == 1 + len(window.context.store.hosts())


def test_cancelled_export_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    from planner import exchange

    gate = threading.Event()
    real = exchange.export_xlsx

    def held_export(*args, progress=None, **kwargs):
        def slow_progress(done, total):
            gate.wait(10)  # hold the writer until the user has pressed Cancel
            return progress(done, total)
        return real(*args, progress=slow_progress, **kwargs)

    monkeypatch.setattr(exchange, "export_xlsx", held_export)
    dialog = window.files.export_dialog("schedule")
    qtbot.waitExposed(dialog)
    _click_radio(qtbot, dialog.scope_all)
    target = tmp_path / "all.xlsx"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    cancel = dialog.progress.cancel_button
    qtbot.waitUntil(cancel.isVisible, timeout=10000)  # the progress bar and Cancel appear
    assert not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert "cancelled" in failed.args[0]
    assert not target.exists()
    assert list(tmp_path.glob("all*")) == []  # no temporary leftovers either
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_encoding_override_rereads_the_file(window, qtbot, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(ROSTER.encode("gbk"))
    dialog = _import_dialog(window, qtbot, "hosts", path)
    utf8 = dialog.encoding.findData("utf-8")
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.encoding.setCurrentIndex(utf8)
        dialog.encoding.activated.emit(utf8)
    assert "utf-8" in failed.args[0]
    assert dialog.result.isVisible() and not dialog.import_button.isEnabled()
    gbk = dialog.encoding.findData("gbk")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.encoding.setCurrentIndex(gbk)
        dialog.encoding.activated.emit(gbk)
    assert dialog.preview.encoding == "gbk"
    assert dialog.preview_model.index(1, 0).data() == "小美"
    assert dialog.import_button.isEnabled()


def test_xlsx_sheet_picker(window, qtbot, tmp_path):
    path = tmp_path / "roster.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["这是说明页"])
    roster = book.create_sheet("达人")
    for line in ROSTER.splitlines():
        roster.append(line.replace('"5,000"', "5000").split(","))
    other = book.create_sheet("备选")
    other.append(["达人昵称", "平台"])
    other.append(["Zed", "抖音"])
    book.save(path)
    dialog = _import_dialog(window, qtbot, "hosts", path)
    assert dialog.sheet.isVisible() and not dialog.encoding.isVisible()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["说明", "达人", "备选"]
    assert dialog.sheet.currentText() == "达人"  # the sheet whose headers fit best
    assert dialog.preview.row_count == 3
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.sheet.setCurrentIndex(2)
        dialog.sheet.activated.emit(2)
    assert dialog.preview.sheet == "备选" and dialog.preview.row_count == 1


def test_import_dialog_choose_button_uses_file_dialog(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    from file_dialog_driver import answer_file_dialog

    dialog = window.files.import_dialog("hosts")
    answer_file_dialog(tmp_path, path.name, linger_ms=200)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(path)


def test_file_that_is_not_a_table_is_refused_in_the_dialog(window, qtbot, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    dialog = window.files.import_dialog("hosts")
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.set_path(path)
    assert "PNG" in failed.args[0] or "image" in failed.args[0].lower()
    assert dialog.result.isVisible() and not dialog.import_button.isEnabled()


def _big_roster(path, n):
    lines = ["达人昵称,平台,达人ID,粉丝数,坑位费,佣金比例"]
    lines += [f"主播{i},抖音,big{i},{i % 90 + 1}万,{i % 50 * 100},{i % 30}%" for i in range(n)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_big_import_is_one_undo_step(window, qtbot, tmp_path):
    path = tmp_path / "big.csv"
    _big_roster(path, 6000)
    store = window.context.store
    before = len(store.hosts())
    dialog = _import_dialog(window, qtbot, "hosts", path)
    assert dialog.preview.row_count == 6000 and dialog.preview_model.rowCount() == 1 + 20
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(store.hosts()) == before + 6000
    assert window.undo_action.text() == "Undo Import 6000 hosts"
    window.undo_action.trigger()
    assert len(store.hosts()) == before


def test_cancelled_import_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    import planner.ui.dialogs.import_dialog as import_dialog

    gate = threading.Event()
    real = import_dialog.prepare_import

    def held_prepare(*args, progress=None, **kwargs):
        def slow_progress(done, total):
            gate.wait(10)  # hold the check until the user has pressed Cancel
            return progress(done, total)
        return real(*args, progress=slow_progress, **kwargs)

    monkeypatch.setattr(import_dialog, "prepare_import", held_prepare)
    path = tmp_path / "big.csv"
    _big_roster(path, 4500)
    store = window.context.store
    before = dump(store)
    dialog = _import_dialog(window, qtbot, "hosts", path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    cancel = dialog.progress.cancel_button
    qtbot.waitUntil(cancel.isVisible, timeout=10000)
    assert not dialog.import_button.isEnabled() and not dialog.choose_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=30000) as failed:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert failed.args[0] == "Cancelled: nothing was imported."
    assert dump(store) == before and not window.context.undo_stack.canUndo()
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # the user may try again


# -- issue 17 / 18: the path box, a fresh start per file, every column, the full problem list ----------------
def test_path_can_be_typed_or_pasted_and_enter_loads_it(window, qtbot, tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog = window.files.import_dialog("hosts")
    qtbot.waitExposed(dialog)
    assert not dialog.path_edit.isReadOnly()
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, f'"{path}"')  # pasted from a file manager, quotes and all
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.preview.path == path and dialog.preview.row_count == 3
    assert dialog.isVisible()  # Enter in the path box loads the file; it does not press Import
    other = tmp_path / "other.csv"
    other.write_text(ROSTER.replace("小美", "小红").replace("7.5w~10w", "8w"), encoding="utf-8")  # no warnings
    assert dialog.import_button.isEnabled()  # now Import could fire: Enter must still only load
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(other))
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.wait(1000)  # an Import pressed by the same Enter would have checked and written by now
    assert dialog.isVisible() and dialog.preview.path == other
    assert "小红" not in {h.name for h in window.context.store.hosts()}
    dialog.path_edit.setText(path.as_uri())  # a file manager's copy gives a file:// URL
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Enter)
    assert dialog.preview.path == path


def test_choosing_another_file_clears_the_previous_preview_and_problems(window, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(BAD_ROSTER, encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text(ROSTER, encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "hosts", bad)
    with qtbot.waitSignal(dialog.problems_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.problem_view.isVisible() and dialog.result.isVisible()
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.set_path(good)
        # at once, before the new file is read: nothing of the old one is left on screen
        assert not dialog.problem_view.isVisible() and not dialog.result.isVisible()
        assert dialog.problem_model.rowCount() == 0 and dialog.plan is None
        assert not dialog.save_problems_button.isVisible()
    assert dialog.preview.path == good
    assert not dialog.problem_view.isVisible() and not dialog.result.isVisible()


def test_columns_not_imported_are_named_with_the_closest_field(window, qtbot, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("达人昵称,平台,粉丝数,slot fee amount,预估GMV\nA,抖音,1000,5,6\n", encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "hosts", path)
    text = dialog.columns_label.text()
    assert dialog.columns_label.isVisible()
    assert "slot fee amount" in text and "closest field: slot_fee" in text
    assert "预估GMV" in text and "worked out by the planner" in text


def test_full_problem_list_can_be_saved(window, qtbot, tmp_path, monkeypatch):
    import csv

    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    target = tmp_path / "problems.csv"
    from file_dialog_driver import answer_file_dialog

    dialog = _import_dialog(window, qtbot, "hosts", path)
    assert not dialog.save_problems_button.isVisible()
    with qtbot.waitSignal(dialog.problems_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.save_problems_button.isVisible()
    answer_file_dialog(tmp_path, target.name, linger_ms=200)
    qtbot.mouseClick(dialog.save_problems_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Where", "Column", "Value", "What is wrong"]
    assert {(r[0], r[1], r[2]) for r in rows[1:]} >= {("row 2", "粉丝数", "很多"), ("row 3", "平台", "火星台")}


def test_import_file_dialog_does_not_start_in_the_plans_folder(window, qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    from file_dialog_driver import answer_file_dialog

    dialog = window.files.import_dialog("hosts")
    state = answer_file_dialog(tmp_path, None, linger_ms=100)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    seen = [state["start"]]
    assert seen == [str(home / "Documents")]
    assert seen[0] != str(window.context.store.path.parent)


def test_export_dialog_zone_ranges_agency_and_last_folder(window, qtbot, tmp_path, monkeypatch):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    dialog = window.files.export_dialog("schedule")
    qtbot.waitExposed(dialog)
    assert str(home / "Documents") == str(Path(dialog.path_edit.text()).parent)  # never the plan's folder
    dialog.zone_combo.setCurrentText("Europe/Rome")
    qtbot.mouseClick(dialog.ranges_check, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.ranges_check.height() // 2))
    assert dialog.ranges_check.isChecked()
    out = tmp_path / "exports" / "s.xlsx"
    out.parent.mkdir()
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    header = [c.value for c in openpyxl.load_workbook(out).worksheets[0][1]]
    assert "Start (Europe/Rome)" in header and "Projected GMV P10" in header

    again = window.files.export_dialog("schedule")  # remembers the folder last exported to
    qtbot.waitExposed(again)
    assert Path(again.path_edit.text()).parent == out.parent
    qtbot.mouseClick(again.agency_check, Qt.MouseButton.LeftButton, pos=QPoint(6, again.agency_check.height() // 2))
    assert not again.ranges_check.isEnabled() and not again.contacts_check.isEnabled()
    agency = out.parent / "agency.xlsx"
    again.path_edit.setText(str(agency))
    with qtbot.waitSignal(again.exported, timeout=60000):
        qtbot.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(agency)
    text = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "Projected" not in text and "Gross margin" not in text


def test_sessions_file_in_a_chosen_zone_refuses_the_skipped_hour(window, qtbot, tmp_path):
    from datetime import datetime, timezone

    store = window.context.store
    host = store.hosts()[0]
    path = tmp_path / "rome.csv"
    path.write_text("date,start,end,platform,handle\n"
                    f"2027-06-01,14:00,16:00,{host.platform},{host.handle}\n"
                    f"2027-03-28,02:30,04:00,{host.platform},{host.handle}\n", encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "sessions", path)
    assert not dialog.preview.values[1].problems  # China time: 02:30 exists
    rome = dialog.zone_combo.findData("Europe/Rome")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.zone_combo.setCurrentIndex(rome)
        dialog.zone_combo.activated.emit(rome)
    (problem,) = dialog.preview.values[1].problems
    assert "does not exist in Europe/Rome" in problem.message
    with qtbot.waitSignal(dialog.problems_shown, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    path.write_text("date,start,end,platform,handle\n"
                    f"2027-06-01,14:00,16:00,{host.platform},{host.handle}\n", encoding="utf-8")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.set_path(path)
    assert dialog.zone_combo.currentData() == "Europe/Rome"
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    starts = {s.start for s in store.sessions(window.context.campaign_id)}
    assert datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc) in starts  # 14:00 in Rome (CEST) is 12:00 UTC


def test_preview_shows_24_00_as_24_00(window, qtbot, tmp_path):
    host = window.context.store.hosts()[0]
    path = tmp_path / "midnight.csv"
    path.write_text(f"date,start,end,platform,handle\n2027-06-01,24:00,02:00,{host.platform},{host.handle}\n",
                    encoding="utf-8")
    dialog = _import_dialog(window, qtbot, "sessions", path)
    start = dialog.preview.headers.index("start")
    assert dialog.preview_model.index(1, start).data() == "24:00"
