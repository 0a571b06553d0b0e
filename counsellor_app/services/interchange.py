"""The interchange file: export every live record as JSON, import one all or nothing."""

from __future__ import annotations

import csv
import dataclasses
import gc
import io
import json
import operator
from collections import Counter
from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy.orm import Session

from counsellor_app.domain.errors import DomainError, Problem, ValidationError
from counsellor_app.domain.records import (
    Exchange,
    Organisation,
    Person,
    Record,
    Theme,
    Visit,
)
from counsellor_app.domain.schema import (
    BY_KEY,
    ENTITIES,
    EntitySpec,
    FieldType,
)
from counsellor_app.domain.snapshot import Snapshot
from counsellor_app.services.decoding import FORMAT as FORMAT
from counsellor_app.services.decoding import VERSION as VERSION
from counsellor_app.services.decoding import Decoded, decode_document, decode_in_parts
from counsellor_app.services.files import write_atomically
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import plain, referenced_ids
from counsellor_app.services.workspace import Workspace
from counsellor_app.services.writer_thread import writer_thread
from counsellor_app.storage import repository as repo
from counsellor_app.storage import search as search_index

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


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pauses Python's cycle collector (for the whole process) while a file is read.

    Reading 100,000 records allocates millions of objects, none of them in cycles; the
    collector walked them again and again and took about a fifth of an import. Memory is
    still freed as usual by reference counting; the collector runs again at the end.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- reading a document --------------------------------------------------------------------


def parse_json(data: bytes | str) -> Any:
    """The JSON value of a file's bytes, or ValidationError saying where it breaks.

    orjson reads a valid file; the standard library reads again a file orjson refuses, for
    its plain account of where the file breaks (and for what only it accepts, such as NaN).
    """
    raw = data[3:] if isinstance(data, bytes) and data[:3] == b"\xef\xbb\xbf" else data
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    else:
        # orjson reads whole numbers beyond 64 bits as floats; the only number of the
        # format is its version, which must then be read exactly to be named.
        if not (isinstance(document, dict) and type(document.get("version")) is float):
            return document
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        raise ValidationError(
            [
                Problem(
                    "",
                    f"the file is not UTF-8 text (byte {error.start + 1})",
                    code="not-utf8",
                    args=(str(error.start + 1),),
                )
            ]
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            [
                Problem(
                    "",
                    f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
                    code="bad-json",
                    args=(str(error.lineno), str(error.colno), error.msg),
                )
            ]
        ) from None


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


def _duplicate_ids(decoded: Decoded) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for spec in ENTITIES:
        for i, record, _ in decoded.records[spec.key]:
            path = f"{spec.plural}[{i}]"
            if record.id in first_seen:
                problems.append(
                    Problem(
                        f"{path}.id",
                        f"duplicate id {record.id} (also at {first_seen[record.id]})",
                        code="duplicate-id",
                        args=(record.id, first_seen[record.id]),
                    )
                )
            else:
                first_seen[record.id] = path
    return problems


def _all_in_file(
    spec: EntitySpec, items: list[tuple[int, Record, Set[str]]], known: dict[str, set[str]]
) -> bool:
    """True when every reference of these records is to a record of the file."""
    if spec.key == "comparison" or not items:
        return not items
    records = [record for _, record, _ in items]
    for name, many, target in _REFERENCES[spec.key]:
        assert target is not None
        values = map(operator.attrgetter(name), records)
        refs = set(chain.from_iterable(values)) if many else set(values)
        refs.discard(None)
        if not refs <= known[target]:
            return False
    return True


