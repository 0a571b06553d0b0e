"""Column types shared by the tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class IsoTimestamp(TypeDecorator[datetime]):
    """A timestamp with its own offset, stored as ISO 8601 text.

    Both SQLite (no time zone support) and PostgreSQL (which normalises to UTC) would lose
    the offset a quote was recorded at; text keeps ``2016-09-28T15:00:00+02:00`` as typed.
    """

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone offset")
        return str(value.isoformat())

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)
