"""The theme dossier: everything recorded about one theme across exchanges, newest exchange
first — what "what have we learned about reintegration?" asks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from counsellor_app.domain import Comparison, Exchange, Observation, Theme
from counsellor_app.reports.catalogue import capitalised
from counsellor_app.reports.comparison_digest import matching
from counsellor_app.reports.comparisons import comparison_blocks, evidence_ids
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.front_page import document_info, key_points, opening
from counsellor_app.reports.model import Block, Document, Heading, Paragraph, Role, Step
from counsellor_app.reports.observations import (
    KEY_KINDS,
    key_point,
    observation_entry,
    observation_reference,
)
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.records import ReportRecords


@dataclass(frozen=True)
class _Part:
    """One exchange in the dossier: its comparisons about the theme, and how many
    observations."""

    exchange: Exchange
    comparisons: list[Comparison]
    observations: int


def _bounds(exchange: Exchange) -> tuple[date | None, date | None]:
    start = exchange.start or exchange.end
    return start, exchange.end or start


def within(exchange: Exchange, since: date | None, until: date | None) -> bool:
    """Whether the exchange took place (at least in part) between the dates; an exchange
    without dates is within only when no date is asked for."""
    if since is None and until is None:
        return True
    start, end = _bounds(exchange)
    if start is None or end is None:
        return False
    return (since is None or end >= since) and (until is None or start <= until)


def newest_first(exchange: Exchange) -> tuple[bool, int, str]:
    """A sort key: dated exchanges first, the latest start first, then by title."""
    start, _ = _bounds(exchange)
    return (start is None, -start.toordinal() if start else 0, exchange.title.casefold())


def theme_dossier(
    records: ReportRecords,
    theme_name: str,
    options: ReportOptions = ReportOptions(),
    *,
    exchange_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Document:
    """The comparisons and observations about one theme, exchange by exchange, newest first:
    of every exchange, or of the one given, or of those between ``since`` and ``until``."""
    options.check()
    context = ReportContext(records, options)
    records = context.records  # names withheld from every text read
    words = context.words
    found = matching(theme_name, context.directory.themes)
    if not theme_name.strip() or not found:
        raise ReportError(f"There is no theme named {theme_name.strip()!r}.")
    theme = next(t for t in context.directory.themes if t.id in found)
    if since is not None and until is not None and until < since:
        raise ReportError(f"The end date {until.isoformat()} is before {since.isoformat()}.")
    exchanges = list(context.directory.exchanges)
    if exchange_id is not None:
        chosen = context.exchange(exchange_id)
        if chosen is None:
            raise ReportError(f"There is no exchange with id {exchange_id!r}.")
        exchanges = [chosen]
    exchanges = sorted((e for e in exchanges if within(e, since, until)), key=newest_first)
    counts = records.count_by_exchange(theme.id)
    about: dict[str, list[Comparison]] = {}
    for comparison in records.comparisons(exchange_id):
        if theme.id in context.themes_of(comparison.themes) and comparison.exchange:
            about.setdefault(comparison.exchange, []).append(comparison)
    parts = [
        _Part(exchange, about.get(exchange.id, []), counts.get(exchange.id, 0))
        for exchange in exchanges
        if exchange.id in about or counts.get(exchange.id)
    ]
    steps = 2 + sum(len(p.comparisons) + p.observations for p in parts)
    kind = words("Theme dossier")
    return Document(
        document_info(words("Theme dossier: {theme}", theme=theme.name), kind, context),
        _blocks(theme, parts, context, since, until),
        steps,
    )


def _blocks(
    theme: Theme,
    parts: list[_Part],
    context: ReportContext,
    since: date | None,
    until: date | None,
) -> Iterator[Block]:
    words = context.words
    records = context.records
    for part in parts:
        context.know_visits(records.visits(part.exchange.id))
    kind = words("Theme dossier")
    count = words.count(len(parts), "1 exchange", "{n} exchanges")
    facts = [
        (words("Description"), ((theme.description or "").strip(),)),
        (
            words("Exchanges"),
            tuple(
                " · ".join(x for x in (p.exchange.title, context.period(*_bounds(p.exchange))) if x)
                for p in parts
            ),
        ),
    ]
    if since is not None or until is not None:
        facts.append((words("Period"), (context.period(since, until),)))
    yield from opening(theme.name, f"{kind} · {count}", facts, context)
    order = [part.exchange.id for part in parts]
    yield from key_points(
        (
            key_point(observation, context, with_exchange=True)
            for observation in records.observations_across(order, theme=theme.id, kinds=KEY_KINDS)
        ),
        context,
        intro="The recommendations and lessons recorded, each with where it came from.",
        empty="No recommendations or lessons recorded.",
        step=True,
    )
    yield Step()
    if not parts:
        yield Paragraph(words("Nothing recorded about this theme."), Role.EMPTY, composed=True)
    # One reading of the observations for every exchange, newest first; each exchange's part
    # begins where its first observation comes (or with its comparisons, when it has none).
    observations = records.observations_across(order, theme=theme.id)
    pending: Observation | None = next(observations, None)
    for part in parts:
        yield from _exchange_opening(part, context)
        if not part.observations:
            continue
        yield Heading(words("Observations"), 2)
        key_ones: list[Observation] = []
        while pending is not None and pending.exchange == part.exchange.id:
            if pending.kind in KEY_KINDS:
                key_ones.append(pending)
            else:
                yield observation_entry(pending, context, home=theme.id)
                yield Step()
            pending = next(observations, None)
        if key_ones:
            yield Paragraph(
                words("Also about this theme, printed elsewhere in this report:"),
                Role.MINOR_HEADING,
                composed=True,
            )
            where = words("among the key points")
            for observation in key_ones:
                yield observation_reference(observation, context, where)
    yield Step()


def _exchange_opening(part: _Part, context: ReportContext) -> Iterator[Block]:
    """An exchange's heading and facts, then its comparisons about the theme."""
    words = context.words
    exchange = part.exchange
    yield Heading(exchange.title, 1)
    facts_line = [
        capitalised(words.enum(exchange.kind)) if exchange.kind else "",
        context.period(exchange.start, exchange.end),
        ", ".join(context.organisation_name(o) for o in exchange.organisations),
    ]
    line = " · ".join(f for f in facts_line if f)
    if line:
        yield Paragraph(line, Role.META, composed=True)
    if part.comparisons:
        yield Heading(words("Practice comparisons"), 2)
        evidence = context.records.observations_by_id(evidence_ids(part.comparisons))
        for comparison in part.comparisons:
            yield from comparison_blocks(comparison, evidence, context, level=3)
            yield Step()
