"""A practice comparison in a report: its heading, how transferable it is, its summary, then the
side-by-side table, one column per organisation. Shared by every report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from counsellor_app.domain import Comparison, Observation, Practice
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.model import (
    Badge,
    Block,
    Cell,
    Heading,
    Paragraph,
    Role,
    Row,
    Table,
)
from counsellor_app.reports.observations import evidence_cell, text_cell

# More organisations than this and the columns are too narrow to read: the table continues
# below with the next organisations.
MAX_COLUMNS = 3
# The label column's share of the line.
LABEL_SHARE = 0.14


def comparison_meta(
    comparison: Comparison,
    context: ReportContext,
    *,
    with_exchange: bool,
    home: str | None = None,
) -> str:
    """``As observed on 7 Oct 2016 · Themes: Trust, Information · Exchange: …``."""
    words = context.words
    parts: list[str] = []
    if comparison.observed_on is not None:
        parts.append(words("As observed on {date}", date=context.date(comparison.observed_on)))
    themes = context.theme_names(comparison.themes)
    if themes:
        parts.append(words.label("Themes", ", ".join(themes)))
    if with_exchange:
        exchange = context.exchange(comparison.exchange)
        if exchange is not None:
            parts.append(words.label("Exchange", exchange.title))
    return " · ".join(parts)


def transferability_badge(comparison: Comparison, context: ReportContext) -> Badge:
    words = context.words
    if comparison.transferability is None:
        return Badge(words.label("Transferability", words("not assessed")), "none")
    value = comparison.transferability
    return Badge(words.label("Transferability", words.enum(value)), str(value))


def evidence_ids(comparisons: Iterable[Comparison]) -> list[str]:
    """Every observation cited by the comparisons' practices."""
    return list(dict.fromkeys(e for c in comparisons for p in c.practices for e in p.evidence))


def _practice_table(
    practices: Sequence[Practice],
    columns: int,
    evidence: Mapping[str, Observation],
    context: ReportContext,
) -> Table:
    words = context.words
    header = ("", *(context.organisation_name(p.organisation) for p in practices))
    share = (1 - LABEL_SHARE) / columns
    widths: tuple[float | None, ...] = (LABEL_SHARE, *([share] * len(practices)))

    def label(text: str) -> Cell:
        return Cell((Paragraph(text, Role.CELL_LABEL, composed=True),))

    rows = [
        Row(
            (label(words("Description")), *(text_cell(p.description, context) for p in practices)),
            label=words("Description"),
        )
    ]
    for name, texts in (
        ("Strengths", [p.strengths for p in practices]),
        ("Challenges", [p.challenges for p in practices]),
    ):
        if any(text and text.strip() for text in texts):
            rows.append(
                Row(
                    (label(words(name)), *(text_cell(t, context) for t in texts)),
                    label=words(name),
                )
            )
    cells = [evidence_cell(p.evidence, evidence, context) for p in practices]
    if any(cells):
        rows.append(
            Row(
                (
                    label(words("Evidence")),
                    *(Cell(tuple(c) or (Paragraph("—", Role.EMPTY),)) for c in cells),
                ),
                label=words("Evidence"),
            )
        )
    return Table(
        header,
        tuple(rows),
        widths,
        label_column=True,
        continued=words("{label} (continued)", label="{label}"),
    )


def comparison_blocks(
    comparison: Comparison,
    evidence: Mapping[str, Observation],
    context: ReportContext,
    *,
    level: int,
    with_exchange: bool = False,
) -> list[Block]:
    """A comparison: aspect, when and on what, how transferable, its summary, then the table."""
    words = context.words
    blocks: list[Block] = [Heading(comparison.aspect, level)]
    meta = comparison_meta(comparison, context, with_exchange=with_exchange)
    if meta:
        blocks.append(Paragraph(meta, Role.META, composed=True))
    blocks.append(transferability_badge(comparison, context))
    if comparison.summary and comparison.summary.strip():
        blocks.append(Paragraph(words("Summary"), Role.MINOR_HEADING, composed=True))
        blocks.append(Paragraph(comparison.summary.strip(), Role.BODY))
    practices = comparison.practices
    if not practices:
        blocks.append(Paragraph(words("No practices recorded yet."), Role.EMPTY))
    # Too many organisations for one table: tables of even width, one under the other.
    tables = -(-len(practices) // MAX_COLUMNS)
    columns = -(-len(practices) // tables) if practices else 1
    for start in range(0, len(practices), columns):
        blocks.append(
            _practice_table(practices[start : start + columns], columns, evidence, context)
        )
    return blocks


def comparison_reference(comparison: Comparison, context: ReportContext, where: str) -> Paragraph:
    """``Who informs asylum seekers… — under Trust``."""
    return Paragraph(f"{comparison.aspect} — {where}", Role.REFERENCE, composed=True)
