"""The interchange file: export every live record as JSON, import one all or nothing."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from counsellor_app.domain.errors import DomainError, Problem, ValidationError
from counsellor_app.domain.records import (
    Exchange,
    Organisation,
    Person,
    Practice,
    Record,
    Theme,
    Visit,
)
from counsellor_app.domain.schema import (
    BY_KEY,
    ENTITIES,
    META_FIELDS,
    PRACTICE_FIELDS,
    EntitySpec,
    FieldSpec,
    FieldType,
    spec_of,
)
from counsellor_app.domain.snapshot import Snapshot
from counsellor_app.domain.validation import (
    field_problems,
    is_uuid,
    record_problems,
    text_problem,
)
from counsellor_app.services.files import write_atomically
from counsellor_app.services.records import plain, referenced_ids
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo
from counsellor_app.storage import search as search_index

FORMAT = "counsellor-exchange-notes"
VERSION = 1
TOP_LEVEL = {"format", "version", "exported_at"} | {spec.plural for spec in ENTITIES}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_BY_FIELD = FieldSpec("created_by", FieldType.SHORT)
MAX_PROBLEMS = 1000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(DomainError):
    """The import was stopped before it finished; nothing was changed."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did, by the name of each list of the file."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        def line(counts: dict[str, int]) -> str:
            return ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "nothing"

        return (
            f"Added {line(self.added)}; updated {line(self.updated)}; "
            f"{sum(self.unchanged.values())} unchanged."
        )


# -- reading a document --------------------------------------------------------------------


