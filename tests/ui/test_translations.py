"""The window in French, Dutch and English: switched live from the settings, every text
translated, plural forms right."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from counsellor_app.ui.common.labels import count_label
from counsellor_app.ui.common.language import (
    CATALOGUE,
    install_language,
    translations_dir,
    uninstall_language,
)
from counsellor_app.ui.common.settings import LANGUAGES
from counsellor_app.ui.shell.sections import KEYS as SECTIONS
from counsellor_app.ui.shell.settings_dialog import SettingsDialog

# The translation sources stay in the repository; the compiled catalogues ship in the package.
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"


def sidebar_texts(window):
    model = window.sidebar.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose_language(window, code):
    """Settings ▸ Language, then OK, as a user would."""
    dialog = SettingsDialog(window.settings, "test database", window)
    combo = dialog.language_combo
    combo.setCurrentIndex(combo.findData(code))
    dialog.accept()


def test_switching_language_changes_the_open_window_at_once(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.show_section("person")
    form = window.pages["person"].detail.form
    assert window.menus.file_menu.title() == "&File"
    assert form.labels["name"].text() == "Name *"

    choose_language(window, "fr")

    assert window.settings.language == "fr"
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    assert window.menus.edit_menu.title() == "É&dition"
    assert window.menus.save_action.text() == "&Enregistrer"
    people = SECTIONS.index("person")
    assert sidebar_texts(window)[people] == "Personnes"
    assert sidebar_texts(window)[SECTIONS.index("trash")] == "Corbeille"
    assert form.labels["name"].text() == "Nom *"
    assert window.pages["person"].new_button.text() == "Nouvelle personne"

    choose_language(window, "en")

    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&File")
    assert sidebar_texts(window)[people] == "People"
    assert form.labels["name"].text() == "Name *"


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_menu_accelerators_are_unique_in_each_menu(qtbot, workspace, make_window, code):
    window = make_window(workspace)
    install_language(code)
    qtbot.waitUntil(lambda: window.menus.file_menu.title() != "&File")
    menus = [
        window.menus.file_menu,
        window.menus.edit_menu,
        window.menus.go_menu,
        window.menus.help_menu,
    ]
    titles = [menu.title() for menu in menus]
    for menu in [window.menuBar(), *menus]:
        texts = titles if menu is window.menuBar() else [a.text() for a in menu.actions()]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
        assert len(keys) == len(set(keys)), "; ".join(texts)


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_translations_exist_and_load(code):
    qm_file = translations_dir() / f"{CATALOGUE}_{code}.qm"
    assert qm_file.is_file()
    assert QTranslator().load(str(qm_file))


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_shipped_catalogues_are_compiled_from_the_sources(code, tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / f"{code}.qm"
    source = SOURCES / f"{CATALOGUE}_{code}.ts"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
    shipped = translations_dir() / f"{CATALOGUE}_{code}.qm"
    assert compiled.read_bytes() == shipped.read_bytes(), "run scripts/update_translations.py"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_is_translated(code):
    root = ET.parse(SOURCES / f"{CATALOGUE}_{code}.ts").getroot()
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None, source
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == 2 and all(forms), source
        else:
            assert translation.text, source
        # Every placeholder of the source survives the translation.
        text = "".join(translation.itertext())
        for marker in set(re.findall(r"%L?\d|%L?n", source or "")):
            assert marker in text, (source, text)


def test_plural_forms_in_french_and_english():
    try:
        install_language("fr")
        assert count_label("observation", 1) == "1 observation"
        assert count_label("observation", 2) == "2 observations"
        assert count_label("person", 1) == "1 personne"
        assert count_label("person", 2) == "2 personnes"
        # French digits: a (narrow) no-break space groups the thousands.
        assert re.fullmatch(r"1\s2\d\d personnes", count_label("person", 1250))
        install_language("en")
        assert count_label("person", 1) == "1 person"
        assert count_label("person", 2) == "2 people"
        assert count_label("observation", 1250) == "1,250 observations"
    finally:
        uninstall_language()


def test_a_list_filter_placeholder_starts_with_a_capital_in_dutch(
    qtbot, workspace, seeded, make_window
):
    from counsellor_app.ui.common.language import install_language

    window = make_window(workspace)
    install_language("nl")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() != "&File")
    window.show_section("comparison")
    text = window.pages["comparison"].list_page.filter_edit.placeholderText()
    assert text.startswith("Vergelijkingen"), text


def test_dutch_column_headings_are_whole(qtbot, workspace, seeded, make_window):
    from PySide6.QtCore import Qt

    from counsellor_app.ui.common.language import install_language
    from tests.ui.conftest import wait_loaded

    install_language("nl")
    window = make_window(workspace)
    window.show_section("comparison")
    page = window.pages["comparison"]
    page.show_list()
    list_page = page.list_page
    wait_loaded(qtbot, list_page.model)
    header = list_page.table.horizontalHeader()
    metrics = header.fontMetrics()
    titles = []
    for column in range(1, list_page.model.columnCount()):
        title = list_page.model.headerData(column, Qt.Orientation.Horizontal)
        titles.append(title)
        assert header.sectionSize(column) > metrics.horizontalAdvance(title), title
    assert "Overdraagbaarheid" in titles
