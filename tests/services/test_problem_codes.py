"""Problems the services find (references, names taken) carry codes the window translates."""

from __future__ import annotations

import pytest

from counsellor_app.domain import (
    Exchange,
    Observation,
    ObservationKind,
    Organisation,
    ValidationError,
)
from counsellor_app.services.workspace import Workspace

MISSING = "00000000-0000-4000-8000-000000000000"


def test_a_missing_reference_names_the_kind_and_the_id(workspace: Workspace) -> None:
    exchange = workspace.exchanges.create(Exchange(title="French-Belgian exchange"))
    with pytest.raises(ValidationError) as caught:
        workspace.observations.create(
            Observation(
                exchange=exchange.id, kind=ObservationKind.LESSON, text="x", speaker=MISSING
            )
        )
    [problem] = caught.value.problems_for("speaker")
    assert (problem.code, problem.args) == ("no-such-record", ("person", MISSING))
    assert problem.message == f"no person with id {MISSING}"


def test_a_name_taken_names_the_kind_and_the_name(workspace: Workspace) -> None:
    workspace.organisations.create(Organisation(name="OFII"))
    with pytest.raises(ValidationError) as caught:
        workspace.organisations.create(Organisation(name="OFII"))
    [problem] = caught.value.problems_for("name")
    assert (problem.code, problem.args) == ("name-taken", ("organisation", "OFII"))
    assert problem.message == "another organisation is already called 'OFII'"
