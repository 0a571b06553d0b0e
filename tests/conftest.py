"""Fixtures shared by every test: private user folders, and one family of workspaces.

``workspace`` is an empty workspace, once on SQLite and once on PostgreSQL (when configured);
``sqlite_workspace`` is SQLite only; ``new_workspace`` opens more of them in a test
(``new_workspace("postgresql", clock=...)``); ``seeded`` is ``workspace`` with a small world
written in it (:class:`tests.workspaces.Seed`). Each opens a copy of a database migrated once
per run (``tests/workspaces.py``). ``postgres_schema_url`` is an empty schema, for tests of
migrations themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from counsellor_app.services.workspace import Workspace
from tests.workspaces import (
    BACKENDS,
    Seed,
    Templates,
    WorkspaceMaker,
    postgres_schema,
    seed,
)


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


@pytest.fixture(scope="session")
def database_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """The databases migrated once for the whole run, which each workspace copies."""
    templates = Templates(tmp_path_factory.mktemp("template"))
    yield templates
    templates.close()


@pytest.fixture
def new_workspace(database_templates: Templates, tmp_path: Path) -> Iterator[WorkspaceMaker]:
    """Opens workspaces on empty databases for this test; all closed after it."""
    maker = WorkspaceMaker(database_templates, tmp_path)
    yield maker
    maker.close()


@pytest.fixture(params=BACKENDS)
def workspace(request: pytest.FixtureRequest, new_workspace: WorkspaceMaker) -> Workspace:
    """An empty workspace, once on a SQLite file and once on PostgreSQL (when configured)."""
    return new_workspace(request.param)


@pytest.fixture
def sqlite_workspace(new_workspace: WorkspaceMaker) -> Workspace:
    """An empty workspace on a SQLite file."""
    return new_workspace("sqlite")


@pytest.fixture
def seeded(workspace: Workspace) -> Seed:
    """The small world of :class:`tests.workspaces.Seed`, written in ``workspace``."""
    return seed(workspace)


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A PostgreSQL URL whose connections see a fresh, empty schema of their own."""
    with postgres_schema() as url:
        yield url
