"""Stored search data on PostgreSQL: one weighted ``tsvector`` per record, kept by triggers.

Ranking with the expression indexes of 0002 computed every matching record's ``tsvector``
again (about 50 µs each), so a broad query over many records took hundreds of
milliseconds. This migration stores it. SQLite is left as it is: its FTS5 indexes already
hold what they rank.

``search_pg_content``
    A view of the text of every live record as (kind, record_id, title, body, extra): a
    comparison's extra is all its practices, in order.
``search_pg_documents``
    One row per live record: ``doc`` (growing, so the newest records can be ranked first),
    ``document`` (``search_vector`` of the view's texts, GIN index) and ``folded``
    (``search_text`` of them, trigram GIN index) — the latter only for records with text in a
    script written without spaces, the only ones a substring query can find.
``search_pg_refresh(kind, id)``
    Brings one record's row up to date: written if the record is live, removed if not.
    Row triggers on the record tables and on ``practices`` call it.
``search_pg_add_missing(kinds)``
    Adds in one statement every live record of ``kinds`` that has no row. A bulk import sets
    ``counsellor.search_bulk`` to ``on`` for its transaction, which the insert triggers
    read and stand aside for, then calls this.

The expression indexes of 0002 are dropped (nothing queries them any more, and each cost a
``tsvector`` per inserted row); its functions stay, as the stored data is made with them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Scripts written without spaces between words (the same list as migration 0002).
UNSPACED = (
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff]"
)
BULK = "coalesce(current_setting('counsellor.search_bulk', true), '') = 'on'"

PRACTICES_TEXT = (
    "(SELECT string_agg(p.description || coalesce(' ' || p.strengths, '')"
    " || coalesce(' ' || p.challenges, ''), ' ' ORDER BY p.position, p.organisation_id)"
    " FROM practices p WHERE p.comparison_id = c.id)"
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

# The row of a view entry c: what both the refresh and the bulk fill write.
ENTRY = (
    "c.kind, c.record_id, search_vector(c.title, c.body, c.extra),"
    f" CASE WHEN concat(c.title, ' ', c.body, ' ', c.extra) ~ '{UNSPACED}'"
    " THEN search_text(c.title, c.body, c.extra) END"
)


def _view() -> str:
    arms = [
        f"SELECT text '{kind}' AS kind, CAST({alias}.id AS text) AS record_id,"
        f" CAST({title} AS text) AS title, CAST({body} AS text) AS body,"
        f" CAST({extra} AS text) AS extra FROM {table} {alias} WHERE {alias}.deleted_at IS NULL"
        for kind, table, alias, title, body, extra, _ in KINDS
    ]
    return "CREATE VIEW search_pg_content AS\n" + "\nUNION ALL\n".join(arms)


FUNCTIONS = [
    "CREATE FUNCTION search_pg_refresh(wanted_kind text, wanted_id text) RETURNS void"
    " LANGUAGE plpgsql AS $$ BEGIN"
    " INSERT INTO search_pg_documents (kind, record_id, document, folded)"
    f" SELECT {ENTRY} FROM search_pg_content c"
    " WHERE c.kind = wanted_kind AND c.record_id = wanted_id"
    " ON CONFLICT (record_id, kind) DO UPDATE"
    " SET document = excluded.document, folded = excluded.folded;"
    " IF NOT FOUND THEN"
    " DELETE FROM search_pg_documents WHERE kind = wanted_kind AND record_id = wanted_id;"
    " END IF; END $$",
    # Its table's statistics are of before the insert (often empty): a nested loop would
    # look for each record among the rows this statement has written so far, O(n²).
    "CREATE FUNCTION search_pg_add_missing(kinds text[]) RETURNS bigint"
    " LANGUAGE plpgsql SET enable_nestloop = off AS $$ DECLARE added bigint; BEGIN"
    " INSERT INTO search_pg_documents (kind, record_id, document, folded)"
    f" SELECT {ENTRY} FROM search_pg_content c WHERE c.kind = ANY(kinds)"
    " AND NOT EXISTS (SELECT 1 FROM search_pg_documents d"
    " WHERE d.record_id = c.record_id AND d.kind = c.kind)"
    " ON CONFLICT (record_id, kind) DO NOTHING;"
    " GET DIAGNOSTICS added = ROW_COUNT; RETURN added; END $$",
    # TG_ARGV[0] is the kind of the table's records.
    "CREATE FUNCTION search_pg_record_changed() RETURNS trigger"
    " LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'DELETE' THEN"
    " DELETE FROM search_pg_documents WHERE kind = TG_ARGV[0] AND record_id = OLD.id;"
    " ELSE PERFORM search_pg_refresh(TG_ARGV[0], NEW.id); END IF;"
    " RETURN NULL; END $$",
    # A practice is part of its comparison's entry. During a bulk import a comparison
    # without an entry is new: search_pg_add_missing writes it once, with all its practices.
    "CREATE FUNCTION search_pg_comparison_touched(comparison text) RETURNS void"
    " LANGUAGE plpgsql AS $$ BEGIN"
    f" IF {BULK} AND NOT EXISTS (SELECT 1 FROM search_pg_documents"
    " WHERE kind = 'comparison' AND record_id = comparison) THEN RETURN; END IF;"
    " PERFORM search_pg_refresh('comparison', comparison); END $$",
    "CREATE FUNCTION search_pg_practice_changed() RETURNS trigger"
    " LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'INSERT' THEN PERFORM search_pg_comparison_touched(NEW.comparison_id);"
    " ELSIF TG_OP = 'DELETE' THEN PERFORM search_pg_comparison_touched(OLD.comparison_id);"
    " ELSE PERFORM search_pg_comparison_touched(OLD.comparison_id);"
    " IF NEW.comparison_id <> OLD.comparison_id THEN"
    " PERFORM search_pg_comparison_touched(NEW.comparison_id); END IF;"
    " END IF; RETURN NULL; END $$",
]


def _triggers() -> list[str]:
    statements = []
    for kind, table, _, _, _, _, columns in KINDS:
        changed = " OR ".join(f"old.{c} IS DISTINCT FROM new.{c}" for c in columns)
        changed += " OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)"
        watched = ", ".join((*columns, "deleted_at"))
        run = f"FOR EACH ROW EXECUTE FUNCTION search_pg_record_changed('{kind}')"
        statements += [
            f"CREATE TRIGGER search_pg_{table}_insert AFTER INSERT ON {table}"
            f" FOR EACH ROW WHEN (NOT {BULK})"
            f" EXECUTE FUNCTION search_pg_record_changed('{kind}')",
            f"CREATE TRIGGER search_pg_{table}_update AFTER UPDATE OF {watched} ON {table}"
            f" FOR EACH ROW WHEN ({changed})"
            f" EXECUTE FUNCTION search_pg_record_changed('{kind}')",
            f"CREATE TRIGGER search_pg_{table}_delete AFTER DELETE ON {table} {run}",
        ]
    statements.append(
        "CREATE TRIGGER search_pg_practices_changed AFTER INSERT OR UPDATE OR DELETE"
        " ON practices FOR EACH ROW EXECUTE FUNCTION search_pg_practice_changed()"
    )
    return statements


# The expression indexes of 0002: table, (title, body, extra).
PRACTICE_EXTRA = "description || ' ' || coalesce(strengths, '') || ' ' || coalesce(challenges, '')"
OLD_INDEXES = [
    ("observations", ("NULL", "text", "translation")),
    ("comparisons", ("aspect", "summary", "NULL")),
    ("practices", ("NULL", "NULL", PRACTICE_EXTRA)),
    ("exchanges", ("title", "summary", "NULL")),
    ("people", ("name", "NULL", "NULL")),
    ("organisations", ("name", "full_name", "NULL")),
]


def _trigram_schema() -> str:
    schema = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                " WHERE e.extname = 'pg_trgm'"
            )
        )
        .scalar()
    )
    return str(schema)


def _upgrade_postgresql() -> None:
    trgm = _trigram_schema()
    kinds = ", ".join(f"'{kind}'" for kind, *_ in KINDS)
    statements = [
        "CREATE TABLE search_pg_documents (doc bigint GENERATED BY DEFAULT AS IDENTITY"
        " CONSTRAINT search_pg_documents_pkey PRIMARY KEY, kind text NOT NULL,"
        " record_id text NOT NULL, document tsvector NOT NULL, folded text,"
        " CONSTRAINT search_pg_documents_record UNIQUE (record_id, kind))",
        _view(),
        *FUNCTIONS,
        *_triggers(),
        # Filled before the GIN indexes are made: building them at once is much faster.
        f"SELECT search_pg_add_missing(ARRAY[{kinds}])",
        "CREATE INDEX search_pg_documents_words ON search_pg_documents USING gin (document)",
        "CREATE INDEX search_pg_documents_trigrams ON search_pg_documents"
        f' USING gin (folded "{trgm}".gin_trgm_ops)',
        # Substrings too short for trigrams are looked for in these rows only, newest first.
        "CREATE INDEX search_pg_documents_unspaced ON search_pg_documents (doc)"
        " WHERE folded IS NOT NULL",
        "ANALYZE search_pg_documents",
    ]
    for table, _ in OLD_INDEXES:
        statements.append(f"DROP INDEX IF EXISTS search_{table}_words")
        statements.append(f"DROP INDEX IF EXISTS search_{table}_trigrams")
    for statement in statements:
        op.execute(sa.text(statement))


def _downgrade_postgresql() -> None:
    trgm = _trigram_schema()
    for _, table, *_ in KINDS:
        for event in ("insert", "update", "delete"):
            op.execute(sa.text(f"DROP TRIGGER IF EXISTS search_pg_{table}_{event} ON {table}"))
    op.execute(sa.text("DROP TRIGGER IF EXISTS search_pg_practices_changed ON practices"))
    for function in (
        "search_pg_practice_changed()",
        "search_pg_comparison_touched(text)",
        "search_pg_record_changed()",
        "search_pg_add_missing(text[])",
        "search_pg_refresh(text, text)",
    ):
        op.execute(sa.text(f"DROP FUNCTION IF EXISTS {function}"))
    op.execute(sa.text("DROP VIEW IF EXISTS search_pg_content"))
    op.execute(sa.text("DROP TABLE IF EXISTS search_pg_documents"))
    for table, (title, body, extra) in OLD_INDEXES:
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
                f' USING gin (search_text({arguments}) "{trgm}".gin_trgm_ops)'
            )
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
