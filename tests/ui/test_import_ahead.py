"""The modules of sections shown later are imported ahead, while the window is idle."""

from __future__ import annotations

import importlib
import threading

from PySide6.QtCore import QObject

from counsellor_app.ui.shell import sections


def test_the_search_is_imported_ahead_off_the_gui_thread(qtbot, workspace, monkeypatch):
    imported: list[tuple[str, bool]] = []
    real = importlib.import_module

    def recording(name, package=None):
        imported.append((name, threading.current_thread() is threading.main_thread()))
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", recording)
    parent = QObject()
    sections.import_ahead(workspace, parent)
    panel = "counsellor_app.ui.search.search_panel"
    qtbot.waitUntil(lambda: (panel, False) in imported, timeout=5000)
    services = "counsellor_app.services.search"
    assert (services, False) in imported
    # Nothing of it on the GUI thread: there an import holds the window for its whole length.
    assert not [name for name, on_gui in imported if on_gui]


def test_what_the_search_filters_offer_is_read_ahead_off_the_gui_thread(
    qtbot, workspace, seeded, monkeypatch
):
    from counsellor_app.ui.common.choices import ChoiceSource

    reads: list[tuple[str, bool]] = []
    real = ChoiceSource._read

    def recording(self, kind, exchange):
        reads.append((kind, threading.current_thread() is threading.main_thread()))
        return real(self, kind, exchange)

    monkeypatch.setattr(ChoiceSource, "_read", recording)
    choices = ChoiceSource(workspace)
    parent = QObject()
    sections.import_ahead(workspace, parent, choices)
    kinds = ("exchange", "theme", "organisation", "person")
    qtbot.waitUntil(lambda: all(choices.is_read(kind) for kind in kinds), timeout=5000)
    assert sorted(kind for kind, _on_gui in reads) == sorted(kinds)
    assert not [kind for kind, on_gui in reads if on_gui]
