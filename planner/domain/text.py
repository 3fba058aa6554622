"""Messages the Qt-free layers write, in English, that the UI can show in its own language.

The domain, storage, exchange and services speak English: the CLI prints their messages as they are (scripts
rely on them) and tests compare them. A message the UI may show is written as a template marked for Qt's
translation tools, with its figures as named fields::

    QT_TRANSLATE_NOOP("Validation", "must be between {low} minutes and {high} hours").format(low=15, high=12)

The result is a :class:`Text`: a ``str`` (the English sentence, so everything that handles strings keeps
working) that also remembers its context, template and fields. ``planner.ui.formatting.text`` translates the
template through the installed catalogue and fills the fields in the UI's number format. ``pyside6-lupdate``
finds these calls by the name ``QT_TRANSLATE_NOOP`` (it reads no imports), so the name is kept, and the
template must be a literal in the call (no f-string, no variable); ``python -m planner.ui.i18n_update`` reads
``planner/domain``, ``planner/exchange`` and ``planner/services`` as well as ``planner/ui``.
"""

from __future__ import annotations

from typing import Any


class Text(str):
    """An English message that knows how to be translated: ``context`` and ``template`` (the catalogue's
    key) and ``fields`` (the values the template is filled with)."""

    context: str
    template: str
    fields: dict[str, Any]

    def __new__(cls, context: str, template: str, fields: dict[str, Any] | None = None) -> Text:
        fields = dict(fields or {})
        obj = super().__new__(cls, template.format(**fields) if fields else template)
        obj.context = context
        obj.template = template
        obj.fields = fields
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # across processes (the job runner's helper process)
        return (Text, (self.context, self.template, self.fields))


class Template(Text):
    """A marked template not yet filled: ``.format(**fields)`` gives the :class:`Text`."""

    def format(self, *args: object, **fields: Any) -> Text:  # type: ignore[override]
        if args:
            raise TypeError("a translatable template takes named fields only")
        return Text(self.context, self.template, fields)


class Named(str):
    """A name the plan holds in English and Chinese (a platform, a festival): the English, and ``zh``, which
    the UI shows when it is in Chinese. Not a catalogue entry: the names are the plan's data."""

    zh: str

    def __new__(cls, en: str, zh: str = "") -> Named:
        obj = super().__new__(cls, en)
        obj.zh = zh
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Named, (str(self), self.zh))


def QT_TRANSLATE_NOOP(context: str, template: str) -> Template:  # noqa: N802 (the name lupdate reads)
    """Mark ``template`` for translation in ``context``; returns it unchanged (as a :class:`Template`)."""
    return Template(context, template)


def message_of(exc: BaseException) -> str:
    """An exception's message, as the :class:`Text` it was raised with if it was (``str(exc)`` drops that)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Text) else str(exc)
