"""Link tables without a rowid on SQLite: each link is stored once, in its key.

A link table (an observation's themes, a visit's participants, an exchange's organisations,
a comparison's themes) is nothing but its primary key and a position. As a rowid table,
SQLite stored each link twice: in the table and in the index of its key. Declared
``WITHOUT ROWID``, the table is that index: half the pages (27 MB instead of 54 MB for the
150,000 theme links of 100,000 observations) and a third less time to write them.

Each table is made again under a new name with the same statement (plus ``WITHOUT ROWID``),
filled from the old one, which is then dropped; the new one takes its name. Nothing
refers to a link table, and no trigger is defined on one.

PostgreSQL: nothing changes (its tables have no rowid).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op
from sqlalchemy import text

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINK_TABLES = ("exchange_organisations", "visit_participants", "observation_themes", "comparison_themes")


def _remake(table: str, *, with_rowid: bool) -> None:
    connection = op.get_bind()
    statement = connection.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": table},
    ).scalar_one()
    body = statement[statement.index("(") : statement.rindex(")") + 1]
    options = "" if with_rowid else " WITHOUT ROWID"
    columns = [row[1] for row in connection.execute(text(f'PRAGMA table_info("{table}")'))]
    names = ", ".join(f'"{c}"' for c in columns)
    indexes = connection.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :name AND sql IS NOT NULL"),
        {"name": table},
    ).scalars().all()
    op.execute(f'CREATE TABLE "{table}_remade" {body}{options}')
    op.execute(f'INSERT INTO "{table}_remade" ({names}) SELECT {names} FROM "{table}"')
    op.execute(f'DROP TABLE "{table}"')
    op.execute(f'ALTER TABLE "{table}_remade" RENAME TO "{table}"')
    for index in indexes:
        op.execute(index)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in LINK_TABLES:
        _remake(table, with_rowid=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in LINK_TABLES:
        _remake(table, with_rowid=True)
