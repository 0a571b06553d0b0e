"""The database as an application file: schema, settings, permissions, damaged files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.storage import migrate
from counsellor_app.storage.database import make_engine
from counsellor_app.storage.migrate import include_object
from counsellor_app.storage.models import metadata
from counsellor_app.storage.open import open_database
from tests.migrations import migrate_file


def _schema_differences(url: str) -> list[object]:
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        differences = compare_metadata(context, metadata)
    engine.dispose()
    return list(differences)


def test_an_empty_database_upgrades_to_head_and_agrees_with_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert _schema_differences(str(database.url)) == []


def test_models_and_migrations_agree_on_postgresql(postgres_schema_url: str) -> None:
    database = open_database(postgres_schema_url)
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert _schema_differences(postgres_schema_url) == []
    database.dispose()


def test_sqlite_is_set_up_as_an_application_database(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    with database.reading() as session:
        pragma = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragma["journal_mode"] == "wal"
    assert pragma["foreign_keys"] == 1
    assert pragma["busy_timeout"] >= 5000
    assert pragma["synchronous"] >= 1  # NORMAL (1) or FULL (2)


def test_write_transactions_take_the_write_lock_when_they_begin(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    statements: list[str] = []

    from sqlalchemy import event

    @event.listens_for(database.engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with database.writing() as session:
        session.execute(text("SELECT 1"))
    assert "BEGIN IMMEDIATE" in statements


def test_new_database_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "notes.sqlite3"
    open_database(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_new_database_files_have_pages_of_8_kib_and_write_ahead_logging(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    open_database(path).dispose()
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA page_size").fetchone()[0] == 8192
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        connection.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_bytes(b"Dear colleagues, " * 400)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert caught.value.kind == "not-a-database"
    assert path.read_bytes() == before


def test_a_missing_database_is_reported_when_not_to_be_created(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(tmp_path / "gone.sqlite3", create=False)
    assert caught.value.kind == "missing"


def test_a_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert caught.value.kind == "too-new"


def test_an_existing_database_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    first = sorted(migrate.known_revisions())[0]
    assert first != migrate.head_revision()
    path = tmp_path / "notes.sqlite3"
    path.touch(mode=0o600)
    migrate_file(path, first)
    backups = tmp_path / "backups"

    open_database(path, backup_dir=backups)

    copies = list(backups.glob("*-before-upgrade.sqlite3"))
    assert len(copies) == 1
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    with sqlite3.connect(copies[0]) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert revision == first


def test_the_audit_trail_is_append_only(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    with database.writing() as session:
        session.execute(
            text(
                "INSERT INTO audit_log (at, actor, entity, action) "
                "VALUES ('2016-01-01T00:00:00+00:00', 'a', 'theme', 'create')"
            )
        )
    for statement in ("UPDATE audit_log SET actor = 'b'", "DELETE FROM audit_log"):
        with pytest.raises((DBAPIError, DatabaseProblem)), database.writing() as session:
            session.execute(text(statement))
    with database.reading() as session:
        assert session.execute(text("SELECT actor FROM audit_log")).scalar_one() == "a"


def test_a_read_only_database_says_so_in_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    open_database(path).dispose()
    database = open_database(path, read_only=True)
    with pytest.raises(DatabaseProblem) as caught, database.writing():
        pass
    assert caught.value.kind == "read-only"
    assert os.path.exists(path)


def test_the_listed_revisions_are_the_migration_scripts_in_order() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    in_order = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert list(migrate.REVISIONS) == in_order


def test_a_bulk_transaction_gives_back_connections_with_foreign_keys_on(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    with database.writing(bulk=True) as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 0
    for _ in range(3):
        with database.writing() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with database.reading() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
