"""Encrypted database files (SQLCipher): keys, connections, and converting a file in place.

A database is encrypted with SQLCipher 4's defaults (AES-256, each page authenticated with
HMAC-SHA512), through the ``sqlcipher3`` module, which the ``encryption`` extra installs. The
key is derived from the passphrase as SQLCipher itself does (PBKDF2-HMAC-SHA512, 256,000
rounds, with the 16 bytes of salt that begin the file), once, in Python: every connection
is then keyed with the derived key and skips the 0.1-0.2 s that SQLCipher would spend
deriving it again. The file still opens with its passphrase in any SQLCipher 4 tool.

Connections to an encrypted file keep SQLite's temporary files in memory
(``temp_store = MEMORY``): they are not encrypted. Its write-ahead log holds encrypted
pages like the file. The passphrase is never stored, logged or put in a URL; the derived
key lives only in memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.domain.passphrase import normalised
from counsellor_app.storage.unspaced_scripts import register_sql_functions

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ROUNDS = 256_000
KDF_HASH = "sha512"
# The smallest page SQLite writes; an encrypted file is a whole number of pages.
MIN_PAGE = 512
WRONG_PASSPHRASE = "wrong passphrase, or not an Exchange Notes database"


@dataclass(frozen=True, repr=False)
class DatabaseKey:
    """The key of an encrypted database: 32 bytes derived from its passphrase, and its salt."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def __repr__(self) -> str:
        return "DatabaseKey(…)"

    @property
    def literal(self) -> str:
        """SQLCipher's form of a raw key with its salt: ``x'<key><salt>'``."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with that salt."""
    raw = hashlib.pbkdf2_hmac(
        KDF_HASH, normalised(passphrase).encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES
    )
    return DatabaseKey(raw, salt)


def new_key(passphrase: str) -> DatabaseKey:
    """A key for a file about to be encrypted: fresh salt."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


def file_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def key_for_file(path: Path, passphrase: str) -> DatabaseKey:
    """The key ``passphrase`` gives for the encrypted file at ``path`` (right or wrong)."""
    return derive_key(passphrase, file_salt(path))


def _module() -> ModuleType | None:
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError:
        return None
    return module  # type: ignore[no-any-return]


def available() -> bool:
    """True when this installation can open encrypted databases (``sqlcipher3`` is there)."""
    return _module() is not None


def driver() -> ModuleType:
    """The SQLCipher DB-API module, or DatabaseProblem saying how to get it."""
    module = _module()
    if module is None:
        raise DatabaseProblem(
            "no-encryption",
            "This installation cannot encrypt databases or open encrypted ones: install "
            "Exchange Notes with its encryption support (the 'encryption' extra).",
        )
    return module


def driver_errors() -> tuple[type[Exception], ...]:
    """The error classes of both drivers, for code that talks to files directly."""
    module = _module()
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)


def is_plain_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """True for a file that may be an encrypted database: not a plain SQLite file, and made
    of whole pages. Only its key can tell it from random bytes of that size."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return (
        path.is_file() and size >= MIN_PAGE and size % MIN_PAGE == 0 and not is_plain_sqlite(path)
    )


def _prepare(connection: Any, key: DatabaseKey) -> None:
    # Process-wide: SQLCipher would otherwise print a wrong key's failed checks on stderr.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f'PRAGMA key = "{key.literal}"')
    # Sorting, temporary indexes and VACUUM's copy stay in memory: SQLite's temporary
    # files are not encrypted.
    connection.execute("PRAGMA temp_store = MEMORY")


def connect(
    path: Path,
    key: DatabaseKey | None,
    *,
    read_only: bool = False,
    timeout: float = 10.0,
    immutable: bool = False,
    **options: Any,
) -> Any:
    """A DB-API connection to the file at ``path``: the standard library's for a plain file,
    SQLCipher's, keyed, for an encrypted one, with the search index's functions. Read-only
    opens never create or change a file; ``immutable`` ones (of a file no program has open)
    make no files beside it either."""
    target = f"file:{path.resolve()}?mode=ro" if read_only else str(path)
    if read_only and immutable:
        target += "&immutable=1"
    if key is None:
        connection = sqlite3.connect(target, uri=read_only, timeout=timeout, **options)
    else:
        connection = driver().connect(target, uri=read_only, timeout=timeout, **options)
        try:
            _prepare(connection, key)
        except Exception:
            connection.close()
            raise
    register_sql_functions(connection)
    return connection


