"""The UI in Simplified Chinese and Italian: catalogues up to date and finished, every view translated,
figures in the language's format. Regenerate the catalogues with ``resources/i18n/update.sh``."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QTabBar

from planner.ui import formatting as F
from planner.ui import i18n
from planner.ui import i18n_update as U

LANGS = U.LANGUAGES
HOW = "run resources/i18n/update.sh (python -m planner.ui.i18n_update), translate what it lists, run it again"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def _translations(language: str, differing: bool = True) -> dict[str, str]:
    """source -> finished translation (only those that differ from the source, unless ``differing`` is False)."""
    out = {}
    for (_, source, _), message in U.messages(U.ts_path(language)).items():
        text = message.findtext("translation") or ""
        if text and (text != source or not differing) and message.find("translation").get("type") is None:
            out[source] = text
    return out


@pytest.fixture
def language():
    """Installs a language for one test and puts English back afterwards."""
    yield i18n.install
    i18n.install("en")


@pytest.mark.parametrize("lang", LANGS)
def test_ts_sources_match_the_code(lang, tmp_path):
    committed = U.ts_path(lang)
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    U.lupdate(fresh, lang)
    before, after = set(U.messages(committed)), set(U.messages(fresh))
    added = sorted(f"[{c or '(module)'}] {s!r}" for c, s, _ in after - before)
    gone = sorted(f"[{c or '(module)'}] {s!r}" for c, s, _ in before - after)
    assert not added and not gone, (
        f"{committed.name} is out of date with planner/ui: {len(added)} new strings {added[:30]}, "
        f"{len(gone)} strings no longer in the code {gone[:30]}; {HOW}")


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_finished(lang):
    left = U.unfinished(U.ts_path(lang))
    shown = [f"[{c or '(module)'}] {s!r}" for c, s in left[:40]]
    assert not left, f"{len(left)} unfinished or obsolete entries in planner_{lang}.ts: {shown}; {HOW}"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_compiled_from_the_ts(lang, tmp_path):
    fresh = tmp_path / f"planner_{lang}.qm"
    U.lrelease(U.ts_path(lang), fresh)
    assert U.qm_path(lang).exists() and U.qm_path(lang).read_bytes() == fresh.read_bytes(), \
        f"planner_{lang}.qm is not what lrelease makes of planner_{lang}.ts; {HOW}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_the_placeholders(lang):
    wrong = []
    for (context, source, _), message in U.messages(U.ts_path(lang)).items():
        text = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"[{context}] {source[:60]!r} -> {text[:60]!r}")
    assert not wrong, f"translations that lose or add a placeholder: {wrong}"


def test_language_choice_env_then_preferences_then_system(monkeypatch):
    from planner.ui import settings

    monkeypatch.delenv("PLANNER_LANG", raising=False)
    settings.set_language("it_IT")
    assert i18n.chosen_language() == "it_IT"
    monkeypatch.setenv("PLANNER_LANG", "zh")
    assert i18n.chosen_language() == "zh_CN"
    monkeypatch.delenv("PLANNER_LANG")
    settings.set_language("")
    assert i18n.chosen_language() == i18n.system_language()
    assert i18n.normalise("it-CH") == "it_IT" and i18n.normalise("fr_FR") is None


def test_figures_follow_the_language(language):
    assert (F.number(1234.56, 2), F.money(1234.56, "EUR", 2), F.percent(0.125)) == ("1,234.56", "EUR 1,234.56", "12.5%")
    language("it_IT")
    assert F.number(1234.56, 2) == "1.234,56"
    assert F.money(1234.56, "EUR", 2) == "1.234,56 €"
    assert F.money(2_500_000, "CNY") == "2.500.000 CNY"
    assert F.percent(0.125) == "12,5%" and F.ratio(3.25) == "3,25×"
    from planner.ui.charts import style

    assert style.format_number(1234567) == "1.234.567" and style.format_compact(2_500_000) == "2,5M"
    language("zh_CN")
    assert F.number(2_134_000) == "213.4万" and F.number(123_456_789) == "1.23亿" and F.number(12_345) == "12,345"
    assert F.money(7_753_000) == "CNY 775.3万"
    F.set_locale("zh_CN", chinese_units=False)  # Preferences: 万/亿 off
    assert F.number(2_134_000) == "2,134,000"


def test_dates_follow_the_language(language):
    from datetime import datetime, timezone

    moment = datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc)  # Tue 20:00 in China
    language("zh_CN")
    assert F.china_time(moment) == "2027-06-01 周二 20:00"
    assert F.china_and_local(moment, "Asia/Shanghai") == "北京时间 2027-06-01 周二 20:00"
    language("it_IT")
    assert F.local_time(moment, "Europe/Rome") == "mar 01 giu 14:00 Europe/Rome"


@pytest.mark.parametrize("lang", ["zh_CN", "it_IT"])
def test_qt_standard_buttons_are_translated(lang, language, qtbot):
    language(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == \
        {"zh_CN": "取消", "it_IT": "Annulla"}[lang]


def _visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget) and child.text():
            texts.append(child.text())
    for bar in widget.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return texts


@pytest.mark.parametrize("lang", ["zh_CN", "it_IT"])  # 6 s for both: in every run, not a soak
def test_every_view_is_translated(lang, language, qtbot, plan_path):
    language(lang)
    translated, every = _translations(lang), _translations(lang, differing=False)
    from planner.ui.main_window import open_main_window

    win = open_main_window(plan_path)
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == [every[t] for t in ("&File", "&Edit", "&Campaign", "&View", "&Help")]
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert tabs[:4] == [every[t] for t in ("Overview", "Sessions", "Hosts", "Benchmarks")]
    assert not set(tabs) & set(translated), tabs
    untranslated = {}
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(300)
        page = win.tabs.widget(i)
        shown_translation = set(translated.values())  # Italian "Note" (of "Notes") is also the English "Note"
        found = [t for t in _visible_texts(page) if t in translated and t not in shown_translation]
        for view in page.findChildren(__import__("PySide6.QtWidgets", fromlist=["QTableView"]).QTableView):
            model = view.model()
            if model is not None and view.isVisibleTo(page):
                found += [h for c in range(model.columnCount())
                          if (h := model.headerData(c, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Horizontal))
                          in translated and h not in shown_translation]
        if found:
            untranslated[tabs[i]] = found
    for action in win.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        if action.text() in translated:
            untranslated.setdefault("actions", []).append(action.text())
    assert not untranslated, f"English shown where a {lang} translation exists: {untranslated}"
    win.close()


@pytest.mark.parametrize("lang", ["zh_CN", "it_IT"])
def test_preferences_dialog_is_translated_and_saves(lang, language, qtbot):
    from planner.ui import settings
    from planner.ui.dialogs.preferences_dialog import PreferencesDialog

    language(lang)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == _translations(lang)["Preferences"]
    dialog.language.setCurrentIndex(dialog.language.findData("it_IT" if lang == "zh_CN" else "zh_CN"))
    dialog.chinese_units.setChecked(False)
    assert dialog.language_changed()
    dialog.accept()
    assert settings.language() == ("it_IT" if lang == "zh_CN" else "zh_CN") and not settings.chinese_units()


def test_catalogues_are_shipped_in_the_package():
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(U.ROOT) / "pyproject.toml").read_text())
    assert "i18n/*.qm" in data["tool"]["setuptools"]["package-data"]["planner.resources"]
    assert all(U.qm_path(lang).exists() for lang in LANGS)


def test_csv_for_italian_excel_uses_semicolons_and_decimal_commas(store, tmp_path):
    from planner.exchange.csv_export import export_hosts_csv

    plain = export_hosts_csv(store, tmp_path / "en.csv").read_text(encoding="utf-8-sig").splitlines()
    italian = export_hosts_csv(store, tmp_path / "it.csv", decimal_comma=True).read_text(encoding="utf-8-sig")
    lines = italian.splitlines()
    assert len(lines) == len(plain) and lines[0] == plain[0].replace(",", ";")
    assert "4200000" in lines[1].split(";")  # a field of its own: ; separates
    from planner.exchange.csv_export import _comma, cell_text

    assert _comma(cell_text(1234.5, "number"), 1234.5, "number") == "1234,5"
    assert _comma(cell_text("v1.2", "text"), "v1.2", "text") == "v1.2"


@pytest.mark.parametrize("lang", ["zh_CN", "it_IT"])
def test_objectives_host_statuses_metrics_and_results_values_are_translated(lang, language, qtbot, store):
    """Strings the pseudo-locale showed still in English: they are translated, and the data keeps its keys."""
    import pandas as pd

    from planner.ui.dialogs.campaign_dialog import CampaignDialog
    from planner.ui.i18n import host_status_label
    from planner.ui.models.metrics import benchmark_metric_label
    from planner.ui.views.results_view import FrameModel

    language(lang)
    campaign = store.campaigns()[0]
    dialog = CampaignDialog(campaign)
    qtbot.addWidget(dialog)
    assert [dialog.objective.itemText(i) for i in range(dialog.objective.count())] == {
        "zh_CN": ["销售", "触达", "新品上市", "清仓"], "it_IT": ["vendite", "copertura", "lancio", "svendita"]}[lang]
    assert dialog.campaign().objective == campaign.objective
    assert host_status_label("negotiating") == {"zh_CN": "沟通中", "it_IT": "in trattativa 沟通中"}[lang]
    assert benchmark_metric_label("conversion_rate") == {
        "zh_CN": "看播转化率", "it_IT": "Tasso di conversione · 看播转化率"}[lang]
    every = _translations(lang, differing=False)
    frame = pd.DataFrame([["planned", "inside", "Douyin"]], columns=["Status", "Viewers inside P10–P90", "Platform"])
    frame.attrs["keys"] = ["status", "viewers_inside", "platform"]
    model = FrameModel()
    model.set_frame(frame, "CNY", store.load_plan().platforms.values())
    assert [model.index(0, c).data() for c in range(3)] == [
        every["planned"], every["inside"], {"zh_CN": "抖音", "it_IT": "Douyin (抖音)"}[lang]]
