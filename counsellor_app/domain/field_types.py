"""Each type of field and what it means, said once: the form its values take, how a value is
checked and put in its stored form, read from the interchange file (a value at a time, or a
whole column at once) and written back, kept in a draft and in a table column, and its part
of the file's JSON Schema.

The field table (:mod:`~counsellor_app.domain.schema`) gives each field a type; whatever
depends on the type asks that type's :class:`Meaning` here instead of testing which type it
is, so that no two places can disagree about, say, what a country code looks like.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import operator
import re
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from itertools import chain
from typing import TYPE_CHECKING, Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import (
    MAX_PROBLEMS,
    Decoder,
    Refused,
    unknown_field,
    wrong_type,
)
from counsellor_app.domain.records import Practice
from counsellor_app.domain.text_rules import (
    EDGE_CHARACTERS,
    INVISIBLE,
    REFUSED,
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
_DATE = re.compile(DATE_PATTERN)
_NONE = type(None)
_TEXT_TYPES = {str, _NONE}
_FIRST = operator.itemgetter(slice(None, 1))
_LAST = operator.itemgetter(slice(-1, None))
_isoformat = operator.methodcaller("isoformat")

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


def _column_shape(column: list[Any]) -> tuple[set[type], int]:
    """The types in a column and how many of its values are None."""
    types = set(map(type, column))
    return types, (column.count(None) if _NONE in types else 0)


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


class Text(Meaning):
    """Free text: a name, a title (short) or a note (long)."""

    is_text = True
    # Checked against a pattern whatever its length (a code; see ``Code``).
    is_code = False

    def __init__(self, *, long: bool) -> None:
        self.limit = LONG_TEXT_LIMIT if long else SHORT_TEXT_LIMIT
        self.trimmed = not long

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        issue = text_issue(spec, value, path)
        return [issue] if issue is not None else []

    def decoder(self, spec: FieldSpec) -> Decoder:
        limit, must, trimmed = spec.limit, spec.required, self.trimmed
        stored, is_code = self.stored, self.is_code

        def decode(raw: Any) -> Any:
            if raw is None:
                if must:
                    raise Refused(required())
                return None
            if type(raw) is not str:
                raise Refused(wrong_type("text", raw))
            raw = stored(raw, trimmed)
            if is_code or len(raw) > limit or REFUSED.search(raw):
                issue = text_issue(spec, raw)
                if issue is not None:
                    raise Refused(issue)
            if is_blank(raw):
                if must:
                    raise Refused(required())
                return None
            return raw

        return decode

    def stored(self, value: str, trimmed: bool) -> str:
        return stored_form(value, short=trimmed)

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        # Each check runs over the whole column with built-in functions (types, lengths,
        # control characters) instead of one Python call per value.
        types, nones = _column_shape(column)
        if nones and spec.required:
            return None
        if not types <= _TEXT_TYPES:
            return None
        texts = [v for v in column if v is not None] if nones else column
        if not texts:
            return column
        if max(map(len, texts)) > spec.limit:
            return None
        joined = "\n".join(texts)
        if REFUSED.search(joined):
            return None
        if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):
            return None  # to be normalised, value by value
        if self.trimmed:
            edges = "".join(map(_FIRST, texts)) + "".join(map(_LAST, texts))
            if EDGE_CHARACTERS.search(edges):
                return None  # to be trimmed, value by value
        if "\r" in joined:
            column = [v.replace("\r\n", "\n") if v is not None and "\r" in v else v for v in column]
            texts = [v for v in column if v is not None]
        blank = is_blank if INVISIBLE.search(joined) else str.isspace
        if "" in texts or any(map(blank, texts)):
            if spec.required:
                return None
            column = [None if v is None or not v or blank(v) else v for v in column]
        return column

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "maxLength": spec.limit}


class Code(Text):
    """A short code of a fixed form: a country, a language."""

    is_text = False
    is_code = True

    def __init__(self, pattern: str, *, code: str, example: str, upper: bool = False) -> None:
        super().__init__(long=False)
        self.limit = LONG_TEXT_LIMIT  # the pattern bounds it
        self.pattern = pattern
        self._matcher = re.compile(pattern)
        self._code = code
        self._example = example
        self._upper = upper

    def mismatch(self, value: str, path: str) -> Problem | None:
        if self._matcher.fullmatch(value):
            return None
        return Problem(
            path,
            f"{quoted(value)} is not {self._example}",
            code=self._code,
            args=(shortened(value),),
        )

    def stored(self, value: str, trimmed: bool) -> str:
        value = stored_form(value, short=trimmed)
        return value.upper() if self._upper else value

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        if isinstance(value, str) and self._upper:
            return self.stored(value, True)
        return super().normalised(spec, value)

    def decoder(self, spec: FieldSpec) -> Decoder:
        # A handful of distinct values per file: each is checked once.
        check = super().decoder(spec)
        known: dict[str, Any] = {}

        def decode_code(raw: Any) -> Any:
            if type(raw) is str:
                found = known.get(raw, known)
                if found is not known:
                    return found
                known[raw] = value = check(raw)
                return value
            return check(raw)

        return decode_code

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        return Meaning.decode_column(self, spec, column)

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$"}


class Choice(Meaning):
    """One value of a closed list (an enumeration of the domain)."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        assert spec.choices is not None
        if value in {c.value for c in spec.choices}:
            return []
        values = tuple(c.value for c in spec.choices)
        return [
            Problem(
                path,
                f"{quoted(value)} is not one of: {', '.join(values)}",
                code="not-one-of",
                args=(shortened(value), *values),
            )
        ]

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        if isinstance(value, str):
            value = stored_form(value, short=True)
            if spec.choices is not None:
                with contextlib.suppress(ValueError):  # reported by the problems
                    value = spec.choices(value)
        return value

    def decoder(self, spec: FieldSpec) -> Decoder:
        assert spec.choices is not None
        members = {member.value: member for member in spec.choices}
        must = spec.required

        def decode(raw: Any) -> Any:
            member = members.get(raw) if type(raw) is str else None
            if member is not None:
                return member
            if raw is None and not must:
                return None
            if raw is None:
                raise Refused(required())
            if type(raw) is not str:
                raise Refused(wrong_type("text", raw))
            raise Refused(*value_problems(spec, raw, ""))

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        assert spec.choices is not None
        types, nones = _column_shape(column)
        if (nones and spec.required) or not types <= _TEXT_TYPES:
            return None
        members = {member.value: member for member in spec.choices}
        values = list(map(members.get, column))
        return values if values.count(None) == nones else None

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        assert spec.choices is not None
        return {"type": "string", "enum": [c.value for c in spec.choices]}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return str  # the choices are StrEnums: str() is the value, also of a draft's raw text

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None or spec.choices is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(ValueError):
            return spec.choices(raw)
        return raw

    def column_writer(self, spec: FieldSpec) -> ColumnWriter | None:
        return _ChoiceTexts(spec.choices or ()).__getitem__

    def column_reader(self, spec: FieldSpec) -> ColumnWriter | None:
        members: dict[Any, Any] = {m.value: m for m in spec.choices or ()}
        members[None] = None
        return members.__getitem__