def check_key(path: Path, key: DatabaseKey) -> None:
    """DatabaseProblem ``wrong-passphrase`` unless ``key`` opens the file; reads only."""
    errors = driver_errors()
    try:
        connection = connect(path, key, read_only=True, timeout=0)
    except errors as error:
        raise DatabaseProblem("wrong-passphrase", WRONG_PASSPHRASE) from error
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(
                "locked",
                f"The database {path} is in use by another program and stayed locked. "
                "Close the other program, then try again.",
            ) from error
        raise DatabaseProblem("wrong-passphrase", WRONG_PASSPHRASE) from error
    finally:
        connection.close()


# -- converting a file ---------------------------------------------------------------------


def converting_name(path: Path) -> Path:
    """Where the converted copy of ``path`` is written before it takes the file's place."""
    return path.with_name(f".{path.name}.converting")


def table_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    """Rows of every ordinary table (the search index's own tables included)."""
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in sorted(names)
    }


def verify_copy(path: Path, key: DatabaseKey | None, expected: dict[str, int]) -> None:
    """Raises DatabaseProblem unless the file passes SQLite's integrity check (which checks
    the search index too) and holds the ``expected`` rows in every table."""
    connection = connect(path, key) if key is not None else driver().connect(str(path))
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise DatabaseProblem(
                "damaged", f"The converted copy failed its check ({problems[0]}); nothing changed."
            )
        counts = table_counts(connection)
    finally:
        connection.close()
    if counts != expected:
        differing = sorted(
            name for name in set(counts) | set(expected) if counts.get(name) != expected.get(name)
        )
        raise DatabaseProblem(
            "damaged",
            f"The converted copy does not hold every record ({', '.join(differing)}); "
            "nothing changed.",
        )


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def convert(
    path: Path,
    old: DatabaseKey | None,
    new: DatabaseKey | None,
    *,
    page_size: int = 8192,
    before_swap: Callable[[], None] | None = None,
) -> None:
    """Re-writes the database at ``path`` under the key ``new`` (None: plain SQLite).

    The copy is written beside the file (SQLCipher's ``sqlcipher_export``) while an
    exclusive lock keeps every other connection out, checked (integrity, and the rows of
    every table), synced, and only then renamed over the file. Until that rename the file is
    left as it was, whatever happens, a killed process included; the rename itself is
    atomic. ``old`` is the file's key now (None: plain).
    """
    module = driver()
    errors = driver_errors()
    if old is not None:
        check_key(path, old)
    temporary = converting_name(path)
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    connection = module.connect(str(path), timeout=10.0, isolation_level=None)
    register_sql_functions(connection)
    try:
        if old is not None:
            _prepare(connection, old)
        else:
            connection.execute("PRAGMA temp_store = MEMORY")
        # Out of write-ahead logging for the copy: SQLite folds the log into the file, and a
        # rollback journal lets one exclusive lock keep readers out too.
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise DatabaseProblem(
                "locked",
                f"The database {path} is in use by another program. Close it, then try again.",
            )
        target = "''" if new is None else f'"{new.literal}"'
        connection.execute(f"ATTACH DATABASE ? AS converted KEY {target}", (str(temporary),))
        if new is None:
            connection.execute(f"PRAGMA converted.page_size = {int(page_size)}")
        connection.execute("BEGIN EXCLUSIVE")
        expected = table_counts(connection)
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE converted")
        verify_copy(temporary, new, expected)
        _fsync(temporary)
        if before_swap is not None:
            before_swap()
        # Still holding the file: nobody writes to it between the check and the rename.
        connection.execute("BEGIN EXCLUSIVE")
        os.replace(temporary, path)
        _fsync(path.parent)
        connection.execute("ROLLBACK")
    except errors as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseProblem(
                "locked",
                f"The database {path} is in use by another program. Close it, then try again.",
            ) from error
        if "full" in text:
            raise DatabaseProblem(
                "disk-full", "The disk is full; nothing was changed. Free some space."
            ) from error
        raise DatabaseProblem(
            "damaged", f"The database {path} could not be converted ({error}); nothing changed."
        ) from error
    finally:
        connection.close()
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
