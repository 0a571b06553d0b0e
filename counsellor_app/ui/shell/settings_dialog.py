"""Preferences: the user's name and agency, the window's language, the language and paper size
of reports, which database is open and where its backups are kept; on a tab of its own,
security (the database's encryption, how long the trash keeps records)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.ui.common.language import LANGUAGE_NAMES, install_language
from counsellor_app.ui.common.settings import LANGUAGES, PAPER_SIZES, AppSettings
from counsellor_app.ui.safety.security import SecuritySettings


class SettingsDialog(QDialog):
    """Edits the settings; the name is who records notes and who changes records."""

    sig_open_database_requested = Signal(str)
    """The user chose another database file (its path)."""
    sig_encrypt_requested = Signal()
    """Settings ▸ Security ▸ "Encrypt this database…" (the dialog has closed)."""
    sig_change_passphrase_requested = Signal()
    """Settings ▸ Security ▸ "Change passphrase…" (the dialog has closed)."""
    sig_decrypt_requested = Signal()
    """Settings ▸ Security ▸ "Remove encryption…" (the dialog has closed)."""

    def __init__(
        self,
        settings: AppSettings,
        database: str,
        parent: QWidget | None = None,
        *,
        backups_folder: Path | None = None,
        security_state: str = "",
    ):
        super().__init__(parent)
        # attributes
        self.settings = settings
        # widgets
        self.setObjectName("settings_dialog")
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("user_name_edit")
        self.name_edit.setMaxLength(300)
        self.name_edit.setText(settings.user_name)
        self.name_label.setBuddy(self.name_edit)
        self.agency_label = QLabel(self)
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setObjectName("agency_edit")
        self.agency_edit.setMaxLength(300)
        self.agency_edit.setText(settings.agency)
        self.agency_label.setBuddy(self.agency_edit)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(settings.language))
        self.language_label.setBuddy(self.language_combo)
        self.report_language_label = QLabel(self)
        self.report_language_combo = QComboBox(self)
        self.report_language_combo.setObjectName("report_language_setting_combo")
        # First: follow the window's language; then each language named in itself.
        self.report_language_combo.addItem("", "")
        for code in LANGUAGES:
            self.report_language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.report_language_combo.setCurrentIndex(
            self.report_language_combo.findData(settings.report_language)
        )
        self.report_language_label.setBuddy(self.report_language_combo)
        self.paper_label = QLabel(self)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paper_combo")
        for _ in PAPER_SIZES:
            self.paper_combo.addItem("")
        self.paper_combo.setCurrentIndex(PAPER_SIZES.index(settings.paper_size))
        self.paper_label.setBuddy(self.paper_combo)
        self.database_label = QLabel(self)
        self.database_edit = QLineEdit(database, self)
        self.database_edit.setObjectName("database_edit")
        self.database_edit.setReadOnly(True)
        self.database_label.setBuddy(self.database_edit)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_database_button")
        self.backups_label = QLabel(self)
        self.backups_edit = QLineEdit(str(backups_folder) if backups_folder else "", self)
        self.backups_edit.setObjectName("backups_folder_edit")
        self.backups_edit.setReadOnly(True)
        self.backups_label.setBuddy(self.backups_edit)
        self.show_backups_button = QPushButton(self)
        self.show_backups_button.setObjectName("show_backups_button")
        self.show_backups_button.setEnabled(backups_folder is not None)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.general_page = QWidget(self.tabs)
        self.general_page.setObjectName("general_settings")
        self.security_page = SecuritySettings(settings, security_state, self.tabs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("settings_buttons")
        # layout
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.agency_label, self.agency_edit)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.report_language_label, self.report_language_combo)
        form.addRow(self.paper_label, self.paper_combo)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_edit, 1)
        database_row.addWidget(self.open_button)
        form.addRow(self.database_label, database_row)
        backups_row = QHBoxLayout()
        backups_row.addWidget(self.backups_edit, 1)
        backups_row.addWidget(self.show_backups_button)
        form.addRow(self.backups_label, backups_row)
        general = QVBoxLayout(self.general_page)
        general.addLayout(form)
        general.addStretch(1)
        self.tabs.addTab(self.general_page, "")
        self.tabs.addTab(self.security_page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        # connections
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._choose_database)
        self.show_backups_button.clicked.connect(self._show_backups)
        for source, target in (
            (self.security_page.sig_encrypt_requested, self.sig_encrypt_requested),
            (
                self.security_page.sig_change_passphrase_requested,
                self.sig_change_passphrase_requested,
            ),
            (self.security_page.sig_decrypt_requested, self.sig_decrypt_requested),
        ):
            # The settings typed so far are kept, then the dialog gives way to the next one.
            source.connect(lambda _=False, t=target: self._accept_then(t))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Security"))
        self.name_label.setText(self.tr("Your name:"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Shown as who recorded a note"))
        self.agency_label.setText(self.tr("Your agency:"))
        self.agency_edit.setAccessibleName(self.tr("Your agency"))
        self.agency_edit.setPlaceholderText(
            self.tr("Named with you as who made a report, unless names are replaced")
        )
        self.language_label.setText(self.tr("Language:"))
        self.language_combo.setAccessibleName(self.tr("Language of the window"))
        self.report_language_label.setText(self.tr("Language of reports:"))
        self.report_language_combo.setItemText(0, self.tr("As the window"))
        self.report_language_combo.setAccessibleName(self.tr("Language of reports"))
        self.paper_label.setText(self.tr("Paper size:"))
        self.paper_combo.setAccessibleName(self.tr("Paper size of reports"))
        self.paper_combo.setItemText(0, self.tr("A4"))
        self.paper_combo.setItemText(1, self.tr("US Letter"))
        self.database_label.setText(self.tr("Database:"))
        self.database_edit.setAccessibleName(self.tr("Database in use"))
        self.open_button.setText(self.tr("Open another database…"))
        self.open_button.setAccessibleName(self.tr("Open another database"))
        self.backups_label.setText(self.tr("Backups:"))
        self.backups_edit.setAccessibleName(self.tr("Folder of the automatic backups"))
        self.backups_edit.setPlaceholderText(self.tr("Kept by the database server"))
        self.show_backups_button.setText(self.tr("Show folder"))
        self.show_backups_button.setAccessibleName(self.tr("Show the backups folder"))

    def _accept_then(self, signal: Signal) -> None:
        self.accept()
        signal.emit()  # type: ignore[attr-defined]

    def accept(self) -> None:
        self.security_page.apply()
        self.settings.user_name = self.name_edit.text()
        self.settings.agency = self.agency_edit.text()
        self.settings.report_language = str(self.report_language_combo.currentData())
        self.settings.paper_size = PAPER_SIZES[self.paper_combo.currentIndex()]
        language = str(self.language_combo.currentData())
        if language != self.settings.language:
            self.settings.language = language
            # Every open window puts its texts in the new language at once.
            install_language(language)
        super().accept()

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another database"),
            self.database_edit.text(),
            self.tr("Exchange Notes databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.sig_open_database_requested.emit(path)
            self.reject()

    def _show_backups(self) -> None:
        folder = Path(self.backups_edit.text())
        # Before the first backup the folder does not exist yet: show where it will be.
        if not folder.is_dir():
            folder = folder.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
