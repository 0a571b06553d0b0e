"""Whether a database file sits on a network drive, where SQLite cannot keep it safe.

Told from ``/proc/mounts`` on Linux, from the drive (a UNC path, or a letter Windows calls
remote) on Windows, and from the mount table on macOS. When it cannot be told, no warning.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

PROC_MOUNTS = Path("/proc/mounts")
LINUX_NETWORK = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs"}
MACOS_NETWORK = {"smbfs", "nfs", "afpfs", "webdav", "cifs", "ftp"}
# GetDriveTypeW's answer for a drive letter mapped to a network share.
DRIVE_REMOTE = 4


def filesystem_of(path: Path, mounts: Path = PROC_MOUNTS) -> str | None:
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


def linux_network_kind(path: Path, mounts: Path = PROC_MOUNTS) -> str | None:
    kind = filesystem_of(path, mounts)
    if kind is None or not (kind in LINUX_NETWORK or kind.startswith("fuse.sshfs")):
        return None
    return kind


def _drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def windows_network_kind(path: str, drive_type: Callable[[str], int] | None = None) -> str | None:
    """'network share \\\\server\\share' for a UNC path, 'mapped drive H:' for a letter that
    Windows says is remote, else None."""
    text = path
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[len("\\\\?\\UNC\\") :]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[len("\\\\?\\") :]
    drive = PureWindowsPath(text).drive
    if drive.startswith("\\\\"):
        return f"network share {drive}"
    if not drive:
        return None
    try:
        remote = (drive_type or _drive_type)(drive + "\\") == DRIVE_REMOTE
    except (OSError, AttributeError, ValueError):
        return None
    return f"mapped drive {drive}" if remote else None


def macos_network_kind(path: Path, table: str | None = None) -> str | None:
    """The file system type from ``mount``'s lines ('//me@nas/team on /Volumes/team (smbfs,
    nodev, nosuid, mounted by me)') when it is a network one."""
    if table is None:
        try:
            table = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
    target = str(path.resolve().parent)
    best, kind = "", None
    for line in table.splitlines():
        if " on " not in line or " (" not in line:
            continue
        mount_point, _, options = line.split(" on ", 1)[1].rpartition(" (")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, kind = mount_point, options.split(",")[0].strip(" )")
    return kind if kind in MACOS_NETWORK else None


def network_kind(path: Path) -> str | None:
    """What kind of network location ``path`` is on, or None for a local disk."""
    if sys.platform == "win32":
        # resolve() turns a mapped letter into its UNC path where Windows can tell.
        for candidate in (str(path), str(_resolved(path))):
            kind = windows_network_kind(candidate)
            if kind is not None:
                return kind
        return None
    if sys.platform == "darwin":
        return macos_network_kind(path)
    return linux_network_kind(path)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def network_warning(path: Path, kind: str | None = None) -> str | None:
    """A warning when a SQLite file sits on a network drive, where WAL is unsafe."""
    kind = kind if kind is not None else network_kind(path)
    if kind is None:
        return None
    return (
        f"The database {path} is on a network drive ({kind}). SQLite cannot keep it safe "
        "there when several computers use it: keep it on this computer, or ask for a shared "
        "PostgreSQL database for the team."
    )
