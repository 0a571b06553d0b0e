"""The comparison matrix and attaching evidence to a practice."""

from __future__ import annotations

import pytest

from counsellor_app.domain import DomainError
from counsellor_app.services.comparisons import (
    attach_evidence,
    build_matrix,
    comparison_matrix,
    exchange_quotes,
    load_matrix_source,
    quotes_of,
)
from counsellor_app.services.interchange import import_document
from counsellor_app.services.workspace import Workspace
from tests.builders import rich_document


def test_the_matrix_shows_aspects_by_organisation_with_gaps(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    matrix = comparison_matrix(sqlite_workspace)
    assert [o.name for o in matrix.organisations] == ["Fedasil", "OFII"]
    assert [c.aspect for c in matrix.comparisons] == [
        "In how many countries reintegration is organised",
        "Who informs asylum seekers about voluntary return",
    ]
    assert matrix.cells[0][0].description is None  # no Fedasil practice on that aspect yet
    assert matrix.cells[1][1].description == "State officials outside the reception structures."
    assert matrix.gaps() == 1


def test_the_matrix_filters_by_theme_and_organisation(sqlite_workspace: Workspace) -> None:
    import_document(sqlite_workspace, rich_document())
    on_trust = comparison_matrix(sqlite_workspace, theme="trust")
    assert [c.aspect for c in on_trust.comparisons] == [
        "Who informs asylum seekers about voluntary return"
    ]
    ofii = comparison_matrix(sqlite_workspace, organisation="OFII")
    assert [o.name for o in ofii.organisations] == ["OFII"]
    assert ofii.gaps() == 0


def test_an_observation_becomes_evidence_for_a_practice(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    comparison = document["comparisons"][1]
    ofii = document["organisations"][1]["id"]
    fedasil = document["organisations"][0]["id"]
    quote = document["observations"][0]["id"]

    updated = attach_evidence(sqlite_workspace, comparison["id"], ofii, quote)
    assert updated.practices[0].evidence == (quote,)
    assert attach_evidence(sqlite_workspace, comparison["id"], ofii, quote) == updated

    with pytest.raises(DomainError, match="describe it first"):
        attach_evidence(sqlite_workspace, comparison["id"], fedasil, quote)
    added = attach_evidence(
        sqlite_workspace, comparison["id"], fedasil, quote, description="Relies on IOM"
    )
    assert [p.organisation for p in added.practices] == [ofii, fedasil]
    assert sqlite_workspace.history(comparison["id"])[0]["action"] == "update"


def test_a_matrix_source_is_read_once_and_filtered_by_ids(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    fedasil, ofii = (o["id"] for o in document["organisations"][:2])
    trust = next(t["id"] for t in document["themes"] if t["name"] == "Trust")
    source = load_matrix_source(sqlite_workspace)

    everything = build_matrix(source, with_exchange_organisations=False)
    assert everything == comparison_matrix(sqlite_workspace)
    on_trust = build_matrix(source, theme_id=trust)
    assert [c.aspect for c in on_trust.comparisons] == [
        "Who informs asylum seekers about voluntary return"
    ]
    only_fedasil = build_matrix(source, organisation_id=fedasil)
    assert [o.id for o in only_fedasil.organisations] == [fedasil]
    assert only_fedasil.gaps() == 1
    other = document["exchanges"][1]["id"]
    assert build_matrix(source, exchange_id=other).comparisons == ()
    assert {o.id for o in everything.organisations} == {fedasil, ofii}


def test_organisations_of_the_exchange_show_as_columns_of_gaps(
    sqlite_workspace: Workspace,
) -> None:
    document = rich_document()
    exchange = document["exchanges"][0]
    iom = document["organisations"][2]["id"]
    exchange["organisations"].append(iom)
    import_document(sqlite_workspace, document)
    matrix = build_matrix(load_matrix_source(sqlite_workspace))
    column = [o.id for o in matrix.organisations].index(iom)
    assert all(row[column].description is None for row in matrix.cells)


def test_quotes_name_their_speaker(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    exchange = document["exchanges"][0]["id"]
    quotes = exchange_quotes(sqlite_workspace, exchange)
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Guillaume", "Isabelle", "Guy"}
    wanted = [document["observations"][1]["id"], "missing"]
    found = quotes_of(sqlite_workspace, wanted)
    assert list(found) == [wanted[0]]
    assert found[wanted[0]].speaker == "Isabelle"
