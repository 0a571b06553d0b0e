"""Encryption in the window: the passphrase asked at start, the Security tab of the settings,
and encrypting the open database, changing its passphrase or removing its encryption."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import DomainError, ValidationError
from counsellor_app.domain.passphrase import MIN_LENGTH, Strength, check_new_passphrase, strength
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.tasks import run_in_background

MAX_TRIES = 3
STRENGTH_LEVELS = (Strength.WEAK, Strength.FAIR, Strength.GOOD, Strength.STRONG)


def _secret_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    # Never offered to an input method's memory or to the clipboard's history.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhHiddenText
    )
    return edit


class PassphrasePrompt(QDialog):
    """Asks for the passphrase of an encrypted database (at start, or to confirm a change)."""

    def __init__(
        self, where: str, parent: QWidget | None = None, *, tries_left: int = 0, wrong: bool = False
    ) -> None:
        super().__init__(parent)
        # attributes
        self.where = where
        self.tries_left = tries_left
        self.wrong = wrong
        # widgets
        self.setObjectName("passphrase_prompt")
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("passphrase_intro")
        self.intro_label.setWordWrap(True)
        self.passphrase_edit = _secret_edit(self, "passphrase_edit")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("passphrase_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(wrong)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        # connections
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.passphrase_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Encrypted database"))
        self.intro_label.setText(
            self.tr("The database %1 is encrypted. Enter its passphrase:").replace(
                "%1", Path(self.where).name
            )
        )
        self.intro_label.setToolTip(self.where)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.problem_label.setText(
            self.tr(
                "Wrong passphrase, or not an Exchange Notes database. Tries left: %n",
                "",
                self.tries_left,
            )
        )
        self.problem_label.setAccessibleName(self.tr("Why the passphrase was refused"))

    def passphrase(self) -> str:
        return self.passphrase_edit.text()


def ask_passphrase(
    parent: QWidget | None, where: str, *, tries_left: int = MAX_TRIES, wrong: bool = False
) -> str | None:
    """The passphrase typed, or None when the user cancels (tests replace this function)."""
    dialog = PassphrasePrompt(where, parent, tries_left=tries_left, wrong=wrong)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.passphrase_edit.clear()
        dialog.deleteLater()


def strength_text(level: Strength) -> str:
    texts = {
        Strength.WEAK: QCoreApplication.translate(
            "NewPassphraseDialog", "Weak: easy to guess. Use four or more unrelated words."
        ),
        Strength.FAIR: QCoreApplication.translate(
            "NewPassphraseDialog", "Fair: add a word or two to make it stronger."
        ),
        Strength.GOOD: QCoreApplication.translate("NewPassphraseDialog", "Good."),
        Strength.STRONG: QCoreApplication.translate("NewPassphraseDialog", "Strong."),
    }
    return texts[level]


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice, with a hint of its strength (and the current one first,
    when it replaces one)."""

    def __init__(
        self, title: str, intro: str, parent: QWidget | None = None, *, current: bool = False
    ):
        super().__init__(parent)
        # attributes
        self.title = title
        self.intro = intro
        # widgets
        self.setObjectName("new_passphrase_dialog")
        self.intro_label = QLabel(intro, self)
        self.intro_label.setObjectName("new_passphrase_intro")
        self.intro_label.setWordWrap(True)
        self.current_label = QLabel(self)
        self.current_edit = _secret_edit(self, "current_passphrase_edit")
        self.current_label.setBuddy(self.current_edit)
        self.current_label.setVisible(current)
        self.current_edit.setVisible(current)
        self.first_label = QLabel(self)
        self.first_edit = _secret_edit(self, "new_passphrase_edit")
        self.first_label.setBuddy(self.first_edit)
        self.second_label = QLabel(self)
        self.second_edit = _secret_edit(self, "repeated_passphrase_edit")
        self.second_label.setBuddy(self.second_edit)
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setObjectName("passphrase_strength_bar")
        self.strength_bar.setRange(0, len(STRENGTH_LEVELS))
        self.strength_bar.setTextVisible(False)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("passphrase_strength")
        self.strength_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("new_passphrase_problem")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("new_passphrase_ok")
        # layout
        form = QFormLayout()
        form.addRow(self.current_label, self.current_edit)
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        form.addRow("", self.strength_bar)
        form.addRow("", self.strength_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
        # connections
        self.first_edit.textChanged.connect(self._update)
        self.second_edit.textChanged.connect(self._update)
        self.current_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        (self.current_edit if current else self.first_edit).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title)
        self.current_label.setText(self.tr("Current passphrase:"))
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        self.first_label.setText(self.tr("New passphrase:"))
        self.first_edit.setAccessibleName(self.tr("New passphrase"))
        self.first_edit.setPlaceholderText(
            self.tr("At least %1 characters; several words are best").replace("%1", str(MIN_LENGTH))
        )
        self.second_label.setText(self.tr("Once more:"))
        self.second_edit.setAccessibleName(self.tr("The new passphrase once more"))
        self.strength_bar.setAccessibleName(self.tr("Strength of the passphrase"))
        self._update()

    def _problem(self) -> str:
        first, second = self.first_edit.text(), self.second_edit.text()
        if self.current_edit.isVisible() and not self.current_edit.text():
            return self.tr("Type the current passphrase.")
        if len(first) < MIN_LENGTH:
            return self.tr("The passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        if second != first:
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def _update(self) -> None:
        first = self.first_edit.text()
        level = strength(first)
        self.strength_bar.setValue(STRENGTH_LEVELS.index(level) + 1 if first else 0)
        self.strength_label.setText(strength_text(level) if first else "")
        problem = self._problem()
        self.problem_label.setText(problem if self.second_edit.text() or not first else "")
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        try:
            check_new_passphrase(self.first_edit.text(), self.second_edit.text())
        except ValidationError:
            self._update()
            return
        super().accept()

    def passphrases(self) -> tuple[str, str]:
        """(current, new)."""
        return self.current_edit.text(), self.first_edit.text()

    def clear(self) -> None:
        for edit in (self.current_edit, self.first_edit, self.second_edit):
            edit.clear()


def ask_new_passphrase(
    parent: QWidget | None, title: str, intro: str, *, current: bool = False
) -> tuple[str, str] | None:
    """(current, new) typed in a NewPassphraseDialog, or None (tests replace this function)."""
    dialog = NewPassphraseDialog(title, intro, parent, current=current)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrases()
    finally:
        dialog.clear()
        dialog.deleteLater()


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
