"""Opening a workspace on a database chosen by path or URL."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy.engine import URL

from counsellor_app import paths
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.database import sqlite_path, writable
from counsellor_app.storage.open import database_url, open_database


def open_workspace(
    target: str | Path | URL,
    *,
    actor: str | None = None,
    create: bool = True,
    read_only: bool = False,
    for_reading: bool = False,
) -> Workspace:
    """A workspace on the database at ``target`` (a SQLite path or any SQLAlchemy URL).

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
        target, create=create, read_only=read_only, backup_dir=backups, lay_out=not for_reading
    )
    return Workspace(database, actor=actor)


NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs"}


def filesystem_of(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """The type of file system ``path`` lives on (Linux), or None when it cannot be told."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve().parent)
    best, kind = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, fields[2]
    return kind


def network_warning(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """A warning when a SQLite file sits on a network file system, where WAL is unsafe."""
    kind = filesystem_of(path, mounts)
    if kind is None or not (kind in NETWORK_FILESYSTEMS or kind.startswith("fuse.sshfs")):
        return None
    return (
        f"The database {path} is on a network drive ({kind}). SQLite cannot keep it safe "
        "there when several computers use it: keep it on this computer, or ask for a shared "
        "PostgreSQL database for the team."
    )
