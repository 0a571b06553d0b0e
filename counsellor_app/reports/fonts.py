"""The TrueType fonts a report embeds: where they ship, registering them once, glyph coverage."""

from __future__ import annotations

import re
import threading
from enum import StrEnum
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from counsellor_app import paths
from counsellor_app.domain import DomainError


class Face(StrEnum):
    """A registered font, by the name ReportLab knows it under."""

    REGULAR = "ExchangeNotes-Sans"
    BOLD = "ExchangeNotes-Sans-Bold"
    OBLIQUE = "ExchangeNotes-Sans-Oblique"
    # Droid Sans Fallback: the CJK ideographs and kana DejaVu Sans lacks.
    FALLBACK = "ExchangeNotes-Fallback"
    # NanumGothic: the Hangul syllables Droid Sans Fallback lacks.
    HANGUL = "ExchangeNotes-Hangul"


FONT_FILES: dict[Face, str] = {
    Face.REGULAR: "DejaVuSans.ttf",
    Face.BOLD: "DejaVuSans-Bold.ttf",
    Face.OBLIQUE: "DejaVuSans-Oblique.ttf",
    Face.FALLBACK: "DroidSansFallbackFull.ttf",
    Face.HANGUL: "NanumGothic.ttf",
}

# Where a face lacks a character, the next face in its chain that has it draws it.
FALLBACK_CHAIN: dict[Face, tuple[Face, ...]] = {
    Face.REGULAR: (Face.REGULAR, Face.FALLBACK, Face.HANGUL),
    Face.BOLD: (Face.BOLD, Face.REGULAR, Face.FALLBACK, Face.HANGUL),
    Face.OBLIQUE: (Face.OBLIQUE, Face.REGULAR, Face.FALLBACK, Face.HANGUL),
    Face.FALLBACK: (Face.FALLBACK, Face.REGULAR, Face.HANGUL),
    Face.HANGUL: (Face.HANGUL, Face.REGULAR, Face.FALLBACK),
}

_lock = threading.Lock()
_registered = False


def font_file(file_name: str) -> Path:
    """The shipped font file ``file_name`` (package data); a clear error when it is missing."""
    path = paths.fonts_dir() / file_name
    if not path.is_file():
        raise DomainError(
            f"The report font {file_name} is missing from {path.parent}; reinstall the program."
        )
    return path


def register_fonts() -> None:
    """Register every face with ReportLab; later calls return at once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for face, file_name in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(face.value, str(font_file(file_name))))
        _registered = True


@cache
def coverage(face: Face) -> frozenset[int]:
    """The code points the face has a glyph for."""
    register_fonts()
    font = pdfmetrics.getFont(face.value)
    return frozenset(font.face.charToGlyph)


def _character_class(code_points: frozenset[int]) -> str:
    """A regular-expression character class body listing the code points as ranges."""
    parts: list[str] = []
    ordered = sorted(code_points)
    start = previous = ordered[0]
    for point in [*ordered[1:], -2]:
        if point == previous + 1:
            previous = point
            continue
        if start == previous:
            parts.append(re.escape(chr(start)))
        else:
            parts.append(f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
        start = previous = point
    return "".join(parts)


@cache
def missing_from(face: Face) -> re.Pattern[str]:
    """Matches any run of characters the face has no glyph for."""
    # Tab and newline are handled by the paragraph builder, never drawn.
    covered = coverage(face) | {0x09, 0x0A}
    return re.compile(f"[^{_character_class(frozenset(covered))}]+")


@cache
def drawable() -> frozenset[int]:
    """The code points every fallback chain can draw: those of the regular or fallback faces."""
    return coverage(Face.REGULAR) | coverage(Face.FALLBACK) | coverage(Face.HANGUL)


@cache
def undrawable() -> re.Pattern[str]:
    """Matches any character no face can draw (tab and newline aside)."""
    return re.compile(f"[^{_character_class(drawable() | {0x09, 0x0A})}]")
