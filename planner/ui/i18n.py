"""The UI language: which translation catalogues are installed and which locale figures follow.

Translations are Qt's own workflow: ``resources/i18n/planner_<lang>.ts`` (sources, edited with Qt Linguist or
by hand) compiled to ``.qm`` by ``pyside6-lrelease``; ``python -m planner.ui.i18n_update`` regenerates both.
Qt's own strings (standard buttons, file dialogs) come from the ``qtbase_<lang>.qm`` catalogues PySide6 ships.

The language is chosen, first match wins: ``PLANNER_LANG`` (``zh_CN``, ``it_IT``, ``en``), the Preferences
dialog (QSettings), the system's UI language. It is installed once at start, before any window is built.
``PLANNER_LANG=pseudo`` is for developers: every string accented, bracketed and ~40% longer (``ui/pseudo.py``),
to find clipped layouts and strings not yet translatable; figures stay in English format.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Languages the UI is translated into: code -> name in that language (how the Preferences list shows it).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "it_IT": "Italiano"}
#: The pseudo-localisation a developer can start in (``PLANNER_LANG=pseudo``); not offered in Preferences.
PSEUDO = "pseudo"
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
_installed: list[QTranslator] = []
_current = "en"
_system_default: QLocale | None = None  # the default locale before the first install


def catalogue_dir() -> Path:
    """Where the compiled ``.qm`` files are: ``planner/resources/i18n`` installed, ``resources/i18n`` in a clone."""
    if I18N_DIR.is_dir():
        return I18N_DIR
    return Path(__file__).resolve().parents[2] / "resources" / "i18n"


def normalise(code: str | None) -> str | None:
    """``zh``, ``zh-CN``, ``zh_Hans_CN`` -> ``zh_CN``; ``it``/``it_CH`` -> ``it_IT``; ``en*``/``C`` -> ``en``;
    None for a language the UI is not translated into."""
    if not code:
        return None
    if code.lower() == PSEUDO:
        return PSEUDO
    lang = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return {"zh": "zh_CN", "it": "it_IT", "en": "en", "c": "en"}.get(lang)


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        found = normalise(name)
        if found:
            return found
    return normalise(QLocale.system().name()) or "en"


def chosen_language() -> str:
    """The language to start in: ``PLANNER_LANG``, else the Preferences choice, else the system's."""
    forced = normalise(os.environ.get("PLANNER_LANG"))
    if forced:
        return forced
    from planner.ui import settings

    return normalise(settings.language()) or system_language()


def current() -> str:
    """The installed UI language code (``en``, ``zh_CN``, ``it_IT``, or ``pseudo``)."""
    return _current


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: :func:`chosen_language`) on the application,
    replacing any installed before, and make figures follow it. Returns the language installed."""
    global _current, _system_default
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("i18n.install needs the QApplication: create it first")
    language = normalise(language) if language else chosen_language()
    language = language or "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == PSEUDO:
        from planner.ui.pseudo import PseudoTranslator

        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
    elif language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"planner_{language}", str(catalogue_dir()))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = language
    if _system_default is None:
        _system_default = QLocale()
    QLocale.setDefault(_system_default if language in ("en", PSEUDO) else QLocale(language))
    from planner.ui import formatting

    formatting.set_locale(language)
    return language


def platform_label(platform) -> str:
    """A platform's name in the UI language: 抖音 in Chinese, "Douyin (抖音)" otherwise."""
    if _current == "zh_CN" and getattr(platform, "name_zh", None):
        return platform.name_zh
    return platform.label


#: Labels the domain defines (planner.domain.models, no Qt there), listed for the translation tools.
_DOMAIN_LABELS = (
    QT_TRANSLATE_NOOP("Domain", "Tail (尾部)"), QT_TRANSLATE_NOOP("Domain", "Waist (腰部)"),
    QT_TRANSLATE_NOOP("Domain", "Head (头部)"), QT_TRANSLATE_NOOP("Domain", "Dedicated show (专场)"),
    QT_TRANSLATE_NOOP("Domain", "Slot in a multi-brand show (坑位)"),
    QT_TRANSLATE_NOOP("Domain", "planned"), QT_TRANSLATE_NOOP("Domain", "confirmed"),
    QT_TRANSLATE_NOOP("Domain", "done"), QT_TRANSLATE_NOOP("Domain", "cancelled"),
    # campaign objectives (domain.models.OBJECTIVES)
    QT_TRANSLATE_NOOP("Domain", "sales"), QT_TRANSLATE_NOOP("Domain", "reach"),
    QT_TRANSLATE_NOOP("Domain", "launch"), QT_TRANSLATE_NOOP("Domain", "clearance"),
    # host statuses (domain.models.HOST_STATUSES; the Chinese of each is HOST_STATUS_ZH)
    QT_TRANSLATE_NOOP("Domain", "prospect"), QT_TRANSLATE_NOOP("Domain", "contacted"),
    QT_TRANSLATE_NOOP("Domain", "negotiating"), QT_TRANSLATE_NOOP("Domain", "sample_sent"),
    QT_TRANSLATE_NOOP("Domain", "scheduled"), QT_TRANSLATE_NOOP("Domain", "live"),
    QT_TRANSLATE_NOOP("Domain", "reviewed"),
)


def domain_label(text: str) -> str:
    """A label from the domain's tables (tiers, session types) in the UI language."""
    return QCoreApplication.translate("Domain", text)


def host_status_label(status: str) -> str:
    """A host's status as the roster shows it: "negotiating 沟通中" (the Chinese term beside the English or
    Italian one), just "沟通中" in Chinese."""
    from planner.domain.models import HOST_STATUS_ZH

    zh = HOST_STATUS_ZH.get(status, "")
    if _current == "zh_CN" and zh:
        return zh
    return f"{domain_label(status)} {zh}".strip()
