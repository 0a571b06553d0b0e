"""Practice comparisons across organisations: the matrix and evidence for practices."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from counsellor_app.domain.errors import DomainError
from counsellor_app.domain.records import Comparison, Organisation, Practice, Theme
from counsellor_app.services.workspace import Workspace


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
