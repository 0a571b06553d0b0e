"""Opening a database for use: checks first, then migrations, then the engine."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.storage import encryption, migrate
from counsellor_app.storage.backup import backup_file, backup_name
from counsellor_app.storage.database import (
    Database,
    create_private_file,
    inspect_sqlite_file,
    make_engine,
    sqlite_path,
    sqlite_url,
    translate_error,
)

# Pages of 8 KiB rather than SQLite's 4 KiB: notes are paragraphs of text, and an import of
# 100,000 of them (rows, indexes and the search index) took about 10% less time.
PAGE_SIZE = 8192


def _lay_out_new_file(path: Path) -> None:
    """Gives a new, empty database file its page size; once written, it cannot change
    (in WAL mode), so this comes before anything else touches the file."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()


def open_database(
    url: URL | str | Path,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_dir: Path | None = None,
    upgrade: bool = True,
    passphrase: str | None = None,
    key: encryption.DatabaseKey | None = None,
) -> Database:
    """A database ready for use, its schema brought up to date (after a verified backup).

    Raises DatabaseProblem, in plain words, for a file that is missing (and ``create`` is
    false), not a database, damaged, locked, read-only, or made by a newer program; for an
    encrypted file, ``encrypted`` when neither ``passphrase`` nor ``key`` was given, and
    ``wrong-passphrase`` (the file untouched) when it does not open it. Either is ignored
    for a plain file.
    """
    if isinstance(url, Path):
        url = sqlite_url(url, read_only=read_only)
    url = make_url(url)
    path = sqlite_path(url)
    fresh = False
    if path is not None:
        if not path.exists() and create and not read_only:
            try:
                create_private_file(path)
                _lay_out_new_file(path)
            except (OSError, sqlite3.Error) as error:
                reason = getattr(error, "strerror", None) or str(error)
                raise DatabaseProblem(
                    "read-only",
                    f"Cannot create the database {path}: {reason}. "
                    "Choose a folder you can write to.",
                ) from error
            fresh = True
        key = _key_for(path, passphrase, key)
        if key is None:
            inspect_sqlite_file(path)
        if read_only and "mode=ro" not in str(url):
            url = sqlite_url(path, read_only=True)
    else:
        key = None
    engine = make_engine(url, read_only=read_only, key=key)
    where = str(path) if path is not None else url.render_as_string(hide_password=True)
    try:
        current = migrate.current_revision(engine)
        if current is not None and current not in migrate.known_revisions():
            raise DatabaseProblem(
                "too-new",
                f"The database {where} was made by a newer version of Exchange Notes. "
                "Install the newer version to open it.",
            )
        if upgrade and current != migrate.head_revision():
            if read_only:
                raise DatabaseProblem(
                    "read-only",
                    f"The database {where} needs an upgrade, which a read-only copy cannot take.",
                )
            if path is not None and not fresh and _has_tables(engine):
                directory = backup_dir or path.parent
                backup_file(
                    path,
                    directory / backup_name(path, "before-upgrade", datetime.now(UTC)),
                    key=key,
                )
            migrate.upgrade(engine)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        raise translate_error(error, where) from error
    except DatabaseProblem:
        engine.dispose()
        raise
    return Database(engine=engine, url=url, read_only=read_only, key=key)


def _key_for(
    path: Path, passphrase: str | None, key: encryption.DatabaseKey | None
) -> encryption.DatabaseKey | None:
    """The key that opens the file at ``path`` (None for a plain file), checked."""
    if not encryption.looks_encrypted(path):
        return None
    if not encryption.available():
        raise DatabaseProblem(
            "not-a-database",
            f"{path} is encrypted, or not an Exchange Notes database. This installation "
            "cannot open encrypted databases (install its 'encryption' extra). "
            "The file was left as it is.",
        )
    if key is None and passphrase is None:
        raise DatabaseProblem(
            "encrypted", f"The database {path} is encrypted: its passphrase is needed."
        )
    if passphrase is not None:
        key = encryption.key_for_file(path, passphrase)
    assert key is not None
    encryption.check_key(path, key)
    return key


def _has_tables(engine: object) -> bool:
    return bool(inspect(engine).get_table_names())  # type: ignore[arg-type]