def parse_json(data: bytes | str) -> Any:
    """The JSON value of a file's bytes, or ValidationError saying where it breaks."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        raise ValidationError(
            [Problem("", f"the file is not UTF-8 text (byte {error.start + 1})")]
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            [
                Problem(
                    "", f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
                )
            ]
        ) from None


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _NeedsPaths(Exception):
    """A value was refused while decoding without paths: decode again, reporting them."""


class _Decoder:
    """Turns raw JSON records into domain records, collecting problems with their paths.

    Who made a record and when are filled in (``now`` and ``actor``) where the file leaves
    them out; the set of meta fields the file did give is returned beside each record.
    """

    def __init__(self, now: datetime, actor: str) -> None:
        self.problems: list[Problem] = []
        self.now = now
        self.actor = actor

    def fail(self, path: str | None, message: str) -> None:
        if path is None:
            raise _NeedsPaths
        self.problems.append(Problem(path, message))

    def fields(
        self, spec: EntitySpec, raw: dict[str, Any], path: str | None, values: dict[str, Any]
    ) -> set[str]:
        """Decodes every field into ``values``; returns the names of those refused.

        With ``path`` None nothing is reported: the first problem raises _NeedsPaths, and the
        caller decodes again with paths. Most records are fine, and building a JSON path
        for every field of 100,000 records would cost more than checking them.
        """
        bad: set[str] = set()
        for field_spec in spec.fields:
            where = None if path is None else f"{path}.{field_spec.name}"
            value, good = self.value(field_spec, raw.get(field_spec.name), where)
            values[field_spec.name] = value
            if not good:
                bad.add(field_spec.name)
        return bad

    def value(self, spec: FieldSpec, raw: Any, path: str | None) -> tuple[Any, bool]:
        """(decoded value, ok)."""
        kind = spec.type
        if raw is None:
            if spec.required:
                self.fail(path, "is required")
                return "", False
            if kind is FieldType.REFS or kind is FieldType.PRACTICES:
                return (), True
            if kind is FieldType.BOOL:
                return True, True
            return None, True
        if kind in (FieldType.SHORT, FieldType.LONG, FieldType.COUNTRY, FieldType.LANGUAGE):
            if type(raw) is not str:
                self.fail(path, f"expected text, found {_type_name(raw)}")
                return "", False
            if "\r" in raw:
                raw = raw.replace("\r\n", "\n")
            if kind is FieldType.COUNTRY:
                raw = raw.strip().upper()
            message = text_problem(spec, raw)
            if message:
                self.fail(path, message)
                return raw, False
            if not spec.required and not raw.strip():
                return None, True
            return raw, True
        if kind is FieldType.ENUM:
            if type(raw) is not str:
                self.fail(path, f"expected text, found {_type_name(raw)}")
                return "", False
            assert spec.choices is not None
            try:
                return spec.choices(raw), True
            except ValueError:
                for problem in field_problems(spec, raw):
                    self.fail(path, problem.message)
                return raw, False
        if kind is FieldType.REF:
            if type(raw) is not str:
                self.fail(path, f"expected a record id, found {_type_name(raw)}")
                return "", False
            if not is_uuid(raw):
                self.fail(path, "is required" if not raw else f"{raw!r} is not a record id")
                return raw, False
            return raw, True
        if kind is FieldType.REFS:
            if not isinstance(raw, list):
                self.fail(path, f"expected a list of record ids, found {_type_name(raw)}")
                return (), False
            for i, item in enumerate(raw):
                if type(item) is not str:
                    self.fail(
                        None if path is None else f"{path}[{i}]",
                        f"expected a record id, found {_type_name(item)}",
                    )
                    return (), False
            good = True
            if len(set(raw)) != len(raw) or not all(map(is_uuid, raw)):
                for problem in field_problems(spec, tuple(raw)):
                    where = None if path is None else path + problem.path[len(spec.name) :]
                    self.fail(where, problem.message)
                    good = False
            return tuple(raw), good
        if kind is FieldType.DATE:
            return self.date(raw, path)
        if kind is FieldType.TIMESTAMP:
            return self.timestamp(raw, path)
        if kind is FieldType.BOOL:
            if not isinstance(raw, bool):
                self.fail(path, f"expected true or false, found {_type_name(raw)}")
                return True, False
            return raw, True
        if kind is FieldType.PRACTICES:
            return self.practices(raw, path)
        raise AssertionError(kind)

    def date(self, raw: Any, path: str | None) -> tuple[date | None, bool]:
        if isinstance(raw, str) and _DATE.fullmatch(raw):
            try:
                return date.fromisoformat(raw), True
            except ValueError:
                pass
        self.fail(path, f"{raw!r} is not a date in the form YYYY-MM-DD")
        return None, False

    def timestamp(self, raw: Any, path: str | None) -> tuple[datetime | None, bool]:
        if isinstance(raw, str) and _DATE.match(raw):
            try:
                value = datetime.fromisoformat(raw)
            except ValueError:
                pass
            else:
                if value.tzinfo is not None:
                    return value, True
                self.fail(path, f"{raw!r} has no time zone offset (such as +02:00)")
                return None, False
        self.fail(path, f"{raw!r} is not a timestamp such as 2016-09-28T15:00:00+02:00")
        return None, False

    def practices(self, raw: Any, path: str | None) -> tuple[tuple[Practice, ...], bool]:
        if not isinstance(raw, list):
            self.fail(path, f"expected a list, found {_type_name(raw)}")
            return (), False
        practices = []
        ok = True
        names = {f.name for f in PRACTICE_FIELDS}
        for i, item in enumerate(raw):
            where = None if path is None else f"{path}[{i}]"
            if not isinstance(item, dict):
                self.fail(where, f"expected an object, found {_type_name(item)}")
                ok = False
                continue
            for key in item.keys() - names:
                self.fail(None if where is None else f"{where}.{key}", "unknown field")
                ok = False
            values = {}
            for spec in PRACTICE_FIELDS:
                values[spec.name], good = self.value(
                    spec, item.get(spec.name), None if where is None else f"{where}.{spec.name}"
                )
                ok = ok and good
            practices.append(Practice(**values))
        return tuple(practices), ok

    def record(self, spec: EntitySpec, raw: Any, path: str) -> tuple[Record | None, set[str]]:
        """The record and the set of meta fields the file gave; None if it cannot be built."""
        if not isinstance(raw, dict):
            self.fail(path, f"expected an object, found {_type_name(raw)}")
            return None, set()
        allowed = _allowed_keys(spec)
        unknown = raw.keys() - allowed
        for key in sorted(unknown):
            self.fail(f"{path}.{key}", "unknown field")
        before = len(self.problems)
        values: dict[str, Any] = {}
        record_id = raw.get("id")
        if not isinstance(record_id, str) or not record_id:
            self.fail(f"{path}.id", "is required" if record_id is None else "expected text")
            record_id = ""
        values["id"] = record_id
        given: set[str] = set()
        for name in META_FIELDS:
            raw_value = raw.get(name)
            if raw_value is None:
                continue
            if name in ("created_at", "updated_at"):
                values[name], good = self.timestamp(raw_value, f"{path}.{name}")
            elif isinstance(raw_value, str):
                message = text_problem(_BY_FIELD, raw_value)
                if message:
                    self.fail(f"{path}.{name}", message)
                values[name], good = raw_value, not message
            else:
                self.fail(f"{path}.{name}", f"expected text, found {_type_name(raw_value)}")
                good = False
            if good:
                given.add(name)
        try:
            bad = self.fields(spec, raw, None, values)
        except _NeedsPaths:
            bad = self.fields(spec, raw, path, values)
        if bad:
            return None, given
        values.setdefault("created_at", self.now)
        values.setdefault("updated_at", values["created_at"])
        values.setdefault("created_by", self.actor)
        values.setdefault("updated_by", values["created_by"])
        values["version"] = 1
        record = spec.record(**values)
        for problem in record_problems(record, spec):
            if not (problem.path == "id" and not record_id):
                self.problems.append(Problem(f"{path}.{problem.path}", problem.message))
        if len(self.problems) > before or unknown:
            return None, given
        return record, given


_ALLOWED_KEYS = {spec.key: frozenset({"id", *META_FIELDS, *spec.names}) for spec in ENTITIES}


def _allowed_keys(spec: EntitySpec) -> frozenset[str]:
    return _ALLOWED_KEYS[spec.key]


@dataclass
class _Decoded:
    records: dict[str, list[tuple[int, Record, set[str]]]]
    problems: list[Problem]
    # Ids of every record of the file, including those refused, so that references to a
    # refused record are not reported a second time as dangling.
    all_ids: dict[str, set[str]] = field(default_factory=dict)


def decode_document(document: Any, now: datetime, actor: str) -> _Decoded:
    """Every record of a parsed file, or the problems found with their JSON paths."""
    decoder = _Decoder(now, actor)
    records: dict[str, list[tuple[int, Record, set[str]]]] = {s.key: [] for s in ENTITIES}
    decoded = _Decoded(records, decoder.problems)
    if not isinstance(document, dict):
        decoder.fail("", f"expected a JSON object at the top, found {_type_name(document)}")
        return _Decoded(records, decoder.problems)
    if document.get("format") != FORMAT:
        decoder.fail("format", f"expected {FORMAT!r}, found {document.get('format')!r}")
        return _Decoded(records, decoder.problems)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        decoder.fail("version", f"expected a whole number, found {_type_name(version)}")
        return _Decoded(records, decoder.problems)
    if version > VERSION:
        decoder.fail(
            "version",
            f"this file is format version {version}, newer than this program reads "
            f"(version {VERSION}); update Exchange Notes to import it",
        )
        return _Decoded(records, decoder.problems)
    if version < 1:
        decoder.fail("version", f"{version} is not a version of this format")
    for key in sorted(document.keys() - TOP_LEVEL):
        decoder.fail(key, "unknown field")
    for spec in ENTITIES:
        raw_list = document.get(spec.plural)
        if raw_list is None:
            continue
        if not isinstance(raw_list, list):
            decoder.fail(spec.plural, f"expected a list, found {_type_name(raw_list)}")
            continue
        ids = decoded.all_ids.setdefault(spec.key, set())
        for i, raw in enumerate(raw_list):
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                ids.add(raw["id"])
            record, given = decoder.record(spec, raw, f"{spec.plural}[{i}]")
            if record is not None:
                records[spec.key].append((i, record, given))
            if len(decoder.problems) > MAX_PROBLEMS:
                return decoded
    return decoded


_REFERENCES = {
    spec.key: [(f.name, f.type is FieldType.REFS, f.target) for f in spec.fields if f.target]
    for spec in ENTITIES
}


def _unresolved(
    spec: EntitySpec, record: Record, known: dict[str, set[str]]
) -> Iterator[tuple[str, str, str]]:
    """(target kind, field path, id) of references to records not among ``known``."""
    if spec.key == "comparison":
        for target, refs in referenced_ids(spec, record).items():
            yield from ((target, where, ref) for where, ref in refs if ref not in known[target])
        return
    for name, many, target in _REFERENCES[spec.key]:
        assert target is not None
        value = getattr(record, name)
        if not value:
            continue
        if many:
            for j, ref in enumerate(value):
                if ref not in known[target]:
                    yield target, f"{name}[{j}]", ref
        elif value not in known[target]:
            yield target, name, value


def _cross_problems(workspace: Workspace, decoded: _Decoded) -> list[Problem]:
    """Duplicate ids, references that resolve nowhere, names already taken."""
    problems: list[Problem] = []
    by_kind: dict[str, set[str]] = {}
    first_seen: dict[str, str] = {}
    for spec in ENTITIES:
        ids = set()
        for i, record, _ in decoded.records[spec.key]:
            path = f"{spec.plural}[{i}]"
            if record.id in first_seen:
                problems.append(
                    Problem(
                        f"{path}.id", f"duplicate id {record.id} (also at {first_seen[record.id]})"
                    )
                )
            else:
                first_seen[record.id] = path
            ids.add(record.id)
        by_kind[spec.key] = ids | decoded.all_ids.get(spec.key, set())
    with workspace.database.reading() as session:
        wanted: dict[str, set[str]] = {s.key: set() for s in ENTITIES}
        references: list[tuple[str, str, str]] = []
        for spec in ENTITIES:
            for i, record, _ in decoded.records[spec.key]:
                for target, where, ref in _unresolved(spec, record, by_kind):
                    wanted[target].add(ref)
                    references.append((f"{spec.plural}[{i}].{where}", target, ref))
        live = {key: repo.live_ids(session, BY_KEY[key], ids) for key, ids in wanted.items() if ids}
        for path, target, ref in references:
            if ref not in live.get(target, set()):
                problems.append(Problem(path, f"no {target} with id {ref}"))
        for spec in ENTITIES:
            for name in spec.unique:
                values: dict[str, str] = {}
                for i, record, _ in decoded.records[spec.key]:
                    value = getattr(record, name)
                    path = f"{spec.plural}[{i}].{name}"
                    if value in values:
                        problems.append(Problem(path, f"{value!r} is also used at {values[value]}"))
                    values.setdefault(value, path)
                taken = repo.ids_with_value(session, spec, name, values)
                ids_in_file = {r.id: i for i, r, _ in decoded.records[spec.key]}
                for value, holder in taken.items():
                    owner = next(
                        (
                            r.id
                            for _, r, _ in decoded.records[spec.key]
                            if getattr(r, name) == value
                        ),
                        None,
                    )
                    if owner is not None and owner != holder and holder not in ids_in_file:
                        problems.append(
                            Problem(
                                values[value],
                                f"another {spec.label.lower()} called {value!r} is already in "
                                f"the database (id {holder})",
                            )
                        )
    return problems


def _comparable(spec: EntitySpec, record: Record, given: set[str]) -> tuple[Any, ...]:
    return tuple(getattr(record, f.name) for f in spec.fields) + tuple(
        getattr(record, name) for name in sorted(given)
    )


def import_document(
    workspace: Workspace,
    document: Any,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Imports a parsed file in one transaction; ValidationError lists every problem found."""
    now, actor = workspace.clock(), workspace.actor
    decoded = decode_document(document, now, actor)
    if any(p.path in TOP_LEVEL or not p.path for p in decoded.problems):
        raise ValidationError(decoded.problems)
    problems = decoded.problems + _cross_problems(workspace, decoded)
    if problems:
        raise ValidationError(problems)
    total = sum(len(items) for items in decoded.records.values())
    done = 0
    added: Counter[str] = Counter()
    updated: Counter[str] = Counter()
    unchanged: Counter[str] = Counter()
    with workspace.database.writing() as session:
        search_index.before_bulk_insert(session)
        for spec in ENTITIES:
            items = decoded.records[spec.key]
            if not items:
                continue
            existing = repo.versions(session, spec, [r.id for _, r, _ in items])
            current = repo.load(session, spec, list(existing), trashed=None) if existing else {}
            fresh: list[Record] = []
            for _, record, given in items:
                old = current.get(record.id)
                if old is None:
                    fresh.append(record)
                    continue
                if old.deleted_at is None and _comparable(spec, old, given) == _comparable(
                    spec, record, given
                ):
                    unchanged[spec.plural] += 1
                    continue
                # Who made it stays as stored unless the file says otherwise; the change
                # itself is this import's, unless the file names who made it and when.
                meta = {
                    name: getattr(old, name)
                    for name in ("created_at", "created_by")
                    if name not in given
                }
                if "updated_at" not in given:
                    meta["updated_at"] = now
                new = dataclasses.replace(record, deleted_at=None, **meta)
                repo.replace(session, spec, new, old.version)
                repo.audit(
                    session,
                    at=now,
                    actor=actor,
                    entity=spec.key,
                    record_id=record.id,
                    action="import",
                    changes={
                        f.name: [plain(getattr(old, f.name)), plain(getattr(new, f.name))]
                        for f in spec.fields
                        if getattr(old, f.name) != getattr(new, f.name)
                    },
                )
                updated[spec.plural] += 1
            step = 5000
            for start in range(0, len(fresh), step):
                if cancelled is not None and cancelled():
                    raise ImportCancelled("The import was cancelled; nothing was changed.")
                repo.insert(session, spec, fresh[start : start + step])
                done += len(fresh[start : start + step])
                if progress is not None:
                    progress(done, total)
            if fresh:
                added[spec.plural] += len(fresh)
            done += len(items) - len(fresh)
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was changed.")
        search_index.after_bulk_insert(session)
        report = ImportReport(dict(added), dict(updated), dict(unchanged))
        repo.audit(
            session,
            at=now,
            actor=actor,
            entity="file",
            record_id=None,
            action="import",
            changes={"added": report.added, "updated": report.updated},
        )
    if progress is not None:
        progress(total, total)
    return report


