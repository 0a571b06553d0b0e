"""Stored text made safe to print: cleaned, escaped, split into font runs, right-to-left lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import arabic_reshaper
from bidi.algorithm import get_base_level, get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from counsellor_app.reports.fonts import (
    FALLBACK_CHAIN,
    Face,
    coverage,
    missing_from,
    undrawable,
)

REPLACEMENT = "\ufffd"

_LINE_SEPARATORS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Hebrew points and Arabic harakat: drawn over the letter before them in logical order.
_RTL_MARKS = (
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
)
_MARKS_BEFORE_BASE = re.compile(f"([{_RTL_MARKS}]+)([^{_RTL_MARKS}])")
_SPACES = re.compile(r"[ \t]+")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Invisible characters no font draws are dropped rather than shown as a replacement mark.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Zl", "Zp"})

_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _replace_undrawable(match: re.Match[str]) -> str:
    character = match.group()
    if unicodedata.category(character) in _INVISIBLE_CATEGORIES:
        return ""
    return REPLACEMENT


def clean(text: str) -> str:
    """The text with newlines unified and characters no font can draw dropped or replaced."""
    text = _LINE_SEPARATORS.sub("\n", text)
    if undrawable().search(text):
        text = undrawable().sub(_replace_undrawable, text)
    return text


def escape(text: str) -> str:
    """Text that Paragraph markup prints as typed."""
    return text.translate(_ESCAPES)


def runs(text: str, face: Face) -> Iterator[tuple[Face, str]]:
    """Consecutive pieces of cleaned text, each with the face that draws it."""
    gaps = missing_from(face)
    if not gaps.search(text):
        yield face, text
        return
    chain = FALLBACK_CHAIN[face]
    covered = [coverage(f) for f in chain]
    position = 0
    for gap in gaps.finditer(text):
        if gap.start() > position:
            yield face, text[position : gap.start()]
        current: Face | None = None
        piece: list[str] = []
        for character in gap.group():
            point = ord(character)
            chosen = next((f for f, c in zip(chain, covered, strict=True) if point in c), face)
            if chosen is not current and piece:
                assert current is not None
                yield current, "".join(piece)
                piece = []
            current = chosen
            piece.append(character)
        if piece and current is not None:
            yield current, "".join(piece)
        position = gap.end()
    if position < len(text):
        yield face, text[position:]


def markup(text: str, face: Face, base: Face | None = None) -> str:
    """Paragraph markup for cleaned text: escaped, with a font switch where ``face`` lacks a glyph.

    ``base`` is the paragraph style's face; runs in it need no switch.
    """
    base = face if base is None else base
    parts: list[str] = []
    for run_face, piece in runs(text, face):
        if run_face is base:
            parts.append(escape(piece))
        else:
            parts.append(f'<font name="{run_face.value}">{escape(piece)}</font>')
    return "".join(parts)


def measure(text: str, face: Face, size: float) -> float:
    """Width in points of cleaned text as the runs draw it."""
    return float(sum(stringWidth(piece, f.value, size) for f, piece in runs(text, face)))


def is_right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def _split_word(word: str, face: Face, size: float, width: float) -> list[str]:
    """A word too wide for a line, cut into pieces that fit."""
    pieces: list[str] = []
    start = 0
    used = 0.0
    for index, character in enumerate(word):
        advance = measure(character, face, size)
        if used + advance > width and index > start:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += advance
    pieces.append(word[start:])
    return pieces


def break_lines(text: str, face: Face, size: float, widths: tuple[float, float]) -> list[str]:
    """Logical-order lines of one paragraph that fit ``widths`` (first line, other lines)."""
    words = [w for w in _SPACES.split(text) if w]
    space = measure(" ", face, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in words:
        available = widths[0] if not lines else widths[1]
        word_width = measure(word, face, size)
        needed = word_width if not line else used + space + word_width
        if needed <= available:
            line.append(word)
            used = needed
            continue
        if line:
            lines.append(" ".join(line))
            line, used = [], 0.0
            available = widths[1]
        if word_width <= available:
            line, used = [word], word_width
            continue
        pieces = _split_word(word, face, size, available)
        lines.extend(pieces[:-1])
        line, used = [pieces[-1]], measure(pieces[-1], face, size)
    if line or not lines:
        lines.append(" ".join(line))
    return lines


def visual_order(line: str, right_to_left: bool) -> str:
    """A logical-order line shaped and reordered as it is drawn, left to right."""
    shaped = _reshaper.reshape(line)
    display = get_display(shaped, base_dir="R" if right_to_left else "L")
    assert isinstance(display, str)
    return _MARKS_BEFORE_BASE.sub(r"\2\1", display)


class BidiParagraph(Flowable):  # type: ignore[misc]
    """A paragraph holding right-to-left text: broken into lines first, then each line reordered.

    Reordering must follow line breaking, so the lines are made when the available width is
    known and handed to an ordinary Paragraph, one line per ``<br/>``.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, *, right_to_left: bool | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.face = Face(style.fontName)
        if right_to_left is None:
            right_to_left = get_base_level(text) == 1
        self.right_to_left = right_to_left
        alignment = style.alignment
        if alignment == TA_LEFT and right_to_left:
            alignment = TA_RIGHT
        self._style = ParagraphStyle(f"{style.name}-bidi", parent=style, alignment=alignment)
        self._width: float | None = None
        self._paragraph: Paragraph | None = None

    def _paragraph_for(self, width: float) -> Paragraph:
        if self._paragraph is None or self._width != width:
            style = self.style
            # A hair narrower than the paragraph, so that ReportLab never re-breaks a line.
            inner = width - style.leftIndent - style.rightIndent - 0.5
            lines = break_lines(
                self.text,
                self.face,
                style.fontSize,
                (inner - style.firstLineIndent, inner),
            )
            text = "<br/>".join(
                markup(visual_order(line, self.right_to_left), self.face) for line in lines
            )
            self._paragraph = Paragraph(text, self._style)
            self._width = width
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._paragraph_for(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = self._paragraph_for(availWidth).split(availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._paragraph is not None
        self._paragraph.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def paragraph(text: str, style: ParagraphStyle, *, left_to_right: bool = False) -> Flowable:
    """One paragraph of text in the style, newlines read as spaces.

    Its direction follows its first letter, unless ``left_to_right`` holds: for an English
    line that quotes stored text, such as an attribution.
    """
    text = clean(text).replace("\n", " ")
    if is_right_to_left(text):
        return BidiParagraph(text, style, right_to_left=False if left_to_right else None)
    return Paragraph(markup(text, Face(style.fontName)), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Stored text in the style, each line of it a paragraph, blank lines kept as space."""
    face = Face(style.fontName)
    text = clean(text)
    if "\n" not in text and not is_right_to_left(text):
        return [Paragraph(markup(text, face), style)]
    flowables: list[Flowable] = []
    blank = 0.0
    for line in text.split("\n"):
        if not line.strip():
            blank += style.leading
            continue
        if blank and flowables:
            flowables.append(Spacer(1, blank))
        blank = 0.0
        if is_right_to_left(line):
            flowables.append(BidiParagraph(line, style))
        else:
            flowables.append(Paragraph(markup(line, face), style))
    if not flowables:
        flowables.append(Paragraph("", style))
    return flowables


def fit_line(text: str, face: Face, size: float, width: float) -> str:
    """Cleaned text on one line: cut short with an ellipsis where it is too wide."""
    text = _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()
    if measure(text, face, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…", face, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
