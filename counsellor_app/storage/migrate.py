"""Bringing a database's schema up to the program's.

Alembic is imported only when a migration has to run: the revision a database is at is
read with one query, and the revisions the program knows are listed here (a test keeps this
list equal to the migration scripts). That keeps Alembic out of every ordinary start-up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from counsellor_app.paths import migrations_dir
from counsellor_app.storage.database import BUSY_TIMEOUT_MS, in_use

if TYPE_CHECKING:
    from alembic.config import Config

# Every revision in order, oldest first; the last is the head.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """What migrations and models compare: search indexes, kept by their own migration, aside."""
    return not (type_ in ("table", "index") and name is not None and name.startswith("search_"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    return REVISIONS[-1]


def known_revisions() -> set[str]:
    return set(REVISIONS)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def file_revision(path: Path) -> str | None:
    """The revision of the SQLite file at ``path``, or None if it cannot be read at once.

    One read-only query through the standard library, that never waits for a lock and
    never creates a file: None for a missing, empty, damaged or busy file, or one that is
    not a database; those are then opened the careful way.
    """
    try:
        if not path.is_file():  # a folder, or a pipe that would wait for a writer
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def file_schema(path: Path) -> tuple[set[str], str | None] | None:
    """The tables of the SQLite file at ``path`` and its revision, read without writing
    anything (not even beside it: a file no program has open is read as immutable); None
    when the file cannot be read so (busy, damaged), to be opened the careful way."""
    if path.is_file() and path.stat().st_size == 0:
        return set(), None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not in_use(path):
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        tables = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return tables, revision


def file_at_head(path: Path) -> bool:
    """True when the SQLite file at ``path`` is at the program's schema: it opens at once."""
    return file_revision(path) == head_revision()


def is_older(revision: str | None) -> bool:
    """True for a revision an upgrade brings to the head (a file from an older release)."""
    return revision in REVISIONS[:-1]


def upgrade(engine: Engine) -> None:
    """Runs every migration not yet applied, in one transaction where the back-end allows."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, head_revision())
