"""The window shows the program's icon and tells the desktop which entry it belongs to."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from counsellor_app.app import run_window
from counsellor_app.ui.common.identity import DESKTOP_FILE_NAME, application_icon
from counsellor_app.ui.shell import startup_dialog


def test_the_icon_has_a_picture_for_each_size(qapp):
    icon = application_icon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
    assert icon.pixmap(QSize(48, 48)).size() == QSize(48, 48)


def test_the_window_start_sets_the_icon_and_the_desktop_entry(qtbot, tmp_path, monkeypatch):
    QGuiApplication.setWindowIcon(QIcon())
    QGuiApplication.setDesktopFileName("")
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(startup_dialog, "ask", lambda dialog: startup_dialog.StartupChoice.QUIT)
    assert run_window(not_a_database) == 2
    assert not QGuiApplication.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME
