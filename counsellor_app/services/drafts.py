"""Drafts of forms being edited, kept on disk every few seconds so a crash loses nothing."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, spec_of
from counsellor_app.services.clock import utc_now
from counsellor_app.services.files import write_atomically
from counsellor_app.services.record_json import record_to_json
from counsellor_app.storage import encryption
from counsellor_app.storage.encryption import DatabaseKey


@dataclass(frozen=True)
class Draft:
    """An unsaved form: which database, which kind of record, its values, when it was kept."""

    key: str
    database: str
    kind: str
    record: Record
    saved_at: datetime

    @property
    def is_new(self) -> bool:
        return self.record.version == 0


def _record_from_draft(kind: str, raw: dict[str, Any]) -> Record:
    spec = BY_KEY[kind]
    values = {f.name: f.meaning.from_draft(f, raw.get(f.name)) for f in spec.fields}
    values["id"] = raw.get("id") or ""
    values["version"] = int(raw.get("version") or 0)
    return spec.record(**values)


def _strings(value: Any) -> Iterator[str]:
    """Every text inside a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class DraftStore:
    """Drafts in a private folder: one JSON file per open form; for an encrypted database,
    one row per form in a small SQLCipher file of its own, under the database's key, so no
    note is ever written in the clear beside it."""

    def __init__(self, folder: Path, database: str, key: DatabaseKey | None = None) -> None:
        self.folder = folder
        self.database = database
        self.key = key

    def _digest(self, text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()[:24]

    def _path(self, key: str) -> Path:
        return self.folder / f"draft-{self._digest(self.database + chr(0) + key)}.json"

    @property
    def encrypted_file(self) -> Path:
        """Where an encrypted database's drafts are kept."""
        return self.folder / f"drafts-{self._digest(self.database)}.sqlite3"

    def keep(self, key: str, record: Record) -> None:
        """Writes (or rewrites) the draft of the form ``key``."""
        spec = spec_of(record)
        body = record_to_json(spec, record)
        body["version"] = record.version
        document = {
            "key": key,
            "database": self.database,
            "kind": spec.key,
            "saved_at": utc_now().isoformat(),
            "record": body,
        }
        self._write(key, json.dumps(document, ensure_ascii=False))

    def _write(self, key: str, document: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if self.key is None:
            write_atomically(self._path(key), document.encode())
            return
        with self._encrypted() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO drafts (key, document) VALUES (?, ?)", (key, document)
            )

    @contextlib.contextmanager
    def _encrypted(self) -> Iterator[Any]:
        assert self.key is not None
        path = self.encrypted_file
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        connection = encryption.connect(path, self.key)
        try:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS drafts (key TEXT PRIMARY KEY, document TEXT NOT NULL)"
            )
            with connection:
                yield connection
        finally:
            connection.close()

    def discard(self, key: str) -> None:
        if self.key is None:
            self._path(key).unlink(missing_ok=True)
        elif self.encrypted_file.exists():
            with self._encrypted() as connection:
                connection.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def documents(self) -> list[tuple[str, str]]:
        """(form key, JSON text) of every draft of this database; unreadable ones skipped."""
        found: list[tuple[str, str]] = []
        if not self.folder.is_dir():
            return found
        if self.key is not None:
            if self.encrypted_file.exists():
                with self._encrypted() as connection:
                    found = [
                        (str(k), str(d))
                        for k, d in connection.execute("SELECT key, document FROM drafts")
                    ]
            return found
        for path in self.folder.glob("draft-*.json"):
            try:
                text = path.read_text(encoding="utf-8")
                document = json.loads(text)
                if document.get("database") == self.database:
                    found.append((str(document["key"]), text))
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
        return found

    def pending(self) -> list[Draft]:
        """Drafts left for this database (by a crash), newest first; unreadable ones skipped."""
        drafts = []
        for _key, text in self.documents():
            try:
                document = json.loads(text)
                drafts.append(
                    Draft(
                        key=document["key"],
                        database=document["database"],
                        kind=document["kind"],
                        record=_record_from_draft(document["kind"], document["record"]),
                        saved_at=datetime.fromisoformat(document["saved_at"]),
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
        drafts.sort(key=lambda d: d.saved_at, reverse=True)
        return drafts

    def move_to(self, other: DraftStore) -> int:
        """Moves every draft of this store to ``other`` (a database encrypted, decrypted or
        given a new passphrase); returns how many."""
        moved = self.documents()
        if self.key is not None:
            # The file holds this database's drafts only, and ``other`` may be keyed
            # differently at the same place (a new passphrase): it goes whole.
            self.encrypted_file.unlink(missing_ok=True)
        else:
            for key, _text in moved:
                self.discard(key)
        for key, text in moved:
            other._write(key, text)
        return len(moved)

    def discard_mentioning(self, needles: list[str]) -> int:
        """Deletes the drafts whose text holds any of ``needles`` (case aside); how many."""
        wanted = [n.casefold() for n in needles if n]
        doomed = []
        for key, text in self.documents():
            try:
                values = "\n".join(_strings(json.loads(text))).casefold()
            except ValueError:
                values = text.casefold()
            if any(n in values for n in wanted):
                doomed.append(key)
        for key in doomed:
            self.discard(key)
        self.forget_removed()
        return len(doomed)

    def forget_removed(self) -> None:
        """Leaves nothing of removed drafts in the encrypted file (its free pages rewritten)."""
        if self.key is not None and self.encrypted_file.exists():
            with contextlib.closing(encryption.connect(self.encrypted_file, self.key)) as c:
                c.execute("VACUUM")