def _choice_text(value: Any) -> Any:
    return None if value is None else str(value.value if hasattr(value, "value") else value)


class _ChoiceTexts(dict[Any, Any]):
    """A choice field's members (or their values: a StrEnum member equals its value) to the
    text stored, looked up in C for each of 100,000 rows; anything else converted as ever."""

    def __init__(self, choices: Any) -> None:
        super().__init__({choice: _choice_text(choice) for choice in choices})
        self[None] = None

    def __missing__(self, value: Any) -> Any:
        return _choice_text(value)


class Day(Meaning):
    """A date, ``YYYY-MM-DD`` in the file."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _date

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{DATE_PATTERN}$"}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return _isoformat

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(TypeError, ValueError):
            return date.fromisoformat(raw)
        return None


def _date(raw: Any) -> date | None:
    if raw is None:
        return None
    if type(raw) is str and _DATE.fullmatch(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a date in the form YYYY-MM-DD",
            code="not-date",
            args=(shortened(raw),),
        )
    )


class Timestamp(Meaning):
    """A moment with its time zone offset, ISO 8601 in the file."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _timestamp

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "format": "date-time"}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return _isoformat

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return super().from_draft(spec, raw)
        with contextlib.suppress(TypeError, ValueError):
            return datetime.fromisoformat(raw)
        return None


