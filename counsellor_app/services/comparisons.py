"""Practice comparisons across organisations: the matrix and evidence for practices."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from counsellor_app.domain.errors import DomainError
from counsellor_app.domain.queries import PageQuery
from counsellor_app.domain.records import (
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Practice,
    Theme,
)
from counsellor_app.services.workspace import Workspace

# Observations offered as evidence for the comparisons of one exchange stay this many.
QUOTE_LIMIT = 2000


@dataclass(frozen=True)
class MatrixCell:
    """One organisation's practice for one aspect (None where nothing is recorded yet)."""

    comparison_id: str
    organisation_id: str
    description: str | None
    observed_on: date | None


@dataclass(frozen=True)
class ComparisonMatrix:
    """Aspects as rows, organisations as columns; ``cells[row][column]``."""

    comparisons: tuple[Comparison, ...]
    organisations: tuple[Organisation, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]

    def gaps(self) -> int:
        """How many cells have no practice recorded."""
        return sum(1 for row in self.cells for cell in row if cell.description is None)


def _names_match(name: str, candidates: list[Theme] | list[Organisation]) -> set[str]:
    wanted = name.strip().casefold()
    return {c.id for c in candidates if c.name.casefold() == wanted}


def comparison_matrix(
    workspace: Workspace,
    *,
    exchange_id: str | None = None,
    theme: str | None = None,
    organisation: str | None = None,
) -> ComparisonMatrix:
    """The matrix of comparisons, optionally of one exchange, on one theme, for one organisation.

    Columns are the organisations with a practice in any listed comparison (or the one asked
    for), in name order; rows are sorted by aspect.
    """
    comparisons = workspace.comparisons.all()
    organisations = workspace.organisations.all()
    if exchange_id:
        comparisons = [c for c in comparisons if c.exchange == exchange_id]
    if theme:
        wanted = _names_match(theme, workspace.themes.all())
        comparisons = [c for c in comparisons if wanted.intersection(c.themes)]
    columns_ids: set[str] = {p.organisation for c in comparisons for p in c.practices}
    if organisation:
        columns_ids = _names_match(organisation, organisations)
    columns = sorted(
        (o for o in organisations if o.id in columns_ids), key=lambda o: o.name.casefold()
    )
    comparisons.sort(key=lambda c: (c.aspect.casefold(), c.observed_on or date.min))
    cells = []
    for comparison in comparisons:
        by_org = {p.organisation: p for p in comparison.practices}
        cells.append(
            tuple(
                MatrixCell(
                    comparison.id,
                    o.id,
                    by_org[o.id].description if o.id in by_org else None,
                    comparison.observed_on,
                )
                for o in columns
            )
        )
    return ComparisonMatrix(tuple(comparisons), tuple(columns), tuple(cells))


def attach_evidence(
    workspace: Workspace,
    comparison_id: str,
    organisation_id: str,
    observation_id: str,
    *,
    description: str | None = None,
) -> Comparison:
    """Attaches an observation as evidence of one organisation's practice in a comparison.

    If the comparison has no practice for that organisation yet, one is added with
    ``description`` (required then). Attaching twice changes nothing.
    """
    comparison = workspace.comparisons.get(comparison_id)
    workspace.observations.get(observation_id)
    practices = list(comparison.practices)
    for i, practice in enumerate(practices):
        if practice.organisation == organisation_id:
            if observation_id in practice.evidence:
                return comparison
            practices[i] = dataclasses.replace(
                practice, evidence=(*practice.evidence, observation_id)
            )
            break
    else:
        if not description:
            raise DomainError(
                "This comparison has no practice for that organisation yet: describe it first."
            )
        workspace.organisations.get(organisation_id)
        practices.append(
            Practice(
                organisation=organisation_id, description=description, evidence=(observation_id,)
            )
        )
    return workspace.comparisons.update(dataclasses.replace(comparison, practices=tuple(practices)))


@dataclass(frozen=True)
class MatrixSource:
    """Everything a matrix is built from, read once so that filtering needs no query."""

    comparisons: tuple[Comparison, ...]
    organisations: tuple[Organisation, ...]
    themes: tuple[Theme, ...]
    exchanges: tuple[Exchange, ...]


