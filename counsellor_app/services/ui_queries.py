"""Small read-only questions the window asks that the record services do not answer cheaply."""

from __future__ import annotations

from sqlalchemy import exists, select

from counsellor_app.domain.schema import ENTITIES
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.mapping import TABLES


def has_any_record(workspace: Workspace) -> bool:
    """True when the database holds at least one live record of any kind.

    Unlike ``Workspace.counts()`` this stops at the first row found, so it costs nothing on a
    database of 100,000 observations (the window asks it at every start).
    """
    with workspace.database.reading() as session:
        for spec in ENTITIES:
            table = TABLES[spec.key]
            query = select(exists().where(table.c.deleted_at.is_(None)))
            if session.execute(query).scalar():
                return True
    return False
