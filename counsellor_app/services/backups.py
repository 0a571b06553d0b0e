"""Backing up, rotating, restoring and checking the database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import make_url

from counsellor_app import paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError
from counsellor_app.domain.schema import ENTITIES
from counsellor_app.services.clock import utc_now
from counsellor_app.services.files import STANDARD_OUTPUT, FileWriteError, output_target
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import encryption, migrate
from counsellor_app.storage.backup import (
    backup_file,
    backup_name,
    check_file,
    copy_into,
    integrity_problems,
)
from counsellor_app.storage.database import check_regular_file, sqlite_path, writable
from counsellor_app.storage.encryption import DatabaseKey

_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})-(?P<reason>[a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class RotationPolicy:
    """How many daily backups to keep: the newest of each of so many days, weeks and months."""

    days: int = 7
    weeks: int = 4
    months: int = 12


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (UTC), why ('daily', 'manual', 'before-upgrade')."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(workspace: Workspace) -> Path | None:
    source = workspace.database.path
    return paths.backup_dir_for(source) if source is not None else None


def _source(workspace: Workspace) -> Path:
    source = workspace.database.path
    if source is None:
        raise DomainError(
            "This database is on a server: back it up with the server's own tools "
            "(for PostgreSQL, pg_dump)."
        )
    return source


def backup_now(workspace: Workspace, target: Path | None = None, *, reason: str = "manual") -> Path:
    """A verified copy of a SQLite database, at ``target`` or in the backups folder."""
    source = _source(workspace)
    key = workspace.database.key
    if target is None:
        folder = paths.backup_dir_for(source)
        return backup_file(source, folder / backup_name(source, reason, utc_now()), key=key)
    if target == STANDARD_OUTPUT:
        raise FileWriteError("A backup is a database file: name a file or a folder, not -.")
    try:
        folder_given = target.is_dir()
    except (OSError, ValueError) as error:
        reason_given = getattr(error, "strerror", None) or str(error)
        raise FileWriteError(f"Cannot write {target}: {reason_given}.") from None
    if folder_given:
        target = target / backup_name(source, reason, utc_now())
    folder = paths.backup_dir_for(source).resolve()
    if target.resolve().parent == folder and not target.exists():
        return backup_file(source, target, key=key)  # a new backup among the others
    return backup_file(source, output_target(target), key=key)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first (files of other names are left out)."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match["when"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, match["reason"], path.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def record_counts(backup: Path, key: DatabaseKey | None = None) -> dict[str, int]:
    """How many live records of each kind a backup holds (read-only; {} if unreadable).

    ``key``: the key of an encrypted database's backups (a plain backup is read without)."""
    if key is not None and encryption.is_plain_sqlite(backup):
        key = None
    errors = encryption.driver_errors()
    try:
        connection = encryption.connect(backup, key, read_only=True)
    except errors:
        return {}
    try:
        return {
            spec.plural: int(
                connection.execute(
                    f"SELECT count(*) FROM {spec.plural} WHERE deleted_at IS NULL"
                ).fetchone()[0]
            )
            for spec in ENTITIES
        }
    except errors:
        return {}
    finally:
        connection.close()


