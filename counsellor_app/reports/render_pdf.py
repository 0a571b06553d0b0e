"""A report document laid out as PDF by ReportLab: each block becomes flowables as the pages
are made, headings become bookmarks, and the metadata says the title, author and language."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from counsellor_app.reports.flowing_text import HeadingParagraph, paragraph, paragraphs
from counsellor_app.reports.fonts import Face
from counsellor_app.reports.layout import (
    CELL_PADDING,
    PageDecor,
    PdfMetadata,
    ProgressMark,
    Row,
    build_pdf,
    frame_width,
    long_table,
)
from counsellor_app.reports.model import (
    Badge,
    Block,
    Cell,
    Document,
    Entry,
    Facts,
    Heading,
    KeyPoint,
    Paragraph,
    Progress,
    Role,
    Step,
    Table,
    Title,
)
from counsellor_app.reports.options import ReportOptions
from counsellor_app.reports.styles import BADGE_COLOURS, PAPER_SIZES, Styles, report_styles
from counsellor_app.reports.text import measure

FACTS_LABEL_WIDTH = 32 * mm
# Room a heading needs below it on a page, or it starts the next one.
_ROOM_FOR_HEADING = {1: 90.0, 2: 90.0, 3: 70.0}
# An observation's first lines never end a page alone.
_ROOM_FOR_ENTRY = 48.0
_ROOM_FOR_KEY_POINT = 40.0


class BadgeFlowable(Flowable):  # type: ignore[misc]
    """A judgement in a coloured box: ``Transferability: high``."""

    PADDING = 3.0

    def __init__(self, text: str, level: str, style: object) -> None:
        super().__init__()
        self.text = text
        self.fill, self.ink = BADGE_COLOURS.get(level, BADGE_COLOURS["none"])
        self.size = float(getattr(style, "fontSize", 8.5))
        self.text_width = measure(text, Face.BOLD, self.size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.text_width + 4 * self.PADDING, availWidth)
        self.height = self.size + 2 * self.PADDING + 1
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.fill)
        canvas.roundRect(0, 0, self.width, self.height, 2.5, stroke=0, fill=1)
        canvas.setFillColor(self.ink)
        canvas.setFont(Face.BOLD.value, self.size)
        canvas.drawString(2 * self.PADDING, self.PADDING + 1.5, self.text)
        canvas.restoreState()


def _style(role: Role, styles: Styles) -> object:
    return {
        Role.BODY: styles.body,
        Role.META: styles.meta,
        Role.QUOTE: styles.quote,
        Role.ATTRIBUTION: styles.attribution,
        Role.TRANSLATION: styles.translation,
        Role.EMPTY: styles.empty,
        Role.REFERENCE: styles.reference,
        Role.MINOR_HEADING: styles.minor_heading,
        Role.CELL: styles.cell,
        Role.CELL_QUOTE: styles.cell_quote,
        Role.CELL_ATTRIBUTION: styles.cell_attribution,
        Role.CELL_TRANSLATION: styles.cell_translation,
        Role.CELL_LABEL: styles.label,
        Role.COLUMN_HEAD: styles.column_head,
    }[role]


def _paragraph(item: Paragraph, styles: Styles) -> list[Flowable]:
    style = _style(item.role, styles)
    if item.composed:
        return [paragraph(item.text, style, left_to_right=True)]
    return paragraphs(item.text, style)


def _cell(cell: Cell, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = []
    for item in cell.paragraphs:
        # Quotes in a cell, one after the other, with a little room between them.
        if item.role is Role.CELL_QUOTE and flowables:
            flowables.append(Spacer(1, 5))
        flowables += _paragraph(item, styles)
    return flowables


def _widths(shares: Sequence[float | None], width: float) -> list[float]:
    fixed = sum(share for share in shares if share is not None)
    free = [share for share in shares if share is None]
    rest = max(width * (1 - fixed), 0.0) / len(free) if free else 0.0
    return [width * share if share is not None else rest for share in shares]


def _room_for_words(table: Table, widths: list[float], styles: Styles) -> list[float]:
    """The widths, widened where a column is narrower than a word of the report's own (a
    label, a heading, a status): such a word is never cut. The room comes from the columns
    with the most to spare."""
    padding = 2 * (CELL_PADDING + 1) + 1
    needed = [0.0] * len(widths)

    def longest(text: str, role: Role) -> float:
        style = _style(role, styles)
        face, size = Face(style.fontName), style.fontSize  # type: ignore[attr-defined]
        return max((measure(word, face, size) for word in text.split()), default=0.0)

    if table.header is not None:
        for column, text in enumerate(table.header):
            needed[column] = longest(text, Role.COLUMN_HEAD) + padding
    for row in table.rows:
        for column, cell in enumerate(row.cells):
            for item in cell.paragraphs:
                if item.composed:
                    needed[column] = max(needed[column], longest(item.text, item.role) + padding)
    widths = list(widths)
    for column, want in enumerate(needed):
        short = want - widths[column]
        if short <= 0:
            continue
        for other in sorted(range(len(widths)), key=lambda c: needed[c] - widths[c]):
            if other == column:
                continue
            spare = widths[other] - needed[other]
            take = min(spare, short)
            if take > 0:
                widths[other] -= take
                widths[column] += take
                short -= take
            if short <= 0:
                break
    return widths


def _table(table: Table, styles: Styles, width: float) -> list[Flowable]:
    header = None
    if table.header is not None:
        style = styles.label if table.label_column else styles.column_head
        header = [
            [paragraph(text, styles.column_head if index or not table.label_column else style)]
            for index, text in enumerate(table.header)
        ]
    rows = [Row([_cell(cell, styles) for cell in row.cells], row.label) for row in table.rows]

    def continued(label: str) -> Flowable:
        return paragraph(table.continued.format(label=label), styles.label, left_to_right=True)

    return [
        long_table(
            header,
            rows,
            _room_for_words(table, _widths(table.widths, width), styles),
            label_column=table.label_column,
            continued=continued if table.label_column else None,
        ),
        Spacer(1, 10),
    ]


def _facts(facts: Facts, styles: Styles, width: float) -> list[Flowable]:
    if not facts.rows:
        return []
    rows = [
        Row(
            [
                [paragraph(label, styles.label, left_to_right=True)],
                [
                    f
                    for line in lines
                    if line.strip()
                    for f in paragraphs(line.strip(), styles.cell)
                ],
            ]
        )
        for label, lines in facts.rows
    ]
    return [
        long_table(None, rows, [FACTS_LABEL_WIDTH, width - FACTS_LABEL_WIDTH], ruled=False),
        Spacer(1, 4),
    ]


def _key_point(point: KeyPoint, styles: Styles) -> list[Flowable]:
    flowables: list[Flowable] = [
        CondPageBreak(_ROOM_FOR_KEY_POINT),
        paragraph(point.kind, styles.key_kind, left_to_right=True),
    ]
    flowables += paragraphs(point.text, styles.key_text)
    if point.translation:
        flowables += paragraphs(point.translation, styles.key_translation)
    if point.source:
        flowables.append(paragraph(f"— {point.source}", styles.key_source, left_to_right=True))
    return flowables


class _Outline:
    """Outline levels and bookmark names for the headings, in order."""

    def __init__(self) -> None:
        self.count = 0
        self.level = -1

    def next(self, level: int) -> tuple[int, str]:
        # A level is never more than one below the one before (ReportLab refuses a jump).
        outline_level = max(0, min(level - 1, self.level + 1))
        self.level = outline_level
        self.count += 1
        return outline_level, f"heading-{self.count}"


class _Steps:
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


def _story(
    blocks: Iterator[Block] | Sequence[Block], styles: Styles, width: float, steps: _Steps
) -> Iterator[Flowable]:
    outline = _Outline()
    heading_styles = {1: styles.heading, 2: styles.subheading, 3: styles.third_heading}
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from _paragraph(block, styles)
        elif isinstance(block, Entry):
            yield CondPageBreak(_ROOM_FOR_ENTRY)
            for item in block.paragraphs:
                yield from _paragraph(item, styles)
            yield Spacer(1, 8)
        elif isinstance(block, Step):
            yield from steps.mark()
        elif isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            outline_level, key = outline.next(level)
            yield CondPageBreak(_ROOM_FOR_HEADING[level])
            yield HeadingParagraph(block.text, heading_styles[level], level=outline_level, key=key)
        elif isinstance(block, Table):
            yield from _table(block, styles, width)
        elif isinstance(block, KeyPoint):
            yield from _key_point(block, styles)
        elif isinstance(block, Badge):
            yield BadgeFlowable(block.text, block.level, styles.badge)
            yield Spacer(1, 6)
        elif isinstance(block, Facts):
            yield from _facts(block, styles, width)
        elif isinstance(block, Title):
            yield paragraph(block.text, styles.title)
            if block.subtitle:
                yield paragraph(block.subtitle, styles.subtitle, left_to_right=True)


def render_pdf(
    document: Document,
    options: ReportOptions,
    output: BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Writes the document to ``output`` as PDF, page by page; ``progress(done, total)`` may
    raise to cancel."""
    page_size = PAPER_SIZES[options.paper_name()]
    styles = report_styles()
    steps = _Steps(document.steps, progress)
    info = document.info
    build_pdf(
        _story(iter(document.blocks), styles, frame_width(page_size), steps),
        output=output,
        page_size=page_size,
        decor=PageDecor(title=info.title, footer=info.footer, page_numbers=info.page_numbers),
        metadata=PdfMetadata(
            title=info.title, subject=info.subject, author=info.author, language=info.language
        ),
    )
    steps.finish()
