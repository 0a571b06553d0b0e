"""The words the window uses for kinds of record, their fields and their choices, translated."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from counsellor_app.domain.schema import EntitySpec, FieldSpec, FieldType

_FIELDS = {
    "name": "Name",
    "full_name": "Full name",
    "country": "Country",
    "kind": "Kind",
    "notes": "Notes",
    "role": "Role",
    "organisation": "Organisation",
    "office": "Office",
    "named_in_reports": "Named in reports",
    "description": "Description",
    "title": "Title",
    "framework": "Framework",
    "funding": "Funding",
    "summary": "Summary",
    "status": "Status",
    "start": "Start",
    "end": "End",
    "organisations": "Organisations",
    "exchange": "Exchange",
    "host": "Host",
    "visitor": "Visitor",
    "place": "Place",
    "purpose": "Purpose",
    "participants": "Participants",
    "visit": "Visit",
    "text": "Text",
    "language": "Language",
    "translation": "Translation",
    "speaker": "Speaker",
    "recorded_by": "Recorded by",
    "recorded_at": "Recorded at",
    "themes": "Themes",
    "aspect": "Aspect",
    "observed_on": "Observed on",
    "transferability": "Transferability",
    "practices": "Practices",
    "owner": "Owner",
    "due": "Due",
    "strengths": "Strengths",
    "challenges": "Challenges",
    "evidence": "Evidence",
    "deleted_at": "Deleted",
    "updated_at": "Changed",
}

_KINDS = {
    "organisation": ("Organisation", "Organisations"),
    "person": ("Person", "People"),
    "theme": ("Theme", "Themes"),
    "exchange": ("Exchange", "Exchanges"),
    "visit": ("Visit", "Visits"),
    "observation": ("Observation", "Observations"),
    "comparison": ("Comparison", "Comparisons"),
    "action": ("Action", "Actions"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    """The label of a field, e.g. ``full_name`` → "Full name"."""
    return _tr("FieldLabels", _FIELDS.get(name, name.replace("_", " ").capitalize()))


def kind_label(key: str, *, plural: bool = False) -> str:
    """The name of a kind of record, e.g. ``person`` → "Person" or "People"."""
    singular, many = _KINDS.get(key, (key.capitalize(), key.capitalize() + "s"))
    return _tr("KindLabels", many if plural else singular)


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
