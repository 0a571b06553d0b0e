"""Choice fields are stored as their text, converted by a lookup made once per field."""

from __future__ import annotations

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.storage.repository import _enum_value, _EnumValues


def test_the_lookup_gives_what_the_converter_gives():
    values = _EnumValues(list(ObservationKind))
    for value in (*ObservationKind, "quote", None, "not a kind", 3):
        assert values[value] == _enum_value(value), value
    assert values[ObservationKind.QUOTE] == "quote"
    assert isinstance(values[ObservationKind.QUOTE], str)
    assert type(values[ObservationKind.QUOTE]) is str  # the driver gets plain text
