"""Problems with what a user typed are said in the window's language, next to their field."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from types import ModuleType

import pytest
from PySide6.QtCore import Qt

from counsellor_app.domain import field_types, json_values, validation
from counsellor_app.domain.errors import Problem, ValidationError
from counsellor_app.services import decoding, import_checks, interchange, records
from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.language import install_language
from counsellor_app.ui.common.problem_text import (
    KNOWN_CODES,
    error_text,
    file_problem_line,
    problem_line,
    problem_sentence,
)
from counsellor_app.ui.comparisons.comparison_editor import ComparisonEditor
from counsellor_app.ui.shell.problems_dialog import ProblemsDialog
from tests.ui.conftest import saving


def codes_made_in(module: ModuleType) -> set[str]:
    """The codes a module (or every module of a package) gives its problems: every literal
    ``code=`` of a call in it."""
    modules = [module]
    if hasattr(module, "__path__"):
        modules += [
            importlib.import_module(f"{module.__name__}.{info.name}")
            for info in pkgutil.iter_modules(module.__path__)
        ]
    return {
        keyword.value.value
        for each in modules
        for node in ast.walk(ast.parse(inspect.getsource(each)))
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "code"
        and isinstance(keyword.value, ast.Constant)
        and isinstance(keyword.value.value, str)
    }


# What only the reader of a file can find wrong with a field's value: text that is not a date
# or a timestamp (a form's date field always holds one). Said with the place in the file.
READING_ONLY = {"not-date", "not-timestamp", "no-offset"}


def test_every_code_the_domain_and_services_make_has_a_sentence(qapp):
    assert codes_made_in(field_types) >= READING_ONLY
    made = (
        codes_made_in(validation)
        | (codes_made_in(field_types) - READING_ONLY)
        | codes_made_in(records)
    )
    # The scan really finds the rules (it would pass vacuously on an empty set).
    assert {"required", "too-long", "not-one-of", "end-before-start", "name-taken"} <= made
    assert made - KNOWN_CODES == set()
    for code in sorted(made):
        problem = Problem("name", "ENGLISH MESSAGE", code, ("7", "8", "9"))
        sentence = problem_sentence("Name", problem)
        assert "ENGLISH MESSAGE" not in sentence, code
        assert "Name" in sentence and "%" not in sentence, (code, sentence)


def test_a_problem_without_a_known_code_is_said_as_the_domain_wrote_it(qapp):
    install_language("fr")
    assert problem_sentence("Nom", Problem("name", "is odd")) == "Nom is odd"
    assert problem_sentence("Nom", Problem("name", "is odd", "no-such-code", ("x",))) == (
        "Nom is odd"
    )
    # A sentence missing its values falls back rather than fail.
    assert problem_sentence("Nom", Problem("name", "is long", "too-long")) == "Nom is long"
    assert problem_line(Problem("id", "cannot store: disk I/O")) == "id: cannot store: disk I/O"


def test_english_sentences_read_as_before(qapp):
    assert problem_sentence("Text", Problem("text", "is required", "required")) == (
        "Text is required"
    )
    long = Problem("name", "x", "too-long", ("12345", "300"))
    assert problem_sentence("Name", long) == "Name is 12,345 characters long; the limit is 300"


def test_numbers_follow_the_language_and_values_are_never_read_as_placeholders(qapp):
    install_language("nl")
    long = Problem("name", "x", "too-long", ("12345", "300"))
    assert problem_sentence("Naam", long) == "Naam telt 12.345 tekens; het maximum is 300"
    country = Problem("country", "x", "country", ("%2",))
    assert problem_sentence("Land", country) == (
        "Land: ‘%2’ is geen landcode van twee letters, zoals BE of FR"
    )


def test_a_refused_record_is_told_in_the_language_in_use(qapp):
    install_language("fr")
    error = ValidationError([Problem("name", "is required", "required"), Problem("x", "odd")])
    assert error_text(error) == "Le champ « Nom » est obligatoire\nx: odd"
    assert error_text(ValueError("plain")) == "plain"


def new_observation(window, qtbot, exchange):
    window.show_section("observation")
    page = window.pages["observation"]
    page.new_record()
    form = page.detail.form
    box = form.editors["exchange"].widget
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), exchange)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)
    return page, form


def test_an_empty_text_is_refused_in_french_next_to_the_field(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    install_language("fr")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    page, form = new_observation(window, qtbot, "French")
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    assert form.errors["text"].isVisible()
    assert form.errors["text"].text() == "Le champ « Texte » est obligatoire"
    assert not form.errors["exchange"].isVisible()
    assert workspace.observations.count() == 0


def test_a_text_too_long_is_refused_in_dutch_next_to_the_field(
    qtbot, workspace, seeded, make_window
):
    window = make_window(workspace)
    install_language("nl")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() != "&File")
    page, form = new_observation(window, qtbot, "French")
    form.editors["text"].widget.setPlainText("x" * 100_001)
    with saving(qtbot, page.detail) as saved:
        page.detail.save()
    assert not saved.args[0]
    assert form.errors["text"].isVisible()
    assert form.errors["text"].text() == "Tekst telt 100.001 tekens; het maximum is 100.000"
    assert workspace.observations.count() == 0


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "Le champ « Description » est obligatoire"),
        ("nl", "Beschrijving is verplicht"),
    ],
)
def test_a_practice_problem_is_said_under_its_column_in_the_language(
    qtbot, workspace, seeded, code, expected
):
    install_language(code)
    editor = ComparisonEditor(workspace, ChoiceSource(workspace))
    qtbot.addWidget(editor)
    editor.show()
    editor.new({"exchange": seeded["exchange"].id})
    editor.form.editors["aspect"].widget.setText("Who informs")
    editor.form.organisation_box.set_current_id(seeded["fedasil"].id)
    qtbot.mouseClick(editor.form.add_column_button, Qt.MouseButton.LeftButton)
    with saving(qtbot, editor) as saved:
        editor.save()
    assert not saved.args[0]
    [column] = editor.form.columns
    assert column.errors["description"].isVisible()
    assert column.errors["description"].text() == expected


def test_the_editor_status_has_a_line_of_its_own_in_french(qtbot, workspace, seeded, make_window):
    # Beside the three buttons (wider in French) a narrow pane left it a word per line.
    window = make_window(workspace)
    window.resize(1250, 800)
    install_language("fr")
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&Fichier")
    page, _form = new_observation(window, qtbot, "French")
    with saving(qtbot, page.detail):
        page.detail.save()
    status = page.detail.status_label
    qtbot.waitUntil(status.isVisible)
    assert status.text() == "Non enregistré : voyez les messages en rouge."
    assert status.height() < 2 * status.fontMetrics().height()
    assert status.width() > page.detail.save_button.width() * 2


def test_every_code_a_file_can_have_has_a_sentence(qapp):
    made = (
        codes_made_in(decoding)
        | codes_made_in(json_values)
        | codes_made_in(field_types)
        | codes_made_in(interchange)
        | codes_made_in(import_checks)
    )
    assert {"wrong-type", "unknown-field", "newer-version", "duplicate-id", "bad-json"} <= made
    assert made - KNOWN_CODES == set()
    for code in sorted(made):
        problem = Problem("observations[3].text", "ENGLISH MESSAGE", code, ("7", "8", "9"))
        line = file_problem_line(problem)
        assert line.startswith("observations[3].text: "), code
        assert "ENGLISH MESSAGE" not in line and "%" not in line, (code, line)


def test_a_file_problem_in_english_reads_as_its_message(qapp):
    problems = [
        json_values.wrong_type("text", 12, "observations[0].text"),
        json_values.unknown_field("observations[0].mood"),
        Problem("version", "x", code="newer-version", args=("3", "1")),
    ]
    assert [file_problem_line(p) for p in problems] == [
        "observations[0].text: expected text, found a number",
        "observations[0].mood: this format has no such field",
        "version: this file is format version 3, newer than this program reads (version 1); "
        "update Exchange Notes to import it",
    ]


def test_a_refused_file_is_listed_in_french_with_its_places(qtbot, workspace, seeded):
    install_language("fr")
    document = {
        "format": FORMAT,
        "version": VERSION,
        "observations": [
            {
                "id": "8c5b6f2e-1111-4111-8111-111111111111",
                "exchange": seeded["exchange"].id,
                "kind": "gossip",
                "text": 12,
                "mood": "good",
            },
            {
                "id": "8c5b6f2e-2222-4222-8222-222222222222",
                "exchange": seeded["exchange"].id,
                "kind": "quote",
                "text": "Ça va",
                "recorded_at": "2016-09-31T10:00:00",
            },
        ],
    }
    with pytest.raises(ValidationError) as caught:
        import_document(workspace, document)
    dialog = ProblemsDialog(caught.value.problems, "partenaire.json")
    qtbot.addWidget(dialog)
    lines = dialog.text_view.toPlainText().splitlines()
    nbsp = " "  # the French no-break spaces, which a QPlainTextEdit gives back as spaces
    assert lines[0] == "observations[0].mood: ce champ n’existe pas dans ce format"
    assert lines[1].startswith("observations[0].kind: Type")
    assert "gossip" in lines[1] and "ne fait pas partie des valeurs possibles" in lines[1]
    assert (
        lines[2] == f"observations[0].text: attendu{nbsp}: du texte{nbsp}; trouvé{nbsp}: un nombre"
    )
    assert lines[3] == (
        f"observations[1].recorded_at: «{nbsp}2016-09-31T10:00:00{nbsp}» n’est pas une date et "
        "heure comme 2016-09-28T15:00:00+02:00"
    )
    assert len(lines) == 4
