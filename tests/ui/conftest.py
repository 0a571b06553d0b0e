"""Fixtures for the window's tests: offscreen Qt, settings in a temporary folder, a fresh
database per test, and answers to message boxes so nothing modal ever waits."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QThreadPool
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from counsellor_app.services.records import utc_now
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.language import install_language, uninstall_language
from counsellor_app.ui.common.operations import write_pool
from counsellor_app.ui.common.reads import read_pool
from counsellor_app.ui.common.settings import APPLICATION, ORGANISATION, AppSettings
from tests.workspaces import WorkspaceMaker

_counter = itertools.count()


def wait_for_workers() -> None:
    """No worker may still read a database that the next test deletes."""
    QThreadPool.globalInstance().waitForDone(5000)
    write_pool().waitForDone(5000)
    read_pool().waitForDone(5000)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppSettings]:
    """Every test writes its settings to its own folder, never to the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName(f"ExchangeNotesTest{next(_counter)}")
    QCoreApplication.setApplicationName("counsellor-app-test")
    settings = AppSettings()
    settings.user_name = "Tester"
    # The program's own start (``run_window``) names itself as it does for the user, and
    # finds the same folder: there too the user has given their name already.
    program_settings().user_name = "Tester"
    # Tests read English texts (with English plurals: "2 themes") whatever the machine's
    # language; a test that switches the language leaves nothing behind for the next one.
    settings.language = "en"
    locale = QLocale()
    install_language("en")
    yield settings
    wait_for_workers()
    uninstall_language()
    QLocale.setDefault(locale)


def program_settings() -> AppSettings:
    """The settings ``run_window`` reads (in the test's folder)."""
    return AppSettings(
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
    )


@pytest.fixture
def workspace(new_workspace: WorkspaceMaker) -> Iterator[Workspace]:
    """The window's tests run on SQLite, with the computer's clock (the family's
    ``new_workspace``, see ``tests/conftest.py``)."""
    yield new_workspace("sqlite", clock=utc_now, name="db.sqlite3")
    wait_for_workers()


class MessageBoxes:
    """Answers the program's message boxes in a test: each question pops the next answer
    (a button object name); every box shown is kept for assertions."""

    def __init__(self) -> None:
        self.answers: list[str] = []
        self.shown: list[tuple[str, str]] = []

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        self.shown.append((box.windowTitle(), box.text()))
        wanted = self.answers.pop(0) if self.answers else None
        for button in box.buttons():
            if wanted is not None and button.objectName() == wanted:
                return button
        escape = box.escapeButton()
        return escape if escape is not None else (box.buttons() or [None])[0]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    monkeypatch.setattr(prompts, "ask", boxes)

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a modal QMessageBox was opened directly")

    for name in ("critical", "warning", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    return boxes


def wait_loaded(qtbot: Any, model: Any, timeout: int = 5000) -> None:
    """Waits until a table model has no page in flight."""
    qtbot.waitUntil(lambda: not model.loading, timeout=timeout)


@pytest.fixture
def make_window(qtbot: Any, isolated_settings: AppSettings) -> Callable[..., Any]:
    from counsellor_app.ui.shell.main_window import MainWindow

    def make(workspace: Workspace) -> MainWindow:
        window = MainWindow(isolated_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.attach_workspace(workspace, "test database")
        window.activateWindow()
        for page in window.pages.values():
            wait_loaded(qtbot, page.model)
        return window

    return make


def saving(qtbot: Any, editor: Any, timeout: int = 5000) -> Any:
    """``with saving(qtbot, editor) as saved:`` waits, after the block, for the save it started
    (writes run off the GUI thread); ``saved.args[0]`` is True when the record was stored."""
    return qtbot.waitSignal(editor.controller.save_finished, timeout=timeout)


@pytest.fixture(autouse=True)
def collections_on_the_gui_thread() -> Iterator[None]:
    """As in the program (``GuiThreadCollector``): no automatic collection, which could run on
    a reading or writing thread and delete a Qt object of the GUI thread there; a collection
    on the GUI thread after each test instead."""
    gc.disable()
    yield
    gc.collect()
