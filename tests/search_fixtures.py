"""Workspaces for the search tests: a SQLite file, and PostgreSQL when it is configured.

Each PostgreSQL workspace gets a schema of its own, made empty for the test and dropped after
it, then opened with ``open_database`` like any database (migrations run to head).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database

POSTGRES_VARIABLE = "COUNSELLOR_APP_TEST_POSTGRES_URL"


class Clock:
    """Moves one second per reading, so every change has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2016, 9, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A PostgreSQL URL whose connections work in a fresh, empty schema (skips if none)."""
    base = os.environ.get(POSTGRES_VARIABLE)
    if not base:
        pytest.skip(f"{POSTGRES_VARIABLE} is not set")
    schema = f"search_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema},public"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def search_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace on a SQLite file, then on PostgreSQL (skipped when not configured)."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "notes.sqlite3")
        yield Workspace(database, actor="tester", clock=Clock())
        database.dispose()
        return
    with postgres_schema() as url:
        database = open_database(url)
        yield Workspace(database, actor="tester", clock=Clock())
        database.dispose()
