"""The sample database: the example exchange, in a file of its own beside the user's."""

from __future__ import annotations

from pathlib import Path

from counsellor_app import paths
from counsellor_app.services.interchange import import_file
from counsellor_app.services.session import open_workspace
from counsellor_app.services.ui_queries import has_any_record


def prepare_example(target: Path | None = None, *, actor: str | None = None) -> Path:
    """The sample database (``paths.example_database()`` unless told), filled with the
    shipped example the first time; what the user changed in it since is kept."""
    target = target if target is not None else paths.example_database()
    target.parent.mkdir(parents=True, exist_ok=True)
    workspace = open_workspace(target, actor=actor)
    try:
        if not has_any_record(workspace):
            import_file(workspace, paths.example_file())
    finally:
        workspace.database.dispose()
    return target
