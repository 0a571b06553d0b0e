"""Opening the database at start-up, and what to do, in plain words, when it cannot be opened:
try again, open it read-only, restore a backup beside it, open another one, or quit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from counsellor_app import paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError
from counsellor_app.ui.common import prompts
from counsellor_app.ui.safety.backup_dialog import BackupList


class StartupChoice(Enum):
    RETRY = "retry"
    READ_ONLY = "read-only"
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    QUIT = "quit"


# Which ways out make sense for each kind of problem.
CHOICES: dict[str, tuple[StartupChoice, ...]] = {
    "locked": (StartupChoice.RETRY, StartupChoice.READ_ONLY, StartupChoice.OPEN_OTHER),
    "read-only": (StartupChoice.READ_ONLY, StartupChoice.RETRY, StartupChoice.OPEN_OTHER),
    "damaged": (StartupChoice.RESTORE, StartupChoice.OPEN_OTHER),
    "not-a-database": (StartupChoice.RESTORE, StartupChoice.OPEN_OTHER),
    "missing": (StartupChoice.RETRY, StartupChoice.OPEN_OTHER),
    "too-new": (StartupChoice.OPEN_OTHER,),
    "disk-full": (StartupChoice.RETRY, StartupChoice.READ_ONLY, StartupChoice.OPEN_OTHER),
    "unreachable": (StartupChoice.RETRY, StartupChoice.OPEN_OTHER),
    "encrypted": (StartupChoice.RETRY, StartupChoice.OPEN_OTHER),
    "wrong-passphrase": (StartupChoice.RETRY, StartupChoice.OPEN_OTHER),
}


class StartupDialog(QDialog):
    """Says why the database did not open and offers what can be done about it."""

    def __init__(
        self,
        problem: DatabaseProblem,
        where: str,
        backups_folder: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.problem = problem
        self.where = where
        self.choice = StartupChoice.QUIT
        self.chosen_backup: Path | None = None
        self.offered = CHOICES.get(problem.kind, (StartupChoice.RETRY, StartupChoice.OPEN_OTHER))
        # widgets
        self.setObjectName("startup_dialog")
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName("startup_icon")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon_label.setPixmap(icon.pixmap(48, 48))
        self.heading_label = QLabel(self)
        self.heading_label.setObjectName("startup_heading")
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading_label.setFont(font)
        self.heading_label.setWordWrap(True)
        self.advice_label = QLabel(self)
        self.advice_label.setObjectName("startup_advice")
        self.advice_label.setWordWrap(True)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("startup_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        restorable = StartupChoice.RESTORE in self.offered
        self.backups = BackupList(backups_folder if restorable else None, self)
        self.backups.setVisible(restorable)
        self.retry_button = self._button("startup_retry_button", StartupChoice.RETRY)
        self.read_only_button = self._button("startup_read_only_button", StartupChoice.READ_ONLY)
        self.restore_button = self._button("startup_restore_button", StartupChoice.RESTORE)
        self.restore_button.setEnabled(False)
        self.open_other_button = self._button("startup_open_other_button", StartupChoice.OPEN_OTHER)
        self.quit_button = self._button("startup_quit_button", StartupChoice.QUIT)
        self.quit_button.setVisible(True)
        first = next((b for c, b in self._buttons() if c in self.offered), self.quit_button)
        first.setDefault(True)
        # layout
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.heading_label)
        texts.addWidget(self.advice_label)
        texts.addWidget(self.detail_label)
        top.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        for _choice, button in reversed(self._buttons()):
            if button is not self.quit_button:
                buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        m = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(m * 55)
        if restorable:
            self.resize(m * 70, self.fontMetrics().height() * 26)
        # connections
        self.backups.selection_changed.connect(self.restore_button.setEnabled)
        self.retranslate_ui()
        if restorable:
            self.backups.load()

    def _button(self, name: str, choice: StartupChoice) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setVisible(choice in self.offered)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def _buttons(self) -> list[tuple[StartupChoice, QPushButton]]:
        return [
            (StartupChoice.RETRY, self.retry_button),
            (StartupChoice.READ_ONLY, self.read_only_button),
            (StartupChoice.RESTORE, self.restore_button),
            (StartupChoice.OPEN_OTHER, self.open_other_button),
            (StartupChoice.QUIT, self.quit_button),
        ]

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("The database cannot be opened"))
        headings = {
            "locked": self.tr("Another program is using the database"),
            "read-only": self.tr("The database can only be read"),
            "damaged": self.tr("The database is damaged"),
            "not-a-database": self.tr("This file is not an Exchange Notes database"),
            "missing": self.tr("The database was not found"),
            "too-new": self.tr("A newer Exchange Notes made this database"),
            "disk-full": self.tr("The disk is full"),
            "unreachable": self.tr("The database cannot be reached"),
            "encrypted": self.tr("The database is encrypted"),
            "wrong-passphrase": self.tr("Wrong passphrase, or not an Exchange Notes database"),
        }
        advice = {
            "locked": self.tr(
                "Close the other window or program that has it open, then try again. "
                "You can also open it read-only to look things up."
            ),
            "read-only": self.tr(
                "You may look at everything, but not change it. To make changes, copy the file "
                "to a folder of your own, or ask whoever manages this computer."
            ),
            "damaged": self.tr(
                "The file was left exactly as it is. Choose a backup below: it is copied to a "
                "new file beside the damaged one, and that copy is opened."
            ),
            "not-a-database": self.tr(
                "The file was left exactly as it is. Choose a backup below, or open another "
                "database file."
            ),
            "missing": self.tr(
                "Its folder may be on a drive that is not connected. Connect it and try again, "
                "or open another database."
            ),
            "too-new": self.tr("Install the newer version of Exchange Notes to open it."),
            "disk-full": self.tr("Free some space on the disk, then try again."),
            "unreachable": self.tr("Check the network connection, then try again."),
            "encrypted": self.tr(
                "It opens only with its passphrase. Try again to type it, or open another database."
            ),
            "wrong-passphrase": self.tr(
                "The file was left exactly as it is. Try again (mind the keyboard's language "
                "and Caps Lock), or open another database."
            ),
        }
        self.heading_label.setText(headings.get(self.problem.kind, headings["unreachable"]))
        self.advice_label.setText(advice.get(self.problem.kind, advice["unreachable"]))
        self.detail_label.setText(str(self.problem))
        self.heading_label.setAccessibleName(self.tr("What happened"))
        self.advice_label.setAccessibleName(self.tr("What you can do"))
        self.detail_label.setAccessibleName(self.tr("Details"))
        self.icon_label.setAccessibleName(self.tr("Warning"))
        texts = {
            self.retry_button: (self.tr("Try again"), self.tr("Try to open it again")),
            self.read_only_button: (
                self.tr("Open read-only"),
                self.tr("Open it to read, without changing anything"),
            ),
            self.restore_button: (
                self.tr("Restore this backup"),
                self.tr("Copy the chosen backup beside the file and open the copy"),
            ),
            self.open_other_button: (
                self.tr("Open another database…"),
                self.tr("Choose another database file"),
            ),
            self.quit_button: (self.tr("Quit"), self.tr("Quit Exchange Notes")),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)

    def choose(self, choice: StartupChoice) -> None:
        if choice is StartupChoice.RESTORE:
            chosen = self.backups.chosen()
            if chosen is None:
                return
            self.chosen_backup = chosen.info.path
        self.choice = choice
        if choice is StartupChoice.QUIT:
            self.reject()
        else:
            self.accept()


def ask(dialog: StartupDialog) -> StartupChoice:
    """Shows the dialog and returns the choice (tests replace this function)."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return StartupChoice.QUIT
    return dialog.choice


