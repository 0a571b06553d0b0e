"""A report document to a file, in the format asked for."""

from __future__ import annotations

import io
from typing import BinaryIO

from counsellor_app.reports.model import Document, Progress
from counsellor_app.reports.options import ReportOptions


def render_to(
    document: Document,
    options: ReportOptions,
    output: BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Writes the document to ``output`` as PDF or Word (``.docx``); a PDF is written as its
    pages are made. ``progress(done, total)`` may raise to cancel."""
    if options.file_format() == "docx":
        from counsellor_app.reports.render_docx import render_docx

        render_docx(document, options, output, progress)
        return
    from counsellor_app.reports.render_pdf import render_pdf

    render_pdf(document, options, output, progress)


def render(document: Document, options: ReportOptions, progress: Progress | None = None) -> bytes:
    """The document as PDF or Word bytes (for a preview; a file is better written with
    ``render_to``)."""
    buffer = io.BytesIO()
    render_to(document, options, buffer, progress)
    return buffer.getvalue()
