"""Writing files so that a failure never leaves a half-written one under the final name."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from counsellor_app.domain.errors import DomainError


class FileWriteError(DomainError):
    """A file could not be written; any earlier file at that path is untouched."""


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Writes ``data`` to a temporary file beside ``path``, syncs it, then renames it in place."""
    write_atomically_with(path, lambda handle: handle.write(data), mode=mode)


def write_atomically_with(
    path: Path, write: Callable[[BinaryIO], object], *, mode: int = 0o600
) -> None:
    """Lets ``write`` write into a temporary file beside ``path`` (a report, as it is made),
    syncs it, then renames it in place; a failure, or an exception from ``write``, leaves
    nothing under either name."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=directory)
    except FileNotFoundError:
        raise FileWriteError(
            f"Cannot write {path}: the folder {directory} does not exist."
        ) from None
    except PermissionError:
        raise FileWriteError(
            f"Cannot write {path}: you may not write in the folder {directory}."
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if not isinstance(error, OSError):
            raise
        if error.errno == errno.ENOSPC:
            raise FileWriteError(
                f"The disk is full: {path} was not written. Free some space and try again."
            ) from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise FileWriteError(f"Cannot write {path}: permission denied.") from error
        if error.errno == errno.EISDIR:
            raise FileWriteError(f"Cannot write {path}: it is a folder.") from error
        raise FileWriteError(f"Cannot write {path}: {error.strerror or error}.") from error
