"""Writing every live record out — the interchange file, the CSV of observations — a page of
records at a time, so that memory stays the same for a thousand records or a million.

Records are read in one read transaction (one consistent state of the database), in pages
of ``PAGE`` records, and each page is written before the next is read. References to
records in the trash are left out, as in a snapshot; what is held meanwhile is the ids of
trashed records, and for the CSV the names of the few kinds an observation refers to.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import operator
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from sqlalchemy.orm import Session

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, ENTITIES, EntitySpec, FieldSpec, FieldType
from counsellor_app.services.decoding import FORMAT, VERSION
from counsellor_app.services.files import output_file
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import plain
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo

PAGE = 2000

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


def without_links(record: Record, keep: Callable[[str], bool]) -> Record:
    """The record without the references to records ``keep`` refuses."""
    changes: dict[str, Any] = {}
    for name, kind in _LINK_FIELDS[type(record)]:
        value = getattr(record, name)
        if kind is FieldType.REF:
            if value and not keep(value):
                changes[name] = None
        elif kind is FieldType.REFS:
            if not all(map(keep, value)):
                changes[name] = tuple(filter(keep, value))
        else:
            practices = tuple(
                dataclasses.replace(p, evidence=tuple(filter(keep, p.evidence))) for p in value
            )
            if practices != value:
                changes[name] = practices
    return dataclasses.replace(record, **changes) if changes else record


def without_dead_links(record: Record, live: set[str]) -> Record:
    """The record without references to records outside ``live`` (trashed ones)."""
    return without_links(record, live.__contains__)


def _live_pages(session: Session, kind: str, trashed: set[str]) -> Iterator[list[Record]]:
    """The live records of a kind in the order they were made, a page at a time, without
    their references to records in the trash."""

    def keep(record_id: str) -> bool:
        return record_id not in trashed

    for page in repo.live_pages(session, BY_KEY[kind], PAGE):
        yield [without_links(record, keep) for record in page] if trashed else page


def _trashed(session: Session) -> set[str]:
    return {record_id for spec in ENTITIES for record_id in repo.trashed_ids(session, spec)}


# -- the interchange file ------------------------------------------------------------------

_INDENT = orjson.OPT_INDENT_2


def _write_document(handle: BinaryIO, session: Session, exported_at: datetime) -> int:
    """Writes the interchange file, byte for byte as ``orjson.dumps`` of the whole document
    with two-space indentation would; returns how many records it holds."""
    head = {"format": FORMAT, "version": VERSION, "exported_at": exported_at.isoformat()}
    handle.write(orjson.dumps(head, option=_INDENT)[:-2])  # all but the closing "\n}"
    trashed = _trashed(session)
    count = 0
    for spec in ENTITIES:
        handle.write(b",\n  " + orjson.dumps(spec.plural) + b": [")
        first = True
        for page in _live_pages(session, spec.key, trashed):
            for record in page:
                # A record inside a list inside the document: indented by four spaces more.
                # A newline only ever stands between values (in text it is written \n).
                body = orjson.dumps(record_to_json(spec, record), option=_INDENT)
                handle.write((b"\n    " if first else b",\n    ") + body.replace(b"\n", b"\n    "))
                first = False
            count += len(page)
        handle.write(b"]" if first else b"\n  ]")
    handle.write(b"\n}\n")
    return count


def export_file(workspace: Workspace, path: Path) -> int:
    """Writes every live record to ``path`` (``-``: standard output); returns how many."""
    with workspace.database.reading() as session, output_file(Path(path)) as handle:
        return _write_document(handle, session, workspace.clock())


# -- observations for spreadsheets ---------------------------------------------------------

_CSV = BY_KEY["observation"]
# The header of the spreadsheet: the field table's columns, "speaker.role" as "speaker_role".
CSV_COLUMNS = tuple(column.replace(".", "_") for column in _CSV.csv_columns)

# What spreadsheets read as the start of a formula (OWASP's list: = + - @, tab, carriage
# return), and a newline, which some read past to a formula on the next line.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_cell(value: Any) -> str:
    """A value as a CSV cell; one a spreadsheet would run as a formula starts with ``'``."""
    text = "" if value is None else str(plain(value))
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


Cell = Callable[[Any], Any]


class _Cells:
    """How each column of the spreadsheet gets its value from a record: a field as it is, a
    reference as the title of the live record it points at, a list of references as their
    titles, "speaker.role" as a field of the record a reference points at. The few values
    of other kinds it needs are read once, for every row."""

    def __init__(self, session: Session, spec: EntitySpec) -> None:
        self.session = session
        self._values: dict[tuple[str, str], dict[str, Any]] = {}
        self.cells = [self._cell(spec, column) for column in spec.csv_columns]

    def row(self, record: Record) -> list[str]:
        return [csv_cell(cell(record)) for cell in self.cells]

    def _live(self, kind: str, name: str) -> dict[str, Any]:
        """A field of every live record of a kind, by id (read once)."""
        if (kind, name) not in self._values:
            found = repo.live_values(self.session, BY_KEY[kind], [name])
            self._values[kind, name] = {record_id: value for record_id, (value,) in found.items()}
        return self._values[kind, name]

    def _shown(self, field: FieldSpec) -> Cell:
        """A value of ``field`` as the spreadsheet shows it."""
        if field.type is FieldType.REF:
            assert field.target is not None
            titles = self._live(field.target, BY_KEY[field.target].title_field)
            return lambda ref: titles.get(ref or "")
        if field.type is FieldType.REFS:
            assert field.target is not None
            titles = self._live(field.target, BY_KEY[field.target].title_field)
            return lambda refs: "; ".join(titles[t] for t in refs if t in titles)
        return lambda value: value

    def _cell(self, spec: EntitySpec, column: str) -> Cell:
        head, _, rest = column.partition(".")
        if head not in spec.names:
            return operator.attrgetter(head)  # the id, who made the record and when
        field = spec.field(head)
        if not rest:
            show = self._shown(field)
            return lambda record: show(getattr(record, head))
        # A field of the live record the reference points at.
        assert field.type is FieldType.REF and field.target is not None
        target = BY_KEY[field.target]
        values = self._live(target.key, rest)
        show = self._shown(target.field(rest))
        return lambda record: show(values.get(getattr(record, head) or ""))


def _write_csv(handle: BinaryIO, session: Session) -> int:
    """Writes observations as CSV, UTF-8 with a byte-order mark so that spreadsheets show
    accents; returns how many."""
    cells = _Cells(session, _CSV)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    handle.write(b"\xef\xbb\xbf")
    count = 0
    for page in repo.live_pages(session, _CSV, PAGE):
        writer.writerows(map(cells.row, page))
        handle.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()
        count += len(page)
    handle.write(buffer.getvalue().encode("utf-8"))
    return count


def export_csv(workspace: Workspace, path: Path) -> int:
    """Writes every live observation to ``path`` as CSV (``-``: standard output); returns
    how many."""
    with workspace.database.reading() as session, output_file(Path(path)) as handle:
        return _write_csv(handle, session)
