"""A report as a document: headings, paragraphs, quotes, tables and key points, in the order a
reader meets them. Builders make it from records; renderers (PDF, Word) lay it out. Nothing here
knows a page, a font or a file format.

A document's blocks are an iterable, usually a generator: a report of a million observations is
laid out as it is read, never held whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

Progress = Callable[[int, int], None]
"""Told ``(done, total)`` as a report is laid out; it may raise to cancel."""


class Role(StrEnum):
    """What a paragraph is, which each renderer turns into a style."""

    BODY = "body"
    META = "meta"
    """A line of facts about what follows: kind, date, place."""
    QUOTE = "quote"
    ATTRIBUTION = "attribution"
    TRANSLATION = "translation"
    EMPTY = "empty"
    """Says that there is nothing: "No visits recorded."."""
    REFERENCE = "reference"
    """Points to something printed elsewhere in the report."""
    MINOR_HEADING = "minor_heading"
    """A heading too small for the outline ("Summary" above a text)."""
    CELL = "cell"
    CELL_QUOTE = "cell_quote"
    CELL_ATTRIBUTION = "cell_attribution"
    CELL_TRANSLATION = "cell_translation"
    CELL_LABEL = "cell_label"
    COLUMN_HEAD = "column_head"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Text in a role. Stored text keeps its line breaks (each line a paragraph of its own);
    ``composed`` text is made of the report's own words around stored values (a date line, an
    attribution) and always reads left to right."""

    text: str
    role: Role = Role.BODY
    composed: bool = False


@dataclass(frozen=True, slots=True)
class Title:
    """The report's title and the line under it saying what the report is."""

    text: str
    subtitle: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading; level 1 is a top section. Headings make the outline (PDF bookmarks,
    Word's navigation pane), so a level is never more than one below the one before."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Facts:
    """Labelled facts in two columns, without rules (framework, funding, organisations)."""

    rows: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Badge:
    """A judgement meant to be seen at a glance (``Transferability: high``) and its level
    (``high``, ``medium``, ``low``, or ``none`` for not assessed), which sets its colour."""

    text: str
    level: str


@dataclass(frozen=True, slots=True)
class Cell:
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """A row of a table. ``label`` names it where it continues on another page."""

    cells: tuple[Cell, ...]
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """A ruled table. ``widths`` are relative; ``fixed`` widths are fractions of the line for
    the columns that have one (None: share what is left). With ``label_column`` the first
    column names each row; ``continued`` is the pattern (``{label} (continued)``) written
    where a row goes on over a page."""

    header: tuple[str, ...] | None
    rows: tuple[Row, ...]
    widths: tuple[float | None, ...]
    label_column: bool = False
    continued: str = "{label}"


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A recommendation or lesson at the front of the report, with where it came from."""

    kind: str
    text: str
    translation: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Entry:
    """Paragraphs that belong together (an observation: its facts, text, speaker and
    translation): a renderer starts them on a new page rather than leave the first line alone."""

    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Step:
    """An invisible mark: one step of the report's progress has been laid out."""


Block = Title | Heading | Paragraph | Facts | Badge | Table | KeyPoint | Entry | Step


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says of itself: in its metadata, page header and footer."""

    title: str
    subject: str
    language: str
    author: str
    """Who made it (the author and agency from the settings), or "" where names are withheld."""
    footer: str
    """The footer's left part: ``Exchange Notes · made on 10 Oct 2016``."""
    page_numbers: str
    """``page {page} of {pages}`` in the report's language."""


@dataclass
class Document:
    """A report: what it says of itself, its blocks in order, and how many steps they hold."""

    info: DocumentInfo
    blocks: Iterable[Block]
    steps: int = 1
