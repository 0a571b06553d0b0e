"""Moving records to the trash and back, and emptying it for good."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from counsellor_app.domain.schema import BY_KEY, EntitySpec
from counsellor_app.storage.mapping import (
    TABLES,
)
from counsellor_app.storage.repository.bulk import delete_links
from counsellor_app.storage.repository.rows import chunks, live


def set_deleted(
    session: Session,
    spec: EntitySpec,
    ids: Sequence[str],
    *,
    at: datetime | None,
    batch: str | None,
    actor: str,
) -> int:
    """Moves records to the trash (``at`` set) or back out of it (``at`` None)."""
    table = TABLES[spec.key]
    changed = 0
    for part in chunks(list(ids)):
        result = session.execute(
            update(table)
            .where(table.c.id.in_(part))
            .where(live(table) if at is not None else table.c.deleted_at.isnot(None))
            .values(
                deleted_at=at,
                trash_batch=batch,
                version=table.c.version + 1,
                updated_by=actor,
            )
        )
        changed += result.rowcount  # type: ignore[attr-defined]
    return changed


def ids_in_batch(session: Session, spec: EntitySpec, batch: str) -> list[str]:
    table = TABLES[spec.key]
    return list(session.execute(select(table.c.id).where(table.c.trash_batch == batch)).scalars())


def trashed_ids(session: Session, spec: EntitySpec) -> list[str]:
    """Every record of that kind in the trash."""
    table = TABLES[spec.key]
    query = select(table.c.id).where(table.c.deleted_at.isnot(None))
    return list(session.execute(query).scalars())


def purge(session: Session, spec: EntitySpec, ids: Sequence[str] | None = None) -> int:
    """Deletes trashed records for good (those ids, or the whole trash of that kind)."""
    table = TABLES[spec.key]
    trashed = select(table.c.id).where(table.c.deleted_at.isnot(None))
    if ids is not None:
        trashed = trashed.where(table.c.id.in_(list(ids)))
    doomed = list(session.execute(trashed).scalars())
    delete_links(session, spec, doomed)
    for part in chunks(doomed):
        session.execute(delete(table).where(table.c.id.in_(part)))
    return len(doomed)


def trashed_batches(session: Session) -> list[tuple[str, str, str, datetime]]:
    """(entity, id, title, deleted_at) of every record in the trash, newest first."""
    found: list[tuple[str, str, str, datetime]] = []
    for key, table in TABLES.items():
        spec = BY_KEY[key]
        query = select(table.c.id, table.c[spec.title_field], table.c.deleted_at).where(
            table.c.deleted_at.isnot(None)
        )
        found.extend((key, row[0], row[1] or "", row[2]) for row in session.execute(query))
    found.sort(key=lambda item: item[3], reverse=True)
    return found


def trash_batch_of(session: Session, spec: EntitySpec, record_id: str) -> str | None:
    table = TABLES[spec.key]
    query = select(table.c.trash_batch).where(table.c.id == record_id)
    return session.execute(query).scalar_one_or_none()
