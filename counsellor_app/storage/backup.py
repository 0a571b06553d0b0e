"""Consistent copies of a SQLite database through its online backup API, each verified.

A copy of an encrypted database is encrypted with the same key: the backup API copies
pages between two connections keyed alike.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.storage import encryption
from counsellor_app.storage.database import (
    BUSY_TIMEOUT_MS,
    in_use,
    inspect_sqlite_file,
    writable,
)
from counsellor_app.storage.encryption import DatabaseKey
from counsellor_app.storage.partials import remove_stale_partials


def _open_read_only(path: Path, key: DatabaseKey | None = None) -> Any:
    return encryption.connect(path, key, read_only=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _inspect(path: Path, key: DatabaseKey | None) -> None:
    if key is None or encryption.is_plain_sqlite(path):
        inspect_sqlite_file(path)
    elif not path.exists():
        inspect_sqlite_file(path)  # says it is missing


def _open_to_check(path: Path, key: DatabaseKey | None, timeout: float) -> Any:
    """A connection that reads ``path`` and writes nothing, not even beside it.

    A file no program has open (no write-ahead log, no journal) is read as immutable: SQLite
    then makes no ``-wal`` and ``-shm`` files of its own, which a read-only connection to a
    database in WAL mode otherwise leaves behind (and cannot make on a read-only disk).
    """
    return encryption.connect(
        path, key, read_only=True, timeout=timeout, immutable=not in_use(path)
    )


def _unreadable(error: Exception, path: Path) -> DatabaseProblem | None:
    """The problem in plain words when SQLite could not read the file for a reason other than
    damage: another program holds it locked, or it is on a read-only disk; else None."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return DatabaseProblem(
            "locked",
            f"The database {path} is locked by another program, so it could not be checked; "
            "it is not damaged for that. Close the other program, then check again.",
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")) or "unable to open" in text:
        if not writable(path):
            return DatabaseProblem(
                "read-only",
                f"The database {path} is on a read-only disk or in a read-only folder, and "
                "was not closed cleanly (its -wal file is beside it), so it cannot be read "
                "there. Copy it with its -wal file to a folder you can write, and check the "
                "copy.",
            )
        return DatabaseProblem("unreachable", f"The database {path} cannot be opened: {error}")
    return None


@dataclass(frozen=True)
class FileCheck:
    """What a check of a SQLite file found: damage (empty when whole), the schema revision
    (None without one), and whether it holds any table."""

    problems: list[str]
    revision: str | None
    has_tables: bool


def check_file(
    path: Path, key: DatabaseKey | None = None, *, timeout: float = BUSY_TIMEOUT_MS / 1000
) -> FileCheck:
    """SQLite's integrity check of a file, and what schema it holds; never writes anything.

    Raises DatabaseProblem when the file cannot be read at all (missing, not a database,
    locked by another program, on a read-only disk), which says nothing of damage.
    """
    _inspect(path, key)
    if key is not None and encryption.is_plain_sqlite(path):
        key = None
    for attempt in range(2):
        try:
            connection = _open_to_check(path, key, timeout)
            try:
                rows = connection.execute("PRAGMA integrity_check").fetchall()
                foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
                tables = {
                    name
                    for (name,) in connection.execute(
                        "SELECT name FROM sqlite_master WHERE type = 'table'"
                    )
                }
                revision = None
                if "alembic_version" in tables:
                    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = None if row is None else str(row[0])
            finally:
                connection.close()
        except encryption.driver_errors() as error:
            problem = _unreadable(error, path)
            if problem is not None:
                raise problem from error
            if attempt == 0 and in_use(path):
                continue  # a program opened it meanwhile: read again, through its log
            return FileCheck([str(error)], None, False)
        problems = [row[0] for row in rows if row[0] != "ok"]
        problems += [f"broken reference in {row[0]} (row {row[1]}) to {row[2]}" for row in foreign]
        if problems and attempt == 0 and in_use(path):
            continue
        return FileCheck(problems, revision, bool(tables))
    raise AssertionError("unreachable")


def integrity_problems(path: Path, key: DatabaseKey | None = None) -> list[str]:
    """What SQLite's integrity check finds wrong with a file (empty when whole); never writes it."""
    return check_file(path, key).problems


def backup_file(source: Path, target: Path, *, key: DatabaseKey | None = None) -> Path:
    """Copies ``source`` to ``target`` while others may be writing; verifies the copy.

    The copy is written beside the target and renamed into place once verified, so a
    failed backup never leaves a half-written file under the final name. ``key``: the
    source's key, which the copy gets too.
    """
    _inspect(source, key)
    # Cut, so that the partial file's name stays within the file system's limit on names.
    partial = target.with_name(f"{target.name[:100]}.{os.getpid()}.backup-partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_stale_partials(target.parent, _STALE_BACKUP)
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except OSError as error:
        raise DatabaseProblem(
            "disk-full" if error.errno == errno.ENOSPC else "unreachable",
            f"Could not write the backup {target}: {error.strerror or error}",
        ) from error
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
            "disk-full" if error.errno == errno.ENOSPC else "unreachable",
            f"Could not write the backup {target}: {error.strerror or error}",
        ) from error
    finally:
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return target


# What a backup killed while it was written leaves: ``NAME.PID.backup-partial`` (and
# ``NAME.sqlite3.partial`` from older releases), with SQLite's journal beside it.
_STALE_BACKUP = re.compile(
    r".+?(?:\.(?P<pid>\d+)\.backup-partial|\.sqlite3\.partial)(?:-journal|-wal|-shm)?"
)


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
