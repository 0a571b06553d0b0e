"""A report document as a Word file (python-docx): real headings, styles and tables, so that
Word's navigation pane and table of contents work and a team leader can edit before sending."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, BinaryIO

from bidi.algorithm import get_base_level
from docx import Document as new_word_document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from counsellor_app.reports.model import (
    Badge,
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

PAPER_SIZES_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
MARGIN_SIDE_MM, MARGIN_TOP_MM, MARGIN_BOTTOM_MM = 18.0, 22.0, 20.0
# Word's language tags for spelling and hyphenation.
WORD_LANGUAGES = {"en": "en-GB", "fr": "fr-FR", "nl": "nl-BE"}

ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x5B, 0x65, 0x73)
HEADER_FILL = "E6EDF5"
LABEL_FILL = "F3F6F9"
BADGE_FILLS = {
    "high": ("1E7B3A", RGBColor(0xFF, 0xFF, 0xFF)),
    "medium": ("C98A0B", RGBColor(0xFF, 0xFF, 0xFF)),
    "low": ("8A93A0", RGBColor(0xFF, 0xFF, 0xFF)),
    "none": ("E3E7EC", RGBColor(0x4A, 0x53, 0x60)),
}

# Characters XML 1.0 cannot hold (a Word file is XML): shown as a replacement mark.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_SEPARATORS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# The report's own paragraph styles, made on Word's: (name, based on, size, bold, italic,
# colour, left indent in mm).
_STYLES: dict[Role | str, tuple[str, str, float, bool, bool, RGBColor | None, float]] = {
    Role.META: ("Report Facts", "Normal", 8, False, False, MUTED, 0),
    Role.ATTRIBUTION: ("Report Attribution", "Normal", 8.5, False, False, MUTED, 8),
    Role.TRANSLATION: ("Report Translation", "Normal", 8.5, False, True, MUTED, 8),
    Role.EMPTY: ("Report Nothing Recorded", "Normal", 8.5, False, True, MUTED, 0),
    Role.REFERENCE: ("Report Reference", "Normal", 8.5, False, False, None, 8),
    Role.MINOR_HEADING: ("Report Minor Heading", "Normal", 9.5, True, False, ACCENT, 0),
    Role.CELL: ("Report Cell", "Normal", 8.5, False, False, None, 0),
    Role.CELL_QUOTE: ("Report Cell Quote", "Normal", 8.5, False, False, None, 0),
    Role.CELL_ATTRIBUTION: ("Report Cell Attribution", "Normal", 7.5, False, False, MUTED, 0),
    Role.CELL_TRANSLATION: ("Report Cell Translation", "Normal", 7.5, False, True, MUTED, 0),
    Role.CELL_LABEL: ("Report Row Label", "Normal", 8.5, True, False, MUTED, 0),
    Role.COLUMN_HEAD: ("Report Column Head", "Normal", 9, True, False, ACCENT, 0),
    "key_kind": ("Report Key Point Kind", "Normal", 8, True, False, ACCENT, 0),
    "key_text": ("Report Key Point", "Normal", 10, False, False, None, 4),
    "key_translation": ("Report Key Point Translation", "Normal", 8.5, False, True, MUTED, 4),
    "key_source": ("Report Key Point Source", "Normal", 8, False, False, MUTED, 4),
    "badge": ("Report Judgement", "Normal", 8.5, True, False, None, 0),
}
_WORD_STYLES: dict[Role | str, str] = {
    Role.BODY: "Normal",
    Role.QUOTE: "Quote",
    **{name: name for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3")},
}


def xml_safe(text: str) -> str:
    """Stored text as a Word file can hold it: line ends unified, characters XML forbids
    replaced."""
    return _NOT_XML.sub("\ufffd", _LINE_SEPARATORS.sub("\n", text))


def _right_to_left(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None and get_base_level(text) == 1


def _set_on(element: Any, tag: str, **attributes: str) -> Any:
    child = OxmlElement(tag)
    for name, value in attributes.items():
        child.set(qn(f"w:{name}"), value)
    element.append(child)
    return child


def _shade(cell: _Cell, fill: str) -> None:
    _set_on(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)


@cache
def _template() -> bytes:
    """Word's default document with the report's styles added: made once, since adding a
    style looks through every style already there."""
    word = new_word_document()
    for name, base, size, bold, italic, colour, indent in _STYLES.values():
        style = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert isinstance(style, ParagraphStyle)
        style.base_style = word.styles[base]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        if colour is not None:
            style.font.color.rgb = colour
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.space_before = Pt(0)
        if indent:
            style.paragraph_format.left_indent = Mm(indent)
    for keep in (_STYLES[Role.MINOR_HEADING][0], _STYLES["key_kind"][0]):
        word.styles[keep].paragraph_format.keep_with_next = True
    word.styles[_STYLES["key_kind"][0]].paragraph_format.space_before = Pt(6)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


class WordRenderer:
    """Lays a document's blocks into a Word document, one after the other."""

    def __init__(self, document: Document, options: ReportOptions) -> None:
        self.model = document
        self.options = options
        self.word = new_word_document(io.BytesIO(_template()))
        self.language = WORD_LANGUAGES.get(document.info.language, "en-GB")
        self._styles: dict[Role | str, str] = {**_WORD_STYLES}
        self._style_ids: dict[str, str] = {}
        body = self.word.element.body
        self._end = body.find(qn("w:sectPr"))
        if self._end is None:
            self._end = _set_on(body, "w:sectPr")
        self._set_up()

    # -- the document as a whole ---------------------------------------------------------------

    def _set_up(self) -> None:
        info = self.model.info
        word = self.word
        properties = word.core_properties
        properties.title = xml_safe(info.title)
        properties.subject = xml_safe(info.subject)
        properties.author = xml_safe(info.author)
        properties.last_modified_by = xml_safe(info.author)
        properties.comments = ""
        properties.keywords = ""
        properties.category = ""
        properties.language = self.language
        made = self.options.made()
        properties.created = made
        properties.modified = made
        properties.revision = 1
        # Spelling, hyphenation and quotation marks follow the report's language.
        defaults = word.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            run_defaults = defaults.find(qn("w:rPrDefault"))
            run = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
            if run is not None:
                for old in run.findall(qn("w:lang")):
                    run.remove(old)
                _set_on(run, "w:lang", val=self.language, bidi="ar-SA")
        for key, (name, *_rest) in _STYLES.items():
            self._styles[key] = name
        width, height = PAPER_SIZES_MM[self.options.paper_name()]
        for section in word.sections:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(width), Mm(height)
            section.left_margin = section.right_margin = Mm(MARGIN_SIDE_MM)
            section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
            self._header_and_footer(section)
        self.text_width = Mm(width - 2 * MARGIN_SIDE_MM)

    def _header_and_footer(self, section: Any) -> None:
        info = self.model.info
        header = section.header.paragraphs[0]
        program = header.add_run("Exchange Notes")
        program.bold = True
        program.font.size = Pt(8)
        program.font.color.rgb = ACCENT
        header.add_run("\t\t")
        title = header.add_run(xml_safe(info.title))
        title.font.size = Pt(8)
        title.font.color.rgb = MUTED
        footer = section.footer.paragraphs[0]
        left = footer.add_run(xml_safe(info.footer) + "\t\t")
        left.font.size = Pt(7.5)
        left.font.color.rgb = MUTED
        # "page {page} of {pages}": the numbers are Word's fields, filled in as Word lays out.
        for piece in re.split(r"(\{page\}|\{pages\})", info.page_numbers):
            if not piece:
                continue
            if piece in ("{page}", "{pages}"):
                self._field(footer, "PAGE" if piece == "{page}" else "NUMPAGES")
            else:
                run = footer.add_run(piece)
                run.font.size = Pt(7.5)
                run.font.color.rgb = MUTED

    @staticmethod
    def _field(paragraph: Any, instruction: str) -> None:
        for kind, text in (("begin", None), (None, instruction), ("separate", None)):
            run = paragraph.add_run()
            run.font.size = Pt(7.5)
            run.font.color.rgb = MUTED
            if kind is not None:
                _set_on(run._r, "w:fldChar", fldCharType=kind)
            else:
                code = _set_on(run._r, "w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = f" {text} "
        number = paragraph.add_run("1")
        number.font.size = Pt(7.5)
        number.font.color.rgb = MUTED
        _set_on(paragraph.add_run()._r, "w:fldChar", fldCharType="end")

    # -- blocks --------------------------------------------------------------------------------

    def _style_id(self, style_name: str) -> str:
        # By id: python-docx looks a style's name up among all the styles each time.
        style_id = self._style_ids.get(style_name)
        if style_id is None:
            style_id = self._style_ids[style_name] = self.word.styles[style_name].style_id
        return style_id

    def _new_paragraph(self, style_name: str, container: Any = None) -> Any:
        """An empty paragraph in a style, at the end of the body or of a table cell."""
        return DocxParagraph(self._p(style_name, container), self.word._body)

    def _p(self, style_name: str, container: Any = None, *, right_to_left: bool = False) -> Any:
        """A ``w:p`` element with its style (and direction), added where it belongs.

        Built with lxml rather than python-docx's proxies, which look for where each child
        element goes among every name the schema allows: most of a long report's time."""
        p = OxmlElement("w:p")
        properties = _set_on(p, "w:pPr")
        _set_on(properties, "w:pStyle", val=self._style_id(style_name))
        if right_to_left:
            _set_on(properties, "w:bidi")
        if container is not None:
            container._element.append(p)
        else:
            self._append(p)
        return p

    def _append(self, element: Any) -> Any:
        """Puts an element at the end of the body, before its section properties.
        python-docx's own ``add_paragraph`` looks for those properties from the first element
        on, each time: a report of 10,000 observations took minutes."""
        self._end.addprevious(element)
        return element

    def _paragraph(
        self, text: str, style: Role | str, *, composed: bool = False, container: Any = None
    ) -> Any:
        text = xml_safe(text)
        right_to_left = not composed and _right_to_left(text)
        p = self._p(self._styles[style], container, right_to_left=right_to_left)
        run = _set_on(p, "w:r")
        if right_to_left:
            _set_on(_set_on(run, "w:rPr"), "w:rtl")
        # A tab is an element of its own in a run, between pieces of text.
        for index, piece in enumerate(text.split("\t")):
            if index:
                _set_on(run, "w:tab")
            if piece:
                element = _set_on(run, "w:t")
                element.set(qn("xml:space"), "preserve")
                element.text = piece
        return p

    def _stored(self, item: Paragraph, container: Any = None) -> list[Any]:
        """A paragraph of the model: stored text a Word paragraph per line, as the PDF does."""
        if item.composed:
            text = " ".join(xml_safe(item.text).split("\n"))
            return [self._paragraph(text, item.role, composed=True, container=container)]
        lines = xml_safe(item.text).split("\n") or [""]
        return [self._paragraph(line, item.role, container=container) for line in lines]

    def add(self, block: object) -> None:
        if isinstance(block, Paragraph):
            self._stored(block)
        elif isinstance(block, Entry):
            made: list[Any] = []
            for item in block.paragraphs:
                made += self._stored(item)
            # The first lines stay with what follows them on a page.
            for p in made[:2]:
                p.pPr[0].addnext(OxmlElement("w:keepNext"))
            if made:
                _set_on(made[-1].pPr, "w:spacing", after=str(8 * 20))
        elif isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            self._paragraph(" ".join(block.text.split()), f"Heading {level}", composed=True)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, KeyPoint):
            self._paragraph(block.kind, "key_kind", composed=True)
            for line in xml_safe(block.text).split("\n"):
                self._paragraph(line, "key_text")
            if block.translation:
                for line in xml_safe(block.translation).split("\n"):
                    self._paragraph(line, "key_translation")
            if block.source:
                self._paragraph(f"— {block.source}", "key_source", composed=True)
        elif isinstance(block, Badge):
            self._badge(block)
        elif isinstance(block, Facts):
            self._facts(block)
        elif isinstance(block, Title):
            self._paragraph(" ".join(block.text.split()), "Title", composed=True)
            if block.subtitle:
                self._paragraph(block.subtitle, "Subtitle", composed=True)

    def _badge(self, badge: Badge) -> None:
        fill, ink = BADGE_FILLS.get(badge.level, BADGE_FILLS["none"])
        paragraph = self._new_paragraph(self._styles["badge"])
        run = paragraph.add_run(f"\u00a0{xml_safe(badge.text)}\u00a0")
        run.font.color.rgb = ink
        _set_on(run._r.get_or_add_rPr(), "w:shd", val="clear", color="auto", fill=fill)
        paragraph.paragraph_format.space_after = Pt(6)

    def _widths(self, shares: Sequence[float | None]) -> list[Length]:
        total = int(self.text_width)
        fixed = sum(share for share in shares if share is not None)
        free = [share for share in shares if share is None]
        rest = max(total * (1 - fixed), 0.0) / len(free) if free else 0.0
        return [Emu(int(total * share if share is not None else rest)) for share in shares]

    def _new_body_table(self, columns: int) -> Any:
        element = CT_Tbl.new_tbl(0, columns, self.text_width)
        return DocxTable(self._append(element), self.word._body)

    def _new_table(self, columns: int, widths: list[Length]) -> Any:
        table = self._new_body_table(columns)
        table.style = self.word.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        return table

    def _fill(self, cell: _Cell, paragraphs: Iterable[Paragraph], width: Length) -> None:
        cell.width = width
        first = cell.paragraphs[0]
        made: list[Any] = []
        for item in paragraphs:
            made += self._stored(item, container=cell)
        if made:
            # A new cell holds an empty paragraph: the first one made takes its place.
            first._p.getparent().remove(first._p)

    def _table(self, table: Table) -> None:
        widths = self._widths(table.widths)
        word_table = self._new_table(len(widths), widths)
        if table.header is not None:
            row = word_table.add_row()
            # Repeated at the top of every page the table reaches.
            _set_on(row._tr.get_or_add_trPr(), "w:tblHeader", val="true")
            for index, (cell, text) in enumerate(zip(row.cells, table.header, strict=True)):
                self._fill(cell, [Paragraph(text, Role.COLUMN_HEAD, composed=True)], widths[index])
                _shade(cell, HEADER_FILL)
        for model_row in table.rows:
            row = word_table.add_row()
            for index, (cell, content) in enumerate(zip(row.cells, model_row.cells, strict=True)):
                self._fill(cell, self._cell_paragraphs(content), widths[index])
                if table.label_column and index == 0:
                    _shade(cell, LABEL_FILL)
        self._new_paragraph("Normal").paragraph_format.space_after = Pt(4)

    @staticmethod
    def _cell_paragraphs(cell: Cell) -> list[Paragraph]:
        return list(cell.paragraphs) or [Paragraph("", Role.CELL)]

    def _facts(self, facts: Facts) -> None:
        if not facts.rows:
            return
        widths = [Mm(32), Emu(int(self.text_width) - int(Mm(32)))]
        table: Any = self._new_body_table(2)
        table.autofit = False
        for label, lines in facts.rows:
            row = table.add_row()
            self._fill(row.cells[0], [Paragraph(label, Role.CELL_LABEL, composed=True)], widths[0])
            values = [Paragraph(line.strip(), Role.CELL) for line in lines if line.strip()]
            self._fill(row.cells[1], values, widths[1])
        self._new_paragraph("Normal")

    def finish(self, output: BinaryIO) -> None:
        self.word.save(output)


def render_docx(
    document: Document,
    options: ReportOptions,
    output: BinaryIO,
    progress: Progress | None = None,
) -> None:
    """Writes the document to ``output`` as a ``.docx`` file; ``progress(done, total)`` may
    raise to cancel."""
    renderer = WordRenderer(document, options)
    total = max(document.steps, 1)
    done = 0
    for block in document.blocks:
        if isinstance(block, Step):
            done = min(done + 1, total)
            if progress is not None:
                progress(done, total)
            continue
        renderer.add(block)
    renderer.finish(output)
    if progress is not None:
        progress(total, total)
