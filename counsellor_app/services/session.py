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
