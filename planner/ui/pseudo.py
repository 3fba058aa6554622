"""Pseudo-localisation: ``PLANNER_LANG=pseudo`` shows every translatable string accented, bracketed and about
40% longer, so a screenshot tour finds what would be clipped in a longer language (German and Italian run
30–40% longer than English) and what is still hard-coded English (it stays plain, without brackets).

``Ŏvéŕvîéŵ`` keeps the words readable; ``[…]`` shows where a string ends (a missing ``]`` is a clipped one);
the ``~`` padding makes the string ~40% longer. Placeholders (``{name}``, ``%1``, ``%n``), HTML tags and
entities, ``&`` mnemonics and shortcuts after a tab are kept as they are, so formatting still works.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

#: ASCII letter -> an accented look-alike (same width class, so the growth comes from the padding).
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
#: Pieces left untouched: placeholders, HTML tags and entities, the mnemonic marker with its letter.
_KEEP = re.compile(r"\{[^{}]*\}|%L?\d|%n|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&(?=\w)")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``Overview`` -> ``[Övéŕṽîéŵ ~~~]``: accented, bracketed, ~40% longer; placeholders and markup kept."""
    if not text or not text.strip():
        return text
    shortcut = ""
    if "\t" in text:  # "Undo\tCtrl+Z": the shortcut part is not translated
        text, tab, rest = text.partition("\t")
        shortcut = tab + rest
    out, pos, letters = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[pos:match.start()]
        out.append(plain.translate(_ACCENTS))
        letters += sum(c.isalnum() for c in plain)
        out.append(match.group())
        pos = match.end()
    plain = text[pos:]
    out.append(plain.translate(_ACCENTS))
    letters += sum(c.isalnum() for c in plain)
    pad = "~" * max(1, round(letters * GROWTH) - 2)
    return f"[{''.join(out)} {pad}]{shortcut}"


class PseudoTranslator(QTranslator):
    """Translates every string, in every context, to its pseudo-localised form."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if not source_text:
            return source_text
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
