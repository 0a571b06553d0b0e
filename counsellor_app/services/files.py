"""Reading the files a user names, and writing files safely: never over a database this
program has open (or its companion files and backups), never into a device or pipe, and
never half-written under the final name."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from counsellor_app import paths
from counsellor_app.domain.errors import DomainError
from counsellor_app.storage.database import opened_files
from counsellor_app.storage.partials import partial_prefix, remove_stale_partials

# Where ``-`` sends what a command writes: standard output, for a pipe.
STANDARD_OUTPUT = Path("-")

_COMPANION_FILES = (
    ("-wal", "the write-ahead log"),
    ("-shm", "the shared-memory file"),
    ("-journal", "the journal"),
)


class FileWriteError(DomainError):
    """A file could not be written; any earlier file at that path is untouched."""


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    """True when both names lead to one file (a hard link, or a link not yet resolved)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def refuse_protected(path: Path) -> Path:
    """``path`` with its links resolved, or FileWriteError when writing there would replace
    a database this program has open, one of its companion files, or one of its backups."""
    target = _real(path)
    for database in opened_files():
        real = _real(database)
        guarded = [(real, "the database itself")]
        guarded += [
            (Path(f"{real}{suffix}"), f"{what} of the database")
            for suffix, what in _COMPANION_FILES
        ]
        for protected, what in guarded:
            if target == protected or _same_file(target, protected):
                raise FileWriteError(
                    f"Cannot write {path}: it is {what} ({database}), which would be lost. "
                    "Choose another file."
                )
        backups = _real(paths.backup_dir_for(database))
        if target == backups or backups in target.parents:
            raise FileWriteError(
                f"Cannot write {path}: it is in the backups folder of the database "
                f"({backups}), where it could replace a backup. Choose another folder."
            )
    return target


def _refuse_special(path: Path, target: Path) -> None:
    """FileWriteError for a target that is a folder, a device, a pipe or a socket (the name
    as given, its links followed: ``/dev/stdout`` leads to a pipe no path names)."""
    for name in (path, target):
        try:
            mode = name.stat().st_mode
        except FileNotFoundError:
            continue
        except OSError as error:
            raise FileWriteError(f"Cannot write {path}: {error.strerror or error}.") from None
        break
    else:
        return
    if stat.S_ISDIR(mode):
        raise FileWriteError(f"Cannot write {path}: it is a folder.")
    if not stat.S_ISREG(mode):
        raise FileWriteError(
            f"Cannot write {path}: it is not a regular file (a device, a pipe or a socket); "
            "name a file, or give - to write to standard output."
        )


def _write_error(path: Path, error: OSError) -> FileWriteError:
    if error.errno == errno.ENOSPC:
        return FileWriteError(
            f"The disk is full: {path} was not written. Free some space and try again."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileWriteError(f"Cannot write {path}: permission denied.")
    if error.errno == errno.EISDIR:
        return FileWriteError(f"Cannot write {path}: it is a folder.")
    if error.errno == errno.ENOENT:
        return FileWriteError(f"Cannot write {path}: the folder {path.parent} does not exist.")
    return FileWriteError(f"Cannot write {path}: {error.strerror or error}.")


def _stale(name: str) -> re.Pattern[str]:
    """Partial files of ``name`` left by a writer: ``.NAME.PID.RANDOM.partial`` (or, from an
    older release, ``.NAME.RANDOM.partial``)."""
    return re.compile(rf"\.{re.escape(name[:100])}\.(?:(?P<pid>\d+)\.)?[a-z0-9_]{{8}}\.partial")


def output_target(path: Path) -> Path:
    """Where writing ``path`` goes, links resolved; FileWriteError when that would replace a
    database open here, its companion files or backups, or is a folder, device or pipe."""
    try:
        target = refuse_protected(path)
    except ValueError:  # a NUL in the name
        raise FileWriteError(f"Cannot write {path!r}: a file name cannot hold that.") from None
    _refuse_special(path, target)
    return target


@contextmanager
def output_file(path: Path, *, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A file to write what a command makes, a piece at a time.

    ``-`` is standard output. Anything else is written to a temporary file beside ``path``
    (links resolved), synced, and renamed into place once the block ends without an error;
    on an error, nothing is left under either name. A path that is a database open here, one
    of its companion files or backups, a folder, a device or a pipe is refused first.
    """
    if path == STANDARD_OUTPUT:
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    target = output_target(path)
    directory = target.parent
    remove_stale_partials(directory, _stale(target.name))
    try:
        fd, name = tempfile.mkstemp(
            prefix=partial_prefix(target.name), suffix=".partial", dir=directory
        )
    except FileNotFoundError:
        raise FileWriteError(
            f"Cannot write {path}: the folder {directory} does not exist."
        ) from None
    except PermissionError:
        raise FileWriteError(
            f"Cannot write {path}: you may not write in the folder {directory}."
        ) from None
    except OSError as error:
        raise _write_error(path, error) from None
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _write_error(path, error) from error
        raise


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Writes ``data`` to ``path`` through :func:`output_file`."""
    with output_file(Path(path), mode=mode) as handle:
        handle.write(data)


def write_atomically_with(
    path: Path, write: Callable[[BinaryIO], object], *, mode: int = 0o600
) -> None:
    """Lets ``write`` write into :func:`output_file` (a report, as it is made): a failure, or
    an exception from ``write``, leaves nothing under either name."""
    with output_file(Path(path), mode=mode) as handle:
        write(handle)


def _size_in_words(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GB"
    return f"{max(1, round(size / 1024**2))} MB"


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """What goes wrong reading ``path`` as a DomainError in one line."""
    try:
        yield
    except FileNotFoundError:
        raise DomainError(f"There is no file {path}.") from None
    except PermissionError:
        raise DomainError(f"You may not read {path}.") from None
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise DomainError(f"Cannot read {path}: {reason}.") from None


def input_file(path: Path, limit: int) -> Path:
    """``path`` if it is a regular file of at most ``limit`` bytes; DomainError, in one line,
    for anything else (missing, a folder, a device or pipe that may never end, too large)."""
    with _reading(path):
        info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise DomainError(f"{path} is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise DomainError(
            f"{path} is not a regular file (it is a device, a pipe or a socket); "
            "save what it holds to a file, and import that."
        )
    if info.st_size > limit:
        raise DomainError(
            f"{path} is {_size_in_words(info.st_size)}; the largest file that can be "
            f"imported is {_size_in_words(limit)}."
        )
    return path


def read_input_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; DomainError, in one line,
    for anything else (see :func:`input_file`)."""
    input_file(path, limit)
    with _reading(path), path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise DomainError(f"{path} grew past {_size_in_words(limit)} while it was read.")
    return data
