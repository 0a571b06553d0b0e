"""Observations and comparisons for the comparison tests, on top of the ``seeded`` world."""

from __future__ import annotations

from datetime import date
from typing import Any

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import Comparison, Exchange, Observation, Practice
from counsellor_app.services.workspace import Workspace


def add_quotes(workspace: Workspace, seeded: dict[str, Any]) -> dict[str, Observation]:
    exchange = seeded["exchange"].id
    said = {
        "counsellors": (
            "At Fedasil it's the counsellors, not the state officials, who inform.",
            "guillaume",
        ),
        "officials": ("At OFII state officials meet the migrants in the prefecture.", "isabelle"),
        "trust": ("Trust takes months to build.", "guillaume"),
    }
    return {
        key: workspace.observations.create(
            Observation(
                exchange=exchange,
                kind=ObservationKind.QUOTE,
                text=text,
                speaker=seeded[speaker].id,
            )
        )
        for key, (text, speaker) in said.items()
    }


def add_comparisons(workspace: Workspace, seeded: dict[str, Any]) -> dict[str, Comparison]:
    """Two comparisons of the seeded exchange (one on Trust) and one of another exchange."""
    fedasil, ofii = seeded["fedasil"].id, seeded["ofii"].id
    other = workspace.exchanges.create(Exchange(title="Study visit", organisations=(ofii,)))
    informs = workspace.comparisons.create(
        Comparison(
            aspect="Who informs asylum seekers about voluntary return",
            exchange=seeded["exchange"].id,
            observed_on=date(2016, 10, 7),
            themes=(seeded["trust"].id,),
            practices=(
                Practice(organisation=fedasil, description="Return counsellors in the centres."),
                Practice(organisation=ofii, description="State officials."),
            ),
        )
    )
    countries = workspace.comparisons.create(
        Comparison(
            aspect="In how many countries reintegration is organised",
            exchange=seeded["exchange"].id,
            themes=(seeded["information"].id,),
            practices=(Practice(organisation=ofii, description="From A to Z in 21 countries."),),
        )
    )
    abroad = workspace.comparisons.create(
        Comparison(
            aspect="Offices abroad",
            exchange=other.id,
            practices=(Practice(organisation=ofii, description="Offices in 8 countries."),),
        )
    )
    return {"informs": informs, "countries": countries, "abroad": abroad, "other": other}
