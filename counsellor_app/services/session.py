"""Opening a workspace on a database chosen by path or URL."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy.engine import URL

from counsellor_app import paths
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.database import sqlite_path, writable
from counsellor_app.storage.encryption import DatabaseKey
from counsellor_app.storage.open import database_url, open_database


def open_workspace(
    target: str | Path | URL,
    *,
    actor: str | None = None,
    create: bool = True,
    read_only: bool = False,
    for_reading: bool = False,
    passphrase: str | None = None,
    key: DatabaseKey | None = None,
) -> Workspace:
    """A workspace on the database at ``target`` (a SQLite path or any SQLAlchemy URL).

    An encrypted file needs its ``passphrase`` (or its ``key``, when known already).
    ``for_reading`` is for work that only reads (search, reports, exports): a missing, empty
    or foreign file is refused rather than given a schema, and a file that cannot be written
    here (a read-only disk) is opened read-only.
    """
    file = target if isinstance(target, Path) else sqlite_path(database_url(target))
    backups = paths.backup_dir_for(file) if file is not None else None
    if for_reading:
        create = False
        with contextlib.suppress(OSError, ValueError):  # open_database says what is wrong
            if file is not None and file.exists() and not writable(file):
                read_only = True
    database = open_database(
        target,
        create=create,
        read_only=read_only,
        backup_dir=backups,
        lay_out=not for_reading,
        passphrase=passphrase,
        key=key,
    )
    return Workspace(database, actor=actor)
