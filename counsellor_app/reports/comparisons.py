"""A practice comparison in a report: its heading and the side-by-side table, one column per
organisation, shared by the exchange summary and the comparison digest."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from counsellor_app.domain import Comparison, Practice
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.dates import format_date
from counsellor_app.reports.flowing_text import paragraph, paragraphs
from counsellor_app.reports.layout import Row, long_table
from counsellor_app.reports.observations import evidence_items

LABEL_WIDTH = 24 * mm
# More organisations than this and the columns are too narrow to read: the table continues
# below with the next organisations.
MAX_COLUMNS = 3


def comparison_meta(comparison: Comparison, context: ReportContext, *, with_exchange: bool) -> str:
    """``As observed on 7 Oct 2016 · Transferability: high · Themes: Trust``."""
    parts: list[str] = []
    if comparison.observed_on is not None:
        parts.append(f"As observed on {format_date(comparison.observed_on)}")
    if comparison.transferability is not None:
        parts.append(f"Transferability: {comparison.transferability}")
    else:
        parts.append("Transferability: not assessed")
    themes = context.theme_names(comparison.themes)
    if themes:
        parts.append("Themes: " + ", ".join(themes))
    if with_exchange:
        exchange = context.exchange(comparison.exchange)
        if exchange is not None:
            parts.append(f"Exchange: {exchange.title}")
    return " · ".join(parts)


def _text_cell(text: str | None, context: ReportContext) -> list[Flowable]:
    if text is None or not text.strip():
        return [paragraph("—", context.styles.empty)]
    return paragraphs(text.strip(), context.styles.cell)


def _practice_table(
    practices: Sequence[Practice], columns: int, context: ReportContext
) -> Flowable:
    styles = context.styles
    column = (context.width - LABEL_WIDTH) / columns
    widths = [LABEL_WIDTH] + [column] * len(practices)
    header = [
        [paragraph("", styles.label)],
        *(
            [paragraph(context.organisation_name(p.organisation), styles.column_head)]
            for p in practices
        ),
    ]
    rows = [
        Row(
            [
                [paragraph("Description", styles.label)],
                *(_text_cell(p.description, context) for p in practices),
            ]
        )
    ]
    for label, texts in (
        ("Strengths", [p.strengths for p in practices]),
        ("Challenges", [p.challenges for p in practices]),
    ):
        if any(text and text.strip() for text in texts):
            rows.append(
                Row([[paragraph(label, styles.label)], *(_text_cell(t, context) for t in texts)])
            )
    evidence = [evidence_items(p.evidence, context) for p in practices]
    if any(evidence):
        rows.append(
            Row(
                [
                    [paragraph("Evidence", styles.label)],
                    *(cell or [paragraph("—", styles.empty)] for cell in evidence),
                ]
            )
        )
    return long_table(header, rows, widths, label_column=True)


def comparison_block(
    comparison: Comparison, context: ReportContext, *, with_exchange: bool = False
) -> list[Flowable]:
    """A comparison: aspect, when and how transferable, the side-by-side table, the summary."""
    styles = context.styles
    flowables: list[Flowable] = [
        CondPageBreak(120),
        paragraph(comparison.aspect, styles.subheading),
        paragraph(
            comparison_meta(comparison, context, with_exchange=with_exchange),
            styles.meta,
            left_to_right=True,
        ),
        Spacer(1, 4),
    ]
    practices = comparison.practices
    if not practices:
        flowables.append(paragraph("No practices recorded yet.", styles.empty))
    # Too many organisations for one table: tables of even width, one under the other.
    tables = -(-len(practices) // MAX_COLUMNS)
    columns = -(-len(practices) // tables) if practices else 1
    for start in range(0, len(practices), columns):
        if start:
            flowables.append(Spacer(1, 6))
        flowables.append(_practice_table(practices[start : start + columns], columns, context))
    if comparison.summary and comparison.summary.strip():
        flowables.append(Spacer(1, 5))
        flowables.append(paragraph("Summary", styles.minor_heading))
        flowables += paragraphs(comparison.summary.strip(), styles.body)
    flowables.append(Spacer(1, 10))
    return flowables