def _timestamp(raw: Any) -> datetime | None:
    if raw is None:
        return None
    if type(raw) is str and _DATE.match(raw):
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            pass
        else:
            if value.tzinfo is not None:
                return value
            raise Refused(
                Problem(
                    "",
                    f"{quoted(raw)} has no time zone offset (such as +02:00)",
                    code="no-offset",
                    args=(shortened(raw),),
                )
            )
    raise Refused(
        Problem(
            "",
            f"{quoted(raw)} is not a timestamp such as 2016-09-28T15:00:00+02:00",
            code="not-timestamp",
            args=(shortened(raw),),
        )
    )


class Flag(Meaning):
    """Yes or no; yes where the file leaves it out."""

    def decoder(self, spec: FieldSpec) -> Decoder:
        return _flag

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "boolean"}

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        return True if raw is None else raw


def _flag(raw: Any) -> bool:
    if raw is None:
        return True
    if type(raw) is not bool:
        raise Refused(wrong_type("boolean", raw))
    return raw


def _id_problems(spec: FieldSpec, ids: Any, path: str, *, listed: bool) -> list[Problem]:
    seen: set[str] = set()
    problems: list[Problem] = []
    for i, ref in enumerate(ids):
        if len(problems) >= MAX_PROBLEMS_PER_FIELD:
            break
        where = f"{path}[{i}]" if listed else path
        if not isinstance(ref, str) or not is_uuid(ref):
            problems.append(
                Problem(
                    where,
                    f"{quoted(ref)} is not a record id",
                    code="not-record-id",
                    args=(shortened(ref),),
                )
            )
        elif ref in seen:
            problems.append(
                Problem(where, f"{ref} is listed twice", code="listed-twice", args=(ref,))
            )
        seen.add(ref)
    return problems


_ID_SCHEMA = {"type": "string", "pattern": f"^{UUID_PATTERN}$"}


class Reference(Meaning):
    """The id of one record of the field's target kind."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        return _id_problems(spec, (value,), path, listed=False)

    def decoder(self, spec: FieldSpec) -> Decoder:
        must = spec.required

        def decode(raw: Any) -> Any:
            if type(raw) is str and is_uuid(raw):
                return raw
            if raw is None and not must:
                return None
            if raw is None or raw == "":
                raise Refused(required())
            if type(raw) is not str:
                raise Refused(wrong_type("record-id", raw))
            raise Refused(
                Problem(
                    "",
                    f"{quoted(raw)} is not a record id",
                    code="not-record-id",
                    args=(shortened(raw),),
                )
            )

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        types, nones = _column_shape(column)
        if (nones and spec.required) or not types <= _TEXT_TYPES:
            return None
        distinct = set(column)
        distinct.discard(None)
        return column if all(map(is_uuid, distinct)) else None

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return dict(_ID_SCHEMA)


class References(Meaning):
    """An ordered list of ids of records of the field's target kind, each once."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        return _id_problems(spec, value, path, listed=True)

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        return tuple(value)

    def decoder(self, spec: FieldSpec) -> Decoder:
        def decode(raw: Any) -> Any:
            if raw is None:
                return ()
            if type(raw) is not list:
                raise Refused(wrong_type("record-ids", raw))
            for i, item in enumerate(raw):
                if type(item) is not str:
                    raise Refused(wrong_type("record-id", item, f"[{i}]"))
            if len(set(raw)) != len(raw) or not all(map(is_uuid, raw)):
                raise Refused(*value_problems(spec, tuple(raw), ""))
            return tuple(raw)

        return decode

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        types, nones = _column_shape(column)
        if (nones and spec.required) or not types <= {list, _NONE}:
            return None
        lists = [v for v in column if v is not None] if nones else column
        flat = list(chain.from_iterable(lists))
        if flat and (set(map(type, flat)) != {str} or not all(map(is_uuid, set(flat)))):
            return None
        if sum(map(len, map(set, lists))) != len(flat):
            return None  # an id listed twice
        return [() if v is None else tuple(v) for v in column]

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "array", "items": dict(_ID_SCHEMA)}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        return list

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        return () if raw is None else tuple(raw)


