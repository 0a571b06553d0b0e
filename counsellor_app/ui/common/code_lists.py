"""Choosing from a list of codes by their names in the window's language, as CLDR gives them:
the language a note was said in (or, for one not in the list, its code), and the country of
an organisation or a visit."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from counsellor_app.domain.field_types import LANGUAGE_PATTERN

_TAG = re.compile(LANGUAGE_PATTERN)
CODE_ROLE = Qt.ItemDataRole.UserRole


@cache
def language_names(display: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every language, its name in the language ``display`` ("fr": "tigrigna"),
    sorted by name. Codes are ISO 639 as in a language tag ("zh", "prs"), with CLDR's script
    variants ("zh-Hans")."""
    try:
        names = Locale.parse(display).languages
    except (UnknownLocaleError, ValueError):
        names = Locale("en").languages
    found = []
    for code, name in names.items():
        parts = code.split("_")
        # Regional variants (en_GB) are not languages of their own; scripts (zh_Hans) are.
        if len(parts) > 1 and not (len(parts[1]) == 4 and parts[1].isalpha()):
            continue
        if not parts[0].isalpha() or parts[0] in ("und", "zxx", "mul"):
            continue
        found.append(("-".join(parts), name))
    return tuple(sorted(found, key=lambda item: item[1].casefold()))


def known_codes() -> frozenset[str]:
    return frozenset(code.casefold() for code, _name in language_names("en"))


def language_code(text: str, display: str = "en") -> str | None:
    """The language tag ``text`` stands for: a name of the list ("Français — fr", "français"),
    or a code. A two-letter code must be one of ISO 639-1, all of which the list holds ("ly"
    is not a language); a longer one (ISO 639-3 has thousands) is taken as typed, if it is a
    well-formed tag. None when it is neither."""
    text = text.strip()
    if not text:
        return None
    needle = text.casefold()
    for code, name in language_names(display):
        if needle in (name.casefold(), code.casefold(), display_text(code, name).casefold()):
            return code
    if not _TAG.fullmatch(text):
        return None
    primary, *rest = text.split("-")
    if primary.casefold() not in known_codes() and len(primary) < 3:
        return None
    # Tags in their usual case: "zh-Hans-CN".
    shaped = [primary.lower()]
    for part in rest:
        shaped.append(part.title() if len(part) == 4 else part.upper() if len(part) == 2 else part)
    return "-".join(shaped)


def language_problem(text: str) -> str:
    """What is wrong with a language typed that is none, to follow the field's name."""
    return QCoreApplication.translate(
        "LanguageBox",
        "must be chosen from the list, or given by its code (such as fr, nl or prs): “%1” is "
        "neither",
    ).replace("%1", text.strip())


def display_text(code: str, name: str) -> str:
    return f"{name} — {code}"


@cache
def country_names(display: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country (ISO 3166 two-letter codes), its name in the language
    ``display``, sorted by name."""
    try:
        names = Locale.parse(display).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    found = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "ZZ", "QO")
    ]
    return tuple(sorted(found, key=lambda item: item[1].casefold()))


def country_code(text: str, display: str = "en") -> str | None:
    """The country ``text`` stands for: a name of the list or its two-letter code, in
    capitals; None when it is neither."""
    needle = text.strip().casefold()
    if not needle:
        return None
    for code, name in country_names(display):
        if needle in (name.casefold(), code.casefold(), display_text(code, name).casefold()):
            return code
    return None


def country_problem(text: str) -> str:
    """What is wrong with a country typed that is none, to follow the field's name."""
    return QCoreApplication.translate(
        "CountryBox",
        "must be a country of the list or its two-letter country code (such as BE or FR): "
        "“%1” is neither",
    ).replace("%1", text.strip())


class CodeBox(QComboBox):
    """An editable list of names with their codes: type part of a name or a code; what is
    neither is marked, and refused when saved."""

    changed = Signal()
    """The value shown changed (chosen, typed or emptied)."""

    def names(self, display: str) -> tuple[tuple[str, str], ...]:
        raise NotImplementedError

    def resolve(self, text: str, display: str) -> str | None:
        raise NotImplementedError

    def __init__(self, parent: QWidget | None = None, display: str = "en") -> None:
        super().__init__(parent)
        # attributes
        self.display = display
        # widgets
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill()
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # connections
        self.editTextChanged.connect(self._on_text_changed)
        line = self.lineEdit()
        assert line is not None
        line.installEventFilter(self)

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for code, name in self.names(self.display):
            self.addItem(display_text(code, name), code)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    def set_display_language(self, display: str) -> None:
        """The names in another language (the window's changed); the value stays."""
        if display == self.display:
            return
        keep = self.value()
        valid = self.is_valid()
        text = self.currentText()
        self.display = display
        self._fill()
        if valid:
            self.set_value(keep)
        else:
            self.setEditText(text)

    def value(self) -> str | None:
        """The language tag shown; what was typed when it is not a language (so it is refused
        where the value is checked)."""
        text = self.currentText().strip()
        if not text:
            return None
        return self.resolve(text, self.display) or text

    def is_valid(self) -> bool:
        text = self.currentText().strip()
        return not text or self.resolve(text, self.display) is not None

    def set_value(self, code: str | None) -> None:
        self.blockSignals(True)
        row = self.findData(code) if code else 0
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
        else:
            self.setCurrentIndex(0)
            self.setEditText(code or "")
        self.blockSignals(False)
        self._mark()

    def _on_text_changed(self, _text: str) -> None:
        self._mark()
        self.changed.emit()

    def _mark(self) -> None:
        valid = self.is_valid()
        self.setProperty("invalid", not valid)
        self.setStyleSheet("" if valid else "QComboBox { border: 1px solid #d32f2f; }")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the box: a code or name typed is shown as the list names it.
        if watched is self.lineEdit() and event.type() == QEvent.Type.FocusOut:
            code = self.resolve(self.currentText(), self.display)
            if code is not None and self.findData(code) >= 0:
                self.set_value(code)
        return super().eventFilter(watched, event)


class LanguageBox(CodeBox):
    """The languages; one not in the list is given by its code."""

    def names(self, display: str) -> tuple[tuple[str, str], ...]:
        return language_names(display)

    def resolve(self, text: str, display: str) -> str | None:
        return language_code(text, display)


class CountryBox(CodeBox):
    """The countries, by name or two-letter code."""

    def names(self, display: str) -> tuple[tuple[str, str], ...]:
        return country_names(display)

    def resolve(self, text: str, display: str) -> str | None:
        return country_code(text, display)
