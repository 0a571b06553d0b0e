"""An import writes each part of the file while it reads the next: still all or nothing."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text

from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.schema import ENTITIES
from counsellor_app.services import decoding, interchange
from counsellor_app.services import writer_thread as writer_module
from counsellor_app.services.interchange import (
    FORMAT,
    VERSION,
    ImportCancelled,
    export_document,
    import_document,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.services.writer_thread import WriterThread, writer_thread
from counsellor_app.storage import repository as repo
from tests.builders import rich_document

NOW = datetime(2016, 9, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of 10 records, so that a file of 50 is written in five."""
    monkeypatch.setattr(decoding.document, "PART", 10)


def _observations(count: int, exchange: str, *, start: int = 0) -> list[dict[str, Any]]:
    return [
        {"id": str(uuid.uuid4()), "exchange": exchange, "kind": "lesson", "text": f"Note {i}"}
        for i in range(start, start + count)
    ]


def _document(**lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, **lists}


def _exchange(workspace: Workspace) -> str:
    document = rich_document()
    import_document(workspace, document)
    return str(document["exchanges"][0]["id"])


def _count(workspace: Workspace, table: str) -> int:
    with workspace.database.reading() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _written_parts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Records of each part as it is written (on the writer thread). Each part is read only
    once the parts before it are written, so that what is written before a problem is found
    does not depend on how fast each thread runs."""
    written: list[int] = []
    step = threading.Condition()
    real_insert, real_decode = interchange._insert_part, interchange.decode_in_parts

    def counting(session: Any, rows: Any, records: Any, tally: Any) -> None:
        real_insert(session, rows, records, tally)
        with step:
            written.append(len(records))
            step.notify_all()

    def in_step(*args: Any, **kwargs: Any) -> Any:
        read = 0
        for spec, items in real_decode(*args, **kwargs):
            with step:
                assert step.wait_for(lambda n=read: sum(written) == n, timeout=10)
            yield spec, items
            read += len(items)

    monkeypatch.setattr(interchange, "_insert_part", counting)
    monkeypatch.setattr(interchange, "decode_in_parts", in_step)
    return written


def test_a_problem_late_in_the_file_undoes_the_parts_already_written(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = _exchange(workspace)
    before = export_document(workspace)
    written = _written_parts(monkeypatch)
    observations = _observations(50, exchange)
    # Last in the order of ids too, so that every other part is written before it is read.
    observations[17]["id"] = "ffffffff-ffff-4fff-bfff-ffffffffffff"
    observations[17]["kind"] = "gossip"

    with pytest.raises(ValidationError) as raised:
        import_document(workspace, _document(observations=observations))

    assert [p.path for p in raised.value.problems] == ["observations[17].kind"]
    assert sum(written) == 40  # four parts were in the database before the problem was read
    assert export_document(workspace)["observations"] == before["observations"]


def test_a_dangling_reference_undoes_every_part(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = _exchange(workspace)
    count = _count(workspace, "observations")
    written = _written_parts(monkeypatch)
    observations = _observations(30, exchange)
    # In the last part: PostgreSQL refuses that part's insert itself (its foreign keys are
    # checked row by row), and nothing after it must wait for it.
    observations[25]["id"] = "ffffffff-ffff-4fff-bfff-ffffffffffff"
    observations[25]["speaker"] = str(uuid.uuid4())

    with pytest.raises(ValidationError) as raised:
        import_document(workspace, _document(observations=observations))

    assert [p.path for p in raised.value.problems] == ["observations[25].speaker"]
    assert sum(written) >= 20
    assert _count(workspace, "observations") == count


def test_problems_are_listed_in_the_order_of_the_file_not_of_the_ids(
    workspace: Workspace,
) -> None:
    exchange = _exchange(workspace)
    observations = _observations(40, exchange)
    observations[3]["id"] = "ffffffff-0000-4000-8000-000000000000"
    observations[3]["text"] = ""
    observations[30]["id"] = "00000000-0000-4000-8000-000000000000"
    observations[30]["text"] = ""
    observations[12]["id"] = observations[5]["id"]

    with pytest.raises(ValidationError) as raised:
        import_document(workspace, _document(observations=observations))

    assert [(p.path, p.message) for p in raised.value.problems] == [
        ("observations[3].text", "is required"),
        ("observations[30].text", "is required"),
        ("observations[12].id", f"duplicate id {observations[5]['id']} (also at observations[5])"),
    ]


def test_records_keep_their_place_in_the_file_when_read_in_the_order_of_their_ids() -> None:
    document = _document(
        themes=[
            {"id": "33333333-3333-4333-8333-333333333333", "name": "Third"},
            {"id": "11111111-1111-4111-8111-111111111111", "name": "First"},
            {"id": "22222222-2222-4222-8222-222222222222", "name": "Second"},
        ]
    )
    decoded = decoding.Decoded({s.key: [] for s in ENTITIES}, [])
    parts = list(decoding.decode_in_parts(document, NOW, "me", decoded, by_id=True))
    assert [(i, record.name) for _, items in parts for i, record, _ in items] == [  # type: ignore[attr-defined]
        (1, "First"),
        (2, "Second"),
        (0, "Third"),
    ]


def test_a_large_import_into_an_empty_table_builds_its_indexes_at_the_end(
    sqlite_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = sqlite_workspace
    exchange = _exchange(workspace)
    path = workspace.database.path
    assert path is not None

    def indexes() -> list[tuple[str, str]]:
        with sqlite3.connect(path) as connection:
            return connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " ORDER BY name"
            ).fetchall()

    before = indexes()
    assert any(name == "ix_observations_exchange_id" for name, _ in before)
    # The rich document filled the observations table: empty it for this test.
    with workspace.database.writing() as session:
        session.execute(text("DELETE FROM observation_themes"))
        session.execute(text("DELETE FROM practice_evidence"))
        session.execute(text("DELETE FROM observations"))
    monkeypatch.setattr(interchange, "INDEXES_AFTER", 20)
    set_aside: list[str] = []
    real = repo.set_indexes_aside

    def watched(session: Any, spec: Any) -> list[str]:
        statements = real(session, spec)
        set_aside.extend(statements)
        return statements

    monkeypatch.setattr(repo, "set_indexes_aside", watched)

    import_document(workspace, _document(observations=_observations(50, exchange)))

    assert any("ix_observations_exchange_id" in sql for sql in set_aside)
    assert indexes() == before
    assert _count(workspace, "observations") == 50

    # A file refused after its parts were written leaves the indexes as they were too.
    with workspace.database.writing() as session:
        session.execute(text("DELETE FROM observations"))
    bad = _observations(50, exchange)
    bad[49]["kind"] = "gossip"
    with pytest.raises(ValidationError):
        import_document(workspace, _document(observations=bad))
    assert indexes() == before
    assert _count(workspace, "observations") == 0


def test_cancelling_between_parts_leaves_nothing(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = _exchange(workspace)
    count = _count(workspace, "observations")
    progress: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(progress) >= 1

    def written(done: int, total: int) -> None:
        progress.append((done, total))

    monkeypatch.setattr(decoding.document, "PART", 5)
    with pytest.raises(ImportCancelled):
        import_document(
            workspace,
            _document(observations=_observations(200, exchange)),
            progress=written,
            cancelled=cancelled,
        )
    assert _count(workspace, "observations") == count
    assert progress and all(total == 200 for _, total in progress)


def test_progress_counts_records_once_written_up_to_the_whole_file(workspace: Workspace) -> None:
    exchange = _exchange(workspace)
    progress: list[tuple[int, int]] = []
    import_document(
        workspace,
        _document(observations=_observations(45, exchange)),
        progress=lambda done, total: progress.append((done, total)),
    )
    dones = [done for done, _ in progress]
    assert dones == sorted(dones) and dones[-1] == 45
    assert {total for _, total in progress} == {45}
    assert progress.count((45, 45)) >= 1


def test_a_write_that_fails_stops_the_writes_after_it() -> None:
    ran: list[str] = []

    def fails() -> None:
        ran.append("fails")
        raise RuntimeError("disk full")

    with writer_thread() as writer:
        writer.submit(ran.append, "first", count=1)
        writer.submit(fails, count=1)
        writer.submit(ran.append, "never", count=1)
        written = list(writer.drain())
    assert ran == ["first", "fails"]
    assert written == [1, 2, 3]
    assert isinstance(writer.error, RuntimeError)


def test_writes_run_in_order_on_one_thread_other_than_the_callers() -> None:
    threads: set[int] = set()
    order: list[int] = []

    def write(i: int) -> None:
        threads.add(threading.get_ident())
        order.append(i)

    writer = WriterThread()
    try:
        for i in range(100):
            writer.submit(write, i)
        list(writer.drain())
    finally:
        writer.close()
    assert order == list(range(100))
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_a_database_in_memory_imports_too() -> None:
    """Every session shares its one connection: the writer finishes before the checks read."""
    from counsellor_app.storage.open import open_database

    database = open_database("sqlite://")
    assert database.one_connection
    workspace = Workspace(database, actor="tester")
    document = rich_document()
    assert import_document(workspace, document).added["observations"] == 5
    assert import_document(workspace, document).unchanged["observations"] == 5
    with pytest.raises(ValidationError):
        import_document(workspace, rich_document())  # the same names under other ids
    assert _count(workspace, "observations") == 5
    database.dispose()


def test_the_reader_waits_when_enough_writes_are_queued() -> None:
    """What is read ahead of the writer stays in memory: at most a few parts of it."""
    release = threading.Event()
    submitted: list[int] = []
    writer = WriterThread(most_pending=3)

    def read_ahead() -> None:
        for i in range(5):
            writer.submit(release.wait, 10, count=1)
            submitted.append(i)

    reader = threading.Thread(target=read_ahead)
    try:
        reader.start()
        reader.join(timeout=0.3)
        assert submitted == [0, 1, 2]  # the fourth waits for the first to be written
        release.set()
        reader.join(timeout=10)
        assert submitted == [0, 1, 2, 3, 4]
        assert list(writer.drain())[-1] == 5
    finally:
        release.set()
        writer.close()


def test_a_cancel_is_seen_between_parts_even_while_none_is_written(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = _exchange(workspace)
    count = _count(workspace, "observations")
    release = threading.Event()
    asked: list[bool] = []
    written_when_cancelled: list[int] = []
    written: list[int] = []

    def cancelled() -> bool:
        asked.append(True)
        if len(asked) < 3:
            return False
        written_when_cancelled.append(len(written))
        release.set()
        return True

    def slow_write(*args: Any) -> None:
        release.wait(10)  # the writer is busy with the first part until the cancel
        written.append(1)

    monkeypatch.setattr(interchange, "_write_part", slow_write)
    monkeypatch.setattr(writer_module, "MOST_PENDING", 100)
    try:
        with pytest.raises(ImportCancelled):
            import_document(
                workspace, _document(observations=_observations(100, exchange)), cancelled=cancelled
            )
    finally:
        release.set()
    assert written_when_cancelled == [0]  # seen while reading, not after a write
    assert _count(workspace, "observations") == count
