"""Regenerate the translation sources and catalogues: ``python -m planner.ui.i18n_update`` (in a clone).

1. ``pyside6-lupdate`` reads every user-visible string of ``planner/ui`` (and the messages ``planner/domain``,
   ``exchange`` and ``services`` mark with ``QT_TRANSLATE_NOOP``) into ``resources/i18n/planner_*.ts``
   (entries whose string is gone are dropped; new ones are added as unfinished);
2. a new entry whose source text was translated elsewhere in the file (the same words in another class, or a
   string that moved to another class) gets that translation; they are listed so a translator can check them;
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

Then translate what is left unfinished (Qt Linguist: ``pyside6-linguist resources/i18n/planner_it_IT.ts``, or
edit the XML: fill ``<translation>`` and remove ``type="unfinished"``), and run this again to compile.
``tests/ui/test_i18n.py`` fails until every entry is finished and the ``.qm`` files match.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path



def _source_root() -> Path:
    """The checkout whose ``resources/i18n`` this maintains: the one this module sits in (an editable install
    or a clone), else the nearest folder at or above the working directory that has one (the tests run
    against an installed, non-editable copy from the clone's root)."""
    here = Path(__file__).resolve().parents[2]
    for root in (here, *(Path.cwd().resolve() / "x").parents):
        if (root / "resources" / "i18n").is_dir() and (root / "pyproject.toml").is_file():
            return root
    return here


ROOT = _source_root()
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "it_IT")
#: Module-level ``_tr(text)`` helpers translate in the empty context; this makes lupdate read them as ``tr``.
LUPDATE_ARGS = ("-tr-function-alias", "tr+=_tr", "-locations", "none", "-no-obsolete", "-silent")


def ts_path(language: str) -> Path:
    return I18N / f"planner_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"planner_{language}.qm"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


#: Where user-visible strings are: the UI, and the messages the Qt-free layers mark with ``QT_TRANSLATE_NOOP``
#: (``planner.domain.text``) for the UI to show in its language.
SOURCE_DIRS = ("ui", "domain", "exchange", "services")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in SOURCE_DIRS
                  for p in (ROOT / "planner" / folder).rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    """Update ``ts`` (created if missing) with the strings of the UI sources."""
    subprocess.run([_tool("pyside6-lupdate"), *LUPDATE_ARGS, "-target-language", language, *sources(),
                    "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """``(context, source, comment)`` -> the ``<message>`` element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every entry without a finished translation (or marked obsolete/vanished)."""
    out = []
    for (context, source, _), message in messages(ts).items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        empty = translation is None or not ("".join(translation.itertext()).strip())
        if kind in ("unfinished", "obsolete", "vanished") or empty:
            out.append((context, source))
    return out


def fill_from_memory(ts: Path, memory: dict[str, str]) -> int:
    """Give unfinished entries the translation their source text has elsewhere; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and not translation.text \
                and source in memory and message.get("numerus") != "yes":
            translation.text = memory[source]
            del translation.attrib["type"]
            print(f"  {ts.name}: {source[:70]!r} -> {memory[source][:40]!r} (same text elsewhere)")
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def memory_of(ts: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if ts.exists():
        for (_, source, _), message in messages(ts).items():
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                out.setdefault(source, translation.text)
    return out


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        memory = memory_of(ts)
        lupdate(ts, language)
        filled = fill_from_memory(ts, memory)
        if filled:
            lupdate(ts, language)  # back to lupdate's own layout
        lrelease(ts, qm_path(language))
        left = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} entries, {len(left)} unfinished"
              + (f" ({filled} filled from the same text elsewhere, listed above)" if filled else ""))
        for context, source in left[:20]:
            print(f"  unfinished: [{context or '(module)'}] {source[:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
