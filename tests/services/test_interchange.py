"""The interchange file: round trips, idempotence, and every kind of bad file refused whole."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from counsellor_app.domain.errors import ValidationError
from counsellor_app.services.interchange import (
    export_document,
    import_document,
    import_file,
    parse_json,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.builders import rich_document, uid
from tests.workspaces import TickingClock


def _sorted(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every list in id order and without its export time."""
    out = {k: v for k, v in document.items() if k != "exported_at"}
    for key, value in out.items():
        if isinstance(value, list):
            out[key] = sorted(value, key=lambda r: r["id"])
    return out


def test_export_import_export_gives_the_same_document(workspace: Workspace, tmp_path: Path) -> None:
    import_document(workspace, rich_document())
    first = export_document(workspace)

    other = Workspace(open_database(tmp_path / "other.sqlite3"), actor="someone else")
    report = import_document(other, json.loads(json.dumps(first)))
    second = export_document(other)

    assert report.added["observations"] == 5
    assert _sorted(first) == _sorted(second)


def _contains(big: Any, small: Any) -> bool:
    """Every key of ``small`` is in ``big`` with the same value (recursively for objects)."""
    if isinstance(small, dict):
        return all(k in big and _contains(big[k], v) for k, v in small.items())
    if isinstance(small, list):
        return len(big) == len(small) and all(
            _contains(b, s) for b, s in zip(big, small, strict=True)
        )
    return bool(big == small)


