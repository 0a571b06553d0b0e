"""The records a counsellor keeps, as frozen dataclasses.

References to other records are their ids (UUID strings); attribute names are those of the
interchange file, so ``Person.organisation`` is the id of an organisation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, TypeVar

from counsellor_app.domain.enums import (
    ActionStatus,
    ExchangeKind,
    ExchangeStatus,
    ObservationKind,
    OrganisationKind,
    Transferability,
)


@dataclass(frozen=True, kw_only=True)
class Record:
    """What every record carries: identity, who made and changed it, and when.

    ``version`` counts saves and detects concurrent edits; ``deleted_at`` is set while the
    record is in the trash.
    """

    id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    created_by: str | None = None
    updated_by: str | None = None
    version: int = 0
    deleted_at: datetime | None = None


@dataclass(frozen=True, kw_only=True)
class Organisation(Record):
    name: str
    full_name: str | None = None
    country: str | None = None
    kind: OrganisationKind | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class Person(Record):
    name: str
    role: str | None = None
    organisation: str | None = None
    office: str | None = None
    named_in_reports: bool = True


@dataclass(frozen=True, kw_only=True)
class Theme(Record):
    name: str
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Exchange(Record):
    title: str
    kind: ExchangeKind | None = None
    framework: str | None = None
    funding: str | None = None
    summary: str | None = None
    status: ExchangeStatus | None = None
    start: date | None = None
    end: date | None = None
    organisations: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Visit(Record):
    exchange: str
    host: str | None = None
    visitor: str | None = None
    start: date | None = None
    end: date | None = None
    place: str | None = None
    country: str | None = None
    purpose: str | None = None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Observation(Record):
    exchange: str
    kind: ObservationKind
    text: str
    visit: str | None = None
    language: str | None = None
    translation: str | None = None
    speaker: str | None = None
    recorded_by: str | None = None
    recorded_at: datetime | None = None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Practice:
    """How one organisation does the aspect a comparison is about."""

    organisation: str
    description: str
    strengths: str | None = None
    challenges: str | None = None
    evidence: tuple[str, ...] = field(default=())


@dataclass(frozen=True, kw_only=True)
class Comparison(Record):
    aspect: str
    exchange: str | None = None
    observed_on: date | None = None
    summary: str | None = None
    transferability: Transferability | None = None
    themes: tuple[str, ...] = ()
    practices: tuple[Practice, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Action(Record):
    exchange: str
    text: str
    owner: str | None = None
    due: date | None = None
    status: ActionStatus | None = None


R = TypeVar("R", bound=Record)


def records_from_rows(
    kind: type[R], names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> list[R]:
    """Records of ``kind`` from rows of values in the order of ``names`` (every field).

    For values already checked and converted, many at a time (an import): it fills each
    record's attributes in one step instead of calling ``__init__``, which for a frozen
    dataclass sets every field on its own and costs twice as much. The records are equal to
    those ``kind(**values)`` makes.
    """
    if sorted(names) != sorted(f.name for f in fields(kind)):
        raise ValueError(f"{kind.__name__} needs every field, no more: got {list(names)}")
    new, set_attribute = object.__new__, object.__setattr__
    made: list[R] = []
    for row in rows:
        record = new(kind)
        set_attribute(record, "__dict__", dict(zip(names, row, strict=True)))
        made.append(record)
    return made
