"""Writes are operations off the GUI thread, their changes announced once; reads in the
background drop stale answers and report errors in one place; every section speaks the
section interface."""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.domain.records import Theme
from counsellor_app.ui.common.language import install_language
from counsellor_app.ui.common.operations import HISTORY, TRASH, Changes, Operation, hub_for
from counsellor_app.ui.common.reads import LatestRead
from counsellor_app.ui.common.section import SectionPage
from counsellor_app.ui.shell.sections import KEYS
from tests.ui.conftest import saving, wait_loaded


class StallWatch:
    """A timer asking the GUI thread every 5 ms; ``longest`` is the longest it waited for
    an answer beyond those 5 ms."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.ticks = 0
        self.longest = 0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last - 5)
        self._last = now
        self.ticks += 1


def person_form(qtbot: Any, window: Any, person_id: str) -> Any:
    window.show_section("person")
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    page.select_record(person_id)
    qtbot.waitUntil(lambda: page.detail.record is not None)
    return page


def test_a_write_waiting_on_a_locked_database_leaves_the_window_answering(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    page = person_form(qtbot, window, seeded["guillaume"].id)
    editor = page.detail
    qtbot.keyClicks(editor.form.editors["office"].widget, "Brussels")
    # Another program holds the write lock (SQLite waits up to its busy timeout for it).
    other = sqlite3.connect(workspace.database.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    watch = StallWatch()
    try:
        watch.start()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        # The write waits for the lock well over half a second; the window answers meanwhile.
        qtbot.waitUntil(lambda: watch.ticks >= 120, timeout=5000)
        assert editor.busy
        assert editor.status_label.text() == "Saving…"
        assert not editor.save_button.isEnabled()
        # A write waiting on the GUI thread would hold it for the whole wait: no tick at
        # all until the other program lets go (the busy timeout is ten seconds). The bound
        # is a fraction of the 600 ms the ticks above span, loose enough for a loaded
        # machine's scheduling and tight enough to tell the two apart.
        assert watch.longest < 250, f"the GUI thread stalled {watch.longest} ms"
    finally:
        with saving(qtbot, editor) as saved:
            other.execute("ROLLBACK")
        other.close()
        watch.stop()
    assert saved.args[0]
    assert workspace.people.get(seeded["guillaume"].id).office == "Brussels"
    assert editor.status_label.text() == "Saved."


def test_a_write_runs_off_the_gui_thread_and_announces_its_changes_once(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    page = person_form(qtbot, window, seeded["isabelle"].id)
    heard: list[tuple[Changes, Any]] = []
    hub_for(workspace).records_changed.connect(lambda changes, op: heard.append((changes, op)))
    threads: list[bool] = []
    service = page.detail.controller.service
    update = service.update

    def watched(record):
        threads.append(threading.current_thread() is threading.main_thread())
        return update(record)

    service.update = watched
    qtbot.keyClicks(page.detail.form.editors["office"].widget, "Paris")
    with saving(qtbot, page.detail) as saved:
        window.save_current()
    assert saved.args[0]
    assert threads == [False]
    [(changes, operation)] = heard
    assert changes.kinds == {"person", HISTORY}
    assert changes.ids == {seeded["isabelle"].id}
    assert operation.origin is page.detail.controller
    # Pages decide for themselves: the people list reads its ids again, keeping its place.
    qtbot.waitUntil(lambda: not page.model.loading)
    assert page.model.id_at(page.table.currentIndex().row()) == seeded["isabelle"].id


def test_a_failed_write_is_told_in_the_users_language(
    qtbot, workspace, seeded, make_window, message_boxes
):
    window = make_window(workspace)
    install_language("fr")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    page = person_form(qtbot, window, seeded["isabelle"].id)
    qtbot.keyClicks(page.detail.form.editors["office"].widget, "Lyon")

    def locked(_record):
        raise DatabaseProblem("locked", "The database x is in use by another program.")

    page.detail.controller.service.update = locked
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    title, text = message_boxes.shown[-1]
    assert title == "Non enregistré"
    assert "verrouillée" in text and "in use" not in text
    assert page.detail.form.editors["office"].widget.text() == "Lyon"


def test_an_operation_reverses_what_it_did_when_asked(qtbot, workspace, seeded):
    """What an undo stack needs: moving to the trash carries what brings the record back."""
    from counsellor_app.ui.common.choices import ChoiceSource
    from counsellor_app.ui.records.record_editor import RecordEditor

    editor = RecordEditor("theme", workspace, ChoiceSource(workspace))
    qtbot.addWidget(editor)
    editor.load(seeded["trust"])
    operation = editor.delete()
    assert operation.wait()
    assert operation.changes_made() == Changes.trash("theme", {seeded["trust"].id})
    assert TRASH in operation.changes_made().kinds
    assert workspace.themes.count() == 1
    assert "Move" in operation.description
    undo = Operation(None, workspace, operation.reverse(operation.result), Changes.all())
    assert undo.run().wait()
    assert workspace.themes.count() == 2


def test_moving_a_record_to_the_trash_drops_its_draft(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    page = person_form(qtbot, window, seeded["isabelle"].id)
    controller = page.detail.controller
    qtbot.keyClicks(page.detail.form.editors["office"].widget, "Paris")
    controller.drafts.keep_now()
    assert len(controller.drafts.store.pending()) == 1
    assert page.detail.delete().wait()
    assert controller.drafts.store.pending() == []


def test_a_newer_question_drops_the_older_answer_and_errors_reach_the_hub(qtbot, workspace):
    reader = LatestRead(workspace)
    release = threading.Event()
    answers: list[str] = []

    def slow() -> str:
        release.wait(5)
        return "older"

    reader.ask(slow, answers.append)
    reader.ask(lambda: "newer", answers.append)
    release.set()
    qtbot.waitUntil(lambda: not reader.busy)
    assert answers == ["newer"]

    failures: list[str] = []
    hub_for(workspace).read_failed.connect(failures.append)

    def broken() -> str:
        raise DatabaseProblem("damaged", "The database x is damaged.")

    reader.ask(broken, answers.append)
    qtbot.waitUntil(lambda: failures != [])
    assert failures == [
        "Reading failed: The database is damaged, so nothing was saved. Restore a backup "
        "(File ▸ Restore from backup…)."
    ]
    # One who shows the error in place says so, and the status bar stays quiet.
    reader.ask(broken, answers.append, failed=lambda _error: True)
    qtbot.waitUntil(lambda: not reader.busy)
    assert len(failures) == 1


@pytest.mark.parametrize("key", KEYS)
def test_every_section_builds_a_page_that_speaks_the_section_interface(
    qtbot, workspace, seeded, make_window, key
):
    window = make_window(workspace)
    assert window.show_section(key)
    page = window.pages[key]
    assert isinstance(page, SectionPage)
    assert window.current_page() is page
    assert page.maybe_leave()
    assert not page.is_dirty()
    page.focus_filter()
    page.save_layout()
    assert isinstance(page.report_filters(), dict)


def test_the_welcome_page_gives_way_once_records_arrive(qtbot, workspace, make_window):
    window = make_window(workspace)
    assert window.stack.currentWidget() is window.welcome
    operation = Operation(
        window, workspace, lambda: workspace.themes.create(Theme(name="Trust")), Changes.all()
    )
    assert operation.run().wait()
    assert window.stack.currentWidget() is window.pages["exchange"]
