"""The databases and workspaces tests run on, and the small world most of them start from.

A workspace is opened on a copy of a database migrated once per test run: on SQLite a copy of
the template file, on PostgreSQL a database made from a template database (``CREATE DATABASE
… TEMPLATE``), or, where the account may not make databases, a fresh schema migrated for the
test.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from counsellor_app.domain.records import Exchange, Organisation, Person, Theme
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.database import Database
from counsellor_app.storage.open import open_database

POSTGRES_VARIABLE = "COUNSELLOR_APP_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")


class TickingClock:
    """A clock that moves one second per reading, so every change has its own time."""

    def __init__(self) -> None:
        self.now = datetime(2016, 9, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_VARIABLE) or None


def _with_options(base: str, **changes: Any) -> str:
    return make_url(base).set(**changes).render_as_string(hide_password=False)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A PostgreSQL URL whose connections see a fresh, empty schema of their own (the test is
    skipped when no server is configured)."""
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


def copy_file_privately(source: Path, target: Path) -> None:
    """Copies a database file to a new file only its owner reads, as the program makes them."""
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with open(descriptor, "wb") as out, source.open("rb") as into:
        shutil.copyfileobj(into, out)


class Templates:
    """Databases migrated once per test run, copied for each workspace of a test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._sqlite: Path | None = None
        self._postgres: str | None = None  # the template database's name
        self._admin: Engine | None = None
        self._postgres_copies = True

    # -- SQLite ---------------------------------------------------------------------------------

    def sqlite_file(self, target: Path) -> Path:
        """A new file at ``target``: a copy of a database at the head of the migrations."""
        if self._sqlite is None:
            template = self.folder / "template.sqlite3"
            open_database(template).dispose()
            # Closed for good, so the file holds everything (no log left beside it).
            assert not template.with_name(template.name + "-wal").exists()
            self._sqlite = template
        copy_file_privately(self._sqlite, target)
        return target

    # -- PostgreSQL -----------------------------------------------------------------------------

    @contextmanager
    def postgres_database(self) -> Iterator[str]:
        """The URL of a database at the head of the migrations, made for the caller and
        dropped after it (skipped when no server is configured)."""
        base = postgres_url()
        if base is None:
            pytest.skip(f"{POSTGRES_VARIABLE} is not set")
        if self._postgres_copies and self._template(base):
            name = f"{self._postgres}_{uuid.uuid4().hex[:8]}"
            assert self._admin is not None
            with self._admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self._postgres}"'))
            try:
                yield _with_options(base, database=name)
            finally:
                with self._admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        with postgres_schema() as url:
            open_database(url).dispose()
            yield url

    def _template(self, base: str) -> bool:
        """Makes the template database once; False where the account may not make databases
        (then each test migrates a schema of its own)."""
        if self._postgres is not None:
            return True
        self._admin = create_engine(base, isolation_level="AUTOCOMMIT")
        # Named after the test run's process, so a later run can drop what a killed one left.
        prefix = f"{make_url(base).database}_t"
        name = f"{prefix}{os.getpid()}"
        try:
            self._drop_leftovers(prefix)
            with self._admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        except DBAPIError:
            self._postgres_copies = False
            return False
        open_database(_with_options(base, database=name)).dispose()
        self._postgres = name
        return True

    def _drop_leftovers(self, prefix: str) -> None:
        assert self._admin is not None
        with self._admin.connect() as connection:
            names = connection.execute(
                text("SELECT datname FROM pg_database WHERE datname LIKE :pattern"),
                {"pattern": prefix.replace("_", "\\_") + "%"},
            ).scalars()
            for name in list(names):
                pid = name[len(prefix) :].split("_", 1)[0]
                if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        if self._admin is None:
            return
        if self._postgres is not None:
            with self._admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{self._postgres}" WITH (FORCE)'))
        self._admin.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WorkspaceMaker:
    """Opens workspaces for one test, each on its own copy of a migrated database, and closes
    them all after it."""

    def __init__(self, templates: Templates, folder: Path) -> None:
        self.templates = templates
        self.folder = folder
        self._databases: list[Database] = []
        self._leaving: list[Any] = []

    def __call__(
        self,
        backend: str = "sqlite",
        *,
        actor: str = "tester",
        clock: Callable[[], datetime] | None = None,
        name: str = "notes.sqlite3",
    ) -> Workspace:
        """A workspace on an empty database at the head of the migrations; ``clock`` defaults
        to a :class:`TickingClock`."""
        if backend == "sqlite":
            database = open_database(self.templates.sqlite_file(self.folder / name))
        elif backend == "postgresql":
            made = self.templates.postgres_database()
            url = made.__enter__()
            self._leaving.append(made)
            database = open_database(url)
        else:
            raise ValueError(backend)
        self._databases.append(database)
        return Workspace(database, actor=actor, clock=clock or TickingClock())

    def close(self) -> None:
        for database in reversed(self._databases):
            database.dispose()
        for made in reversed(self._leaving):
            made.__exit__(None, None, None)


@dataclass(frozen=True)
class Seed(Mapping[str, Any]):
    """A small world: two organisations, a person of each, two themes, one exchange of both.

    Read by attribute (``seed.fedasil``); older tests read it as a mapping by name
    (``seed["fedasil"]``, ``{**seed, ...}``).
    """

    fedasil: Organisation
    ofii: Organisation
    guillaume: Person
    isabelle: Person
    trust: Theme
    information: Theme
    exchange: Exchange

    def __getitem__(self, name: str) -> Any:
        if name not in _SEED_NAMES:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(_SEED_NAMES)

    def __len__(self) -> int:
        return len(_SEED_NAMES)


_SEED_NAMES = tuple(f.name for f in fields(Seed))


def seed(workspace: Workspace) -> Seed:
    """Writes the small world of :class:`Seed` through the services."""
    fedasil = workspace.organisations.create(Organisation(name="Fedasil", country="BE"))
    ofii = workspace.organisations.create(Organisation(name="OFII", country="FR"))
    guillaume = workspace.people.create(
        Person(name="Guillaume", role="return counsellor", organisation=fedasil.id)
    )
    isabelle = workspace.people.create(
        Person(name="Isabelle", role="return official", organisation=ofii.id)
    )
    trust = workspace.themes.create(Theme(name="Trust"))
    information = workspace.themes.create(Theme(name="Information"))
    exchange = workspace.exchanges.create(
        Exchange(title="French-Belgian exchange", organisations=(fedasil.id, ofii.id))
    )
    return Seed(fedasil, ofii, guillaume, isabelle, trust, information, exchange)
