"""The interchange file: export every live record as JSON, import one all or nothing."""

from __future__ import annotations

import dataclasses
import gc
import json
from collections import Counter
from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy.orm import Session

from counsellor_app.domain.errors import DomainError, Problem, ValidationError
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import ENTITIES, EntitySpec
from counsellor_app.domain.snapshot import Snapshot
from counsellor_app.domain.text_rules import stored_form
from counsellor_app.services.decoding import FORMAT as FORMAT
from counsellor_app.services.decoding import VERSION as VERSION
from counsellor_app.services.decoding import (
    Decoded,
    decode_checked,
    decode_document,
    decode_in_parts,
    decode_streamed,
)
from counsellor_app.services.decoding.stream import ReadWhole, StreamedFile
from counsellor_app.services.exporting import CSV_COLUMNS as CSV_COLUMNS
from counsellor_app.services.exporting import export_csv as export_csv
from counsellor_app.services.exporting import export_file as export_file
from counsellor_app.services.exporting import without_dead_links as without_dead_links
from counsellor_app.services.files import input_file, read_input_file
from counsellor_app.services.import_checks import (
    Parts,
    StreamChecks,
    cross_problems,
    streamed_problems,
)
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import plain
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

# About three million observations: the largest file an import takes (one it cannot read as
# a stream, or one with problems, is read whole).
MAX_FILE_BYTES = 2 * 1024**3


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
    except RecursionError:
        raise ValidationError(
            [Problem("", "the file cannot be read: its values are nested too deeply")]
        ) from None
    except ValueError as error:
        if not isinstance(error, json.JSONDecodeError):
            # A number too long to read (Python reads at most 4,300 digits).
            raise ValidationError(
                [Problem("", "the file cannot be read: it holds a number of over 4,300 digits")]
            ) from None
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
    # Unique values set aside before a kind was written (see _release_names), by record id.
    released: dict[str, dict[str, Any]] = field(default_factory=dict)


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


@dataclass
class _Reading:
    """Where the records of one import come from: a parsed document, or a file streamed."""

    decoded: Decoded
    # The records in parts, given the kinds with no record in the database yet.
    parts: Callable[[set[str]], Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]]
    # Records of each kind, if known before reading (a parsed document).
    listed: dict[str, int]
    # For progress: how much there is, and how much of it was done after ``written`` records.
    total: int
    done: Callable[[int], int]
    # Each part as read: kept for the checks across the file (see ``checked``).
    keep: Callable[[EntitySpec, list[tuple[int, Record, Set[str]]]], None]
    # Unique values the file claims for a kind, given its records (all in one part).
    claims: Callable[[EntitySpec, list[tuple[int, Record, Set[str]]]], dict[str, dict[str, str]]]
    # Once every part is read: raises for a file with problems.
    checked: Callable[[Session | None], None]
    # Bytes of the file, if known: the page cache the writes get is sized from it.
    size: int = 0


