"""The exchange summary: one exchange, from what it was and its key points to its follow-up
actions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from counsellor_app.domain import Action, Comparison, Exchange, Observation, Person, Visit
from counsellor_app.reports.catalogue import capitalised
from counsellor_app.reports.comparisons import comparison_blocks, evidence_ids
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.front_page import document_info, key_points, opening, organisation_line
from counsellor_app.reports.model import (
    Block,
    Cell,
    Document,
    Heading,
    Paragraph,
    Role,
    Row,
    Step,
    Table,
)
from counsellor_app.reports.observations import (
    KEY_KINDS,
    key_point,
    observation_entry,
    observation_reference,
    text_cell,
)
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.records import ReportRecords

# Steps besides one per comparison and one per observation: the opening, the itinerary and
# participants, the comparisons' heading, the observations' heading, the actions.
_FIXED_STEPS = 5


def _by_start(visit: Visit) -> tuple[date, date]:
    return (visit.start or date.max, visit.end or date.max)


def _itinerary(visits: Sequence[Visit], context: ReportContext) -> Iterator[Block]:
    words = context.words
    yield Heading(words("Itinerary"), 1)
    if not visits:
        yield Paragraph(words("No visits recorded."), Role.EMPTY, composed=True)
        return
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
        period = context.period(visit.start, visit.end)
        rows.append(
            Row(
                (
                    text_cell(period, context, composed=True),
                    text_cell(place, context),
                    text_cell(hosts, context),
                    text_cell(visit.purpose, context),
                ),
                label=period or place or None,
            )
        )
    header = tuple(words(label) for label in ("Dates", "Place", "Host → visitor", "Purpose"))
    yield Table(header, tuple(rows), (0.2, 0.2, 0.23, None))


def _participants(
    exchange: Exchange, visits: Sequence[Visit], speakers: Sequence[str], context: ReportContext
) -> Iterator[Block]:
    words = context.words
    naming = context.naming
    yield Heading(words("Participants"), 1)
    person_ids = [pid for visit in visits for pid in visit.participants]
    person_ids += speakers
    people: dict[str, Person] = {}
    for person_id in person_ids:
        person = context.directory.get(person_id, Person)
        if person is not None:
            people.setdefault(person.id, person)
    if not people:
        yield Paragraph(words("No participants recorded."), Role.EMPTY, composed=True)
        return
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
    header = (words("Name"), words("Role"), words("Office"))
    for organisation_id in order:
        organisation = context.organisation(organisation_id)
        title = organisation.name if organisation else words("Without an organisation")
        if organisation and organisation.full_name and organisation.full_name.strip():
            title = f"{title} — {organisation.full_name.strip()}"
        members = sorted(groups[organisation_id], key=lambda p: naming.name(p).casefold())
        rows = tuple(
            Row(
                (
                    Cell((Paragraph(naming.name(person), Role.CELL),)),
                    text_cell(person.role, context),
                    text_cell(person.office, context),
                ),
                label=naming.name(person),
            )
            for person in members
        )
        yield Heading(title, 2)
        yield Table(header, rows, (0.34, 0.34, None))


def _follow_up(actions: Sequence[Action], context: ReportContext) -> Iterator[Block]:
    words = context.words
    yield Heading(words("Follow-up actions"), 1)
    if not actions:
        yield Paragraph(words("No follow-up actions recorded."), Role.EMPTY, composed=True)
        return
    header = tuple(words(label) for label in ("Action", "Owner", "Due", "Status"))
    rows = tuple(
        Row(
            (
                text_cell(action.text, context),
                text_cell(context.naming.free_text_name(action.owner), context),
                text_cell(context.date(action.due), context, composed=True),
                text_cell(
                    words.enum(action.status) if action.status else "", context, composed=True
                ),
            )
        )
        for action in actions
    )
    yield Table(header, rows, (None, 0.23, 0.14, 0.12))


def home_theme(observation: Observation, context: ReportContext) -> str | None:
    """The theme an observation is printed under: its first one not in the trash."""
    themes = context.themes_of(observation.themes)
    return themes[0] if themes else None


def _observations(exchange: Exchange, context: ReportContext) -> Iterator[Block]:
    """Each observation once, under its first theme (the key kinds among the key points); each
    theme's section then points to its observations printed elsewhere."""
    words = context.words
    records = context.records
    yield Heading(words("Observations by theme"), 1)
    if records.count_observations(exchange.id) == 0:
        yield Paragraph(words("No observations recorded."), Role.EMPTY, composed=True)
        return
    for theme in context.directory.themes:
        if records.count_observations(exchange.id, theme=theme.id) == 0:
            continue
        yield Heading(theme.name, 2)
        if theme.description and theme.description.strip():
            yield Paragraph(theme.description.strip(), Role.META)
        elsewhere = 0
        for observation in records.observations(exchange.id, theme=theme.id):
            if observation.kind in KEY_KINDS or home_theme(observation, context) != theme.id:
                elsewhere += 1
                continue
            yield observation_entry(observation, context, home=theme.id)
            yield Step()
        if not elsewhere:
            continue
        yield Paragraph(
            words("Also about this theme, printed elsewhere in this report:"),
            Role.MINOR_HEADING,
            composed=True,
        )
        for observation in records.observations(exchange.id, theme=theme.id):
            home = home_theme(observation, context)
            if observation.kind in KEY_KINDS:
                where = words("among the key points")
            elif home != theme.id:
                named = context.theme(home)
                where = words("under {theme}", theme=named.name if named else "")
            else:
                continue
            yield observation_reference(observation, context, where)
    others = records.observations(exchange.id, unthemed=True)
    heading_given = False
    for observation in others:
        if observation.kind in KEY_KINDS:
            continue
        if not heading_given:
            yield Heading(words("Other observations"), 2)
            heading_given = True
        yield observation_entry(observation, context)
        yield Step()