def load_matrix_source(workspace: Workspace) -> MatrixSource:
    """Reads the live comparisons, organisations, themes and exchanges (four queries)."""
    return MatrixSource(
        tuple(workspace.comparisons.all()),
        tuple(sorted(workspace.organisations.all(), key=lambda o: o.name.casefold())),
        tuple(sorted(workspace.themes.all(), key=lambda t: t.name.casefold())),
        tuple(sorted(workspace.exchanges.all(), key=lambda e: e.title.casefold())),
    )


def build_matrix(
    source: MatrixSource,
    *,
    exchange_id: str | None = None,
    theme_id: str | None = None,
    organisation_id: str | None = None,
    with_exchange_organisations: bool = True,
) -> ComparisonMatrix:
    """The matrix of ``source`` filtered by ids, without touching the database.

    Columns are the organisations with a practice in a listed comparison and, with
    ``with_exchange_organisations``, those taking part in a listed comparison's exchange, so
    that an agency with no practice recorded yet shows as a column of gaps. With
    ``organisation_id`` the one column is that organisation and every comparison stays a row.
    """
    comparisons = [
        c
        for c in source.comparisons
        if (not exchange_id or c.exchange == exchange_id) and (not theme_id or theme_id in c.themes)
    ]
    if organisation_id:
        column_ids = {organisation_id}
    else:
        column_ids = {p.organisation for c in comparisons for p in c.practices}
        if with_exchange_organisations:
            exchanges = {e.id: e for e in source.exchanges}
            for comparison in comparisons:
                exchange = exchanges.get(comparison.exchange or "")
                if exchange is not None:
                    column_ids.update(exchange.organisations)
    columns = tuple(o for o in source.organisations if o.id in column_ids)
    comparisons.sort(key=lambda c: (c.aspect.casefold(), c.observed_on or date.min))
    cells = []
    for comparison in comparisons:
        by_org = {p.organisation: p.description for p in comparison.practices}
        cells.append(
            tuple(
                MatrixCell(comparison.id, o.id, by_org.get(o.id), comparison.observed_on)
                for o in columns
            )
        )
    return ComparisonMatrix(tuple(comparisons), columns, tuple(cells))


@dataclass(frozen=True)
class Quote:
    """An observation as evidence shows it: its text and who said it."""

    observation_id: str
    text: str
    speaker: str | None = None
    role: str | None = None
    organisation: str | None = None
    exchange: str | None = None


def _quotes(workspace: Workspace, observations: list[Observation]) -> list[Quote]:
    speaker_ids = [o.speaker for o in observations if o.speaker]
    people: dict[str, Person] = workspace.people.get_many(speaker_ids) if speaker_ids else {}
    org_ids = [p.organisation for p in people.values() if p.organisation]
    organisations = workspace.organisations.get_many(org_ids) if org_ids else {}
    quotes = []
    for observation in observations:
        person = people.get(observation.speaker or "")
        organisation = organisations.get(person.organisation or "") if person else None
        quotes.append(
            Quote(
                observation.id,
                observation.text,
                person.name if person else None,
                person.role if person else None,
                organisation.name if organisation else None,
                observation.exchange,
            )
        )
    return quotes


def exchange_quotes(workspace: Workspace, exchange_id: str | None) -> list[Quote]:
    """The observations of an exchange (of every exchange when None), oldest first."""
    where = (("exchange", exchange_id),) if exchange_id else ()
    page = workspace.observations.page(
        PageQuery(limit=QUOTE_LIMIT, where=where, sort="recorded_at")
    )
    return _quotes(workspace, list(page.items))


def quotes_of(workspace: Workspace, observation_ids: list[str]) -> dict[str, Quote]:
    """Quotes of the given observations (those in the trash or gone are left out)."""
    found = workspace.observations.get_many(observation_ids) if observation_ids else {}
    ordered = [found[i] for i in observation_ids if i in found]
    return {q.observation_id: q for q in _quotes(workspace, ordered)}
