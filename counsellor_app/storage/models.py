"""The tables, as typed SQLAlchemy models; migrations must agree with them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from counsellor_app.storage.types import IsoTimestamp

SHORT = String(300)
ID = String(36)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class RecordRow:
    """Columns every record table has."""

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(IsoTimestamp, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(IsoTimestamp, nullable=False)
    created_by: Mapped[str | None] = mapped_column(SHORT)
    updated_by: Mapped[str | None] = mapped_column(SHORT)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(IsoTimestamp)
    # Records trashed together (an exchange and what belongs to it) come back together.
    trash_batch: Mapped[str | None] = mapped_column(ID)


def _ref(table: str, *, required: bool = False) -> Mapped[str | None]:
    return mapped_column(
        ID,
        ForeignKey(f"{table}.id", ondelete="CASCADE" if required else "SET NULL"),
        nullable=not required,
        index=True,
    )


class OrganisationRow(RecordRow, Base):
    __tablename__ = "organisations"
    __table_args__ = (
        Index(
            "uq_organisations_live_name",
            "name",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
    name: Mapped[str] = mapped_column(SHORT, nullable=False)
    full_name: Mapped[str | None] = mapped_column(SHORT)
    country: Mapped[str | None] = mapped_column(String(2))
    kind: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)


class PersonRow(RecordRow, Base):
    __tablename__ = "people"
    name: Mapped[str] = mapped_column(SHORT, nullable=False)
    role: Mapped[str | None] = mapped_column(SHORT)
    organisation_id: Mapped[str | None] = _ref("organisations")
    office: Mapped[str | None] = mapped_column(SHORT)
    named_in_reports: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ThemeRow(RecordRow, Base):
    __tablename__ = "themes"
    __table_args__ = (
        Index(
            "uq_themes_live_name",
            "name",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
    name: Mapped[str] = mapped_column(SHORT, nullable=False)
    description: Mapped[str | None] = mapped_column(Text)


class ExchangeRow(RecordRow, Base):
    __tablename__ = "exchanges"
    title: Mapped[str] = mapped_column(SHORT, nullable=False)
    kind: Mapped[str | None] = mapped_column(String(40))
    framework: Mapped[str | None] = mapped_column(SHORT)
    funding: Mapped[str | None] = mapped_column(SHORT)
    summary: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)


class VisitRow(RecordRow, Base):
    __tablename__ = "visits"
    exchange_id: Mapped[str] = _ref("exchanges", required=True)  # type: ignore[assignment]
    host_id: Mapped[str | None] = _ref("organisations")
    visitor_id: Mapped[str | None] = _ref("organisations")
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(SHORT)
    country: Mapped[str | None] = mapped_column(String(2))
    purpose: Mapped[str | None] = mapped_column(SHORT)


class ObservationRow(RecordRow, Base):
    __tablename__ = "observations"
    __table_args__ = (
        # The observations list opens on the newest live ones; counting them uses it too.
        # Partial, so that the planner never takes it for a selective index on deleted_at
        # (which slows filling the search index after an import; see tests/perf/README.md).
        Index(
            "ix_observations_live_recorded_at",
            "recorded_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )
    exchange_id: Mapped[str] = _ref("exchanges", required=True)  # type: ignore[assignment]
    visit_id: Mapped[str | None] = _ref("visits")
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    language: Mapped[str | None] = mapped_column(String(35))
    translation: Mapped[str | None] = mapped_column(Text)
    speaker_id: Mapped[str | None] = _ref("people")
    recorded_by: Mapped[str | None] = mapped_column(SHORT)
    recorded_at: Mapped[datetime | None] = mapped_column(IsoTimestamp)


class ComparisonRow(RecordRow, Base):
    __tablename__ = "comparisons"
    aspect: Mapped[str] = mapped_column(SHORT, nullable=False)
    exchange_id: Mapped[str | None] = _ref("exchanges")
    observed_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    transferability: Mapped[str | None] = mapped_column(String(40))


class ActionRow(RecordRow, Base):
    __tablename__ = "actions"
    exchange_id: Mapped[str] = _ref("exchanges", required=True)  # type: ignore[assignment]
    text: Mapped[str] = mapped_column(Text, nullable=False)
    owner: Mapped[str | None] = mapped_column(SHORT)
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str | None] = mapped_column(String(40))


# Link tables are stored without a rowid on SQLite (migration 0006): each link once.
LINK_TABLE_OPTIONS = ({"sqlite_with_rowid": False},)


def _link(table: str) -> Mapped[str]:
    return mapped_column(ID, ForeignKey(f"{table}.id", ondelete="CASCADE"), primary_key=True)


class ExchangeOrganisationRow(Base):
    __tablename__ = "exchange_organisations"
    __table_args__ = LINK_TABLE_OPTIONS
    exchange_id: Mapped[str] = _link("exchanges")
    organisation_id: Mapped[str] = _link("organisations")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class VisitParticipantRow(Base):
    __tablename__ = "visit_participants"
    __table_args__ = LINK_TABLE_OPTIONS
    visit_id: Mapped[str] = _link("visits")
    person_id: Mapped[str] = _link("people")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ObservationThemeRow(Base):
    __tablename__ = "observation_themes"
    __table_args__ = LINK_TABLE_OPTIONS
    observation_id: Mapped[str] = _link("observations")
    theme_id: Mapped[str] = _link("themes")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class ComparisonThemeRow(Base):
    __tablename__ = "comparison_themes"
    __table_args__ = LINK_TABLE_OPTIONS
    comparison_id: Mapped[str] = _link("comparisons")
    theme_id: Mapped[str] = _link("themes")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class PracticeRow(Base):
    """One organisation's column in a comparison."""

    __tablename__ = "practices"
    comparison_id: Mapped[str] = _link("comparisons")
    organisation_id: Mapped[str] = _link("organisations")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    strengths: Mapped[str | None] = mapped_column(Text)
    challenges: Mapped[str | None] = mapped_column(Text)


class PracticeEvidenceRow(Base):
    __tablename__ = "practice_evidence"
    __table_args__ = (
        ForeignKeyConstraint(
            ["comparison_id", "organisation_id"],
            ["practices.comparison_id", "practices.organisation_id"],
            ondelete="CASCADE",
        ),
    )
    comparison_id: Mapped[str] = mapped_column(ID, primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ID, primary_key=True)
    observation_id: Mapped[str] = _link("observations")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class AuditRow(Base):
    """One change to one record (or one import); rows are only ever added."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(IsoTimestamp, nullable=False, index=True)
    actor: Mapped[str] = mapped_column(SHORT, nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str | None] = mapped_column(ID, index=True)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    changes: Mapped[str | None] = mapped_column(Text)
