"""Stored text made ready to draw: cleaned, in font runs, broken into lines, right-to-left
lines shaped and reordered."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi.algorithm import get_base_level, get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

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
_SPACES = re.compile(r"[ \t]+")
# Invisible characters no font draws are dropped rather than shown as a replacement mark.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Zl", "Zp"})


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


def measure(text: str, face: Face, size: float) -> float:
    """Width in points of cleaned text as the runs draw it."""
    return float(sum(stringWidth(piece, f.value, size) for f, piece in runs(text, face)))


def has_fallback_runs(text: str, face: Face) -> bool:
    """Whether some character of the text needs a face other than ``face``."""
    return missing_from(face).search(text) is not None


def is_right_to_left(text: str) -> bool:
    """Whether the text holds a right-to-left letter (Hebrew, Arabic and others)."""
    return _RIGHT_TO_LEFT.search(text) is not None


@lru_cache(maxsize=200_000)
def _width(piece: str, face: Face, size: float) -> float:
    """Width of a word or character; words recur, so this is worth remembering."""
    return measure(piece, face, size)


# Ideographs, kana and hangul may break anywhere; punctuation stays with what it follows.
_CJK = "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef"
_CJK_TOKENS = re.compile(f"[{_CJK}][{_CJK_PUNCTUATION}]*|[^{_CJK}]+")
_HAS_CJK = re.compile(f"[{_CJK}]")


def _tokens(text: str) -> Iterator[tuple[str, bool]]:
    """Pieces a line may break between, each with whether a space comes before it."""
    if not _HAS_CJK.search(text):
        yield from ((word, True) for word in _SPACES.split(text) if word)
        return
    for word in _SPACES.split(text):
        if not word:
            continue
        if not _HAS_CJK.search(word):
            yield word, True
            continue
        for index, piece in enumerate(_CJK_TOKENS.findall(word)):
            yield piece, index == 0


def _split_word(word: str, face: Face, size: float, widths: tuple[float, float]) -> list[str]:
    """A word too wide for a line, cut into pieces that fit (the first one ``widths[0]``)."""
    pieces: list[str] = []
    start = 0
    used = 0.0
    width = widths[0]
    for index, character in enumerate(word):
        advance = _width(character, face, size)
        if used + advance > width and index > start:
            pieces.append(word[start:index])
            start, used, width = index, 0.0, widths[1]
        used += advance
    pieces.append(word[start:])
    return pieces


def break_lines(text: str, face: Face, size: float, widths: tuple[float, float]) -> list[str]:
    """Lines of one paragraph that fit ``widths`` (first line, other lines), in text order.

    Greedy: breaks at spaces and between ideographs, and cuts a word wider than a line.
    """
    text = _SPACES.sub(" ", text).strip(" ")
    # Most texts drawn are short: a title, a name, a date. No line holds 200 characters.
    if len(text) < 200 and measure(text, face, size) <= widths[0]:
        return [text]
    space = _width(" ", face, size)
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for token, spaced in _tokens(text):
        available = widths[1] if lines else widths[0]
        token_width = _width(token, face, size)
        joint = space if spaced and line else 0.0
        if used + joint + token_width <= available:
            if joint:
                line.append(" ")
            line.append(token)
            used += joint + token_width
            continue
        if line:
            lines.append("".join(line))
            line, used, available = [], 0.0, widths[1]
        if token_width <= available:
            line, used = [token], token_width
            continue
        pieces = _split_word(token, face, size, (available, widths[1]))
        lines.extend(pieces[:-1])
        line, used = [pieces[-1]], _width(pieces[-1], face, size)
    if line or not lines:
        lines.append("".join(line))
    return lines


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """Keeps harakat, and makes only the ligatures the Arabic faces can draw."""
    drawn = coverage(Face.REGULAR) & coverage(Face.BOLD)
    configuration: dict[str, bool] = {"delete_harakat": False}
    for name, (_, forms) in LIGATURES:
        configuration[name] = all(ord(c) in drawn for form in forms for c in form)
    return arabic_reshaper.ArabicReshaper(configuration=configuration)


def shape(text: str) -> str:
    """Arabic letters in the form they take in their word (still in logical order)."""
    return str(_reshaper().reshape(text))


def base_is_right_to_left(text: str) -> bool:
    """Whether the paragraph reads right to left, by its first strong letter."""
    return bool(get_base_level(text) == 1)


def visual_order(line: str, right_to_left: bool) -> str:
    """A line of shaped text in the order it is drawn, left to right."""
    display = get_display(line, base_dir="R" if right_to_left else "L")
    assert isinstance(display, str)
    # Points and harakat stay before their letter: the faces draw them over what follows.
    return display


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
