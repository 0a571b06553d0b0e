"""The first question of a first start: who is using the program, and for which agency, so
that every note and report carries their name rather than the computer's login."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from counsellor_app.ui.common.settings import AppSettings


class UserIdentityDialog(QDialog):
    """Asks the user's name (required) and agency; both are kept in the settings."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.settings = settings
        # widgets
        self.setObjectName("user_identity_dialog")
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("user_identity_intro")
        self.intro_label.setWordWrap(True)
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(settings.user_name, self)
        self.name_edit.setObjectName("first_name_edit")
        self.name_edit.setMaxLength(300)
        self.name_label.setBuddy(self.name_edit)
        self.agency_label = QLabel(self)
        self.agency_edit = QLineEdit(settings.agency, self)
        self.agency_edit.setObjectName("first_agency_edit")
        self.agency_edit.setMaxLength(300)
        self.agency_label.setBuddy(self.agency_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("user_identity_buttons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("user_identity_ok")
        # layout
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.agency_label, self.agency_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        # connections
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Exchange Notes"))
        self.intro_label.setText(
            self.tr(
                "Who is taking the notes? Your name is written on every observation you record "
                "and, with your agency, on the reports you print. You can change both later in "
                "Settings."
            )
        )
        self.name_label.setText(self.tr("Your name:"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("for example Marie Dupont"))
        self.agency_label.setText(self.tr("Your agency:"))
        self.agency_edit.setAccessibleName(self.tr("Your agency"))
        self.agency_edit.setPlaceholderText(self.tr("for example Fedasil"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            return
        self.settings.user_name = self.name_edit.text()
        self.settings.agency = self.agency_edit.text()
        self.settings.sync()
        super().accept()


def run_dialog(dialog: QDialog) -> bool:
    """Shows the dialog and waits; True when accepted (tests replace this)."""
    return bool(dialog.exec())


def ensure_user_identity(settings: AppSettings, parent: QWidget | None = None) -> bool:
    """On a first start (no name yet), asks who the user is; False when they chose to quit."""
    if settings.user_name:
        return True
    dialog = UserIdentityDialog(settings, parent)
    try:
        return run_dialog(dialog)
    finally:
        dialog.deleteLater()
