"""What a caller may ask of a report, and the error a bad request gets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counsellor_app.domain import DomainError
from counsellor_app.reports.styles import PAPER_SIZES


class ReportError(DomainError):
    """A report cannot be made as asked (unknown exchange, theme, organisation or paper)."""


@dataclass(frozen=True)
class ReportOptions:
    """How a report is made: paper size, names replaced by roles, and the date it shows."""

    paper: str = "a4"
    redact: bool = False
    made_on: datetime | None = None

    def page_size(self) -> tuple[float, float]:
        try:
            return PAPER_SIZES[self.paper.strip().lower()]
        except KeyError:
            known = " or ".join(PAPER_SIZES)
            raise ReportError(f"Unknown paper size {self.paper!r}: use {known}.") from None

    def made(self) -> datetime:
        return self.made_on if self.made_on is not None else datetime.now().astimezone()