def import_file(
    workspace: Workspace,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Imports a JSON file; a file that cannot be read is a clear error, not a traceback."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise DomainError(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise DomainError(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise DomainError(f"You may not read {path}.") from None
    return import_document(workspace, parse_json(data), progress=progress, cancelled=cancelled)


# -- writing -------------------------------------------------------------------------------


def take_snapshot(workspace: Workspace) -> Snapshot:
    """Every live record; references to records in the trash are left out."""
    with workspace.database.reading() as session:
        lists = {spec.key: repo.load_all(session, spec) for spec in ENTITIES}
    live = {r.id for records in lists.values() for r in records}
    cleaned = {
        key: [without_dead_links(r, live) for r in records] for key, records in lists.items()
    }
    lists_by_name: dict[str, Any] = {spec.plural: tuple(cleaned[spec.key]) for spec in ENTITIES}
    return Snapshot(**lists_by_name)


def without_dead_links(record: Record, live: set[str]) -> Record:
    """The record without references to records outside ``live`` (trashed ones)."""
    spec = spec_of(record)
    changes: dict[str, Any] = {}
    for f in spec.fields:
        value = getattr(record, f.name)
        if f.type is FieldType.REF and value and value not in live and not f.required:
            changes[f.name] = None
        elif f.type is FieldType.REFS and any(v not in live for v in value):
            changes[f.name] = tuple(v for v in value if v in live)
        elif f.type is FieldType.PRACTICES:
            practices = tuple(
                dataclasses.replace(p, evidence=tuple(e for e in p.evidence if e in live))
                for p in value
            )
            if practices != value:
                changes[f.name] = practices
    return dataclasses.replace(record, **changes) if changes else record


def record_to_json(spec: EntitySpec, record: Record) -> dict[str, Any]:
    """A record as an object of the file: id, its fields, then who made and changed it."""
    out: dict[str, Any] = {"id": record.id}
    for f in spec.fields:
        value = getattr(record, f.name)
        if value is None:
            continue
        if f.type is FieldType.PRACTICES:
            out[f.name] = [
                {k: plain(v) for k, v in dataclasses.asdict(p).items() if v is not None}
                | {"evidence": list(p.evidence)}
                for p in value
            ]
        else:
            out[f.name] = plain(value)
    for name in META_FIELDS:
        value = getattr(record, name)
        if value is not None:
            out[name] = plain(value)
    return out


def snapshot_to_document(snapshot: Snapshot, exported_at: datetime) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at.isoformat(),
    }
    for spec in ENTITIES:
        document[spec.plural] = [record_to_json(spec, r) for r in getattr(snapshot, spec.plural)]
    return document


