"""The opening of every report: what it is, about whom, from whom, and the key points."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from counsellor_app.domain import Organisation
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.model import (
    Block,
    DocumentInfo,
    Facts,
    Heading,
    KeyPoint,
    Paragraph,
    Role,
    Step,
    Title,
)

PROGRAM_NAME = "Exchange Notes"


def organisation_line(organisation: Organisation, context: ReportContext) -> str:
    """``Fedasil — Federal Agency for the Reception of Asylum Seekers, BE``."""
    details = [
        part.strip()
        for part in (organisation.full_name, organisation.country)
        if part and part.strip()
    ]
    return f"{organisation.name} — {', '.join(details)}" if details else organisation.name


def made_facts(context: ReportContext) -> list[tuple[str, tuple[str, ...]]]:
    """Who made the report and when: the author and agency of the settings, unless withheld."""
    words = context.words
    rows: list[tuple[str, tuple[str, ...]]] = []
    made_by = context.options.made_by()
    if made_by:
        rows.append((words("Prepared by"), (made_by,)))
    rows.append((words("Made on"), (context.date(context.options.made()),)))
    return rows


def opening(
    title: str,
    subtitle: str,
    facts: list[tuple[str, tuple[str, ...]]],
    context: ReportContext,
) -> list[Block]:
    """The title, what the report is, and its facts (who made it last)."""
    rows = [(label, lines) for label, lines in facts if any(line.strip() for line in lines)]
    rows += made_facts(context)
    return [Title(title, subtitle), Facts(tuple(rows))]


def key_points(
    points: Iterable[KeyPoint],
    context: ReportContext,
    *,
    intro: str,
    empty: str,
    step: bool = False,
) -> Iterator[Block]:
    """The "Key points" section: a line saying what they are, then each point (each a step of
    the progress with ``step``)."""
    yield Heading(context.words("Key points"), 1)
    yield Paragraph(context.words(intro), Role.META, composed=True)
    any_point = False
    for point in points:
        any_point = True
        yield point
        if step:
            yield Step()
    if not any_point:
        yield Paragraph(context.words(empty), Role.EMPTY, composed=True)


def document_info(title: str, subject: str, context: ReportContext) -> DocumentInfo:
    """The metadata, header and footer of a report."""
    words = context.words
    footer = f"{PROGRAM_NAME} · " + words(
        "made on {date}", date=context.date(context.options.made())
    )
    if context.redact:
        footer += " · " + words("names replaced by roles")
    return DocumentInfo(
        title=title,
        subject=subject,
        language=context.language,
        author=context.options.made_by(),
        footer=footer,
        page_numbers=words("page {page} of {pages}", page="{page}", pages="{pages}"),
    )
