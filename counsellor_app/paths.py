"""Where the program keeps its files: the default database, backups, logs, drafts."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "exchange-notes"
DATABASE_FILE = "exchange-notes.sqlite3"
URL_VARIABLE = "COUNSELLOR_APP_DATABASE_URL"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / DATABASE_FILE


def backup_dir_for(database: Path | None) -> Path:
    """Backups of a database file sit beside it; others go to the data folder."""
    if database is not None:
        return database.parent / f"{database.stem}-backups"
    return data_dir() / "backups"


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """The ``resources/`` folder shipped beside the package."""
    return Path(__file__).resolve().parent.parent / "resources"


def drafts_dir() -> Path:
    """Drafts of forms being edited, kept so that a crash loses nothing."""
    return data_dir() / "drafts"
