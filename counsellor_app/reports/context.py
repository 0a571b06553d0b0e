"""What every part of one report needs: the names it prints, how people are named, and the
report's words and dates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date
from datetime import datetime
from functools import cached_property

from counsellor_app.domain import Exchange, Organisation, Theme, Visit
from counsellor_app.reports.catalogue import words_for
from counsellor_app.reports.dates import format_date, format_period
from counsellor_app.reports.naming import PersonNaming
from counsellor_app.reports.options import ReportOptions
from counsellor_app.reports.records import ReportRecords, WithheldNames, live_theme_ids


class ReportContext:
    """One report's records of reference, naming, words and dates."""

    def __init__(self, records: ReportRecords, options: ReportOptions) -> None:
        self.options = options
        self.language = options.report_language()
        self.words = words_for(self.language)
        self.naming = PersonNaming(records.directory(), redact=options.redact, words=self.words)
        # Every record the report reads has the names it withholds taken out of its text.
        self.records: ReportRecords = WithheldNames(records, self.naming)
        self.directory = self.records.directory()
        self._visits: dict[str, Visit] = {}

    @property
    def redact(self) -> bool:
        return self.options.redact

    @cached_property
    def live_themes(self) -> frozenset[str]:
        return frozenset(theme.id for theme in self.directory.themes)

    def date(self, day: Date | datetime | None) -> str:
        return format_date(day, self.language)

    def period(self, start: Date | None, end: Date | None) -> str:
        return format_period(start, end, self.language)

    def organisation(self, organisation_id: str | None) -> Organisation | None:
        return self.directory.get(organisation_id, Organisation)

    def organisation_name(self, organisation_id: str | None) -> str:
        organisation = self.organisation(organisation_id)
        return organisation.name if organisation is not None else self.words("unknown organisation")

    def theme(self, theme_id: str | None) -> Theme | None:
        return self.directory.get(theme_id, Theme)

    def themes_of(self, theme_ids: Iterable[str]) -> list[str]:
        """The ids of the themes not in the trash, each once, in order."""
        return live_theme_ids(tuple(theme_ids), self.live_themes)

    def theme_names(self, theme_ids: Iterable[str]) -> list[str]:
        themes = (self.theme(theme_id) for theme_id in self.themes_of(theme_ids))
        return [theme.name for theme in themes if theme is not None]

    def exchange(self, exchange_id: str | None) -> Exchange | None:
        return self.directory.get(exchange_id, Exchange)

    def know_visits(self, visits: Iterable[Visit]) -> None:
        """Visits whose place an observation may name."""
        for visit in visits:
            self._visits[visit.id] = visit

    def visit_label(self, visit_id: str | None) -> str:
        """``Bobigny`` or ``OFII → Fedasil``: enough to tell the legs of an exchange apart."""
        visit = self._visits.get(visit_id) if visit_id else None
        if visit is None:
            return ""
        if visit.place and visit.place.strip():
            return visit.place.strip()
        if visit.host or visit.visitor:
            return f"{self.organisation_name(visit.host)} → {self.organisation_name(visit.visitor)}"
        return ""
