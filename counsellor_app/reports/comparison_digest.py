"""The comparison digest: every comparison matching a theme, organisation or exchange, by theme,
each printed once."""

from __future__ import annotations

from collections.abc import Iterator

from counsellor_app.domain import Comparison, Organisation, Theme, Transferability
from counsellor_app.reports.comparisons import (
    comparison_blocks,
    comparison_reference,
    evidence_ids,
)
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.front_page import document_info, key_points, opening
from counsellor_app.reports.model import Block, Document, Heading, KeyPoint, Paragraph, Role, Step
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.records import ReportRecords


def matching(name: str, candidates: tuple[Theme, ...] | tuple[Organisation, ...]) -> set[str]:
    """The ids of the records named ``name`` (or, for organisations, so called in full),
    regardless of case."""
    wanted = name.strip().casefold()
    found: set[str] = set()
    for record in candidates:
        names = [record.name]
        if isinstance(record, Organisation) and record.full_name:
            names.append(record.full_name)
        if any(n.strip().casefold() == wanted for n in names):
            found.add(record.id)
    return found


def _homes(
    comparisons: list[Comparison], context: ReportContext, only_themes: set[str] | None
) -> dict[str, list[str]]:
    """Each comparison's themes in the digest (those of the filter, if any), first its home."""
    homes: dict[str, list[str]] = {}
    for comparison in comparisons:
        themes = context.themes_of(comparison.themes)
        if only_themes is not None:
            themes = [t for t in themes if t in only_themes]
        homes[comparison.id] = themes
    return homes


def _key_point(comparison: Comparison, context: ReportContext) -> KeyPoint:
    words = context.words
    source: list[str] = []
    exchange = context.exchange(comparison.exchange)
    if exchange is not None:
        source.append(exchange.title)
    if comparison.observed_on is not None:
        source.append(words("As observed on {date}", date=context.date(comparison.observed_on)))
    return KeyPoint(
        kind=words.label("Transferability", words.enum(Transferability.HIGH)),
        text=comparison.aspect,
        translation=(comparison.summary or "").strip() or None,
        source=" · ".join(source),
    )


def comparison_digest(
    records: ReportRecords,
    options: ReportOptions = ReportOptions(),
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
) -> Document:
    """Every comparison matching the filters, side by side, grouped by theme, as a document.

    ``theme`` and ``organisation`` are names, matched regardless of case; an organisation
    matches a comparison holding a practice of it.
    """
    options.check()
    context = ReportContext(records, options)
    records = context.records  # names withheld from every text read
    words = context.words
    directory = context.directory
    filters: list[str] = []
    comparisons = records.comparisons(None)
    theme_ids: set[str] | None = None
    if theme is not None and theme.strip():
        theme_ids = matching(theme, directory.themes)
        if not theme_ids:
            raise ReportError(f"There is no theme named {theme.strip()!r}.")
        comparisons = [c for c in comparisons if theme_ids.intersection(c.themes)]
        filters.append(words.label("Theme", theme.strip()))
    if organisation is not None and organisation.strip():
        organisation_ids = matching(organisation, directory.organisations)
        if not organisation_ids:
            raise ReportError(f"There is no organisation named {organisation.strip()!r}.")
        comparisons = [
            c for c in comparisons if any(p.organisation in organisation_ids for p in c.practices)
        ]
        filters.append(words.label("Organisation", organisation.strip()))
    if exchange_id is not None:
        exchange = context.exchange(exchange_id)
        if exchange is None:
            raise ReportError(f"There is no exchange with id {exchange_id!r}.")
        comparisons = [c for c in comparisons if c.exchange == exchange.id]
        filters.append(words.label("Exchange", exchange.title))
    # Comparisons of exchanges in the trash are not reported.
    comparisons = [c for c in comparisons if context.exchange(c.exchange) is not None]
    homes = _homes(comparisons, context, theme_ids)
    kind = words("Comparison digest")
    count = words.count(len(comparisons), "1 comparison", "{n} comparisons")
    subtitle = " · ".join([*(filters or [words("All comparisons")]), count])

    def blocks() -> Iterator[Block]:
        yield from opening(kind, subtitle, [], context)
        highly = [c for c in comparisons if c.transferability is Transferability.HIGH]
        yield from key_points(
            (_key_point(c, context) for c in highly),
            context,
            intro="The practices judged highly transferable, each with the exchange it came from.",
            empty="No practice is judged highly transferable.",
        )
        yield Step()
        evidence = records.observations_by_id(evidence_ids(comparisons))
        if not comparisons:
            yield Paragraph(words("No comparisons match."), Role.EMPTY, composed=True)
        for group in directory.themes:
            members = [c for c in comparisons if group.id in homes[c.id]]
            if not members:
                continue
            yield Heading(group.name, 1)
            if group.description and group.description.strip():
                yield Paragraph(group.description.strip(), Role.META)
            printed_elsewhere = []
            for comparison in members:
                if homes[comparison.id][0] != group.id:
                    printed_elsewhere.append(comparison)
                    continue
                yield from comparison_blocks(
                    comparison, evidence, context, level=2, with_exchange=True
                )
                yield Step()
            if printed_elsewhere:
                yield Paragraph(
                    words("Also about this theme, printed under another:"),
                    Role.MINOR_HEADING,
                    composed=True,
                )
                for comparison in printed_elsewhere:
                    home = context.theme(homes[comparison.id][0])
                    where = words("under {theme}", theme=home.name if home else "")
                    yield comparison_reference(comparison, context, where)
        unthemed = [c for c in comparisons if not homes[c.id]]
        if unthemed:
            yield Heading(words("Other comparisons"), 1)
            for comparison in unthemed:
                yield from comparison_blocks(
                    comparison, evidence, context, level=2, with_exchange=True
                )
                yield Step()

    title = f"{kind} — {' · '.join(filters)}" if filters else kind
    info = document_info(title, kind, context)
    return Document(info, blocks(), 2 + len(comparisons))
