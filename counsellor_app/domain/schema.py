"""What each kind of record holds, field by field: one table that drives validation,
the interchange file, its JSON Schema, the storage mapping, the lists and labels of the
window and the spreadsheet export. What a type of field means is in ``field_types``."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from counsellor_app.domain.enums import (
    ActionStatus,
    ExchangeKind,
    ExchangeStatus,
    ObservationKind,
    OrganisationKind,
    Transferability,
)
from counsellor_app.domain.field_types import (
    LONG_TEXT_LIMIT as LONG_TEXT_LIMIT,
)
from counsellor_app.domain.field_types import (
    MEANINGS,
    FieldType,
    Meaning,
)
from counsellor_app.domain.field_types import (
    SHORT_TEXT_LIMIT as SHORT_TEXT_LIMIT,
)
from counsellor_app.domain.records import (
    Action,
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Record,
    Theme,
    Visit,
)

__all__ = ["FieldType"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as a source string of the window's translation catalogues, under
    ``context`` (``pyside6-lupdate`` looks for this name; nothing of Qt is imported). The
    domain keeps the English; the window translates it where it shows it."""
    return text


@dataclass(frozen=True)
class FieldSpec:
    """One field: its name (as in the file and the record), type, label and constraints."""

    name: str
    type: FieldType
    required: bool = False
    target: str | None = None
    choices: builtins.type[StrEnum] | None = None
    # What the window calls the field: English, translated there (context "FieldLabels").
    label: str = ""
    # The fields each item of a list of items is made of (a comparison's practices).
    parts: tuple[FieldSpec, ...] = ()

    @property
    def meaning(self) -> Meaning:
        """What the field's type means: its form, checks, decoder, schema."""
        return MEANINGS[self.type]

    @property
    def is_text(self) -> bool:
        """Free text (short or long), not a code of a fixed form."""
        return self.meaning.is_text

    @property
    def limit(self) -> int:
        return self.meaning.limit


@dataclass(frozen=True)
class EntitySpec:
    """One kind of record: its name, the list it forms in the file, and its fields."""

    key: str
    plural: str
    label: str
    record: type[Record]
    fields: tuple[FieldSpec, ...]
    title_field: str
    # The name of the kind for a list of them: English, translated by the window.
    plural_label: str = ""
    # The columns of the window's list of these records, in order; the first is the title.
    list_columns: tuple[str, ...] = ()
    # The columns of the spreadsheet export, in order: "id", a field (a reference shows
    # the title of what it refers to), a field of the record a reference points at
    # ("speaker.role"), or who made and changed the record and when. The header is the
    # name with "_" for ".".
    csv_columns: tuple[str, ...] = ()
    unique: tuple[str, ...] = ()
    # References that, when the target goes to the trash, take this record with it.
    follows: tuple[str, ...] = ()
    # The fields naming who recorded the record and when (a name, a timestamp): a record
    # created without them gets the person creating it and the time.
    recorded: tuple[str, str] | None = None

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _short(name: str, label: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.SHORT, required, label=label)


def _long(name: str, label: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.LONG, required, label=label)


def _ref(name: str, label: str, target: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.REF, required, target=target, label=label)


def _refs(name: str, label: str, target: str) -> FieldSpec:
    return FieldSpec(name, FieldType.REFS, target=target, label=label)


def _enum(name: str, label: str, choices: type[StrEnum], required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.ENUM, required, choices=choices, label=label)


def _date(name: str, label: str) -> FieldSpec:
    return FieldSpec(name, FieldType.DATE, label=label)


def _typed(name: str, label: str, type: FieldType) -> FieldSpec:
    return FieldSpec(name, type, label=label)


PRACTICE_FIELDS: tuple[FieldSpec, ...] = (
    _ref(
        "organisation",
        QT_TRANSLATE_NOOP("FieldLabels", "Organisation"),
        "organisation",
        required=True,
    ),
    _long("description", QT_TRANSLATE_NOOP("FieldLabels", "Description"), required=True),
    _long("strengths", QT_TRANSLATE_NOOP("FieldLabels", "Strengths")),
    _long("challenges", QT_TRANSLATE_NOOP("FieldLabels", "Challenges")),
    _refs("evidence", QT_TRANSLATE_NOOP("FieldLabels", "Evidence"), "observation"),
)

