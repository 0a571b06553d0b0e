"""Interchange files written to break the program, or by a careless hand: refused in one
clear problem each, or taken as they should be; never a half-written database."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.json_values import MAX_PROBLEMS
from counsellor_app.services.interchange import (
    FORMAT,
    VERSION,
    export_csv,
    export_document,
    export_file,
    import_document,
    import_file,
    parse_json,
)
from counsellor_app.services.workspace import Workspace
from tests.builders import bulk_document, rich_document, uid


def _problems(workspace: Workspace, document: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        import_document(workspace, document)
    return [str(problem) for problem in caught.value.problems]


def _document(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **lists}


# -- 3. one id, one record, whatever its kind ----------------------------------------------


def test_an_id_used_by_another_kind_in_the_database_is_refused(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    person = document["people"][0]["id"]
    observation = document["observations"][0]["id"]
    before = export_document(workspace)

    clash = _document(
        themes=[{"id": person, "name": "A theme with a person's id"}],
        organisations=[{"id": observation, "name": "An organisation with a quote's id"}],
    )
    problems = _problems(workspace, clash)

    assert problems == [
        f"organisations[0].id: the id {observation} is already used by a observation in the "
        "database",
        f"themes[0].id: the id {person} is already used by a person in the database",
    ]
    assert export_document(workspace)["themes"] == before["themes"]


def test_an_id_of_a_record_in_the_trash_is_still_taken(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    theme = document["themes"][1]["id"]
    workspace.themes.delete(theme)
    problems = _problems(workspace, _document(people=[{"id": theme, "name": "Someone"}]))
    assert problems == [f"people[0].id: the id {theme} is already used by a theme in the database"]


def test_the_programs_own_export_always_imports_again(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    clash = _document(themes=[{"id": document["people"][0]["id"], "name": "Clash"}])
    with pytest.raises(ValidationError):
        import_document(workspace, clash)
    exported = export_document(workspace)
    report = import_document(workspace, exported)
    assert not report.added and not report.updated


# -- 4. names swapped between two records ---------------------------------------------------


def test_two_organisations_and_two_themes_can_swap_their_names(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    swapped = copy.deepcopy(document)
    organisations, themes = swapped["organisations"], swapped["themes"]
    organisations[0]["name"], organisations[1]["name"] = (
        organisations[1]["name"],
        organisations[0]["name"],
    )
    themes[0]["name"], themes[1]["name"], themes[2]["name"] = (
        themes[1]["name"],
        themes[2]["name"],
        themes[0]["name"],
    )

    report = import_document(workspace, swapped)

    assert report.updated == {"organisations": 2, "themes": 3}
    by_id = {o.id: o.name for o in workspace.organisations.all()}
    assert by_id[organisations[0]["id"]] == "OFII"
    assert by_id[organisations[1]["id"]] == "Fedasil"
    assert {t.id: t.name for t in workspace.themes.all()} == {t["id"]: t["name"] for t in themes}
    # The audit trail says what each name was, not the stand-in used while swapping.
    changes = workspace.history(organisations[0]["id"])[0]["changes"]
    assert changes["name"] == ["Fedasil", "OFII"]


def test_a_name_still_held_by_a_record_outside_the_file_is_refused(workspace: Workspace) -> None:
    document = rich_document()
    import_document(workspace, document)
    other = _document(organisations=[{"id": uid(), "name": "OFII"}])
    (problem,) = _problems(workspace, other)
    assert "another organisation called 'OFII' is already in the database" in problem


# -- 5. importing again is linear ------------------------------------------------------------


def test_importing_many_themes_again_is_not_quadratic(sqlite_workspace: Workspace) -> None:
    themes = [{"id": uid(), "name": f"Theme {i:05}"} for i in range(8000)]
    document = _document(themes=themes)
    started = time.perf_counter()
    import_document(sqlite_workspace, copy.deepcopy(document))
    first = time.perf_counter() - started
    started = time.perf_counter()
    report = import_document(sqlite_workspace, copy.deepcopy(document))
    again = time.perf_counter() - started
    assert report.unchanged == {"themes": 8000}
    # Linear: about as long as the first time (it was 20 to 60 times as long).
    assert again < 4 * first + 0.5, (first, again)


# -- 10. an id is one UUID -----------------------------------------------------------------


def test_two_ids_joined_by_a_newline_are_refused(workspace: Workspace) -> None:
    document = bulk_document(50)
    first, second = document["observations"][0]["id"], document["observations"][1]["id"]
    document["observations"][0]["id"] = f"{first}\n{second}"
    problems = _problems(workspace, document)
    assert problems == [
        f"observations[0].id: '{first}\\n{second}' is not a UUID",
    ]
    assert workspace.counts()["observations"] == 0


# -- 12. no input makes the program read or report without end ------------------------------


def test_a_million_bad_references_in_one_field_are_capped(sqlite_workspace: Workspace) -> None:
    document = rich_document()
    document["observations"][0]["themes"] = [f"not an id {i}" for i in range(200_000)]
    document["observations"][1]["themes"] = [uid() for _ in range(200_000)]
    problems = _problems(sqlite_workspace, document)
    assert len(problems) <= MAX_PROBLEMS + 200
    assert problems[0].startswith("observations[0].themes[0]: 'not an id 0' is not a record id")
    assert any("observations[1].themes[0]: no theme with id" in p for p in problems)


def test_a_huge_value_is_quoted_short(workspace: Workspace) -> None:
    huge = "x" * 1_000_000
    for document, where in (
        ({"format": huge, "version": 1}, "format"),
        (_document(organisations=[{"id": uid(), "name": "A", "kind": huge}]), "kind"),
        (_document(organisations=[{"id": huge, "name": "A"}]), "id"),
        (_document(organisations=[{"id": uid(), "name": "A", huge: 1}]), "unknown field"),
    ):
        problems = _problems(workspace, document)
        assert len(problems) == 1 and len(problems[0]) < 300, where


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format": "counsellor-exchange-notes", "version": ' + b"7" * 5000 + b"}", "4,300"),
        (b'{"format": "counsellor-exchange-notes", "version": 1, "x": ' + b"9" * 5000 + b"}", ""),
    ],
    ids=["deep", "long version", "long number"],
)
def test_files_that_break_the_json_reader_get_one_problem(data: bytes, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        document = parse_json(data)
        from counsellor_app.services.decoding import decode_document

        decoded = decode_document(document, None, "tester")  # type: ignore[arg-type]
        raise ValidationError(decoded.problems)
    assert len(caught.value.problems) == 1
    assert expected in str(caught.value.problems[0])
    assert len(str(caught.value.problems[0])) < 300


def _import_limited(db: Path, source: Path) -> subprocess.CompletedProcess[str]:
    """An import in a process of its own, with 1 GB of memory and 30 seconds: without its
    limits, a program that read ``/dev/zero`` whole would take the machine down with it."""

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    return subprocess.run(
        [sys.executable, "-m", "counsellor_app", "--db", str(db), "import", str(source)],
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=limit_memory,
    )


def test_import_refuses_a_device_a_pipe_and_a_file_too_large(
    sqlite_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.domain.errors import DomainError
    from counsellor_app.services import interchange

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    db = tmp_path / "notes.sqlite3"
    for source in (Path("/dev/zero"), pipe):
        result = _import_limited(db, source)
        assert result.returncode == 2, result.stderr
        assert "is not a regular file" in result.stderr and result.stderr.count("\n") == 1
    big = tmp_path / "big.json"
    big.write_text(json.dumps(rich_document()), encoding="utf-8")
    monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 1024)
    with pytest.raises(DomainError, match="the largest file that can be imported is 1 MB"):
        import_file(sqlite_workspace, big)


# -- 14. text in one form, names compared in it ----------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Trust ", " Trust", "Trust\u00a0", "\u200bTrust", "Trust\ufeff"],
    ids=["space after", "space before", "no-break space", "zero-width space", "byte-order mark"],
)
def test_a_name_with_spaces_around_it_is_the_same_name(workspace: Workspace, name: str) -> None:
    import_document(workspace, _document(themes=[{"id": uid(), "name": "Trust"}]))
    (problem,) = _problems(workspace, _document(themes=[{"id": uid(), "name": name}]))
    assert "another theme called 'Trust' is already in the database" in problem


def test_decomposed_accents_are_the_same_name_and_stored_composed(workspace: Workspace) -> None:
    theme = uid()
    import_document(
        workspace, _document(themes=[{"id": theme, "name": "Re\u0301inte\u0301gration"}])
    )
    assert workspace.themes.get(theme).name == "Réintégration"
    (problem,) = _problems(workspace, _document(themes=[{"id": uid(), "name": "Réintégration"}]))
    assert "already in the database" in problem
    both = [{"id": uid(), "name": "Café"}, {"id": uid(), "name": "Cafe\u0301"}]
    (problem,) = _problems(workspace, _document(organisations=both))
    assert problem.startswith("organisations[1].name: 'Café' is also used at organisations[0]")


@pytest.mark.parametrize(
    "text",
    ["C1 \x85 control", "bidi \u202e override", "isolate \u2066 x", "surrogate \ud800"],
)
def test_a_file_with_controls_or_lone_surrogates_is_refused(
    workspace: Workspace, text: str
) -> None:
    document = rich_document()
    document["observations"][2]["text"] = text
    (problem,) = _problems(workspace, document)
    assert problem.startswith("observations[2].text: contains ")
    assert workspace.counts()["observations"] == 0


def test_a_required_name_of_zero_width_spaces_is_refused(workspace: Workspace) -> None:
    (problem,) = _problems(workspace, _document(themes=[{"id": uid(), "name": "\u200b\u200b"}]))
    assert problem == "themes[0].name: is required"


# -- 6. spreadsheet formulas ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+1+1",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
    ],
    ids=["equals", "plus", "minus", "at", "tab", "carriage return", "newline"],
)
def test_csv_cells_that_start_a_formula_are_made_text(
    sqlite_workspace: Workspace, tmp_path: Path, text: str
) -> None:
    document = rich_document()
    document["observations"][0]["text"] = text
    document["people"][1]["name"] = text
    import_document(sqlite_workspace, document)
    out = tmp_path / "observations.csv"
    export_csv(sqlite_workspace, out)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    cells = [row["text"] for row in rows] + [row["speaker"] for row in rows]
    stored = text.replace("\r\n", "\n")
    assert "'" + stored in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")) for cell in cells)


# -- 15. exports hold a page of records, not all of them ----------------------------------


def _peak_of_export(workspace: Workspace, folder: Path, writer: Any) -> int:
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        writer(workspace, folder / "out")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("writer", [export_csv, export_file], ids=["csv", "json"])
def test_exports_take_the_same_memory_for_four_times_the_records(
    tmp_path: Path, writer: Any
) -> None:
    from counsellor_app.services.session import open_workspace

    peaks = []
    for size in (3_000, 12_000):
        workspace = open_workspace(tmp_path / f"notes-{size}.sqlite3", actor="tester")
        import_document(workspace, bulk_document(size))
        peaks.append(_peak_of_export(workspace, tmp_path, writer))
        workspace.database.dispose()
    small, large = peaks
    # Everything at once grew with the records (about four times); a page at a time does not.
    assert large < 1.5 * small, peaks
