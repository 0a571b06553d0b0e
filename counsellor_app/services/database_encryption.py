"""Encrypting a database file, decrypting it, changing its passphrase: the file, its backups
and its drafts together, so that nothing beside an encrypted database stays in the clear."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from counsellor_app import paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError
from counsellor_app.domain.passphrase import check_new_passphrase
from counsellor_app.services.backups import list_backups
from counsellor_app.services.drafts import DraftStore
from counsellor_app.storage import encryption
from counsellor_app.storage.encryption import DatabaseKey

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Conversion:
    """What a conversion did: the database's key now (None: plain), how many backups and
    drafts were converted with it, and the backups left as they were (another key)."""

    key: DatabaseKey | None
    database_converted: bool
    backups: int = 0
    drafts: int = 0
    skipped: tuple[Path, ...] = field(default=())

    def summary(self, verb: str) -> str:
        done = f"The database was {verb}" if self.database_converted else "The database was"
        if not self.database_converted:
            done += " already " + verb
        parts = [f"{done}; backups {verb}: {self.backups}"]
        if self.drafts:
            parts.append(f"unsaved drafts: {self.drafts}")
        if self.skipped:
            names = ", ".join(p.name for p in self.skipped)
            parts.append(f"left as they were (another passphrase): {names}")
        return "; ".join(parts) + "."


def _file(path: Path) -> Path:
    if not path.exists():
        raise DatabaseProblem("missing", f"The database {path} does not exist.")
    return path.resolve()


def _opens_with(path: Path, key: DatabaseKey | None) -> bool:
    if key is None:
        return encryption.is_plain_sqlite(path)
    if not encryption.looks_encrypted(path):
        return False
    try:
        encryption.check_key(path, key)
    except DatabaseProblem:
        return False
    return True


def _same_key(path: Path, key: DatabaseKey | None) -> bool:
    """True when ``path`` opens with ``key`` as it is (nothing to convert)."""
    if key is None:
        return encryption.is_plain_sqlite(path)
    return encryption.file_salt(path) == key.salt and _opens_with(path, key)


def _convert_all(
    path: Path,
    old: DatabaseKey | None,
    new: DatabaseKey | None,
    progress: Progress | None,
    *,
    database: bool = True,
) -> Conversion:
    backups = [b.path for b in list_backups(paths.backup_dir_for(path))]
    total = len(backups) + 1
    if progress is not None:
        progress(0, total)
    if database:
        encryption.convert(path, old, new)
    converted, skipped = 0, []
    for done, backup in enumerate(backups, start=2):
        if _same_key(backup, new):
            pass
        elif _opens_with(backup, old):
            encryption.convert(backup, old, new)
            converted += 1
        else:
            skipped.append(backup)
        if progress is not None:
            progress(done, total)
    where = str(path)
    drafts = DraftStore(paths.drafts_dir(), where, old).move_to(
        DraftStore(paths.drafts_dir(), where, new)
    )
    return Conversion(new, database, converted, drafts, tuple(skipped))


def encrypt_database(
    path: Path, passphrase: str, *, progress: Progress | None = None
) -> Conversion:
    """Encrypts the SQLite file at ``path`` with ``passphrase``, then its backups and drafts.

    A database already encrypted is opened with ``passphrase`` (DatabaseProblem
    ``wrong-passphrase`` if it does not) and only what was left in the clear beside it (a
    backup, a draft: an earlier run stopped half-way) is converted."""
    path = _file(path)
    if encryption.looks_encrypted(path):
        key = encryption.key_for_file(path, passphrase)
        encryption.check_key(path, key)
        return _convert_all(path, None, key, progress, database=False)
    if not encryption.is_plain_sqlite(path):
        raise DatabaseProblem(
            "not-a-database", f"{path} is not an Exchange Notes database; it was left as it is."
        )
    key = encryption.new_key(check_new_passphrase(passphrase))
    return _convert_all(path, None, key, progress)


def decrypt_database(
    path: Path, passphrase: str | DatabaseKey, *, progress: Progress | None = None
) -> Conversion:
    """Turns the encrypted file at ``path`` back into a plain SQLite file, with its backups
    and drafts."""
    path = _file(path)
    if encryption.is_plain_sqlite(path):
        raise DomainError(f"The database {path} is not encrypted.")
    key = _key(path, passphrase)
    return _convert_all(path, key, None, progress)


def change_passphrase(
    path: Path,
    current: str | DatabaseKey,
    new_passphrase: str,
    *,
    progress: Progress | None = None,
) -> Conversion:
    """Re-encrypts the file at ``path`` (and its backups and drafts) under a new passphrase.

    The file is copied under the new key, checked and swapped in, as when it was encrypted:
    a new salt, so nothing of the old key opens any of it."""
    path = _file(path)
    if encryption.is_plain_sqlite(path):
        raise DomainError(f"The database {path} is not encrypted: encrypt it first.")
    old = _key(path, current)
    new = encryption.new_key(check_new_passphrase(new_passphrase))
    return _convert_all(path, old, new, progress)


def _key(path: Path, given: str | DatabaseKey) -> DatabaseKey:
    key = encryption.key_for_file(path, given) if isinstance(given, str) else given
    encryption.check_key(path, key)
    return key
