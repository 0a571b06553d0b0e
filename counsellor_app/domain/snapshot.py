"""A set of records taken together: what a file holds, or what a report is made from."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

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

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Snapshot:
    """Records of every kind, each list in a stable order; references resolve within it."""

    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    themes: tuple[Theme, ...] = ()
    exchanges: tuple[Exchange, ...] = ()
    visits: tuple[Visit, ...] = ()
    observations: tuple[Observation, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    actions: tuple[Action, ...] = ()

    @cached_property
    def index(self) -> dict[str, Record]:
        """Every record by id."""
        found: dict[str, Record] = {}
        for records in (
            self.organisations,
            self.people,
            self.themes,
            self.exchanges,
            self.visits,
            self.observations,
            self.comparisons,
            self.actions,
        ):
            for record in records:
                found[record.id] = record
        return found

    def get(self, record_id: str | None, kind: type[R]) -> R | None:
        """The record of that kind with that id, or None."""
        if record_id is None:
            return None
        record = self.index.get(record_id)
        return record if isinstance(record, kind) else None
