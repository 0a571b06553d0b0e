"""What a caller may ask of a report, and the error a bad request gets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counsellor_app.domain import DomainError
from counsellor_app.reports.catalogue import LANGUAGES

PAPERS = ("a4", "letter")
FORMATS = ("pdf", "docx")


class ReportError(DomainError):
    """A report cannot be made as asked (unknown exchange, theme, organisation, paper, language
    or format)."""


@dataclass(frozen=True)
class ReportOptions:
    """How a report is made: paper size, names replaced by roles, the date it shows, its
    language and file format, and who makes it (the author and agency from the settings)."""

    paper: str = "a4"
    redact: bool = False
    made_on: datetime | None = None
    language: str = "en"
    format: str = "pdf"
    author: str = ""
    agency: str = ""

    def paper_name(self) -> str:
        paper = self.paper.strip().lower()
        if paper not in PAPERS:
            known = " or ".join(PAPERS)
            raise ReportError(f"Unknown paper size {self.paper!r}: use {known}.")
        return paper

    def report_language(self) -> str:
        language = self.language.strip().lower()
        if language not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            raise ReportError(f"Unknown report language {self.language!r}: use {known}.")
        return language

    def file_format(self) -> str:
        file_format = self.format.strip().lower().lstrip(".")
        if file_format not in FORMATS:
            known = " or ".join(FORMATS)
            raise ReportError(f"Unknown report format {self.format!r}: use {known}.")
        return file_format

    def check(self) -> None:
        """Refuses, with a clear message, a paper, language or format the reports do not know."""
        self.paper_name()
        self.report_language()
        self.file_format()

    def made(self) -> datetime:
        return self.made_on if self.made_on is not None else datetime.now().astimezone()

    def made_by(self) -> str:
        """``Régis Wauthier, Fedasil``: who made the report, or "" where names are withheld."""
        if self.redact:
            return ""
        return ", ".join(part.strip() for part in (self.author, self.agency) if part.strip())
