"""Encryption in the window: the Security tab of the settings, and encrypting the open
database, changing its passphrase or removing its encryption (the passphrase dialogs are in
``passphrase``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.tasks import run_in_background
from counsellor_app.ui.safety.passphrase import (
    MAX_TRIES,
    NewPassphraseDialog,
    PassphrasePrompt,
    ask_new_passphrase,
    ask_passphrase,
    strength_text,
)

__all__ = [
    "MAX_TRIES",
    "NewPassphraseDialog",
    "PassphrasePrompt",
    "ask_new_passphrase",
    "ask_passphrase",
    "strength_text",
]


class SecuritySettings(QWidget):
    """The Security tab of the settings: the open database's encryption, and how long the
    trash keeps records."""

    sig_encrypt_requested = Signal()
    """"Encrypt this database…" was pressed."""
    sig_change_passphrase_requested = Signal()
    """"Change passphrase…" was pressed."""
    sig_decrypt_requested = Signal()
    """"Remove encryption…" was pressed."""

    def __init__(self, settings: Any, state: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.settings = settings
        # "encrypted", "plain", "server", "unavailable", "read-only" or "" (no database)
        self.state = state
        # widgets
        self.setObjectName("security_settings")
        self.encryption_box = QGroupBox(self)
        self.encryption_box.setObjectName("encryption_box")
        self.status_label = QLabel(self.encryption_box)
        self.status_label.setObjectName("encryption_status")
        self.status_label.setWordWrap(True)
        self.encrypt_button = QPushButton(self.encryption_box)
        self.encrypt_button.setObjectName("encrypt_button")
        self.change_button = QPushButton(self.encryption_box)
        self.change_button.setObjectName("change_passphrase_button")
        self.decrypt_button = QPushButton(self.encryption_box)
        self.decrypt_button.setObjectName("decrypt_button")
        self.encrypt_button.setVisible(state in ("plain", "unavailable", "read-only"))
        self.encrypt_button.setEnabled(state == "plain")
        self.change_button.setVisible(state == "encrypted")
        self.decrypt_button.setVisible(state == "encrypted")
        self.trash_box = QGroupBox(self)
        self.trash_box.setObjectName("trash_box")
        self.trash_label = QLabel(self.trash_box)
        self.trash_days = QSpinBox(self.trash_box)
        self.trash_days.setObjectName("trash_days_spin")
        self.trash_days.setRange(0, 3650)
        self.trash_days.setValue(settings.trash_days)
        self.trash_label.setBuddy(self.trash_days)
        self.trash_hint = QLabel(self.trash_box)
        self.trash_hint.setObjectName("trash_days_hint")
        self.trash_hint.setWordWrap(True)
        # layout
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.decrypt_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.encryption_box)
        box.addWidget(self.status_label)
        box.addLayout(buttons)
        trash_row = QHBoxLayout()
        trash_row.addWidget(self.trash_label)
        trash_row.addWidget(self.trash_days)
        trash_row.addStretch(1)
        trash = QVBoxLayout(self.trash_box)
        trash.addLayout(trash_row)
        trash.addWidget(self.trash_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encryption_box)
        layout.addWidget(self.trash_box)
        layout.addStretch(1)
        # connections
        self.encrypt_button.clicked.connect(self.sig_encrypt_requested.emit)
        self.change_button.clicked.connect(self.sig_change_passphrase_requested.emit)
        self.decrypt_button.clicked.connect(self.sig_decrypt_requested.emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.encryption_box.setTitle(self.tr("Encryption"))
        states = {
            "encrypted": self.tr(
                "This database is encrypted (SQLCipher, AES-256): without its passphrase the "
                "file, its backups and its drafts cannot be read. Nobody can recover a "
                "forgotten passphrase."
            ),
            "plain": self.tr(
                "This database is not encrypted: anyone who gets the file (a lost laptop, a "
                "copied backup) can read it."
            ),
            "server": self.tr(
                "This database is on a server: its administrators keep it safe with the "
                "server's own encryption."
            ),
            "unavailable": self.tr(
                "This installation of Exchange Notes cannot encrypt databases: install it with "
                "its encryption support."
            ),
            "read-only": self.tr("This database was opened read-only: it cannot be encrypted."),
        }
        self.status_label.setText(states.get(self.state, ""))
        self.encrypt_button.setText(self.tr("Encrypt this database…"))
        self.encrypt_button.setAccessibleName(self.tr("Encrypt this database with a passphrase"))
        self.change_button.setText(self.tr("Change passphrase…"))
        self.change_button.setAccessibleName(self.tr("Change the passphrase of this database"))
        self.decrypt_button.setText(self.tr("Remove encryption…"))
        self.decrypt_button.setAccessibleName(self.tr("Turn this database back into a plain file"))
        self.trash_box.setTitle(self.tr("Trash"))
        self.trash_label.setText(self.tr("Delete records in the trash for good after:"))
        self.trash_days.setSuffix(self.tr(" days"))
        self.trash_days.setSpecialValueText(self.tr("never"))
        self.trash_days.setAccessibleName(self.tr("Days a record stays in the trash"))
        self.trash_hint.setText(
            self.tr(
                "Checked each time Exchange Notes starts. What the history kept of those "
                "records goes with them."
            )
        )

    def apply(self) -> None:
        self.settings.trash_days = self.trash_days.value()


def security_state(workspace: Any) -> str:
    """What the Security tab says of the open database."""
    from counsellor_app.storage import encryption

    if workspace is None:
        return ""
    database = workspace.database
    if database.encrypted:
        return "encrypted"
    if database.path is None:
        return "server"
    if database.read_only:
        return "read-only"
    if not encryption.available():
        return "unavailable"
    return "plain"


class DatabaseSecurity(QObject):
    """Encrypts the window's database, changes its passphrase or removes its encryption: the
    pages let go of the database, the file (with its backups and drafts) is converted in the
    background, and the window opens it again."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    finished = Signal(bool)
    """A conversion ended (True when it was done); tests wait on it."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.task: Any = None

    def _file(self) -> Path | None:
        workspace = self.window.workspace
        if workspace is None or workspace.database.path is None:
            return None
        return Path(workspace.database.path)

    def encrypt(self) -> Any:
        path = self._file()
        if path is None or not self.window.maybe_leave():
            return None
        answer = ask_new_passphrase(
            self.window,
            self.tr("Encrypt this database"),
            self.tr(
                "Choose a passphrase. It is asked each time the database is opened; its "
                "backups and unsaved drafts are encrypted with it too. Write it down somewhere "
                "safe: nobody, not even Exchange Notes, can open the database without it."
            ),
        )
        if answer is None:
            return None
        _current, passphrase = answer

        def work(progress: Any, _cancelled: Any) -> Any:
            from counsellor_app.services.database_encryption import encrypt_database

            return encrypt_database(path, passphrase, progress=progress)

        return self._convert(
            work,
            self.tr("Encrypting the database…"),
            lambda n: self.tr("The database is encrypted; encrypted backups: %n.", "", n),
        )

    def _key_matches(self, passphrase: str) -> bool:
        from counsellor_app.storage import encryption

        path = self._file()
        key = self.window.workspace.database.key
        return (
            path is not None
            and key is not None
            and (encryption.key_for_file(path, passphrase).raw == key.raw)
        )

    def change_passphrase(self) -> Any:
        path = self._file()
        if path is None or self.window.workspace.database.key is None:
            return None
        if not self.window.maybe_leave():
            return None
        answer = ask_new_passphrase(
            self.window,
            self.tr("Change passphrase"),
            self.tr(
                "The database, its backups and its drafts are encrypted again with the new "
                "passphrase; the old one then opens none of them."
            ),
            current=True,
        )
        if answer is None:
            return None
        current, passphrase = answer
        if not self._key_matches(current):
            prompts.show_error(
                self.window,
                self.tr("Passphrase not changed"),
                self.tr("The current passphrase is not the right one; nothing was changed."),
            )
            return None
        key = self.window.workspace.database.key

        def work(progress: Any, _cancelled: Any) -> Any:
            from counsellor_app.services.database_encryption import change_passphrase

            return change_passphrase(path, key, passphrase, progress=progress)

        return self._convert(
            work,
            self.tr("Encrypting the database with the new passphrase…"),
            lambda n: self.tr("The passphrase was changed; backups encrypted again: %n.", "", n),
        )

    def decrypt(self) -> Any:
        path = self._file()
        if path is None or self.window.workspace.database.key is None:
            return None
        if not self.window.maybe_leave():
            return None
        if not prompts.confirm(
            self.window,
            self.tr("Remove encryption"),
            self.tr(
                "The database, its backups and its drafts will be stored as plain files again: "
                "anyone who gets them can read them. Go on?"
            ),
            self.tr("Remove encryption"),
        ):
            return None
        passphrase = ask_passphrase(self.window, str(path))
        if passphrase is None:
            return None
        if not self._key_matches(passphrase):
            prompts.show_error(
                self.window,
                self.tr("Encryption not removed"),
                self.tr("That is not the passphrase of this database; nothing was changed."),
            )
            return None
        key = self.window.workspace.database.key

        def work(progress: Any, _cancelled: Any) -> Any:
            from counsellor_app.services.database_encryption import decrypt_database

            return decrypt_database(path, key, progress=progress)

        return self._convert(
            work,
            self.tr("Removing the encryption…"),
            lambda n: self.tr("The database is a plain file again; backups decrypted: %n.", "", n),
        )

    def _convert(self, work: Any, label: str, done_text: Any) -> Any:
        """Lets go of the database, runs ``work`` in the background, then opens it again
        with the key it then has (or as it was, if the work failed)."""
        from counsellor_app.ui.common.reads import read_pool

        window = self.window
        workspace = window.workspace
        path = self._file()
        assert path is not None
        where = window.database_label_text
        old_key = workspace.database.key
        actor = workspace.actor
        # Nothing may read the file while it is converted: the pages go (a list would fetch
        # its next rows as it paints), the readers still running finish, the database closes.
        window.release_workspace()
        read_pool().waitForDone(5000)
        QThreadPool.globalInstance().waitForDone(5000)
        workspace.database.close()

        def reopen(key: Any) -> bool:
            from counsellor_app.services.session import open_workspace

            try:
                reopened = open_workspace(path, actor=actor, key=key, create=False)
            except DomainError as error:
                prompts.show_error(window, self.tr("The database cannot be opened"), str(error))
                return False
            window.attach_workspace(reopened, where)
            return True

        def done(conversion: Any) -> None:
            if reopen(conversion.key):
                message = done_text(conversion.backups)
                if conversion.skipped:
                    message += " " + self.tr(
                        "Backups left as they were (another passphrase): %1"
                    ).replace("%1", ", ".join(p.name for p in conversion.skipped))
                self.sig_status_requested.emit(message)
            self.finished.emit(True)

        def failed(error: Exception) -> None:
            prompts.show_error(
                window,
                self.tr("Nothing was changed"),
                str(error) if isinstance(error, DomainError) else repr(error),
            )
            reopen(old_key)
            self.finished.emit(False)

        self.task = run_in_background(
            work,
            parent=self,
            label=label,
            dialog_parent=window,
            on_done=done,
            on_error=failed,
        )
        return self.task
