"""The look of a report: paper sizes, margins, colours and paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from counsellor_app.reports.fonts import Face, register_fonts

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

MARGIN_SIDE = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

INK = colors.HexColor("#1d2430")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6573")
RULE = colors.HexColor("#b9c4d0")
HEADER_FILL = colors.HexColor("#e6edf5")
LABEL_FILL = colors.HexColor("#f3f6f9")
QUOTE_RULE = colors.HexColor("#8fa9c4")

QUOTE_INDENT = 8 * mm
KEY_INDENT = 4 * mm

# Transferability badges: fill and text colour by level.
BADGE_COLOURS: dict[str, tuple[colors.Color, colors.Color]] = {
    "high": (colors.HexColor("#1e7b3a"), colors.white),
    "medium": (colors.HexColor("#c98a0b"), colors.white),
    "low": (colors.HexColor("#8a93a0"), colors.white),
    "none": (colors.HexColor("#e3e7ec"), colors.HexColor("#4a5360")),
}


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a report uses."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    third_heading: ParagraphStyle
    minor_heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    meta: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    column_head: ParagraphStyle
    quote: ParagraphStyle
    attribution: ParagraphStyle
    translation: ParagraphStyle
    cell_quote: ParagraphStyle
    cell_attribution: ParagraphStyle
    cell_translation: ParagraphStyle
    empty: ParagraphStyle
    reference: ParagraphStyle
    key_kind: ParagraphStyle
    key_text: ParagraphStyle
    key_translation: ParagraphStyle
    key_source: ParagraphStyle
    badge: ParagraphStyle
    page_header_title: ParagraphStyle
    page_header_bold: ParagraphStyle


def _style(
    name: str, face: Face = Face.REGULAR, size: float = 9.5, **extra: object
) -> ParagraphStyle:
    leading = extra.pop("leading", round(size * 1.35, 1))
    return ParagraphStyle(
        name,
        fontName=face.value,
        fontSize=size,
        leading=leading,
        textColor=extra.pop("textColor", INK),
        splitLongWords=1,
        allowOrphans=1,
        allowWidows=1,
        **extra,
    )


@cache
def report_styles() -> Styles:
    """The styles, made once the fonts are registered."""
    register_fonts()
    return Styles(
        title=_style("title", Face.BOLD, 19, leading=24, textColor=ACCENT, spaceAfter=2),
        subtitle=_style("subtitle", Face.REGULAR, 10.5, textColor=MUTED, spaceAfter=8),
        heading=_style(
            "heading",
            Face.BOLD,
            13.5,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        subheading=_style(
            "subheading", Face.BOLD, 11, spaceBefore=10, spaceAfter=3, keepWithNext=1
        ),
        third_heading=_style(
            "third_heading",
            Face.BOLD,
            10,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        minor_heading=_style(
            "minor_heading",
            Face.BOLD,
            9.5,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        body=_style("body"),
        small=_style("small", size=8.5),
        meta=_style("meta", size=8, textColor=MUTED),
        label=_style("label", Face.BOLD, 8.5, textColor=MUTED),
        cell=_style("cell", size=8.5),
        cell_bold=_style("cell_bold", Face.BOLD, 8.5),
        column_head=_style("column_head", Face.BOLD, 9, textColor=ACCENT),
        quote=_style("quote", size=9.5, leftIndent=QUOTE_INDENT),
        attribution=_style(
            "attribution", size=8.5, textColor=MUTED, leftIndent=QUOTE_INDENT, spaceBefore=1
        ),
        translation=_style(
            "translation",
            Face.OBLIQUE,
            8.5,
            textColor=MUTED,
            leftIndent=QUOTE_INDENT,
            spaceBefore=2,
        ),
        cell_quote=_style("cell_quote", size=8.5),
        cell_attribution=_style("cell_attribution", size=7.5, textColor=MUTED),
        cell_translation=_style("cell_translation", Face.OBLIQUE, 7.5, textColor=MUTED),
        empty=_style("empty", Face.OBLIQUE, 8.5, textColor=MUTED),
        reference=_style("reference", size=8.5, leftIndent=QUOTE_INDENT, spaceBefore=1),
        key_kind=_style("key_kind", Face.BOLD, 8, textColor=ACCENT, spaceBefore=6),
        key_text=_style("key_text", size=9.5, leftIndent=KEY_INDENT),
        key_translation=_style(
            "key_translation",
            Face.OBLIQUE,
            8.5,
            textColor=MUTED,
            leftIndent=KEY_INDENT,
            spaceBefore=1,
        ),
        key_source=_style(
            "key_source", size=8, textColor=MUTED, leftIndent=KEY_INDENT, spaceBefore=1
        ),
        badge=_style("badge", Face.BOLD, 8.5, leading=11),
        page_header_title=_style("page_header", size=8, textColor=MUTED, alignment=TA_RIGHT),
        page_header_bold=_style("page_header_bold", Face.BOLD, 8, textColor=ACCENT),
    )
