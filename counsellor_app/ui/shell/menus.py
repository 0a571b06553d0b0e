"""The window's actions — each with its shortcut — in its menus and toolbar, and the list of
shortcuts Help shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

from counsellor_app.ui.shell.sections import SECTIONS

CAPTURE_SHORTCUT = "Ctrl+Shift+N"
# Ctrl+F searches everything; the filter of the list shown is one key away.
LIST_FILTER_SHORTCUT = "Ctrl+L"
# The list beside a form folds away and comes back (as a mail client's folder pane).
LIST_PANE_SHORTCUT = "Ctrl+Shift+L"


class WindowMenus(QObject):
    """The actions of a main window, in its File, Edit, Go and Help menus and its toolbar;
    each triggers the window's method of the same name."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        # attributes
        self.window = window
        keys = QKeySequence.StandardKey
        pixmaps = QStyle.StandardPixmap
        w: Any = window
        # actions
        self.new_action = self._action("new", keys.New, w.new_record, pixmaps.SP_FileIcon)
        self.save_action = self._action(
            "save", keys.Save, w.save_current, pixmaps.SP_DialogSaveButton
        )
        self.delete_action = self._action(
            "delete", keys.Delete, w.delete_current, pixmaps.SP_TrashIcon
        )
        self.find_action = self._action("find", keys.Find, w.show_search)
        self.filter_action = self._action("filter", LIST_FILTER_SHORTCUT, w.focus_filter)
        self.list_pane_action = self._action("list_pane", LIST_PANE_SHORTCUT)
        self.list_pane_action.setCheckable(True)
        self.list_pane_action.setChecked(True)
        self.list_pane_action.toggled.connect(lambda shown: w.show_list_pane(shown))
        self.undo_action = self._action("undo", keys.Undo, w.undo)
        self.redo_action = self._action("redo", keys.Redo, w.redo)
        self.revert_action = self._action("revert", None, w.revert_current)
        self.capture_action = self._action("capture", CAPTURE_SHORTCUT, w.start_capture)
        self.import_action = self._action("import", "Ctrl+I", w.ask_import)
        self.export_action = self._action("export", "Ctrl+E", w.ask_export)
        self.export_csv_action = self._action("export_csv", None, w.ask_export_csv)
        self.example_action = self._action("open_example", None, w.open_example)
        self.own_database_action = self._action("open_own_database", None, w.open_own_database)
        self.own_database_action.setVisible(False)
        self.backup_action = self._action("backup", None, w.backup_now)
        self.restore_action = self._action("restore", None, w.ask_restore)
        self.history_action = self._action("history", None, w.show_history)
        self.settings_action = self._action("settings", keys.Preferences, w.open_settings)
        self.quit_action = self._action("quit", keys.Quit, window.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.about_action = self._action("about", None, w.show_about)
        self.shortcuts_action = self._action("shortcuts", None, w.show_shortcuts)
        self.section_actions = [
            self._action(
                f"go_{section.key}",
                f"Ctrl+{row + 1}",
                lambda _checked=False, key=section.key: w.show_section(key),
            )
            for row, section in enumerate(SECTIONS)
        ]
        # Always there, whatever database is open (or none).
        self.always = (
            self.quit_action,
            self.about_action,
            self.shortcuts_action,
            self.example_action,
            self.own_database_action,
        )
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.capture_action)
        window.addToolBar(self.toolbar)

    def _action(
        self,
        name: str,
        shortcut: Any = None,
        slot: Callable[..., Any] | None = None,
        icon: Any = None,
    ) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"{name}_action")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def fill(self, reports: list[QAction]) -> None:
        """Puts the actions in the menu bar; ``reports`` go in the File menu."""
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("file_menu")
        for action in (self.new_action, self.save_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.import_action, self.export_action, self.export_csv_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in reports:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.example_action)
        self.file_menu.addAction(self.own_database_action)
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
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.view_menu.addAction(self.list_pane_action)
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
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New"),
            self.save_action: self.tr("&Save"),
            self.delete_action: self.tr("Move to &trash"),
            self.find_action: self.tr("&Search everything…"),
            self.filter_action: self.tr("&Filter the list"),
            self.list_pane_action: self.tr("&List pane"),
            self.undo_action: self.tr("&Undo"),
            self.redo_action: self.tr("&Redo"),
            self.revert_action: self.tr("Re&vert changes"),
            self.capture_action: self.tr("&Capture observations"),
            self.import_action: self.tr("&Import…"),
            self.export_action: self.tr("&Export…"),
            self.export_csv_action: self.tr("Export &CSV…"),
            self.example_action: self.tr("Open the e&xample"),
            self.own_database_action: self.tr("Back to &my database"),
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
        for action, section in zip(self.section_actions, SECTIONS, strict=True):
            action.setText(section.label)
        self.capture_action.setToolTip(
            self.tr("Capture observations of the open exchange (%1)").replace(
                "%1", CAPTURE_SHORTCUT
            )
        )
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        # Undo and Redo name what they would undo or redo, once a database is open.
        update = getattr(self.window, "_update_undo_actions", None)
        if callable(update):
            update()

    def enable(self, enabled: bool) -> None:
        """Every action works (an open database) or only those that need none."""
        for action in self.window.actions():
            if action not in (*self.always, self.settings_action):
                action.setEnabled(enabled)

    def show_example_state(self, on_example: bool) -> None:
        """On the example, File offers the way back to the user's own database."""
        self.example_action.setVisible(not on_example)
        self.own_database_action.setVisible(on_example)

    def mark_read_only(self) -> None:
        """Nothing that changes the database works."""
        for action in (
            self.new_action,
            self.save_action,
            self.delete_action,
            self.import_action,
            self.capture_action,
            self.restore_action,
        ):
            action.setEnabled(False)

    def shortcut_lines(self) -> list[str]:
        """ "Shortcut<tab>what it does" for every action of the window, then the pages' own."""
        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            f"{action.shortcut().toString(native)}\t{action.text().replace('&', '')}"
            for action in self.window.actions()
            if not action.shortcut().isEmpty() and action.text()
        ]
        return [
            *lines,
            self.tr("Enter\tin search results: open the selected record"),
            self.tr("Esc\tin the search box: empty it"),
            self.tr("Ctrl+Enter\tin fast capture: save and start the next note"),
        ]
