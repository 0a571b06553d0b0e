"""Creating, changing, trashing, restoring and listing records of every kind."""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar, cast

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counsellor_app.domain.errors import ConflictError, InUseError, Problem, ValidationError
from counsellor_app.domain.queries import Page, PageQuery
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, ENTITIES, EntitySpec, FieldType, spec_of
from counsellor_app.domain.validation import validate

# Where it was first defined: code that imports it from here keeps working.
from counsellor_app.services.clock import utc_now as utc_now
from counsellor_app.storage import repository as repo
from counsellor_app.storage.database import Database
from counsellor_app.storage.mapping import column_name, referrers

R = TypeVar("R", bound=Record)
Clock = Callable[[], datetime]


def new_id() -> str:
    return str(uuid.uuid4())


def plain(value: Any) -> Any:
    """A value as it appears in the file and the audit trail."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def changed_fields(spec: EntitySpec, old: Record | None, new: Record) -> dict[str, Any]:
    """Field → [old, new] for every field that differs (all fields when ``old`` is None)."""
    changes = {}
    for field in spec.fields:
        before = getattr(old, field.name) if old is not None else None
        after = getattr(new, field.name)
        if before != after:
            changes[field.name] = [plain(before), plain(after)]
    return changes


def referenced_ids(spec: EntitySpec, record: Record) -> dict[str, list[tuple[str, str]]]:
    """Target kind → [(field path, id)] for every reference the record makes."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for field in spec.fields:
        value = getattr(record, field.name)
        if field.type is FieldType.REF and value:
            assert field.target is not None
            found[field.target].append((field.name, value))
        elif field.type is FieldType.REFS:
            assert field.target is not None
            for i, ref in enumerate(value):
                found[field.target].append((f"{field.name}[{i}]", ref))
        elif field.type is FieldType.PRACTICES:
            for i, practice in enumerate(value):
                if practice.organisation:
                    found["organisation"].append(
                        (f"practices[{i}].organisation", practice.organisation)
                    )
                for j, ref in enumerate(practice.evidence):
                    found["observation"].append((f"practices[{i}].evidence[{j}]", ref))
    return found


def reference_problems(
    session: Session, spec: EntitySpec, record: Record, known: Iterable[str] = ()
) -> list[Problem]:
    """References to records that are neither live in the database nor in ``known``."""
    problems = []
    known_ids = set(known)
    for target, refs in referenced_ids(spec, record).items():
        wanted = [ref for _, ref in refs if ref not in known_ids]
        live = repo.live_ids(session, BY_KEY[target], wanted) if wanted else set()
        for path, ref in refs:
            if ref not in known_ids and ref not in live:
                problems.append(
                    Problem(
                        path,
                        f"no {BY_KEY[target].label.lower()} with id {ref}",
                        code="no-such-record",
                        args=(target, ref),
                    )
                )
    return problems


def uniqueness_problems(session: Session, spec: EntitySpec, record: Record) -> list[Problem]:
    problems = []
    for name in spec.unique:
        value = getattr(record, name)
        holder = repo.ids_with_value(session, spec, name, [value]).get(value)
        if holder is not None and holder != record.id:
            problems.append(
                Problem(
                    name,
                    f"another {spec.label.lower()} is already called {value!r}",
                    code="name-taken",
                    args=(spec.key, str(value)),
                )
            )
    return problems


