"""The trigram index holds only the runs of text in a script without spaces (SQLite).

An entry of ``search_trigram`` was a record's whole text (Latin, Greek, Arabic included)
whenever it held a character of a script without spaces: a token per character of it all.
A substring term of a query is a single token holding such a character, so it always lies
inside one run of them: the tokens holding such a character (``出入境office``). The index now
holds those runs only, read through the view ``search_trigram_content``, made of
``search_content`` by two functions every connection of the program has
(``search_unspaced``, ``search_unspaced_runs``, in ``storage/unspaced_scripts.py``).
The records in the index are the same as before; only their text there is shorter.

The trigram table is made again with that view as its external content, the search
triggers again with their trigram statements reading it (the word index's are unchanged),
and the index filled. Triggers a bulk insert set aside and left parked (an import that
stopped half-way) are forgotten: they would put back the old statements, and the ones made
here take their place.

PostgreSQL: nothing changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import importlib
from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

from counsellor_app.storage.unspaced_scripts import register_sql_functions

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The search index's records and triggers as migration 0002 made them.
_SEARCH_INDEX = importlib.import_module(
    "counsellor_app.storage.migrations.versions.0002_search_index"
)
KINDS = _SEARCH_INDEX.KINDS

TRIGRAM_VIEW = (
    "CREATE VIEW search_trigram_content AS"
    " SELECT doc, kind, record_id, search_unspaced_runs(title) AS title,"
    " search_unspaced_runs(body) AS body, search_unspaced_runs(extra) AS extra"
    " FROM search_content WHERE search_unspaced(title, body, extra)"
)
# (index, its content view)
INDEXES = (("search_words", "search_content"), ("search_trigram", "search_trigram_content"))


def _remove(kind: str, record: str, also: str = "") -> str:
    """Statements taking a record's entry out of both indexes, read from their views."""
    where = f"kind = '{kind}' AND record_id = {record}{also}"
    return "".join(
        f" INSERT INTO {index} ({index}, rowid, title, body, extra)"
        f" SELECT 'delete', doc, title, body, extra FROM {view} WHERE {where};"
        for index, view in INDEXES
    )


def _add(kind: str, record: str, also: str = "") -> str:
    where = f"kind = '{kind}' AND record_id = {record}{also}"
    return "".join(
        f" INSERT INTO {index} (rowid, title, body, extra)"
        f" SELECT doc, title, body, extra FROM {view} WHERE {where};"
        for index, view in INDEXES
    )


def _triggers() -> list[str]:
    """Migration 0002's triggers, each index read from its own view."""
    statements = []
    for kind, table, _, _, _, _, columns in KINDS:
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
        changed += " OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)"
        watched = ", ".join((*columns, "deleted_at"))
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table}"
            f" WHEN (SELECT suspended FROM search_state) = 0 BEGIN"
            f" INSERT INTO search_documents (kind, record_id) VALUES ('{kind}', new.id);"
            f"{_add(kind, 'new.id')} END",
            f"CREATE TRIGGER search_{table}_before_update BEFORE UPDATE OF {watched} ON {table}"
            f" WHEN {changed} BEGIN{_remove(kind, 'old.id')} END",
            f"CREATE TRIGGER search_{table}_after_update AFTER UPDATE OF {watched} ON {table}"
            f" WHEN {changed} BEGIN{_add(kind, 'new.id')} END",
            f"CREATE TRIGGER search_{table}_delete BEFORE DELETE ON {table} BEGIN"
            f"{_remove(kind, 'old.id')}"
            f" DELETE FROM search_documents WHERE kind = '{kind}' AND record_id = old.id; END",
        ]
    for event, row in (("INSERT", "new"), ("DELETE", "old")):
        statements += [
            f"CREATE TRIGGER search_practices_before_{event.lower()} BEFORE {event} ON practices"
            f" BEGIN{_remove('comparison', f'{row}.comparison_id')} END",
            f"CREATE TRIGGER search_practices_after_{event.lower()} AFTER {event} ON practices"
            f" BEGIN{_add('comparison', f'{row}.comparison_id')} END",
        ]
    moved = " AND new.comparison_id IS NOT old.comparison_id"
    statements += [
        "CREATE TRIGGER search_practices_before_update BEFORE UPDATE ON practices BEGIN"
        f"{_remove('comparison', 'old.comparison_id')}"
        f"{_remove('comparison', 'new.comparison_id', moved)} END",
        "CREATE TRIGGER search_practices_after_update AFTER UPDATE ON practices BEGIN"
        f"{_add('comparison', 'old.comparison_id')}"
        f"{_add('comparison', 'new.comparison_id', moved)} END",
    ]
    return statements


def _drop_search_triggers() -> None:
    names = op.get_bind().execute(
        text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'")
    )
    for (name,) in list(names):
        op.execute(f'DROP TRIGGER "{name}"')
    parked = (
        op.get_bind()
        .execute(
            text(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_parked_triggers'"
            )
        )
        .first()
    )
    if parked:
        op.execute("DELETE FROM search_parked_triggers")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # The program's connections have them already; Alembic's own engine may not.
    register_sql_functions(op.get_bind().connection.driver_connection)
    _drop_search_triggers()
    op.execute("DROP TABLE search_trigram")
    op.execute(TRIGRAM_VIEW)
    op.execute(
        "CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, extra,"
        " content='search_trigram_content', content_rowid='doc', tokenize='trigram')"
    )
    for statement in _triggers():
        op.execute(statement)
    op.execute(
        "INSERT INTO search_trigram (rowid, title, body, extra)"
        " SELECT doc, title, body, extra FROM search_trigram_content"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _drop_search_triggers()
    op.execute("DROP TABLE search_trigram")
    op.execute("DROP VIEW search_trigram_content")
    op.execute(
        "CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, extra,"
        " content='search_content', content_rowid='doc', tokenize='trigram')"
    )
    for statement in _SEARCH_INDEX._sqlite_triggers():
        op.execute(statement)
    op.execute(
        "INSERT INTO search_trigram (rowid, title, body, extra) SELECT doc, title, body, extra"
        f" FROM search_content WHERE {_SEARCH_INDEX.HAS_UNSPACED}"
    )
