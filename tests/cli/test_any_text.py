"""Any text, in any argument of any command and in any field of an interchange file: the
program answers with exit 0, or with exit 2 and one line, and a refused input leaves the
database as it was.

The commands and their arguments are read from the program's own argument parser, so a
command added later is fed too. Text includes what breaks programs: lone surrogates (bytes
that were not UTF-8), C0 and C1 controls, direction overrides, zero-width characters.
"""

from __future__ import annotations

import argparse
import copy
import json
import sqlite3
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsellor_app.cli import build_parser, main
from counsellor_app.domain.schema import ENTITIES, META_FIELDS, PRACTICE_FIELDS
from counsellor_app.domain.text_rules import REFUSED
from tests.builders import rich_document

BREAKERS = [
    "\ud800",  # a lone surrogate
    "\udcff",  # a byte that was not UTF-8, as Python passes it on
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",  # C1: next line
    "\x9b",  # C1: control sequence introducer
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200b",  # zero-width space
    "\ufeff",
    "\u2028",  # line separator
    "\n",
    "\r\n",
    "\t",
    " ",
    "-",
    "--",
    "-h",
    "..",
    "e\u0301",  # decomposed
    "'",
    '"',
    "\\",
    "%s",
    "{}",
    "<b>",
    "x" * 400,
]
any_text = st.one_of(
    st.sampled_from(BREAKERS),
    st.lists(st.one_of(st.characters(), st.sampled_from(BREAKERS)), max_size=12).map("".join),
)


