"""Moving a SQLite test file to a given schema revision, as an older release left it."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from counsellor_app.storage import migrate
from counsellor_app.storage.database import make_engine, sqlite_url


def migrate_file(path: Path, revision: str, *, down: bool = False) -> None:
    """Upgrades (or, with ``down``, downgrades) the file at ``path`` to ``revision``."""
    engine = make_engine(sqlite_url(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()