def export_document(workspace: Workspace) -> dict[str, Any]:
    return snapshot_to_document(take_snapshot(workspace), workspace.clock())


def export_file(workspace: Workspace, path: Path) -> int:
    """Writes every live record to ``path``; returns how many records were written."""
    document = export_document(workspace)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    write_atomically(Path(path), data)
    return sum(len(document[spec.plural]) for spec in ENTITIES)


CSV_COLUMNS = (
    "id",
    "exchange",
    "kind",
    "text",
    "language",
    "translation",
    "speaker",
    "speaker_role",
    "speaker_organisation",
    "themes",
    "visit",
    "recorded_by",
    "recorded_at",
    "created_at",
    "updated_at",
)


def _cell(value: Any) -> str:
    text = "" if value is None else str(plain(value))
    # A cell starting with these is run as a formula by spreadsheets.
    return "'" + text if text[:1] in ("=", "+", "@") else text


def observations_csv(snapshot: Snapshot) -> bytes:
    """Observations as CSV, UTF-8 with a byte-order mark so spreadsheets show accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for o in snapshot.observations:
        exchange = snapshot.get(o.exchange, Exchange)
        speaker = snapshot.get(o.speaker, Person)
        organisation = snapshot.get(speaker.organisation if speaker else None, Organisation)
        visit = snapshot.get(o.visit, Visit)
        themes = [t.name for t in (snapshot.get(i, Theme) for i in o.themes) if t]
        writer.writerow(
            _cell(v)
            for v in (
                o.id,
                exchange.title if exchange else "",
                o.kind,
                o.text,
                o.language,
                o.translation,
                speaker.name if speaker else "",
                speaker.role if speaker else "",
                organisation.name if organisation else "",
                "; ".join(themes),
                visit.place if visit else "",
                o.recorded_by,
                o.recorded_at,
                o.created_at,
                o.updated_at,
            )
        )
    return buffer.getvalue().encode("utf-8-sig")


def export_csv(workspace: Workspace, path: Path) -> int:
    snapshot = take_snapshot(workspace)
    write_atomically(Path(path), observations_csv(snapshot))
    return len(snapshot.observations)


def document_counts(document: Mapping[str, Any]) -> dict[str, int]:
    return {spec.plural: len(document.get(spec.plural) or []) for spec in ENTITIES}
