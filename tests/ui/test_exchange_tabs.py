"""The exchange page shows its overview first and builds its tabs a turn of the event loop
at a time, so that opening the window never holds the GUI thread for the whole page."""

from __future__ import annotations

from counsellor_app.domain.records import Exchange, Observation
from counsellor_app.ui.exchange_page import TABS
from counsellor_app.ui.main_window import MainWindow
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
    page._build_next_tab()  # the visits: built before the exchange is shown
    assert list(page._pages) == ["visit"]
    page.load(seeded["exchange"])
    assert page.tabs_ready
    for kind, tab in page._pages.items():
        assert tab.model._where == (("exchange", seeded["exchange"].id),), kind
        assert tab.defaults == {"exchange": seeded["exchange"].id}, kind
    observations = page._pages["observation"].model
    wait_loaded(qtbot, observations)
    assert [observations.record_at(r).text for r in range(observations.rowCount())] == ["Ours"]


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
