"""The audit trail: one line per change, added and read, never altered here."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.storage.mapping import (
    AUDIT,
)


def audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    entity: str,
    record_id: str | None,
    action: str,
    changes: dict[str, Any] | None = None,
) -> None:
    """Adds one line to the audit trail."""
    session.execute(
        AUDIT.insert().values(
            at=at,
            actor=actor,
            entity=entity,
            record_id=record_id,
            action=action,
            changes=None
            if changes is None
            else json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


def history(
    session: Session, record_id: str | None = None, *, actor: str | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """Audit lines, newest first, for one record and/or one person."""
    query = select(AUDIT).order_by(AUDIT.c.id.desc()).limit(limit)
    if record_id is not None:
        query = query.where(AUDIT.c.record_id == record_id)
    if actor is not None:
        query = query.where(AUDIT.c.actor == actor)
    return [
        {
            "at": row.at,
            "actor": row.actor,
            "entity": row.entity,
            "record_id": row.record_id,
            "action": row.action,
            "changes": json.loads(row.changes) if row.changes else None,
        }
        for row in session.execute(query)
    ]
