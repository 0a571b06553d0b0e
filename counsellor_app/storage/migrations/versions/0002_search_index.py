"""Search index: FTS5 word and trigram indexes on SQLite, expression indexes on PostgreSQL.

Everything this migration makes is named ``search_*``. The SQL is written out here, frozen,
rather than imported: a later change to the search module must come with its own migration.

SQLite
    ``search_documents`` gives each searchable record (observation, comparison with its
    practices, exchange, person, organisation) a stable integer ``doc``;
    ``search_content`` is a view of the text of every live record by ``doc``;
    ``search_words`` (unicode61, accents folded) and ``search_trigram`` (only records with
    text in a script written without spaces) are FTS5 tables whose external content is
    that view, so the text is stored once. Triggers keep them in step: before a change
    they remove a record's entry, read from the view as it still is; after it they add it
    back as it has become. ``search_state.suspended`` lets a bulk import skip the insert
    triggers and index its rows in one statement afterwards.

PostgreSQL
    ``pg_trgm``; functions ``search_fold`` (lower case, accents and ASCII punctuation
    removed), ``search_vector`` (weighted tsvector) and ``search_text``; GIN indexes on those
    expressions for each table searched.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Scripts written without spaces between words: Thai, Lao, Tibetan, Myanmar, Khmer, Hangul,
# kana, CJK ideographs (with extension planes), halfwidth katakana.
UNSPACED = (
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
)
HAS_UNSPACED = (
    "(coalesce(title, '') || coalesce(body, '') || coalesce(extra, '')) GLOB '*" + UNSPACED + "*'"
)

PRACTICES_TEXT = (
    "(SELECT group_concat(t, char(10)) FROM ("
    "SELECT p.description || coalesce(char(10) || p.strengths, '')"
    " || coalesce(char(10) || p.challenges, '') AS t"
    " FROM practices p WHERE p.comparison_id = c.id ORDER BY p.position, p.organisation_id))"
)

# kind, table, alias, title, body, extra, columns whose change re-indexes the record
KINDS = [
    (
        "observation",
        "observations",
        "o",
        "NULL",
        "o.text",
        "o.translation",
        ("text", "translation"),
    ),
    (
        "comparison",
        "comparisons",
        "c",
        "c.aspect",
        "c.summary",
        PRACTICES_TEXT,
        ("aspect", "summary"),
    ),
    ("exchange", "exchanges", "e", "e.title", "e.summary", "NULL", ("title", "summary")),
    ("person", "people", "p", "p.name", "NULL", "NULL", ("name",)),
    ("organisation", "organisations", "g", "g.name", "g.full_name", "NULL", ("name", "full_name")),
]
INDEXES = ("search_words", "search_trigram")


def _sqlite_view() -> str:
    arms = [
        f"SELECT d.doc AS doc, d.kind AS kind, d.record_id AS record_id, {title} AS title,"
        f" {body} AS body, {extra} AS extra"
        f" FROM search_documents d JOIN {table} {alias} ON {alias}.id = d.record_id"
        f" WHERE d.kind = '{kind}' AND {alias}.deleted_at IS NULL"
        for kind, table, alias, title, body, extra, _ in KINDS
    ]
    return "CREATE VIEW search_content AS\n" + "\nUNION ALL\n".join(arms)


def _remove(kind: str, record: str, also: str = "") -> str:
    """Statements taking a record's entry out of both indexes, read from the view."""
    where = f"kind = '{kind}' AND record_id = {record}{also}"
    return "".join(
        f" INSERT INTO {index} ({index}, rowid, title, body, extra)"
        f" SELECT 'delete', doc, title, body, extra FROM search_content WHERE {where}"
        + (f" AND {HAS_UNSPACED};" if index == "search_trigram" else ";")
        for index in INDEXES
    )


def _add(kind: str, record: str, also: str = "") -> str:
    where = f"kind = '{kind}' AND record_id = {record}{also}"
    return "".join(
        f" INSERT INTO {index} (rowid, title, body, extra)"
        f" SELECT doc, title, body, extra FROM search_content WHERE {where}"
        + (f" AND {HAS_UNSPACED};" if index == "search_trigram" else ";")
        for index in INDEXES
    )


def _sqlite_triggers() -> list[str]:
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
    # A practice is part of its comparison's entry: any change re-indexes the comparison.
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


