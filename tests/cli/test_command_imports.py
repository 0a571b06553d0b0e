"""What `search` and `check` import: what they use, and nothing a script would wait for.

A script that makes a report per exchange, or a shell loop of searches, pays each command's
start every time: the ORM models, the PostgreSQL dialect, the file reader, migrations, PDF and
Qt are loaded only by the commands that use them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from counsellor_app.services.interchange import import_document
from counsellor_app.services.session import open_workspace
from tests.builders import rich_document

RUN = """
import sys
from counsellor_app.cli import main
code = main({argv!r})
watched = {watched!r}
print("LOADED:" + ",".join(m for m in watched if m in sys.modules))
sys.exit(code)
"""

# Loaded by neither command.
NEITHER = (
    "counsellor_app.storage.models",
    "counsellor_app.storage.repository",
    "counsellor_app.services.records",
    "counsellor_app.services.interchange",
    "counsellor_app.services.reporting",
    "counsellor_app.reports",
    "sqlalchemy.dialects.postgresql",
    "alembic",
    "reportlab",
    "PySide6",
    "orjson",
    "psycopg",
)


def _loaded(database: Path, *argv: str, watched: tuple[str, ...]) -> tuple[int, list[str], str]:
    result = subprocess.run(
        [sys.executable, "-c", RUN.format(argv=["--db", str(database), *argv], watched=watched)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(database.parent)},
        timeout=120,
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED:"))
    loaded = [m for m in line.removeprefix("LOADED:").split(",") if m]
    return result.returncode, loaded, result.stdout + result.stderr


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    workspace = open_workspace(path, actor="test")
    import_document(workspace, rich_document())
    workspace.database.dispose()
    return path


def test_search_loads_neither_the_models_nor_a_dialect_it_does_not_use(database: Path) -> None:
    code, loaded, output = _loaded(database, "search", "return", watched=NEITHER)
    assert code == 0, output
    assert "observation\t" in output  # it did search
    assert loaded == [], f"search loads {loaded}"


def test_check_loads_no_orm_and_no_search(database: Path) -> None:
    watched = (*NEITHER, "sqlalchemy.orm", "counsellor_app.storage.search")
    code, loaded, output = _loaded(database, "check", watched=watched)
    assert code == 0, output
    assert ": ok" in output
    assert loaded == [], f"check loads {loaded}"


def test_the_version_is_read_only_when_asked_for(tmp_path: Path) -> None:
    code, loaded, output = _loaded(
        tmp_path / "absent.sqlite3", "--help", watched=("importlib.metadata", "sqlalchemy")
    )
    assert code == 0 and "search" in output
    assert loaded == [], f"--help loads {loaded}"
