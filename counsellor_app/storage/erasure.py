"""Removing data for good: records deleted outright, audit values cleared or rewritten (the
only changes the audit trail ever takes), the search index compacted, and, on SQLite, the
freed space overwritten so that no byte of what was removed stays in the file or its log."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.orm import Session

from counsellor_app.domain.schema import EntitySpec
from counsellor_app.storage.database import Database
from counsellor_app.storage.mapping import AUDIT, LINKS, TABLES, list_fields
from counsellor_app.storage.repository import chunks

_SQLITE_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")


@contextmanager
def audit_open_for_erasure(session: Session) -> Iterator[None]:
    """Lets this transaction change audit lines; the append-only rule is back at its end
    (and in any other transaction all along: DDL is transactional on both back-ends)."""
    if session.get_bind().dialect.name == "sqlite":
        saved = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
            dict(zip(("a", "b"), _SQLITE_TRIGGERS, strict=True)),
        ).all()
        for name, _sql in saved:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        yield
        for _name, sql in saved:
            session.execute(text(sql))
        return
    session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
    yield
    session.execute(text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))


def clear_audit_values(session: Session, record_ids: Sequence[str]) -> int:
    """Empties the stored values of every audit line about those records; the lines stay
    (what was done, when, by whom). Needs :func:`audit_open_for_erasure`."""
    cleared = 0
    for part in chunks(list(dict.fromkeys(record_ids))):
        result = session.execute(
            update(AUDIT)
            .where(AUDIT.c.record_id.in_(part), AUDIT.c.changes.isnot(None))
            .values(changes=None)
        )
        cleared += result.rowcount  # type: ignore[attr-defined]
    return cleared


def rewrite_audit_values(
    session: Session, needles: Sequence[str], rewrite: Callable[[str], str | None]
) -> int:
    """Passes every text value of the audit lines that hold one of ``needles`` (case aside)
    through ``rewrite``; the same for the actor. Needs :func:`audit_open_for_erasure`."""
    wanted = [n for n in needles if n]
    if not wanted:
        return 0
    pattern = [AUDIT.c.changes.ilike(f"%{_like(n)}%", escape="\\") for n in wanted]
    pattern += [AUDIT.c.actor.ilike(_like(n), escape="\\") for n in wanted]
    rows = session.execute(
        select(AUDIT.c.id, AUDIT.c.actor, AUDIT.c.changes).where(or_(*pattern))
    ).all()
    changed = 0
    for row_id, actor, changes in rows:
        new_actor = rewrite(actor)
        new_changes = changes
        if changes:
            new_changes = json.dumps(_rewritten(json.loads(changes), rewrite), ensure_ascii=False)
        if new_actor != actor or new_changes != changes:
            session.execute(
                update(AUDIT)
                .where(AUDIT.c.id == row_id)
                .values(actor=new_actor if new_actor is not None else "", changes=new_changes)
            )
            changed += 1
    return changed


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _rewritten(value: Any, rewrite: Callable[[str], str | None]) -> Any:
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, list):
        return [_rewritten(v, rewrite) for v in value]
    if isinstance(value, dict):
        return {k: _rewritten(v, rewrite) for k, v in value.items()}
    return value


def delete_records(session: Session, spec: EntitySpec, ids: Sequence[str]) -> int:
    """Deletes records outright, live or in the trash, with their links (the search index
    follows by its triggers; references to them are emptied by the foreign keys)."""
    table = TABLES[spec.key]
    deleted = 0
    for part in chunks(list(ids)):
        for field in list_fields(spec):
            link = LINKS[(spec.key, field.name)]
            session.execute(delete(link.table).where(link.owner.in_(part)))
        result = session.execute(delete(table).where(table.c.id.in_(part)))
        deleted += result.rowcount  # type: ignore[attr-defined]
    return deleted


def compact_search_index(session: Session) -> None:
    """Merges the search index into one segment each (SQLite): an entry removed from FTS5
    leaves its words in older segments until they are merged."""
    if session.get_bind().dialect.name != "sqlite":
        return
    for index in ("search_words", "search_trigram"):
        session.execute(text(f"INSERT INTO {index} ({index}) VALUES ('optimize')"))


def secure_delete(session: Session) -> None:
    """From here on, this connection overwrites with zeros what it deletes (SQLite)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def forget_freed_pages(database: Database) -> bool:
    """Rewrites a SQLite file without its free pages (``VACUUM``) and folds its write-ahead
    log into it, leaving the log empty; True when both were done. Other back-ends: False."""
    if database.dialect != "sqlite" or database.path is None:
        return False
    # Outside any transaction (VACUUM cannot run in one): the driver's own connection, in
    # autocommit as every connection of the engine is.
    raw = database.engine.raw_connection()
    try:
        driver: Any = raw.driver_connection
        driver.execute("PRAGMA secure_delete = ON")
        # VACUUM copies the live pages through a temporary database: in memory, never on disk.
        driver.execute("PRAGMA temp_store = MEMORY")
        driver.execute("VACUUM")
        busy, _log, _done = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        driver.execute("PRAGMA secure_delete = OFF")
    finally:
        raw.close()
    return not busy
