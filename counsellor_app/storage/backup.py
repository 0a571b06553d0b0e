"""Consistent copies of a SQLite database through its online backup API, each verified.

A copy of an encrypted database is encrypted with the same key: the backup API copies
pages between two connections keyed alike.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.storage import encryption
from counsellor_app.storage.database import BUSY_TIMEOUT_MS, inspect_sqlite_file
from counsellor_app.storage.encryption import DatabaseKey


def _open_read_only(path: Path, key: DatabaseKey | None = None) -> Any:
    return encryption.connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _inspect(path: Path, key: DatabaseKey | None) -> None:
    if key is None or encryption.is_plain_sqlite(path):
        inspect_sqlite_file(path)
    elif not path.exists():
        inspect_sqlite_file(path)  # says it is missing


def integrity_problems(path: Path, key: DatabaseKey | None = None) -> list[str]:
    """What SQLite's integrity check finds wrong with a file (empty when whole); never writes it."""
    _inspect(path, key)
    if key is not None and encryption.is_plain_sqlite(path):
        key = None
    try:
        connection = _open_read_only(path, key)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            connection.close()
    except encryption.driver_errors() as error:
        return [str(error)]
    problems = [row[0] for row in rows if row[0] != "ok"]
    problems += [f"broken reference in {row[0]} (row {row[1]}) to {row[2]}" for row in foreign]
    return problems


def backup_file(source: Path, target: Path, *, key: DatabaseKey | None = None) -> Path:
    """Copies ``source`` to ``target`` while others may be writing; verifies the copy.

    The copy is written beside the target and renamed into place once verified, so a
    failed backup never leaves a half-written file under the final name. ``key``: the
    source's key, which the copy gets too.
    """
    _inspect(source, key)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = _open_read_only(source, key)
        dst = encryption.connect(partial, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        problems = integrity_problems(partial, key)
        if problems:
            raise DatabaseProblem(
                "damaged",
                f"The backup of {source} failed its check ({problems[0]}); "
                "the database itself may be damaged.",
            )
        os.replace(partial, target)
    except encryption.driver_errors() as error:
        raise DatabaseProblem("damaged", f"Could not back up {source}: {error}") from error
    except OSError as error:
        raise DatabaseProblem(
            "disk-full" if error.errno == 28 else "unreachable",
            f"Could not write the backup {target}: {error.strerror or error}",
        ) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target


def backup_name(source: Path, reason: str, now: datetime) -> str:
    """A file name saying what was backed up, when, and why (``daily``, ``before-upgrade``)."""
    return f"{source.stem}-{now.astimezone(UTC).strftime('%Y%m%d-%H%M%S')}-{reason}.sqlite3"


def copy_into(source: Path, target: Path, *, key: DatabaseKey | None = None) -> None:
    """Overwrites the database ``target`` with the content of ``source``, in one transaction
    (both under ``key`` when they are encrypted)."""
    _inspect(source, key)
    src = _open_read_only(source, key)
    dst = encryption.connect(target, key, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        src.backup(dst)
    except encryption.driver_errors() as error:
        raise DatabaseProblem("unreachable", f"Could not restore into {target}: {error}") from error
    finally:
        dst.close()
        src.close()
