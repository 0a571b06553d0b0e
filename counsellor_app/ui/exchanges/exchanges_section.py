"""The Exchanges section: the list of exchanges beside the one shown, whose tabs take File ▸
New, Save, Revert, Move to trash and the filter when one of them is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from counsellor_app.domain.records import Exchange
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.exchanges.exchange_page import ExchangePage
from counsellor_app.ui.records.record_list_page import RecordListPage


class ExchangesSection(RecordListPage):
    """Exchanges in a list; the selected one's overview and tabs beside it."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        exchange_page = ExchangePage(workspace, choices, settings)
        super().__init__(
            "exchange",
            workspace,
            choices,
            settings,
            parent,
            detail=exchange_page,
            split=(330, 670),
            remember_selection=True,
        )
        self.exchange_page = exchange_page
        exchange_page.sig_status_requested.connect(self.sig_status_requested.emit)
        exchange_page.sig_open_record_requested.connect(self.sig_open_record_requested.emit)

    def current_exchange(self) -> Exchange | None:
        record = self.exchange_page.record
        return record if isinstance(record, Exchange) else None

    def new_record(self) -> bool:
        """A new record in the tab shown (a visit, an observation…), else a new exchange."""
        return self.exchange_page.new_in_tab() or super().new_record()

    def focus_filter(self) -> None:
        if not self.exchange_page.focus_filter():
            super().focus_filter()

    def recover(self, draft: Draft) -> bool:
        return draft.kind == "exchange" and super().recover(draft)

    def report_filters(self) -> dict[str, Any]:
        """The digest of the exchange's comparisons, from its Comparisons tab."""
        exchange = self.current_exchange()
        tab = self.exchange_page.current_page()
        if exchange is not None and tab is not None and tab.kind == "comparison":
            return {"exchange_id": exchange.id}
        return {}

    def start_capture(self) -> bool:
        return self.exchange_page.start_capture()

    def save_layout(self) -> None:
        super().save_layout()
        self.exchange_page.save_layout()
