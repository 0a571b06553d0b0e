"""The types of field, the rules every type shares, and what a meaning of a type answers."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from counsellor_app.domain.errors import Problem
from counsellor_app.domain.json_values import (
    Decoder,
    Refused,
)
from counsellor_app.domain.text_rules import (
    is_blank,
    refused_character,
    stored_form,
)

if TYPE_CHECKING:
    from counsellor_app.domain.schema import FieldSpec


SHORT_TEXT_LIMIT = 300
LONG_TEXT_LIMIT = 100_000
# A list of a million bad ids is one mistake: the first ones are enough to see it.
MAX_PROBLEMS_PER_FIELD = 100

# Record ids: UUIDs in canonical form (lower-case hexadecimal with hyphens).
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
# Two Latin letters, either case; stored in capitals (ISO 3166-1 alpha-2: "BE", "FR").
COUNTRY_PATTERN = r"[A-Za-z]{2}"
# BCP 47, loosely: a primary language subtag and optional subtags ("fr", "zh-Hans-CN").
LANGUAGE_PATTERN = r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*"

_UUID = re.compile(UUID_PATTERN)
DATE = re.compile(DATE_PATTERN)
NONE = type(None)
TEXT_TYPES = {str, NONE}
isoformat = operator.methodcaller("isoformat")

ColumnWriter = Callable[[Any], Any]


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


def required(path: str = "") -> Problem:
    """A required field left empty (at ``path``)."""
    return Problem(path, "is required", code="required")


@functools.lru_cache(maxsize=65_536)
def is_uuid(value: str) -> bool:
    """True for a UUID in canonical form (lower-case hexadecimal with hyphens).

    Cached: the same references (an exchange, a speaker, a theme) recur across thousands
    of records of a file.
    """
    return bool(_UUID.fullmatch(value))


def text_issue(spec: FieldSpec, value: str, path: str = "") -> Problem | None:
    """Why a text value cannot be stored in ``spec``'s field (at ``path``), or None."""
    bad = refused_character(value)
    if bad is not None:
        point, position, what = bad
        return Problem(
            path,
            f"contains {what} ({point}) at position {position}; remove it",
            code="control-character",
            args=(point, str(position)),
        )
    limit = spec.limit
    if len(value) > limit:
        return Problem(
            path,
            f"is {len(value):,} characters long; the limit is {limit:,}",
            code="too-long",
            args=(str(len(value)), str(limit)),
        )
    if spec.required and is_blank(value):
        return required(path)
    return spec.meaning.mismatch(value, path)


def value_problems(spec: FieldSpec, value: Any, path: str) -> list[Problem]:
    """Rules a value of ``spec``'s field breaks, each at ``path`` or below it."""
    if value is None or value == () or value == "":
        return [required(path)] if spec.required else []
    return spec.meaning.problems(spec, value, path)


@functools.cache
def decoder_of(spec: FieldSpec) -> Decoder:
    """The decoder of one field, made once (codes and dates remember values they have seen)."""
    return spec.meaning.decoder(spec)


def column_shape(column: list[Any]) -> tuple[set[type], int]:
    """The types in a column and how many of its values are None."""
    types = set(map(type, column))
    return types, (column.count(None) if NONE in types else 0)


class Meaning:
    """What the values of one type of field are. The base takes a value as it is."""

    # How long a text value may be.
    limit = LONG_TEXT_LIMIT
    # The form a text value must have, whole (a regular expression), or None.
    pattern: str | None = None
    # Free text (names, notes): what a list's filter box searches, and sorts without case.
    is_text = False
    # Stored without spaces and invisible characters around it (all but long texts).
    trimmed = True

    def mismatch(self, value: str, path: str) -> Problem | None:
        """The problem with a text value that is not of the type's form, or None."""
        return None

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        """Rules a value that is not empty breaks (:func:`value_problems` checks emptiness)."""
        return []

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        """The value in its stored form: text in the form of ``text_rules``, a blank optional
        text None."""
        if isinstance(value, str):
            value = stored_form(value, short=self.trimmed)
            if not spec.required and is_blank(value):
                return None
        return value

    def decoder(self, spec: FieldSpec) -> Decoder:
        """Reads one value of the file (None where the file leaves it out)."""
        raise NotImplementedError

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        """Every record's value of the field at once, or None if any value needs a closer
        look (then the file is read record by record, which says what is wrong and where).
        Both ways must agree on every valid file."""
        if spec.required and None in column:
            return None
        decode = decoder_of(spec)
        try:
            return list(map(decode, column))
        except Refused:
            return None

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        """The field's JSON Schema when it holds a value (null is allowed around it)."""
        raise NotImplementedError

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        """How a value is written to the file; None: as it is (text, ids, flags)."""
        return None

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        """A draft's value (as the file writes it) back in its type, without judging it: a
        draft may be half-typed."""
        if raw is None:
            return "" if spec.required else None
        return raw

    def column_writer(self, spec: FieldSpec) -> ColumnWriter | None:
        """How a value is kept in a table column where the database has no such type (a
        choice is kept as its text); None: as it is. Takes None to None."""
        return None

    def column_reader(self, spec: FieldSpec) -> ColumnWriter | None:
        """How a table column's value is read back; None: as it is."""
        return None
