"""The window's language: loading the translations, switching them live, and telling every
widget to put its texts in the new language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)

from counsellor_app import paths
from counsellor_app.ui.common.settings import LANGUAGES

# Each language is named in itself, so a user lost in a foreign one still finds their own.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "nl": "Nederlands"}
CATALOGUE = "exchange_notes"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.translations_dir()


def install_language(code: str) -> str:
    """Loads the program's translations and Qt's own (standard buttons, dialogs) for ``code``,
    replacing those loaded before; returns the language in use. Qt then sends every window a
    ``LanguageChange`` event. English loads only the plural forms ("1 person", "2 people")."""
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    code = code if code in LANGUAGES else "en"
    uninstall_language()
    locale = QLocale(code)
    # Numbers in counts (%Ln) follow the language: "1,500" in English, "1 500" in French.
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), (CATALOGUE, str(translations_dir()))):
        translator = QTranslator(app)
        # The last one installed is asked first: ours, then Qt's.
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def uninstall_language() -> None:
    """Back to the texts as written in the code (English, without plural forms)."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


def retranslate_tree(root: QObject) -> None:
    """Puts every text under ``root`` in the current language: each object's
    ``retranslate_ui()`` (widgets) or ``retranslate()`` (models) runs again, and item views are
    told their headers and cells changed, since models translate as they are asked."""
    for item in (root, *root.findChildren(QObject)):
        method = getattr(item, "retranslate_ui", None) or getattr(item, "retranslate", None)
        if callable(method):
            method()
        if isinstance(item, QAbstractItemModel) and not isinstance(item, QAbstractProxyModel):
            _refresh_model(item)


def _refresh_model(model: QAbstractItemModel) -> None:
    # A list model keeps columnCount() private: it has one column.
    list_model = isinstance(model, QAbstractListModel)
    columns = 1 if list_model else model.columnCount(QModelIndex())
    rows = model.rowCount(QModelIndex())
    if columns > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows > 0 and columns > 0:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
