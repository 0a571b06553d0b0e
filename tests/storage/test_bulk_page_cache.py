"""A bulk transaction's page cache on SQLite: sized from the file it imports, for that
transaction only."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo
from counsellor_app.storage.database import CACHE_KIB
from counsellor_app.storage.open import open_database
from counsellor_app.storage.repository.bulk import BULK_CACHE_KIB


def test_a_bulk_transaction_gets_half_the_file_and_gives_it_back(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    sizes: list[int] = []
    with database.writing(bulk=True) as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        for file_bytes in (1_000, 100_000_000, 10_000_000_000):
            kib = repo.reserve_page_cache(session, file_bytes)
            assert session.execute(text("PRAGMA cache_size")).scalar() == -kib
            sizes.append(kib)
    # A small file keeps the everyday cache; a large one at most BULK_CACHE_KIB.
    assert sizes == [CACHE_KIB, 100_000_000 // 2048, BULK_CACHE_KIB]
    # The connection, back in the pool, has its everyday cache again.
    assert raw.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    with database.writing() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
    database.dispose()


def test_a_rolled_back_bulk_transaction_gives_the_cache_back_too(tmp_path: Path) -> None:
    database = open_database(tmp_path / "notes.sqlite3")
    try:
        with database.writing(bulk=True) as session:
            raw = session.connection().connection.driver_connection
            assert raw is not None
            repo.reserve_page_cache(session, 10_000_000_000)
            raise KeyError("stop")
    except KeyError:
        pass
    assert raw.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    database.dispose()


def test_postgresql_takes_no_page_cache(workspace: Workspace) -> None:
    with workspace.database.writing(bulk=True) as session:
        kib = repo.reserve_page_cache(session, 10_000_000_000)
    assert kib == (BULK_CACHE_KIB if workspace.database.dialect == "sqlite" else 0)
