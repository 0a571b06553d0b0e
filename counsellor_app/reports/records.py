"""Where a report's records come from: a few small lists read whole, and the observations read
as they are laid out, so that a report of a million of them never holds them all.

``ReportRecords`` is what a report asks; ``SnapshotRecords`` answers from records already in
memory, and the services answer from the database.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Protocol, TypeVar

from counsellor_app.domain import (
    Action,
    Comparison,
    Exchange,
    Observation,
    ObservationKind,
    Snapshot,
    Theme,
    Visit,
)
from counsellor_app.domain.records import Record

if TYPE_CHECKING:
    from counsellor_app.reports.naming import PersonNaming

R = TypeVar("R", bound=Record)


class ReportRecords(Protocol):
    """The records a report reads. Every answer holds live records only (none in the trash),
    each list in the order the records were made."""

    def directory(self) -> Snapshot:
        """The organisations, people, themes and exchanges: the names a report prints."""
        ...

    def visits(self, exchange_id: str) -> list[Visit]: ...

    def comparisons(self, exchange_id: str | None = None) -> list[Comparison]:
        """Those of one exchange, or of every exchange for None."""
        ...

    def actions(self, exchange_id: str) -> list[Action]: ...

    def observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        """The exchange's observations, read as they are asked for: those about ``theme``, or
        those about no theme (in the trash or not) with ``unthemed``, of the ``kinds`` given."""
        ...

    def count_observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> int:
        """How many ``observations()`` gives for the same question."""
        ...

    def observations_across(
        self,
        exchange_ids: Sequence[str],
        *,
        theme: str,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        """The observations about ``theme`` of several exchanges, exchange by exchange in the
        order given, read as they are asked for."""
        ...

    def count_by_exchange(self, theme: str) -> dict[str, int]:
        """How many observations about ``theme`` each exchange has (those with any)."""
        ...

    def observations_by_id(self, ids: Iterable[str]) -> dict[str, Observation]:
        """Observations cited as evidence, by id (any exchange)."""
        ...

    def speaker_ids(self, exchange_id: str) -> list[str]:
        """The people quoted in the exchange's observations."""
        ...


def live_theme_ids(themes: Sequence[str], live: Collection[str]) -> list[str]:
    """An observation's or comparison's themes that are not in the trash, each once, in order."""
    return [theme for theme in dict.fromkeys(themes) if theme in live]


