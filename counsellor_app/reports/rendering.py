"""A report document to file bytes, in the format asked for."""

from __future__ import annotations

from counsellor_app.reports.model import Document, Progress
from counsellor_app.reports.options import ReportOptions


def render(document: Document, options: ReportOptions, progress: Progress | None = None) -> bytes:
    """The document as PDF or Word (``.docx``) bytes; ``progress(done, total)`` may raise to
    cancel."""
    if options.file_format() == "docx":
        from counsellor_app.reports.render_docx import render_docx

        return render_docx(document, options, progress)
    from counsellor_app.reports.render_pdf import render_pdf

    return render_pdf(document, options, progress)
