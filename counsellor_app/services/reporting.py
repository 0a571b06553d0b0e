"""Making the reports from the database, as PDF or Word, and writing them safely."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from counsellor_app.services.files import (
    STANDARD_OUTPUT,
    write_atomically,
    write_atomically_with,
)
from counsellor_app.services.workspace import Workspace

if TYPE_CHECKING:
    # Imported when a report is made: ReportLab and python-docx are not needed before.
    from counsellor_app.reports import Document, ReportOptions, ReportRecords

Progress = Callable[[int, int], None]

REPORT_KINDS = ("exchange", "digest", "theme")
# File names a report may be written to, and the format each means.
FORMAT_OF_SUFFIX = {".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True)
class ReportSubject:
    """Which report: an exchange's summary, the digest of comparisons, or a theme's dossier,
    with what each is about."""

    kind: str
    exchange_id: str | None = None
    theme: str | None = None
    organisation: str | None = None
    since: date | None = None
    until: date | None = None


def format_for(target: Path, asked: str | None = None) -> str:
    """The format asked for, else the one the file's name says, else PDF."""
    if asked:
        return asked
    return FORMAT_OF_SUFFIX.get(Path(target).suffix.lower(), "pdf")


def _document(records: ReportRecords, subject: ReportSubject, options: ReportOptions) -> Document:
    from counsellor_app.reports import (
        ReportError,
        comparison_digest,
        exchange_summary,
        theme_dossier,
    )

    if subject.kind == "exchange":
        if subject.exchange_id is None:
            raise ReportError("An exchange summary needs an exchange.")
        return exchange_summary(records, subject.exchange_id, options)
    if subject.kind == "digest":
        return comparison_digest(
            records,
            options,
            theme=subject.theme,
            organisation=subject.organisation,
            exchange_id=subject.exchange_id,
        )
    if subject.kind == "theme":
        return theme_dossier(
            records,
            subject.theme or "",
            options,
            exchange_id=subject.exchange_id,
            since=subject.since,
            until=subject.until,
        )
    raise ReportError(f"Unknown report {subject.kind!r}: use {', '.join(REPORT_KINDS)}.")


def report_bytes(
    workspace: Workspace,
    subject: ReportSubject,
    options: ReportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> bytes:
    """The report's bytes (for a preview or to write). The observations are read from the
    database as the pages are made, within one reading transaction."""
    from counsellor_app.reports import ReportOptions, render
    from counsellor_app.services.report_records import DatabaseRecords

    options = options or ReportOptions()
    with workspace.database.reading() as session:
        document = _document(DatabaseRecords(session), subject, options)
        return render(document, options, progress)


def write_report(
    workspace: Workspace,
    subject: ReportSubject,
    target: Path,
    options: ReportOptions | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Writes the report to ``target`` as it is made, in a temporary file renamed into place
    at the end; returns its size in bytes."""
    from counsellor_app.reports import ReportOptions, render_to
    from counsellor_app.services.report_records import DatabaseRecords

    options = options or ReportOptions()
    written = _Counted()
    with workspace.database.reading() as session:
        document = _document(DatabaseRecords(session), subject, options)
        write_atomically_with(
            target,
            lambda handle: render_to(
                document, options, cast(BinaryIO, written.on(handle)), progress
            ),
        )
    return written.size if Path(target) == STANDARD_OUTPUT else Path(target).stat().st_size


class _Counted:
    """Counts the bytes written through it, for a report sent to standard output, which has
    no size to read back. It has no ``tell``, so a writer that would seek treats it as the
    stream it is."""

    def __init__(self) -> None:
        self.size = 0
        self._handle: BinaryIO | None = None

    def on(self, handle: BinaryIO) -> _Counted:
        self._handle = handle
        return self

    def write(self, data: bytes) -> int:
        assert self._handle is not None
        self.size += len(data)
        return self._handle.write(data)

    def flush(self) -> None:
        assert self._handle is not None
        self._handle.flush()


def exchange_summary_bytes(
    workspace: Workspace,
    exchange_id: str,
    *,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The PDF summary of an exchange in English (for a preview; nothing is written)."""
    from counsellor_app.reports import ReportOptions

    return report_bytes(
        workspace,
        ReportSubject("exchange", exchange_id=exchange_id),
        ReportOptions(paper=paper, redact=redact),
        progress=progress,
    )


def comparison_digest_bytes(
    workspace: Workspace,
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The PDF digest of comparisons matching the filters, in English (nothing is written)."""
    from counsellor_app.reports import ReportOptions

    subject = ReportSubject(
        "digest", exchange_id=exchange_id, theme=theme, organisation=organisation
    )
    return report_bytes(
        workspace, subject, ReportOptions(paper=paper, redact=redact), progress=progress
    )


def save_report(target: Path, data: bytes) -> None:
    """Writes report bytes already made (a preview's) to ``target``, atomically."""
    write_atomically(target, data)
