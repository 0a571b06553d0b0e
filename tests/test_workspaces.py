"""The test workspaces themselves: each on its own copy of one migrated database."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from counsellor_app.domain.records import Organisation
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import migrate
from tests.workspaces import Seed, Templates, WorkspaceMaker


def test_a_workspace_is_empty_at_the_head_of_the_migrations(workspace: Workspace) -> None:
    assert set(workspace.counts().values()) == {0}
    assert migrate.current_revision(workspace.database.engine) == migrate.head_revision()


def test_workspaces_of_one_test_share_nothing(new_workspace: WorkspaceMaker) -> None:
    first = new_workspace("sqlite", name="first.sqlite3")
    second = new_workspace("sqlite", name="second.sqlite3")
    first.organisations.create(Organisation(name="Fedasil"))
    assert first.counts()["organisations"] == 1
    assert second.counts()["organisations"] == 0


def test_sqlite_files_are_copies_of_one_template_only_their_owner_reads(
    database_templates: Templates, new_workspace: WorkspaceMaker, tmp_path: Path
) -> None:
    new_workspace("sqlite", name="first.sqlite3")
    template = database_templates._sqlite
    new_workspace("sqlite", name="second.sqlite3")
    assert template is not None and database_templates._sqlite == template
    assert template.parent != tmp_path
    for name in ("first.sqlite3", "second.sqlite3"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    with pytest.raises(FileExistsError):
        database_templates.sqlite_file(tmp_path / "first.sqlite3")


def test_the_seed_is_typed_and_reads_as_a_mapping(seeded: Seed, workspace: Workspace) -> None:
    assert seeded.fedasil.name == "Fedasil" and seeded["ofii"].name == "OFII"
    assert seeded.guillaume.organisation == seeded.fedasil.id
    assert seeded.exchange.organisations == (seeded.fedasil.id, seeded.ofii.id)
    assert dict(seeded)["trust"] == seeded.trust
    assert len(seeded) == 7
    counts = workspace.counts()
    assert (counts["organisations"], counts["people"], counts["themes"]) == (2, 2, 2)
    assert counts["exchanges"] == 1
