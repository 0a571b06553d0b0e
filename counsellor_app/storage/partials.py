"""Files written under a temporary name first, and what a killed writer leaves behind.

A backup or an export is written to ``.NAME.PID.….partial`` (backups: ``NAME.PID.partial``)
beside its final name, then renamed into place. A process killed meanwhile cannot remove its
partial file, which may be as large as the database; the next writer to the same folder
removes the partial files of processes that are no longer running.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

# A partial file of an older release, without the process id: removed once this old.
_OLD_ENOUGH = 3600.0
# SQLite's own files beside a database it writes (a backup is a database while written).
_COMPANIONS = ("", "-journal", "-wal", "-shm")


def process_running(pid: int) -> bool:
    """True while a process with that id exists (ours, or another user's)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def partial_prefix(name: str) -> str:
    """The start of the temporary name of a file written as ``name`` by this process."""
    # Cut, so that the temporary name stays within the file system's limit on names.
    return f".{name[:100]}.{os.getpid()}."


def remove_stale_partials(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    """Removes the partial files in ``folder`` whose names match ``pattern`` (its group
    ``pid`` the writer's process id, or absent for an older release's) and whose writer is
    gone, with SQLite's files beside them; returns those removed. Never raises."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None:
            continue
        pid = found.groupdict().get("pid")
        if pid is not None:
            if process_running(int(pid)):
                continue
        else:
            try:
                if now - entry.stat().st_mtime < _OLD_ENOUGH:
                    continue
            except OSError:
                continue
        for suffix in _COMPANIONS:
            companion = Path(f"{entry}{suffix}")
            with contextlib.suppress(OSError):
                companion.unlink()
                removed.append(companion)
    return removed
