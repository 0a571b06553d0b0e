"""How the program names itself to the desktop: its icon and the name of its desktop entry."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from counsellor_app import paths

# The desktop entry (resources/desktop/<id>.desktop) and AppStream metainfo carry this name;
# Wayland and the docks match a window to its entry, and so its icon, by it.
DESKTOP_FILE_NAME = "org.exchangenotes.ExchangeNotes"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The icon in every size shipped, so that each place draws the one made for its size."""
    icon = QIcon()
    folder = paths.icons_dir()
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"exchange-notes-{size}.png"), QSize(size, size))
    return icon


def present_to_desktop() -> None:
    """Gives the application its icon (every window's, by default) and its desktop entry."""
    QGuiApplication.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
