"""The closed lists of values a record may take, spelled as in the interchange file."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    RECEPTION_AGENCY = "reception agency"
    IMMIGRATION_AUTHORITY = "immigration authority"
    INTERNATIONAL_ORGANISATION = "international organisation"
    NGO = "NGO"
    MINISTRY = "ministry"
    OTHER = "other"


class ExchangeKind(StrEnum):
    EXCHANGE_VISIT = "exchange visit"
    STUDY_VISIT = "study visit"
    ONLINE_EXCHANGE = "online exchange"
    CONFERENCE = "conference"
    OTHER = "other"


class ExchangeStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"


class ObservationKind(StrEnum):
    OBSERVATION = "observation"
    QUOTE = "quote"
    LESSON = "lesson"
    RECOMMENDATION = "recommendation"
    QUESTION = "question"


class Transferability(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
