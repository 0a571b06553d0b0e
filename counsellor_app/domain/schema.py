"""What each kind of record holds, field by field: one table that drives validation,
the interchange file, its JSON Schema and the storage mapping."""

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

SHORT_TEXT_LIMIT = 300
LONG_TEXT_LIMIT = 100_000


class FieldType(StrEnum):
    SHORT = "short text"
    LONG = "long text"
    ENUM = "choice"
    DATE = "date"
    TIMESTAMP = "timestamp"
    BOOL = "boolean"
    REF = "reference"
    REFS = "references"
    COUNTRY = "country code"
    LANGUAGE = "language tag"
    PRACTICES = "practices"


@dataclass(frozen=True)
class FieldSpec:
    """One field: its name (as in the file and the record), type and constraints."""

    name: str
    type: FieldType
    required: bool = False
    target: str | None = None
    choices: builtins.type[StrEnum] | None = None

    @property
    def is_text(self) -> bool:
        return self.type in (FieldType.SHORT, FieldType.LONG)

    @property
    def limit(self) -> int:
        return SHORT_TEXT_LIMIT if self.type is FieldType.SHORT else LONG_TEXT_LIMIT


@dataclass(frozen=True)
class EntitySpec:
    """One kind of record: its name, the list it forms in the file, and its fields."""

    key: str
    plural: str
    label: str
    record: type[Record]
    fields: tuple[FieldSpec, ...]
    title_field: str
    unique: tuple[str, ...] = ()
    # References that, when the target goes to the trash, take this record with it.
    follows: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


def _short(name: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.SHORT, required)


def _long(name: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.LONG, required)


def _ref(name: str, target: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.REF, required, target=target)


def _refs(name: str, target: str) -> FieldSpec:
    return FieldSpec(name, FieldType.REFS, target=target)


def _enum(name: str, choices: type[StrEnum], required: bool = False) -> FieldSpec:
    return FieldSpec(name, FieldType.ENUM, required, choices=choices)


def _date(name: str) -> FieldSpec:
    return FieldSpec(name, FieldType.DATE)


PRACTICE_FIELDS: tuple[FieldSpec, ...] = (
    _ref("organisation", "organisation", required=True),
    _long("description", required=True),
    _long("strengths"),
    _long("challenges"),
    _refs("evidence", "observation"),
)

ORGANISATION = EntitySpec(
    "organisation",
    "organisations",
    "Organisation",
    Organisation,
    (
        _short("name", required=True),
        _short("full_name"),
        FieldSpec("country", FieldType.COUNTRY),
        _enum("kind", OrganisationKind),
        _long("notes"),
    ),
    title_field="name",
    unique=("name",),
)
PERSON = EntitySpec(
    "person",
    "people",
    "Person",
    Person,
    (
        _short("name", required=True),
        _short("role"),
        _ref("organisation", "organisation"),
        _short("office"),
        FieldSpec("named_in_reports", FieldType.BOOL),
    ),
    title_field="name",
)
THEME = EntitySpec(
    "theme",
    "themes",
    "Theme",
    Theme,
    (_short("name", required=True), _long("description")),
    title_field="name",
    unique=("name",),
)
EXCHANGE = EntitySpec(
    "exchange",
    "exchanges",
    "Exchange",
    Exchange,
    (
        _short("title", required=True),
        _enum("kind", ExchangeKind),
        _short("framework"),
        _short("funding"),
        _long("summary"),
        _enum("status", ExchangeStatus),
        _date("start"),
        _date("end"),
        _refs("organisations", "organisation"),
    ),
    title_field="title",
)
VISIT = EntitySpec(
    "visit",
    "visits",
    "Visit",
    Visit,
    (
        _ref("exchange", "exchange", required=True),
        _ref("host", "organisation"),
        _ref("visitor", "organisation"),
        _date("start"),
        _date("end"),
        _short("place"),
        FieldSpec("country", FieldType.COUNTRY),
        _short("purpose"),
        _refs("participants", "person"),
    ),
    title_field="place",
    follows=("exchange",),
)
OBSERVATION = EntitySpec(
    "observation",
    "observations",
    "Observation",
    Observation,
    (
        _ref("exchange", "exchange", required=True),
        _ref("visit", "visit"),
        _enum("kind", ObservationKind, required=True),
        _long("text", required=True),
        FieldSpec("language", FieldType.LANGUAGE),
        _long("translation"),
        _ref("speaker", "person"),
        _short("recorded_by"),
        FieldSpec("recorded_at", FieldType.TIMESTAMP),
        _refs("themes", "theme"),
    ),
    title_field="text",
    follows=("exchange",),
)
COMPARISON = EntitySpec(
    "comparison",
    "comparisons",
    "Comparison",
    Comparison,
    (
        _short("aspect", required=True),
        _ref("exchange", "exchange"),
        _date("observed_on"),
        _long("summary"),
        _enum("transferability", Transferability),
        _refs("themes", "theme"),
        FieldSpec("practices", FieldType.PRACTICES),
    ),
    title_field="aspect",
    follows=("exchange",),
)
ACTION = EntitySpec(
    "action",
    "actions",
    "Action",
    Action,
    (
        _ref("exchange", "exchange", required=True),
        _long("text", required=True),
        _short("owner"),
        _date("due"),
        _enum("status", ActionStatus),
    ),
    title_field="text",
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

META_FIELDS: tuple[str, ...] = ("created_at", "updated_at", "created_by", "updated_by")


def spec_of(record: Record | type[Record]) -> EntitySpec:
    """The spec of a record or record class."""
    cls = record if isinstance(record, type) else type(record)
    return BY_RECORD[cls]