def _cross_problems(
    workspace: Workspace, decoded: Decoded, session: Session | None = None
) -> list[Problem]:
    """Duplicate ids, references that resolve nowhere, names already taken; read in
    ``session`` if given, else in a reading session of its own."""
    problems: list[Problem] = []
    by_kind: dict[str, set[str]] = {
        spec.key: {record.id for _, record, _ in decoded.records[spec.key]}
        | decoded.all_ids.get(spec.key, set())
        for spec in ENTITIES
    }
    every_id = [record.id for items in decoded.records.values() for _, record, _ in items]
    if len(set(every_id)) != len(every_id):
        problems += _duplicate_ids(decoded)
    with nullcontext(session) if session is not None else workspace.database.reading() as session:
        wanted: dict[str, set[str]] = {s.key: set() for s in ENTITIES}
        references: list[tuple[str, str, str]] = []
        for spec in ENTITIES:
            if _all_in_file(spec, decoded.records[spec.key], by_kind):
                continue  # the usual case, checked a field at a time
            for i, record, _ in decoded.records[spec.key]:
                for target, where, ref in _unresolved(spec, record, by_kind):
                    wanted[target].add(ref)
                    references.append((f"{spec.plural}[{i}].{where}", target, ref))
        live = {key: repo.live_ids(session, BY_KEY[key], ids) for key, ids in wanted.items() if ids}
        for path, target, ref in references:
            if ref not in live.get(target, set()):
                problems.append(
                    Problem(
                        path,
                        f"no {target} with id {ref}",
                        code="no-such-record",
                        args=(target, ref),
                    )
                )
        for spec in ENTITIES:
            for name in spec.unique:
                values: dict[str, str] = {}
                for i, record, _ in decoded.records[spec.key]:
                    value = getattr(record, name)
                    path = f"{spec.plural}[{i}].{name}"
                    if value in values:
                        problems.append(
                            Problem(
                                path,
                                f"{value!r} is also used at {values[value]}",
                                code="used-twice",
                                args=(str(value), values[value]),
                            )
                        )
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
                                code="name-taken",
                                args=(spec.key, str(value)),
                            )
                        )
    return problems


def _comparable(spec: EntitySpec, record: Record, given: Set[str]) -> tuple[Any, ...]:
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
    with cycle_collector_paused():
        return _import_document(workspace, document, progress=progress, cancelled=cancelled)


@dataclass
class _Tally:
    """What the writes of one import did, kind by kind (filled in on the writer thread)."""

    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    # Kinds whose new records were indexed for search as they were written.
    indexed: set[str] = field(default_factory=set)


def _listed(document: Any) -> dict[str, int]:
    """How many records the file lists of each kind (refused ones included)."""
    if type(document) is not dict:
        return {}
    lists = {spec.key: document.get(spec.plural) for spec in ENTITIES}
    return {key: len(value) for key, value in lists.items() if type(value) is list}


# A kind whose table is empty when a file of at least this many of its records is imported
# gets its table's indexes built once at the end, from sorted keys, instead of kept in step
# row by row (a third of the time of writing 100,000 observations).
INDEXES_AFTER = 10_000


