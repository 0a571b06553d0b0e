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
    from counsellor_app.ui.common.undo import UndoHistory
    from counsellor_app.ui.exchanges.exchange_page import ExchangePage
    from counsellor_app.ui.shell.file_operations import FileOperations


def _text_step(widget: Any, *, redo: bool) -> bool:
    """Undoes (or redoes) typing in a text field that has some to undo; False otherwise."""
    if widget is None:
        return False
    document = getattr(widget, "document", None)
    if callable(document):
        available = document().isRedoAvailable() if redo else document().isUndoAvailable()
    else:
        check = getattr(widget, "isRedoAvailable" if redo else "isUndoAvailable", None)
        available = bool(check()) if callable(check) else False
    if not available:
        return False
    getattr(widget, "redo" if redo else "undo")()
    return True


class MainWindow(QMainWindow):
    """Exchange Notes' one window."""

    sig_open_database_requested = Signal(str)
    """The user asked to open another database file (its path)."""
    sig_open_example_requested = Signal()
    """The user asked to open the sample database with the example exchange."""
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
        self.history: UndoHistory | None = None
        self.pages: dict[str, SectionPage] = {}
        self._section = "exchange"
        self._guarding = False
        self._security: Any = None
        self.upgrading = False
        self.read_only = False
        self.database_label_text = ""
        self.on_example = False
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
        self.section_changed.connect(lambda _key: self._update_list_pane_action())
        self.retranslate_ui()
        self.menus.retranslate_ui()
        self.menus.enable(False)
        self._update_list_pane_action()
        self._restore_geometry()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Exchange Notes"))
        if self.workspace is not None:
            self._show_database_label()
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
        from counsellor_app.ui.common.undo import UndoHistory

        self.history = UndoHistory(workspace, self)
        self.history.stack.indexChanged.connect(self._update_undo_actions)
        self.hub.read_failed.connect(self.show_status)
        self.choices = ChoiceSource(workspace)
        self.files = FileOperations(workspace, self)
        self.files.sig_status_requested.connect(self.show_status)
        self.database_label_text = where
        self.on_example = self._is_example(where)
        self._show_database_label()
        self.menus.enable(True)
        self.menus.show_example_state(self.on_example)
        self._update_undo_actions()
        # Back where the user left off; only that page is built now, the others when first
        # shown. On an empty database the welcome page stands for the list of exchanges.
        empty = not has_any_record(workspace)
        section = self.settings.section
        if empty or section not in KEYS:
            section = "exchange"
        self._section = section
        self._select_sidebar_row(KEYS.index(section))
        self.stack.setCurrentWidget(self.welcome if empty else self.page_for(section))
        self._update_list_pane_action()

    @staticmethod
    def _is_example(where: str) -> bool:
        from counsellor_app import paths

        return bool(where) and where == str(paths.example_database())

    def _show_database_label(self) -> None:
        where = self.database_label_text
        if self.on_example:
            text = self.tr("The example (a sample database apart from yours)")
        elif self.workspace is not None and self.workspace.database.encrypted:
            text = self.tr("%1 (encrypted)").replace("%1", where)
        else:
            text = where
        self.database_label.setText(text)

    def page_for(self, key: str) -> SectionPage:
        """The page of a section, built the first time it is shown (a quick start): each
        page's module is imported then, so a start on one section pays for no other."""
        page = self.pages.get(key)
        if page is None:
            page = BY_KEY[key].build(self)
            page.sig_status_requested.connect(self.show_status)
            page.sig_open_record_requested.connect(self.open_record)
            page.list_pane_changed.connect(self._update_list_pane_action)
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
        # Unasked: a form filled with another draft just before stays filled in its page.
        if draft.kind not in KEYS or not self.show_section(draft.kind, ask=False):
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
        self._update_list_pane_action()

    def _drop_pages(self) -> None:
        if self.history is not None:
            self.history.close()
            self.history.deleteLater()
            self.history = None
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

    def show_section(self, key: str, *, ask: bool = True) -> bool:
        """Shows a section, after the page being left agrees (nothing unsaved is lost);
        without ``ask``, the page left keeps its unsaved changes as they are."""
        if self.workspace is None:
            return False
        current = self.current_page()
        leaving = current is not None and key != self._section
        if leaving and ask and current is not None and not current.maybe_leave():
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
        """File ▸ Open the example: the sample database, never the user's own."""
        self.sig_open_example_requested.emit()

    def open_own_database(self) -> None:
        """File ▸ Back to my database: from the example to the user's own database."""
        from counsellor_app import paths

        own = self.settings.database or paths.default_database()
        self.sig_open_database_requested.emit(str(own))

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

    def show_list_pane(self, shown: bool) -> None:
        """View ▸ List pane: the list beside the form shown, or folded away for the form to
        take the whole width."""
        page = self.current_page()
        if page is not None and page.can_fold_list() and page.list_folded() == shown:
            page.set_list_folded(not shown)
        self._update_list_pane_action()

    def _update_list_pane_action(self) -> None:
        page = self.current_page()
        foldable = self.workspace is not None and page is not None and page.can_fold_list()
        action = self.menus.list_pane_action
        action.setEnabled(foldable)
        action.blockSignals(True)
        action.setChecked(not (foldable and page is not None and page.list_folded()))
        action.blockSignals(False)

    def show_search(self) -> None:
        """Ctrl+F: the Search section, its box ready for typing."""
        if self.show_section("search"):
            self.pages["search"].focus_filter()

    def undo(self) -> None:
        """Ctrl+Z: the typing in the text field being edited, if it has any to undo; else the
        last move to the trash, restore or save."""
        if _text_step(QApplication.focusWidget(), redo=False):
            return
        if self.history is not None and self.history.can_undo():
            self.history.undo()

    def redo(self) -> None:
        if _text_step(QApplication.focusWidget(), redo=True):
            return
        if self.history is not None and self.history.can_redo():
            self.history.redo()

    def _update_undo_actions(self, *_args: object) -> None:
        """Edit ▸ Undo and Redo name what they would undo or redo."""
        from shiboken6 import isValid

        history = self.history
        stack = history.stack if history is not None and isValid(history) else None
        if stack is not None and not isValid(stack):
            stack = None
        for action, can, text, plain in (
            (
                self.menus.undo_action,
                stack is not None and stack.canUndo(),
                stack.undoText() if stack is not None else "",
                self.tr("&Undo"),
            ),
            (
                self.menus.redo_action,
                stack is not None and stack.canRedo(),
                stack.redoText() if stack is not None else "",
                self.tr("&Redo"),
            ),
        ):
            action.setText(f"{plain} {text}" if can and text else plain)

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
