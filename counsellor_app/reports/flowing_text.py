"""The flowable that lays stored text out: lines broken once per width, split between any two
lines, drawn run by run in the face that has each character."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from counsellor_app.reports.fonts import Face
from counsellor_app.reports.text import (
    base_is_right_to_left,
    break_lines,
    clean,
    has_fallback_runs,
    is_right_to_left,
    runs,
    shape,
    visual_order,
)

# One line as drawn, left to right: pieces of text, each with the face that draws it.
Line = tuple[tuple[Face, str], ...]


class TextParagraph(Flowable):  # type: ignore[misc]
    """One paragraph of stored text in a style, never taken as markup.

    Lines are made once the width is known; right-to-left text is shaped first and each line
    reordered after breaking, as reordering must follow line breaking. The paragraph splits
    between any two lines, so the longest text flows across pages and table rows.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, *, right_to_left: bool | None = None
    ) -> None:
        super().__init__()
        self.style = style
        self.face = Face(style.fontName)
        self.bidi = is_right_to_left(text)
        if self.bidi:
            text = shape(text)
            if right_to_left is None:
                right_to_left = base_is_right_to_left(text)
        self.text = text
        self.right_to_left = bool(right_to_left)
        self.alignment = style.alignment
        if self.alignment == TA_LEFT and self.right_to_left:
            self.alignment = TA_RIGHT
        self._lines: list[Line] | None = None
        self._texts: list[str] = []
        self._width: float | None = None
        self._continued = False

    def _lines_for(self, width: float) -> list[Line]:
        if self._lines is None or self._width != width:
            style = self.style
            inner = width - style.leftIndent - style.rightIndent
            first = inner if self._continued else inner - style.firstLineIndent
            texts = break_lines(self.text, self.face, style.fontSize, (first, inner))
            self._texts = texts
            if self.bidi:
                texts = [visual_order(text, self.right_to_left) for text in texts]
            if has_fallback_runs(self.text, self.face):
                self._lines = [tuple(runs(text, self.face)) for text in texts]
            else:
                self._lines = [((self.face, text),) for text in texts]
            self._width = width
        return self._lines

    def _part(self, start: int, stop: int, *, continued: bool) -> TextParagraph:
        """Lines ``start`` to ``stop`` as a paragraph of their own."""
        # A fresh flowable: a copy would carry ReportLab's marks on this one (_postponed).
        part = TextParagraph.__new__(TextParagraph)
        Flowable.__init__(part)
        part.style, part.face, part.bidi = self.style, self.face, self.bidi
        part.right_to_left, part.alignment = self.right_to_left, self.alignment
        # Its own text, should it ever be laid out at another width.
        part._texts = self._texts[start:stop]
        part.text = " ".join(part._texts)
        assert self._lines is not None
        part._lines, part._width, part._continued = self._lines[start:stop], self._width, continued
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
            self._part(0, fits, continued=self._continued),
            self._part(fits, len(lines), continued=True),
        ]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Drawn in place, without the save, translate and restore of every Flowable.
        self._draw_at(canvas, x, y)

    def draw(self) -> None:
        self._draw_at(self.canv, 0.0, 0.0)

    def _draw_at(self, canvas: Canvas, left: float, bottom: float) -> None:
        style = self.style
        size = style.fontSize
        text = canvas.beginText()
        text.setFillColor(style.textColor)
        previous_x = left
        y = bottom + self.height - size
        text.setTextOrigin(previous_x, y)
        face: Face | None = None
        code = text._code
        for index, line in enumerate(self._lines_for(self.width)):
            x = left + style.leftIndent
            if index == 0 and not self._continued:
                x += style.firstLineIndent
            if self.alignment in (TA_RIGHT, TA_CENTER):
                room = left + self.width - style.rightIndent - x
                used = sum(stringWidth(piece, f.value, size) for f, piece in line)
                x += room - used if self.alignment == TA_RIGHT else (room - used) / 2
            # A relative move to the line's start; each run then advances by itself.
            code.append(f"{x - previous_x:.2f} {0 if index == 0 else -style.leading:.2f} Td")
            previous_x = x
            for run_face, piece in line:
                if run_face is not face:
                    text.setFont(run_face.value, size)
                    face = run_face
                text._textOut(piece)
        canvas.drawText(text)

    def getSpaceBefore(self) -> float:
        return 0.0 if self._continued else float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


class HeadingParagraph(TextParagraph):
    """A heading that puts itself in the PDF's outline (its bookmarks) where it is drawn."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str) -> None:
        super().__init__(clean(text).replace("\n", " "), style)
        self.outline = (" ".join(text.split()), level, key)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            # The first part is drawn where the heading starts: it carries the bookmark.
            first = parts[0]
            first.__class__ = HeadingParagraph
            first.outline = self.outline
        return parts

    def _draw_at(self, canvas: Canvas, left: float, bottom: float) -> None:
        title, level, key = self.outline
        canvas.bookmarkHorizontal(key, left, bottom + self.height + self.style.fontSize)
        canvas.addOutlineEntry(title, key, level, closed=level > 0)
        super()._draw_at(canvas, left, bottom)


def paragraph(text: str, style: ParagraphStyle, *, left_to_right: bool = False) -> Flowable:
    """One paragraph of text in the style, newlines read as spaces.

    Its direction follows its first letter, unless ``left_to_right`` holds: for an English
    line that quotes stored text, such as an attribution.
    """
    text = clean(text).replace("\n", " ")
    return TextParagraph(text, style, right_to_left=False if left_to_right else None)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Stored text in the style, each line of it a paragraph, blank lines kept as space."""
    flowables: list[Flowable] = []
    blank = 0.0
    for line in clean(text).split("\n"):
        if not line.strip():
            blank += style.leading
            continue
        if blank and flowables:
            flowables.append(Spacer(1, blank))
        blank = 0.0
        flowables.append(TextParagraph(line, style))
    if not flowables:
        flowables.append(TextParagraph("", style))
    return flowables
