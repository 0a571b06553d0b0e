"""Fonts for the scripts a workstation has none for: the window draws Chinese, Japanese and
Korean with the fonts the reports embed, where the system offers no font of its own.

A Linux workstation without CJK fonts otherwise shows every Chinese or Japanese note as
empty boxes. Windows and macOS always have such fonts, and so do most Linux desktops: the
system's fonts are kept there, and nothing is registered.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from counsellor_app import paths

System = QFontDatabase.WritingSystem

# Each shipped font with the writing systems it draws (as ``reports.fonts`` uses them): Droid
# Sans Fallback the ideographs and kana, NanumGothic the Hangul syllables Droid lacks.
SCRIPT_FONTS: tuple[tuple[str, tuple[QFontDatabase.WritingSystem, ...]], ...] = (
    (
        "DroidSansFallbackFull.ttf",
        (System.SimplifiedChinese, System.TraditionalChinese, System.Japanese),
    ),
    ("NanumGothic.ttf", (System.Korean,)),
)


def missing_script_fonts(
    has_font: Callable[[QFontDatabase.WritingSystem], bool] | None = None,
) -> list[str]:
    """The shipped font files for the writing systems no font of the system draws."""
    has = has_font or (lambda system: bool(QFontDatabase.families(system)))
    return [name for name, systems in SCRIPT_FONTS if not all(has(s) for s in systems)]


def add_script_fonts(file_names: Sequence[str]) -> list[int]:
    """Registers these shipped fonts with the window (Qt's font fallback then finds them)
    and repaints what is already shown; the ids of the fonts added. A file missing from
    the installation is skipped: the text shows as the system draws it, as before."""
    added: list[int] = []
    for name in file_names:
        path = paths.fonts_dir() / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            added.append(font_id)
    if added:
        for widget in QApplication.topLevelWidgets():
            widget.update()
    return added


def add_missing_script_fonts() -> list[int]:
    """The fonts of :func:`missing_script_fonts` registered; their ids."""
    return add_script_fonts(missing_script_fonts())
