"""Observations in a report: a quote set off with its speaker, the translation under it."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from counsellor_app.domain import Observation, ObservationKind
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.dates import format_date
from counsellor_app.reports.flowing_text import paragraph, paragraphs

# An observation's heading line never ends a page alone.
_ROOM_FOR_START = 48.0


def _quoted(observation: Observation) -> str:
    if observation.kind is ObservationKind.QUOTE:
        return f"“{observation.text.strip()}”"
    return observation.text.strip()


def observation_meta(observation: Observation, context: ReportContext) -> str:
    """``Quote · 28 Sep 2016 · Bobigny · FR``."""
    parts = [str(observation.kind).capitalize()]
    if observation.recorded_at is not None:
        parts.append(format_date(observation.recorded_at))
    visit = context.visit_label(observation.visit)
    if visit:
        parts.append(visit)
    if observation.language and observation.language.strip():
        parts.append(observation.language.strip())
    if not context.naming.redact:
        recorder = context.naming.free_text_name(observation.recorded_by)
        if recorder:
            parts.append(f"noted by {recorder}")
    return " · ".join(parts)


def observation_block(observation: Observation, context: ReportContext) -> list[Flowable]:
    """One observation as the observations section shows it."""
    styles = context.styles
    is_quote = observation.kind is ObservationKind.QUOTE
    flowables: list[Flowable] = [
        CondPageBreak(_ROOM_FOR_START),
        paragraph(observation_meta(observation, context), styles.meta, left_to_right=True),
    ]
    flowables += paragraphs(_quoted(observation), styles.quote if is_quote else styles.body)
    speaker = context.naming.attribution(observation.speaker)
    if speaker:
        flowables.append(paragraph(f"— {speaker}", styles.attribution, left_to_right=True))
    if observation.translation and observation.translation.strip():
        flowables += paragraphs(
            f"Translation: {observation.translation.strip()}", styles.translation
        )
    flowables.append(Spacer(1, 8))
    return flowables


def evidence_items(evidence: tuple[str, ...], context: ReportContext) -> list[Flowable]:
    """The observations backing a practice, for a table cell: quote, speaker, translation."""
    styles = context.styles
    flowables: list[Flowable] = []
    for observation_id in evidence:
        observation = context.snapshot.get(observation_id, Observation)
        if observation is None or observation.deleted_at is not None:
            continue
        if flowables:
            flowables.append(Spacer(1, 5))
        flowables += paragraphs(_quoted(observation), styles.cell_quote)
        speaker = context.naming.attribution(observation.speaker)
        if speaker:
            flowables.append(paragraph(f"— {speaker}", styles.cell_attribution, left_to_right=True))
        if observation.translation and observation.translation.strip():
            flowables += paragraphs(observation.translation.strip(), styles.cell_translation)
    return flowables
