"""Drafts of forms being edited, kept on disk every few seconds so a crash loses nothing."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from counsellor_app.domain.records import Practice, Record
from counsellor_app.domain.schema import BY_KEY, PRACTICE_FIELDS, FieldSpec, FieldType, spec_of
from counsellor_app.services.files import write_atomically
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import utc_now


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


def _loose(spec: FieldSpec, raw: Any) -> Any:
    """A stored value back in its type, without judging it: a draft may be half-typed."""
    if raw is None:
        if spec.type in (FieldType.REFS, FieldType.PRACTICES):
            return ()
        return "" if spec.required else (True if spec.type is FieldType.BOOL else None)
    if spec.type is FieldType.DATE:
        with contextlib.suppress(TypeError, ValueError):
            return date.fromisoformat(raw)
        return None
    if spec.type is FieldType.TIMESTAMP:
        with contextlib.suppress(TypeError, ValueError):
            return datetime.fromisoformat(raw)
        return None
    if spec.type is FieldType.ENUM and spec.choices is not None:
        with contextlib.suppress(ValueError):
            return spec.choices(raw)
        return raw
    if spec.type is FieldType.REFS:
        return tuple(raw)
    if spec.type is FieldType.PRACTICES:
        return tuple(
            Practice(**{f.name: _loose(f, item.get(f.name)) for f in PRACTICE_FIELDS})
            for item in raw
        )
    return raw


def _record_from_draft(kind: str, raw: dict[str, Any]) -> Record:
    spec = BY_KEY[kind]
    values = {f.name: _loose(f, raw.get(f.name)) for f in spec.fields}
    values["id"] = raw.get("id") or ""
    values["version"] = int(raw.get("version") or 0)
    return spec.record(**values)


class DraftStore:
    """Drafts in a private folder, one file per open form."""

    def __init__(self, folder: Path, database: str) -> None:
        self.folder = folder
        self.database = database

    def _path(self, key: str) -> Path:
        digest = hashlib.sha256(f"{self.database}\0{key}".encode()).hexdigest()[:24]
        return self.folder / f"draft-{digest}.json"

    def keep(self, key: str, record: Record) -> None:
        """Writes (or rewrites) the draft of the form ``key``."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
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
        write_atomically(self._path(key), json.dumps(document, ensure_ascii=False).encode())

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        """Drafts left for this database (by a crash), newest first; unreadable ones skipped."""
        drafts = []
        if not self.folder.is_dir():
            return []
        for path in self.folder.glob("draft-*.json"):
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
                if document.get("database") != self.database:
                    continue
                drafts.append(
                    Draft(
                        key=document["key"],
                        database=document["database"],
                        kind=document["kind"],
                        record=_record_from_draft(document["kind"], document["record"]),
                        saved_at=datetime.fromisoformat(document["saved_at"]),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        drafts.sort(key=lambda d: d.saved_at, reverse=True)
        return drafts