def to_keep(backups: list[BackupInfo], policy: RotationPolicy) -> set[Path]:
    """The daily backups a rotation keeps: the newest of each recent day, week and month."""
    daily = sorted((b for b in backups if b.reason == "daily"), key=lambda b: b.taken_at)
    daily.reverse()
    keep: set[Path] = set()
    for limit, period in (
        (policy.days, lambda d: d.isoformat()),
        (policy.weeks, lambda d: d.isocalendar()[:2]),
        (policy.months, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for backup in daily:
            key = period(backup.taken_at.date())
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, policy: RotationPolicy = RotationPolicy()) -> list[Path]:
    """Deletes the daily backups the policy does not keep; returns those deleted.

    Manual backups and those taken before an upgrade are never deleted here.
    """
    backups = list_backups(folder)
    keep = to_keep(backups, policy)
    removed = []
    for backup in backups:
        if backup.reason == "daily" and backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup_if_due(
    workspace: Workspace,
    *,
    today: date | None = None,
    policy: RotationPolicy = RotationPolicy(),
) -> Path | None:
    """On the first start of a day, a verified backup, then rotation; None when not due."""
    source = workspace.database.path
    if source is None or not source.exists():
        return None
    folder = paths.backup_dir_for(source)
    now = workspace.clock()
    day = today or now.date()
    if any(b.reason == "daily" and b.taken_at.date() == day for b in list_backups(folder)):
        return None
    if workspace.counts() == {spec.plural: 0 for spec in ENTITIES}:
        return None  # nothing to protect yet
    target = folder / backup_name(source, "daily", now)
    taken = backup_file(source, target, key=workspace.database.key)
    rotate(folder, policy)
    return taken


def restore_backup(workspace: Workspace, backup: Path) -> Path:
    """Replaces the database's content by a backup's; returns where the old content was set aside.

    The backup is checked first; the current content is copied aside (a verified copy,
    never deleted) before being overwritten through SQLite's backup API, so a program
    that still has the file open sees the restored content, not a half-copied file.
    """
    source = _source(workspace)
    key = workspace.database.key
    _check_backup(backup, key)
    aside = backup_file(
        source,
        paths.backup_dir_for(source) / backup_name(source, "before-restore", utc_now()),
        key=key,
    )
    workspace.database.dispose()
    copy_into(backup, source, key=key)
    return aside


def _check_backup(backup: Path, key: DatabaseKey | None) -> None:
    """DatabaseProblem unless ``backup`` is whole and readable with the database's key."""
    if key is None and encryption.looks_encrypted(backup):
        raise DatabaseProblem(
            "damaged",
            f"The backup {backup.name} is encrypted and this database is not; "
            "open the backup itself with its passphrase instead.",
        )
    if key is not None and encryption.is_plain_sqlite(backup):
        raise DatabaseProblem(
            "damaged",
            f"The backup {backup.name} is not encrypted and this database is; "
            "choose another, or open the backup itself.",
        )
    problems = integrity_problems(backup, key)
    if problems:
        raise DatabaseProblem(
            "damaged", f"The backup {backup.name} is damaged ({problems[0]}); choose another."
        )


def restore_beside(database: Path, backup: Path, key: DatabaseKey | None = None) -> Path:
    """Copies a backup to a new file beside ``database`` and returns it; ``database`` itself
    (perhaps damaged) is never read for writing, moved or overwritten. ``key``: that of an
    encrypted backup."""
    if key is not None and encryption.is_plain_sqlite(backup):
        key = None
    problems = integrity_problems(backup, key)
    if problems:
        raise DatabaseProblem(
            "damaged", f"The backup {backup.name} is damaged ({problems[0]}); choose another."
        )
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.stem}-restored-{stamp}{database.suffix or '.sqlite3'}")
    counter = 2
    while target.exists():
        target = database.with_name(
            f"{database.stem}-restored-{stamp}-{counter}{database.suffix or '.sqlite3'}"
        )
        counter += 1
    return backup_file(backup, target, key=key)


def check_database(target: str | Path, key: DatabaseKey | None = None) -> str:
    """'ok' with a short description, or DatabaseProblem naming what is wrong; never writes.

    Damage is told apart from a file another program holds locked, one on a read-only disk
    (neither says anything of damage), and one that is not an Exchange Notes database. An
    encrypted file needs its ``key`` (DatabaseProblem ``encrypted`` without one).
    """
    path = target if isinstance(target, Path) else sqlite_path(make_url(target))
    if path is None:
        raise DomainError("check works on SQLite database files; use the server's tools otherwise.")
    check_regular_file(path)  # before its first bytes are read to tell if it is encrypted
    if key is None and encryption.looks_encrypted(path) and encryption.available():
        raise DatabaseProblem(
            "encrypted", f"The database {path} is encrypted: its passphrase is needed."
        )
    if key is not None and encryption.is_plain_sqlite(path):
        key = None
    if key is not None:
        encryption.check_key(path, key)
    found = check_file(path, key)
    if found.problems:
        listed = "; ".join(found.problems[:3])
        raise DatabaseProblem(
            "damaged",
            f"The database {path} is damaged ({listed}). It was left as it is; "
            "restore a backup or ask for help.",
        )
    if found.revision is None:
        what = "is a SQLite database of another program" if found.has_tables else "is empty"
        raise DatabaseProblem(
            "not-a-database",
            f"{path} {what}, not an Exchange Notes database. It was left as it is.",
        )
    notes = ["encrypted"] if key is not None else []
    if found.revision not in migrate.known_revisions():
        notes.append("made by a newer version of Exchange Notes")
    elif migrate.is_older(found.revision):
        notes.append("from an older version; it is brought up to date when next opened")
    if not writable(path):
        notes.append("read-only here")
    return f"{path}: ok" + (f" ({'; '.join(notes)})" if notes else "")
