"""Opening a database for use: checks first, then migrations, then the engine."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.domain.text_rules import one_line
from counsellor_app.storage import encryption, migrate
from counsellor_app.storage.backup import backup_file, backup_name
from counsellor_app.storage.database import (
    Database,
    check_regular_file,
    create_private_file,
    inspect_sqlite_file,
    make_engine,
    sqlite_path,
    sqlite_url,
    translate_error,
    writable,
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
    lay_out: bool = True,
    passphrase: str | None = None,
    key: encryption.DatabaseKey | None = None,
) -> Database:
    """A database ready for use, its schema brought up to date (after a verified backup).

    Raises DatabaseProblem, in plain words, for a file that is missing (and ``create`` is
    false), not a database, damaged, locked, read-only, or made by a newer program; for an
    encrypted file, ``encrypted`` when neither ``passphrase`` nor ``key`` was given, and
    ``wrong-passphrase`` (the file untouched) when it does not open it. Either is ignored
    for a plain file. A database that holds no Exchange Notes schema gets one only with
    ``lay_out`` (a command that only reads leaves an empty or foreign file as it is); one
    that holds our tables without saying which version they are is never touched.
    """
    if isinstance(url, Path):
        try:
            str(url).encode("utf-8")
        except UnicodeEncodeError:
            raise DatabaseProblem(
                "missing",
                f"The database's file name {one_line(str(url))} is not UTF-8 text, which "
                "SQLite needs; rename the file or its folder.",
            ) from None
        url = sqlite_url(url, read_only=read_only)
    url = database_url(url)
    path = sqlite_path(url)
    fresh = False
    if path is not None:
        try:
            path.stat()
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as error:  # a name too long, a loop of links
            reason = getattr(error, "strerror", None) or str(error)
            raise DatabaseProblem(
                "missing", f"The database {one_line(str(path))} cannot be reached: {reason}."
            ) from None
        if path.exists() and not read_only and not writable(path):
            raise DatabaseProblem(
                "read-only",
                f"The database {path} can only be read: the file or its folder is read-only. "
                "Copy it somewhere you can write, or open it read-only.",
            )
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
        if path.exists():
            check_regular_file(path)  # before its first bytes are read to tell if encrypted
        key = _key_for(path, passphrase, key)
        if key is None:
            inspect_sqlite_file(path)
            if not fresh:
                # Read before SQLite is set up to write (which marks an empty file as a
                # database in WAL mode): a file without our schema may have to stay as it is.
                schema = migrate.file_schema(path)
                if schema is not None and schema[1] is None:
                    _refuse_without_schema(schema[0], str(path), is_file=True, lay_out=lay_out)
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
        if current is None and (path is None or key is not None) and not fresh:
            # A server, or an encrypted file (which only its engine reads).
            tables = set(inspect(engine).get_table_names())
            _refuse_without_schema(tables, where, is_file=path is not None, lay_out=lay_out)
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


def _refuse_without_schema(tables: set[str], where: str, *, is_file: bool, lay_out: bool) -> None:
    """DatabaseProblem for a database without our schema's version that must stay as it is:
    a SQLite file with tables of another program, our tables without their version (laying
    the schema out again would fail, after a backup each time), or an empty one a command
    that only reads was pointed at."""
    from counsellor_app.storage.models import metadata

    if tables & set(metadata.tables):
        raise DatabaseProblem(
            "damaged",
            f"The database {where} holds Exchange Notes tables but not the record of their "
            "version, so it cannot be used safely. It was left as it is; restore a backup.",
        )
    if is_file and tables:
        raise DatabaseProblem(
            "not-a-database",
            f"{where} is a SQLite database of another program, not an Exchange Notes "
            "database. It was left as it is.",
        )
    if not lay_out:
        raise DatabaseProblem(
            "missing",
            f"The database {where} is empty: it holds no Exchange Notes records yet. "
            "It was left as it is.",
        )


def database_url(url: URL | str) -> URL:
    """The URL a user gave, or DatabaseProblem saying in one line why it is not one."""
    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()
    except (NoSuchModuleError, ImportError) as error:
        name = error.name if isinstance(error, ImportError) and error.name else None
        raise DatabaseProblem(
            "unreachable",
            "No driver for that database URL is installed"
            + (f" (the Python module {name} is missing)" if name else "")
            + "; for PostgreSQL use postgresql+psycopg://… with the postgres extra installed.",
        ) from None
    except (ArgumentError, ValueError):
        raise DatabaseProblem(
            "unreachable",
            "That is not a database URL; it looks like "
            "sqlite:///path/to/notes.sqlite3 or postgresql+psycopg://user@server/name.",
        ) from None
    return parsed