def _import_document(
    workspace: Workspace,
    document: Any,
    *,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    """Reads the file part by part while the parts already read are written (on a thread of
    their own); a file with any problem is rolled back whole, whatever was written."""
    now, actor = workspace.clock(), workspace.actor
    decoded = Decoded({spec.key: [] for spec in ENTITIES}, [])
    listed = _listed(document)
    total = sum(listed.values())
    tally = _Tally()

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was changed.")

    def report_progress(written: Iterator[int]) -> None:
        for done in written:
            if progress is not None:
                progress(done, total)
            stop_if_cancelled()

    with workspace.database.writing(bulk=True) as session:
        dialect = session.get_bind().dialect
        # Kinds with no record yet: every record of the file is new, nothing to compare.
        empty = {spec.key for spec in ENTITIES if not repo.has_records(session, spec)}
        search_index.before_bulk_insert(session, new_comparisons="comparison" in empty)
        set_aside = [
            sql
            for spec in ENTITIES
            if spec.key in empty and listed.get(spec.key, 0) >= INDEXES_AFTER
            for sql in repo.set_indexes_aside(session, spec)
        ]
        with writer_thread() as writer:
            for spec, items in decode_in_parts(document, now, actor, decoded, by_id=True):
                decoded.records[spec.key].extend(items)
                stop_if_cancelled()
                if decoded.problems:
                    pass  # it will all be rolled back: why write more
                elif spec.key in empty:
                    # Already in the order of their ids: a list with an id that is not text
                    # is read in file order, but then it has a problem and nothing is written.
                    records = [record for _, record, _ in items]
                    rows = repo.rows_to_insert(spec, records, dialect)
                    writer.submit(_insert_part, session, rows, records, tally, count=len(items))
                else:
                    writer.submit(
                        _write_part, session, spec, items, now, actor, tally, count=len(items)
                    )
                report_progress(writer.finished())
            if set_aside:
                writer.submit(repo.restore_indexes, session, set_aside)
            if decoded.refused_whole:
                raise ValidationError(decoded.problems)
            # Checked while the last parts are written, from the records as committed: this
            # import holds the write lock, so nothing else can change them meanwhile. Where
            # every session shares one connection (SQLite in memory), in this transaction,
            # once the writer is done with it.
            checking: Session | None = None
            if workspace.database.one_connection:
                report_progress(writer.drain())
                checking = session
            problems = decoded.problems + _cross_problems(workspace, decoded, checking)
            if problems:
                # Read in the order of the ids above; the problems are listed as the file
                # has them, from a plain reading.
                decoded = decode_document(document, now, actor)
                problems = decoded.problems + _cross_problems(workspace, decoded, checking)
                raise ValidationError(problems)
            report_progress(writer.drain())
            if writer.error is not None:
                raise writer.error
        stop_if_cancelled()
        search_index.after_bulk_insert(
            session, [kind for kind in search_index.KINDS if kind not in tally.indexed]
        )
        report = ImportReport(dict(tally.added), dict(tally.updated), dict(tally.unchanged))
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


def _insert_part(
    session: Session, rows: repo.InsertRows, records: list[Record], tally: _Tally
) -> None:
    """Writes a part of new records (on the writer thread)."""
    if not records:
        return
    repo.insert_rows(session, rows)
    tally.added[rows.spec.plural] += len(records)
    if search_index.index_inserted(session, rows.spec.key, records):
        tally.indexed.add(rows.spec.key)


def _write_part(
    session: Session,
    spec: EntitySpec,
    items: list[tuple[int, Record, Set[str]]],
    now: datetime,
    actor: str,
    tally: _Tally,
) -> None:
    """Inserts the new records of a part, updates those that changed (on the writer thread)."""
    if not items:
        return
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
            tally.unchanged[spec.plural] += 1
            continue
        # Who made it stays as stored unless the file says otherwise; the change itself is
        # this import's, unless the file names who made it and when.
        meta = {
            name: getattr(old, name) for name in ("created_at", "created_by") if name not in given
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
        tally.updated[spec.plural] += 1
    if fresh:  # in the order of their ids, as the part was read
        _insert_part(
            session, repo.rows_to_insert(spec, fresh, session.get_bind().dialect), fresh, tally
        )


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
    with cycle_collector_paused():
        document = parse_json(data)
        return import_document(workspace, document, progress=progress, cancelled=cancelled)


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
    changes: dict[str, Any] = {}
    for name, kind in _LINK_FIELDS[type(record)]:
        value = getattr(record, name)
        if kind is FieldType.REF:
            if value and value not in live:
                changes[name] = None
        elif kind is FieldType.REFS:
            if not live.issuperset(value):
                changes[name] = tuple(v for v in value if v in live)
        else:
            practices = tuple(
                dataclasses.replace(p, evidence=tuple(e for e in p.evidence if e in live))
                for p in value
            )
            if practices != value:
                changes[name] = practices
    return dataclasses.replace(record, **changes) if changes else record


# Per kind of record: the fields that may point at a trashed record (a required reference
# never does: its target takes the record to the trash with it).
_LINK_FIELDS = {
    spec.record: tuple(
        (f.name, f.type)
        for f in spec.fields
        if (f.type is FieldType.REF and not f.required)
        or f.type in (FieldType.REFS, FieldType.PRACTICES)
    )
    for spec in ENTITIES
}


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
    data = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
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
