"""Each type of field and what it means, said once: the form its values take, how a value is
checked and put in its stored form, read from the interchange file (a value at a time, or a
whole column at once) and written back, kept in a draft and in a table column, and its part
of the file's JSON Schema.

The field table (:mod:`~counsellor_app.domain.schema`) gives each field a type; whatever
depends on the type asks that type's :class:`Meaning` here instead of testing which type it
is, so that no two places can disagree about, say, what a country code looks like.

Its parts: ``meaning`` holds the types and what every meaning answers, ``texts`` free text
and codes, ``values`` choices, dates, timestamps and flags, ``references`` ids of other
records and a comparison's practices; here each type is given its meaning.
"""

from __future__ import annotations

from counsellor_app.domain.field_types.meaning import (
    COUNTRY_PATTERN,
    DATE_PATTERN,
    LANGUAGE_PATTERN,
    LONG_TEXT_LIMIT,
    MAX_PROBLEMS_PER_FIELD,
    SHORT_TEXT_LIMIT,
    UUID_PATTERN,
    FieldType,
    Meaning,
    decoder_of,
    is_uuid,
    required,
    text_issue,
    value_problems,
)
from counsellor_app.domain.field_types.references import Practices, Reference, References
from counsellor_app.domain.field_types.texts import Code, Text
from counsellor_app.domain.field_types.values import Choice, Day, Flag, Timestamp

__all__ = [
    "COUNTRY_PATTERN",
    "DATE_PATTERN",
    "LANGUAGE_PATTERN",
    "LONG_TEXT_LIMIT",
    "MAX_PROBLEMS_PER_FIELD",
    "MEANINGS",
    "SHORT_TEXT_LIMIT",
    "UUID_PATTERN",
    "FieldType",
    "Meaning",
    "decoder_of",
    "is_uuid",
    "required",
    "text_issue",
    "value_problems",
]

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
