"""An import reads its file as a stream: its lists record by record, whatever their place in
the file, with the same checks and the same problems as a file read whole."""

from __future__ import annotations

import copy
import io
import json
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.json_values import MAX_PROBLEMS
from counsellor_app.services import decoding, interchange
from counsellor_app.services.decoding import stream
from counsellor_app.services.decoding.stream import JsonStream, ReadWhole, StreamedFile
from counsellor_app.services.interchange import (
    FORMAT,
    VERSION,
    export_document,
    import_document,
    import_file,
)
from counsellor_app.services.workspace import Workspace
from tests.builders import bulk_document, rich_document, uid
from tests.workspaces import BACKENDS, WorkspaceMaker


def _write(path: Path, document: Any, *, ascii_only: bool = False) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=ascii_only), encoding="utf-8")
    return path


def _streamed(path: Path, chunk: int) -> dict[str, Any]:
    """The document as the streamed reading sees it, lists read record by record."""
    stream_chunk = stream.CHUNK
    stream.CHUNK = chunk
    try:
        with StreamedFile(path) as source:
            found = {}
            for plural in sorted(stream.LISTS):
                value = source.records(plural)  # each list read to its end before the next
                found[plural] = value if value is None or isinstance(value, dict) else list(value)
            keys = source.finish()
            return {key: found[key] if key in found else source.small[key] for key in sorted(keys)}
    finally:
        stream.CHUNK = stream_chunk


@pytest.fixture
def no_whole_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails if the file is read whole (the way a file the stream refuses is read)."""

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the file was read whole")

    monkeypatch.setattr(interchange, "read_input_file", refuse)


# -- the reader ----------------------------------------------------------------------------


TRICKY = {
    "format": FORMAT,
    "version": VERSION,
    "observations": [
        {"text": "Smile 😀, accent é, 出入境 and العودة", "n": 1234567890123, "f": -0.5e-7},
        {"text": 'quote " and backslash \\ and \n newline', "t": True, "u": None, "v": False},
        {"nested": {"a": [1, [2, [3, {"b": "𝄞𝄞𝄞"}]]]}, "empty": [], "obj": {}},
    ],
    "themes": [],
}


def watch_buffer(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Has the stream note the longest its buffer grows: ``[longest]``, kept up to date."""
    longest = [0]
    more = JsonStream._more

    def watched(self: JsonStream, size: int | None = None) -> bool:
        found = more(self, size)
        longest[0] = max(longest[0], len(self._buffer))
        return found

    monkeypatch.setattr(JsonStream, "_more", watched)
    return longest


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 11, 64])
@pytest.mark.parametrize("ascii_only", [False, True])
def test_values_split_anywhere_between_two_reads_come_back_whole(
    tmp_path: Path, chunk: int, ascii_only: bool
) -> None:
    # ensure_ascii writes \u escapes, surrogate pairs for 😀 and 𝄞: a read of one byte at
    # a time splits each escape and each pair; the UTF-8 file splits each character.
    path = _write(tmp_path / "tricky.json", TRICKY, ascii_only=ascii_only)
    assert _streamed(path, chunk) == json.loads(path.read_text(encoding="utf-8"))