def ask_database_file(parent: QWidget | None, start: str) -> Path | None:
    """A file dialog for another database (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("StartupDialog", "Open another database"),
        start,
        "Exchange Notes (*.sqlite3 *.sqlite *.db);;* (*)",
    )
    return Path(path) if path else None


@dataclass
class Opened:
    """A database opened at start-up: where it is and whether it may be changed."""

    workspace: Any
    where: Path | str
    read_only: bool


Opener = Callable[..., Any]


def open_with_recovery(
    target: Path | str,
    *,
    actor: str | None,
    parent: QWidget | None,
    opener: Opener | None = None,
) -> Opened | None:
    """Opens ``target``; on a problem, asks what to do until it opens or the user quits."""
    from counsellor_app.services import backups
    from counsellor_app.services.session import open_workspace
    from counsellor_app.ui.safety.security import MAX_TRIES, ask_passphrase

    open_ = opener or open_workspace
    where: Path | str = target
    read_only = False
    # An encrypted file's passphrase, while it is being tried; kept nowhere else.
    passphrase: str | None = None
    tries = 0
    while True:
        try:
            options: dict[str, Any] = {"actor": actor, "read_only": read_only}
            if passphrase is not None:
                options["passphrase"] = passphrase
            workspace = open_(where, **options)
        except DatabaseProblem as problem:
            file = where if isinstance(where, Path) else None
            locked_away = problem.kind in ("encrypted", "wrong-passphrase")
            if locked_away and file is not None and tries < MAX_TRIES:
                typed = ask_passphrase(
                    parent,
                    str(file),
                    tries_left=MAX_TRIES - tries,
                    wrong=problem.kind == "wrong-passphrase",
                )
                if typed is not None:
                    passphrase, tries = typed, tries + 1
                    continue
            folder = paths.backup_dir_for(file) if file is not None else None
            dialog = StartupDialog(problem, str(where), folder, parent)
            choice = ask(dialog)
            backup = dialog.chosen_backup
            dialog.deleteLater()
            if choice is StartupChoice.QUIT:
                return None
            if choice is StartupChoice.RETRY:
                tries = 0
            if choice is StartupChoice.READ_ONLY:
                read_only = True
            elif choice is StartupChoice.RESTORE and backup is not None and file is not None:
                try:
                    where = backups.restore_beside(file, backup, _backup_key(backup, passphrase))
                except DomainError as error:
                    prompts.show_error(
                        parent,
                        QCoreApplication.translate("StartupDialog", "Not restored"),
                        str(error),
                    )
                    continue
                read_only = False
            elif choice is StartupChoice.OPEN_OTHER:
                other = ask_database_file(parent, str(file.parent) if file else "")
                if other is not None:
                    where, read_only = other, False
                    passphrase, tries = None, 0
            continue
        return Opened(workspace, where, read_only)


def _backup_key(backup: Path, passphrase: str | None) -> Any:
    """The key of an encrypted backup, from the passphrase typed for its database."""
    from counsellor_app.storage import encryption

    if passphrase is None or not encryption.looks_encrypted(backup):
        return None
    return encryption.key_for_file(backup, passphrase)


def warn_if_on_network(window: Any, where: Path | str) -> QMessageBox | None:
    """A database file on a network drive gets a warning that does not stop the work."""
    from counsellor_app.services.network_drive import network_warning

    if not isinstance(where, Path):
        return None
    warning = network_warning(where)
    if warning is None:
        return None
    window.show_status(warning)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupDialog", "The database is on a network drive"),
        warning,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("network_warning")
    box.setAccessibleName(
        QCoreApplication.translate("StartupDialog", "The database is on a network drive")
    )
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
