"""The records a report reads, from the database: names whole, observations a batch at a time
as the report is laid out."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cached_property
from typing import Any

from sqlalchemy.orm import Session

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import Action, Comparison, Observation, Visit
from counsellor_app.domain.schema import BY_KEY
from counsellor_app.domain.snapshot import Snapshot
from counsellor_app.storage import report_queries
from counsellor_app.storage import repository as repo


class DatabaseRecords:
    """Answers a report's questions (``reports.ReportRecords``) within one reading session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @cached_property
    def _directory(self) -> Snapshot:
        lists: dict[str, Any] = {
            BY_KEY[key].plural: tuple(repo.load_all(self._session, BY_KEY[key]))
            for key in ("organisation", "person", "theme", "exchange")
        }
        return Snapshot(**lists)

    def directory(self) -> Snapshot:
        return self._directory

    def visits(self, exchange_id: str) -> list[Visit]:
        found = repo.load_where(self._session, BY_KEY["visit"], "exchange", [exchange_id])
        return [v for v in found if isinstance(v, Visit)]

    def comparisons(self, exchange_id: str | None = None) -> list[Comparison]:
        spec = BY_KEY["comparison"]
        if exchange_id is None:
            found = repo.load_all(self._session, spec)
        else:
            found = repo.load_where(self._session, spec, "exchange", [exchange_id])
        return [c for c in found if isinstance(c, Comparison)]

    def actions(self, exchange_id: str) -> list[Action]:
        found = repo.load_where(self._session, BY_KEY["action"], "exchange", [exchange_id])
        return [a for a in found if isinstance(a, Action)]

    def observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        return report_queries.stream_observations(
            self._session,
            exchange_id,
            theme=theme,
            unthemed=unthemed,
            kinds=None if kinds is None else [str(k) for k in kinds],
        )

    def count_observations(
        self,
        exchange_id: str,
        *,
        theme: str | None = None,
        unthemed: bool = False,
        kinds: Collection[ObservationKind] | None = None,
    ) -> int:
        return report_queries.count_observations(
            self._session,
            exchange_id,
            theme=theme,
            unthemed=unthemed,
            kinds=None if kinds is None else [str(k) for k in kinds],
        )

    def observations_across(
        self,
        exchange_ids: Sequence[str],
        *,
        theme: str,
        kinds: Collection[ObservationKind] | None = None,
    ) -> Iterator[Observation]:
        return report_queries.stream_across(
            self._session,
            exchange_ids,
            theme=theme,
            kinds=None if kinds is None else [str(k) for k in kinds],
        )

    def count_by_exchange(self, theme: str) -> dict[str, int]:
        return report_queries.count_by_exchange(self._session, theme)

    def observations_by_id(self, ids: Iterable[str]) -> dict[str, Observation]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        found = repo.load(self._session, BY_KEY["observation"], wanted)
        return {key: o for key, o in found.items() if isinstance(o, Observation)}

    def speaker_ids(self, exchange_id: str) -> list[str]:
        return report_queries.speaker_ids(self._session, exchange_id)
