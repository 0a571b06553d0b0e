"""Stored text: one normal form, trimmed names, and no characters that are not text or that
make text read differently from how it is stored."""

from __future__ import annotations

import unicodedata

import pytest

from counsellor_app.domain import Organisation, Theme, ValidationError
from counsellor_app.domain.text_rules import is_blank, one_line, stored_form
from counsellor_app.domain.validation import validate


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("next line \x85 here", "U+0085"),  # C1 control
        ("csi \x9b31m red", "U+009B"),
        ("delete \x7f", "U+007F"),
        ("evil \u202egnp.exe", "U+202E"),  # right-to-left override
        ("embedded \u202a text", "U+202A"),
        ("isolated \u2067 text", "U+2067"),
        ("half \ud800 a pair", "U+D800"),  # a lone surrogate
    ],
)
def test_controls_direction_overrides_and_lone_surrogates_are_refused(
    text: str, point: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(Theme(name="Trust", description=text))
    (problem,) = caught.value.problems
    assert problem.path == "description" and problem.code == "control-character"
    assert problem.args[0] == point


def test_a_required_name_of_zero_width_characters_is_empty() -> None:
    for name in ("\u200b", "\u200b\u200c\u2060", "\ufeff ", "\u3164", "\u00a0\u200b"):
        with pytest.raises(ValidationError) as caught:
            validate(Organisation(name=name))
        assert [p.code for p in caught.value.problems] == ["required"], repr(name)
    assert is_blank("\u200b \u2060") and not is_blank("\u200ba")


def test_names_are_trimmed_and_stored_in_normal_form_c() -> None:
    assert validate(Theme(name=" Trust\u00a0")).name == "Trust"
    assert validate(Theme(name="\u200bTrust\ufeff")).name == "Trust"
    decomposed = "Re\u0301inte\u0301gration"
    stored = validate(Theme(name=decomposed, description=decomposed))
    assert stored.name == "Réintégration" == unicodedata.normalize("NFC", decomposed)
    assert stored.description == "Réintégration"
    # Long texts keep their own spaces; an emoji keeps its presentation selector.
    assert validate(Theme(name="x", description="  indented\n")).description == "  indented\n"
    assert stored_form("Team \u2764\ufe0f", short=True) == "Team \u2764\ufe0f"


def test_one_line_escapes_what_would_break_or_turn_a_line() -> None:
    assert one_line("a\nb\tc") == "a\\nb\\tc"
    assert one_line("name\u202egnp") == "name\\u202egnp"
    assert one_line("byte \udcff") == "byte \\xff"
    assert one_line("\x85") == "\\u0085"
    assert len(one_line("x" * 10_000)) == 2000
