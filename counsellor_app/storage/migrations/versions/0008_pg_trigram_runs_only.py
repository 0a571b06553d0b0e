"""PostgreSQL's trigram index holds only the runs of text in a script without spaces.

``search_pg_documents.folded`` (0004) held the whole folded text of every record with a
script without spaces (a third of realistic data, Latin, Greek and Arabic prose included),
and its ``pg_trgm`` GIN index took most of an import's index building. A substring term of
a query (``parse_query``) is one token holding such a character, and its fold holds no
space: wherever it occurs in a record's folded text it lies inside one piece between
spaces, and that piece holds a character of such a script (the fold of one always does).
The new column ``runs`` keeps those pieces only, in order, separated by a space
(``search_runs``); ``LIKE`` on it finds exactly the records ``LIKE`` on ``folded`` found, and
it is NULL for the same records (those whose text, unfolded, has such a character; a run
list that came out empty would be ``''``). The fold of a few letters — Arabic presentation
forms, U+037A — does hold a space: a query with one of those is looked for in the records'
whole folded text instead (``storage/search/postgres.py``).

Pieces are cut at the spaces the fold leaves: ASCII punctuation has become a space, and
compatibility decomposition turns the other spaces of Unicode into one, all but those
listed in ``SEPARATORS``.

The entries already stored are brought over from ``folded`` in one statement; the two
functions that write entries (0004) are made again writing ``runs``; the trigram index and
the partial index of the entries with runs are made on the new column.

SQLite: nothing changes (migration 0007 did the same there).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STORED = importlib.import_module(
    "counsellor_app.storage.migrations.versions.0004_stored_search_documents"
)
UNSPACED = _STORED.UNSPACED  # a bracket expression of the scripts' characters

# Where the folded text is cut into pieces: the ASCII space, the control characters of white
# space and the spaces compatibility decomposition leaves as they are.
SEPARATORS = " \t\n\r\f\v\u0085\u1680\u2028\u2029"
_PIECE = f"[^{SEPARATORS}]*"
RUN = f"({_PIECE}{UNSPACED}{_PIECE})"

SEARCH_RUNS = (
    "CREATE FUNCTION search_runs(folded text) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN"
    f" (SELECT string_agg(m[1], ' ') FROM regexp_matches(folded, '{RUN}', 'g') AS m)"
)

# The row of a view entry c, as 0004's ENTRY, with the runs instead of the whole folded text.
ENTRY = (
    "c.kind, c.record_id, search_vector(c.title, c.body, c.extra),"
    f" CASE WHEN concat(c.title, ' ', c.body, ' ', c.extra) ~ '{UNSPACED}'"
    " THEN coalesce(search_runs(search_text(c.title, c.body, c.extra)), '') END"
)


def _functions(entry: str, column: str) -> list[str]:
    """0004's search_pg_refresh and search_pg_add_missing, writing ``entry`` into ``column``."""
    made = []
    for statement in _STORED.FUNCTIONS[:2]:
        statement = statement.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
        statement = statement.replace(_STORED.ENTRY, entry)
        statement = statement.replace("document, folded)", f"document, {column})")
        statement = statement.replace("folded = excluded.folded", f"{column} = excluded.{column}")
        made.append(statement)
    return made


def _trigram_schema() -> str:
    found = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                " WHERE e.extname = 'pg_trgm'"
            )
        )
        .scalar()
    )
    return str(found)


# The words' index too: each row rewritten would add its words again (made anew, it is made
# at once and no larger than before).
_DROP_INDEXES = [
    "DROP INDEX search_pg_documents_trigrams",
    "DROP INDEX search_pg_documents_unspaced",
    "DROP INDEX search_pg_documents_words",
]


def _indexes(column: str) -> list[str]:
    return [
        "CREATE INDEX search_pg_documents_words ON search_pg_documents USING gin (document)",
        "CREATE INDEX search_pg_documents_trigrams ON search_pg_documents"
        f' USING gin ({column} "{_trigram_schema()}".gin_trgm_ops)',
        "CREATE INDEX search_pg_documents_unspaced ON search_pg_documents (doc)"
        f" WHERE {column} IS NOT NULL",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(sa.text(SEARCH_RUNS))
    for statement in [
        *_DROP_INDEXES,
        "ALTER TABLE search_pg_documents RENAME COLUMN folded TO runs",
        # The runs of the folded text already stored: what ENTRY makes from the records.
        "UPDATE search_pg_documents SET runs = coalesce(search_runs(runs), '')"
        " WHERE runs IS NOT NULL",
        *_functions(ENTRY, "runs"),
        *_indexes("runs"),
        "ANALYZE search_pg_documents",
    ]:
        op.execute(sa.text(statement))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in [
        *_DROP_INDEXES,
        "ALTER TABLE search_pg_documents RENAME COLUMN runs TO folded",
        "UPDATE search_pg_documents d SET folded = search_text(c.title, c.body, c.extra)"
        " FROM search_pg_content c WHERE c.kind = d.kind AND c.record_id = d.record_id"
        " AND d.folded IS NOT NULL",
        *_functions(_STORED.ENTRY, "folded"),
        "DROP FUNCTION search_runs(text)",
        *_indexes("folded"),
        "ANALYZE search_pg_documents",
    ]:
        op.execute(sa.text(statement))
