"""The exchange page shows its overview first and builds its tabs a turn of the event loop
at a time, so that opening the window never holds the GUI thread for the whole page."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from counsellor_app.domain.records import Exchange, Observation
from counsellor_app.ui.common.choices import SCOPED_KINDS, ChoiceSource
from counsellor_app.ui.exchanges.exchange_page import TABS
from counsellor_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_loaded


def attached(qtbot, workspace, isolated_settings) -> MainWindow:
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach_workspace(workspace, "test database")
    return window


def test_the_tabs_are_built_after_the_overview_one_per_turn(
    qtbot, workspace, seeded, isolated_settings
):
    window = attached(qtbot, workspace, isolated_settings)
    page = window.exchange_page
    assert page is not None
    # Straight after the window attached the database: the overview only.
    assert page.overview is not None and not page._pages
    assert page.tabs.count() == 1 + len(TABS)
    built: list[int] = []
    page.tabs_built.connect(lambda: built.append(len(page._pages)))
    qtbot.waitUntil(lambda: page.tabs_ready)
    assert built == [len(TABS)]
    assert list(page._pages) == list(TABS)
    assert page.capture is not None
    for kind in TABS:
        wait_loaded(qtbot, page._pages[kind].model)


def test_an_exchange_shown_before_the_tabs_are_built_scopes_every_tab(
    qtbot, workspace, seeded, isolated_settings
):
    other = workspace.exchanges.create(Exchange(title="Chinese delegation"))
    workspace.observations.create(
        Observation(exchange=seeded["exchange"].id, kind="quote", text="Ours")
    )
    workspace.observations.create(Observation(exchange=other.id, kind="quote", text="Theirs"))
    window = attached(qtbot, workspace, isolated_settings)
    page = window.exchange_page
    page._build_next_tab()  # the visits' form, then their list: before the exchange is shown
    assert not page._pages
    page._build_next_tab()
    assert list(page._pages) == ["visit"]
    page.load(seeded["exchange"])
    assert page._pages["visit"].model._where == (("exchange", seeded["exchange"].id),)
    qtbot.waitUntil(lambda: page.tabs_ready)  # the others, in the turns still to come
    for kind, tab in page._pages.items():
        assert tab.model._where == (("exchange", seeded["exchange"].id),), kind
        assert tab.defaults == {"exchange": seeded["exchange"].id}, kind
    observations = page._pages["observation"].model
    wait_loaded(qtbot, observations)
    assert [observations.record_at(r).text for r in range(observations.rowCount())] == ["Ours"]


def test_an_exchange_s_visits_are_read_off_the_gui_thread(
    qtbot, workspace, seeded, isolated_settings, monkeypatch
):
    other = workspace.exchanges.create(Exchange(title="Chinese delegation"))
    window = attached(qtbot, workspace, isolated_settings)
    page = window.exchange_page
    tabs = page.pages  # every tab and its form built
    reads: list[tuple[str, str | None, bool]] = []
    real = ChoiceSource._read

    def recording(self, kind, exchange):
        on_gui = threading.current_thread() is threading.main_thread()
        reads.append((kind, exchange, on_gui))
        return real(self, kind, exchange)

    monkeypatch.setattr(ChoiceSource, "_read", recording)
    for exchange in (other, seeded["exchange"]):
        page.load(exchange)
        # The forms are emptied in the turn their lists to choose from arrive.
        qtbot.waitUntil(lambda exchange=exchange: window.choices.is_read("visit", exchange.id))
        assert tabs["observation"].detail.record is None
    scoped = [(kind, exchange) for kind, exchange, _on_gui in reads if kind in SCOPED_KINDS]
    assert ("visit", seeded["exchange"].id) in scoped
    assert not [read for read in reads if read[2] and read[0] in SCOPED_KINDS]


def test_the_tabs_asked_for_are_built_at_once(qtbot, workspace, seeded, isolated_settings):
    window = attached(qtbot, workspace, isolated_settings)
    page = window.exchange_page
    assert set(page.pages) == set(TABS)  # no waiting for the event loop
    assert page.tabs_ready


def test_use_as_evidence_works_in_the_exchange_observations_tab(
    qtbot, workspace, seeded, isolated_settings
):
    # The window connects the tab's "Use as evidence for…" once the tabs are built.
    window = attached(qtbot, workspace, isolated_settings)
    page = window.exchange_page
    qtbot.waitUntil(lambda: page.tabs_ready)
    observations = page._pages["observation"]
    assert any(
        action.objectName() == "use_as_evidence_action" for action in observations.table.actions()
    )


def test_the_exchange_report_buttons_work_only_with_an_exchange_shown(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    pdf, printing = window.reports.exchange_pdf_action, window.reports.exchange_print_action
    assert window.exchange_page.record is None  # "New exchange" at first
    assert not pdf.isEnabled() and not printing.isEnabled()
    window.pages["exchange"].select_record(seeded["exchange"].id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)
    assert pdf.isEnabled() and printing.isEnabled()
    assert window.show_section("person")
    assert not pdf.isEnabled()
    assert window.show_section("exchange")
    assert pdf.isEnabled()
    window.exchange_page.new()
    assert not pdf.isEnabled()


def timers_due_after(qtbot, ms):
    """Lets the event loop run until a timer started now for ``ms`` has fired: every timer
    due before it has fired too."""
    fired: list[bool] = []
    QTimer.singleShot(ms, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=ms + 5000)


def test_a_page_dropped_before_its_tabs_are_built_builds_nothing(
    qtbot, workspace, seeded, isolated_settings, capsys, monkeypatch
):
    # "Open another database…" drops the pages; the turns already asked for must not run.
    from counsellor_app.ui.common.choices import ChoiceSource
    from counsellor_app.ui.exchanges.exchange_page import ExchangePage

    monkeypatch.setattr("counsellor_app.ui.exchanges.exchange_page.TABS_UNSEEN_AFTER_MS", 20)
    built: list[str] = []
    build = ExchangePage._build_next_tab

    def counted(page):
        built.append(page.objectName())
        build(page)

    monkeypatch.setattr(ExchangePage, "_build_next_tab", counted)
    choices = ChoiceSource(workspace)
    dropped = ExchangePage(workspace, choices, isolated_settings)
    dropped.setObjectName("dropped")
    kept = ExchangePage(workspace, choices, isolated_settings)  # the same timers, not dropped
    qtbot.addWidget(kept)
    dropped.deleteLater()
    # The kept page's timer, due with the dropped one's, has fired and built its tabs.
    qtbot.waitUntil(lambda: kept.tabs_ready)
    timers_due_after(qtbot, 50)
    assert built and "dropped" not in built
    assert "Traceback" not in capsys.readouterr().err


def test_the_tabs_wait_until_the_overview_has_been_painted(
    qtbot, workspace, seeded, isolated_settings, monkeypatch
):
    """The window's first paint of the page is not held up by the tabs: they come after."""
    monkeypatch.setattr("counsellor_app.ui.exchanges.exchange_page.TABS_UNSEEN_AFTER_MS", 60_000)
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.attach_workspace(workspace, "test database")  # not shown yet: nothing painted
    page = window.exchange_page
    timers_due_after(qtbot, 100)
    assert not page._pages
    window.show()
    qtbot.waitUntil(lambda: page.tabs_ready)