def _commands(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every command the parser knows (``("report", "exchange")`` for a nested one)."""
    found: dict[tuple[str, ...], argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                nested = _commands(sub, (*prefix, name))
                found.update(nested or {(*prefix, name): sub})
    return found


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The arguments of a command that take a value (positional ones and options)."""
    return [
        action
        for action in parser._actions
        if not isinstance(action, (argparse._SubParsersAction, argparse._HelpAction))
        and not isinstance(action, argparse._VersionAction)
        and action.nargs != 0
    ]


PARSER = build_parser()
COMMANDS = _commands(PARSER)
GLOBAL = [a for a in _arguments(PARSER) if a.option_strings]
ARGUMENTS = [
    (command, action) for command, sub in COMMANDS.items() for action in [*GLOBAL, *_arguments(sub)]
]
FILE_ARGUMENTS = {"db", "file", "output", "passphrase_file"}
# Commands that change the database when they succeed: the others never do.
CHANGING_COMMANDS = {("import",), ("erase-person",), ("encrypt",), ("decrypt",)}


def test_every_command_is_fed() -> None:
    names = {" ".join(command) for command in COMMANDS}
    assert {"import", "export", "export-csv", "search", "check", "backup"} <= names
    assert {"report exchange", "report comparisons"} <= names
    assert len(ARGUMENTS) >= 25


def _dump(db: Path) -> list[Any]:
    """Every row of every table, as the database holds them."""
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'"
                " ORDER BY name"
            )
        ]
        rows = [(t, sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    connection.close()
    return rows


def _answer_is_one_line(code: int, out: str, err: str) -> None:
    assert code in (0, 2), (code, err)
    assert "Traceback" not in out + err
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("error: "), err
    else:
        assert err.count("\n") <= 1, err


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("any-text")
    document = rich_document()
    source = folder / "notes.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = folder / "notes.sqlite3"
    assert main(["--db", str(db), "import", str(source)]) == 0
    return {"folder": folder, "db": db, "document": document}


def _valid(action: argparse.Action, world: dict[str, Any], cwd: Path) -> list[str]:
    """A value the argument takes, for the arguments not under test."""
    dest = action.dest
    document = world["document"]
    values = {
        "db": str(world["db"]),
        "database_url": None,
        "file": str(cwd / "out.json"),
        "output": str(cwd / "out.pdf"),
        "id": document["exchanges"][0]["id"],
        "query": "trust",
        "theme": "Trust",
        "organisation": "OFII",
        "exchange": document["exchanges"][0]["id"],
        "speaker": "Isabelle",
        "kind": "quote",
        "since": "2016-01-01",
        "until": "2017-01-01",
        "limit": "5",
        "paper": "a4",
    }
    value = values.get(dest, action.choices[0] if action.choices else "x")  # type: ignore[index]
    if value is None or (action.option_strings and not action.required and dest not in values):
        return []
    return [*action.option_strings[:1], str(value)]


def _command_line(
    command: tuple[str, ...], tested: argparse.Action, text: str, world: dict[str, Any], cwd: Path
) -> list[str]:
    if tested.dest in FILE_ARGUMENTS:
        # Any text as a file name in the test's folder, never a path elsewhere.
        text = text.replace("/", "\u2215")
    arguments = [*tested.option_strings[:1], text]
    before = [a for a in GLOBAL if a is not tested]
    after = [a for a in _arguments(COMMANDS[command]) if a not in GLOBAL and a is not tested]
    line: list[str] = []
    for action in before:
        line += arguments if action is tested else _valid(action, world, cwd)
    if tested in GLOBAL:
        line += arguments
    line += list(command)
    for action in after:
        line += _valid(action, world, cwd)
    if tested not in GLOBAL:
        line += arguments
    return line


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(which=st.sampled_from(ARGUMENTS), text=any_text)
def test_any_text_in_any_argument_is_answered_in_one_line(
    which: tuple[tuple[str, ...], argparse.Action],
    text: str,
    world: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    command, tested = which
    # A folder of its own: no example finds a file an earlier one wrote.
    cwd = Path(tempfile.mkdtemp(dir=tmp_path))
    monkeypatch.chdir(cwd)
    line = _command_line(command, tested, text, world, cwd)
    before = _dump(world["db"])
    capsysbinary.readouterr()

    code = main(line)

    # Bytes: "-o -" writes a PDF to standard output.
    captured = capsysbinary.readouterr()
    out, err = captured.out.decode("utf-8", "replace"), captured.err.decode("utf-8")
    _answer_is_one_line(code, out, err)
    if code == 2 or command not in CHANGING_COMMANDS:
        assert _dump(world["db"]) == before, line


# -- every field of a file -------------------------------------------------------------------

FIELDS = (
    [(None, name) for name in ("format", "version", "exported_at")]
    + [
        (spec.plural, name)
        for spec in ENTITIES
        for name in ("id", *META_FIELDS, *spec.names)
        if name != "practices"
    ]
    + [("comparisons", f"practices.{f.name}") for f in PRACTICE_FIELDS]
)


def _set(document: dict[str, Any], where: str | None, name: str, value: Any) -> None:
    if where is None:
        document[name] = value
        return
    record = document[where][0]
    if name.startswith("practices."):
        record = record["practices"][0]
        name = name.split(".", 1)[1]
    record[name] = value


def _stored_text_is_clean(db: Path) -> None:
    """Every text the database holds is in normal form C and has no refused character."""
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        for table in ("organisations", "people", "themes", "exchanges", "observations"):
            for row in connection.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        assert REFUSED.search(value) is None, value
                        assert unicodedata.is_normalized("NFC", value), value
    connection.close()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(field=st.sampled_from(FIELDS), text=any_text, in_a_list=st.booleans())
def test_any_text_in_any_field_of_a_file_is_answered_in_one_line(
    field: tuple[str | None, str],
    text: str,
    in_a_list: bool,
    world: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    where, name = field
    document = copy.deepcopy(world["document"])
    current = document if where is None else document[where][0]
    if name.startswith("practices."):
        current = current["practices"][0]
    old = current.get(name.split(".")[-1])
    _set(document, where, name, [text] if in_a_list and isinstance(old, list) else text)
    source = tmp_path / "file.json"
    # As JSON escapes: a lone surrogate is written \ud800, as another program might.
    source.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    db = world["db"]
    before = _dump(db)
    capsys.readouterr()

    code = main(["--db", str(db), "import", str(source)])

    captured = capsys.readouterr()
    _answer_is_one_line(code, captured.out, captured.err)
    if code == 2:
        assert _dump(db) == before, (field, text)
    else:
        _stored_text_is_clean(db)