ORGANISATION = EntitySpec(
    "organisation",
    "organisations",
    QT_TRANSLATE_NOOP("KindLabels", "Organisation"),
    Organisation,
    (
        _short("name", QT_TRANSLATE_NOOP("FieldLabels", "Name"), required=True),
        _short("full_name", QT_TRANSLATE_NOOP("FieldLabels", "Full name")),
        _typed("country", QT_TRANSLATE_NOOP("FieldLabels", "Country"), FieldType.COUNTRY),
        _enum("kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind"), OrganisationKind),
        _long("notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")),
    ),
    title_field="name",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Organisations"),
    list_columns=("name", "full_name", "country", "kind"),
    unique=("name",),
)
PERSON = EntitySpec(
    "person",
    "people",
    QT_TRANSLATE_NOOP("KindLabels", "Person"),
    Person,
    (
        _short("name", QT_TRANSLATE_NOOP("FieldLabels", "Name"), required=True),
        _short("role", QT_TRANSLATE_NOOP("FieldLabels", "Role")),
        _ref("organisation", QT_TRANSLATE_NOOP("FieldLabels", "Organisation"), "organisation"),
        _short("office", QT_TRANSLATE_NOOP("FieldLabels", "Office")),
        _typed(
            "named_in_reports",
            QT_TRANSLATE_NOOP("FieldLabels", "Named in reports"),
            FieldType.BOOL,
        ),
    ),
    title_field="name",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "People"),
    list_columns=("name", "role", "organisation", "office"),
)
THEME = EntitySpec(
    "theme",
    "themes",
    QT_TRANSLATE_NOOP("KindLabels", "Theme"),
    Theme,
    (
        _short("name", QT_TRANSLATE_NOOP("FieldLabels", "Name"), required=True),
        _long("description", QT_TRANSLATE_NOOP("FieldLabels", "Description")),
    ),
    title_field="name",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Themes"),
    list_columns=("name", "description"),
    unique=("name",),
)
EXCHANGE = EntitySpec(
    "exchange",
    "exchanges",
    QT_TRANSLATE_NOOP("KindLabels", "Exchange"),
    Exchange,
    (
        _short("title", QT_TRANSLATE_NOOP("FieldLabels", "Title"), required=True),
        _enum("kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind"), ExchangeKind),
        _short("framework", QT_TRANSLATE_NOOP("FieldLabels", "Framework")),
        _short("funding", QT_TRANSLATE_NOOP("FieldLabels", "Funding")),
        _long("summary", QT_TRANSLATE_NOOP("FieldLabels", "Summary")),
        _enum("status", QT_TRANSLATE_NOOP("FieldLabels", "Status"), ExchangeStatus),
        _date("start", QT_TRANSLATE_NOOP("FieldLabels", "Start")),
        _date("end", QT_TRANSLATE_NOOP("FieldLabels", "End")),
        _refs("organisations", QT_TRANSLATE_NOOP("FieldLabels", "Organisations"), "organisation"),
    ),
    title_field="title",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Exchanges"),
    list_columns=("title", "kind", "status", "start", "end", "organisations"),
)
VISIT = EntitySpec(
    "visit",
    "visits",
    QT_TRANSLATE_NOOP("KindLabels", "Visit"),
    Visit,
    (
        _ref("exchange", QT_TRANSLATE_NOOP("FieldLabels", "Exchange"), "exchange", required=True),
        _ref("host", QT_TRANSLATE_NOOP("FieldLabels", "Host"), "organisation"),
        _ref("visitor", QT_TRANSLATE_NOOP("FieldLabels", "Visitor"), "organisation"),
        _date("start", QT_TRANSLATE_NOOP("FieldLabels", "Start")),
        _date("end", QT_TRANSLATE_NOOP("FieldLabels", "End")),
        _short("place", QT_TRANSLATE_NOOP("FieldLabels", "Place")),
        _typed("country", QT_TRANSLATE_NOOP("FieldLabels", "Country"), FieldType.COUNTRY),
        _short("purpose", QT_TRANSLATE_NOOP("FieldLabels", "Purpose")),
        _refs("participants", QT_TRANSLATE_NOOP("FieldLabels", "Participants"), "person"),
    ),
    title_field="place",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Visits"),
    list_columns=("place", "host", "visitor", "start", "end", "participants"),
    follows=("exchange",),
)
OBSERVATION = EntitySpec(
    "observation",
    "observations",
    QT_TRANSLATE_NOOP("KindLabels", "Observation"),
    Observation,
    (
        _ref("exchange", QT_TRANSLATE_NOOP("FieldLabels", "Exchange"), "exchange", required=True),
        _ref("visit", QT_TRANSLATE_NOOP("FieldLabels", "Visit"), "visit"),
        _enum("kind", QT_TRANSLATE_NOOP("FieldLabels", "Kind"), ObservationKind, required=True),
        _long("text", QT_TRANSLATE_NOOP("FieldLabels", "Text"), required=True),
        _typed("language", QT_TRANSLATE_NOOP("FieldLabels", "Language"), FieldType.LANGUAGE),
        _long("translation", QT_TRANSLATE_NOOP("FieldLabels", "Translation")),
        _ref("speaker", QT_TRANSLATE_NOOP("FieldLabels", "Speaker"), "person"),
        _short("recorded_by", QT_TRANSLATE_NOOP("FieldLabels", "Recorded by")),
        _typed("recorded_at", QT_TRANSLATE_NOOP("FieldLabels", "Recorded at"), FieldType.TIMESTAMP),
        _refs("themes", QT_TRANSLATE_NOOP("FieldLabels", "Themes"), "theme"),
    ),
    title_field="text",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Observations"),
    list_columns=("text", "kind", "speaker", "themes", "recorded_at", "exchange"),
    recorded=("recorded_by", "recorded_at"),
    csv_columns=(
        "id",
        "exchange",
        "kind",
        "text",
        "language",
        "translation",
        "speaker",
        "speaker.role",
        "speaker.organisation",
        "themes",
        "visit",
        "recorded_by",
        "recorded_at",
        "created_at",
        "updated_at",
    ),
    follows=("exchange",),
)
COMPARISON = EntitySpec(
    "comparison",
    "comparisons",
    QT_TRANSLATE_NOOP("KindLabels", "Comparison"),
    Comparison,
    (
        _short("aspect", QT_TRANSLATE_NOOP("FieldLabels", "Aspect"), required=True),
        _ref("exchange", QT_TRANSLATE_NOOP("FieldLabels", "Exchange"), "exchange"),
        _date("observed_on", QT_TRANSLATE_NOOP("FieldLabels", "Observed on")),
        _long("summary", QT_TRANSLATE_NOOP("FieldLabels", "Summary")),
        _enum(
            "transferability", QT_TRANSLATE_NOOP("FieldLabels", "Transferability"), Transferability
        ),
        _refs("themes", QT_TRANSLATE_NOOP("FieldLabels", "Themes"), "theme"),
        FieldSpec(
            "practices",
            FieldType.PRACTICES,
            label=QT_TRANSLATE_NOOP("FieldLabels", "Practices"),
            parts=PRACTICE_FIELDS,
        ),
    ),
    title_field="aspect",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Comparisons"),
    list_columns=("aspect", "exchange", "transferability", "observed_on", "practices"),
    follows=("exchange",),
)
ACTION = EntitySpec(
    "action",
    "actions",
    QT_TRANSLATE_NOOP("KindLabels", "Action"),
    Action,
    (
        _ref("exchange", QT_TRANSLATE_NOOP("FieldLabels", "Exchange"), "exchange", required=True),
        _long("text", QT_TRANSLATE_NOOP("FieldLabels", "Text"), required=True),
        _short("owner", QT_TRANSLATE_NOOP("FieldLabels", "Owner")),
        _date("due", QT_TRANSLATE_NOOP("FieldLabels", "Due")),
        _enum("status", QT_TRANSLATE_NOOP("FieldLabels", "Status"), ActionStatus),
    ),
    title_field="text",
    plural_label=QT_TRANSLATE_NOOP("KindLabels", "Actions"),
    list_columns=("text", "owner", "due", "status", "exchange"),
    follows=("exchange",),
)

