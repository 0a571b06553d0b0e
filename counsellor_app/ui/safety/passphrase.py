"""Asking for a passphrase: the one that opens an encrypted database at start, and a new one
(twice, with how strong it is) before encrypting or changing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.passphrase import MIN_LENGTH, Strength, check_new_passphrase, strength

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
