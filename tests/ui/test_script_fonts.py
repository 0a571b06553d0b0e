"""Fonts for the scripts a workstation has none for: the window adds the shipped ones, once
its first page is painted, and only for the writing systems the system cannot draw."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from counsellor_app.app import run_window
from counsellor_app.domain.records import Theme
from counsellor_app.services.session import open_workspace
from counsellor_app.ui.common import script_fonts
from counsellor_app.ui.common.script_fonts import (
    SCRIPT_FONTS,
    add_script_fonts,
    missing_script_fonts,
)
from counsellor_app.ui.shell.main_window import MainWindow

System = QFontDatabase.WritingSystem


@pytest.mark.parametrize(
    ("systems_drawn", "expected"),
    [
        (set(System), []),
        (set(), ["DroidSansFallbackFull.ttf", "NanumGothic.ttf"]),
        (
            {System.SimplifiedChinese, System.TraditionalChinese, System.Japanese},
            ["NanumGothic.ttf"],
        ),
        # One of Droid's writing systems missing is enough: it draws them all.
        ({System.SimplifiedChinese, System.Korean}, ["DroidSansFallbackFull.ttf"]),
    ],
)
def test_only_the_writing_systems_the_system_cannot_draw_get_a_shipped_font(
    systems_drawn, expected
):
    assert missing_script_fonts(lambda system: system in systems_drawn) == expected


def test_the_shipped_fonts_draw_chinese_japanese_and_korean_once_added(qapp):
    names = [name for name, _ in SCRIPT_FONTS]
    before = {f for f in QFontDatabase.families() if f in ("Droid Sans Fallback", "NanumGothic")}
    added = add_script_fonts(names)
    try:
        families = {
            family for font_id in added for family in QFontDatabase.applicationFontFamilies(font_id)
        }
        assert {"Droid Sans Fallback", "NanumGothic"} <= families | before
        droid = QFontMetrics(QFont("Droid Sans Fallback"))
        assert all(droid.inFontUcs4(ord(c)) for c in "出入境の手続き")
        assert QFontMetrics(QFont("NanumGothic")).inFontUcs4(ord("한"))
        assert "Droid Sans Fallback" in QFontDatabase.families(System.SimplifiedChinese)
        assert "Droid Sans Fallback" in QFontDatabase.families(System.Japanese)
        assert "NanumGothic" in QFontDatabase.families(System.Korean)
    finally:
        for font_id in added:
            QFontDatabase.removeApplicationFont(font_id)


def test_a_font_missing_from_the_installation_is_skipped(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(script_fonts.paths, "fonts_dir", lambda: tmp_path)
    assert add_script_fonts(["DroidSansFallbackFull.ttf"]) == []


class Painted(QObject):
    """Notes whether the main window has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            window = getattr(watched, "window", lambda: None)()
            if isinstance(window, MainWindow):
                self.painted = True
        return False


def test_the_window_adds_the_fonts_after_its_first_paint(qtbot, tmp_path, monkeypatch):
    notes = tmp_path / "notes.sqlite3"
    workspace = open_workspace(notes, actor="tester")
    workspace.themes.create(Theme(name="出入境"))
    workspace.database.dispose()
    calls: list[bool] = []
    watch = Painted()

    def add_missing() -> list[Any]:
        calls.append(watch.painted)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                QTimer.singleShot(0, widget.close)
        return []

    monkeypatch.setattr(script_fonts, "add_missing_script_fonts", add_missing)
    QApplication.instance().installEventFilter(watch)
    try:
        assert run_window(notes) == 0
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert calls == [True]