def test_a_page_never_painted_builds_its_tabs_all_the_same(
    qtbot, workspace, seeded, isolated_settings, monkeypatch
):
    monkeypatch.setattr("counsellor_app.ui.exchanges.exchange_page.TABS_UNSEEN_AFTER_MS", 50)
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.attach_workspace(workspace, "test database")
    page = window.exchange_page
    qtbot.waitUntil(lambda: page.tabs_ready)
    assert not page.isVisible()


def test_the_list_gives_its_room_to_the_form_being_edited(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    window.resize(1366, 768)
    page = window.pages["exchange"]
    page.select_record(seeded["exchange"].id)
    qtbot.waitUntil(lambda: window.exchange_page.record is not None)
    exchange_page = window.exchange_page
    exchange_page.tabs.setCurrentIndex(exchange_page.tabs.count() - 1)  # a tab with a list
    tab = list(exchange_page.pages.values())[-1]
    tab.new_record()
    detail = tab.detail
    qtbot.waitUntil(lambda: tab.isVisible() and sum(tab.splitter.sizes()) > 300)
    before = tab.splitter.sizes()
    first = next(iter(detail.form.editors.values()))
    first.widget.setFocus()
    qtbot.keyClicks(first.widget, "Something")
    assert detail.is_dirty()
    during = tab.splitter.sizes()
    assert during[1] > before[1] and during[0] <= tab.compact_list_height()
    detail.revert()
    assert tab.splitter.sizes() == before


def test_the_window_answers_after_its_first_paint_while_the_tabs_get_ready_off_it(
    qtbot, workspace, seeded, isolated_settings, monkeypatch
):
    """Between the window's first paint and the tabs, the modules and the lists of names the
    tabs need are made ready on the reading thread: the window answers meanwhile, however
    long that takes, and builds nothing until it is done."""
    from counsellor_app.ui.exchanges import exchange_page

    release = threading.Event()
    prepared: list[bool] = []
    real = exchange_page.prepare_tabs

    def held(display: str) -> None:
        prepared.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        real(display)

    monkeypatch.setattr(exchange_page, "prepare_tabs", held)
    monkeypatch.setattr(exchange_page, "TABS_UNSEEN_AFTER_MS", 60_000)
    window = MainWindow(isolated_settings)
    qtbot.addWidget(window)
    window.attach_workspace(workspace, "test database")
    page = window.exchange_page
    window.show()
    qtbot.waitUntil(lambda: bool(prepared))  # painted: the tabs are being made ready
    # Events posted now are answered, one turn after the other, and none builds a tab.
    answered: list[bool] = []

    def answer() -> None:
        answered.append(not page._pages and page._next_detail is None)
        if len(answered) < 5:
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)
    qtbot.waitUntil(lambda: len(answered) == 5)
    assert answered == [True] * 5
    assert prepared == [False]
    release.set()
    qtbot.waitUntil(lambda: page.tabs_ready)
