"""Pages and tables: the document template with its header and "page N of M" footer, progress
marks in the story, and tables whose long rows split across pages."""

from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from counsellor_app.reports.flowing_text import paragraph
from counsellor_app.reports.fonts import Face
from counsellor_app.reports.styles import (
    HEADER_FILL,
    LABEL_FILL,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    MARGIN_TOP,
    MUTED,
    RULE,
    report_styles,
)
from counsellor_app.reports.text import fit_line, measure

Progress = Callable[[int, int], None]

PROGRAM_NAME = "Exchange Notes"

# No piece of a table cell is taller than this, so a row always fits on a fresh page and a
# page never ends with much more than this left blank.
CELL_PIECE_HEIGHT = 80.0
CELL_PADDING = 4.0


@dataclass(frozen=True)
class PageDecor:
    """What every page shows besides the story."""

    title: str
    made_on: str
    note: str = ""


class ProgressMark(Flowable):  # type: ignore[misc]
    """An invisible mark: when laid out, tells the caller how far the report has got."""

    def __init__(self, done: int, total: int, progress: Progress) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.progress(self.done, self.total)


class ProgressCounter:
    """Hands out progress marks for a known number of steps; a no-op without a callback."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress

    def mark(self) -> list[Flowable]:
        self.done = min(self.done + 1, self.total)
        if self.progress is None:
            return []
        return [ProgressMark(self.done, self.total, self.progress)]

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _canvas_class(decor: PageDecor) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer knows the page count."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, count)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, count: int) -> None:
            width, _ = self._pagesize
            y = MARGIN_BOTTOM - 11
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_SIDE, y + 9, width - MARGIN_SIDE, y + 9)
            self.setFillColor(MUTED)
            self.setFont(Face.REGULAR.value, 7.5)
            left = f"{PROGRAM_NAME} · made on {decor.made_on}"
            if decor.note:
                left = f"{left} · {decor.note}"
            self.drawString(MARGIN_SIDE, y, left)
            self.drawRightString(width - MARGIN_SIDE, y, f"page {number} of {count}")
            self.restoreState()

    return NumberedCanvas


class PageHeader:
    """The line at the top of every page: the program's name, and the report's title cut to
    fit beside it (made once, drawn on every page)."""

    def __init__(self, decor: PageDecor, page_size: tuple[float, float]) -> None:
        styles = report_styles()
        self.page_width, page_height = page_size
        self.top = page_height - MARGIN_TOP + 10
        self.program_width = measure(PROGRAM_NAME, Face.BOLD, styles.page_header_bold.fontSize)
        self.title_width = self.page_width - 2 * MARGIN_SIDE - self.program_width - 16
        size = styles.page_header_title.fontSize
        self.title = fit_line(decor.title, Face.REGULAR, size, self.title_width - 4)

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        styles = report_styles()
        program = paragraph(PROGRAM_NAME, styles.page_header_bold)
        program.wrapOn(canvas, self.program_width + 2, 20)
        program.drawOn(canvas, MARGIN_SIDE, self.top)
        title = paragraph(self.title, styles.page_header_title)
        title.wrapOn(canvas, self.title_width, 20)
        title.drawOn(canvas, self.page_width - MARGIN_SIDE - self.title_width, self.top)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, self.top - 4, self.page_width - MARGIN_SIDE, self.top - 4)
        canvas.restoreState()


def build_pdf(
    story: list[Flowable],
    *,
    page_size: tuple[float, float],
    decor: PageDecor,
    title: str,
    subject: str,
) -> bytes:
    """Lay the story out on pages with header and footer; the PDF's bytes."""
    buffer = io.BytesIO()
    width, height = page_size
    document = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=PROGRAM_NAME,
        creator=PROGRAM_NAME,
        initialFontName=Face.REGULAR.value,
    )
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        width - 2 * MARGIN_SIDE,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates(
        [
            PageTemplate(
                id="page",
                frames=[frame],
                onPage=PageHeader(decor, page_size).draw,
            )
        ]
    )
    document.build(story, canvasmaker=_canvas_class(decor))
    return buffer.getvalue()


def frame_width(page_size: tuple[float, float]) -> float:
    return float(page_size[0] - 2 * MARGIN_SIDE)


def _cell_pieces(flowables: Sequence[Flowable], width: float) -> list[list[Flowable]]:
    """A cell's content cut into pieces no taller than CELL_PIECE_HEIGHT."""
    pieces: list[list[Flowable]] = [[]]
    used = 0.0
    queue: deque[Flowable] = deque(flowables)
    while queue:
        item = queue.popleft()
        before = item.getSpaceBefore() if pieces[-1] else 0.0
        room = CELL_PIECE_HEIGHT - used - before
        _, height = item.wrap(width, max(room, 0.0))
        if height <= room:
            pieces[-1].append(item)
            used += before + height + item.getSpaceAfter()
            continue
        parts = item.split(width, room) if room > 0 else []
        if len(parts) >= 2:
            pieces[-1].append(parts[0])
            queue.extendleft(reversed(parts[1:]))
        elif pieces[-1]:
            queue.appendleft(item)
        else:
            # Cannot be cut and taller than a piece: it stands alone (a line never is).
            pieces[-1].append(item)
        pieces.append([])
        used = 0.0
    if not pieces[-1] and len(pieces) > 1:
        pieces.pop()
    return pieces


@dataclass(frozen=True)
class Row:
    """One logical row of a table: a list of flowables per column."""

    cells: Sequence[Sequence[Flowable]]


def long_table(
    header: Sequence[Sequence[Flowable]] | None,
    rows: Sequence[Row],
    widths: Sequence[float],
    *,
    label_column: bool = False,
    ruled: bool = True,
) -> Table:
    """A ruled table whose rows may be as long as they like: each is cut into pieces that
    become consecutive table rows without rules between them, so the table splits across
    pages inside a row as well as between rows."""
    data: list[list[Sequence[Flowable] | str]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if ruled:
        commands.append(("BOX", (0, 0), (-1, -1), 0.6, RULE))
    else:
        # Flush with the text around it.
        commands.append(("LEFTPADDING", (0, 0), (0, -1), 0))
    if label_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL))
        commands.append(("LINEAFTER", (0, 0), (0, -1), 0.4, RULE))
    if ruled and len(widths) > 1:
        commands.append(("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE))
    if header is not None:
        data.append([list(cell) for cell in header])
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE))
    inner_widths = [w - 2 * (CELL_PADDING + 1) for w in widths]
    for row in rows:
        cut = [_cell_pieces(cell, w) for cell, w in zip(row.cells, inner_widths, strict=True)]
        count = max(len(pieces) for pieces in cut)
        first = len(data)
        for index in range(count):
            data.append([pieces[index] if index < len(pieces) else "" for pieces in cut])
        last = len(data) - 1
        if last > first:
            commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            commands.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        if ruled:
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=1 if header is not None else 0,
        splitByRow=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table
