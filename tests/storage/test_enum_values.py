"""Choice fields are stored as their text, converted by a lookup made once per field."""

from __future__ import annotations

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.schema import OBSERVATION

KIND = OBSERVATION.field("kind")


def test_the_lookup_gives_the_text_of_any_value():
    write = KIND.meaning.column_writer(KIND)
    assert write is not None
    for value, text in [
        (ObservationKind.QUOTE, "quote"),
        ("quote", "quote"),
        (None, None),
        ("not a kind", "not a kind"),
        (3, "3"),
    ]:
        assert write(value) == text, value
    for kind in ObservationKind:
        assert write(kind) == kind.value
        assert type(write(kind)) is str  # the driver gets plain text


def test_the_stored_text_reads_back_as_the_member():
    write, read = KIND.meaning.column_writer(KIND), KIND.meaning.column_reader(KIND)
    assert write is not None and read is not None
    for kind in ObservationKind:
        assert read(write(kind)) is kind
    assert read(None) is None
