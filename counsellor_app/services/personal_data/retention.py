"""The trash emptied of what it has kept longer than the retention period."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from counsellor_app.domain.schema import ENTITIES
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import erasure
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import TABLES

DEFAULT_RETENTION_DAYS = 30


def purge_expired_trash(
    workspace: Workspace, days: int = DEFAULT_RETENTION_DAYS, *, now: datetime | None = None
) -> int:
    """Deletes for good the records in the trash for more than ``days`` days, with their
    audit lines' values; returns how many records went (0 when ``days`` is 0 or less:
    kept until the trash is emptied)."""
    if days <= 0:
        return 0
    moment = now or workspace.clock()
    cutoff = moment - timedelta(days=days)
    removed = 0
    with workspace.database.writing() as session:
        expired: dict[str, list[str]] = {}
        for spec in ENTITIES:
            table = TABLES[spec.key]
            rows = session.execute(
                select(table.c.id, table.c.deleted_at).where(table.c.deleted_at.isnot(None))
            ).all()
            ids = [row_id for row_id, deleted in rows if deleted is not None and deleted < cutoff]
            if ids:
                expired[spec.key] = ids
        if not expired:
            return 0
        for spec in reversed(ENTITIES):
            if spec.key in expired:
                removed += repo.purge(session, spec, expired[spec.key])
        with erasure.audit_open_for_erasure(session):
            erasure.clear_audit_values(session, [i for ids in expired.values() for i in ids])
        repo.audit(
            session,
            at=moment,
            actor=workspace.actor,
            entity="trash",
            record_id=None,
            action="expire",
            changes={"records": removed, "days": days},
        )
    return removed
