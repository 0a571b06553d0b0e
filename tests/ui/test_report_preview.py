"""PDF summaries in the window: made in the background, previewed, saved, printed, redacted."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import Comparison, Observation, Practice
from counsellor_app.services.files import FileWriteError
from counsellor_app.ui.reports import report_preview
from counsellor_app.ui.reports.report_preview import ReportPreview, ReportRequest


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(BytesIO(data)).pages)


@pytest.fixture
def reported(workspace, seeded):
    """The seeded exchange with a quote by a named person and a comparison."""
    workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind=ObservationKind.QUOTE,
            text="At Fedasil it is the counsellors who inform the asylum seekers.",
            speaker=seeded["guillaume"].id,
            themes=(seeded["trust"].id,),
        )
    )
    workspace.comparisons.create(
        Comparison(
            aspect="Who informs asylum seekers about voluntary return",
            exchange=seeded["exchange"].id,
            themes=(seeded["trust"].id,),
            practices=(
                Practice(organisation=seeded["fedasil"].id, description="Counsellors inform."),
                Practice(organisation=seeded["ofii"].id, description="Officials inform."),
            ),
        )
    )
    return seeded


def open_exchange(qtbot, window, exchange_id):
    window.show_section("exchange")
    page = window.pages["exchange"]
    page.select_record(exchange_id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)


def wait_preview(qtbot, window, then=None):
    with qtbot.waitSignal(window.reports.preview_opened, timeout=20000) as blocker:
        window.reports.exchange_report(then)
    preview = blocker.args[0]
    qtbot.addWidget(preview)
    return preview


def test_export_pdf_opens_the_preview_and_saves(
    qtbot, workspace, reported, make_window, tmp_path, monkeypatch
):
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    assert window.reports.exchange_pdf_action.text() == "Export PDF…"
    buttons = {
        b.objectName()
        for b in window.exchange_page.findChildren(type(window.exchange_page.capture_button))
    }
    assert "exchange_pdf_action_button" in buttons
    preview = wait_preview(qtbot, window)
    assert preview.isVisible()
    assert preview.page_count() == page_count(preview.data) >= 1
    assert preview.page_count_label.text() == f"of {preview.page_count()}"
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert preview.ask_save()
    text = pdf_text(target.read_bytes())
    assert "French-Belgian exchange" in text
    assert "Guillaume" in text


def test_redact_rebuilds_without_names_and_paper_follows(
    qtbot, workspace, reported, make_window, isolated_settings
):
    isolated_settings.paper_size = "letter"
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    preview = wait_preview(qtbot, window)
    assert preview.paper == "letter"
    width = PdfReader(BytesIO(preview.data)).pages[0].mediabox.width
    assert round(float(width)) == 612
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.redact_check.setChecked(True)
    text = pdf_text(preview.data)
    assert "Guillaume" not in text and "Isabelle" not in text
    assert "return counsellor" in text
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.paper_combo.setCurrentIndex(0)
    width = PdfReader(BytesIO(preview.data)).pages[0].mediabox.width
    assert round(float(width)) == 595
    assert "Guillaume" not in pdf_text(preview.data)


def test_print_through_the_dialog_to_a_pdf_file(
    qtbot, workspace, reported, make_window, tmp_path, monkeypatch
):
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    printed = tmp_path / "printed.pdf"
    asked = []

    def accept(dialog):
        asked.append(dialog.objectName())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview = wait_preview(qtbot, window, then="print")
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0, timeout=20000)
    assert asked == ["print_dialog"]
    assert page_count(printed.read_bytes()) == preview.page_count()
    assert preview.status_label.text() == "Sent to the printer."


def test_print_to_a_printer_directly(qtbot, workspace, reported, tmp_path, isolated_settings):
    preview = ReportPreview(
        workspace,
        ReportRequest("exchange", "French-Belgian exchange", exchange_id=reported["exchange"].id),
        isolated_settings,
    )
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.rebuild()
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "direct.pdf"))
    assert preview.print_to(printer)
    assert page_count((tmp_path / "direct.pdf").read_bytes()) == preview.page_count()


def test_digest_of_comparisons_in_the_preview(qtbot, workspace, reported, make_window):
    window = make_window(workspace)
    window.show_section("comparison")
    with qtbot.waitSignal(window.reports.preview_opened, timeout=20000) as blocker:
        window.reports.digest_pdf_action.trigger()
    preview = blocker.args[0]
    qtbot.addWidget(preview)
    assert preview.request.kind == "digest"
    assert "Who informs asylum seekers" in pdf_text(preview.data)


def test_cancelling_the_build_shows_nothing(qtbot, workspace, reported, make_window, monkeypatch):
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)

    def cancelled_at_once(*_args, progress, cancelled, **_kwargs):
        raise report_preview.ReportCancelled

    monkeypatch.setattr(report_preview, "make_report", cancelled_at_once)
    opened = []
    window.reports.preview_opened.connect(opened.append)
    preview = window.reports.exchange_report()
    with qtbot.waitSignal(preview.build_failed, timeout=5000):
        pass
    assert not opened
    assert window.reports.preview is None


def test_a_failed_save_is_told_and_the_preview_stays(
    qtbot, workspace, reported, make_window, tmp_path, monkeypatch, message_boxes
):
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    preview = wait_preview(qtbot, window)

    def disk_full(target: Path, data: bytes) -> None:
        raise FileWriteError(f"The disk is full: {target} was not written.")

    monkeypatch.setattr(report_preview.reporting, "save_report", disk_full)
    assert not preview.save_to(tmp_path / "x.pdf")
    assert message_boxes.shown[-1][0] == "The PDF was not saved"
    assert "disk is full" in message_boxes.shown[-1][1]
    assert preview.isVisible() and preview.data
    assert not (tmp_path / "x.pdf").exists()


def test_page_navigation_and_zoom(qtbot, workspace, reported, isolated_settings):
    for n in range(40):
        workspace.observations.create(
            Observation(
                exchange=reported["exchange"].id,
                kind=ObservationKind.OBSERVATION,
                text=f"Observation {n}: " + "a long remark about the counselling " * 30,
            )
        )
    preview = ReportPreview(
        workspace,
        ReportRequest("exchange", "French-Belgian exchange", exchange_id=reported["exchange"].id),
        isolated_settings,
    )
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.rebuild()
    assert preview.page_count() > 2
    assert not preview.previous_button.isEnabled()
    preview.next_button.click()
    assert preview.current_page() == 1
    assert preview.page_spin.value() == 2
    preview.page_spin.setValue(preview.page_count())
    assert preview.current_page() == preview.page_count() - 1
    assert not preview.next_button.isEnabled()
    factor = preview.view.zoomFactor()
    preview.zoom_in_button.click()
    assert preview.view.zoomFactor() > factor
    assert not preview.fit_button.isChecked()
