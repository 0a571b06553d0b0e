"""Reports in the window: the language of the report, Word documents beside PDFs, who made the
report, and "Report on this theme…" from the themes list and the matrix."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QToolButton

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import Comparison, Exchange, Observation, Practice
from counsellor_app.ui.shell.settings_dialog import SettingsDialog
from tests.ui.conftest import wait_loaded


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def reported(workspace, seeded):
    """The seeded exchange with a quote on trust, a recommendation, and a second exchange."""
    workspace.observations.create(
        Observation(
            exchange=seeded["exchange"].id,
            kind=ObservationKind.QUOTE,
            text="At Fedasil it is the counsellors who inform the asylum seekers.",
            speaker=seeded["guillaume"].id,
            themes=(seeded["trust"].id,),
        )
    )
    later = workspace.exchanges.create(Exchange(title="Study visit of OFII to Brussels"))
    workspace.observations.create(
        Observation(
            exchange=later.id,
            kind=ObservationKind.RECOMMENDATION,
            text="Meet the migrants before the officials do.",
            themes=(seeded["trust"].id,),
        )
    )
    workspace.observations.create(
        Observation(
            exchange=later.id,
            kind=ObservationKind.OBSERVATION,
            text="A remark about information only.",
            themes=(seeded["information"].id,),
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
    return {**seeded, "later": later}


def open_exchange(qtbot, window, exchange_id):
    window.show_section("exchange")
    window.pages["exchange"].select_record(exchange_id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)


def opened_preview(qtbot, window, trigger):
    with qtbot.waitSignal(window.reports.preview_opened, timeout=20000) as blocker:
        trigger()
    preview = blocker.args[0]
    qtbot.addWidget(preview)
    return preview


def test_the_report_language_is_that_of_the_settings_and_can_be_changed(
    qtbot, workspace, reported, make_window, isolated_settings
):
    isolated_settings.language = "en"
    isolated_settings.report_language = "nl"
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    preview = opened_preview(qtbot, window, window.reports.exchange_report)
    assert preview.language == "nl"
    assert "Samenvatting van de uitwisseling" in pdf_text(preview.data)
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.language_combo.setCurrentIndex(preview.language_combo.findData("fr"))
    text = pdf_text(preview.data)
    assert "Synthèse de l’échange" in text and "Points clés" in text
    assert PdfReader(io.BytesIO(preview.data)).trailer["/Root"]["/Lang"] == "fr"


def test_without_a_report_language_the_window_language_is_used(
    qtbot, workspace, reported, make_window, isolated_settings
):
    isolated_settings.language = "fr"
    isolated_settings.report_language = ""
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    preview = opened_preview(qtbot, window, window.reports.exchange_report)
    assert preview.language == "fr"


def test_the_author_and_agency_of_the_settings_unless_names_are_replaced(
    qtbot, workspace, reported, make_window, isolated_settings
):
    isolated_settings.user_name = "Régis Wauthier"
    isolated_settings.agency = "Fedasil Brussels"
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    preview = opened_preview(qtbot, window, window.reports.exchange_report)
    assert "Régis Wauthier, Fedasil Brussels" in pdf_text(preview.data)
    with qtbot.waitSignal(preview.pdf_changed, timeout=20000):
        preview.redact_check.setChecked(True)
    assert "Régis" not in pdf_text(preview.data)
    metadata = PdfReader(io.BytesIO(preview.data)).metadata
    assert metadata is not None and "Régis" not in str(metadata.author)


def test_export_word_document_beside_export_pdf(
    qtbot, workspace, reported, make_window, isolated_settings, tmp_path, monkeypatch
):
    isolated_settings.report_language = "fr"
    window = make_window(workspace)
    open_exchange(qtbot, window, reported["exchange"].id)
    buttons = [
        b.objectName() for b in window.exchange_page.findChildren(QToolButton) if b.objectName()
    ]
    assert buttons.index("exchange_pdf_action_button") + 1 == buttons.index(
        "exchange_word_action_button"
    )
    assert window.reports.exchange_word_action.text() == "Export Word document…"
    target = tmp_path / "synthese"
    asked = []

    def save_as(_parent, _title, name, filters):
        asked.append((name, filters))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(window.reports.preview_opened, timeout=20000) as blocker:
        window.reports.exchange_word_action.trigger()
    preview = blocker.args[0]
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.word_saved, timeout=20000) as saved:
        pass
    written = Path(saved.args[0])
    assert written == tmp_path / "synthese.docx"
    assert asked == [("french-belgian-exchange.docx", "Word documents (*.docx)")]
    document = docx.Document(io.BytesIO(written.read_bytes()))
    styles = {(p.style.name, p.text) for p in document.paragraphs}
    assert ("Title", "French-Belgian exchange") in styles
    assert ("Heading 1", "Points clés") in styles
    assert preview.status_label.text() == f"Saved to {written}."


def test_report_on_this_theme_from_the_themes_list(qtbot, workspace, reported, make_window):
    window = make_window(workspace)
    window.show_section("theme")
    page = window.pages["theme"]
    action = window.reports.theme_report_action
    assert action in page.table.actions()
    assert page.findChild(QToolButton, "theme_report_action_button") is not None
    wait_loaded(qtbot, page.model)
    page.select_record(reported["trust"].id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    window.reports.update_enabled()
    assert action.isEnabled()
    preview = opened_preview(qtbot, window, action.trigger)
    assert preview.request.kind == "theme"
    text = pdf_text(preview.data)
    assert "Theme dossier" in text
    # Every observation about trust, from both exchanges; none about information only.
    assert "At Fedasil it is the counsellors who inform the asylum seekers." in text
    assert "Meet the migrants before the officials do." in text
    assert "A remark about information only." not in text
    assert "Who informs asylum seekers about voluntary return" in text


def test_report_on_this_theme_from_the_matrix(qtbot, workspace, reported, make_window):
    window = make_window(workspace)
    window.show_section("comparison")
    section = window.pages["comparison"]
    section.show_matrix()
    matrix = section.matrix
    qtbot.waitUntil(lambda: not matrix.loading and matrix.source is not None, timeout=5000)
    assert matrix.findChild(QToolButton, "theme_report_action_button") is not None
    window.reports.update_enabled()
    assert not window.reports.theme_report_action.isEnabled()
    matrix.set_filters(theme_id=reported["trust"].id)
    assert window.reports.theme_report_action.isEnabled()
    preview = opened_preview(qtbot, window, window.reports.theme_report_action.trigger)
    assert preview.request.theme == "Trust"
    assert "Meet the migrants before the officials do." in pdf_text(preview.data)


def test_the_settings_keep_the_agency_and_the_report_language(qtbot, isolated_settings):
    isolated_settings.language = "en"
    dialog = SettingsDialog(isolated_settings, "test database")
    qtbot.addWidget(dialog)
    assert dialog.report_language_combo.currentText() == "As the window"
    dialog.agency_edit.setText("  OFII Marseille ")
    dialog.report_language_combo.setCurrentIndex(dialog.report_language_combo.findData("nl"))
    dialog.accept()
    assert isolated_settings.agency == "OFII Marseille"
    assert isolated_settings.report_language == "nl"
    assert isolated_settings.language == "en"
    assert isolated_settings.language_of_reports() == "nl"
