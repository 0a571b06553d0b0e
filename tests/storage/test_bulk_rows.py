"""Bulk inserts on SQLite: blocks of rows per statement, every row written once, in order."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import LINKS
from counsellor_app.storage.open import open_database


@pytest.mark.parametrize("count", [0, 1, 2, 49, 50, 51, 999, 1000, 1001, 1049, 1050, 2537])
def test_every_row_is_written_once_whatever_the_count(tmp_path: Path, count: int) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    link = LINKS[("exchange", "organisations")]
    exchange = str(uuid.uuid4())
    rows = [(exchange, f"{i:08d}-0000-4000-8000-000000000000", i) for i in range(count)]
    statements: set[str] = set()
    with database.writing(bulk=True) as session:  # references are not checked in bulk
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.add)
        repo.write_rows(session, link.table, [link.owner.key, link.target.key, "position"], rows)
        raw.set_trace_callback(None)
        written = session.execute(
            text("SELECT exchange_id, organisation_id, position FROM exchange_organisations")
        ).all()
    assert sorted(tuple(row) for row in written) == rows
    # One statement per block size and one for single rows: the driver keeps each one it
    # prepared, so their number must not grow with the counts that come.
    shapes = {statement.count("),") for statement in statements if "INSERT" in statement}
    assert len(shapes) <= 3
    database.dispose()


def test_the_statements_prepared_are_few_whatever_the_counts(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    link = LINKS[("exchange", "organisations")]
    statements: set[str] = set()
    with database.writing(bulk=True) as session:
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.add)
        for count in (2, 7, 49, 51, 333, 999, 1001, 2537, 4444):
            exchange = str(uuid.uuid4())
            rows = [(exchange, f"{i:08d}-0000-4000-8000-000000000000", i) for i in range(count)]
            repo.write_rows(
                session, link.table, [link.owner.key, link.target.key, "position"], rows
            )
        raw.set_trace_callback(None)
    shapes = {statement.count("),") for statement in statements if "INSERT" in statement}
    assert len(shapes) <= 3, sorted(shapes)
    database.dispose()


@pytest.mark.parametrize("count", [0, 1, 2, 1000, 7537])
def test_packed_rows_are_written_once_with_their_types_in_one_statement(
    tmp_path: Path, count: int
) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    link = LINKS[("exchange", "organisations")]
    exchange = str(uuid.uuid4())
    rows = [(exchange, f"{i:08d}-0000-4000-8000-000000000000", i) for i in range(count)]
    statements: list[str] = []
    with database.writing(bulk=True) as session:
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.append)
        columns = [link.owner.key, link.target.key, "position"]
        repo.write_rows(session, link.table, columns, rows, packed=True)
        raw.set_trace_callback(None)
        written = session.execute(
            text(
                "SELECT exchange_id, organisation_id, position, typeof(exchange_id),"
                " typeof(organisation_id), typeof(position) FROM exchange_organisations"
            )
        ).all()
    assert sorted(tuple(row[:3]) for row in written) == rows
    assert {tuple(row[3:]) for row in written} <= {("text", "text", "integer")}
    # The whole lot in one statement: the writer thread takes the interpreter lock once.
    assert len([s for s in statements if "INSERT" in s]) == (1 if count else 0)
    database.dispose()