class RecordService(Generic[R]):
    """Everything that can be done to records of one kind."""

    def __init__(self, database: Database, kind: type[R], actor: Callable[[], str], clock: Clock):
        self._db = database
        self._spec = spec_of(kind)
        self._kind = kind
        self._actor = actor
        self._clock = clock

    @property
    def spec(self) -> EntitySpec:
        return self._spec

    def get(self, record_id: str, *, trashed: bool | None = False) -> R:
        with self._db.reading() as session:
            return cast(R, repo.get(session, self._spec, record_id, trashed=trashed))

    def get_many(self, ids: Sequence[str]) -> dict[str, R]:
        with self._db.reading() as session:
            return cast(dict[str, R], repo.load(session, self._spec, ids))

    def page(self, query: PageQuery = PageQuery()) -> Page[R]:
        with self._db.reading() as session:
            items, total = repo.page(session, self._spec, query)
        return Page(tuple(cast(list[R], items)), total)

    def ids(self, query: PageQuery = PageQuery()) -> list[str]:
        """The ids of every record matching ``query``, in its order (offset and limit aside)."""
        with self._db.reading() as session:
            return repo.ordered_ids(session, self._spec, query)

    def all(self) -> list[R]:
        with self._db.reading() as session:
            return cast(list[R], repo.load_all(session, self._spec))

    def count(self, *, trashed: bool = False) -> int:
        with self._db.reading() as session:
            return repo.count(session, self._spec, trashed=trashed)

    def _check(self, session: Session, record: R) -> None:
        problems = reference_problems(session, self._spec, record)
        problems += uniqueness_problems(session, self._spec, record)
        if problems:
            raise ValidationError(problems)

    def create(self, record: R) -> R:
        """Stores a new record; returns it as stored (id and meta filled in)."""
        record = validate(record)
        now, actor = self._clock(), self._actor()
        record = self._stamped(record, now, actor)
        record = dataclasses.replace(
            record,
            id=record.id or new_id(),
            created_at=now,
            updated_at=now,
            created_by=actor,
            updated_by=actor,
            version=1,
            deleted_at=None,
        )
        with self._db.writing() as session:
            self._check(session, record)
            try:
                repo.insert(session, self._spec, [record])
                session.flush()
            except IntegrityError as error:
                raise ValidationError([Problem("id", f"cannot store: {error.orig}")]) from error
            repo.audit(
                session,
                at=now,
                actor=actor,
                entity=self._spec.key,
                record_id=record.id,
                action="create",
                changes=changed_fields(self._spec, None, record),
            )
        return record

    def _stamped(self, record: R, now: datetime, actor: str) -> R:
        """The record with who recorded it and when, if it does not say: however a record is
        made (a form, fast capture, the command line), it carries its author and time."""
        if self._spec.recorded is None:
            return record
        by, at = self._spec.recorded
        stamps: dict[str, Any] = {}
        if not getattr(record, by):
            stamps[by] = actor
        if getattr(record, at) is None:
            # In the recorder's own time zone, as fast capture writes it.
            stamps[at] = now.astimezone()
        return dataclasses.replace(record, **stamps) if stamps else record

    def update(self, record: R) -> R:
        """Saves changes to a record read at ``record.version``; ConflictError if it moved on."""
        record = validate(record)
        now, actor = self._clock(), self._actor()
        with self._db.writing() as session:
            current = repo.load(session, self._spec, [record.id], trashed=None).get(record.id)
            if current is None or current.deleted_at is not None:
                raise ConflictError(
                    f"This {self._spec.label.lower()} was deleted elsewhere; nothing was saved.",
                    record_id=record.id,
                    current=current,
                )
            if current.version != record.version:
                who = current.updated_by or "someone"
                raise ConflictError(
                    f"This {self._spec.label.lower()} was changed by {who} "
                    "since you opened it; nothing was saved.",
                    record_id=record.id,
                    current=current,
                )
            self._check(session, record)
            changes = changed_fields(self._spec, current, record)
            if not changes:
                return cast(R, current)
            record = dataclasses.replace(
                record,
                created_at=current.created_at,
                created_by=current.created_by,
                updated_at=now,
                updated_by=actor,
                deleted_at=None,
            )
            repo.replace(session, self._spec, record, current.version)
            repo.audit(
                session,
                at=now,
                actor=actor,
                entity=self._spec.key,
                record_id=record.id,
                action="update",
                changes=changes,
            )
        return dataclasses.replace(record, version=current.version + 1)

    def users(self, record_id: str) -> dict[tuple[str, str], int]:
        """Which live records refer to this one: (kind, field) → how many. What moving it to
        the trash would leave pointing at nothing, or take along."""
        with self._db.reading() as session:
            return repo.users_of(session, self._spec.key, record_id)

    def delete(self, record_id: str) -> int:
        """Moves a record to the trash, with what belongs to it; returns how many went."""
        now, actor = self._clock(), self._actor()
        batch = new_id()
        with self._db.writing() as session:
            repo.get(session, self._spec, record_id)
            blockers = []
            followers: list[tuple[EntitySpec, list[str]]] = []
            for spec, field in referrers(self._spec.key):
                if field.type is not FieldType.REF:
                    continue
                ids = repo.referring_ids(session, spec, column_name(field), [record_id])
                if not ids:
                    continue
                if field.name in spec.follows:
                    followers.append((spec, ids))
                elif field.required:
                    blockers.append(
                        f"{len(ids)} {spec.plural if len(ids) > 1 else spec.label.lower()}"
                    )
            if self._spec.key == "organisation":
                users = repo.practice_users(session, record_id)
                if users:
                    blockers.append(f"{len(users)} comparison{'s' if len(users) > 1 else ''}")
            if blockers:
                raise InUseError(
                    f"This {self._spec.label.lower()} is still used by {', '.join(blockers)}; "
                    "change or delete those first."
                )
            moved = repo.set_deleted(
                session, self._spec, [record_id], at=now, batch=batch, actor=actor
            )
            for spec, ids in followers:
                moved += repo.set_deleted(session, spec, ids, at=now, batch=batch, actor=actor)
            repo.audit(
                session,
                at=now,
                actor=actor,
                entity=self._spec.key,
                record_id=record_id,
                action="trash",
                changes={"with": moved - 1} if moved > 1 else None,
            )
        return moved

    def restore(self, record_id: str) -> int:
        """Brings a record back from the trash, with what was trashed together with it."""
        now, actor = self._clock(), self._actor()
        with self._db.writing() as session:
            record = repo.get(session, self._spec, record_id, trashed=True)
            batch = repo.trash_batch_of(session, self._spec, record_id)
            for field_name in self._spec.follows:
                field = self._spec.field(field_name)
                owner = getattr(record, field_name)
                assert field.target is not None
                if owner and not repo.live_ids(session, BY_KEY[field.target], [owner]):
                    in_batch = batch and owner in repo.ids_in_batch(
                        session, BY_KEY[field.target], batch
                    )
                    if not in_batch:
                        raise InUseError(
                            f"Its {field.target} is in the trash too; restore that first."
                        )
            restored = 0
            for spec in ENTITIES:
                ids = repo.ids_in_batch(session, spec, batch) if batch else []
                if spec is self._spec and record_id not in ids:
                    ids.append(record_id)
                if not ids:
                    continue
                for found in repo.load(session, spec, ids, trashed=True).values():
                    problems = uniqueness_problems(session, spec, found)
                    if problems:
                        raise ValidationError(problems)
                restored += repo.set_deleted(session, spec, ids, at=None, batch=None, actor=actor)
            repo.audit(
                session,
                at=now,
                actor=actor,
                entity=self._spec.key,
                record_id=record_id,
                action="restore",
            )
        return restored