class Practices(Meaning):
    """A comparison's columns: one practice per organisation, each made of the fields of
    ``spec.parts``."""

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        problems: list[Problem] = []
        for i, practice in enumerate(value):
            for part in spec.parts:
                got = getattr(practice, part.name)
                problems += value_problems(part, got, f"{path}[{i}].{part.name}")
        return problems

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        texts = [part for part in spec.parts if part.is_text]
        return tuple(
            dataclasses.replace(
                p, **{f.name: f.meaning.normalised(f, getattr(p, f.name)) for f in texts}
            )
            for p in value
        )

    def decoder(self, spec: FieldSpec) -> Decoder:
        names = frozenset(part.name for part in spec.parts)
        decoders = [(part.name, decoder_of(part)) for part in spec.parts]

        def decode(raw: Any) -> tuple[Practice, ...]:
            if raw is None:
                return ()
            if type(raw) is not list:
                raise Refused(wrong_type("list", raw))
            practices: list[Practice] = []
            problems: list[Problem] = []
            for i, item in enumerate(raw):
                if len(problems) > MAX_PROBLEMS:
                    break
                if type(item) is not dict:
                    problems.append(wrong_type("object", item, f"[{i}]"))
                    continue
                before = len(problems)
                problems += (
                    unknown_field(f"[{i}].{shortened(key)}")
                    for key in sorted(item.keys() - names)[:MAX_PROBLEMS]
                )
                values: dict[str, Any] = {}
                for name, decode_part in decoders:
                    try:
                        values[name] = decode_part(item.get(name))
                    except Refused as refused:
                        problems += (
                            dataclasses.replace(p, path=f"[{i}].{name}{p.path}")
                            for p in refused.problems
                        )
                        values[name] = None
                if len(problems) == before:
                    practices.append(Practice(**values))
            if problems:
                raise Refused(*problems)
            return tuple(practices)

        return decode

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "array", "items": {"$ref": "#/$defs/practice"}}

    def json_writer(self, spec: FieldSpec) -> Callable[[Any], Any] | None:
        writers = [(part.name, part.meaning.json_writer(part)) for part in spec.parts]

        def write(practices: tuple[Practice, ...]) -> list[dict[str, Any]]:
            written = []
            for practice in practices:
                body: dict[str, Any] = {}
                for name, write_part in writers:
                    value = getattr(practice, name)
                    if value is not None:
                        body[name] = value if write_part is None else write_part(value)
                written.append(body)
            return written

        return write

    def from_draft(self, spec: FieldSpec, raw: Any) -> Any:
        if raw is None:
            return ()
        return tuple(
            Practice(**{f.name: f.meaning.from_draft(f, item.get(f.name)) for f in spec.parts})
            for item in raw
        )


MEANINGS: dict[FieldType, Meaning] = {
    FieldType.SHORT: Text(long=False),
    FieldType.LONG: Text(long=True),
    FieldType.ENUM: Choice(),
    FieldType.DATE: Day(),
    FieldType.TIMESTAMP: Timestamp(),
    FieldType.BOOL: Flag(),
    FieldType.REF: Reference(),
    FieldType.REFS: References(),
    FieldType.COUNTRY: Code(
        COUNTRY_PATTERN,
        code="country",
        example="a two-letter country code such as BE or FR",
        upper=True,
    ),
    FieldType.LANGUAGE: Code(
        LANGUAGE_PATTERN, code="language", example="a language tag such as fr, nl or zh-Hans"
    ),
    FieldType.PRACTICES: Practices(),
}
