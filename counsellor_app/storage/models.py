"""The tables, as SQLAlchemy Core tables; migrations must agree with them.

Core tables rather than declarative ORM classes: nothing maps rows to objects (the
repository reads and writes through the tables, and hands out domain records), and building
mapped classes cost every start of the program a good part of its wait.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from counsellor_app.storage.types import IsoTimestamp

SHORT = String(300)
ID = String(36)
# The condition of the partial indexes over live records. PostgreSQL is given it when an
# engine for it is made (see ``partial_indexes_for_postgresql``): naming ``postgresql_where``
# here would import SQLAlchemy's PostgreSQL dialect into every start, a server or not.
LIVE = "deleted_at IS NULL"

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _record_columns() -> list[Column[Any]]:
    """Columns every record table has."""
    return [
        Column("id", ID, primary_key=True),
        Column("created_at", IsoTimestamp, nullable=False),
        Column("updated_at", IsoTimestamp, nullable=False),
        Column("created_by", SHORT),
        Column("updated_by", SHORT),
        Column("version", Integer, nullable=False, default=1),
        Column("deleted_at", IsoTimestamp),
        # Records trashed together (an exchange and what belongs to it) come back together.
        Column("trash_batch", ID),
    ]


def _record_table(name: str, *items: Any) -> Table:
    return Table(name, metadata, *_record_columns(), *items)


def _ref(name: str, table: str, *, required: bool = False) -> Column[str]:
    return Column(
        name,
        ID,
        ForeignKey(f"{table}.id", ondelete="CASCADE" if required else "SET NULL"),
        nullable=not required,
        index=True,
    )


def _live_index(name: str, column: str, *, unique: bool = False) -> Index:
    return Index(name, column, unique=unique, sqlite_where=text(LIVE))


organisations = _record_table(
    "organisations",
    Column("name", SHORT, nullable=False),
    Column("full_name", SHORT),
    Column("country", String(2)),
    Column("kind", String(40)),
    Column("notes", Text),
    _live_index("uq_organisations_live_name", "name", unique=True),
)

people = _record_table(
    "people",
    Column("name", SHORT, nullable=False),
    Column("role", SHORT),
    _ref("organisation_id", "organisations"),
    Column("office", SHORT),
    Column("named_in_reports", Boolean, nullable=False, default=True),
)

themes = _record_table(
    "themes",
    Column("name", SHORT, nullable=False),
    Column("description", Text),
    _live_index("uq_themes_live_name", "name", unique=True),
)

exchanges = _record_table(
    "exchanges",
    Column("title", SHORT, nullable=False),
    Column("kind", String(40)),
    Column("framework", SHORT),
    Column("funding", SHORT),
    Column("summary", Text),
    Column("status", String(40)),
    Column("start", Date),
    Column("end", Date),
)

visits = _record_table(
    "visits",
    _ref("exchange_id", "exchanges", required=True),
    _ref("host_id", "organisations"),
    _ref("visitor_id", "organisations"),
    Column("start", Date),
    Column("end", Date),
    Column("place", SHORT),
    Column("country", String(2)),
    Column("purpose", SHORT),
)

observations = _record_table(
    "observations",
    _ref("exchange_id", "exchanges", required=True),
    _ref("visit_id", "visits"),
    Column("kind", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String(35)),
    Column("translation", Text),
    _ref("speaker_id", "people"),
    Column("recorded_by", SHORT),
    Column("recorded_at", IsoTimestamp),
    # The observations list opens on the newest live ones; counting them uses it too.
    # Partial, so that the planner never takes it for a selective index on deleted_at
    # (which slows filling the search index after an import; see tests/perf/README.md).
    _live_index("ix_observations_live_recorded_at", "recorded_at"),
)

comparisons = _record_table(
    "comparisons",
    Column("aspect", SHORT, nullable=False),
    _ref("exchange_id", "exchanges"),
    Column("observed_on", Date),
    Column("summary", Text),
    Column("transferability", String(40)),
)

actions = _record_table(
    "actions",
    _ref("exchange_id", "exchanges", required=True),
    Column("text", Text, nullable=False),
    Column("owner", SHORT),
    Column("due", Date),
    Column("status", String(40)),
)


def _link(name: str, table: str) -> Column[str]:
    return Column(name, ID, ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


def _link_table(name: str, owner: tuple[str, str], target: tuple[str, str]) -> Table:
    # Link tables are stored without a rowid on SQLite (migration 0006): each link once.
    return Table(
        name,
        metadata,
        _link(*owner),
        _link(*target),
        Column("position", Integer, nullable=False, default=0),
        sqlite_with_rowid=False,
    )


exchange_organisations = _link_table(
    "exchange_organisations",
    ("exchange_id", "exchanges"),
    ("organisation_id", "organisations"),
)
visit_participants = _link_table(
    "visit_participants", ("visit_id", "visits"), ("person_id", "people")
)
observation_themes = _link_table(
    "observation_themes", ("observation_id", "observations"), ("theme_id", "themes")
)
comparison_themes = _link_table(
    "comparison_themes", ("comparison_id", "comparisons"), ("theme_id", "themes")
)

# One organisation's column in a comparison.
practices = Table(
    "practices",
    metadata,
    _link("comparison_id", "comparisons"),
    _link("organisation_id", "organisations"),
    Column("position", Integer, nullable=False, default=0),
    Column("description", Text, nullable=False),
    Column("strengths", Text),
    Column("challenges", Text),
)

practice_evidence = Table(
    "practice_evidence",
    metadata,
    Column("comparison_id", ID, primary_key=True),
    Column("organisation_id", ID, primary_key=True),
    _link("observation_id", "observations"),
    Column("position", Integer, nullable=False, default=0),
    ForeignKeyConstraint(
        ["comparison_id", "organisation_id"],
        ["practices.comparison_id", "practices.organisation_id"],
        ondelete="CASCADE",
    ),
)

# One change to one record (or one import); rows are only ever added.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", IsoTimestamp, nullable=False, index=True),
    Column("actor", SHORT, nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", ID, index=True),
    Column("action", String(20), nullable=False),
    Column("changes", Text),
)


def partial_indexes_for_postgresql() -> None:
    """Gives the partial indexes over live records their condition on PostgreSQL too.

    Called when an engine for PostgreSQL is made (its dialect is loaded then anyway), before
    the tables are compared with a server's schema or laid out on it. Idempotent.
    """
    for table in metadata.tables.values():
        for index in table.indexes:
            options = index.dialect_options
            if options["sqlite"]["where"] is not None and options["postgresql"]["where"] is None:
                options["postgresql"]["where"] = text(LIVE)
