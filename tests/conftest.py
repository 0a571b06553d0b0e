"""Fixtures shared by every test: isolated databases on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database

POSTGRES_VARIABLE = "COUNSELLOR_APP_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the real user's data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("COUNSELLOR_APP_DATABASE_URL", raising=False)


class TickingClock:
    """A clock that moves one second per reading, so every change has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2016, 9, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_VARIABLE) or None


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose connections see a fresh, empty schema of their own."""
    base = postgres_url()
    if base is None:
        pytest.skip(f"{POSTGRES_VARIABLE} is not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
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
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace, once on a SQLite file and once on PostgreSQL (when configured)."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "notes.sqlite3")
    else:
        database = open_database(request.getfixturevalue("postgres_schema_url"))
    yield Workspace(database, actor="tester", clock=TickingClock())
    database.dispose()


@pytest.fixture
def sqlite_workspace(tmp_path: Path) -> Iterator[Workspace]:
    database = open_database(tmp_path / "notes.sqlite3")
    yield Workspace(database, actor="tester", clock=TickingClock())
    database.dispose()
