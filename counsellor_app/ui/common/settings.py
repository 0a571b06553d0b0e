"""The user's preferences and the window's remembered layout, read through typed helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANISATION = "Exchange Notes"
APPLICATION = "counsellor-app"
PAPER_SIZES = ("a4", "letter")
LANGUAGES = ("en", "fr", "nl")
DEFAULT_TRASH_DAYS = 30


class AppSettings:
    """Typed access to QSettings; every key the program uses is named here, once."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    # -- preferences ---------------------------------------------------------------------------

    @property
    def user_name(self) -> str:
        return str(self._settings.value("user/name", "") or "")

    @user_name.setter
    def user_name(self, value: str) -> None:
        self._settings.setValue("user/name", value.strip())

    @property
    def paper_size(self) -> str:
        value = str(self._settings.value("reports/paper", "a4") or "a4")
        return value if value in PAPER_SIZES else "a4"

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        self._settings.setValue("reports/paper", value if value in PAPER_SIZES else "a4")

    @property
    def language(self) -> str:
        """The window's language: the one chosen, else the computer's if known, else English."""
        value = str(self._settings.value("ui/language", "") or "")
        if value in LANGUAGES:
            return value
        system = QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def trash_days(self) -> int:
        """Days a record stays in the trash before it is deleted for good (0: until the
        trash is emptied by hand)."""
        try:
            value = int(str(self._settings.value("privacy/trash_days", DEFAULT_TRASH_DAYS)))
        except (TypeError, ValueError):
            return DEFAULT_TRASH_DAYS
        return max(0, value)

    @trash_days.setter
    def trash_days(self, value: int) -> None:
        self._settings.setValue("privacy/trash_days", max(0, int(value)))

    @property
    def report_language(self) -> str:
        """The language reports are made in, or "" to make them in the window's language."""
        value = str(self._settings.value("reports/language", "") or "")
        return value if value in LANGUAGES else ""

    @report_language.setter
    def report_language(self, value: str) -> None:
        self._settings.setValue("reports/language", value if value in LANGUAGES else "")

    def language_of_reports(self) -> str:
        """The report language chosen, else the window's."""
        return self.report_language or self.language

    @property
    def agency(self) -> str:
        """The user's agency, named with the user as who made a report."""
        return str(self._settings.value("user/agency", "") or "")

    @agency.setter
    def agency(self, value: str) -> None:
        self._settings.setValue("user/agency", value.strip())

    @property
    def database(self) -> Path | None:
        """The database chosen with "Open another database…", if any."""
        value = self._settings.value("database/path", "")
        return Path(str(value)) if value else None

    @database.setter
    def database(self, value: Path | None) -> None:
        self._settings.setValue("database/path", str(value) if value else "")

    @property
    def section(self) -> str:
        """The section shown last, shown again at the next start."""
        return str(self._settings.value("ui/section", "") or "")

    @section.setter
    def section(self, value: str) -> None:
        self._settings.setValue("ui/section", value)

    # -- layout --------------------------------------------------------------------------------

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{key}", value)

    def column_widths(self, key: str) -> list[int]:
        value = self._settings.value(f"columns/{key}", [])
        items: list[Any] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
        try:
            return [int(v) for v in items]
        except (TypeError, ValueError):
            return []

    def set_column_widths(self, key: str, widths: list[int]) -> None:
        self._settings.setValue(f"columns/{key}", [str(w) for w in widths])

    def list_width(self, key: str) -> int:
        """The width a section's list had when it was last shown beside its form (0: unknown)."""
        try:
            return max(0, int(str(self._settings.value(f"list_width/{key}", 0))))
        except (TypeError, ValueError):
            return 0

    def set_list_width(self, key: str, width: int) -> None:
        self._settings.setValue(f"list_width/{key}", max(0, int(width)))

    def list_folded(self, key: str) -> bool:
        """Whether a section's list was folded away, its form taking the whole width."""
        return str(self._settings.value(f"list_folded/{key}", "false")).lower() == "true"

    def set_list_folded(self, key: str, folded: bool) -> None:
        self._settings.setValue(f"list_folded/{key}", "true" if folded else "false")

    def selected_record(self, key: str) -> str:
        """The id of the record a section's list showed when it was left ("" for none)."""
        return str(self._settings.value(f"selection/{key}", "") or "")

    def set_selected_record(self, key: str, record_id: str) -> None:
        self._settings.setValue(f"selection/{key}", record_id)

    # -- the comparison matrix -----------------------------------------------------------------

    MATRIX_FILTERS = ("exchange", "theme", "organisation")

    def matrix_filters(self) -> dict[str, str]:
        """The record chosen in each of the matrix's filters when it was last used."""
        found = {}
        for name in self.MATRIX_FILTERS:
            value = str(self._settings.value(f"matrix/{name}", "") or "")
            if value:
                found[name] = value
        return found

    def set_matrix_filters(self, filters: dict[str, str | None]) -> None:
        for name in self.MATRIX_FILTERS:
            self._settings.setValue(f"matrix/{name}", filters.get(name) or "")

    @property
    def comparison_view(self) -> str:
        """The view of the Comparisons section shown last: "list" or "matrix"."""
        value = str(self._settings.value("ui/comparison_view", "list") or "list")
        return value if value in ("list", "matrix") else "list"

    @comparison_view.setter
    def comparison_view(self, value: str) -> None:
        self._settings.setValue("ui/comparison_view", value if value == "matrix" else "list")

    def sync(self) -> None:
        self._settings.sync()


def report_preferences() -> tuple[str, str, str]:
    """The language, author and agency of reports, as the window's settings say (for the
    command line, which has no window)."""
    settings = AppSettings(QSettings(ORGANISATION, APPLICATION))
    return settings.language_of_reports(), settings.user_name, settings.agency
