"""The Search section: results as you type, highlighted matches, filters, and Enter to open."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import Comparison, Exchange, Observation, Practice
from counsellor_app.services.search import SearchHit, Snippet
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.search.search_model import (
    HIGHLIGHTS_ROLE,
    ID_ROLE,
    KIND_ROLE,
    SNIPPET_COLUMN,
    SearchResultsModel,
)
from counsellor_app.ui.search.search_panel import SearchPanel

AWKWARD = ['"', "AND", "NEAR(", "C++", "20.04", "", "don't", "*", "<b>&amp;", "   ", "a OR"]


@pytest.fixture
def world(workspace: Workspace, seeded: dict[str, Any]) -> dict[str, Any]:
    """The seeded world with notes in French and Chinese, a comparison and a second exchange."""
    exchange = seeded["exchange"].id

    def note(text: str, speaker: str, kind: ObservationKind, day: int, **more: Any) -> Any:
        return workspace.observations.create(
            Observation(
                exchange=exchange,
                kind=kind,
                text=text,
                speaker=seeded[speaker].id,
                recorded_at=datetime(2024, 3, day, 10, tzinfo=UTC),
                **more,
            )
        )

    other = workspace.exchanges.create(Exchange(title="Study visit in The Hague"))
    return {
        **seeded,
        "confiance": note(
            "La confiance se construit en des mois, la confiance se perd en un jour.",
            "guillaume",
            ObservationKind.QUOTE,
            4,
            themes=(seeded["trust"].id,),
        ),
        "reintegration": note(
            "La réintégration commence avant le départ: confiance et information.",
            "isabelle",
            ObservationKind.LESSON,
            12,
            themes=(seeded["information"].id,),
        ),
        "chinese": note(
            "公安部出入境管理局的官员参观了比利时。", "isabelle", ObservationKind.OBSERVATION, 20
        ),
        "comparison": workspace.comparisons.create(
            Comparison(
                aspect="Who informs about voluntary return",
                exchange=exchange,
                practices=(
                    Practice(organisation=seeded["fedasil"].id, description="Counsellors inform."),
                ),
            )
        ),
        "other": other,
    }


def open_search(qtbot: Any, window: Any) -> SearchPanel:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.section == "search"
    panel = window.pages["search"]
    assert isinstance(panel, SearchPanel)
    return panel


def type_query(qtbot: Any, panel: SearchPanel, text: str) -> None:
    panel.query_edit.clear()
    if text.isascii():
        qtbot.keyClicks(panel.query_edit, text)
    else:
        panel.query_edit.insert(text)  # QTest aborts on keys beyond Latin-1, as an IME types
    settle(qtbot, panel)


def settle(qtbot: Any, panel: SearchPanel) -> None:
    qtbot.waitUntil(lambda: not panel.searching, timeout=5000)


def found(panel: SearchPanel) -> list[tuple[str, str]]:
    model = panel.model
    return [
        (model.index(row, 0).data(KIND_ROLE), model.index(row, 0).data(ID_ROLE))
        for row in range(model.rowCount())
    ]


def test_ctrl_f_searches_as_you_type_with_the_matches_highlighted(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    window = make_window(workspace)
    panel = open_search(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.query_edit)

    qtbot.keyClicks(panel.query_edit, "confiance")
    assert panel.searching  # debounced: nothing asked yet, or asked off the GUI thread
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    settle(qtbot, panel)

    # The note saying it twice ranks first.
    assert found(panel) == [
        ("observation", world["confiance"].id),
        ("observation", world["reintegration"].id),
    ]
    index = panel.model.index(0, SNIPPET_COLUMN)
    text = index.data()
    spans = index.data(HIGHLIGHTS_ROLE)
    assert [text[start:end].casefold() for start, end in spans] == ["confiance", "confiance"]
    assert "2" in panel.status_label.text()
    panel.table.grab()  # the delegate paints the highlighted snippets


def test_accents_and_parts_of_chinese_words_are_found(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    panel = open_search(qtbot, make_window(workspace))

    type_query(qtbot, panel, "reintegration")
    assert found(panel) == [("observation", world["reintegration"].id)]
    index = panel.model.index(0, SNIPPET_COLUMN)
    [(start, end)] = index.data(HIGHLIGHTS_ROLE)
    assert index.data()[start:end] == "réintégration"

    type_query(qtbot, panel, "出入境")
    assert found(panel) == [("observation", world["chinese"].id)]
    index = panel.model.index(0, SNIPPET_COLUMN)
    assert [index.data()[s:e] for s, e in index.data(HIGHLIGHTS_ROLE)] == ["出入境"]


def test_nothing_typed_raises(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    panel = open_search(qtbot, make_window(workspace))
    for text in AWKWARD:
        panel.query_edit.setText(text)
        panel.search_now()
        settle(qtbot, panel)
        assert "fail" not in panel.status_label.text().lower(), text
        assert not any(label.isVisible() for label in panel.filter_errors.values())
        panel.table.grab()
    panel.query_edit.setText("")
    settle(qtbot, panel)
    assert panel.model.rowCount() == 0


def test_a_newer_query_supersedes_an_older_one(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    panel = open_search(qtbot, make_window(workspace))
    panel.query_edit.setText("confiance")
    panel.search_now()
    panel.query_edit.setText("出入境")
    panel.search_now()
    settle(qtbot, panel)
    # The older search's answer, had it come later, would have been dropped (LatestRead).
    assert found(panel) == [("observation", world["chinese"].id)]


def test_filters_narrow_the_results(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    panel = open_search(qtbot, make_window(workspace))
    # The dates start empty (an empty date field once read as today).
    assert panel.since_field.value() is None and panel.until_field.value() is None
    type_query(qtbot, panel, "confiance")
    assert len(found(panel)) == 2

    panel.speaker_box.set_current_id(world["isabelle"].id)
    settle(qtbot, panel)
    assert found(panel) == [("observation", world["reintegration"].id)]
    panel.clear_filters()
    settle(qtbot, panel)
    assert len(found(panel)) == 2

    panel.theme_box.set_current_id(world["trust"].id)
    settle(qtbot, panel)
    assert found(panel) == [("observation", world["confiance"].id)]
    panel.clear_filters()

    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("lesson"))
    settle(qtbot, panel)
    assert found(panel) == [("observation", world["reintegration"].id)]
    panel.clear_filters()

    panel.until_field.set_value(date(2024, 3, 10))
    settle(qtbot, panel)
    assert found(panel) == [("observation", world["confiance"].id)]
    panel.clear_filters()

    panel.exchange_box.set_current_id(world["other"].id)
    settle(qtbot, panel)
    assert found(panel) == []
    panel.clear_filters()

    panel.organisation_box.set_current_id(world["ofii"].id)
    settle(qtbot, panel)
    assert found(panel) == [("observation", world["reintegration"].id)]


def test_a_bad_filter_says_so_next_to_it(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    panel = open_search(qtbot, make_window(workspace))
    type_query(qtbot, panel, "confiance")

    panel.since_field.set_value(date(2024, 3, 20))
    panel.until_field.set_value(date(2024, 3, 1))
    settle(qtbot, panel)
    assert panel.filter_errors["until"].isVisible()
    assert "before" in panel.filter_errors["until"].text()
    assert panel.model.rowCount() == 0
    panel.until_field.set_value(None)
    settle(qtbot, panel)
    assert not panel.filter_errors["until"].isVisible()

    panel.since_field.set_value(None)
    qtbot.keyClicks(panel.theme_box.text_edit, "Nothing like it")
    settle(qtbot, panel)
    assert panel.filter_errors["theme"].isVisible()
    assert "Nothing like it" in panel.filter_errors["theme"].text()
    assert panel.model.rowCount() == 0

    # Part of a name is enough, and is read without rewriting what is being typed.
    panel.theme_box.text_edit.clear()
    qtbot.keyClicks(panel.theme_box.text_edit, "tru")
    settle(qtbot, panel)
    assert panel.theme_box.currentText() == "tru"
    assert not panel.filter_errors["theme"].isVisible()
    assert found(panel) == [("observation", world["confiance"].id)]


@pytest.mark.parametrize(
    ("query", "kind", "key"),
    [
        ("confiance", "observation", "confiance"),
        ("voluntary", "comparison", "comparison"),
        ("Hague", "exchange", "other"),
        ("Isabelle", "person", "isabelle"),
        ("Fedasil", "organisation", "fedasil"),
    ],
)
def test_enter_opens_the_record_in_its_section(
    qtbot: Any,
    make_window: Any,
    workspace: Workspace,
    world: dict[str, Any],
    query: str,
    kind: str,
    key: str,
) -> None:
    window = make_window(workspace)
    panel = open_search(qtbot, window)
    type_query(qtbot, panel, query)
    wanted = world[key].id
    row = found(panel).index((kind, wanted))

    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.table
    panel.table.selectRow(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)

    assert window.section == kind
    page = window.pages[kind]
    qtbot.waitUntil(lambda: page.current_record() is not None, timeout=5000)
    assert page.current_record().id == wanted
    assert page.detail.record.id == wanted

    # Ctrl+F comes back to the same search.
    open_search(qtbot, window)
    assert panel.query_edit.text() == query


def test_ctrl_l_filters_the_list_shown(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    window = make_window(workspace)
    window.show_section("person")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.pages["person"].filter_edit
    assert "Ctrl+L" in window.pages["person"].filter_edit.placeholderText()


def test_search_results_model(qtmodeltester: Any) -> None:
    model = SearchResultsModel()
    model.set_hits(
        [
            SearchHit(
                "observation", "1", "La confiance", Snippet("La confiance", ((3, 12),), "text"), 2.0
            ),
            SearchHit("person", "2", "Isabelle", Snippet("Isabelle", ((0, 8),), "name"), 1.0),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, SNIPPET_COLUMN).data(HIGHLIGHTS_ROLE) == [(3, 12)]
    assert model.index(1, 0).data(KIND_ROLE) == "person"
    model.set_hits([])
    qtmodeltester.check(model)


def marked_columns(image: Any, left: int, right: int) -> list[int]:
    """The columns of ``image`` between ``left`` and ``right`` where the marker colour shows."""
    from counsellor_app.ui.search.search_model import HIGHLIGHT_BACKGROUND

    marker = HIGHLIGHT_BACKGROUND.rgb()
    return [
        x
        for x in range(left, right)
        if any(image.pixel(x, y) == marker for y in range(0, image.height(), 2))
    ]


def test_a_snippet_repainted_keeps_its_marks_without_being_laid_out_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QTableView

    from counsellor_app.ui.search.search_model import SnippetDelegate

    laid_out: list[str] = []
    real = SnippetDelegate._make_layout

    def counted(text: str, spans: Any, font: Any) -> Any:
        laid_out.append(text)
        return real(text, spans, font)

    monkeypatch.setattr(SnippetDelegate, "_make_layout", staticmethod(counted))
    long = "La confiance se construit en des mois, " * 6 + "la confiance se perd en un jour."
    model = SearchResultsModel()
    model.set_hits(
        [
            SearchHit("observation", "1", "Long", Snippet(long, ((3, 12),), "text"), 2.0),
            SearchHit(
                "observation", "2", "RTL", Snippet("قال إن الثقة تبنى", ((7, 12),), "text"), 1.0
            ),
            SearchHit(
                "observation", "3", "中文", Snippet("公安部出入境管理局", ((3, 6),), "text"), 1.0
            ),
        ]
    )
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(table))
    table.resize(700, 200)
    table.show()
    qtbot.waitExposed(table)
    first = table.grab().toImage()
    assert laid_out  # the long one twice: whole, then cut with an ellipsis
    assert any(text.endswith("…") for text in laid_out)
    count = len(laid_out)
    # Repainted (a row selected and back, the window uncovered): the same picture, from the
    # layouts kept.
    table.selectRow(1)
    table.clearSelection()
    again = table.grab().toImage()
    assert len(laid_out) == count
    assert again == first
    x = table.columnViewportPosition(SNIPPET_COLUMN) + table.verticalHeader().width()
    assert marked_columns(again, x, again.width())
    # Narrower, the long snippet is cut elsewhere: laid out again, still marked.
    table.setColumnWidth(SNIPPET_COLUMN, 200)
    table.horizontalHeader().setStretchLastSection(False)
    narrower = table.grab().toImage()
    assert len(laid_out) > count
    assert marked_columns(narrower, x, x + 200)


def test_a_bad_filter_is_told_in_the_language_in_use(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    from counsellor_app.ui.common.language import install_language

    install_language("fr")
    panel = open_search(qtbot, make_window(workspace))
    type_query(qtbot, panel, "confiance")
    panel.since_field.set_value(date(2024, 3, 20))
    panel.until_field.set_value(date(2024, 3, 1))
    settle(qtbot, panel)
    assert panel.filter_errors["until"].text() == (
        "la date de fin 2024-03-01 est antérieure à la date de début 2024-03-20"
    )


def test_enter_in_the_box_opens_the_best_result(
    qtbot: Any, make_window: Any, workspace: Workspace, world: dict[str, Any]
) -> None:
    window = make_window(workspace)
    panel = open_search(qtbot, window)
    panel.query_edit.setFocus()
    qtbot.keyClicks(panel.query_edit, "Isabelle")
    # Typed and Enter at once: it opens once the search has answered.
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.section != "search", timeout=5000)
    assert window.section == found(panel)[0][0]
