"""The questions a report asks of the observations, answered in SQL: which ones (by exchange,
theme and kind), how many, who speaks in them; read a batch at a time."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from counsellor_app.domain.records import Observation
from counsellor_app.domain.schema import BY_KEY
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import LINKS, TABLES

# Observations read per batch: a batch is all a report holds of them at a time.
BATCH = 500

_OBSERVATIONS = TABLES["observation"]
_THEMES = TABLES["theme"]
_THEME_LINKS = LINKS[("observation", "themes")]


def _conditions(
    exchange_id: str | None,
    theme: str | None,
    unthemed: bool,
    kinds: Collection[str] | None,
) -> list[ColumnElement[bool]]:
    table = _OBSERVATIONS
    conditions: list[ColumnElement[bool]] = [table.c.deleted_at.is_(None)]
    if exchange_id is not None:
        conditions.append(table.c.exchange_id == exchange_id)
    if kinds is not None:
        conditions.append(table.c.kind.in_(sorted(str(kind) for kind in kinds)))
    if theme is not None:
        conditions.append(
            exists().where(
                _THEME_LINKS.owner == table.c.id,
                _THEME_LINKS.target == _THEMES.c.id,
                _THEMES.c.id == theme,
                _THEMES.c.deleted_at.is_(None),
            )
        )
    if unthemed:
        conditions.append(
            ~exists().where(
                and_(
                    _THEME_LINKS.owner == table.c.id,
                    _THEME_LINKS.target == _THEMES.c.id,
                    _THEMES.c.deleted_at.is_(None),
                )
            )
        )
    return conditions


def stream_observations(
    session: Session,
    exchange_id: str,
    *,
    theme: str | None = None,
    unthemed: bool = False,
    kinds: Collection[str] | None = None,
) -> Iterator[Observation]:
    """Live observations of an exchange (about ``theme``, or about no live theme, of the
    ``kinds``), in the order they were made, read ``BATCH`` at a time: their ids come from one
    query read as it goes, and each batch of records from another."""
    table = _OBSERVATIONS
    query = (
        select(table.c.id)
        .where(*_conditions(exchange_id, theme, unthemed, kinds))
        .order_by(table.c.created_at, table.c.id)
    )
    yield from _read(session, query)


def stream_across(
    session: Session,
    exchange_ids: Sequence[str],
    *,
    theme: str,
    kinds: Collection[str] | None = None,
) -> Iterator[Observation]:
    """Live observations about ``theme`` of the exchanges given, exchange by exchange in that
    order, each exchange's in the order they were made: one query for all."""
    if not exchange_ids:
        return
    table = _OBSERVATIONS
    position = case(
        {exchange_id: index for index, exchange_id in enumerate(exchange_ids)},
        value=table.c.exchange_id,
    )
    query = (
        select(table.c.id)
        .where(table.c.exchange_id.in_(list(exchange_ids)))
        .where(*_conditions(None, theme, False, kinds))
        .order_by(position, table.c.created_at, table.c.id)
    )
    yield from _read(session, query)


def count_by_exchange(session: Session, theme: str) -> dict[str, int]:
    """How many live observations about ``theme`` each exchange has."""
    table = _OBSERVATIONS
    query = (
        select(table.c.exchange_id, func.count())
        .where(*_conditions(None, theme, False, None))
        .group_by(table.c.exchange_id)
    )
    return {row[0]: int(row[1]) for row in session.execute(query)}


def _read(session: Session, query: Any) -> Iterator[Observation]:
    """The records of the observations whose ids the query gives, in its order, a batch at a
    time: the ids come from a result read as it goes."""
    spec = BY_KEY["observation"]
    result = session.execute(query, execution_options={"yield_per": BATCH})
    try:
        for part in result.partitions(BATCH):
            ids = [row[0] for row in part]
            found = repo.load(session, spec, ids)
            for observation_id in ids:
                record = found.get(observation_id)
                if isinstance(record, Observation):
                    yield record
    finally:
        result.close()


def count_observations(
    session: Session,
    exchange_id: str,
    *,
    theme: str | None = None,
    unthemed: bool = False,
    kinds: Collection[str] | None = None,
) -> int:
    query = select(func.count()).select_from(_OBSERVATIONS)
    query = query.where(*_conditions(exchange_id, theme, unthemed, kinds))
    return int(session.execute(query).scalar_one())


def speaker_ids(session: Session, exchange_id: str) -> list[str]:
    """The people quoted in an exchange's live observations."""
    table = _OBSERVATIONS
    query: Any = (
        select(table.c.speaker_id)
        .where(
            table.c.exchange_id == exchange_id,
            table.c.deleted_at.is_(None),
            table.c.speaker_id.isnot(None),
        )
        .distinct()
    )
    return [row[0] for row in session.execute(query)]