# In the order a file is read: every record comes after those it may refer to.
ENTITIES: tuple[EntitySpec, ...] = (
    ORGANISATION,
    PERSON,
    THEME,
    EXCHANGE,
    VISIT,
    OBSERVATION,
    COMPARISON,
    ACTION,
)
BY_KEY: dict[str, EntitySpec] = {spec.key: spec for spec in ENTITIES}
BY_RECORD: dict[type[Record], EntitySpec] = {spec.record: spec for spec in ENTITIES}

# Who made and changed each record and when: in the file and the table, not in the forms.
META_SPECS: tuple[FieldSpec, ...] = (
    _typed("created_at", QT_TRANSLATE_NOOP("FieldLabels", "Created"), FieldType.TIMESTAMP),
    _typed("updated_at", QT_TRANSLATE_NOOP("FieldLabels", "Changed"), FieldType.TIMESTAMP),
    _short("created_by", QT_TRANSLATE_NOOP("FieldLabels", "Created by")),
    _short("updated_by", QT_TRANSLATE_NOOP("FieldLabels", "Changed by")),
)
META_FIELDS: tuple[str, ...] = tuple(spec.name for spec in META_SPECS)

# What the window calls every field and the other attributes a record has, by name: a name
# means the same wherever it appears (a test keeps it so).
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("FieldLabels", "Id"),
    "deleted_at": QT_TRANSLATE_NOOP("FieldLabels", "Deleted"),
    **{f.name: f.label for f in META_SPECS},
    **{f.name: f.label for spec in ENTITIES for f in spec.fields},
    **{f.name: f.label for f in PRACTICE_FIELDS},
}


def spec_of(record: Record | type[Record]) -> EntitySpec:
    """The spec of a record or record class."""
    cls = record if isinstance(record, type) else type(record)
    return BY_RECORD[cls]
