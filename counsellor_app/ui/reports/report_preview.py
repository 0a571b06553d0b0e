"""The in-program preview of a report: pages, zoom, paper, language and redaction; save as PDF or
as a Word document, and print."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError, error_in_words
from counsellor_app.reports import ReportOptions
from counsellor_app.services import reporting
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.language import LANGUAGE_NAMES
from counsellor_app.ui.common.settings import LANGUAGES, PAPER_SIZES, AppSettings
from counsellor_app.ui.common.tasks import BackgroundTask, run_in_background
from counsellor_app.ui.reports.report_request import ReportCancelled, ReportRequest, make_report

__all__ = ["ReportCancelled", "ReportPreview", "ReportRequest", "make_report"]

ZOOM_STEP = 1.25
PRINT_DPI_LIMIT = 300


class ReportPreview(QDialog):
    """Shows a report as it will print; rebuilds it when the paper, language or redaction
    changes; saves it as PDF, or makes it again as a Word document to save."""

    pdf_changed = Signal(int)
    """A freshly made PDF is shown (its page count)."""
    build_failed = Signal(str)
    """Making the PDF failed or was cancelled (the message shown)."""
    word_saved = Signal(str)
    """A Word document of the report was written (its path)."""

    def __init__(
        self,
        workspace: Workspace,
        request: ReportRequest,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.request = request
        self.settings = settings
        self.data = b""
        self.task: BackgroundTask | None = None
        self.word_task: BackgroundTask | None = None
        self._buffer: QBuffer | None = None
        self._again = False
        # widgets
        self.setObjectName("report_preview")
        self.document = QPdfDocument(self)
        self.document.setObjectName("report_document")
        self.view = QPdfView(self)
        self.view.setObjectName("report_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.previous_button = self._tool_button("previous_page_button", "◀")
        self.next_button = self._tool_button("next_page_button", "▶")
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("page_spin")
        self.page_spin.setRange(1, 1)
        self.page_count_label = QLabel(self)
        self.page_count_label.setObjectName("page_count_label")
        self.zoom_out_button = self._tool_button("zoom_out_button", "−")
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = self._tool_button("zoom_in_button", "+")
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = self._tool_button("fit_width_button", "")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.paper_label = QLabel(self)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("report_paper_combo")
        for _ in PAPER_SIZES:
            self.paper_combo.addItem("")
        self.paper_combo.setCurrentIndex(PAPER_SIZES.index(settings.paper_size))
        self.paper_label.setBuddy(self.paper_combo)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("report_language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(settings.language_of_reports()))
        self.language_label.setBuddy(self.language_combo)
        self.redact_check = QCheckBox(self)
        self.redact_check.setObjectName("redact_check")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("report_status")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("report_save_button")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.word_button = QPushButton(self)
        self.word_button.setObjectName("report_word_button")
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("report_print_button")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("report_close_button")
        # layout
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.paper_label)
        bar.addWidget(self.paper_combo)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_combo)
        bar.addWidget(self.redact_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.word_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # connections
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.toggled.connect(self._on_fit_toggled)
        self.paper_combo.currentIndexChanged.connect(lambda _row: self.rebuild())
        self.language_combo.currentIndexChanged.connect(lambda _row: self.rebuild())
        self.redact_check.toggled.connect(lambda _on: self.rebuild())
        self.save_button.clicked.connect(self.ask_save)
        self.word_button.clicked.connect(lambda: self.ask_save_word())
        self.print_button.clicked.connect(self.ask_print)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self._update_controls()
        m = self.fontMetrics().horizontalAdvance("M")
        self.resize(m * 70, self.fontMetrics().height() * 50)
        geometry = settings.geometry("report_preview")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _tool_button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preview — %1").replace("%1", self.request.title))
        self.view.setAccessibleName(self.tr("Pages of the report"))
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.page_spin.setAccessibleName(self.tr("Page shown"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit the page to the width"))
        self.paper_label.setText(self.tr("Paper:"))
        self.paper_combo.setItemText(0, self.tr("A4"))
        self.paper_combo.setItemText(1, self.tr("US Letter"))
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.language_label.setText(self.tr("Language:"))
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        self.language_combo.setToolTip(
            self.tr("The report's headings, labels and dates; what was recorded stays as typed")
        )
        self.redact_check.setText(self.tr("Replace names by roles"))
        self.redact_check.setAccessibleName(self.tr("Replace names by roles"))
        self.redact_check.setToolTip(
            self.tr("For a report shared outside the team: people appear by role and organisation")
        )
        self.save_button.setText(self.tr("Save PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the PDF"))
        self.word_button.setText(self.tr("Save as Word…"))
        self.word_button.setAccessibleName(self.tr("Save the report as a Word document"))
        self.word_button.setToolTip(self.tr("The same report as a Word document, to edit"))
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.status_label.setAccessibleName(self.tr("State of the report"))
        self._update_page_label()

    # -- options and making the PDF ------------------------------------------------------------

    @property
    def paper(self) -> str:
        return PAPER_SIZES[self.paper_combo.currentIndex()]

    @property
    def redact(self) -> bool:
        return self.redact_check.isChecked()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def options(self, file_format: str = "pdf") -> ReportOptions:
        """The report's options as shown, with the author and agency of the settings."""
        return ReportOptions(
            paper=self.paper,
            redact=self.redact,
            language=self.language,
            format=file_format,
            author=self.settings.user_name,
            agency=self.settings.agency,
        )

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def rebuild(self) -> BackgroundTask | None:
        """Makes the PDF again with the options shown, off the GUI thread."""
        if self.busy:
            self._again = True
            return None
        self._again = False
        workspace, request, options = self.workspace, self.request, self.options()
        self.status_label.setText(self.tr("Making the PDF…"))
        self._update_controls()
        self.task = run_in_background(
            lambda progress, cancelled: make_report(
                workspace, request, options=options, progress=progress, cancelled=cancelled
            ),
            parent=self,
            label=self.tr("Making the PDF of %1…").replace("%1", request.title),
            dialog_parent=self if self.isVisible() else self.parentWidget(),
            on_done=self._on_built,
            on_error=self._on_failed,
        )
        return self.task

    def _on_built(self, data: bytes) -> None:
        if self._again:
            self.rebuild()
            return
        self.set_pdf(data)

    def _on_failed(self, error: Exception) -> None:
        self.task = None
        if self._again:
            self.rebuild()
            return
        if isinstance(error, ReportCancelled):
            message = self.tr("Making the PDF was cancelled.")
        elif isinstance(error, DomainError):
            message = str(error)
            prompts.show_error(self, self.tr("The PDF could not be made"), message)
        else:
            message = self.tr("An unexpected error stopped the PDF: %1").replace(
                "%1", error_in_words(error)
            )
            prompts.show_error(self, self.tr("The PDF could not be made"), message)
        self.status_label.setText(message)
        self._update_controls()
        self.build_failed.emit(message)

    def set_pdf(self, data: bytes) -> None:
        """Shows ``data`` (PDF bytes) in the view, on the page shown before where possible."""
        page = self.current_page()
        self.data = data
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        count = self.document.pageCount()
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, max(count, 1))
        self.page_spin.blockSignals(False)
        self.go_to_page(min(page, max(count - 1, 0)))
        self.status_label.setText(
            self.tr("%n page(s)", "", count)
            + (" · " + self.tr("names replaced by roles") if self.redact else "")
        )
        self._update_controls()
        self.pdf_changed.emit(count)

    # -- pages and zoom ------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._on_page_changed(page)

    def zoom_by(self, factor: float) -> None:
        self.fit_button.setChecked(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 8.0)))

    def _on_fit_toggled(self, on: bool) -> None:
        if on:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)

    def _on_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self._update_page_label()
        self._update_controls()

    def _update_page_label(self) -> None:
        self.page_count_label.setText(self.tr("of %1").replace("%1", str(self.page_count())))

    def _update_controls(self) -> None:
        ready = bool(self.data) and not self.busy
        count = self.page_count()
        page = self.current_page()
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)
        self.page_spin.setEnabled(count > 1)
        self.save_button.setEnabled(ready)
        self.word_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self._update_page_label()

    # -- saving --------------------------------------------------------------------------------

    def ask_save(self) -> bool:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self.request.file_name(), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        return self.save_to(target)

    def save_to(self, target: Path) -> bool:
        """Writes the PDF shown to ``target`` (atomically); a failure is shown, nothing lost."""
        try:
            reporting.save_report(target, self.data)
        except DomainError as error:
            prompts.show_error(self, self.tr("The PDF was not saved"), str(error))
            self.status_label.setText(self.tr("Not saved."))
            return False
        self.status_label.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        return True

    def ask_save_word(self) -> BackgroundTask | None:
        """Asks where to save, then makes the report again as a Word document (in the
        background, with the options shown) and writes it there."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as a Word document"),
            self.request.file_name(".docx"),
            self.tr("Word documents (*.docx)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        workspace, request, options = self.workspace, self.request, self.options("docx")
        self.status_label.setText(self.tr("Making the Word document…"))
        self.word_task = run_in_background(
            lambda progress, cancelled: make_report(
                workspace, request, options=options, progress=progress, cancelled=cancelled
            ),
            parent=self,
            label=self.tr("Making the Word document of %1…").replace("%1", request.title),
            dialog_parent=self,
            on_done=lambda data: self._word_made(target, data),
            on_error=self._word_failed,
        )
        return self.word_task

    def _word_made(self, target: Path, data: bytes) -> None:
        try:
            reporting.save_report(target, data)
        except DomainError as error:
            prompts.show_error(self, self.tr("The Word document was not saved"), str(error))
            self.status_label.setText(self.tr("Not saved."))
            return
        self.status_label.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        self.word_saved.emit(str(target))

    def _word_failed(self, error: Exception) -> None:
        if isinstance(error, ReportCancelled):
            self.status_label.setText(self.tr("Making the Word document was cancelled."))
            return
        message = str(error) if isinstance(error, DomainError) else repr(error)
        prompts.show_error(self, self.tr("The Word document could not be made"), message)
        self.status_label.setText(message)

    # -- printing ------------------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        from PySide6.QtGui import QPageSize

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if self.paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)
        printer.setDocName(self.request.title)
        return printer

    def ask_print(self, printer: QPrinter | None = None) -> bool:
        """Asks where and how to print, then prints every page (or the range chosen)."""
        printer = printer or self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setAccessibleName(self.tr("Print the report"))
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 and last >= first else None
        return self.print_to(printer, pages)

    def print_to(self, printer: QPrinter, pages: Any = None) -> bool:
        """Draws the pages on ``printer``, each scaled to fit its paper, at most 300 dpi."""
        pages = list(pages if pages is not None else range(self.page_count()))
        if not pages:
            return False
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            prompts.show_error(
                self, self.tr("Not printed"), self.tr("The printer could not be started.")
            )
            return False
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setObjectName("print_progress")
        progress.setAccessibleName(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        cancelled = False
        try:
            for done, page in enumerate(pages):
                if progress.wasCanceled():
                    cancelled = True
                    break
                if done:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page,
                    QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)),
                )
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.topLeft(), scaled), image)
                progress.setValue(done + 1)
        finally:
            painter.end()
            progress.close()
            progress.deleteLater()
        if cancelled:
            self.status_label.setText(self.tr("Printing was cancelled."))
            return False
        self.status_label.setText(self.tr("Sent to the printer."))
        return True

    def done(self, result: int) -> None:
        for task in (self.task, self.word_task):
            if task is not None and not task.done:
                task.cancel()
        self.settings.set_geometry("report_preview", self.saveGeometry())
        super().done(result)
