"""What the window asks of the page of a section — and nothing more: each page answers what
it can, the rest keeps the defaults here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from counsellor_app.services.drafts import Draft


class SectionPage(QWidget):
    """A page shown for a section of the sidebar (a list of records, the trash, search)."""

    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    sig_open_record_requested = Signal(str, str)
    """The user asked to see a record in its own section (its kind, its id)."""
    list_pane_changed = Signal()
    """The list beside the form was folded away or shown again, or can now (or no longer)
    be folded (another view of the page is shown)."""

    def shown(self) -> None:
        """The section was shown (again): a page that waits to be seen before reading what
        changed reads it now."""

    def refresh(self) -> None:
        """Reads again what the page shows."""

    def maybe_leave(self) -> bool:
        """True when nothing unsaved would be lost by leaving (after asking where needed)."""
        return True

    def is_dirty(self) -> bool:
        return False

    def new_record(self) -> bool:
        """File ▸ New: an empty form; False when nothing can be made here."""
        return False

    def save(self) -> bool:
        """File ▸ Save: starts saving; False when there was nothing to save."""
        return False

    def revert(self) -> None:
        """Edit ▸ Revert changes."""

    def delete_current(self) -> bool:
        """Edit ▸ Move to trash: the record shown; False when none."""
        return False

    def can_fold_list(self) -> bool:
        """True when the page shows a list beside a form, which can fold away."""
        return False

    def list_folded(self) -> bool:
        return False

    def set_list_folded(self, folded: bool) -> None:
        """View ▸ List pane: folds the list away, the form taking the whole width, or shows
        it again."""

    def focus_filter(self) -> None:
        """Edit ▸ Filter the list (Ctrl+L)."""

    def open_record(self, record_id: str) -> bool:
        """Shows one record, selected where it is listed; False when it is not to be found."""
        return False

    def recover(self, draft: Draft) -> bool:
        """Fills a form with a draft left by a crash; False when no form here takes it."""
        return False

    def report_filters(self) -> dict[str, Any]:
        """What the comparisons digest made from here is narrowed to (theme, organisation,
        exchange_id)."""
        return {}

    def report_theme(self) -> str | None:
        """The name of the theme "Report on this theme…" made from here is about; None when
        the page shows none."""
        return None

    def save_layout(self) -> None:
        """Keeps column widths and splitters for the next start."""
