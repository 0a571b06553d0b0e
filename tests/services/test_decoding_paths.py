"""The two ways of reading a list of the file agree: whole columns at once, record by record.

A list is read a column at a time when every value is plain; anything unusual sends it to the
record-by-record reader, which names each problem. These tests feed both the same lists and
compare what comes out, so a shortcut of the fast path cannot change what an import stores.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsellor_app.domain.records import Observation, records_from_rows
from counsellor_app.domain.schema import ENTITIES, EntitySpec
from counsellor_app.services.decoding import columns, decode_document
from tests.builders import bulk_document, rich_document, uid
from tests.perf.generate import generate_document

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@dataclass
class Paths:
    """Which lists (by kind, one entry per part) the fast path read, and which it left to the
    record-by-record reader."""

    fast: list[str] = field(default_factory=list)
    careful: list[str] = field(default_factory=list)


def _both(document: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, Paths]:
    """(fast result, record-by-record result, which path each list took)."""
    paths = Paths()
    whole_list = columns.whole_list

    def counting(spec: EntitySpec, *args: Any) -> Any:
        result = whole_list(spec, *args)
        (paths.careful if result is None else paths.fast).append(spec.key)
        return result

    monkeypatch.setattr(columns, "whole_list", counting)
    fast = decode_document(copy.deepcopy(document), NOW, "tester")
    monkeypatch.setattr(columns, "whole_list", lambda *args: None)
    slow = decode_document(copy.deepcopy(document), NOW, "tester")
    return fast, slow, paths


def _same(fast: Any, slow: Any) -> None:
    assert fast.problems == slow.problems
    assert fast.all_ids == slow.all_ids
    for key, items in slow.records.items():
        assert [(i, r, set(g)) for i, r, g in fast.records[key]] == [
            (i, r, set(g)) for i, r, g in items
        ], key
        for (_, a, _), (_, b, _) in zip(fast.records[key], items, strict=True):
            # Equal values of the same types (an enumeration member, not its text).
            assert {k: type(v) for k, v in vars(a).items()} == {
                k: type(v) for k, v in vars(b).items()
            }


@pytest.mark.parametrize(
    "document",
    [rich_document(), bulk_document(300), generate_document(500)],
    ids=["rich", "bulk", "generated"],
)
def test_valid_files_read_alike_and_take_the_fast_path(
    document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, slow, paths = _both(document, monkeypatch)
    _same(fast, slow)
    assert not fast.problems
    # Every list of a valid file, each part of it, went the fast way.
    assert paths.careful == []
    assert set(paths.fast) == {spec.key for spec in ENTITIES if document.get(spec.plural)}


def _observation(document: dict[str, Any]) -> dict[str, Any]:
    return document["observations"][0]  # type: ignore[no-any-return]


def _set(**changes: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        for name, value in changes.items():
            if value is KeyError:
                _observation(document).pop(name, None)
            else:
                _observation(document)[name] = value

    return change


VARIANTS = {
    "windows line endings": _set(text="line one\r\nline two"),
    "blank translation": _set(translation="   "),
    "empty translation": _set(translation=""),
    "no translation": _set(translation=None),
    "blank required text": _set(text=" \n "),
    "control character": _set(text="bell \x07 here"),
    "text too long": _set(text="x" * 200_001),
    "number for text": _set(text=12),
    "unknown kind": _set(kind="rumour"),
    "kind missing": _set(kind=KeyError),
    "upper-case id": lambda d: _observation(d).update(id=_observation(d)["id"].upper()),
    "empty id": _set(id=""),
    "reference not an id": _set(exchange="exchange one"),
    "theme listed twice": lambda d: _observation(d).update(
        themes=[d["themes"][0]["id"], d["themes"][0]["id"]]
    ),
    "themes not a list": _set(themes="all"),
    "theme not text": _set(themes=[3]),
    "no themes": _set(themes=None),
    "empty themes": _set(themes=[]),
    "timestamp without zone": _set(recorded_at="2016-09-28T15:00:00"),
    "impossible timestamp": _set(recorded_at="2016-02-30T15:00:00+02:00"),
    "meta for one record only": _set(created_at="2016-09-28T15:00:00+02:00"),
    "meta by someone": _set(created_by="Someone Else"),
    "unknown field": _set(mood="cheerful"),
    "not an object": lambda d: d["observations"].append("an observation"),
    "language in capitals": _set(language="FR"),
    "bad language": _set(language="français"),
    "list of meta for all": lambda d: [
        o.update(created_at="2016-09-28T15:00:00+02:00", created_by="Anna")
        for o in d["observations"]
    ],
    "decomposed accents": _set(text="re\u0301inte\u0301gration", recorded_by="Re\u0301gis"),
    "C1 control": _set(text="next line \x85 here"),
    "bidi override": _set(translation="abc \u202e fed"),
    "lone surrogate": _set(text="half \ud800 a pair"),
    "zero-width required text": _set(text="\u200b\u200b"),
    "padded short text": _set(recorded_by="\u00a0Régis\u200b "),
    "two ids in one": lambda d: _observation(d).update(
        id=_observation(d)["id"] + "\n" + d["observations"][1]["id"]
    ),
    "reversed dates": lambda d: d["exchanges"][0].update(start="2016-10-02", end="2016-09-26"),
    "impossible date": lambda d: d["exchanges"][0].update(start="2016-02-30"),
}


# The variants the fast path still reads a column at a time (each changes the observations,
# but for the last two, which change the exchanges); any other sends its list record by record.
STILL_PLAIN = {
    "windows line endings",
    "blank translation",
    "empty translation",
    "no translation",
    "no themes",
    "empty themes",
    "language in capitals",
    "list of meta for all",
}
CHANGES_EXCHANGES = {"reversed dates", "impossible date"}


@pytest.mark.parametrize("variant", list(VARIANTS), ids=list(VARIANTS))
def test_unusual_values_read_alike(variant: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = rich_document()
    VARIANTS[variant](document)
    fast, slow, paths = _both(document, monkeypatch)
    _same(fast, slow)
    kind = "exchange" if variant in CHANGES_EXCHANGES else "observation"
    assert (kind in paths.fast) is (variant in STILL_PLAIN)
    assert (kind in paths.careful) is (variant not in STILL_PLAIN)
    # The lists the variant leaves alone go the fast way still.
    assert "organisation" in paths.fast and "organisation" not in paths.careful


def test_records_from_rows_equal_those_the_constructor_makes() -> None:
    values = {
        "id": uid(),
        "created_at": NOW,
        "updated_at": NOW,
        "created_by": "a",
        "updated_by": "b",
        "version": 1,
        "deleted_at": None,
        "exchange": uid(),
        "kind": "quote",
        "text": "text",
        "visit": None,
        "language": "fr",
        "translation": None,
        "speaker": None,
        "recorded_by": None,
        "recorded_at": None,
        "themes": (uid(),),
    }
    names = list(values)
    (made,) = records_from_rows(Observation, names, [tuple(values.values())])
    assert made == Observation(**values)  # type: ignore[arg-type]
    assert hash(made) == hash(Observation(**values))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="every field"):
        records_from_rows(Observation, names[:-1], [tuple(values.values())[:-1]])


_TEXTS = st.one_of(
    st.none(),
    st.integers(),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "\r\n",
            "a\r\nb",
            "\t",
            "x\x07y",
            "ok",
            "e\u0301",
            "\u200b",
            " a ",
            "\x85",
            "\ud800",
        ]
    ),
)
_IDS = st.one_of(st.none(), st.just(""), st.just("not an id"), st.builds(lambda: uid()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_TEXTS,
    translation=_TEXTS,
    language=st.one_of(st.none(), st.sampled_from(["fr", "FR", "zh-Hans", "français", "", 3])),
    kind=st.one_of(st.none(), st.sampled_from(["quote", "lesson", "rumour", "", 1])),
    speaker=_IDS,
    themes=st.one_of(st.none(), st.lists(st.one_of(_IDS, st.integers()), max_size=3)),
    recorded_at=st.one_of(
        st.none(),
        st.sampled_from(
            ["2016-09-28T15:00:00+02:00", "2016-09-28T15:00:00", "2016-02-30T10:00:00Z", "x"]
        ),
    ),
)
def test_any_values_read_alike(
    text: Any,
    translation: Any,
    language: Any,
    kind: Any,
    speaker: Any,
    themes: Any,
    recorded_at: Any,
) -> None:
    document = rich_document()
    observation = _observation(document)
    observation.update(
        text=text,
        translation=translation,
        language=language,
        kind=kind,
        speaker=speaker,
        themes=themes,
        recorded_at=recorded_at,
    )
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, slow, _ = _both(document, monkeypatch)
        _same(fast, slow)
