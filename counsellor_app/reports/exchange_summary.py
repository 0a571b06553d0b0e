"""The exchange summary: one exchange, from its title block to its follow-up actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from counsellor_app.domain import (
    Action,
    Comparison,
    Exchange,
    Observation,
    Person,
    Snapshot,
    Theme,
    Visit,
)
from counsellor_app.reports.comparisons import comparison_block
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.dates import format_date, format_period
from counsellor_app.reports.flowing_text import paragraph, paragraphs
from counsellor_app.reports.layout import (
    PageDecor,
    Progress,
    ProgressCounter,
    Row,
    build_pdf,
    frame_width,
    long_table,
)
from counsellor_app.reports.naming import PersonNaming
from counsellor_app.reports.observations import observation_block
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.styles import report_styles

REDACTED_NOTE = "names replaced by roles"


def _heading(text: str, context: ReportContext) -> list[Flowable]:
    return [CondPageBreak(90), paragraph(text, context.styles.heading)]


def _cell(text: str | None, context: ReportContext) -> list[Flowable]:
    if text is None or not text.strip():
        return [paragraph("—", context.styles.empty)]
    return paragraphs(text.strip(), context.styles.cell)


def _title_block(exchange: Exchange, context: ReportContext) -> list[Flowable]:
    styles = context.styles
    flowables: list[Flowable] = [paragraph(exchange.title, styles.title)]
    facts = [
        str(exchange.kind).capitalize() if exchange.kind else "",
        str(exchange.status).capitalize() if exchange.status else "",
        format_period(exchange.start, exchange.end),
    ]
    subtitle = " · ".join(fact for fact in facts if fact)
    if subtitle:
        flowables.append(paragraph(subtitle, styles.subtitle))
    rows: list[Row] = []
    for label, value in (("Framework", exchange.framework), ("Funding", exchange.funding)):
        if value and value.strip():
            rows.append(Row([[paragraph(label, styles.label)], _cell(value, context)]))
    organisations: list[Flowable] = []
    for organisation_id in exchange.organisations:
        organisation = context.organisation(organisation_id)
        if organisation is None:
            continue
        details = [
            part.strip()
            for part in (organisation.full_name, organisation.country)
            if part and part.strip()
        ]
        line = organisation.name
        if details:
            line = f"{line} — {', '.join(details)}"
        organisations.append(paragraph(line, styles.cell))
    if organisations:
        rows.append(Row([[paragraph("Organisations", styles.label)], organisations]))
    if rows:
        flowables.append(long_table(None, rows, [32 * mm, context.width - 32 * mm], ruled=False))
    if exchange.summary and exchange.summary.strip():
        flowables.append(paragraph("Summary", context.styles.minor_heading))
        flowables += paragraphs(exchange.summary.strip(), styles.body)
    return flowables


def _by_start(visit: Visit) -> tuple[date, date]:
    return (visit.start or date.max, visit.end or date.max)


def _itinerary(visits: Sequence[Visit], context: ReportContext) -> list[Flowable]:
    styles = context.styles
    flowables = _heading("Itinerary", context)
    if not visits:
        return [*flowables, paragraph("No visits recorded.", styles.empty)]
    widths = [34 * mm, 36 * mm, 40 * mm]
    widths.append(context.width - sum(widths))
    header = [
        [paragraph(label, styles.column_head)]
        for label in ("Dates", "Place", "Host → visitor", "Purpose")
    ]
    rows: list[Row] = []
    for visit in sorted(visits, key=_by_start):
        place = ", ".join(
            part.strip() for part in (visit.place, visit.country) if part and part.strip()
        )
        hosts = ""
        if visit.host or visit.visitor:
            host = context.organisation_name(visit.host) if visit.host else "—"
            visitor = context.organisation_name(visit.visitor) if visit.visitor else "—"
            hosts = f"{host} → {visitor}"
        rows.append(
            Row(
                [
                    _cell(format_period(visit.start, visit.end), context),
                    _cell(place, context),
                    _cell(hosts, context),
                    _cell(visit.purpose, context),
                ]
            )
        )
    return [*flowables, long_table(header, rows, widths)]


def _participants(
    exchange: Exchange,
    visits: Sequence[Visit],
    observations: Sequence[Observation],
    context: ReportContext,
) -> list[Flowable]:
    styles = context.styles
    naming = context.naming
    flowables = _heading("Participants", context)
    person_ids = [pid for visit in visits for pid in visit.participants]
    person_ids += [o.speaker for o in observations if o.speaker]
    people: dict[str, Person] = {}
    for person_id in person_ids:
        person = context.snapshot.get(person_id, Person)
        if person is not None:
            people.setdefault(person.id, person)
    if not people:
        return [*flowables, paragraph("No participants recorded.", styles.empty)]
    groups: dict[str | None, list[Person]] = {}
    for person in people.values():
        organisation = context.organisation(person.organisation)
        groups.setdefault(organisation.id if organisation else None, []).append(person)
    order: list[str | None] = [oid for oid in exchange.organisations if oid in groups]
    order += sorted(
        (oid for oid in groups if oid is not None and oid not in order),
        key=lambda oid: context.organisation_name(oid).casefold(),
    )
    if None in groups:
        order.append(None)
    widths = [60 * mm, 60 * mm]
    widths.append(context.width - sum(widths))
    for organisation_id in order:
        organisation = context.organisation(organisation_id)
        title = organisation.name if organisation else "Without an organisation"
        if organisation and organisation.full_name and organisation.full_name.strip():
            title = f"{title} — {organisation.full_name.strip()}"
        header = [[paragraph(label, styles.column_head)] for label in ("Name", "Role", "Office")]
        members = sorted(groups[organisation_id], key=lambda p: naming.name(p).casefold())
        rows = [
            Row(
                [
                    [paragraph(naming.name(person), styles.cell)],
                    _cell(person.role, context),
                    _cell(person.office, context),
                ]
            )
            for person in members
        ]
        flowables += [
            CondPageBreak(60),
            paragraph(title, styles.minor_heading),
            long_table(header, rows, widths),
            Spacer(1, 4),
        ]
    return flowables


def _observation_groups(
    observations: Sequence[Observation], context: ReportContext
) -> list[tuple[str, str | None, list[Observation]]]:
    """(theme name, description, observations) in theme order; the unthemed ones last."""
    by_theme: dict[str, list[Observation]] = {}
    unthemed: list[Observation] = []
    for observation in observations:
        theme_ids = [t for t in dict.fromkeys(observation.themes) if context.snapshot.get(t, Theme)]
        for theme_id in theme_ids:
            by_theme.setdefault(theme_id, []).append(observation)
        if not theme_ids:
            unthemed.append(observation)
    groups = [
        (theme.name, theme.description, by_theme[theme.id])
        for theme in context.snapshot.themes
        if theme.id in by_theme
    ]
    if unthemed:
        groups.append(("Other observations", None, unthemed))
    return groups


def _follow_up(actions: Sequence[Action], context: ReportContext) -> list[Flowable]:
    styles = context.styles
    flowables = _heading("Follow-up actions", context)
    if not actions:
        return [*flowables, paragraph("No follow-up actions recorded.", styles.empty)]
    widths = [40 * mm, 24 * mm, 20 * mm]
    widths.insert(0, context.width - sum(widths))
    header = [
        [paragraph(label, styles.column_head)] for label in ("Action", "Owner", "Due", "Status")
    ]
    rows = [
        Row(
            [
                _cell(action.text, context),
                _cell(context.naming.free_text_name(action.owner), context),
                _cell(format_date(action.due), context),
                _cell(str(action.status) if action.status else "", context),
            ]
        )
        for action in actions
    ]
    return [*flowables, long_table(header, rows, widths)]


def exchange_summary_pdf(
    snapshot: Snapshot,
    exchange_id: str,
    options: ReportOptions = ReportOptions(),
    progress: Progress | None = None,
) -> bytes:
    """The summary of one exchange as PDF bytes.

    ``progress(done, total)`` is called as the pages are laid out; it may raise to cancel.
    """
    naming = PersonNaming(snapshot, redact=options.redact)
    snapshot = naming.without_names(snapshot)
    exchange = snapshot.get(exchange_id, Exchange)
    if exchange is None or exchange.deleted_at is not None:
        raise ReportError(f"There is no exchange with id {exchange_id!r}.")
    page_size = options.page_size()
    context = ReportContext(snapshot, naming, report_styles(), frame_width(page_size))

    def belongs(record: Visit | Observation | Comparison | Action) -> bool:
        return record.exchange == exchange.id and record.deleted_at is None

    visits = [v for v in snapshot.visits if belongs(v)]
    observations = [o for o in snapshot.observations if belongs(o)]
    comparisons = [c for c in snapshot.comparisons if belongs(c)]
    actions = [a for a in snapshot.actions if belongs(a)]
    groups = _observation_groups(observations, context)
    entries = sum(len(group) for _, _, group in groups)
    counter = ProgressCounter(4 + len(comparisons) + entries, progress)

    story: list[Flowable] = _title_block(exchange, context)
    story += counter.mark()
    story += _itinerary(visits, context)
    story += _participants(exchange, visits, observations, context)
    story += counter.mark()
    story += _heading("Practice comparisons", context)
    if not comparisons:
        story.append(paragraph("No comparisons recorded.", context.styles.empty))
    for comparison in comparisons:
        story += comparison_block(comparison, context)
        story += counter.mark()
    story += _heading("Observations by theme", context)
    if not groups:
        story.append(paragraph("No observations recorded.", context.styles.empty))
    for name, description, members in groups:
        story += [CondPageBreak(90), paragraph(name, context.styles.subheading)]
        if description and description.strip():
            story += paragraphs(description.strip(), context.styles.meta)
            story.append(Spacer(1, 4))
        for observation in members:
            story += observation_block(observation, context)
            story += counter.mark()
    story += counter.mark()
    story += _follow_up(actions, context)
    story += counter.mark()

    decor = PageDecor(
        title=exchange.title,
        made_on=format_date(options.made()),
        note=REDACTED_NOTE if options.redact else "",
    )
    pdf = build_pdf(
        story,
        page_size=page_size,
        decor=decor,
        title=exchange.title,
        subject="Exchange summary",
    )
    counter.finish()
    return pdf
