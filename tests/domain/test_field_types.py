"""A type of field means one thing wherever it is used: the rules a record obeys, the reader of
the interchange file and the JSON Schema shipped for other programs accept the same values."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest

from counsellor_app.domain.field_types import MEANINGS, FieldType
from counsellor_app.domain.records import Organisation
from counsellor_app.domain.schema import (
    ENTITIES,
    META_SPECS,
    OBSERVATION,
    ORGANISATION,
    PRACTICE_FIELDS,
    VISIT,
    FieldSpec,
)
from counsellor_app.domain.validation import field_problems, validate
from counsellor_app.services.decoding import decode_document
from counsellor_app.services.interchange import FORMAT, VERSION
from counsellor_app.services.json_schema import interchange_schema
from tests.builders import uid

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_every_type_has_a_meaning_and_every_field_a_type_that_has_one() -> None:
    assert set(MEANINGS) == set(FieldType)
    fields = [f for spec in ENTITIES for f in spec.fields] + [*PRACTICE_FIELDS, *META_SPECS]
    for field in fields:
        assert field.meaning is MEANINGS[field.type]


def _schema_accepts(spec: FieldSpec, value: Any) -> bool:
    schema = interchange_schema()
    fragment = schema["$defs"]["organisation"]["properties"][spec.name]
    try:
        jsonschema.validate(value, fragment, format_checker=jsonschema.FormatChecker())
    except jsonschema.ValidationError:
        return False
    return True


def _file_takes(spec: FieldSpec, value: Any) -> tuple[bool, Any]:
    """Whether an import takes ``value`` for an organisation's field, and what it stores."""
    record = {"id": uid(), "name": "Fedasil", spec.name: value}
    document = {"format": FORMAT, "version": VERSION, "organisations": [record]}
    decoded = decode_document(document, NOW, "tester")
    if decoded.problems:
        return False, None
    [(_, organisation, _)] = decoded.records["organisation"]
    return True, getattr(organisation, spec.name)


def _record_takes(spec: FieldSpec, value: Any) -> tuple[bool, Any]:
    try:
        record = validate(Organisation(name="Fedasil", **{spec.name: value}))
    except Exception:
        return False, None
    return True, getattr(record, spec.name)


COUNTRIES = {
    "BE": "BE",
    "be": "BE",
    "Fr": "FR",
    "BEL": None,
    "B": None,
    "B1": None,
    "ÉT": None,
    "France": None,
}


@pytest.mark.parametrize("value", list(COUNTRIES))
def test_a_country_code_is_taken_alike_everywhere_and_stored_in_capitals(value: str) -> None:
    country = ORGANISATION.field("country")
    expected = COUNTRIES[value]
    taken = expected is not None
    assert _record_takes(country, value) == (taken, expected)
    assert _file_takes(country, value) == (taken, expected)
    assert _schema_accepts(country, value) is taken
    # The field's own rules, before a record is put in its stored form, agree too.
    assert (not field_problems(country, value)) is taken


LANGUAGES = {"fr": True, "zh-Hans-CN": True, "FR": True, "français": False, "fr_FR": False}


@pytest.mark.parametrize("value", list(LANGUAGES))
def test_a_language_tag_is_taken_alike_everywhere(value: str) -> None:
    language = OBSERVATION.field("language")
    taken = LANGUAGES[value]
    assert (not field_problems(language, value)) is taken
    fragment = interchange_schema()["$defs"]["observation"]["properties"]["language"]
    try:
        jsonschema.validate(value, fragment)
        schema_takes = True
    except jsonschema.ValidationError:
        schema_takes = False
    assert schema_takes is taken


def test_the_schema_fragment_of_each_type_comes_from_its_meaning() -> None:
    schema = interchange_schema()
    for spec in ENTITIES:
        properties = schema["$defs"][spec.key]["properties"]
        for field in spec.fields:
            fragment = field.meaning.json_schema(field)
            entry = properties[field.name]
            assert entry == fragment if field.required else entry["anyOf"][0] == fragment
    assert schema["$defs"]["visit"]["properties"]["country"]["anyOf"][0]["pattern"] == (
        f"^{VISIT.field('country').meaning.pattern}$"
    )
