"""Backing up and checking the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import make_url

from counsellor_app import paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError
from counsellor_app.services.records import utc_now
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.backup import backup_file, backup_name, integrity_problems
from counsellor_app.storage.database import sqlite_path


def backup_now(workspace: Workspace, target: Path | None = None) -> Path:
    """A verified copy of a SQLite database, at ``target`` or in the backups folder."""
    source = workspace.database.path
    if source is None:
        raise DomainError(
            "This database is on a server: back it up with the server's own tools "
            "(for PostgreSQL, pg_dump)."
        )
    if target is None:
        target = paths.backup_dir_for(source) / backup_name(source, "manual", utc_now())
    elif target.is_dir():
        target = target / backup_name(source, "manual", utc_now())
    return backup_file(source, target)


def check_database(target: str | Path) -> str:
    """'ok' with a short description, or DatabaseProblem naming what is wrong; never writes."""
    path = target if isinstance(target, Path) else sqlite_path(make_url(target))
    if path is None:
        raise DomainError("check works on SQLite database files; use the server's tools otherwise.")
    problems = integrity_problems(path)
    if problems:
        listed = "; ".join(problems[:3])
        raise DatabaseProblem(
            "damaged",
            f"The database {path} is damaged ({listed}). It was left as it is; "
            "restore a backup or ask for help.",
        )
    return f"{path}: ok"
