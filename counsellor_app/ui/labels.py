"""The words the window uses for kinds of record, their fields and their choices, translated."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from counsellor_app.domain.schema import EntitySpec, FieldSpec, FieldType


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context`` (the name it looks for); translated where
    it is shown."""
    return text


_FIELDS = {
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "full_name": QT_TRANSLATE_NOOP("FieldLabels", "Full name"),
    "country": QT_TRANSLATE_NOOP("FieldLabels", "Country"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "notes": QT_TRANSLATE_NOOP("FieldLabels", "Notes"),
    "role": QT_TRANSLATE_NOOP("FieldLabels", "Role"),
    "organisation": QT_TRANSLATE_NOOP("FieldLabels", "Organisation"),
    "office": QT_TRANSLATE_NOOP("FieldLabels", "Office"),
    "named_in_reports": QT_TRANSLATE_NOOP("FieldLabels", "Named in reports"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Title"),
    "framework": QT_TRANSLATE_NOOP("FieldLabels", "Framework"),
    "funding": QT_TRANSLATE_NOOP("FieldLabels", "Funding"),
    "summary": QT_TRANSLATE_NOOP("FieldLabels", "Summary"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    "start": QT_TRANSLATE_NOOP("FieldLabels", "Start"),
    "end": QT_TRANSLATE_NOOP("FieldLabels", "End"),
    "organisations": QT_TRANSLATE_NOOP("FieldLabels", "Organisations"),
    "exchange": QT_TRANSLATE_NOOP("FieldLabels", "Exchange"),
    "host": QT_TRANSLATE_NOOP("FieldLabels", "Host"),
    "visitor": QT_TRANSLATE_NOOP("FieldLabels", "Visitor"),
    "place": QT_TRANSLATE_NOOP("FieldLabels", "Place"),
    "purpose": QT_TRANSLATE_NOOP("FieldLabels", "Purpose"),
    "participants": QT_TRANSLATE_NOOP("FieldLabels", "Participants"),
    "visit": QT_TRANSLATE_NOOP("FieldLabels", "Visit"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Text"),
    "language": QT_TRANSLATE_NOOP("FieldLabels", "Language"),
    "translation": QT_TRANSLATE_NOOP("FieldLabels", "Translation"),
    "speaker": QT_TRANSLATE_NOOP("FieldLabels", "Speaker"),
    "recorded_by": QT_TRANSLATE_NOOP("FieldLabels", "Recorded by"),
    "recorded_at": QT_TRANSLATE_NOOP("FieldLabels", "Recorded at"),
    "themes": QT_TRANSLATE_NOOP("FieldLabels", "Themes"),
    "aspect": QT_TRANSLATE_NOOP("FieldLabels", "Aspect"),
    "observed_on": QT_TRANSLATE_NOOP("FieldLabels", "Observed on"),
    "transferability": QT_TRANSLATE_NOOP("FieldLabels", "Transferability"),
    "practices": QT_TRANSLATE_NOOP("FieldLabels", "Practices"),
    "owner": QT_TRANSLATE_NOOP("FieldLabels", "Owner"),
    "due": QT_TRANSLATE_NOOP("FieldLabels", "Due"),
    "strengths": QT_TRANSLATE_NOOP("FieldLabels", "Strengths"),
    "challenges": QT_TRANSLATE_NOOP("FieldLabels", "Challenges"),
    "evidence": QT_TRANSLATE_NOOP("FieldLabels", "Evidence"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "Deleted"),
    "updated_at": QT_TRANSLATE_NOOP("FieldLabels", "Changed"),
}

_KINDS = {
    "organisation": (
        QT_TRANSLATE_NOOP("KindLabels", "Organisation"),
        QT_TRANSLATE_NOOP("KindLabels", "Organisations"),
    ),
    "person": (
        QT_TRANSLATE_NOOP("KindLabels", "Person"),
        QT_TRANSLATE_NOOP("KindLabels", "People"),
    ),
    "theme": (
        QT_TRANSLATE_NOOP("KindLabels", "Theme"),
        QT_TRANSLATE_NOOP("KindLabels", "Themes"),
    ),
    "exchange": (
        QT_TRANSLATE_NOOP("KindLabels", "Exchange"),
        QT_TRANSLATE_NOOP("KindLabels", "Exchanges"),
    ),
    "visit": (
        QT_TRANSLATE_NOOP("KindLabels", "Visit"),
        QT_TRANSLATE_NOOP("KindLabels", "Visits"),
    ),
    "observation": (
        QT_TRANSLATE_NOOP("KindLabels", "Observation"),
        QT_TRANSLATE_NOOP("KindLabels", "Observations"),
    ),
    "comparison": (
        QT_TRANSLATE_NOOP("KindLabels", "Comparison"),
        QT_TRANSLATE_NOOP("KindLabels", "Comparisons"),
    ),
    "action": (
        QT_TRANSLATE_NOOP("KindLabels", "Action"),
        QT_TRANSLATE_NOOP("KindLabels", "Actions"),
    ),
}

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
    """The label of a field, e.g. ``full_name`` → "Full name"."""
    return _tr("FieldLabels", _FIELDS.get(name, name.replace("_", " ").capitalize()))


def kind_label(key: str, *, plural: bool = False) -> str:
    """The name of a kind of record, e.g. ``person`` → "Person" or "People"."""
    singular, many = _KINDS.get(key, (key.capitalize(), key.capitalize() + "s"))
    return _tr("KindLabels", many if plural else singular)


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


def format_date(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def format_timestamp(value: datetime | None) -> str:
    """A timestamp in the computer's local time, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def one_line(text: str | None, limit: int = 160) -> str:
    """A long text shortened to one line for a list cell."""
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_value(field: FieldSpec, value: Any, titles: dict[str, str]) -> str:
    """A field's value as shown in a list cell; references are shown by their titles."""
    if value is None:
        return ""
    if field.type is FieldType.REF:
        return titles.get(value, "")
    if field.type is FieldType.REFS:
        return ", ".join(titles.get(v, "") for v in value if titles.get(v))
    if field.type is FieldType.PRACTICES:
        return ", ".join(titles.get(p.organisation, "") for p in value)
    if field.type is FieldType.ENUM:
        return choice_label(value)
    if field.type is FieldType.DATE:
        return format_date(value)
    if field.type is FieldType.TIMESTAMP:
        return format_timestamp(value)
    if field.type is FieldType.BOOL:
        return _tr("ChoiceLabels", "yes") if value else _tr("ChoiceLabels", "no")
    if field.type is FieldType.LONG:
        return one_line(value)
    return str(value)


def record_title(spec: EntitySpec, record: Any, limit: int = 80) -> str:
    """How a record is named in a list of choices or a message."""
    if spec.key == "visit":
        parts = [record.place or "", format_date(record.start)]
        return " · ".join(p for p in parts if p) or _tr("KindLabels", "Visit")
    return one_line(getattr(record, spec.title_field, "") or "", limit)
