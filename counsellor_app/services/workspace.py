"""One open database and the person using it: the entry point to every service."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from counsellor_app.domain.records import (
    Action,
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Record,
    Theme,
    Visit,
)
from counsellor_app.domain.schema import BY_KEY, ENTITIES
from counsellor_app.services.clock import utc_now

if TYPE_CHECKING:
    # The record services and the ORM models under them are imported when first used: a
    # search, a check or the window's first page does without them.
    from counsellor_app.services.records import RecordService
    from counsellor_app.storage.database import Database

R = TypeVar("R", bound=Record)


def system_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "unknown"


class Workspace:
    """Services bound to one database; ``actor`` names who makes the changes."""

    def __init__(
        self,
        database: Database,
        actor: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.database = database
        self.actor = actor or system_user()
        self.clock = clock
        self._services: dict[type[Record], RecordService[Any]] = {}

    def _actor(self) -> str:
        return self.actor

    def records(self, kind: type[R]) -> RecordService[R]:
        if kind not in self._services:
            from counsellor_app.services.records import RecordService

            self._services[kind] = RecordService(self.database, kind, self._actor, self.clock)
        return self._services[kind]

    @property
    def organisations(self) -> RecordService[Organisation]:
        return self.records(Organisation)

    @property
    def people(self) -> RecordService[Person]:
        return self.records(Person)

    @property
    def themes(self) -> RecordService[Theme]:
        return self.records(Theme)

    @property
    def exchanges(self) -> RecordService[Exchange]:
        return self.records(Exchange)

    @property
    def visits(self) -> RecordService[Visit]:
        return self.records(Visit)

    @property
    def observations(self) -> RecordService[Observation]:
        return self.records(Observation)

    @property
    def comparisons(self) -> RecordService[Comparison]:
        return self.records(Comparison)

    @property
    def actions(self) -> RecordService[Action]:
        return self.records(Action)

    def counts(self) -> dict[str, int]:
        """How many live records of each kind, by the name of their list."""
        from counsellor_app.storage import repository as repo

        with self.database.reading() as session:
            return {spec.plural: repo.count(session, spec) for spec in ENTITIES}

    def trash(self) -> list[tuple[str, str, str, datetime]]:
        """(kind, id, title, deleted at) of everything in the trash, newest first."""
        from counsellor_app.storage import repository as repo

        with self.database.reading() as session:
            return repo.trashed_batches(session)

    def empty_trash(self) -> int:
        """Deletes for good everything in the trash, with the values the audit trail kept of
        it (its lines stay: what was done, when, by whom); returns how many records went."""
        from counsellor_app.storage import erasure
        from counsellor_app.storage import repository as repo

        now = self.clock()
        removed = 0
        with self.database.writing() as session:
            purged: list[str] = []
            for spec in reversed(ENTITIES):
                ids = repo.trashed_ids(session, spec)
                removed += repo.purge(session, spec, ids)
                purged += ids
            if purged:
                with erasure.audit_open_for_erasure(session):
                    erasure.clear_audit_values(session, purged)
            repo.audit(
                session,
                at=now,
                actor=self.actor,
                entity="trash",
                record_id=None,
                action="purge",
                changes={"records": removed},
            )
        return removed

    def history(
        self, record_id: str | None = None, *, actor: str | None = None, limit: int = 500
    ) -> list[dict[str, Any]]:
        """Who changed what and when, newest first."""
        from counsellor_app.storage import repository as repo

        with self.database.reading() as session:
            return repo.history(session, record_id, actor=actor, limit=limit)

    def service_for(self, kind: str) -> RecordService[Any]:
        return self.records(BY_KEY[kind].record)
