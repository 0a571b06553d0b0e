"""A database on a network drive (an NFS mount, a mapped drive, a UNC path) is warned about
in the window, without stopping the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from counsellor_app.services import network_drive
from counsellor_app.ui.shell.startup_dialog import warn_if_on_network


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.status: list[str] = []

    def show_status(self, text: str) -> None:
        self.status.append(text)


def test_a_mapped_drive_gets_a_warning_that_does_not_block(qtbot, monkeypatch):
    window = Window()
    qtbot.addWidget(window)
    monkeypatch.setattr(network_drive, "network_kind", lambda path: "mapped drive H:")
    box = warn_if_on_network(window, Path("H:/Notes/notes.sqlite3"))
    assert box is not None and box.isVisible() and not box.isModal()
    assert "network drive (mapped drive H:)" in box.text()
    assert window.status and "PostgreSQL" in window.status[0]
    box.close()


def test_a_local_file_gets_no_warning(qtbot, monkeypatch):
    window = Window()
    qtbot.addWidget(window)
    monkeypatch.setattr(network_drive, "network_kind", lambda path: None)
    assert warn_if_on_network(window, Path("/home/a/notes.sqlite3")) is None
    assert window.status == []
