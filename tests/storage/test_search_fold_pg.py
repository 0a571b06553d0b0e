"""Migration 0005 folds text for search exactly as 0002 did, only faster (PostgreSQL)."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from counsellor_app.storage.open import open_database

fold_migration = importlib.import_module(
    "counsellor_app.storage.migrations.versions.0005_faster_search_fold"
)

TRICKY = [
    "",
    "Réintégration: l'aide au retour (2016)!",
    'C++ & C#, 20.04 — don\'t "quote" me; a\\b [x] {y} |z| ~ ^ _ ` @ ? = < > * + , - . /',
    fold_migration.PUNCTUATION,
    "公安部出入境管理局，“合作”。",
    "مرحبا بالعودة",
    "ﬁnal café ﬀ Ⅸ ｶﾀｶﾅ",
    "tab\tnew\nline\r\n",
    "Ελληνικά, Кириллица!",
]


@pytest.fixture
def connection(postgres_schema_url: str):  # type: ignore[no-untyped-def]
    database = open_database(postgres_schema_url)
    with database.engine.connect() as connection:
        # The folding of 0002, under another name, beside the one migrations left in place.
        old = fold_migration.SLOW.replace("FUNCTION search_fold(", "FUNCTION search_fold_0002(")
        connection.execute(text(old))
        yield connection
    database.dispose()


def _both(connection, value: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    row = connection.execute(
        text("SELECT search_fold(:v), search_fold_0002(:v)"), {"v": value}
    ).one()
    return row[0], row[1]


def test_the_database_has_the_faster_folding(connection) -> None:  # type: ignore[no-untyped-def]
    # The function the connection's search path finds: another schema of the same database
    # may hold one of its own.
    body = connection.execute(
        text("SELECT pg_get_functiondef('search_fold'::regproc)")
    ).scalar_one()
    assert "regexp_replace(COALESCE(value" in body or "regexp_replace(COALESCE" in body
    assert "translate" not in body


@pytest.mark.parametrize("value", TRICKY)
def test_same_folding_as_before_on_tricky_text(connection, value: str) -> None:  # type: ignore[no-untyped-def]
    new, old = _both(connection, value)
    assert new == old
    if value == fold_migration.PUNCTUATION:
        assert new == " " * len(value)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"))
)
def test_same_folding_as_before_on_any_text(connection, value: str) -> None:  # type: ignore[no-untyped-def]
    new, old = _both(connection, value)
    assert new == old
