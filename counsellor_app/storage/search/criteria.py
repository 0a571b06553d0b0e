"""The filters of a search, what it finds, and the filters' SQL on each kind of record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

KINDS = ("observation", "comparison", "exchange", "person", "organisation")
# Matches beyond which only the newest are ranked (see ``sqlite.sqlite_find``); read as
# ``criteria.BROAD`` when a search runs, so that tests may make it small.
BROAD = 2_000


@dataclass(frozen=True)
class Criteria:
    """Filters, checked and resolved by the service; None means no filter."""

    exchange: str | None = None
    theme: str | None = None
    organisation: str | None = None
    kind: str | None = None
    speaker: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def any(self) -> bool:
        return any(v is not None for v in vars(self).values())


@dataclass(frozen=True)
class Found:
    kind: str
    id: str
    score: float


def filter_sql(kind: str, criteria: Criteria, dialect: str) -> list[str] | None:
    """Conditions on the record (aliased r) narrowing to the filters; None: kind excluded."""
    conditions: list[str] = []
    c = criteria
    if kind == "observation":
        if c.exchange is not None:
            conditions.append("r.exchange_id = :f_exchange")
        if c.theme is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM observation_themes x JOIN themes t ON t.id = x.theme_id"
                " WHERE x.observation_id = r.id AND t.deleted_at IS NULL"
                " AND lower(t.name) = lower(:f_theme))"
            )
        if c.organisation is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM people s JOIN organisations g ON g.id = s.organisation_id"
                " WHERE s.id = r.speaker_id AND g.deleted_at IS NULL"
                " AND lower(g.name) = lower(:f_organisation))"
            )
        if c.kind is not None:
            conditions.append("r.kind = :f_kind")
        if c.speaker is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM people s WHERE s.id = r.speaker_id"
                " AND lower(s.name) = lower(:f_speaker))"
            )
        day = "substr(coalesce(r.recorded_at, r.created_at), 1, 10)"
    elif kind == "comparison":
        if c.kind is not None or c.speaker is not None:
            return None
        if c.exchange is not None:
            conditions.append("r.exchange_id = :f_exchange")
        if c.theme is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM comparison_themes x JOIN themes t ON t.id = x.theme_id"
                " WHERE x.comparison_id = r.id AND t.deleted_at IS NULL"
                " AND lower(t.name) = lower(:f_theme))"
            )
        if c.organisation is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM practices x JOIN organisations g"
                " ON g.id = x.organisation_id WHERE x.comparison_id = r.id"
                " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
            )
        day = "coalesce(CAST(r.observed_on AS VARCHAR(10)), substr(r.created_at, 1, 10))"
    else:
        if any(v is not None for v in (c.theme, c.kind, c.speaker, c.since, c.until)):
            return None
        if kind == "exchange":
            if c.exchange is not None:
                conditions.append("r.id = :f_exchange")
            if c.organisation is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM exchange_organisations x JOIN organisations g"
                    " ON g.id = x.organisation_id WHERE x.exchange_id = r.id"
                    " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
                )
        elif kind == "organisation":
            if c.exchange is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM exchange_organisations x"
                    " WHERE x.organisation_id = r.id AND x.exchange_id = :f_exchange)"
                )
            if c.organisation is not None:
                conditions.append("lower(r.name) = lower(:f_organisation)")
        else:
            if c.exchange is not None:
                conditions.append(
                    "(EXISTS (SELECT 1 FROM visit_participants x JOIN visits v"
                    " ON v.id = x.visit_id WHERE x.person_id = r.id AND v.deleted_at IS NULL"
                    " AND v.exchange_id = :f_exchange)"
                    " OR EXISTS (SELECT 1 FROM observations o WHERE o.speaker_id = r.id"
                    " AND o.deleted_at IS NULL AND o.exchange_id = :f_exchange))"
                )
            if c.organisation is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM organisations g WHERE g.id = r.organisation_id"
                    " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
                )
        day = ""
    if c.since is not None:
        conditions.append(f"{day} >= :f_since")
    if c.until is not None:
        conditions.append(f"{day} <= :f_until")
    return conditions


def narrowing_sql(kind: str, criteria: Criteria) -> list[str]:
    """Conditions on the record (aliased r) that :func:`filter_sql`'s imply, written so that
    an index of the record's table can find the records passing them (a speaker's or an
    organisation's observations through the index of their speaker), for a search that
    reads the records passing the filters first."""
    if kind != "observation":
        return []
    conditions = []
    if criteria.speaker is not None:
        conditions.append(
            "r.speaker_id IN (SELECT s.id FROM people s WHERE lower(s.name) = lower(:f_speaker))"
        )
    if criteria.organisation is not None:
        conditions.append(
            "r.speaker_id IN (SELECT s.id FROM people s JOIN organisations g"
            " ON g.id = s.organisation_id WHERE g.deleted_at IS NULL"
            " AND lower(g.name) = lower(:f_organisation))"
        )
    return conditions


def filter_params(criteria: Criteria) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in vars(criteria).items():
        if value is not None:
            params[f"f_{name}"] = value.isoformat() if isinstance(value, date) else value
    return params


TABLES = {
    "observation": "observations",
    "comparison": "comparisons",
    "exchange": "exchanges",
    "person": "people",
    "organisation": "organisations",
}