def test_a_byte_order_mark_and_whitespace_everywhere_are_read(tmp_path: Path) -> None:
    path = tmp_path / "spaced.json"
    text = json.dumps(TRICKY, indent="\t", ensure_ascii=False).replace(":", " \r\n :")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8") + b"\n\n")
    assert _streamed(path, 3) == TRICKY


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "x", "observations": [{"a": 1}, {"a": 2}',  # cut short
        b'{"format": "x", "observations": [{"a": 1},]}',  # a comma too many
        b'{"format": "x"} trailing',
        b'[{"format": "x"}]',
        b'{"format": "\xff"}',  # not UTF-8
        b'{"format": "x", "format": "y"}',  # twice: read whole, the last one wins
        b'{"observations": [1, 2], "observations": []}',
        b'{"format": "x", "version": 12',
        b"",
    ],
)
def test_what_the_stream_does_not_take_it_leaves_to_the_whole_reading(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(data)
    with pytest.raises(ReadWhole):
        _streamed(path, 4)


def test_a_long_value_is_read_in_a_few_reads_not_one_per_piece() -> None:
    value = "x" * 1_000_000
    handle = io.BytesIO(json.dumps([value]).encode())
    reads = 0
    original = handle.read

    def counted(size: int = -1) -> bytes:
        nonlocal reads
        reads += 1
        return original(size)

    handle.read = counted  # type: ignore[method-assign]
    assert list(JsonStream(handle, chunk=1024).items()) == [value]
    assert reads < 20


def test_lists_before_the_small_members_are_found_again(tmp_path: Path) -> None:
    document = rich_document()
    # Everything backwards: the format and version last, observations before exchanges.
    backwards = dict(reversed(list(document.items())))
    path = _write(tmp_path / "backwards.json", backwards)
    assert _streamed(path, 64) == dict(sorted(document.items()))


# -- the import ----------------------------------------------------------------------------


def test_a_file_much_larger_than_its_parts_is_read_in_pieces(
    sqlite_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_whole_reading: None,
) -> None:
    document = bulk_document(3000)
    path = _write(tmp_path / "big.json", document)
    monkeypatch.setattr(stream, "CHUNK", 4096)
    monkeypatch.setattr(decoding.document, "PART", 500)
    longest = watch_buffer(monkeypatch)
    parts: list[int] = []
    write_part = interchange._insert_part

    def counted(session: Any, rows: Any, records: list[Any], tally: Any) -> None:
        parts.append(len(records))
        write_part(session, rows, records, tally)

    monkeypatch.setattr(interchange, "_insert_part", counted)

    report = import_file(sqlite_workspace, path)

    assert report.added["observations"] == 3000
    assert path.stat().st_size > 1_000_000
    assert longest[0] < 3 * 4096  # never more than a few reads of the file at once
    assert max(parts) == 500 and sum(parts) == sum(report.added.values())
    stored = {o.id: o.text for o in sqlite_workspace.observations.all()}
    assert stored == {o["id"]: o["text"] for o in document["observations"]}


def test_a_file_whose_lists_come_before_its_small_parts_imports(
    workspace: Workspace, tmp_path: Path, no_whole_reading: None
) -> None:
    document = rich_document()
    backwards = dict(reversed(list(document.items())))
    path = _write(tmp_path / "backwards.json", backwards)

    report = import_file(workspace, path)

    assert report.added == {
        spec_plural: len(records)
        for spec_plural, records in document.items()
        if isinstance(records, list) and records
    }
    again = export_document(workspace)
    assert {o["id"] for o in again["observations"]} == {o["id"] for o in document["observations"]}


def test_escaped_text_split_across_reads_is_stored_as_written(
    sqlite_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_whole_reading: None,
) -> None:
    document = rich_document()
    texts = ["😀 retour 出入境 العودة 𝄞", "é" * 7 + "😀" * 3, "\u2028 line \U0001f600"]
    for observation, text in zip(document["observations"], texts, strict=False):
        observation["text"] = text
    path = _write(tmp_path / "escaped.json", document, ascii_only=True)
    monkeypatch.setattr(stream, "CHUNK", 5)

    import_file(sqlite_workspace, path)

    stored = {o.id: o.text for o in sqlite_workspace.observations.all()}
    assert stored == {o["id"]: o["text"] for o in document["observations"]}


def test_a_truncated_file_says_where_and_changes_nothing(
    sqlite_workspace: Workspace, tmp_path: Path
) -> None:
    data = json.dumps(bulk_document(200)).encode()
    path = tmp_path / "cut.json"
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(ValidationError) as raised:
        import_file(sqlite_workspace, path)

    (problem,) = raised.value.problems
    assert problem.code == "bad-json" and "line 1, column" in problem.message
    assert sqlite_workspace.observations.all() == []


def _outcome(import_: Callable[[], Any]) -> Any:
    try:
        return import_().summary()
    except ValidationError as error:
        return [(p.path, p.message, p.code) for p in error.problems]


def _spoilt(kind: str) -> Callable[[dict[str, Any]], Any]:
    """Ways to spoil a rich document, each found by a different check."""

    def spoil(document: dict[str, Any]) -> Any:
        observations = document["observations"]
        if kind == "bad value":
            observations[1]["recorded_at"] = "yesterday"
        elif kind == "dangling reference":
            observations[-1]["exchange"] = uid()
        elif kind == "duplicate id":
            observations[-1]["id"] = observations[0]["id"]
        elif kind == "id of another kind":
            observations[0]["id"] = document["themes"][0]["id"]
        elif kind == "name twice":
            document["themes"][1]["name"] = document["themes"][0]["name"]
        elif kind == "unknown member":
            document["extra"] = 1
        elif kind == "newer version":
            document["version"] = VERSION + 1
        elif kind == "list not a list":
            document["visits"] = {"id": uid()}
        elif kind == "bad evidence":
            document["comparisons"][0]["practices"][0]["evidence"] = [str(uuid.uuid4())]
        return document

    return spoil


SPOILS = [
    "fine",
    "bad value",
    "dangling reference",
    "duplicate id",
    "id of another kind",
    "name twice",
    "unknown member",
    "newer version",
    "list not a list",
    "bad evidence",
]


@pytest.mark.parametrize("kind", SPOILS)
def test_a_file_streamed_gives_what_the_same_file_parsed_gives(
    kind: str, new_workspace: WorkspaceMaker, tmp_path: Path, no_whole_reading: None
) -> None:
    document = _spoilt(kind)(rich_document())
    if kind == "bad evidence":
        assert document["comparisons"][0]["practices"][0]["evidence"]
    path = _write(tmp_path / "file.json", document)
    streamed, parsed = new_workspace(name="a.sqlite3"), new_workspace(name="b.sqlite3")

    from_file = _outcome(lambda: import_file(streamed, path))
    from_document = _outcome(lambda: import_document(parsed, copy.deepcopy(document)))

    assert from_file == from_document
    assert (kind == "fine") == isinstance(from_file, str)
    assert export_document(streamed)["observations"] == export_document(parsed)["observations"]


def _spoilt_bulk(kind: str) -> dict[str, Any]:
    """A file of 1,200 observations (24 parts of 50) spoilt in ways that span its parts."""
    document = bulk_document(1200, seed=5)
    observations, people, themes = document["observations"], document["people"], document["themes"]
    if kind == "several lists":
        people[3]["organisation"] = 5
        themes[7]["name"] = ""
        observations[0]["recorded_at"] = "yesterday"
        observations[640]["themes"] = [themes[0]["id"], uid()]
        observations[-1]["exchange"] = uid()
    elif kind == "references to later records":
        # The records referred to come last in the file, a few references resolve nowhere.
        for plural in ("people", "themes", "exchanges", "organisations"):
            document[plural] = document.pop(plural)
        observations[30]["speaker"] = uid()
        observations[1100]["themes"] = [uid(), themes[2]["id"]]
        people[19]["organisation"] = uid()
    elif kind == "duplicate ids across parts":
        observations[1150]["id"] = observations[7]["id"]
        observations[600]["id"] = observations[599]["id"]
        observations[1199]["id"] = themes[9]["id"]
        people[0]["id"] = document["exchanges"][0]["id"]
    elif kind == "the last record":
        observations[-1]["text"] = 12
    elif kind == "unknown members":
        document["zebra"] = []
        document["aardvark"] = {"observations": []}
        observations[800]["colour"] = "blue"
    elif kind == "over a thousand problems":
        for observation in observations[100:]:
            observation["recorded_at"] = "soon"
        observations[50]["speaker"] = uid()
    elif kind == "over a thousand dangling references":
        for observation in observations[:1100]:
            observation["speaker"] = uid()
        observations[1150]["id"] = observations[1199]["id"]
    elif kind == "an old version":
        document["version"] = 0
    elif kind == "a list not a list, and bad records":
        document["visits"] = {"id": uid()}
        for observation in observations[::2]:
            observation["recorded_at"] = "soon"
    return document


BULK_SPOILS = [
    "several lists",
    "references to later records",
    "duplicate ids across parts",
    "the last record",
    "unknown members",
    "over a thousand problems",
    "over a thousand dangling references",
    "an old version",
    "a list not a list, and bad records",
]


@pytest.mark.parametrize("kind", BULK_SPOILS)
def test_problems_across_parts_are_named_as_the_file_read_whole_names_them(
    kind: str, new_workspace: WorkspaceMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _spoilt_bulk(kind)
    path = _write(tmp_path / "file.json", document)
    monkeypatch.setattr(decoding.document, "PART", 50)
    monkeypatch.setattr(stream, "CHUNK", 4096)
    streamed, parsed = new_workspace(name="a.sqlite3"), new_workspace(name="b.sqlite3")
    read_whole: list[Path] = []
    read_input_file = interchange.read_input_file

    def noted(path: Path, *args: Any) -> Any:
        read_whole.append(path)
        return read_input_file(path, *args)

    monkeypatch.setattr(interchange, "read_input_file", noted)

    from_file = _outcome(lambda: import_file(streamed, path))
    from_document = _outcome(lambda: import_document(parsed, copy.deepcopy(document)))

    assert isinstance(from_file, list) and from_file == from_document
    # Only a file refused as a whole with records refused too is read whole to be named.
    assert bool(read_whole) == (kind == "a list not a list, and bad records")
    assert streamed.observations.all() == []
    if kind.startswith("over a thousand"):
        assert len(from_file) > MAX_PROBLEMS


def test_a_problem_at_the_end_of_a_large_file_is_named_without_reading_it_whole(
    sqlite_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_whole_reading: None,
) -> None:
    document = bulk_document(3000)
    document["observations"][-1]["speaker"] = uid()
    path = _write(tmp_path / "big.json", document)
    monkeypatch.setattr(stream, "CHUNK", 4096)
    monkeypatch.setattr(decoding.document, "PART", 500)
    monkeypatch.setattr(interchange, "parse_json", no_whole_reading_of)
    longest = watch_buffer(monkeypatch)

    with pytest.raises(ValidationError) as raised:
        import_file(sqlite_workspace, path)

    assert [(p.path, p.code) for p in raised.value.problems] == [
        ("observations[2999].speaker", "no-such-record")
    ]
    assert path.stat().st_size > 1_000_000
    assert longest[0] < 3 * 4096
    assert sqlite_workspace.observations.all() == []


def no_whole_reading_of(*_args: Any) -> Any:
    raise AssertionError("the file was parsed whole")


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["fine", "name taken", "swapped names", "id of a stored kind"])
def test_a_file_streamed_into_a_database_with_records_checks_them(
    kind: str, backend: str, new_workspace: WorkspaceMaker, tmp_path: Path, no_whole_reading: None
) -> None:
    document = rich_document()
    streamed, parsed = (
        new_workspace(backend, name="a.sqlite3"),
        new_workspace(backend, name="b.sqlite3"),
    )
    for workspace in (streamed, parsed):
        import_document(workspace, copy.deepcopy(document))
    again = copy.deepcopy(document)
    if kind == "name taken":
        again["organisations"].append({"id": uid(), "name": document["organisations"][0]["name"]})
    elif kind == "swapped names":
        themes = again["themes"]
        themes[0]["name"], themes[1]["name"] = themes[1]["name"], themes[0]["name"]
    elif kind == "id of a stored kind":
        again["themes"].append({"id": document["people"][0]["id"], "name": "Clash"})
    path = _write(tmp_path / "again.json", again)

    from_file = _outcome(lambda: import_file(streamed, path))
    from_document = _outcome(lambda: import_document(parsed, copy.deepcopy(again)))

    assert from_file == from_document
    if kind in ("fine", "swapped names"):
        assert {t.id: t.name for t in streamed.themes.all()} == {
            t["id"]: t["name"] for t in again["themes"]
        }
    else:
        codes = {"name taken": "used-twice", "id of a stored kind": "id-of-other-kind"}
        assert codes[kind] in {code for _, _, code in from_file}


def test_the_import_writes_with_a_page_cache_of_half_its_file(
    sqlite_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from counsellor_app.storage import search as search_index
    from counsellor_app.storage.database import CACHE_KIB
    from counsellor_app.storage.repository import bulk

    # The everyday cache as the least, so that a small file's size decides.
    monkeypatch.setattr(bulk, "CACHE_KIB", 1)
    path = _write(tmp_path / "file.json", bulk_document(300))
    seen: list[int] = []
    raws: list[Any] = []
    after_bulk_insert = search_index.after_bulk_insert

    def noting_the_cache(session: Any, *args: Any) -> int:
        seen.append(session.execute(text("PRAGMA cache_size")).scalar())
        raws.append(session.connection().connection.driver_connection)
        return after_bulk_insert(session, *args)

    monkeypatch.setattr(search_index, "after_bulk_insert", noting_the_cache)
    report = import_file(sqlite_workspace, path)

    assert report.added["observations"] == 300
    assert seen == [-(path.stat().st_size // 2048)]
    assert raws[0].execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB


def _stored(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of a SQLite file, the search index's own tables included."""
    path = workspace.database.path
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE"
                " 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"'), key=repr) for name in tables
        }


def test_the_page_cache_changes_nothing_stored(
    new_workspace: WorkspaceMaker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counsellor_app.storage import repository as repo
    from counsellor_app.storage.repository import bulk

    path = _write(tmp_path / "file.json", bulk_document(400, seed=3))
    everyday, sized = new_workspace(name="a.sqlite3"), new_workspace(name="b.sqlite3")
    with monkeypatch.context() as patch:
        patch.setattr(repo, "reserve_page_cache", lambda _session, _size: 0)
        import_file(everyday, path)
    # Half this small file: a cache of a few pages, which spills to the log all the time.
    monkeypatch.setattr(bulk, "CACHE_KIB", 1)
    import_file(sized, path)

    stored = _stored(everyday)
    assert stored["observations"] and stored["search_words_data"]
    assert _stored(sized) == stored


@pytest.mark.parametrize(("kind", "readings"), [("bad value", 3), ("dangling reference", 3)])
def test_problems_are_named_in_as_few_readings_as_they_need(
    kind: str,
    readings: int,
    sqlite_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_whole_reading: None,
) -> None:
    # A bad value: the import, the keys (it stopped before the end), the records. A
    # dangling reference: the import (to the end, its keys known), the records, and again
    # to place the reference.
    path = _write(tmp_path / "file.json", _spoilt(kind)(rich_document()))
    opened: list[Path] = []
    original = StreamedFile.__init__

    def noted(self: StreamedFile, path: Path) -> None:
        opened.append(path)
        original(self, path)

    monkeypatch.setattr(StreamedFile, "__init__", noted)

    with pytest.raises(ValidationError):
        import_file(sqlite_workspace, path)

    assert len(opened) == readings


def test_naming_the_problems_tells_its_progress_and_can_be_cancelled(
    sqlite_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = bulk_document(2000)
    document["observations"][-1]["recorded_at"] = "yesterday"
    path = _write(tmp_path / "big.json", document)
    monkeypatch.setattr(decoding.document, "PART", 200)
    naming = False
    decode_checked = interchange.decode_checked

    def noted(*args: Any, **kwargs: Any) -> Any:
        nonlocal naming
        naming = True
        return decode_checked(*args, **kwargs)

    monkeypatch.setattr(interchange, "decode_checked", noted)
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        if naming:
            told.append((done, total))

    with pytest.raises(ValidationError):
        import_file(sqlite_workspace, path, progress=progress)
    size = path.stat().st_size // 1024
    assert len(told) >= 5 and {total for _, total in told} == {size}
    assert [done for done, _ in told] == sorted(done for done, _ in told)

    naming = False
    with pytest.raises(interchange.ImportCancelled):
        import_file(sqlite_workspace, path, cancelled=lambda: naming)
    assert sqlite_workspace.observations.all() == []
