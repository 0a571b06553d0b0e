"""The questions and messages the window asks and shows, each in one place so tests can answer
them without a modal dialog waiting."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Shows a message box and returns the button pressed (tests replace this function)."""
    box.exec()
    return box.clickedButton()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("message_box")
    box.setAccessibleName(title)
    return box


def ask_save_changes(parent: QWidget | None, what: str) -> Choice:
    """Save / Discard / Cancel for changes about to be left behind."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Unsaved changes"),
        QCoreApplication.translate("Prompts", "%1 has changes that are not saved yet.").replace(
            "%1", what
        ),
    )
    box.setInformativeText(QCoreApplication.translate("Prompts", "Save them before going on?"))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    save.setObjectName("save_button")
    discard.setObjectName("discard_button")
    cancel.setObjectName("cancel_button")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    pressed = ask(box)
    if pressed is save:
        return Choice.SAVE
    if pressed is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def ask_reload_after_conflict(parent: QWidget | None, message: str) -> bool:
    """A record changed elsewhere: True to load the saved version (losing these changes)."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Prompts", "Changed by someone else"),
        message,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Prompts",
            "Reload shows the saved version; your changes here are then lost. Keep editing lets "
            "you copy your changes first.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("Prompts", "Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Prompts", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    reload.setObjectName("reload_button")
    keep.setObjectName("keep_button")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return ask(box) is reload


def ask_recover_drafts(parent: QWidget | None, drafts: list[str]) -> bool | None:
    """Work left unsaved by a crash: True to recover it, False to discard it, None for later."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Prompts", "Recover unsaved work?"),
        QCoreApplication.translate(
            "Prompts", "Exchange Notes stopped last time while these forms had unsaved changes:"
        ),
    )
    box.setInformativeText("\n".join(f"• {line}" for line in drafts))
    recover = box.addButton(
        QCoreApplication.translate("Prompts", "Recover"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Prompts", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    later = box.addButton(
        QCoreApplication.translate("Prompts", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    recover.setObjectName("recover_button")
    discard.setObjectName("discard_button")
    later.setObjectName("later_button")
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    pressed = ask(box)
    if pressed is recover:
        return True
    if pressed is discard:
        return False
    return None


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """True when the user presses the button named ``action``."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    yes.setObjectName("confirm_button")
    no.setObjectName("cancel_button")
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    return ask(box) is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok).setObjectName("ok_button")
    ask(box)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QMessageBox.StandardButton.Ok).setObjectName("ok_button")
    ask(box)
