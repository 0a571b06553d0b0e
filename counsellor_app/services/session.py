"""Opening a workspace on a database chosen by path or URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.engine import URL

from counsellor_app import paths
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.database import sqlite_path
from counsellor_app.storage.encryption import DatabaseKey
from counsellor_app.storage.open import open_database


def open_workspace(
    target: str | Path | URL,
    *,
    actor: str | None = None,
    create: bool = True,
    read_only: bool = False,
    passphrase: str | None = None,
    key: DatabaseKey | None = None,
) -> Workspace:
    """A workspace on the database at ``target`` (a SQLite path or any SQLAlchemy URL).

    An encrypted file needs its ``passphrase`` (or its ``key``, when known already)."""
    file = target if isinstance(target, Path) else sqlite_path(make_url(target))
    backups = paths.backup_dir_for(file) if file is not None else None
    database = open_database(
        target,
        create=create,
        read_only=read_only,
        backup_dir=backups,
        passphrase=passphrase,
        key=key,
    )
    return Workspace(database, actor=actor)
