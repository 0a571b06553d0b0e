"""The comparison digest: every comparison matching a theme, organisation or exchange, by theme."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from counsellor_app.domain import Comparison, Exchange, Organisation, Snapshot, Theme
from counsellor_app.reports.comparisons import comparison_block
from counsellor_app.reports.context import ReportContext
from counsellor_app.reports.dates import format_date
from counsellor_app.reports.exchange_summary import REDACTED_NOTE
from counsellor_app.reports.flowing_text import paragraph, paragraphs
from counsellor_app.reports.layout import (
    PageDecor,
    Progress,
    ProgressCounter,
    build_pdf,
    frame_width,
)
from counsellor_app.reports.naming import PersonNaming
from counsellor_app.reports.options import ReportError, ReportOptions
from counsellor_app.reports.styles import report_styles

DIGEST_TITLE = "Comparison digest"


def _matching(name: str, candidates: tuple[Theme, ...] | tuple[Organisation, ...]) -> set[str]:
    wanted = name.strip().casefold()
    found: set[str] = set()
    for record in candidates:
        if record.deleted_at is not None:
            continue
        names = [record.name]
        if isinstance(record, Organisation) and record.full_name:
            names.append(record.full_name)
        if any(n.strip().casefold() == wanted for n in names):
            found.add(record.id)
    return found


def _groups(
    comparisons: list[Comparison], snapshot: Snapshot, only_themes: set[str] | None
) -> list[tuple[str, str | None, list[Comparison]]]:
    """(theme name, description, comparisons) in theme order; the unthemed ones last."""
    by_theme: dict[str, list[Comparison]] = {}
    unthemed: list[Comparison] = []
    for comparison in comparisons:
        theme_ids = [
            t for t in dict.fromkeys(comparison.themes) if snapshot.get(t, Theme) is not None
        ]
        if only_themes is not None:
            theme_ids = [t for t in theme_ids if t in only_themes]
        for theme_id in theme_ids:
            by_theme.setdefault(theme_id, []).append(comparison)
        if not theme_ids:
            unthemed.append(comparison)
    groups = [
        (theme.name, theme.description, by_theme[theme.id])
        for theme in snapshot.themes
        if theme.id in by_theme
    ]
    if unthemed:
        groups.append(("Other comparisons", None, unthemed))
    return groups


def comparison_digest_pdf(
    snapshot: Snapshot,
    options: ReportOptions = ReportOptions(),
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Every comparison matching the filters, side by side, grouped by theme, as PDF bytes.

    ``theme`` and ``organisation`` are names, matched regardless of case; an organisation
    matches a comparison holding a practice of it. ``progress(done, total)`` may raise to
    cancel.
    """
    page_size = options.page_size()
    filters: list[str] = []
    comparisons = [c for c in snapshot.comparisons if c.deleted_at is None]
    theme_ids: set[str] | None = None
    if theme is not None and theme.strip():
        theme_ids = _matching(theme, snapshot.themes)
        if not theme_ids:
            raise ReportError(f"There is no theme named {theme.strip()!r}.")
        comparisons = [c for c in comparisons if theme_ids.intersection(c.themes)]
        filters.append(f"Theme: {theme.strip()}")
    if organisation is not None and organisation.strip():
        organisation_ids = _matching(organisation, snapshot.organisations)
        if not organisation_ids:
            raise ReportError(f"There is no organisation named {organisation.strip()!r}.")
        comparisons = [
            c for c in comparisons if any(p.organisation in organisation_ids for p in c.practices)
        ]
        filters.append(f"Organisation: {organisation.strip()}")
    if exchange_id is not None:
        exchange = snapshot.get(exchange_id, Exchange)
        if exchange is None or exchange.deleted_at is not None:
            raise ReportError(f"There is no exchange with id {exchange_id!r}.")
        comparisons = [c for c in comparisons if c.exchange == exchange.id]
        filters.append(f"Exchange: {exchange.title}")

    naming = PersonNaming(snapshot, redact=options.redact)
    chosen = {c.id for c in comparisons}
    snapshot = naming.without_names(snapshot)
    comparisons = [c for c in snapshot.comparisons if c.id in chosen]
    filters = [naming.text(line) or "" for line in filters]
    context = ReportContext(snapshot, naming, report_styles(), frame_width(page_size))
    styles = context.styles
    groups = _groups(comparisons, snapshot, theme_ids)
    counter = ProgressCounter(1 + sum(len(members) for _, _, members in groups), progress)
    count = len(comparisons)
    story: list[Flowable] = [
        paragraph(DIGEST_TITLE, styles.title),
        paragraph(
            " · ".join(
                [*filters, f"{count} comparison{'s' if count != 1 else ''}"]
                if filters
                else ["All comparisons", f"{count} comparison{'s' if count != 1 else ''}"]
            ),
            styles.subtitle,
        ),
    ]
    if not groups:
        story.append(paragraph("No comparisons match.", styles.empty))
    for name, description, members in groups:
        story += [CondPageBreak(120), paragraph(name, styles.heading)]
        if description and description.strip():
            story += paragraphs(description.strip(), styles.meta)
        for comparison in members:
            story += comparison_block(comparison, context, with_exchange=True)
            story += counter.mark()
    subtitle = " · ".join(filters) if filters else "all comparisons"
    decor = PageDecor(
        title=f"{DIGEST_TITLE} — {subtitle}",
        made_on=format_date(options.made()),
        note=REDACTED_NOTE if options.redact else "",
    )
    pdf = build_pdf(story, page_size=page_size, decor=decor, title=DIGEST_TITLE, subject=subtitle)
    counter.finish()
    return pdf
