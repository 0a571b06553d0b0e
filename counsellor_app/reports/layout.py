"""Pages and tables: the document template with its header and "page N of M" footer, a story
read as it is laid out, progress marks, bookmarks, and tables whose long rows split across
pages with their label repeated."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from counsellor_app.reports.flowing_text import paragraph
from counsellor_app.reports.fonts import Face
from counsellor_app.reports.model import Progress
from counsellor_app.reports.pdf_file import StreamedDocument, finish_page
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

PROGRAM_NAME = "Exchange Notes"

# No piece of a table cell is taller than this, so a row always fits on a fresh page and a
# page never ends with much more than this left blank.
CELL_PIECE_HEIGHT = 80.0
CELL_PADDING = 4.0
# Flowables read ahead of the one laid out: enough for a heading kept with what follows.
_LOOK_AHEAD = 64


@dataclass(frozen=True)
class PageDecor:
    """What every page shows besides the story: the title in the header, the footer's left
    part, and the page number pattern (``page {page} of {pages}``)."""

    title: str
    footer: str
    page_numbers: str = "page {page} of {pages}"


class ProgressMark(Flowable):  # type: ignore[misc]
    """An invisible mark: when laid out, tells the caller how far the report has got."""

    def __init__(self, done: int, total: int, progress: Progress) -> None:
        super().__init__()
        self.done, self.total, self.progress = done, total, progress

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.progress(self.done, self.total)


class StreamedStory:
    """The list of flowables ReportLab lays out, filled from an iterator as it is consumed.

    ReportLab takes flowables from the front of a list, one at a time, and puts back the parts
    of those it splits. Deleting from the front of a Python list moves all the rest, so a
    story of a million flowables took quadratic time, and held every flowable at once; this
    holds only those read ahead.
    """

    def __init__(self, flowables: Iterable[Flowable]) -> None:
        self._source: Iterator[Flowable] | None = iter(flowables)
        self._queue: deque[Flowable] = deque()

    def _fill(self, count: int) -> None:
        source = self._source
        while source is not None and len(self._queue) < count:
            try:
                self._queue.append(next(source))
            except StopIteration:
                self._source = source = None

    def __len__(self) -> int:
        self._fill(_LOOK_AHEAD)
        return len(self._queue)

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            stop = index.stop if index.stop is not None else _LOOK_AHEAD
            self._fill(stop)
            return list(self._queue)[index]
        self._fill(index + 1)
        return self._queue[index]

    def __delitem__(self, index: int | slice) -> None:
        if isinstance(index, slice):
            if index.start not in (None, 0) or index.step not in (None, 1):
                raise IndexError("only the front of a story can be taken")
            count = index.stop if index.stop is not None else len(self._queue)
            self._fill(count)
            for _ in range(min(count, len(self._queue))):
                self._queue.popleft()
            return
        if index != 0:
            raise IndexError("only the front of a story can be taken")
        self._fill(1)
        self._queue.popleft()

    def __setitem__(self, index: slice, values: Sequence[Flowable]) -> None:
        if not (isinstance(index, slice) and index.start in (None, 0) and index.stop == 0):
            raise IndexError("flowables go back only at the front of a story")
        self._queue.extendleft(reversed(list(values)))

    def insert(self, index: int, value: Flowable) -> None:
        if index != 0:
            raise IndexError("flowables go back only at the front of a story")
        self._queue.appendleft(value)


PAGE_COUNT_FORM = "page-count"


def _canvas_class(decor: PageDecor) -> type[Canvas]:
    """A canvas that writes each page to the file as soon as it is done (``pdf_file``), with
    a footer whose page count is filled in at the end: one form, drawn on every page and
    defined last."""
    before, _, after = decor.page_numbers.partition("{pages}")

    class FootedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, output: BinaryIO, *args: Any, **kwargs: Any) -> None:
            super().__init__(output, *args, **kwargs)
            self._doc.__class__ = StreamedDocument
            self._doc.start(output)

        def showPage(self) -> None:
            self._draw_footer(self._pageNumber)
            super().showPage()
            finish_page(self._doc.Pages.pages[-1], self._doc)

        def _draw_footer(self, number: int) -> None:
            width, _ = self._pagesize
            y = MARGIN_BOTTOM - 11
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_SIDE, y + 9, width - MARGIN_SIDE, y + 9)
            self.setFillColor(MUTED)
            self.setFont(Face.REGULAR.value, 7.5)
            self.drawString(MARGIN_SIDE, y, fit_line(decor.footer, Face.REGULAR, 7.5, width / 2))
            # "page 3 of " here, the count after it. The count's width is unknown until the
            # end: it gets the room of one digit more than this page's number.
            text = before.format(page=number)
            room = stringWidth("9" * (len(str(number)) + 1) + after, Face.REGULAR.value, 7.5)
            right = width - MARGIN_SIDE - room
            self.drawRightString(right, y, text)
            self.translate(right, y)
            self.doForm(PAGE_COUNT_FORM)
            self.restoreState()

        def save(self) -> None:
            count = self._pageNumber - 1
            self.beginForm(PAGE_COUNT_FORM)
            self.setFillColor(MUTED)
            self.setFont(Face.REGULAR.value, 7.5)
            self.drawString(0, 0, f"{count}{after}")
            self.endForm()
            super().save()

    return FootedCanvas


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


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    subject: str
    author: str
    language: str


def build_pdf(
    story: Iterable[Flowable],
    *,
    output: BinaryIO,
    page_size: tuple[float, float],
    decor: PageDecor,
    metadata: PdfMetadata,
) -> None:
    """Lays the story out on pages with header and footer, written to ``output`` as the pages
    are made. The story is read as it is laid out."""
    width, height = page_size
    document = BaseDocTemplate(
        output,
        pagesize=page_size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=metadata.title,
        subject=metadata.subject,
        # ReportLab writes "anonymous" for no author: a space says nothing instead.
        author=metadata.author or " ",
        creator=PROGRAM_NAME,
        lang=metadata.language,
        initialFontName=Face.REGULAR.value,
        pageCompression=1,
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
        [PageTemplate(id="page", frames=[frame], onPage=PageHeader(decor, page_size).draw)]
    )
    document.build(StreamedStory(story), canvasmaker=_canvas_class(decor))


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
    """One logical row of a table: a list of flowables per column, and the label it goes on
    under when it continues on another page."""

    cells: Sequence[Sequence[Flowable]]
    label: str | None = None


class LabelledTable(Table):  # type: ignore[misc]
    """A table that, where a row goes on over a page, writes that row's label in its first
    cell on the new page ("Description (continued)"), under the repeated header."""

    continued_labels: list[Flowable | None]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        labels = getattr(self, "continued_labels", None)
        if len(parts) != 2 or labels is None:
            return list(parts)
        first, rest = parts
        repeat = rest.repeatRows if isinstance(rest.repeatRows, int) else len(rest.repeatRows)
        start = len(self._cellvalues) - (len(rest._cellvalues) - repeat)
        first.continued_labels = labels[:start]
        rest.continued_labels = labels[:repeat] + labels[start:]
        label = labels[start] if start < len(labels) else None
        if label is not None:
            row = list(rest._cellvalues[repeat])
            row[0] = [label]
            rest._cellvalues[repeat] = row
            rest.continued_labels[repeat] = None
        return [first, rest]


def long_table(
    header: Sequence[Sequence[Flowable]] | None,
    rows: Sequence[Row],
    widths: Sequence[float],
    *,
    label_column: bool = False,
    ruled: bool = True,
    continued: Callable[[str], Flowable] | None = None,
) -> Table:
    """A ruled table whose rows may be as long as they like: each is cut into pieces that
    become consecutive table rows without rules between them, so the table splits across
    pages inside a row as well as between rows. ``continued(label)`` makes what the first
    cell shows where a row goes on over a page."""
    data: list[list[Sequence[Flowable] | str]] = []
    labels: list[Flowable | None] = []
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
        labels.append(None)
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE))
    inner_widths = [w - 2 * (CELL_PADDING + 1) for w in widths]
    for row in rows:
        cut = [_cell_pieces(cell, w) for cell, w in zip(row.cells, inner_widths, strict=True)]
        count = max(len(pieces) for pieces in cut)
        first = len(data)
        for index in range(count):
            data.append([pieces[index] if index < len(pieces) else "" for pieces in cut])
            if index > 0 and row.label is not None and continued is not None:
                labels.append(continued(row.label))
            else:
                labels.append(None)
        last = len(data) - 1
        if last > first:
            commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            commands.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        if ruled:
            commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, RULE))
    table = LabelledTable(
        data,
        colWidths=list(widths),
        repeatRows=1 if header is not None else 0,
        splitByRow=1,
        hAlign="LEFT",
    )
    table.continued_labels = labels
    table.setStyle(TableStyle(commands))
    return table
