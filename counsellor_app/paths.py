"""Where the program keeps its files (the default database, backups, logs, drafts) and where
it finds those it ships with (fonts, translations, the JSON Schema, the example, icons,
migrations)."""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "exchange-notes"
DATABASE_FILE = "exchange-notes.sqlite3"
EXAMPLE_DATABASE_FILE = "exchange-notes-example.sqlite3"
URL_VARIABLE = "COUNSELLOR_APP_DATABASE_URL"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / DATABASE_FILE


def example_database() -> Path:
    """The sample database the example exchange opens in: a file of its own, in a folder of
    its own, so the example never mixes with the user's records."""
    return data_dir() / "example" / EXAMPLE_DATABASE_FILE


def backup_dir_for(database: Path | None) -> Path:
    """Backups of a database file sit beside it; others go to the data folder."""
    if database is not None:
        return database.parent / f"{database.stem}-backups"
    return data_dir() / "backups"


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


# What as_file() had to unpack (only from a zipped package) stays on disk until the end.
_unpacked = ExitStack()
atexit.register(_unpacked.close)


@cache
def shipped(*parts: str) -> Path:
    """A file or folder inside the package, as a path on disk.

    Found with ``importlib.resources``, so the same call works in a source checkout, an
    installed wheel and a frozen bundle; never a path built from where a module lies.
    ReportLab, Qt's translator and Alembic all want real files, hence the path.
    """
    resource = files("counsellor_app")
    for part in parts:
        resource = resource.joinpath(part)
    return _unpacked.enter_context(as_file(resource))


def fonts_dir() -> Path:
    """The TrueType fonts a report embeds, with their licences."""
    return shipped("data", "fonts")


def translations_dir() -> Path:
    """The window's compiled translations (``exchange_notes_<language>.qm``)."""
    return shipped("data", "translations")


def schema_file() -> Path:
    """The JSON Schema of the interchange file."""
    return shipped("data", "schema", "exchange-notes.schema.json")


def example_file() -> Path:
    """The example exchange, the content of the sample database."""
    return shipped("data", "examples", "french-belgian-exchange.json")


def icons_dir() -> Path:
    """The application icon as PNG files, one per size (``exchange-notes-<size>.png``)."""
    return shipped("data", "icons")


def migrations_dir() -> Path:
    """Alembic's script folder: it reads the migrations as files."""
    return shipped("storage", "migrations")


def drafts_dir() -> Path:
    """Drafts of forms being edited, kept so that a crash loses nothing."""
    return data_dir() / "drafts"
