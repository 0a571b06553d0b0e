"""What every part of one report needs: the records, how people are named, styles, page width."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counsellor_app.domain import Exchange, Organisation, Snapshot, Theme, Visit
from counsellor_app.reports.naming import PersonNaming
from counsellor_app.reports.styles import Styles


@dataclass(frozen=True)
class ReportContext:
    snapshot: Snapshot
    naming: PersonNaming
    styles: Styles
    width: float

    def organisation(self, organisation_id: str | None) -> Organisation | None:
        return self.snapshot.get(organisation_id, Organisation)

    def organisation_name(self, organisation_id: str | None) -> str:
        organisation = self.organisation(organisation_id)
        return organisation.name if organisation is not None else "unknown organisation"

    def theme_names(self, theme_ids: Iterable[str]) -> list[str]:
        themes = (self.snapshot.get(theme_id, Theme) for theme_id in theme_ids)
        return [theme.name for theme in themes if theme is not None]

    def exchange(self, exchange_id: str | None) -> Exchange | None:
        return self.snapshot.get(exchange_id, Exchange)

    def visit_label(self, visit_id: str | None) -> str:
        """``Bobigny`` or ``OFII → Fedasil``: enough to tell the legs of an exchange apart."""
        visit = self.snapshot.get(visit_id, Visit)
        if visit is None:
            return ""
        if visit.place and visit.place.strip():
            return visit.place.strip()
        if visit.host or visit.visitor:
            return f"{self.organisation_name(visit.host)} → {self.organisation_name(visit.visitor)}"
        return ""
