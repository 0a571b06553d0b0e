"""What an import checks across the whole file and the database: ids, references, names."""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterator, Mapping, Set
from contextlib import nullcontext
from itertools import chain, islice

from sqlalchemy.orm import Session

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import MAX_PROBLEMS
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import (
    BY_KEY,
    ENTITIES,
    EntitySpec,
    FieldType,
)
from counsellor_app.services.decoding import Decoded
from counsellor_app.services.records import referenced_ids
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo

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


def _duplicate(path: str, record_id: str, first: str) -> Problem:
    return Problem(
        f"{path}.id",
        f"duplicate id {record_id} (also at {first})",
        code="duplicate-id",
        args=(record_id, first),
    )


def _duplicate_ids(decoded: Decoded) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for spec in ENTITIES:
        for i, record, _ in decoded.records[spec.key]:
            path = f"{spec.plural}[{i}]"
            if record.id in first_seen:
                problems.append(_duplicate(path, record.id, first_seen[record.id]))
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


_REFERENCES_AT_ONCE = 20_000


def cross_problems(
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
        unresolved = (
            (f"{spec.plural}[{i}].{where}", target, ref)
            for spec in ENTITIES
            # The usual case, all in the file, is checked a field at a time.
            if not _all_in_file(spec, decoded.records[spec.key], by_kind)
            for i, record, _ in decoded.records[spec.key]
            for target, where, ref in _unresolved(spec, record, by_kind)
        )
        # Looked up in batches, so that a file of a million dangling references stops at
        # the number of problems shown instead of listing them all.
        while len(problems) <= MAX_PROBLEMS:
            references = list(islice(unresolved, _REFERENCES_AT_ONCE))
            if not references:
                break
            wanted: dict[str, set[str]] = {}
            for _, target, ref in references:
                wanted.setdefault(target, set()).add(ref)
            live = {key: repo.live_ids(session, BY_KEY[key], ids) for key, ids in wanted.items()}
            dangling = (
                Problem(
                    path, f"no {target} with id {ref}", code="no-such-record", args=(target, ref)
                )
                for path, target, ref in references
                if ref not in live[target]
            )
            problems += islice(dangling, MAX_PROBLEMS + 1 - len(problems))
        problems += _ids_of_other_kinds(session, decoded)
        problems += _name_problems(session, decoded)
    return problems


def _name_problems(session: Session, decoded: Decoded) -> list[Problem]:
    """Names used twice in the file, or already used by another record in the database."""
    problems: list[Problem] = []
    for spec in ENTITIES:
        for name in spec.unique:
            values: dict[str, str] = {}
            owners: dict[str, str] = {}
            for i, record, _ in decoded.records[spec.key]:
                value = getattr(record, name)
                path = f"{spec.plural}[{i}].{name}"
                if value in values:
                    problems.append(
                        Problem(
                            path,
                            f"{quoted(value)} is also used at {values[value]}",
                            code="used-twice",
                            args=(shortened(value), values[value]),
                        )
                    )
                values.setdefault(value, path)
                owners.setdefault(value, record.id)
            taken = repo.ids_with_value(session, spec, name, values)
            ids_in_file = {r.id for _, r, _ in decoded.records[spec.key]}
            for value, holder in taken.items():
                owner = owners.get(value)
                if owner is not None and owner != holder and holder not in ids_in_file:
                    problems.append(
                        Problem(
                            values[value],
                            f"another {spec.label.lower()} called {quoted(value)} is "
                            f"already in the database (id {holder})",
                            code="name-taken",
                            args=(spec.key, shortened(value)),
                        )
                    )
    return problems


def _ids_of_other_kinds(session: Session, decoded: Decoded) -> list[Problem]:
    """Ids of the file already used in the database by a record of another kind (in the
    trash or not): an id names one record, whatever its kind."""
    clashes = _clashes(
        session,
        {key: [record.id for _, record, _ in items] for key, items in decoded.records.items()},
    )
    problems: list[Problem] = []
    for spec in ENTITIES:
        for i, record, _ in decoded.records[spec.key]:
            clash = clashes.get(record.id)
            if clash is not None and clash[0] == spec.key:
                problems.append(_other_kind(f"{spec.plural}[{i}]", record.id, clash[1]))
    return problems


def _other_kind(path: str, record_id: str, other: EntitySpec) -> Problem:
    return Problem(
        f"{path}.id",
        f"the id {record_id} is already used by a {other.label.lower()} in the database",
        code="id-of-other-kind",
        args=(record_id, other.key),
    )


def _clashes(
    session: Session, ids_by_kind: Mapping[str, Collection[str]]
) -> dict[str, tuple[str, EntitySpec]]:
    """Id → (its kind in the file, the kind of the record of the database that has it)."""
    clashes: dict[str, tuple[str, EntitySpec]] = {}
    for table in ENTITIES:
        stored = repo.count_all(session, table)
        if not stored:
            continue
        everything: set[str] | None = None
        for spec in ENTITIES:
            ids = ids_by_kind.get(spec.key, ())
            if spec is table or not ids:
                continue
            if stored <= len(ids):
                # Fewer ids stored than the file holds: read them all, once.
                if everything is None:
                    everything = repo.all_ids(session, table)
                found = everything.intersection(ids)
            else:
                found = repo.existing_ids(session, table, ids)
            clashes.update((record_id, (spec.key, table)) for record_id in found)
    return clashes


class StreamChecks:
    """What a file read as a stream must keep to be checked across the file and the
    database once read: the ids of each kind, the ids each kind refers to, the records of
    kinds with unique names; not the records themselves (:func:`cross_problems` needs them,
    and names each problem: a file with any is read again, whole, to say which)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = dict.fromkeys(BY_KEY, 0)
        self.references: dict[str, set[str]] = {key: set() for key in BY_KEY}
        self.named = Decoded({spec.key: [] for spec in ENTITIES}, [])

    def add(self, spec: EntitySpec, items: list[tuple[int, Record, Set[str]]]) -> None:
        """Takes note of a part of records as read."""
        self.counts[spec.key] += len(items)
        if spec.unique:
            self.named.records[spec.key].extend(items)
        if spec.key == "comparison":
            for _, record, _ in items:
                for target, refs in referenced_ids(spec, record).items():
                    self.references[target].update(ref for _, ref in refs)
            return
        records = [record for _, record, _ in items]
        for name, many, target in _REFERENCES[spec.key]:
            assert target is not None
            values = map(operator.attrgetter(name), records)
            self.references[target].update(chain.from_iterable(values) if many else values)

    def any_problem(
        self, workspace: Workspace, decoded: Decoded, session: Session | None = None
    ) -> bool:
        """True if :func:`cross_problems` would find any problem (``decoded`` holds every
        id read, by kind; read in ``session`` if given)."""
        ids = {key: decoded.all_ids.get(key, set()) for key in BY_KEY}
        if any(self.counts[key] != len(ids[key]) for key in BY_KEY):
            return True  # an id twice in a list
        every: set[str] = set()
        for kind_ids in ids.values():
            if not every.isdisjoint(kind_ids):
                return True  # an id in two lists
            every |= kind_ids
        with nullcontext(session) if session is not None else workspace.database.reading() as s:
            for target, refs in self.references.items():
                refs.discard(None)  # type: ignore[arg-type]
                outside = refs - ids[target]
                if outside and outside - repo.live_ids(s, BY_KEY[target], outside):
                    return True
            for table in ENTITIES:
                stored = repo.count_all(s, table)
                if not stored:
                    continue
                others = [ids[spec.key] for spec in ENTITIES if spec is not table]
                if stored <= sum(map(len, others)):
                    everything = repo.all_ids(s, table)
                    if any(not everything.isdisjoint(kind_ids) for kind_ids in others):
                        return True
                elif any(repo.existing_ids(s, table, kind_ids) for kind_ids in others if kind_ids):
                    return True
            self.named.all_ids = decoded.all_ids
            return bool(_name_problems(s, self.named))


Parts = Iterator[tuple[EntitySpec, list[tuple[int, Record, Set[str]]]]]


def streamed_problems(
    workspace: Workspace, read: Callable[[Decoded], Parts]
) -> list[Problem] | None:
    """Every problem of a file, as :func:`cross_problems` names them after the records'
    own problems for the file read whole, from its records read (``read``) one part at a
    time and dropped: kept are the ids of each kind, the ids they refer to and the records
    of kinds with unique names. Read once, and a second time only to name the places of
    duplicate ids, of references that resolve nowhere and of ids of another kind.

    ``read`` fills in the ``Decoded`` it is given (its problems, every id read) and hands
    out the records in the order of the file read whole, as often as it is called. None
    for a file whose problems this reading does not order as the whole reading does (one
    refused as a whole, such as a list that is not one, with records refused too).
    """
    decoded = Decoded({spec.key: [] for spec in ENTITIES}, [])
    ids: dict[str, set[str]] = {key: set() for key in BY_KEY}
    seen: set[str] = set()
    twice: set[str] = set()
    checks = StreamChecks()
    for spec, items in read(decoded):
        kind_ids = ids[spec.key]
        for _, record, _ in items:
            if record.id in seen:
                twice.add(record.id)
            seen.add(record.id)
            kind_ids.add(record.id)
        checks.add(spec, items)
    del seen
    problems = list(decoded.problems)
    if decoded.refused_whole:
        # The file read whole names the records' problems in the order of their ids.
        lists = tuple(f"{spec.plural}[" for spec in ENTITIES)
        return None if any(p.path.startswith(lists) for p in problems) else problems
    known = {key: decoded.all_ids.get(key, set()) for key in BY_KEY}
    with workspace.database.reading() as session:
        dangling: dict[str, set[str]] = {}
        for target, refs in checks.references.items():
            refs.discard(None)  # type: ignore[arg-type]
            outside = refs - known[target]
            if outside:
                dangling[target] = outside - repo.live_ids(session, BY_KEY[target], outside)
        clashes = _clashes(session, ids)
        checks.named.all_ids = decoded.all_ids
        names = _name_problems(session, checks.named)
    duplicates: list[Problem] = []
    unresolved: list[Problem] = []
    others: list[Problem] = []
    if twice or any(dangling.values()) or clashes:
        first_seen: dict[str, str] = {}
        for spec, items in read(Decoded({spec.key: [] for spec in ENTITIES}, [])):
            for i, record, _ in items:
                path = f"{spec.plural}[{i}]"
                if record.id in twice:
                    if record.id in first_seen:
                        duplicates.append(_duplicate(path, record.id, first_seen[record.id]))
                    else:
                        first_seen[record.id] = path
                unresolved.extend(
                    Problem(
                        f"{path}.{where}",
                        f"no {target} with id {ref}",
                        code="no-such-record",
                        args=(target, ref),
                    )
                    for target, where, ref in _unresolved(spec, record, known)
                    if ref in dangling.get(target, ())
                )
                # Only as many as the file read whole names: the rest are dropped.
                del unresolved[MAX_PROBLEMS + 1 :]
                clash = clashes.get(record.id)
                if clash is not None and clash[0] == spec.key:
                    others.append(_other_kind(path, record.id, clash[1]))
    unresolved = unresolved[: max(0, MAX_PROBLEMS + 1 - len(duplicates))]
    return problems + duplicates + unresolved + others + names
