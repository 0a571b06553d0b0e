"""The main window: sections in a sidebar, the page of the chosen section, menus, toolbar,
status bar, and what must happen before the window closes.

This module imports nothing of the database at load time, so the window can be shown before
SQLAlchemy is even imported; the pages arrive with ``attach_workspace``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
)

from counsellor_app.ui.labels import kind_label
from counsellor_app.ui.settings import AppSettings
from counsellor_app.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from counsellor_app.services.workspace import Workspace
    from counsellor_app.ui.choices import ChoiceSource
    from counsellor_app.ui.exchange_page import ExchangePage
    from counsellor_app.ui.file_operations import FileOperations

Index = QModelIndex | QPersistentModelIndex
SECTIONS = (
    "exchange",
    "observation",
    "comparison",
    "person",
    "organisation",
    "theme",
    "action",
    "trash",
    "search",
)
CAPTURE_SHORTCUT = "Ctrl+Shift+N"
# Ctrl+F searches everything; the filter of the list shown is one key away.
LIST_FILTER_SHORTCUT = "Ctrl+L"


def section_label(key: str) -> str:
    """The name of a section in the sidebar and the Go menu."""
    if key == "trash":
        return QCoreApplication.translate("MainWindow", "Trash")
    if key == "search":
        return QCoreApplication.translate("MainWindow", "Search")
    return kind_label(key, plural=True)


class SectionListModel(QAbstractListModel):
    """The sidebar: one row per section."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(SECTIONS):
            return None
        key = SECTIONS[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return section_label(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Ctrl+{index.row() + 1}"
        return None

    def retranslate(self) -> None:
        if SECTIONS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(SECTIONS) - 1, 0))


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
        self.pages: dict[str, Any] = {}
        self.exchange_page: ExchangePage | None = None
        self._section = "exchange"
        self._guarding = False
        self._security: Any = None
        self.person_data: Any = None
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
        width = max(self.fontMetrics().horizontalAdvance(section_label(k)) for k in SECTIONS)
        self.sidebar.setMinimumWidth(width + 24)
        self._sidebar_width = width + 40
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.upgrading = False
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
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._make_actions()
        # layout
        self.setCentralWidget(self.splitter)
        self.addToolBar(self.toolbar)
        self.statusBar().addPermanentWidget(self.database_label)
        self._fill_menus()
        # connections
        self.sidebar.selectionModel().currentRowChanged.connect(self._on_section_clicked)
        self.welcome.sig_new_exchange_requested.connect(self.new_exchange)
        self.welcome.sig_open_example_requested.connect(self.open_example)
        self.retranslate_ui()
        self._enable_actions(False)
        self._restore_geometry()

    # -- actions and menus ---------------------------------------------------------------------

    def _action(
        self, name: str, shortcut: Any = None, slot: Any = None, icon: Any = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(f"{name}_action")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        pixmaps = QStyle.StandardPixmap
        self.new_action = self._action("new", keys.New, self.new_record, pixmaps.SP_FileIcon)
        self.save_action = self._action(
            "save", keys.Save, self.save_current, pixmaps.SP_DialogSaveButton
        )
        self.delete_action = self._action(
            "delete", keys.Delete, self.delete_current, pixmaps.SP_TrashIcon
        )
        self.find_action = self._action("find", keys.Find, self.show_search)
        self.filter_action = self._action("filter", LIST_FILTER_SHORTCUT, self.focus_filter)
        self.undo_action = self._action("undo", keys.Undo, self.undo)
        self.redo_action = self._action("redo", keys.Redo, self.redo)
        self.revert_action = self._action("revert", None, self.revert_current)
        self.capture_action = self._action("capture", CAPTURE_SHORTCUT, self.start_capture)
        self.import_action = self._action("import", "Ctrl+I", self.ask_import)
        self.export_action = self._action("export", "Ctrl+E", self.ask_export)
        self.export_csv_action = self._action("export_csv", None, self.ask_export_csv)
        self.backup_action = self._action("backup", None, self.backup_now)
        self.restore_action = self._action("restore", None, self.ask_restore)
        self.history_action = self._action("history", None, self.show_history)
        self.settings_action = self._action("settings", keys.Preferences, self.open_settings)
        self.quit_action = self._action("quit", keys.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action("about", None, self.show_about)
        self.shortcuts_action = self._action("shortcuts", None, self.show_shortcuts)
        self.section_actions = []
        for row, key in enumerate(SECTIONS):
            action = self._action(
                f"go_{key}", f"Ctrl+{row + 1}", lambda _c=False, k=key: self.show_section(k)
            )
            self.section_actions.append(action)
        from counsellor_app.ui.report_actions import ReportActions

        self.reports = ReportActions(self)
        self.reports.sig_status_requested.connect(self.show_status)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.capture_action)

    def _fill_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("file_menu")
        for action in (self.new_action, self.save_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.export_csv_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in self.reports.actions():
            self.file_menu.addAction(action)
        self.file_menu.aboutToShow.connect(self.reports.update_enabled)
        self.section_changed.connect(lambda _key: self.reports.update_enabled())
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("edit_menu")
        for action in (self.undo_action, self.redo_action, self.revert_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.delete_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(self.filter_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.history_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.setObjectName("go_menu")
        for action in self.section_actions:
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.capture_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("help_menu")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Exchange Notes"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New"),
            self.save_action: self.tr("&Save"),
            self.delete_action: self.tr("Move to &trash"),
            self.find_action: self.tr("&Search everything…"),
            self.filter_action: self.tr("&Filter the list"),
            self.undo_action: self.tr("&Undo"),
            self.redo_action: self.tr("&Redo"),
            self.revert_action: self.tr("Re&vert changes"),
            self.capture_action: self.tr("&Capture observations"),
            self.import_action: self.tr("&Import…"),
            self.export_action: self.tr("&Export…"),
            self.export_csv_action: self.tr("Export &CSV…"),
            self.backup_action: self.tr("&Back up now"),
            self.restore_action: self.tr("&Restore from backup…"),
            self.history_action: self.tr("&History…"),
            self.settings_action: self.tr("Se&ttings…"),
            self.quit_action: self.tr("&Quit"),
            self.about_action: self.tr("&About Exchange Notes"),
            self.shortcuts_action: self.tr("&Keyboard shortcuts"),
        }
        for action, text in texts.items():
            action.setText(text)
        for action, key in zip(self.section_actions, SECTIONS, strict=True):
            action.setText(section_label(key))
        self.capture_action.setToolTip(
            self.tr("Capture observations of the open exchange (%1)").replace(
                "%1", CAPTURE_SHORTCUT
            )
        )
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.loading_label.setText(self._loading_text())
        self.sections.retranslate()
        self.reports.retranslate_ui()
        self.welcome.retranslate_ui()

    def _enable_actions(self, enabled: bool) -> None:
        for action in self.actions():
            always = (self.quit_action, self.about_action, self.shortcuts_action)
            if action not in (*always, self.settings_action):
                action.setEnabled(enabled)

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
        from counsellor_app.ui.choices import ChoiceSource
        from counsellor_app.ui.file_operations import FileOperations

        self._drop_pages()
        if self.upgrading:  # done: the next open is an ordinary one
            self.upgrading = False
            self.loading_label.setText(self._loading_text())
        if self.settings.user_name:
            workspace.actor = self.settings.user_name
        self.workspace = workspace
        self.choices = ChoiceSource(workspace)
        self.files = FileOperations(workspace, self)
        self.files.sig_status_requested.connect(self.show_status)
        self.files.records_changed.connect(self._on_records_changed)
        self.database_label_text = where
        self.database_label.setText(
            self.tr("%1 (encrypted)").replace("%1", where)
            if workspace.database.encrypted
            else where
        )
        self._enable_actions(True)
        # Back where the user left off; only that page is built now, the others when first
        # shown. On an empty database the welcome page stands for the list of exchanges.
        empty = not has_any_record(workspace)
        section = self.settings.section
        if empty or section not in SECTIONS:
            section = "exchange"
        self._section = section
        self._select_sidebar_row(SECTIONS.index(section))
        self.stack.setCurrentWidget(self.welcome if empty else self.page_for(section))

    def page_for(self, key: str) -> Any:
        """The page of a section, built the first time it is shown (a quick start)."""
        if key in self.pages:
            return self.pages[key]
        # Each page's module is imported when that page is first built: a start on one
        # section does not pay for the others.
        from counsellor_app.ui.record_list_page import RecordListPage

        assert self.workspace is not None and self.choices is not None
        workspace = self.workspace
        page: Any
        if key == "search":
            return self._add_search_page()
        if key == "trash":
            from counsellor_app.ui.trash_page import TrashPage

            page = TrashPage(workspace, self.stack, days=self.settings.trash_days)
        elif key == "exchange":
            from counsellor_app.ui.exchange_page import ExchangePage

            self.exchange_page = ExchangePage(workspace, self.choices, self.settings)
            page = RecordListPage(
                key,
                workspace,
                self.choices,
                self.settings,
                self.stack,
                detail=self.exchange_page,
                split=(330, 670),
                remember_selection=True,
            )
            self.exchange_page.records_changed.connect(self._on_records_changed)
            self.exchange_page.add_action(self.reports.exchange_pdf_action)
            self.exchange_page.add_action(self.reports.exchange_word_action)
            self.exchange_page.add_action(self.reports.exchange_print_action)
            self.exchange_page.tabs_built.connect(self._on_exchange_tabs_built)
            # "Export PDF" and "Print" beside the exchange work only with one shown.
            self.exchange_page.shown_changed.connect(self.reports.update_enabled)
            self.reports.update_enabled()
            if self.exchange_page.tabs_ready:
                self._on_exchange_tabs_built()
        elif key == "comparison":
            from counsellor_app.ui.comparisons_section import ComparisonsSection

            page = ComparisonsSection(workspace, self.choices, self.settings, self.stack)
            page.sig_open_observation_requested.connect(self.open_observation)
            # "Report on this theme…" for the theme chosen above the matrix.
            page.matrix.add_action(self.reports.theme_report_action)
            page.matrix.matrix_changed.connect(self.reports.update_enabled)
            page.view_changed.connect(lambda _view: self.reports.update_enabled())
        else:
            page = RecordListPage(
                key, workspace, self.choices, self.settings, self.stack, remember_selection=True
            )
            if key == "observation":
                self._connect_evidence(page)
            elif key == "person":
                self._connect_person_data(page)
            elif key == "theme":
                page.add_action(self.reports.theme_report_action)
                page.table.selectionModel().currentRowChanged.connect(
                    lambda *_rows: self.reports.update_enabled()
                )
        page.records_changed.connect(self._on_records_changed)
        page.sig_status_requested.connect(self.show_status)
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def _on_exchange_tabs_built(self) -> None:
        assert self.exchange_page is not None
        tabs = self.exchange_page.pages
        self._connect_evidence(tabs["observation"])
        tabs["comparison"].detail.sig_open_observation_requested.connect(self.open_observation)

    def _connect_evidence(self, observations: Any) -> None:
        """Adds “Use as evidence for…” to a list of observations (Ctrl+Shift+E)."""
        from counsellor_app.ui.evidence_picker import UseAsEvidence

        assert self.workspace is not None and self.choices is not None
        helper = UseAsEvidence(self.workspace, self.choices, observations)
        helper.sig_status_requested.connect(self.show_status)
        helper.records_changed.connect(self._on_evidence_attached)

    def _connect_person_data(self, people: Any) -> None:
        """Adds "Export this person's data…" and "Erase this person…" to the People section."""
        from counsellor_app.ui.person_data import PersonDataActions

        self.person_data = PersonDataActions(self, people)
        self.person_data.sig_status_requested.connect(self.show_status)
        self.person_data.records_changed.connect(self._on_records_changed)

    def _on_evidence_attached(self, kind: str) -> None:
        self._on_records_changed(kind)
        if self.exchange_page is not None:
            self.exchange_page.refresh_tab("comparison")

    def open_observation(self, observation_id: str) -> None:
        """Shows one observation in its section (a quote activated in a comparison)."""
        from counsellor_app.domain.errors import NotFoundError

        if self.workspace is None or not self.show_section("observation"):
            return
        page = self.pages["observation"]
        if not page.detail.maybe_leave():
            return
        page.filter_edit.clear()
        page.select_record(observation_id)
        shown = page.detail.record
        if shown is None or shown.id != observation_id:
            try:
                page.detail.load(self.workspace.observations.get(observation_id))
            except NotFoundError:
                self.show_status(self.tr("That observation is in the trash."))

    def _add_search_page(self) -> Any:
        from counsellor_app.ui.search_panel import SearchPanel

        assert self.workspace is not None and self.choices is not None
        page = SearchPanel(self.workspace, self.choices, self.settings, self.stack)
        page.sig_open_record_requested.connect(self.open_record)
        page.sig_status_requested.connect(self.show_status)
        self.pages["search"] = page
        self.stack.addWidget(page)
        return page

    def show_search(self) -> None:
        """Ctrl+F: the Search section, its box ready for typing."""
        if self.show_section("search"):
            self.pages["search"].focus_filter()

    def open_record(self, kind: str, record_id: str) -> None:
        """Shows one record in its section, selected (a search result opened)."""
        from counsellor_app.domain.errors import NotFoundError

        if self.workspace is None or kind not in SECTIONS or not self.show_section(kind):
            return
        page = self.pages[kind]
        if kind == "comparison":
            page.open_comparison(record_id)
            return
        if not page.detail.maybe_leave():
            return
        page.filter_edit.clear()
        page.select_record(record_id)
        shown = page.detail.record
        if shown is None or shown.id != record_id:
            try:
                page.detail.load(self.workspace.service_for(kind).get(record_id))
            except NotFoundError:
                self.show_status(self.tr("That record is in the trash."))
        page.table.setFocus()

    def release_workspace(self) -> None:
        """Lets go of the open database (its file is about to be converted): the pages go,
        the window shows that it is waiting, until ``attach_workspace``."""
        self._drop_pages()
        self.workspace = None
        self.choices = None
        self.files = None
        self.stack.setCurrentWidget(self.loading_label)
        self._enable_actions(False)

    def _drop_pages(self) -> None:
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.exchange_page = None

    # -- sections ------------------------------------------------------------------------------

    @property
    def section(self) -> str:
        return self._section

    def current_page(self) -> Any:
        widget = self.stack.currentWidget()
        return widget if widget in self.pages.values() else None

    def show_section(self, key: str) -> bool:
        """Shows a section, after the page being left agrees (nothing unsaved is lost)."""
        if self.workspace is None:
            return False
        current = self.current_page()
        leaving = current is not None and key != self._section
        if leaving and hasattr(current, "maybe_leave") and not current.maybe_leave():
            self._select_sidebar_row(SECTIONS.index(self._section))
            return False
        self._section = key
        self.settings.section = key
        self._select_sidebar_row(SECTIONS.index(key))
        known = key in self.pages
        page = self.page_for(key)
        # On an empty database the welcome page stands in for the list of exchanges.
        if key != "exchange" or self.stack.currentWidget() is not self.welcome:
            self.stack.setCurrentWidget(page)
        if key == "trash" and known:
            page.refresh()
        self.section_changed.emit(key)
        return True

    def _select_sidebar_row(self, row: int) -> None:
        self._guarding = True
        self.sidebar.setCurrentIndex(self.sections.index(row, 0))
        self._guarding = False

    def _on_section_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._guarding or not current.isValid():
            return
        self.show_section(SECTIONS[current.row()])

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

        if self.files is None:
            return
        self.files.import_file(example_file(), example=True)

    def new_record(self) -> None:
        page = self.current_page()
        if page is None:
            if self.stack.currentWidget() is self.welcome:
                self.new_exchange()
            return
        in_exchange = self._section == "exchange" and self.exchange_page is not None
        if in_exchange and self.exchange_page is not None and self.exchange_page.new_in_tab():
            return
        if hasattr(page, "new_record"):
            page.new_record()

    def save_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "save"):
            page.save()

    def delete_current(self) -> None:
        page = self.current_page()
        if self._section in ("trash", "search") or page is None:
            return
        page.delete_current()

    def revert_current(self) -> None:
        page = self.current_page()
        detail = getattr(page, "detail", None)
        if self._section == "exchange" and self.exchange_page is not None:
            tab = self.exchange_page.current_page()
            detail = tab.detail if tab is not None else self.exchange_page.overview
        if detail is not None and hasattr(detail, "revert"):
            detail.revert()

    def focus_filter(self) -> None:
        page = self.current_page()
        in_exchange = self._section == "exchange" and self.exchange_page is not None
        if in_exchange and self.exchange_page is not None and self.exchange_page.focus_filter():
            return
        if page is not None and hasattr(page, "focus_filter"):
            page.focus_filter()

    def undo(self) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, "undo"):
            widget.undo()

    def redo(self) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, "redo"):
            widget.redo()

    def start_capture(self) -> bool:
        """Opens fast capture on the exchange shown (Ctrl+Shift+N)."""
        if self.exchange_page is None:
            return False
        if self._section != "exchange" or self.exchange_page.record is None:
            self.show_status(
                self.tr("Open an exchange first: fast capture adds to the exchange shown.")
            )
            return False
        return self.exchange_page.start_capture()

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

    @property
    def security(self) -> Any:
        """Encrypting the open database, changing its passphrase, removing its encryption."""
        if self._security is None:
            from counsellor_app.ui.security import DatabaseSecurity

            self._security = DatabaseSecurity(self)
            self._security.sig_status_requested.connect(self.show_status)
        return self._security

    def open_settings(self) -> None:
        from counsellor_app.services.backups import backup_folder
        from counsellor_app.ui.security import security_state
        from counsellor_app.ui.settings_dialog import SettingsDialog

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
        requested: list[str] = []
        dialog.sig_encrypt_requested.connect(lambda: requested.append("encrypt"))
        dialog.sig_change_passphrase_requested.connect(
            lambda: requested.append("change_passphrase")
        )
        dialog.sig_decrypt_requested.connect(lambda: requested.append("decrypt"))
        if self.run_settings(dialog) and self.workspace is not None and self.settings.user_name:
            self.workspace.actor = self.settings.user_name
        dialog.deleteLater()
        for name in requested:
            getattr(self.security, name)()

    def run_settings(self, dialog: Any) -> bool:
        """Shows the settings dialog; True when accepted (tests replace this method)."""
        return bool(dialog.exec())

    def ask_restore(self) -> None:
        from counsellor_app.ui.backup_dialog import ask_restore

        ask_restore(self)

    def show_history(self) -> None:
        """Edit ▸ History…: every change, filterable by person and dates."""
        from counsellor_app.ui.history import HistoryDialog

        if self.workspace is None:
            return
        dialog = HistoryDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.refresh()
        self.history_dialog = dialog

    def mark_read_only(self) -> None:
        """The database was opened read-only: nothing can be changed, and the window says so."""
        for action in (
            self.new_action,
            self.save_action,
            self.delete_action,
            self.import_action,
            self.capture_action,
            self.restore_action,
        ):
            action.setEnabled(False)
        self.database_label.setText(
            self.tr("%1 — read-only: changes cannot be saved").replace(
                "%1", self.database_label_text
            )
        )
        self.show_status(self.tr("Opened read-only: you can read everything but change nothing."))

    def show_about(self) -> None:
        from counsellor_app import __version__
        from counsellor_app.ui import prompts

        prompts.show_info(
            self,
            self.tr("About Exchange Notes"),
            self.tr(
                "Exchange Notes %1 — what return counsellors learn from staff exchanges."
            ).replace("%1", __version__),
        )

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: the window's own, read from its actions, and the pages'."""
        from counsellor_app.ui import prompts

        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            f"{action.shortcut().toString(native)}\t{action.text().replace('&', '')}"
            for action in self.actions()
            if not action.shortcut().isEmpty() and action.text()
        ]
        lines += [
            self.tr("Enter\tin search results: open the selected record"),
            self.tr("Esc\tin the search box: empty it"),
            self.tr("Ctrl+Enter\tin fast capture: save and start the next note"),
        ]
        prompts.show_info(self, self.tr("Keyboard shortcuts"), "\n".join(lines))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_records_changed(self, kind: str) -> None:
        if self.choices is not None:
            self.choices.invalidate()
        for key, page in self.pages.items():
            if key != self._section or kind == "" or key == "trash":
                page.refresh()
        # The exchange page's tabs list visits, observations, comparisons and actions: a
        # change made in another section shows there too (its own tabs keep themselves).
        if self.exchange_page is not None and (kind == "" or self._section != "exchange"):
            self.exchange_page.refresh()
        welcoming = kind == "" and self.stack.currentWidget() is self.welcome
        if welcoming and self.workspace is not None and any(self.workspace.counts().values()):
            self.stack.setCurrentWidget(self.page_for("exchange"))
            self.show_section("exchange")
            # Leaving the welcome page (the example was opened): show an exchange, not an
            # empty "New exchange" form.
            self.pages["exchange"].select_first_row()

    # -- closing and remembering ---------------------------------------------------------------

    def maybe_leave(self) -> bool:
        """True when nothing unsaved would be lost (after asking where something is)."""
        current = self.current_page()
        ordered = [current] + [p for p in self.pages.values() if p is not current]
        for page in ordered:
            if page is not None and hasattr(page, "maybe_leave"):
                if page.is_dirty() and page is not current:
                    self.stack.setCurrentWidget(page)
                if not page.maybe_leave():
                    return False
        return True

    def changeEvent(self, event: QEvent) -> None:
        # Qt sends this when the language changes; one walk here retranslates every page,
        # panel and dialog of the window, so they need no handler of their own.
        if event.type() == QEvent.Type.LanguageChange:
            from counsellor_app.ui.language import retranslate_tree

            retranslate_tree(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_leave():
            event.ignore()
            return
        self.save_layout()
        event.accept()

    def save_layout(self) -> None:
        self.settings.set_geometry("main_window", self.saveGeometry())
        self.settings.set_geometry("main_window_state", self.saveState())
        self.settings.set_geometry("main_splitter", self.splitter.saveState())
        for page in self.pages.values():
            if hasattr(page, "save_layout"):
                page.save_layout()
        if self.exchange_page is not None:
            self.exchange_page.save_layout()
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
