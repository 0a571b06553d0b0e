"""The document as a whole: its format and version, and its lists read in parts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import (
    MAX_PROBLEMS,
    type_key,
    type_name,
    unknown_field,
    wrong_type,
)
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import ENTITIES, EntitySpec
from counsellor_app.services.decoding import columns
from counsellor_app.services.decoding.records import RecordReader
from counsellor_app.services.decoding.stream import StreamedFile

FORMAT = "counsellor-exchange-notes"
VERSION = 1
TOP_LEVEL = {"format", "version", "exported_at"} | {spec.plural for spec in ENTITIES}
# Records decoded at a time: an import writes each part while the next is read.
PART = 5000


@dataclass
class Decoded:
    """What a file holds: per kind, (index in its list, record, meta fields the file gave)."""

    records: dict[str, list[tuple[int, Record, Set[str]]]]
    problems: list[Problem]
    # Ids of every record of the file, including those refused, so that references to a
    # refused record are not reported a second time as dangling.
    all_ids: dict[str, set[str]] = field(default_factory=dict)

    @property
    def refused_whole(self) -> bool:
        """True when the file itself (not a record of it) is wrong: nothing more to check."""
        return any(p.path in TOP_LEVEL or not p.path for p in self.problems)


def decode_document(document: Any, now: datetime, actor: str) -> Decoded:
    """Every record of a parsed file, or the problems found with their JSON paths."""
    decoded = Decoded({s.key: [] for s in ENTITIES}, [])
    for spec, items in decode_in_parts(document, now, actor, decoded):
        decoded.records[spec.key].extend(items)
    return decoded


def decode_in_parts(
    document: Any,
    now: datetime,
    actor: str,
    decoded: Decoded,
    *,
    part: int | None = None,
    by_id: bool = False,
) -> Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]:
    """The records of a parsed file, kind by kind, ``part`` records at a time.

    Problems go to ``decoded.problems`` as they are found, and every id read to
    ``decoded.all_ids``; ``decoded.records`` is left to the caller. A part may hold fewer
    records than it read (those refused are left out), or none. With ``by_id``, each list
    whose records all have a text id is read in the order of those ids (each record keeps
    its index in the file): rows then reach the tables' indexes in order, and writing them
    is faster. Problems are reported in the order they are met.
    """
    problems = decoded.problems
    part = part or PART
    if not _head_is_readable(document, problems):
        return
    for key in sorted(document.keys() - TOP_LEVEL)[:MAX_PROBLEMS]:
        problems.append(unknown_field(shortened(key)))
    reader = RecordReader(problems, now, actor)
    for spec in ENTITIES:
        raw_list = document.get(spec.plural)
        if raw_list is None:
            continue
        if type(raw_list) is not list:
            problems.append(wrong_type("list", raw_list, spec.plural))
            continue
        ids = decoded.all_ids.setdefault(spec.key, set())
        order = _by_id(raw_list) if by_id else None
        for first in range(0, len(raw_list), part):
            if order is None:
                positions: Sequence[int] = range(first, min(first + part, len(raw_list)))
                raws = raw_list[first : first + part]
            else:
                positions = order[first : first + part]
                raws = list(map(raw_list.__getitem__, positions))
            found = _decode_part(spec, raws, positions, now, actor, reader, ids)
            yield spec, found
            if len(problems) > MAX_PROBLEMS:
                return


def decode_streamed(
    source: StreamedFile,
    now: datetime,
    actor: str,
    decoded: Decoded,
    *,
    part: int | None = None,
    wanted_whole: Callable[[EntitySpec], bool] = lambda _spec: False,
) -> Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]:
    """The records of a file read as a stream (``stream.py``), as :func:`decode_in_parts`
    reads a parsed one, each part in the order of its ids; it stops at the first problem.

    The lists of the kinds ``wanted_whole`` says are read whole before their first part
    (those an import must see whole before writing: a few names).
    """
    problems = decoded.problems
    part = part or PART
    if not _head_is_readable(source.head("format", "version"), problems):
        return
    reader = RecordReader(problems, now, actor)
    for spec in ENTITIES:
        raw_list = source.records(spec.plural)
        if raw_list is None:
            continue
        if type(raw_list) is not list and not isinstance(raw_list, Iterator):
            problems.append(wrong_type("list", raw_list, spec.plural))
            return
        size = part
        if wanted_whole(spec):
            raw_list = list(raw_list)
            size = max(1, len(raw_list))
        ids = decoded.all_ids.setdefault(spec.key, set())
        first = 0
        items = iter(raw_list)
        while raws := list(islice(items, size)):
            order = _by_id(raws)
            positions: Sequence[int] = (
                range(first, first + len(raws)) if order is None else [first + i for i in order]
            )
            if order is not None:
                raws = list(map(raws.__getitem__, order))
            first += len(raws)
            found = _decode_part(spec, raws, positions, now, actor, reader, ids)
            yield spec, found
            if problems:
                return
    for key in sorted(set(source.finish()) - TOP_LEVEL)[:MAX_PROBLEMS]:
        problems.append(unknown_field(shortened(key)))


def decode_checked(
    source: StreamedFile,
    keys: Sequence[str],
    small: Mapping[str, Any],
    now: datetime,
    actor: str,
    decoded: Decoded,
    *,
    part: int | None = None,
) -> Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]:
    """The records of a file read as a stream, as :func:`decode_document` reads the parsed
    file: every list in file order, every problem named in the order it is met, up to the
    number of problems shown. ``keys`` are the file's keys and ``small`` its members that
    are not lists of records, read beforehand (the members this format does not know are
    named first). Records are handed out part by part, for the caller to keep or drop:
    memory does not grow with the file.
    """
    problems = decoded.problems
    part = part or PART
    if not _head_is_readable(small, problems):
        return
    for key in sorted(set(keys) - TOP_LEVEL)[:MAX_PROBLEMS]:
        problems.append(unknown_field(shortened(key)))
    reader = RecordReader(problems, now, actor)
    for spec in ENTITIES:
        if spec.plural in small:
            if small[spec.plural] is not None:
                problems.append(wrong_type("list", small[spec.plural], spec.plural))
            continue
        raw_list = source.records(spec.plural)
        if raw_list is None:
            continue
        ids = decoded.all_ids.setdefault(spec.key, set())
        first = 0
        items = iter(raw_list)
        while raws := list(islice(items, part)):
            positions = range(first, first + len(raws))
            first += len(raws)
            yield spec, _decode_part(spec, raws, positions, now, actor, reader, ids)
            if len(problems) > MAX_PROBLEMS:
                return


def _decode_part(
    spec: EntitySpec,
    raws: list[Any],
    positions: Sequence[int],
    now: datetime,
    actor: str,
    reader: RecordReader,
    ids: set[str],
) -> list[tuple[int, Record, Set[str]]]:
    """The records of one part of a list (its raw records and their places in the list)."""
    fast = columns.whole_list(spec, raws, now, actor, positions)
    if fast is not None:
        ids.update(record.id for _, record, _ in fast)
        return fast
    found: list[tuple[int, Record, Set[str]]] = []
    for i, raw in zip(positions, raws, strict=True):
        if type(raw) is dict and type(raw.get("id")) is str:
            ids.add(raw["id"])
        record, given = reader.record(spec, raw, f"{spec.plural}[{i}]")
        if record is not None:
            found.append((i, record, given))
        if len(reader.problems) > MAX_PROBLEMS:
            break
    return found


def _head_is_readable(document: Any, problems: list[Problem]) -> bool:
    """Checks the document's format and version; False if its lists are not to be read."""
    if type(document) is not dict:
        problems.append(
            Problem(
                "",
                f"expected a JSON object at the top, found {type_name(document)}",
                code="top-not-object",
                args=(type_key(document),),
            )
        )
        return False
    if document.get("format") != FORMAT:
        named = document.get("format")
        problems.append(
            Problem(
                "format",
                f"expected {FORMAT!r}, found {quoted(named)}",
                code="wrong-format",
                args=(shortened(named),),
            )
        )
        return False
    version = document.get("version")
    if type(version) is not int:
        problems.append(wrong_type("whole-number", version, "version"))
        return False
    if version > VERSION:
        problems.append(
            Problem(
                "version",
                f"this file is format version {shortened(version)}, newer than this program "
                f"reads (version {VERSION}); update Exchange Notes to import it",
                code="newer-version",
                args=(shortened(version), str(VERSION)),
            )
        )
        return False
    if version < 1:
        problems.append(
            Problem(
                "version",
                f"{shortened(version)} is not a version of this format",
                code="not-a-version",
                args=(shortened(version),),
            )
        )
    return True


def _by_id(raws: Sequence[Any]) -> list[int] | None:
    """Indexes of ``raws`` in the order of their ids, or None if some record has no text id."""
    try:
        ids = [raw["id"] for raw in raws]
    except (TypeError, KeyError, IndexError):
        return None
    if set(map(type, ids)) - {str}:
        return None
    return sorted(range(len(ids)), key=ids.__getitem__)
