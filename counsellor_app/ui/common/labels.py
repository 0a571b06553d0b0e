"""The words the window uses for kinds of record, their fields and their choices, translated.

The names of kinds and fields are declared, in English, in the domain's field table
(``domain/schema.py``, which ``scripts/update_translations.py`` reads for the catalogues).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from counsellor_app.domain.schema import (
    BY_KEY,
    FIELD_LABELS,
    QT_TRANSLATE_NOOP,
    EntitySpec,
    FieldSpec,
    FieldType,
)

# "New …" as a whole, since the word for "new" agrees with the noun (nouvelle observation).
_NEW = {
    "organisation": QT_TRANSLATE_NOOP("KindLabels", "New organisation"),
    "person": QT_TRANSLATE_NOOP("KindLabels", "New person"),
    "theme": QT_TRANSLATE_NOOP("KindLabels", "New theme"),
    "exchange": QT_TRANSLATE_NOOP("KindLabels", "New exchange"),
    "visit": QT_TRANSLATE_NOOP("KindLabels", "New visit"),
    "observation": QT_TRANSLATE_NOOP("KindLabels", "New observation"),
    "comparison": QT_TRANSLATE_NOOP("KindLabels", "New comparison"),
    "action": QT_TRANSLATE_NOOP("KindLabels", "New action"),
}

# The values of the closed lists (the domain's enums) and yes/no, for lupdate to find.
_CHOICES = (
    QT_TRANSLATE_NOOP("ChoiceLabels", "reception agency"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "immigration authority"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "international organisation"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "NGO"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "ministry"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "other"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "exchange visit"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "study visit"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "online exchange"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "conference"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "planned"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "ongoing"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "completed"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "observation"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "quote"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "lesson"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "recommendation"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "question"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "high"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "medium"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "low"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "open"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "done"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "dropped"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "yes"),
    QT_TRANSLATE_NOOP("ChoiceLabels", "no"),
)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    """The label of a field, e.g. ``full_name`` → "Full name", as the field table declares
    it. A name that is no field of a record (a key of the interchange file such as
    ``version``) is shown as a word."""
    label = FIELD_LABELS.get(name)
    if label is None:
        return name.replace("_", " ").capitalize()
    return _tr("FieldLabels", label)


def kind_label(key: str, *, plural: bool = False) -> str:
    """The name of a kind of record, e.g. ``person`` → "Person" or "People"; another key
    of the history (``file``) as a word."""
    spec = BY_KEY.get(key)
    if spec is None:
        return key.capitalize()
    return _tr("KindLabels", spec.plural_label if plural else spec.label)


def new_record_label(key: str) -> str:
    """The name of a record not saved yet, e.g. ``person`` → "New person"."""
    text = _NEW.get(key)
    if text is None:
        return QCoreApplication.translate("KindLabels", "New %1").replace(
            "%1", kind_label(key).lower()
        )
    return _tr("KindLabels", text)


class KindCounts(QObject):
    """Numbers of records of each kind in Qt plural forms. A class, because lupdate reads
    plural forms only from ``self.tr`` calls inside one."""

    def text(self, key: str, count: int) -> str:
        if key == "organisation":
            return self.tr("%Ln organisation(s)", "", count)
        if key == "person":
            return self.tr("%Ln person(s)", "", count)
        if key == "theme":
            return self.tr("%Ln theme(s)", "", count)
        if key == "exchange":
            return self.tr("%Ln exchange(s)", "", count)
        if key == "visit":
            return self.tr("%Ln visit(s)", "", count)
        if key == "observation":
            return self.tr("%Ln observation(s)", "", count)
        if key == "comparison":
            return self.tr("%Ln comparison(s)", "", count)
        if key == "action":
            return self.tr("%Ln action(s)", "", count)
        return f"{count:,} {kind_label(key, plural=count != 1).lower()}"


def count_label(key: str, count: int) -> str:
    """A number of records of a kind: "1 person", "2,500 people" (in the language's digits)."""
    return KindCounts().text(key, count)


def choice_label(value: Enum | str | None) -> str:
    """A value of a closed list as shown, e.g. ``ExchangeKind.STUDY_VISIT`` → "study visit"."""
    if value is None:
        return ""
    text = value.value if isinstance(value, Enum) else value
    return _tr("ChoiceLabels", str(text))


def date_format(locale: QLocale | None = None) -> str:
    """The language's short form of a date with the year in full ("dd/MM/yyyy" in French,
    "M/d/yyyy" in American English): two-digit years are ambiguous in notes kept for years."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"y+", "yyyy", pattern)


def format_date(value: date | None) -> str:
    """A date in the window's language ("26/09/2016" in French)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def format_timestamp(value: datetime | None) -> str:
    """A timestamp in the computer's local time, to the minute, its date in the window's
    language."""
    if value is None:
        return ""
    local = value.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def one_line(text: str | None, limit: int = 160) -> str:
    """A long text shortened to one line for a list cell."""
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _yes_no(value: bool) -> str:
    return _tr("ChoiceLabels", "yes") if value else _tr("ChoiceLabels", "no")


# How a list cell shows a value of each type of field (``titles``: of referred records).
_CELL_TEXT: dict[FieldType, Callable[[Any, dict[str, str]], str]] = {
    FieldType.SHORT: lambda value, _titles: str(value),
    FieldType.LONG: lambda value, _titles: one_line(value),
    FieldType.COUNTRY: lambda value, _titles: str(value),
    FieldType.LANGUAGE: lambda value, _titles: str(value),
    FieldType.ENUM: lambda value, _titles: choice_label(value),
    FieldType.DATE: lambda value, _titles: format_date(value),
    FieldType.TIMESTAMP: lambda value, _titles: format_timestamp(value),
    FieldType.BOOL: lambda value, _titles: _yes_no(value),
    FieldType.REF: lambda value, titles: titles.get(value, ""),
    FieldType.REFS: lambda value, titles: ", ".join(
        titles.get(v, "") for v in value if titles.get(v)
    ),
    FieldType.PRACTICES: lambda value, titles: ", ".join(
        titles.get(p.organisation, "") for p in value
    ),
}


def format_value(field: FieldSpec, value: Any, titles: dict[str, str]) -> str:
    """A field's value as shown in a list cell; references are shown by their titles."""
    if value is None:
        return ""
    return _CELL_TEXT[field.type](value, titles)


def record_title(spec: EntitySpec, record: Any, limit: int = 80) -> str:
    """How a record is named in a list of choices or a message."""
    if spec.key == "visit":
        parts = [record.place or "", format_date(record.start)]
        return " · ".join(p for p in parts if p) or _tr("KindLabels", "Visit")
    return one_line(getattr(record, spec.title_field, "") or "", limit)