def _upgrade_sqlite() -> None:
    statements = [
        "CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " suspended INTEGER NOT NULL DEFAULT 0)",
        "INSERT INTO search_state (id, suspended) VALUES (1, 0)",
        "CREATE TABLE search_documents (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
        " record_id TEXT NOT NULL)",
        "CREATE UNIQUE INDEX search_documents_record ON search_documents (record_id, kind)",
        _sqlite_view(),
        "CREATE VIRTUAL TABLE search_words USING fts5(title, body, extra,"
        " content='search_content', content_rowid='doc',"
        " tokenize='unicode61 remove_diacritics 2')",
        "CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, extra,"
        " content='search_content', content_rowid='doc', tokenize='trigram')",
        *_sqlite_triggers(),
    ]
    for kind, table, *_ in KINDS:
        statements.append(
            f"INSERT INTO search_documents (kind, record_id) SELECT '{kind}', id FROM {table}"
        )
    statements += [
        "INSERT INTO search_words (search_words) VALUES ('rebuild')",
        "INSERT INTO search_trigram (rowid, title, body, extra)"
        f" SELECT doc, title, body, extra FROM search_content WHERE {HAS_UNSPACED}",
    ]
    for statement in statements:
        op.execute(sa.text(statement))


# -- PostgreSQL -----------------------------------------------------------------------------

PUNCTUATION = "!\"#$%&''()*+,-./:;<=>?@[\\]^_`{|}~"
PG_FUNCTIONS = [
    "CREATE FUNCTION search_fold(value text) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN"
    " lower(regexp_replace(normalize(translate(coalesce(value, ''),"
    f" '{PUNCTUATION}', '{' ' * 32}'), NFKD), '[\\u0300-\\u036f]', '', 'g'))",
    "CREATE FUNCTION search_vector(title text, body text, extra text) RETURNS tsvector"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN"
    " setweight(to_tsvector('simple'::regconfig, search_fold(title)), 'A')"
    " || setweight(to_tsvector('simple'::regconfig, search_fold(body)), 'B')"
    " || setweight(to_tsvector('simple'::regconfig, search_fold(extra)), 'C')",
    "CREATE FUNCTION search_text(title text, body text, extra text) RETURNS text"
    " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN"
    " search_fold(coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(extra, ''))",
]
PRACTICE_EXTRA = "description || ' ' || coalesce(strengths, '') || ' ' || coalesce(challenges, '')"
# table, (title, body, extra) as in the search module's queries
PG_SOURCES = [
    ("observations", ("NULL", "text", "translation")),
    ("comparisons", ("aspect", "summary", "NULL")),
    ("practices", ("NULL", "NULL", PRACTICE_EXTRA)),
    ("exchanges", ("title", "summary", "NULL")),
    ("people", ("name", "NULL", "NULL")),
    ("organisations", ("name", "full_name", "NULL")),
]


def _upgrade_postgresql() -> None:
    bind = op.get_bind()
    schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        )
    ).scalar()
    if schema is None:
        public = bind.execute(
            sa.text("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'")
        ).scalar()
        schema = "public" if public else bind.execute(sa.text("SELECT current_schema()")).scalar()
        op.execute(sa.text(f'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA "{schema}"'))
    for statement in PG_FUNCTIONS:
        op.execute(sa.text(statement))
    for table, (title, body, extra) in PG_SOURCES:
        arguments = f"{title}, {body}, {extra}"
        op.execute(
            sa.text(
                f"CREATE INDEX search_{table}_words ON {table}"
                f" USING gin (search_vector({arguments}))"
            )
        )
        op.execute(
            sa.text(
                f"CREATE INDEX search_{table}_trigrams ON {table}"
                f' USING gin (search_text({arguments}) "{schema}".gin_trgm_ops)'
            )
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _upgrade_sqlite()
    elif op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in (
            "DROP TABLE IF EXISTS search_words",
            "DROP TABLE IF EXISTS search_trigram",
            "DROP VIEW IF EXISTS search_content",
            "DROP TABLE IF EXISTS search_documents",
            "DROP TABLE IF EXISTS search_state",
        ):
            op.execute(sa.text(statement))
        triggers = op.get_bind().execute(
            sa.text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
            )
        )
        for (name,) in list(triggers):
            op.execute(sa.text(f'DROP TRIGGER IF EXISTS "{name}"'))
    elif op.get_bind().dialect.name == "postgresql":
        for table, _ in PG_SOURCES:
            op.execute(sa.text(f"DROP INDEX IF EXISTS search_{table}_words"))
            op.execute(sa.text(f"DROP INDEX IF EXISTS search_{table}_trigrams"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS search_text(text, text, text)"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS search_vector(text, text, text)"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS search_fold(text)"))