class SnapshotRecords:
    """Answers a report's questions from a snapshot in memory."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    @cached_property
    def _directory(self) -> Snapshot:
        s = self._snapshot
        return Snapshot(
            organisations=tuple(r for r in s.organisations if r.deleted_at is None),
            people=tuple(r for r in s.people if r.deleted_at is None),
            themes=tuple(r for r in s.themes if r.deleted_at is None),
            exchanges=tuple(r for r in s.exchanges if r.deleted_at is None),
        )

    @cached_property
    def _live_themes(self) -> frozenset[str]:
        return frozenset(theme.id for theme in self._directory.themes)

    @cached_property
    def _observations_by_exchange(self) -> dict[str, list[Observation]]:
        found: dict[str, list[Observation]] = {}
        for observation in self._snapshot.observations:
            if observation.deleted_at is None:
                found.setdefault(observation.exchange, []).append(observation)
        return found

    def directory(self) -> Snapshot:
        return self._directory

    def visits(self, exchange_id: str) -> list[Visit]:
        return [
            v for v in self._snapshot.visits if v.exchange == exchange_id and v.deleted_at is None
        ]

    def comparisons(self, exchange_id: str | None = None) -> list[Comparison]:
        return [
            c
            for c in self._snapshot.comparisons
            if c.deleted_at is None and (exchange_id is None or c.exchange == exchange_id)
        ]

    def actions(self, exchange_id: str) -> list[Action]:
        return [
            a for a in self._snapshot.actions if a.exchange == exchange_id and a.deleted_at is None
        ]

    def observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        live = self._live_themes
        for observation in self._observations_by_exchange.get(exchange_id, ()):
            if kinds is not None and observation.kind not in kinds:
                continue
            if theme is not None and theme not in observation.themes:
                continue
            if unthemed and any(t in live for t in observation.themes):
                continue
            yield observation

    def count_observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> int:
        return sum(
            1 for _ in self.observations(exchange_id, theme=theme, unthemed=unthemed, kinds=kinds)
        )

    def observations_across(
        self,
        exchange_ids: Sequence[str],
        *,
        theme: str,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        for exchange_id in exchange_ids:
            yield from self.observations(exchange_id, theme=theme, kinds=kinds)

    def count_by_exchange(self, theme: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        if theme not in self._live_themes:
            return counts
        for exchange_id, observations in self._observations_by_exchange.items():
            count = sum(1 for o in observations if theme in o.themes)
            if count:
                counts[exchange_id] = count
        return counts

    def observations_by_id(self, ids: Iterable[str]) -> dict[str, Observation]:
        found: dict[str, Observation] = {}
        for observation_id in ids:
            observation = self._snapshot.get(observation_id, Observation)
            if observation is not None and observation.deleted_at is None:
                found[observation.id] = observation
        return found

    def speaker_ids(self, exchange_id: str) -> list[str]:
        speakers = (o.speaker for o in self._observations_by_exchange.get(exchange_id, ()))
        return list(dict.fromkeys(s for s in speakers if s))


def exchange_of(records: ReportRecords, exchange_id: str) -> Exchange | None:
    return records.directory().get(exchange_id, Exchange)


def theme_of(records: ReportRecords, theme_id: str) -> Theme | None:
    return records.directory().get(theme_id, Theme)


class WithheldNames:
    """The records of ``inner`` with the names a report withholds taken out of their free
    text as they are read, so no part of a report prints a name it should not, however the
    text mentions it. Fields that hold a name as typed (an action's owner, who recorded an
    observation) are left to ``PersonNaming.free_text_name`` where the report prints them."""

    def __init__(self, inner: ReportRecords, naming: PersonNaming) -> None:
        self._inner = inner
        self._naming = naming

    def _clean(self, record: R) -> R:
        return self._naming.record_without_names(record, name_fields=False)

    def directory(self) -> Snapshot:
        return Snapshot(
            **{
                plural: tuple(self._clean(r) for r in getattr(self._inner.directory(), plural))
                for plural in ("organisations", "people", "themes", "exchanges")
            }
        )

    def visits(self, exchange_id: str) -> list[Visit]:
        return [self._clean(v) for v in self._inner.visits(exchange_id)]

    def comparisons(self, exchange_id: str | None = None) -> list[Comparison]:
        return [self._clean(c) for c in self._inner.comparisons(exchange_id)]

    def actions(self, exchange_id: str) -> list[Action]:
        return [self._clean(a) for a in self._inner.actions(exchange_id)]

    def observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        found = self._inner.observations(exchange_id, theme=theme, unthemed=unthemed, kinds=kinds)
        return (self._clean(o) for o in found)

    def count_observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> int:
        return self._inner.count_observations(
            exchange_id, theme=theme, unthemed=unthemed, kinds=kinds
        )

    def observations_across(
        self,
        exchange_ids: Sequence[str],
        *,
        theme: str,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        found = self._inner.observations_across(exchange_ids, theme=theme, kinds=kinds)
        return (self._clean(o) for o in found)

    def count_by_exchange(self, theme: str) -> dict[str, int]:
        return self._inner.count_by_exchange(theme)

    def observations_by_id(self, ids: Iterable[str]) -> dict[str, Observation]:
        return {k: self._clean(o) for k, o in self._inner.observations_by_id(ids).items()}

    def speaker_ids(self, exchange_id: str) -> list[str]:
        return self._inner.speaker_ids(exchange_id)
