"""The main window: sections in a sidebar, the page of the chosen section, menus, toolbar,
status bar, and what must happen before the window closes.

This module imports nothing of the database at load time, so the window can be shown before
SQLAlchemy is even imported; the pages arrive with ``attach_workspace``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.shell.menus import WindowMenus
from counsellor_app.ui.shell.sections import BY_KEY, KEYS, SECTIONS, SectionListModel
from counsellor_app.ui.shell.welcome import WelcomePage

if TYPE_CHECKING:
    from counsellor_app.services.drafts import Draft
    from counsellor_app.services.workspace import Workspace
    from counsellor_app.ui.common.choices import ChoiceSource
    from counsellor_app.ui.common.operations import ChangeHub, Changes
    from counsellor_app.ui.common.section import SectionPage
    from counsellor_app.ui.exchanges.exchange_page import ExchangePage
    from counsellor_app.ui.shell.file_operations import FileOperations


class MainWindow(QMainWindow):
    """Exchange Notes' one window."""

    sig_open_database_requested = Signal(str)
    """The user asked to open another database file (its path)."""
    section_changed = Signal(str)
    """Another section is shown (its key)."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        # attributes
        self.settings = settings or AppSettings()
        self.workspace: Workspace | None = None
        self.choices: ChoiceSource | None = None
        self.files: FileOperations | None = None
        self.hub: ChangeHub | None = None
        self.pages: dict[str, SectionPage] = {}
        self._section = "exchange"
        self._guarding = False
        self._security: Any = None
        self.upgrading = False
        self.read_only = False
        self.database_label_text = ""
        # widgets
        self.setObjectName("main_window")
        self.sections = SectionListModel(self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.sections)
        self.sidebar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sidebar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sidebar.setSpacing(3)
        width = max(self.fontMetrics().horizontalAdvance(s.label) for s in SECTIONS)
        self.sidebar.setMinimumWidth(width + 24)
        self._sidebar_width = width + 40
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.loading_label = QLabel(self.stack)
        self.loading_label.setObjectName("loading_label")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.welcome = WelcomePage(self.stack)
        self.stack.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self._sidebar_width, self._sidebar_width * 6])
        self.splitter.setChildrenCollapsible(False)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        from counsellor_app.ui.reports.report_actions import ReportActions

        self.menus = WindowMenus(self)
        self.reports = ReportActions(self)
        self.menus.fill(self.reports.actions())
        # layout
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.database_label)
        # connections
        self.sidebar.selectionModel().currentRowChanged.connect(self._on_section_clicked)
        self.welcome.sig_new_exchange_requested.connect(self.new_exchange)
        self.welcome.sig_open_example_requested.connect(self.open_example)
        self.reports.sig_status_requested.connect(self.show_status)
        self.menus.file_menu.aboutToShow.connect(self.reports.update_enabled)
        self.section_changed.connect(lambda _key: self.reports.update_enabled())
        self.retranslate_ui()
        self.menus.retranslate_ui()
        self.menus.enable(False)
        self._restore_geometry()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Exchange Notes"))
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.loading_label.setText(self._loading_text())
        self.sections.retranslate()
        self.reports.retranslate_ui()
        self.welcome.retranslate_ui()

    # -- the database --------------------------------------------------------------------------

    def _loading_text(self) -> str:
        if self.upgrading:
            return self.tr(
                "Backing up the database, then bringing it up to date for this version…\n"
                "This happens once after an update."
            )
        return self.tr("Opening the database…")

    def show_upgrading(self) -> None:
        """While a file from an older release is backed up and upgraded: says so."""
        self.upgrading = True
        self.loading_label.setText(self._loading_text())

    def attach_workspace(self, workspace: Workspace, where: str = "") -> None:
        """Builds the pages on an open database; shows the welcome page if it is empty."""
        from counsellor_app.services.ui_queries import has_any_record
        from counsellor_app.ui.common.choices import ChoiceSource
        from counsellor_app.ui.common.operations import hub_for
        from counsellor_app.ui.shell.file_operations import FileOperations

        self._drop_pages()
        if self.upgrading:  # done: the next open is an ordinary one
            self.upgrading = False
            self.loading_label.setText(self._loading_text())
        if self.settings.user_name:
            workspace.actor = self.settings.user_name
        self.workspace = workspace
        self.read_only = workspace.database.read_only
        self.hub = hub_for(workspace)
        self.hub.records_changed.connect(self._on_records_changed)
        self.hub.read_failed.connect(self.show_status)
        self.choices = ChoiceSource(workspace)
        self.files = FileOperations(workspace, self)
        self.files.sig_status_requested.connect(self.show_status)
        self.database_label_text = where
        self.database_label.setText(
            self.tr("%1 (encrypted)").replace("%1", where)
            if workspace.database.encrypted
            else where
        )
        self.menus.enable(True)
        # Back where the user left off; only that page is built now, the others when first
        # shown. On an empty database the welcome page stands for the list of exchanges.
        empty = not has_any_record(workspace)
        section = self.settings.section
        if empty or section not in KEYS:
            section = "exchange"
        self._section = section
        self._select_sidebar_row(KEYS.index(section))
        self.stack.setCurrentWidget(self.welcome if empty else self.page_for(section))

    def page_for(self, key: str) -> SectionPage:
        """The page of a section, built the first time it is shown (a quick start): each
        page's module is imported then, so a start on one section pays for no other."""
        page = self.pages.get(key)
        if page is None:
            page = BY_KEY[key].build(self)
            page.sig_status_requested.connect(self.show_status)
            page.sig_open_record_requested.connect(self.open_record)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    @property
    def exchange_page(self) -> ExchangePage | None:
        """The exchange shown beside the list of exchanges, once that section is built."""
        if "exchange" not in self.pages:
            return None
        from counsellor_app.ui.exchanges.exchanges_section import ExchangesSection

        page = self.pages["exchange"]
        return page.exchange_page if isinstance(page, ExchangesSection) else None

    def recover_draft(self, draft: Draft) -> bool:
        """Opens a draft left by a crash in the form of its section; False when none takes
        it (a kind without a section of its own)."""
        if draft.kind not in KEYS or not self.show_section(draft.kind):
            return False
        page = self.pages[draft.kind]
        self.stack.setCurrentWidget(page)  # even over the welcome page
        return page.recover(draft)

    def release_workspace(self) -> None:
        """Lets go of the open database (its file is about to be converted): the pages go,
        the window shows that it is waiting, until ``attach_workspace``."""
        self._drop_pages()
        self.workspace = None
        self.choices = None
        self.files = None
        self.stack.setCurrentWidget(self.loading_label)
        self.menus.enable(False)

    def _drop_pages(self) -> None:
        if self.hub is not None:
            self.hub.wait_for_writes()  # nothing asked for is lost with the pages
            self.hub.records_changed.disconnect(self._on_records_changed)
            self.hub.read_failed.disconnect(self.show_status)
            self.hub = None
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()

    def mark_read_only(self) -> None:
        """The database was opened read-only: nothing can be changed, and the window says so."""
        self.read_only = True
        self.menus.mark_read_only()
        self.database_label.setText(
            self.tr("%1 — read-only: changes cannot be saved").replace(
                "%1", self.database_label_text
            )
        )
        self.show_status(self.tr("Opened read-only: you can read everything but change nothing."))

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        # The welcome page stands in for an empty database: once something is in it (the
        # example was opened), the exchanges are shown instead, one of them open.
        if not changes.everything or self.stack.currentWidget() is not self.welcome:
            return
        from counsellor_app.services.ui_queries import has_any_record

        if self.workspace is not None and has_any_record(self.workspace):
            self.stack.setCurrentWidget(self.page_for("exchange"))
            self.show_section("exchange")
            page: Any = self.pages["exchange"]
            page.select_first_row()

    # -- sections ------------------------------------------------------------------------------

    @property
    def section(self) -> str:
        return self._section

    def current_page(self) -> SectionPage | None:
        widget = self.stack.currentWidget()
        return self.pages.get(self._section) if widget is self.pages.get(self._section) else None

    def show_section(self, key: str) -> bool:
        """Shows a section, after the page being left agrees (nothing unsaved is lost)."""
        if self.workspace is None:
            return False
        current = self.current_page()
        if current is not None and key != self._section and not current.maybe_leave():
            self._select_sidebar_row(KEYS.index(self._section))
            return False
        self._section = key
        self.settings.section = key
        self._select_sidebar_row(KEYS.index(key))
        page = self.page_for(key)
        # On an empty database the welcome page stands in for the list of exchanges.
        if key != "exchange" or self.stack.currentWidget() is not self.welcome:
            self.stack.setCurrentWidget(page)
        page.shown()
        self.section_changed.emit(key)
        return True

    def _select_sidebar_row(self, row: int) -> None:
        self._guarding = True
        self.sidebar.setCurrentIndex(self.sections.index(row, 0))
        self._guarding = False

    def _on_section_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._guarding or not current.isValid():
            return
        self.show_section(KEYS[current.row()])

    def open_record(self, kind: str, record_id: str) -> bool:
        """Shows one record in its section, selected (a search result, a quote opened)."""
        if self.workspace is None or kind not in KEYS or not self.show_section(kind):
            return False
        return self.pages[kind].open_record(record_id)

    # -- commands ------------------------------------------------------------------------------

    def new_exchange(self) -> None:
        if self.workspace is None:
            return
        if self.stack.currentWidget() is self.welcome:
            self.stack.setCurrentWidget(self.page_for("exchange"))
        if self.show_section("exchange"):
            self.page_for("exchange").new_record()

    def open_example(self) -> None:
        from counsellor_app.paths import example_file

        if self.files is not None:
            self.files.import_file(example_file(), example=True)

    def new_record(self) -> None:
        page = self.current_page()
        if page is not None:
            page.new_record()
        elif self.stack.currentWidget() is self.welcome:
            self.new_exchange()

    def save_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.save()

    def delete_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.delete_current()

    def revert_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.revert()

    def focus_filter(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_filter()

    def show_search(self) -> None:
        """Ctrl+F: the Search section, its box ready for typing."""
        if self.show_section("search"):
            self.pages["search"].focus_filter()

    def undo(self) -> None:
        widget: Any = QApplication.focusWidget()
        if widget is not None and callable(getattr(widget, "undo", None)):
            widget.undo()

    def redo(self) -> None:
        widget: Any = QApplication.focusWidget()
        if widget is not None and callable(getattr(widget, "redo", None)):
            widget.redo()

    def start_capture(self) -> bool:
        """Opens fast capture on the exchange shown (Ctrl+Shift+N)."""
        page = self.exchange_page
        if page is None:
            return False
        if self._section != "exchange" or page.record is None:
            self.show_status(
                self.tr("Open an exchange first: fast capture adds to the exchange shown.")
            )
            return False
        return page.start_capture()

    def ask_import(self) -> None:
        if self.files is not None:
            self.files.ask_import()

    def ask_export(self) -> None:
        if self.files is not None:
            self.files.ask_export()

    def ask_export_csv(self) -> None:
        if self.files is not None:
            self.files.ask_export_csv()

    def backup_now(self) -> None:
        if self.files is not None:
            self.files.backup_now()

    def ask_restore(self) -> None:
        from counsellor_app.ui.safety.backup_dialog import ask_restore

        ask_restore(self)

    @property
    def security(self) -> Any:
        """Encrypting the open database, changing its passphrase, removing its encryption."""
        if self._security is None:
            from counsellor_app.ui.safety.security import DatabaseSecurity

            self._security = DatabaseSecurity(self)
            self._security.sig_status_requested.connect(self.show_status)
        return self._security

    def open_settings(self) -> None:
        from counsellor_app.services.backups import backup_folder
        from counsellor_app.ui.safety.security import security_state
        from counsellor_app.ui.shell.settings_dialog import SettingsDialog

        folder = backup_folder(self.workspace) if self.workspace is not None else None
        dialog = SettingsDialog(
            self.settings,
            self.database_label_text,
            self,
            backups_folder=folder,
            security_state=security_state(self.workspace),
        )
        dialog.sig_open_database_requested.connect(self.sig_open_database_requested.emit)
        # Asked once the settings dialog has closed: each opens dialogs of its own.
        requested: list[Any] = []
        dialog.sig_encrypt_requested.connect(lambda: requested.append(self.security.encrypt))
        dialog.sig_change_passphrase_requested.connect(
            lambda: requested.append(self.security.change_passphrase)
        )
        dialog.sig_decrypt_requested.connect(lambda: requested.append(self.security.decrypt))
        if self.run_settings(dialog) and self.workspace is not None and self.settings.user_name:
            self.workspace.actor = self.settings.user_name
        dialog.deleteLater()
        for command in requested:
            command()

    def run_settings(self, dialog: Any) -> bool:
        """Shows the settings dialog; True when accepted (tests replace this method)."""
        return bool(dialog.exec())

    def show_history(self) -> None:
        """Edit ▸ History…: every change, filterable by person and dates."""
        from counsellor_app.ui.records.history import HistoryDialog

        if self.workspace is None:
            return
        dialog = HistoryDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.refresh()
        self.history_dialog = dialog

    def show_about(self) -> None:
        from counsellor_app import __version__
        from counsellor_app.ui.common import prompts

        prompts.show_info(
            self,
            self.tr("About Exchange Notes"),
            self.tr(
                "Exchange Notes %1 — what return counsellors learn from staff exchanges."
            ).replace("%1", __version__),
        )

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: the window's own, read from its actions, and the pages'."""
        from counsellor_app.ui.common import prompts

        lines = self.menus.shortcut_lines()
        prompts.show_info(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- closing and remembering ---------------------------------------------------------------

    def maybe_leave(self) -> bool:
        """True when nothing unsaved would be lost (after asking where something is)."""
        current = self.current_page()
        ordered = [current] + [p for p in self.pages.values() if p is not current]
        for page in ordered:
            if page is None:
                continue
            if page.is_dirty() and page is not current:
                self.stack.setCurrentWidget(page)
            if not page.maybe_leave():
                return False
        return True

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends this when the language changes; one walk here retranslates every page,
        # panel and dialog of the window, so they need no handler of their own.
        if event.type() == QEvent.Type.LanguageChange:
            from counsellor_app.ui.common.language import retranslate_tree

            retranslate_tree(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_leave():
            event.ignore()
            return
        if self.hub is not None:
            self.hub.wait_for_writes()
        self.save_layout()
        event.accept()

    def save_layout(self) -> None:
        self.settings.set_geometry("main_window", self.saveGeometry())
        self.settings.set_geometry("main_window_state", self.saveState())
        self.settings.set_geometry("main_splitter", self.splitter.saveState())
        for page in self.pages.values():
            page.save_layout()
        self.settings.sync()

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("main_window")
        if geometry is None or not self.restoreGeometry(geometry):
            m = self.fontMetrics().horizontalAdvance("M")
            self.resize(m * 110, self.fontMetrics().height() * 48)
        state = self.settings.geometry("main_window_state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.geometry("main_splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
