"""Reports: records in, a document model out (``model``), rendered as PDF by ReportLab or as
Word by python-docx; no Qt, no database."""

from __future__ import annotations

from dataclasses import replace

from counsellor_app.domain import Snapshot
from counsellor_app.reports.comparison_digest import comparison_digest
from counsellor_app.reports.exchange_summary import exchange_summary
from counsellor_app.reports.model import Document, Progress
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.records import ReportRecords, SnapshotRecords
from counsellor_app.reports.rendering import render, render_to
from counsellor_app.reports.theme_dossier import theme_dossier

__all__ = [
    "Document",
    "Progress",
    "ReportError",
    "ReportOptions",
    "ReportRecords",
    "SnapshotRecords",
    "comparison_digest",
    "comparison_digest_pdf",
    "exchange_summary",
    "exchange_summary_pdf",
    "render",
    "render_to",
    "theme_dossier",
]


def exchange_summary_pdf(
    snapshot: Snapshot,
    exchange_id: str,
    options: ReportOptions = ReportOptions(),
    progress: Progress | None = None,
) -> bytes:
    """The summary of one exchange of a snapshot, as PDF bytes."""
    options = replace(options, format="pdf")
    document = exchange_summary(SnapshotRecords(snapshot), exchange_id, options)
    return render(document, options, progress)


def comparison_digest_pdf(
    snapshot: Snapshot,
    options: ReportOptions = ReportOptions(),
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The digest of a snapshot's comparisons matching the filters, as PDF bytes."""
    options = replace(options, format="pdf")
    document = comparison_digest(
        SnapshotRecords(snapshot),
        options,
        theme=theme,
        organisation=organisation,
        exchange_id=exchange_id,
    )
    return render(document, options, progress)