def exchange_summary(
    records: ReportRecords, exchange_id: str, options: ReportOptions = ReportOptions()
) -> Document:
    """The summary of one exchange, as a document to render."""
    options.check()
    context = ReportContext(records, options)
    records = context.records  # names withheld from every text read
    words = context.words
    exchange = context.exchange(exchange_id)
    if exchange is None:
        raise ReportError(f"There is no exchange with id {exchange_id!r}.")
    visits = records.visits(exchange.id)
    context.know_visits(visits)
    comparisons: list[Comparison] = records.comparisons(exchange.id)
    steps = _FIXED_STEPS + len(comparisons) + records.count_observations(exchange.id)
    kind = words("Exchange summary")

    def blocks() -> Iterator[Block]:
        facts = [
            capitalised(words.enum(exchange.kind)) if exchange.kind else "",
            capitalised(words.enum(exchange.status)) if exchange.status else "",
            context.period(exchange.start, exchange.end),
        ]
        subtitle = " · ".join([kind, *(fact for fact in facts if fact)])
        organisations = [
            organisation_line(organisation, context)
            for organisation in map(context.organisation, exchange.organisations)
            if organisation is not None
        ]
        yield from opening(
            exchange.title,
            subtitle,
            [
                (words("Organisations"), tuple(organisations)),
                (words("Framework"), ((exchange.framework or "").strip(),)),
                (words("Funding"), ((exchange.funding or "").strip(),)),
            ],
            context,
        )
        if exchange.summary and exchange.summary.strip():
            yield Paragraph(words("Summary"), Role.MINOR_HEADING, composed=True)
            yield Paragraph(exchange.summary.strip(), Role.BODY)
        yield from key_points(
            (key_point(o, context) for o in records.observations(exchange.id, kinds=KEY_KINDS)),
            context,
            intro="The recommendations and lessons recorded, each with where it came from.",
            empty="No recommendations or lessons recorded.",
            step=True,
        )
        yield Step()
        yield from _itinerary(visits, context)
        yield from _participants(exchange, visits, records.speaker_ids(exchange.id), context)
        yield Step()
        yield Heading(words("Practice comparisons"), 1)
        if not comparisons:
            yield Paragraph(words("No comparisons recorded."), Role.EMPTY, composed=True)
        evidence = records.observations_by_id(evidence_ids(comparisons))
        for comparison in comparisons:
            yield from comparison_blocks(comparison, evidence, context, level=2)
            yield Step()
        yield Step()
        yield from _observations(exchange, context)
        yield Step()
        yield from _follow_up(records.actions(exchange.id), context)
        yield Step()

    return Document(document_info(exchange.title, kind, context), blocks(), steps)
