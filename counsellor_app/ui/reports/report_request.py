"""What report is asked for, and making its bytes off the GUI thread (no widget here)."""

from __future__ import annotations

from dataclasses import dataclass

from counsellor_app.reports import ReportOptions
from counsellor_app.services import reporting
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.tasks import Cancelled, Progress


class ReportCancelled(Exception):
    """The user cancelled the making of a report."""


@dataclass(frozen=True)
class ReportRequest:
    """Which report: an exchange's summary (``exchange``), the digest of comparisons with its
    filters (``digest``), or a theme's dossier (``theme``)."""

    kind: str
    title: str
    exchange_id: str | None = None
    theme: str | None = None
    organisation: str | None = None

    def file_name(self, suffix: str = ".pdf") -> str:
        stem = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.title.lower())
        stem = "-".join(part for part in stem.split("-") if part)[:60]
        return f"{stem or 'report'}{suffix}"

    def subject(self) -> reporting.ReportSubject:
        return reporting.ReportSubject(
            self.kind,
            exchange_id=self.exchange_id,
            theme=self.theme,
            organisation=self.organisation,
        )


def make_report(
    workspace: Workspace,
    request: ReportRequest,
    *,
    options: ReportOptions,
    progress: Progress,
    cancelled: Cancelled,
) -> bytes:
    """The report's bytes (PDF or Word, as ``options`` say); meant for a worker thread (it
    touches no widget)."""

    def report_progress(done: int, total: int) -> None:
        if cancelled():
            raise ReportCancelled
        progress(done, total)

    return reporting.report_bytes(workspace, request.subject(), options, progress=report_progress)