def test_export_keeps_every_field_of_every_record(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    exported = export_document(workspace)
    for plural in ("organisations", "people", "observations", "comparisons", "visits", "actions"):
        by_id = {r["id"]: r for r in exported[plural]}
        for original in document[plural]:
            assert _contains(by_id[original["id"]], original), (plural, original["id"])
    assert all("created_at" in r and r["created_by"] == "tester" for r in exported["people"])


def test_importing_the_same_file_twice_changes_nothing(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    before = export_document(workspace)
    history_before = len(workspace.history())

    report = import_document(workspace, document)

    assert report.added == {} and report.updated == {}
    assert sum(report.unchanged.values()) == sum(
        len(v) for v in document.values() if isinstance(v, list)
    )
    assert _sorted(export_document(workspace)) == _sorted(before)
    assert len(workspace.history()) == history_before + 1  # only the import's own line


def test_import_updates_records_whose_id_exists(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    changed = copy.deepcopy(document)
    changed["people"][0]["office"] = "Brussels"

    report = import_document(workspace, changed)

    assert report.updated == {"people": 1}
    assert workspace.people.get(document["people"][0]["id"]).office == "Brussels"


def test_import_keeps_and_fills_in_who_and_when(workspace: Workspace) -> None:
    document = rich_document()
    document["themes"][0].update(
        created_at="2015-01-02T03:04:05+01:00", created_by="Régis", updated_by="Guy"
    )
    import_document(workspace, document)
    kept = workspace.themes.get(document["themes"][0]["id"])
    filled = workspace.themes.get(document["themes"][1]["id"])
    assert (
        kept.created_at is not None and kept.created_at.isoformat() == "2015-01-02T03:04:05+01:00"
    )
    assert (kept.created_by, kept.updated_by) == ("Régis", "Guy")
    assert filled.created_by == "tester" and filled.created_at is not None


def _assert_refused(workspace: Workspace, document: Any, *expected: str) -> None:
    before = export_document(workspace)
    with pytest.raises(ValidationError) as caught:
        import_document(workspace, document)
    found = [str(p) for p in caught.value.problems]
    for text in expected:
        assert any(text in line for line in found), (text, found)
    assert _sorted(export_document(workspace)) == _sorted(before)


def _doc_with(mutate: Any) -> dict[str, Any]:
    document = rich_document()
    mutate(document)
    return document


BAD_FILES = {
    "wrong format": (lambda d: d.update(format="something-else"), "format: expected"),
    "newer version": (lambda d: d.update(version=2), "version: this file is format version 2"),
    "dangling reference": (
        lambda d: d["observations"][3].update(exchange="9f300000-0000-4000-8000-000000000000"),
        "observations[3].exchange: no exchange with id 9f300000-0000-4000-8000-000000000000",
    ),
    "duplicate id": (
        lambda d: d["themes"][1].update(id=d["themes"][0]["id"]),
        "themes[1].id: duplicate id",
    ),
    "impossible date": (
        lambda d: d["visits"][0].update(start="2016-02-30"),
        "visits[0].start: '2016-02-30' is not a date",
    ),
    "end before start": (
        lambda d: d["visits"][0].update(end="2016-09-20"),
        "visits[0].end: 2016-09-20 is before start 2016-09-26",
    ),
    "missing required field": (lambda d: d["people"][2].pop("name"), "people[2].name: is required"),
    "wrong type": (
        lambda d: d["people"][1].update(named_in_reports="yes"),
        "people[1].named_in_reports: expected true or false",
    ),
    "unknown enumeration value": (
        lambda d: d["observations"][0].update(kind="rumour"),
        "observations[0].kind: 'rumour' is not one of",
    ),
    "control character": (
        lambda d: d["observations"][1].update(text="bell\x07 here"),
        "observations[1].text: contains a control character (U+0007)",
    ),
    "over-long name": (
        lambda d: d["organisations"][0].update(name="x" * 301),
        "organisations[0].name: is 301 characters long; the limit is 300",
    ),
    "unknown field": (
        lambda d: d["actions"][0].update(colour="red"),
        "actions[0].colour: unknown field",
    ),
    "two practices for one organisation": (
        lambda d: d["comparisons"][0]["practices"][1].update(
            organisation=d["comparisons"][0]["practices"][0]["organisation"]
        ),
        "comparisons[0].practices[1].organisation: organisation already has a practice",
    ),
    "timestamp without offset": (
        lambda d: d["observations"][0].update(recorded_at="2016-09-28T15:00:00"),
        "observations[0].recorded_at: '2016-09-28T15:00:00' has no time zone offset",
    ),
    "bad country": (
        lambda d: d["organisations"][1].update(country="France"),
        "organisations[1].country: 'FRANCE' is not a two-letter country code",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_whole_with_its_path(sqlite_workspace: Workspace, case: str) -> None:
    import_document(sqlite_workspace, rich_document())
    mutate, expected = BAD_FILES[case]
    document = _doc_with(mutate)
    _assert_refused(sqlite_workspace, document, expected)


def test_every_problem_is_listed_not_just_the_first(sqlite_workspace: Workspace) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["people"][0]["name"] = ""
        d["visits"][1]["end"] = "2016-01-01"
        d["observations"][2]["kind"] = "gossip"

    _assert_refused(
        sqlite_workspace,
        _doc_with(mutate),
        "people[0].name: is required",
        "visits[1].end",
        "observations[2].kind",
    )


def test_bad_json_is_refused_with_its_place() -> None:
    with pytest.raises(ValidationError, match="line 1, column 2"):
        parse_json(b"{oops")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'\xef\xbb\xbf{"a": "\xc3\xa9"}', {"a": "\u00e9"}),  # a byte-order mark, as Notepad writes
        ('{"a": 1}', {"a": 1}),
        # Read by the standard library where the fast parser refuses: very big numbers, NaN.
        (
            b'{"version": 123456789012345678901234567890}',
            {"version": 123456789012345678901234567890},
        ),
        (b'{"a": [NaN]}', None),
    ],
)
def test_json_is_read_whatever_parser_reads_it(
    data: bytes | str, expected: dict[str, object] | None
) -> None:
    parsed = parse_json(data)
    if expected is None:
        assert parsed["a"][0] != parsed["a"][0]  # NaN
    else:
        assert parsed == expected
        assert [type(v) for v in parsed.values()] == [type(v) for v in expected.values()]


def test_a_file_that_is_not_utf8_is_refused_in_plain_words() -> None:
    with pytest.raises(ValidationError, match="not UTF-8"):
        parse_json(b'{"a": "\xff"}')


def test_the_top_level_must_be_an_object(sqlite_workspace: Workspace) -> None:
    _assert_refused(sqlite_workspace, [1, 2], "expected a JSON object")


def test_a_reference_may_point_at_a_record_already_in_the_database(
    sqlite_workspace: Workspace,
) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    new_observation = {
        "id": uid(),
        "exchange": document["exchanges"][0]["id"],
        "kind": "lesson",
        "text": "A lesson learnt later.",
        "speaker": document["people"][0]["id"],
    }
    report = import_document(
        sqlite_workspace,
        {"format": "counsellor-exchange-notes", "version": 1, "observations": [new_observation]},
    )
    assert report.added == {"observations": 1}


def test_a_name_taken_by_another_record_is_refused(sqlite_workspace: Workspace) -> None:
    import_document(sqlite_workspace, rich_document())
    _assert_refused(
        sqlite_workspace,
        {
            "format": "counsellor-exchange-notes",
            "version": 1,
            "themes": [{"id": uid(), "name": "Trust"}],
        },
        "themes[0].name: another theme called 'Trust' is already in the database",
    )


def test_windows_line_endings_are_stored_as_newlines(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    document["organisations"][0]["notes"] = "one\r\ntwo"
    import_document(sqlite_workspace, document)
    assert (
        sqlite_workspace.organisations.get(document["organisations"][0]["id"]).notes == "one\ntwo"
    )


def test_records_in_the_trash_are_not_exported(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    import_document(sqlite_workspace, document)
    sqlite_workspace.observations.delete(document["observations"][0]["id"])
    exported = export_document(sqlite_workspace)
    ids = {o["id"] for o in exported["observations"]}
    assert document["observations"][0]["id"] not in ids
    evidence = [e for c in exported["comparisons"] for p in c["practices"] for e in p["evidence"]]
    assert document["observations"][0]["id"] not in evidence


def test_the_json_schema_accepts_an_export(sqlite_workspace: Workspace) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from counsellor_app.paths import schema_file

    schema = json.loads(schema_file().read_text(encoding="utf-8"))
    import_document(sqlite_workspace, rich_document())
    jsonschema.validate(json.loads(json.dumps(export_document(sqlite_workspace))), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"format": "counsellor-exchange-notes", "version": 1, "x": 1}, schema)


def test_a_fresh_workspace_clock_is_used_for_missing_times(tmp_path: Path) -> None:
    clock = TickingClock()
    workspace = Workspace(open_database(tmp_path / "c.sqlite3"), actor="a", clock=clock)
    import_document(workspace, rich_document())
    assert all(t.created_at and t.created_at.year == 2016 for t in workspace.themes.all())


def test_the_shipped_schema_is_the_one_derived_from_the_field_table() -> None:
    from counsellor_app.paths import schema_file
    from counsellor_app.services.json_schema import interchange_schema

    shipped = json.loads(schema_file().read_text(encoding="utf-8"))
    assert shipped == interchange_schema(), "run scripts/write_schema.py"


def test_an_import_gives_the_cycle_collector_back_whatever_happens(
    sqlite_workspace: Workspace, tmp_path: Path
) -> None:
    import gc

    seen: list[bool] = []
    document = rich_document()
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    def progress(done: int, total: int) -> None:
        seen.append(gc.isenabled())

    assert gc.isenabled()
    import_file(sqlite_workspace, source, progress=progress)
    assert seen and not any(seen)  # paused while reading and writing
    assert gc.isenabled()
    with pytest.raises(ValidationError):
        import_document(sqlite_workspace, {"format": "counsellor-exchange-notes", "version": 9})
    assert gc.isenabled()
    gc.disable()
    try:
        import_document(sqlite_workspace, document)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
