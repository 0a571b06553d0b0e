"""Every rule names itself: a problem carries a code and the values its sentence needs, so the
window can say it in the user's language, while its English message stays as it was."""

from __future__ import annotations

from datetime import date

import pytest

from counsellor_app.domain import (
    Comparison,
    Exchange,
    Observation,
    ObservationKind,
    Organisation,
    Practice,
    ValidationError,
)
from counsellor_app.domain.errors import Problem
from counsellor_app.domain.schema import FieldSpec, FieldType
from counsellor_app.domain.validation import problems_of, text_issue, validate

EXCHANGE = "11111111-1111-4111-8111-111111111111"
THEME = "22222222-2222-4222-8222-222222222222"
FEDASIL = "33333333-3333-4333-8333-333333333333"


def _only(record: object, path: str) -> Problem:
    found = [p for p in problems_of(record) if p.path == path]  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def _observation(**changes: object) -> Observation:
    values: dict[str, object] = {
        "exchange": EXCHANGE,
        "kind": ObservationKind.QUOTE,
        "text": "They depend more on the state.",
    }
    values.update(changes)
    return Observation(**values)  # type: ignore[arg-type]


def test_an_empty_required_field_is_required() -> None:
    problem = _only(_observation(text=""), "text")
    assert (problem.code, problem.args, problem.message) == ("required", (), "is required")
    problem = _only(_observation(text=" \n "), "text")
    assert (problem.code, problem.args) == ("required", ())
    problem = _only(_observation(exchange=None), "exchange")
    assert (problem.code, problem.args) == ("required", ())


def test_a_text_over_its_limit_is_too_long_with_both_numbers_unformatted() -> None:
    problem = _only(Organisation(name="x" * 12_345), "name")
    assert problem.code == "too-long"
    assert problem.args == ("12345", "300")
    assert problem.message == "is 12,345 characters long; the limit is 300"


def test_a_control_character_is_named_with_its_position() -> None:
    problem = _only(Organisation(name="ab\x07c"), "name")
    assert problem.code == "control-character"
    assert problem.args == ("U+0007", "3")
    assert problem.message == "contains a control character (U+0007) at position 3; remove it"


def test_country_and_language_codes() -> None:
    problem = _only(Organisation(name="Fedasil", country="XYZ"), "country")
    assert (problem.code, problem.args) == ("country", ("XYZ",))
    assert problem.message == "'XYZ' is not a two-letter country code such as BE or FR"
    problem = _only(_observation(language="français"), "language")
    assert (problem.code, problem.args) == ("language", ("français",))
    assert problem.message == "'français' is not a language tag such as fr, nl or zh-Hans"


def test_a_value_outside_a_closed_list_lists_the_allowed_ones() -> None:
    problem = _only(_observation(kind="rumour"), "kind")
    assert problem.code == "not-one-of"
    assert problem.args == ("rumour", *(k.value for k in ObservationKind))
    assert problem.message.startswith("'rumour' is not one of: ")


def test_references_that_are_no_ids_or_come_twice() -> None:
    problem = _only(_observation(speaker="Guillaume"), "speaker")
    assert (problem.code, problem.args) == ("not-record-id", ("Guillaume",))
    assert problem.message == "'Guillaume' is not a record id"
    problem = _only(_observation(themes=(THEME, THEME)), "themes[1]")
    assert (problem.code, problem.args) == ("listed-twice", (THEME,))
    assert problem.message == f"{THEME} is listed twice"


def test_an_end_before_its_start() -> None:
    exchange = Exchange(title="Visit", start=date(2024, 2, 1), end=date(2024, 1, 1))
    problem = _only(exchange, "end")
    assert (problem.code, problem.args) == ("end-before-start", ("2024-01-01", "2024-02-01"))
    assert problem.message == "2024-01-01 is before start 2024-02-01"


def test_two_practices_of_one_organisation() -> None:
    comparison = Comparison(
        exchange=EXCHANGE,
        aspect="Who informs",
        practices=(
            Practice(organisation=FEDASIL, description="a"),
            Practice(organisation=FEDASIL, description="b"),
        ),
    )
    problem = _only(comparison, "practices[1].organisation")
    assert (problem.code, problem.args) == ("practice-twice", ("1",))
    assert problem.message.startswith("organisation already has a practice in column 1")


def test_a_practice_field_problem_keeps_its_code() -> None:
    comparison = Comparison(
        exchange=EXCHANGE,
        aspect="Who informs",
        practices=(Practice(organisation=FEDASIL, description=""),),
    )
    problem = _only(comparison, "practices[0].description")
    assert (problem.code, problem.args) == ("required", ())


def test_an_id_that_is_no_uuid() -> None:
    problem = _only(Organisation(id="42", name="Fedasil"), "id")
    assert (problem.code, problem.args) == ("not-uuid", ("42",))
    assert problem.message == "'42' is not a UUID"


def test_validate_raises_the_coded_problems() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(_observation(text=""))
    assert caught.value.for_field("text") == ["is required"]
    assert [p.code for p in caught.value.problems_for("text")] == ["required"]


def test_a_text_issue_gives_the_english_message() -> None:
    spec = FieldSpec("name", FieldType.SHORT, required=True)
    assert text_issue(spec, "").message == "is required"  # type: ignore[union-attr]
    assert text_issue(spec, "fine") is None
    issue = text_issue(spec, "", "people[0].name")
    assert issue == Problem("people[0].name", "is required", "required", ())


def test_a_problem_made_the_old_way_has_no_code() -> None:
    problem = Problem("name", "unknown field")
    assert (problem.code, problem.args) == ("", ())
    assert str(problem) == "name: unknown field"
