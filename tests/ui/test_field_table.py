"""Every field of every kind of record is complete wherever it appears: a label (translated in
every language of the window), a place in the database, an entry in the file's JSON Schema,
an editor in the forms, and a way to be shown in a list."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import Table

from counsellor_app.domain.field_types import FieldType
from counsellor_app.domain.schema import (
    BY_KEY,
    ENTITIES,
    FIELD_LABELS,
    META_SPECS,
    ORGANISATION,
    PRACTICE_FIELDS,
    EntitySpec,
    FieldSpec,
)
from counsellor_app.services.json_schema import interchange_schema
from counsellor_app.storage import mapping
from counsellor_app.ui.common.field_editors import EDITORS, make_editor
from counsellor_app.ui.common.labels import field_label, format_value, kind_label
from counsellor_app.ui.common.language import CATALOGUE, install_language
from counsellor_app.ui.common.settings import LANGUAGES
from counsellor_app.ui.records.record_model import COLUMNS

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"

EVERY_FIELD = [
    pytest.param(spec, field, id=f"{spec.key}.{field.name}")
    for spec in ENTITIES
    for field in spec.fields
]
PARTS = [pytest.param(field, id=f"practice.{field.name}") for field in PRACTICE_FIELDS]


def _catalogue(code: str, context: str) -> dict[str, str]:
    """Source text → finished translation, in one context of a language's catalogue."""
    root = ET.parse(SOURCES / f"{CATALOGUE}_{code}.ts").getroot()
    found: dict[str, str] = {}
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[message.findtext("source") or ""] = translation.text or ""
    return found


TRANSLATED = [code for code in LANGUAGES if code != "en"]


@pytest.mark.parametrize(("spec", "field"), EVERY_FIELD)
def test_every_field_has_a_label_translated_in_every_language(spec, field, qapp):
    assert field.label, f"{spec.key}.{field.name} has no label"
    # One name, one label, whichever kind of record it belongs to.
    assert FIELD_LABELS[field.name] == field.label
    for code in TRANSLATED:
        assert field.label in _catalogue(code, "FieldLabels"), (code, field.label)


@pytest.mark.parametrize("field", [*PARTS, *META_SPECS])
def test_the_parts_of_a_practice_and_the_meta_fields_have_labels_too(field, qapp):
    assert field.label and FIELD_LABELS[field.name] == field.label
    for code in TRANSLATED:
        assert field.label in _catalogue(code, "FieldLabels"), (code, field.label)


@pytest.mark.parametrize("spec", ENTITIES, ids=[s.key for s in ENTITIES])
def test_every_kind_has_its_names_translated(spec: EntitySpec, qapp):
    assert spec.label and spec.plural_label
    for code in TRANSLATED:
        kinds = _catalogue(code, "KindLabels")
        assert spec.label in kinds and spec.plural_label in kinds, (code, spec.key)


def test_labels_are_shown_in_the_language_of_the_window(qapp):
    assert field_label("full_name") == "Full name"
    assert kind_label("person", plural=True) == "People"
    install_language("fr")
    assert field_label("full_name") == "Nom complet"
    assert field_label("country") == "Pays"
    assert kind_label("person", plural=True) == "Personnes"
    assert field_label("deleted_at") == "Supprimé le"


def _column(table: Table, name: str):
    assert name in table.c, f"{table.name} has no column {name}"
    return table.c[name]


def _refers_to(column, target: str) -> bool:
    return any(fk.column.table is mapping.TABLES[target] for fk in column.foreign_keys)


@pytest.mark.parametrize(("spec", "field"), EVERY_FIELD)
def test_every_field_has_a_place_in_the_database(spec: EntitySpec, field: FieldSpec):
    table = mapping.TABLES[spec.key]
    if field.type is FieldType.REFS:
        assert field.target is not None
        link = mapping.LINKS[(spec.key, field.name)]
        assert _refers_to(link.owner, spec.key)
        assert _refers_to(link.target, field.target)
        assert "position" in link.table.c
    elif field.type is FieldType.PRACTICES:
        for part in field.parts:
            if part.type is FieldType.REFS:
                assert _refers_to(_column(mapping.EVIDENCE, f"{part.target}_id"), part.target)
            else:
                column = _column(mapping.PRACTICES, mapping.column_name(part))
                assert column.nullable is not part.required
    else:
        column = _column(table, mapping.column_name(field))
        # A flag always has a value (yes unless said otherwise), as a required field does.
        assert column.nullable is not (field.required or field.type is FieldType.BOOL)
        if field.type is FieldType.REF:
            assert field.target is not None and _refers_to(column, field.target)


@pytest.mark.parametrize(("spec", "field"), EVERY_FIELD)
def test_every_field_has_an_entry_in_the_json_schema(spec: EntitySpec, field: FieldSpec):
    record = interchange_schema()["$defs"][spec.key]
    assert field.name in record["properties"]
    assert (field.name in record["required"]) is field.required
    if field.parts:
        practice = interchange_schema()["$defs"]["practice"]
        assert set(practice["properties"]) == {part.name for part in field.parts}


@pytest.mark.parametrize(("spec", "field"), [*EVERY_FIELD, *[(None, f) for f in PRACTICE_FIELDS]])
def test_every_field_has_an_editor(spec, field: FieldSpec, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = make_editor(field, parent)
    assert isinstance(editor, EDITORS[field.type])
    assert editor.widget.objectName() == f"{field.name}_editor"
    editor.set_value(None)  # an empty form
    editor.value()


def test_every_type_has_an_editor_and_a_way_to_be_shown_in_a_list(qapp):
    assert set(EDITORS) == set(FieldType)
    for spec in ENTITIES:
        for field in spec.fields:
            assert format_value(field, None, {}) == ""


@pytest.mark.parametrize("spec", ENTITIES, ids=[s.key for s in ENTITIES])
def test_the_columns_of_lists_and_the_spreadsheet_are_fields_of_the_table(spec: EntitySpec):
    assert COLUMNS[spec.key] == spec.list_columns
    assert spec.list_columns[0] == spec.title_field
    for name in spec.list_columns:
        spec.field(name)
    for column in spec.csv_columns:
        head, _, rest = column.partition(".")
        if head in ("id", *(meta.name for meta in META_SPECS)):
            continue
        field = spec.field(head)
        if rest:
            assert field.target is not None
            BY_KEY[field.target].field(rest)


def test_a_country_is_typed_as_the_domain_reads_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = make_editor(ORGANISATION.field("country"), parent)
    # Chosen from the countries by name or by code, and kept in the domain's form: capitals.
    qtbot.keyClicks(editor.box.lineEdit(), "be")
    assert editor.value() == "BE"
    assert ORGANISATION.field("country").meaning.mismatch("BE", "country") is None
    editor.box.setEditText("Belgium")
    assert editor.value() == "BE" and editor.local_problem() is None
    editor.box.setEditText("b")
    assert "country code" in editor.local_problem()
