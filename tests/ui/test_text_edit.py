"""Long texts: what is pasted from a web page or a mail (HTML only) arrives as plain text,
and the box grows with its text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication, QKeySequence

from counsellor_app.ui.common.text_edit import MOST_LINES, LongTextEdit


def test_a_clipboard_with_only_html_pastes_its_text(qtbot):
    edit = LongTextEdit(None, 3)
    qtbot.addWidget(edit)
    edit.show()
    data = QMimeData()
    data.setHtml(
        "<html><body><p>They <b>depend</b> on the state.</p><p>Second&nbsp;line</p></body></html>"
    )
    assert not data.hasText()
    clipboard = QGuiApplication.clipboard()
    clipboard.setMimeData(data)
    try:
        edit.setFocus()
        qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)
        assert edit.toPlainText() == "They depend on the state.\nSecond line"
    finally:
        # The clipboard owns the data: emptied here, while the application is alive.
        clipboard.clear()


def test_plain_text_pastes_as_it_is(qtbot):
    edit = LongTextEdit(None, 3)
    qtbot.addWidget(edit)
    data = QMimeData()
    data.setText("plain")
    data.setHtml("<b>rich</b>")
    edit.insertFromMimeData(data)
    assert edit.toPlainText() == "plain"


def test_the_box_grows_with_its_text_up_to_a_limit(qtbot):
    edit = LongTextEdit(None, 3)
    qtbot.addWidget(edit)
    edit.resize(300, edit.height())
    edit.show()
    start = edit.height()
    assert edit.lines_shown() == 3
    edit.setPlainText("\n".join(f"line {n}" for n in range(8)))
    qtbot.waitUntil(lambda: edit.lines_shown() == 8)
    assert edit.height() > start
    edit.setPlainText("\n".join(f"line {n}" for n in range(40)))
    qtbot.waitUntil(lambda: edit.lines_shown() == MOST_LINES)
    edit.clear()
    qtbot.waitUntil(lambda: edit.height() == start)
