"""The window opens where the user left off, and builds only the page it shows."""

from __future__ import annotations

from counsellor_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_loaded


def test_the_section_shown_last_is_shown_at_the_next_start(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    window = make_window(workspace)
    assert window.section == "exchange"  # the first time
    assert window.show_section("person")
    window.close()

    again = MainWindow(isolated_settings)
    qtbot.addWidget(again)
    again.show()
    again.attach_workspace(workspace, "test database")
    assert again.section == "person"
    page = again.pages["person"]
    assert again.stack.currentWidget() is page
    assert list(again.pages) == ["person"]  # the exchanges are built when first shown
    assert again.sidebar.currentIndex().data() == "People"
    wait_loaded(qtbot, page.model)
    assert {page.model.index(r, 0).data() for r in range(page.model.rowCount())} == {
        "Guillaume",
        "Isabelle",
    }
    assert again.show_section("exchange")
    assert again.stack.currentWidget() is again.pages["exchange"]


def test_an_empty_database_opens_on_the_welcome_page_whatever_was_shown_last(
    qtbot, workspace, make_window, isolated_settings
):
    isolated_settings.section = "observation"
    window = make_window(workspace)
    assert window.stack.currentWidget() is window.welcome
    assert window.section == "exchange"


def test_an_unknown_section_in_the_settings_is_ignored(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    isolated_settings.section = "nonsense"
    window = make_window(workspace)
    assert window.section == "exchange"
    assert window.stack.currentWidget() is window.pages["exchange"]


def test_a_page_reads_its_first_rows_once(
    qtbot, workspace, seeded, make_window, isolated_settings, monkeypatch
):
    # Enabling sorting on the header asks for the first page; the page must not ask again
    # (a second query at start-up is read and thrown away).
    from counsellor_app.ui.common.reads import read_pool
    from counsellor_app.ui.records import record_model

    asked: list[int] = []
    original = record_model.read_ids

    def counted(asked_of, spec, columns, query, first, shown=None):
        if asked_of is workspace:  # not a list left over from another test, still reading
            asked.append(first)
        return original(asked_of, spec, columns, query, first, shown)

    monkeypatch.setattr(record_model, "read_ids", counted)
    isolated_settings.section = "person"
    window = make_window(workspace)
    page = window.pages["person"]
    wait_loaded(qtbot, page.model)
    read_pool().waitForDone(5000)
    assert asked == [record_model.PAGE_SIZE]  # the ids once, with the first page's rows
    assert page.model.rowCount() == 2


def test_a_section_shows_again_the_record_it_showed_when_left(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    from counsellor_app.domain.records import Exchange

    other = workspace.exchanges.create(Exchange(title="Chinese delegation in Brussels"))
    window = make_window(workspace)
    exchanges = window.pages["exchange"]
    exchanges.select_record(other.id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)
    assert window.exchange_page.record.id == other.id
    window.close()

    again = make_window(workspace)
    page = again.pages["exchange"]
    qtbot.waitUntil(lambda: again.exchange_page.record is not None)
    assert again.exchange_page.record.id == other.id
    assert page.current_record() is not None and page.current_record().id == other.id
    # The tabs of an exchange do not remember theirs: they follow the exchange shown.
    qtbot.waitUntil(lambda: again.exchange_page.tabs_ready)
    assert not any(tab.remember_selection for tab in again.exchange_page.pages.values())


def test_a_remembered_record_gone_since_leaves_the_form_empty(
    qtbot, workspace, seeded, make_window, isolated_settings
):
    from counsellor_app.domain.records import Exchange

    isolated_settings.set_selected_record("exchange", seeded["exchange"].id)
    workspace.exchanges.delete(seeded["exchange"].id)
    workspace.exchanges.create(Exchange(title="Next"))
    window = make_window(workspace)
    page = window.pages["exchange"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the list is in, looked through
    assert window.exchange_page.record is None
    assert page.current_record() is None