def _import_document(
    workspace: Workspace,
    document: Any,
    *,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    """Imports a parsed document; its lists are read in the order of their ids."""
    now, actor = workspace.clock(), workspace.actor
    decoded = Decoded({spec.key: [] for spec in ENTITIES}, [])
    listed = _listed(document)
    raw_claims: dict[str, dict[str, dict[str, str]]] = {}

    def parts(empty: set[str]) -> Iterator[tuple[EntitySpec, list[Any]]]:
        # Taken before anything is written: the raw lists, refused records included.
        raw_claims.update(
            (spec.key, _claimed_values(spec, document.get(spec.plural)))
            for spec in ENTITIES
            if spec.unique and spec.key not in empty and listed.get(spec.key)
        )
        return decode_in_parts(document, now, actor, decoded, by_id=True)

    def keep(spec: EntitySpec, items: list[tuple[int, Record, Set[str]]]) -> None:
        decoded.records[spec.key].extend(items)

    def checked(session: Session | None) -> None:
        if decoded.refused_whole:
            raise ValidationError(decoded.problems)
        problems = decoded.problems + cross_problems(workspace, decoded, session)
        if problems:
            # Read in the order of the ids above; the problems are listed as the file has
            # them, from a plain reading.
            again = decode_document(document, now, actor)
            raise ValidationError(again.problems + cross_problems(workspace, again, session))

    reading = _Reading(
        decoded,
        parts,
        listed,
        total=sum(listed.values()),
        done=lambda written: written,
        keep=keep,
        claims=lambda spec, _items: raw_claims.pop(spec.key, {}),
        checked=checked,
    )
    return _import(workspace, reading, progress=progress, cancelled=cancelled)


def _import_streamed(
    workspace: Workspace,
    source: StreamedFile,
    *,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    """Imports a file read as a stream; ReadWhole for a file with any problem, or one the
    streamed reading does not take, after rolling back what was written."""
    now, actor = workspace.clock(), workspace.actor
    decoded = Decoded({spec.key: [] for spec in ENTITIES}, [])
    checks = StreamChecks()
    size = max(1, source.size // 1024)

    def parts(empty: set[str]) -> Iterator[tuple[EntitySpec, list[Any]]]:
        return decode_streamed(
            source,
            now,
            actor,
            decoded,
            wanted_whole=lambda spec: bool(spec.unique) and spec.key not in empty,
        )

    def claims(
        spec: EntitySpec, items: list[tuple[int, Record, Set[str]]]
    ) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {name: {} for name in spec.unique}
        for _, record, _ in sorted(items, key=lambda item: item[0]):
            for name, values in found.items():
                value = getattr(record, name)
                if type(value) is str:
                    values.setdefault(stored_form(value, short=True), record.id)
        return found

    def checked(session: Session | None) -> None:
        if decoded.problems or checks.any_problem(workspace, decoded, session):
            raise ReadWhole

    reading = _Reading(
        decoded,
        parts,
        {},
        total=size,
        done=lambda _written: min(size, source.bytes_read // 1024),
        keep=checks.add,
        claims=claims,
        checked=checked,
        size=source.size,
    )
    return _import(workspace, reading, progress=progress, cancelled=cancelled)


def _import(
    workspace: Workspace,
    reading: _Reading,
    *,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    """Reads the file part by part while the parts already read are written (on a thread of
    their own); a file with any problem is rolled back whole, whatever was written."""
    now, actor = workspace.clock(), workspace.actor
    decoded, listed = reading.decoded, reading.listed
    tally = _Tally()

    def stop_if_cancelled() -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled("The import was cancelled; nothing was changed.")

    def report_progress(written: Iterator[int]) -> None:
        for done in written:
            if progress is not None:
                progress(reading.done(done), reading.total)
            stop_if_cancelled()

    with workspace.database.writing(bulk=True) as session:
        dialect = session.get_bind().dialect
        repo.reserve_page_cache(session, reading.size)
        # Kinds with no record yet: every record of the file is new, nothing to compare.
        empty = {spec.key for spec in ENTITIES if not repo.has_records(session, spec)}
        search_index.before_bulk_insert(session, new_comparisons="comparison" in empty)
        set_aside: list[str] = []
        aside: set[str] = set()
        read: Counter[str] = Counter()

        def set_indexes_aside(spec: EntitySpec) -> None:
            set_aside.extend(repo.set_indexes_aside(session, spec))

        with writer_thread() as writer:
            for spec, items in reading.parts(empty):
                reading.keep(spec, items)
                stop_if_cancelled()
                if decoded.problems:
                    pass  # it will all be rolled back: why write more
                elif spec.key in empty:
                    read[spec.key] += len(items)
                    if spec.key not in aside and (
                        max(read[spec.key], listed.get(spec.key, 0)) >= INDEXES_AFTER
                    ):
                        aside.add(spec.key)
                        writer.submit(set_indexes_aside, spec)
                    # Already in the order of their ids: a list with an id that is not text
                    # is read in file order, but then it has a problem and nothing is written.
                    records = [record for _, record, _ in items]
                    rows = repo.rows_to_insert(spec, records, dialect)
                    writer.submit(_insert_part, session, rows, records, tally, count=len(items))
                else:
                    if spec.unique and spec.key not in read:
                        claims = reading.claims(spec, items)
                        writer.submit(_release_names, session, spec, claims, tally)
                    read[spec.key] += len(items)
                    writer.submit(
                        _write_part, session, spec, items, now, actor, tally, count=len(items)
                    )
                report_progress(writer.finished())
            if set_aside or aside:
                writer.submit(lambda: repo.restore_indexes(session, set_aside))
            # Checked while the last parts are written, from the records as committed: this
            # import holds the write lock, so nothing else can change them meanwhile. Where
            # every session shares one connection (SQLite in memory), in this transaction,
            # once the writer is done with it.
            checking: Session | None = None
            if workspace.database.one_connection and not decoded.refused_whole:
                report_progress(writer.drain())
                checking = session
            reading.checked(checking)
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
        progress(reading.total, reading.total)
    return report


def _claimed_values(spec: EntitySpec, raws: Any) -> dict[str, dict[str, str]]:
    """For each unique field of a kind: value (as it will be stored) → the id of the first
    record of the file that has it."""
    claims: dict[str, dict[str, str]] = {name: {} for name in spec.unique}
    if type(raws) is not list:
        return claims
    for raw in raws:
        if type(raw) is not dict or type(raw.get("id")) is not str:
            continue
        for name, values in claims.items():
            value = raw.get(name)
            if type(value) is str:
                values.setdefault(stored_form(value, short=True), raw["id"])
    return claims


def _release_names(
    session: Session, spec: EntitySpec, claims: dict[str, dict[str, str]], tally: _Tally
) -> None:
    """Sets aside the unique values (names) the file gives to other records of its own, so
    that records of the file can swap names: the database checks each row as it is written
    (on the writer thread, before the kind's first part)."""
    for name, wanted in claims.items():
        in_file = set(wanted.values())
        for value, holder in repo.ids_with_value(session, spec, name, wanted).items():
            if wanted[value] != holder and holder in in_file:
                repo.set_aside_value(session, spec, name, holder)
                tally.released.setdefault(holder, {})[name] = value


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
    for record_id in tally.released.keys() & current.keys():
        # Compared and audited with the name it had before it was set aside.
        current[record_id] = dataclasses.replace(current[record_id], **tally.released[record_id])
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
    path = Path(path)
    with cycle_collector_paused():
        read: StreamedFile | None = None
        try:
            with StreamedFile(input_file(path, MAX_FILE_BYTES)) as source:
                read = source
                return _import_streamed(workspace, source, progress=progress, cancelled=cancelled)
        except ReadWhole:
            pass  # a problem: read again, below, to say what is wrong with it
        # The keys of a file read to its end need not be read again.
        head = (read.keys, read.small) if read is not None and read.complete else None
        try:
            problems = _problems_streamed(workspace, path, progress, cancelled, head)
        except ReadWhole:
            problems = None  # not a stream of JSON: read whole, below
        if problems:
            raise ValidationError(problems)
        data = read_input_file(path, MAX_FILE_BYTES)
        document = parse_json(data)
        del data  # the parsed document holds it all; the bytes would double what is kept
        return import_document(workspace, document, progress=progress, cancelled=cancelled)


def _problems_streamed(
    workspace: Workspace,
    path: Path,
    progress: Progress | None,
    cancelled: Cancelled | None,
    head: tuple[list[str], dict[str, Any]] | None = None,
) -> list[Problem] | None:
    """Every problem of a file the streamed import gave up on, as the file read whole names
    them, from the file read again as a stream without writing: its keys first (members
    this format does not know are named first), then its records, one part at a time and
    dropped (once more to place some problems across the file). None where only the whole
    reading can say (see :func:`streamed_problems`); ReadWhole for a file the stream does
    not take (not UTF-8, not JSON, a member given twice): that reading says what is wrong.
    ``head``: the file's keys and small members, if already read. Progress is told in
    KiB of the file, from the start again for each reading.
    """
    path = input_file(path, MAX_FILE_BYTES)
    now, actor = workspace.clock(), workspace.actor
    if head is None:
        with StreamedFile(path) as source:
            head = list(source.finish()), source.small
    keys, small = head

    def read(decoded: Decoded) -> Parts:
        with StreamedFile(path) as source:
            size = max(1, source.size // 1024)
            for found in decode_checked(source, keys, small, now, actor, decoded):
                if progress is not None:
                    progress(min(size, source.bytes_read // 1024), size)
                if cancelled is not None and cancelled():
                    raise ImportCancelled("The import was cancelled; nothing was changed.")
                yield found

    return streamed_problems(workspace, read)


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
