"""Migration 0006: the link tables are stored without a rowid on SQLite, links kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from counsellor_app.domain.records import Exchange, Observation, Theme
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.open import open_database
from tests.migrations import migrate_file
from tests.workspaces import TickingClock

LINK_TABLES = (
    "exchange_organisations",
    "visit_participants",
    "observation_themes",
    "comparison_themes",
)


def _without_rowid(path: Path) -> dict[str, bool]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            )
            .fetchone()[0]
            .rstrip()
            .endswith("WITHOUT ROWID")
            for table in LINK_TABLES
        }


def test_a_new_database_stores_links_without_rowid(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).dispose()
    assert _without_rowid(path) == dict.fromkeys(LINK_TABLES, True)


def test_the_upgrade_keeps_every_link_and_the_downgrade_too(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o600)
    migrate_file(path, "0005")
    assert _without_rowid(path) == dict.fromkeys(LINK_TABLES, False)
    old = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    exchange = old.exchanges.create(Exchange(title="Study visit"))
    themes = [old.themes.create(Theme(name=name)).id for name in ("Return", "Trust", "Work")]
    note = old.observations.create(
        Observation(exchange=exchange.id, kind="lesson", text="Trust first", themes=tuple(themes))
    )
    old.database.dispose()

    upgraded = Workspace(
        open_database(path, backup_dir=tmp_path), actor="new", clock=TickingClock()
    )
    assert upgraded.observations.get(note.id).themes == tuple(themes)
    upgraded.database.dispose()
    assert _without_rowid(path) == dict.fromkeys(LINK_TABLES, True)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

    migrate_file(path, "0005", down=True)
    assert _without_rowid(path) == dict.fromkeys(LINK_TABLES, False)
    back = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    assert back.observations.get(note.id).themes == tuple(themes)
    back.database.dispose()
