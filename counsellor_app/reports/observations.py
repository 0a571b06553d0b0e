"""Observations in a report: an entry with its facts, text, speaker and translation; a key point;
a reference to one printed elsewhere; the quotes backing a practice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from counsellor_app.domain import Observation, ObservationKind
from counsellor_app.reports.catalogue import capitalised
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.model import Cell, Entry, KeyPoint, Paragraph, Role

# The kinds printed among the key points, at the front, rather than under their theme.
KEY_KINDS = (ObservationKind.RECOMMENDATION, ObservationKind.LESSON)
# A reference shows this much of the text it points to.
_GLIMPSE = 90


def quoted(observation: Observation, context: ReportContext) -> str:
    text = observation.text.strip()
    if observation.kind is ObservationKind.QUOTE:
        return context.words.quoted(text)
    return text


def observation_meta(
    observation: Observation, context: ReportContext, *, with_exchange: bool = False
) -> str:
    """``Quote · 28 Sept 2016 · Bobigny · fr · noted by Régis``."""
    words = context.words
    parts = [capitalised(words.enum(observation.kind))]
    if observation.recorded_at is not None:
        parts.append(context.date(observation.recorded_at))
    visit = context.visit_label(observation.visit)
    if visit:
        parts.append(visit)
    if with_exchange:
        exchange = context.exchange(observation.exchange)
        if exchange is not None:
            parts.append(exchange.title)
    if observation.language and observation.language.strip():
        parts.append(observation.language.strip())
    if not context.redact:
        recorder = context.naming.free_text_name(observation.recorded_by)
        if recorder:
            parts.append(words("noted by {name}", name=recorder))
    return " · ".join(parts)


def observation_entry(
    observation: Observation,
    context: ReportContext,
    *,
    home: str | None = None,
    with_exchange: bool = False,
) -> Entry:
    """One observation in full; its themes other than ``home`` (the one it is printed under)
    are named, so a reader knows it is not printed again under them."""
    words = context.words
    is_quote = observation.kind is ObservationKind.QUOTE
    paragraphs = [
        Paragraph(
            observation_meta(observation, context, with_exchange=with_exchange),
            Role.META,
            composed=True,
        ),
        Paragraph(quoted(observation, context), Role.QUOTE if is_quote else Role.BODY),
    ]
    speaker = context.naming.attribution(observation.speaker)
    if speaker:
        paragraphs.append(Paragraph(f"— {speaker}", Role.ATTRIBUTION, composed=True))
    if observation.translation and observation.translation.strip():
        paragraphs.append(
            Paragraph(words.label("Translation", observation.translation.strip()), Role.TRANSLATION)
        )
    others = [t for t in context.themes_of(observation.themes) if t != home]
    if others and home is not None:
        names = ", ".join(context.theme_names(others))
        paragraphs.append(Paragraph(words("Also about {theme}", theme=names), Role.META, True))
    return Entry(tuple(paragraphs))


def _glimpse(observation: Observation) -> str:
    text = " ".join(observation.text.split())
    return text if len(text) <= _GLIMPSE else text[: _GLIMPSE - 1].rstrip() + "…"


def observation_reference(
    observation: Observation, context: ReportContext, where: str
) -> Paragraph:
    """``Quote, 28 Sept 2016: “At Fedasil it's the…” — under Information``."""
    words = context.words
    facts = [capitalised(words.enum(observation.kind))]
    if observation.recorded_at is not None:
        facts.append(context.date(observation.recorded_at))
    glimpse = _glimpse(observation)
    return Paragraph(
        f"{', '.join(facts)}: {words.quoted(glimpse)} — {where}", Role.REFERENCE, composed=True
    )


def key_point(
    observation: Observation, context: ReportContext, *, with_exchange: bool = False
) -> KeyPoint:
    """A recommendation or lesson with where it came from: who said it, on which visit, when
    (and in which exchange, where the report covers several)."""
    source: list[str] = []
    speaker = context.naming.attribution(observation.speaker)
    if speaker:
        source.append(speaker)
    visit = context.visit_label(observation.visit)
    if visit:
        source.append(visit)
    if with_exchange:
        exchange = context.exchange(observation.exchange)
        if exchange is not None:
            source.append(exchange.title)
    if observation.recorded_at is not None:
        source.append(context.date(observation.recorded_at))
    translation = (observation.translation or "").strip() or None
    return KeyPoint(
        kind=capitalised(context.words.enum(observation.kind)),
        text=observation.text.strip(),
        translation=context.words.label("Translation", translation) if translation else None,
        source=" · ".join(source),
    )


def evidence_cell(
    evidence: Sequence[str], found: Mapping[str, Observation], context: ReportContext
) -> list[Paragraph]:
    """The observations backing a practice, for a table cell: quote, speaker, translation."""
    paragraphs: list[Paragraph] = []
    for observation_id in evidence:
        observation = found.get(observation_id)
        if observation is None:
            continue
        paragraphs.append(Paragraph(quoted(observation, context), Role.CELL_QUOTE))
        speaker = context.naming.attribution(observation.speaker)
        if speaker:
            paragraphs.append(Paragraph(f"— {speaker}", Role.CELL_ATTRIBUTION, composed=True))
        if observation.translation and observation.translation.strip():
            paragraphs.append(Paragraph(observation.translation.strip(), Role.CELL_TRANSLATION))
    return paragraphs


def text_cell(text: str | None, context: ReportContext, *, composed: bool = False) -> Cell:
    """A cell of stored text, or of the report's own words (a date, a status) if
    ``composed``; a dash for nothing."""
    if text is None or not text.strip():
        return Cell((Paragraph("—", Role.EMPTY, composed=True),))
    return Cell((Paragraph(text.strip(), Role.CELL, composed=composed),))
