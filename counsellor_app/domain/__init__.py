"""Plain records, enumerations, validation rules and errors; no Qt, no database."""

from counsellor_app.domain.enums import (
    ActionStatus,
    ExchangeKind,
    ExchangeStatus,
    ObservationKind,
    OrganisationKind,
    Transferability,
)
from counsellor_app.domain.errors import (
    ConflictError,
    DatabaseProblem,
    DomainError,
    InUseError,
    NotFoundError,
    Problem,
    ValidationError,
)
from counsellor_app.domain.records import (
    Action,
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Practice,
    Record,
    Theme,
    Visit,
)
from counsellor_app.domain.snapshot import Snapshot

__all__ = [
    "Action",
    "ActionStatus",
    "Comparison",
    "ConflictError",
    "DatabaseProblem",
    "DomainError",
    "Exchange",
    "ExchangeKind",
    "ExchangeStatus",
    "InUseError",
    "NotFoundError",
    "Observation",
    "ObservationKind",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Practice",
    "Problem",
    "Record",
    "Snapshot",
    "Theme",
    "Transferability",
    "ValidationError",
    "Visit",
]
