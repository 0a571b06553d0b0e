"""The window's report commands: an exchange's summary, the comparisons digest and a theme's
dossier, as "Export PDF…", "Export Word document…" and "Print…", made in the background and
then shown in the preview."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from counsellor_app.domain.records import Exchange

if TYPE_CHECKING:
    # The preview pulls in the database and ReportLab's callers: imported when first used.
    from counsellor_app.ui.reports.report_preview import ReportPreview


class ReportActions(QObject):
    """Owns the report actions of a window and the preview they open."""

    preview_opened = Signal(object)
    """A preview was shown (the ReportPreview)."""
    sig_status_requested = Signal(str)
    """A short message for the status bar."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        # attributes
        self.window = window
        self.preview: ReportPreview | None = None
        # actions
        self.exchange_pdf_action = self._action("exchange_pdf", lambda: self.exchange_report())
        self.exchange_print_action = self._action(
            "exchange_print", lambda: self.exchange_report("print")
        )
        self.exchange_print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.exchange_word_action = self._action(
            "exchange_word", lambda: self.exchange_report("word")
        )
        self.digest_pdf_action = self._action("digest_pdf", lambda: self.digest_report())
        self.digest_word_action = self._action("digest_word", lambda: self.digest_report("word"))
        self.digest_print_action = self._action("digest_print", lambda: self.digest_report("print"))
        self.theme_report_action = self._action("theme_report", lambda: self.theme_report())
        self.retranslate_ui()

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"{name}_action")
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.exchange_pdf_action.setText(self.tr("Export PDF…"))
        self.exchange_pdf_action.setToolTip(self.tr("A PDF summary of this exchange, to save"))
        self.exchange_word_action.setText(self.tr("Export Word document…"))
        self.exchange_word_action.setToolTip(
            self.tr("A summary of this exchange as a Word document, to edit before sending")
        )
        self.exchange_print_action.setText(self.tr("Print…"))
        self.exchange_print_action.setToolTip(self.tr("Print a summary of this exchange"))
        self.digest_pdf_action.setText(self.tr("Comparisons digest as PDF…"))
        self.digest_pdf_action.setToolTip(
            self.tr("Every comparison shown (with the current filter) side by side, as a PDF")
        )
        self.digest_word_action.setText(self.tr("Comparisons digest as Word document…"))
        self.digest_print_action.setText(self.tr("Print comparisons digest…"))
        self.theme_report_action.setText(self.tr("Report on this theme…"))
        self.theme_report_action.setToolTip(
            self.tr("Everything recorded about this theme, exchange by exchange, newest first")
        )

    def actions(self) -> list[QAction]:
        return [
            self.exchange_pdf_action,
            self.exchange_word_action,
            self.exchange_print_action,
            self.digest_pdf_action,
            self.digest_word_action,
            self.digest_print_action,
            self.theme_report_action,
        ]

    def update_enabled(self) -> None:
        """Exchange reports need an exchange shown; the digest needs an open database."""
        has_workspace = self.window.workspace is not None
        has_exchange = self.current_exchange() is not None
        for action in (
            self.exchange_pdf_action,
            self.exchange_word_action,
            self.exchange_print_action,
        ):
            action.setEnabled(has_exchange)
        for action in (self.digest_pdf_action, self.digest_word_action, self.digest_print_action):
            action.setEnabled(has_workspace)
        self.theme_report_action.setEnabled(self.current_theme() is not None)

    # -- what to report ------------------------------------------------------------------------

    def current_exchange(self) -> Exchange | None:
        page = self.window.exchange_page
        if page is None or self.window.section != "exchange":
            return None
        record = page.record
        return record if isinstance(record, Exchange) else None

    def current_theme(self) -> str | None:
        """The name of the theme selected in the list of themes, or chosen above the matrix."""
        if self.window.workspace is None:
            return None
        page = self.window.current_page()
        return page.report_theme() if page is not None else None

    def digest_filters(self) -> dict[str, str | None]:
        """What the page shown narrows the digest to (``SectionPage.report_filters``): the
        filters above the matrix, the exchange of an exchange's Comparisons tab."""
        page = self.window.current_page()
        return dict(page.report_filters()) if page is not None else {}

    def exchange_report(self, then: str | None = None) -> ReportPreview | None:
        exchange = self.current_exchange()
        if exchange is None:
            self.sig_status_requested.emit(self.tr("Open an exchange first."))
            return None
        from counsellor_app.ui.reports.report_request import ReportRequest

        request = ReportRequest("exchange", exchange.title, exchange_id=exchange.id)
        return self.open_preview(request, then)

    def digest_report(self, then: str | None = None) -> ReportPreview | None:
        if self.window.workspace is None:
            return None
        from counsellor_app.ui.reports.report_request import ReportRequest

        filters = self.digest_filters()
        parts = [self.tr("Comparisons")]
        parts += [str(v) for k, v in filters.items() if v and k != "exchange_id"]
        if filters.get("exchange_id") and self.window.choices is not None:
            titles = dict(self.window.choices.choices("exchange"))
            parts.append(titles.get(str(filters["exchange_id"]), ""))
        request = ReportRequest(
            "digest",
            " — ".join(parts),
            exchange_id=filters.get("exchange_id"),
            theme=filters.get("theme"),
            organisation=filters.get("organisation"),
        )
        return self.open_preview(request, then)

    def theme_report(self, then: str | None = None) -> ReportPreview | None:
        theme = self.current_theme()
        if theme is None:
            self.sig_status_requested.emit(self.tr("Choose a theme first."))
            return None
        from counsellor_app.ui.reports.report_request import ReportRequest

        title = self.tr("Theme dossier — %1").replace("%1", theme)
        return self.open_preview(ReportRequest("theme", title, theme=theme), then)

    # -- the preview ---------------------------------------------------------------------------

    def open_preview(self, request: Any, then: str | None = None) -> ReportPreview:
        """Makes the report in the background, then shows it (and prints it, when asked)."""
        from counsellor_app.ui.reports.report_preview import ReportPreview

        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        preview = ReportPreview(self.window.workspace, request, self.window.settings, self.window)
        self.preview = preview

        def first_shown(_count: int) -> None:
            preview.pdf_changed.disconnect(first_shown)
            preview.build_failed.disconnect(never_shown)
            preview.show()
            self.preview_opened.emit(preview)
            if then == "print":
                QTimer.singleShot(0, preview.ask_print)
            elif then == "word":
                QTimer.singleShot(0, preview.ask_save_word)

        def never_shown(message: str) -> None:
            preview.pdf_changed.disconnect(first_shown)
            preview.build_failed.disconnect(never_shown)
            self.sig_status_requested.emit(message)
            if self.preview is preview:
                self.preview = None
            preview.deleteLater()

        preview.pdf_changed.connect(first_shown)
        preview.build_failed.connect(never_shown)
        preview.rebuild()
        return preview
