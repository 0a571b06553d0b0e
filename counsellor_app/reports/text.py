"""Stored text made safe to print: cleaned, escaped, split into font runs, right-to-left lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
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
# Longer paragraphs break their own lines (see LinedParagraph).
LONG_PARAGRAPH = 1500

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


@lru_cache(maxsize=65536)
def _advance(character: str, face: Face, size: float) -> float:
    return measure(character, face, size)


def _split_word(word: str, face: Face, size: float, widths: tuple[float, float]) -> list[str]:
    """A word too wide for a line, cut into pieces that fit (the first one ``widths[0]``)."""
    pieces: list[str] = []
    start = 0
    used = 0.0
    width = widths[0]
    for index, character in enumerate(word):
        advance = _advance(character, face, size)
        if used + advance > width and index > start:
            pieces.append(word[start:index])
            start, used, width = index, 0.0, widths[1]
        used += advance
    pieces.append(word[start:])
    return pieces


def break_lines(text: str, face: Face, size: float, widths: tuple[float, float]) -> list[str]:
    """Lines of one paragraph that fit ``widths`` (first line, other lines), in text order.

    Greedy, breaking at spaces and cutting words wider than a line, as ReportLab does, so
    that a Paragraph given one of these lines keeps it whole.
    """
    space = measure(" ", face, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for word in _SPACES.split(text):
        if not word:
            continue
        available = widths[1] if lines else widths[0]
        word_width = measure(word, face, size)
        needed = used + space + word_width if line else word_width
        if needed <= available:
            line.append(word)
            used = needed
            continue
        if line:
            lines.append(" ".join(line))
            line, used, available = [], 0.0, widths[1]
        if word_width <= available:
            line, used = [word], word_width
            continue
        pieces = _split_word(word, face, size, (available, widths[1]))
        lines.extend(pieces[:-1])
        line, used = [pieces[-1]], measure(pieces[-1], face, size)
    if line or not lines:
        lines.append(" ".join(line))
    return lines


def _visual_order(line: str, right_to_left: bool) -> str:
    """A line of shaped text in the order it is drawn, left to right."""
    display = get_display(line, base_dir="R" if right_to_left else "L")
    assert isinstance(display, str)
    # Points and harakat follow their letter, so that each is drawn over it.
    return _MARKS_BEFORE_BASE.sub(r"\2\1", display)


class LinedParagraph(Flowable):  # type: ignore[misc]
    """A paragraph that breaks its own lines: for right-to-left text and for very long text.

    Right-to-left text must be reordered line by line after line breaking, so the lines are
    made once the width is known, then shaped and reordered. A very long paragraph is
    broken once and split by whole lines, where ReportLab's Paragraph would break the rest
    again at every split. Each part draws as an ordinary Paragraph, one ``<br/>`` per line.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        right_to_left: bool | None = None,
        bidi: bool = False,
    ) -> None:
        super().__init__()
        self.style = style
        self.face = Face(style.fontName)
        self.bidi = bidi or is_right_to_left(text)
        if self.bidi:
            text = _reshaper.reshape(text)
            if right_to_left is None:
                right_to_left = get_base_level(text) == 1
        self.text = text
        self.right_to_left = bool(right_to_left)
        self.draw_style = style
        if style.alignment == TA_LEFT and self.right_to_left:
            self.draw_style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._lines: list[str] | None = None
        self._width: float | None = None
        self._continued = False

    def _lines_for(self, width: float) -> list[str]:
        """The lines as Paragraph markup, made for this width."""
        if self._lines is None or self._width != width:
            style = self.style
            # A hair narrower than ReportLab's, so that it never breaks one of these lines again.
            inner = width - style.leftIndent - style.rightIndent - 0.5
            first = inner if self._continued else inner - style.firstLineIndent
            lines = break_lines(self.text, self.face, style.fontSize, (first, inner))
            if self.bidi:
                lines = [_visual_order(line, self.right_to_left) for line in lines]
            self._lines = [markup(line, self.face) for line in lines]
            self._width = width
        return self._lines

    def _part(self, lines: list[str], width: float, *, continued: bool) -> LinedParagraph:
        # A fresh flowable: copying self would copy ReportLab's marks on it (_postponed).
        part = LinedParagraph.__new__(LinedParagraph)
        Flowable.__init__(part)
        part.style, part.face, part.bidi = self.style, self.face, self.bidi
        part.text, part.right_to_left, part.draw_style = (
            self.text,
            self.right_to_left,
            self.draw_style,
        )
        part._lines, part._width, part._continued = lines, width, continued
        if continued and self.style.firstLineIndent:
            part.draw_style = ParagraphStyle(
                f"{self.draw_style.name}-continued", parent=self.draw_style, firstLineIndent=0
            )
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._lines_for(availWidth)
        self.width, self.height = availWidth, len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines_for(availWidth)
        fits = int((availHeight + 1e-6) // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        return [
            self._part(lines[:fits], availWidth, continued=self._continued),
            self._part(lines[fits:], availWidth, continued=True),
        ]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        lines = self._lines_for(self.width)
        drawn = Paragraph("<br/>".join(lines), self.draw_style)
        drawn.wrap(self.width, self.height + self.style.leading)
        drawn.drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return 0.0 if self._continued else float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def _single(text: str, style: ParagraphStyle, right_to_left: bool | None) -> Flowable:
    if len(text) > LONG_PARAGRAPH or is_right_to_left(text):
        return LinedParagraph(text, style, right_to_left=right_to_left)
    return Paragraph(markup(text, Face(style.fontName)), style)


def paragraph(text: str, style: ParagraphStyle, *, left_to_right: bool = False) -> Flowable:
    """One paragraph of text in the style, newlines read as spaces.

    Its direction follows its first letter, unless ``left_to_right`` holds: for an English
    line that quotes stored text, such as an attribution.
    """
    text = clean(text).replace("\n", " ")
    return _single(text, style, False if left_to_right else None)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Stored text in the style, each line of it a paragraph, blank lines kept as space."""
    text = clean(text)
    flowables: list[Flowable] = []
    blank = 0.0
    for line in text.split("\n"):
        if not line.strip():
            blank += style.leading
            continue
        if blank and flowables:
            flowables.append(Spacer(1, blank))
        blank = 0.0
        flowables.append(_single(line, style, None))
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
