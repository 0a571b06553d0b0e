"""A date (or a date and time) that may be left empty: typed in the language's short form or
as ISO 8601, or picked from a calendar that opens where the date is likely to be."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from counsellor_app.ui.common.labels import date_format

_ISO_DATE = "yyyy-MM-dd"
_TIME = "HH:mm"


DateHint = Callable[[], date | None]
"""Where the calendar of an empty field opens: a date, or None for today."""


display_format = date_format
"""The form dates are shown in (see ``labels.date_format``)."""


def _loose(pattern: str) -> str:
    # "d" and "M" read one digit or two, so "5/3/2025" and "05/03/2025" both do.
    return re.sub(r"dd(?!d)", "d", re.sub(r"MM(?!M)", "M", pattern))


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed in the language's short form (with a year of two or four digits) or as
    ISO 8601; None when the text is none of those."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    patterns = [_ISO_DATE, _loose(display_format(locale)), _loose(short)]
    for pattern in patterns:
        # Any of / . - between the parts: "17/03/2025" in Dutch, whose form is "17-03-2025".
        separator = next((c for c in pattern if c in "/.-"), None)
        typed = re.sub(r"[/.-]", separator, text) if separator and pattern != _ISO_DATE else text
        found = QDate.fromString(typed, pattern)
        if found.isValid():
            if "yyyy" not in pattern and found.year() < 2000:
                found = found.addYears(100)  # "17/3/25" is 2025, not 1925
            return found.toPython()  # type: ignore[return-value]
    return None


def parse_timestamp(text: str, locale: QLocale | None = None) -> datetime | None:
    """A date and a time ("17/03/2025 14:30", "2025-03-17 14:30" or "2025-03-17T14:30"),
    in the computer's time zone; a date alone means its midnight."""
    text = text.strip()
    if not text:
        return None
    parts = re.split(r"[ T]+", text, maxsplit=1)
    day = parse_date(parts[0], locale)
    if day is None:
        return None
    moment = QTime(0, 0)
    if len(parts) == 2:
        moment = QTime.fromString(parts[1], "H:mm")
        if not moment.isValid():
            moment = QTime.fromString(parts[1], "H:mm:ss")
        if not moment.isValid():
            return None
    return datetime(day.year, day.month, day.day, moment.hour(), moment.minute()).astimezone()


class OptionalDateField(QWidget):
    """A line to type a date in, a button that opens a calendar, and one to empty it."""

    value_changed = Signal()
    """The date was changed or emptied."""

    def __init__(
        self, parent: QWidget | None = None, *, with_time: bool = False, name: str = "date"
    ):
        super().__init__(parent)
        # attributes
        self.with_time = with_time
        self.hint: DateHint | None = None
        self._value: date | datetime | None = None
        # widgets
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setClearButtonEnabled(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName(f"{name}_calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setAutoRaise(True)
        # The button is the arrow; Qt's own menu arrow beside it would be a second one.
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_menu = QMenu(self.calendar_button)
        self.calendar_menu.setObjectName(f"{name}_calendar_menu")
        # The calendar itself is made when first opened (see ``calendar``): a form has
        # several dates, and most are typed or left empty.
        self._calendar: QCalendarWidget | None = None
        self._name = name
        self.calendar_button.setMenu(self.calendar_menu)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName(f"{name}_clear")
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        # layout
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        width = self.edit.fontMetrics().horizontalAdvance(self._sample()) + 24
        self.edit.setMinimumWidth(width)
        # A date needs no more room than its longest form; the rest of the row stays free.
        self.setMaximumWidth(width * 2 + 60)
        # connections
        self.edit.textEdited.connect(self._on_typed)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.calendar_menu.aboutToShow.connect(self._on_calendar_opening)
        self.clear_button.clicked.connect(self._on_cleared)
        self.edit.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        # "for example": a date in grey could be taken for one already filled in.
        self.edit.setPlaceholderText(self.tr("for example %1").replace("%1", self._sample_text()))
        self.edit.setToolTip(
            self.tr("Type a date such as %1, or pick one from the calendar (Alt+Down)").replace(
                "%1", self._sample_text()
            )
        )
        self.calendar_button.setToolTip(self.tr("Pick from a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.clear_button.setToolTip(self.tr("Leave empty"))
        self.clear_button.setAccessibleName(self.tr("Leave the date empty"))
        # The language (and so the form of dates) may have changed.
        if self.edit.text().strip() and self.is_valid():
            self._show(self._value)

    def set_accessible_name(self, text: str) -> None:
        self.edit.setAccessibleName(text)

    # -- the value -----------------------------------------------------------------------------

    def value(self) -> date | datetime | None:
        """The date shown; what was typed last if it is a date, else the last date that was."""
        return self._value

    def is_valid(self) -> bool:
        """True when the text is empty or a date."""
        text = self.edit.text()
        return not text.strip() or self._parse(text) is not None

    def set_value(self, value: date | datetime | None) -> None:
        if isinstance(value, datetime) and not self.with_time:
            value = value.date()
        elif isinstance(value, datetime):
            value = value.astimezone()
        self._value = value
        self._show(value)
        self.value_changed.emit()

    def set_hint(self, hint: DateHint | None) -> None:
        """Where the calendar opens while the field is empty (today when None)."""
        self.hint = hint

    def text_of(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        locale = QLocale()
        if isinstance(value, datetime):
            local = value.astimezone()
            day = QDate(local.year, local.month, local.day)
            moment = QTime(local.hour, local.minute)
            return f"{locale.toString(day, display_format(locale))} {moment.toString(_TIME)}"
        return locale.toString(QDate(value.year, value.month, value.day), display_format(locale))

    # -- the calendar --------------------------------------------------------------------------

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar the date is picked from, in the button's menu (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self.calendar_menu)
            calendar.setObjectName(f"{self._name}_calendar")
            calendar.setGridVisible(False)
            holder = QWidgetAction(self.calendar_menu)
            holder.setDefaultWidget(calendar)
            self.calendar_menu.addAction(holder)
            calendar.clicked.connect(self._on_picked)
            calendar.activated.connect(self._on_picked)
            self._calendar = calendar
        return self._calendar

    def open_calendar(self) -> None:
        self.calendar_button.showMenu()

    def opening_date(self) -> QDate:
        """The day the calendar opens on: the date shown, else the hint, else today."""
        value = self._value
        if value is None and self.hint is not None:
            value = self.hint()
        if value is None:
            return QDate.currentDate()
        if isinstance(value, datetime):
            value = value.astimezone().date()
        return QDate(value.year, value.month, value.day)

    def _on_calendar_opening(self) -> None:
        day = self.opening_date()
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        self.calendar.blockSignals(False)
        self.calendar.setFocus()

    def _on_picked(self, day: QDate) -> None:
        picked: date = day.toPython()  # type: ignore[assignment]
        self.calendar_menu.close()
        if self.with_time:
            old = self._value if isinstance(self._value, datetime) else None
            now = datetime.now().astimezone()
            hour, minute = (old.hour, old.minute) if old else (now.hour, now.minute)
            self._set_typed(
                datetime(picked.year, picked.month, picked.day, hour, minute).astimezone()
            )
        else:
            self._set_typed(picked)
        self._show(self._value)
        self.edit.setFocus()

    # -- typing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def _parse(self, text: str) -> date | datetime | None:
        return parse_timestamp(text) if self.with_time else parse_date(text)

    def _on_typed(self, text: str) -> None:
        if not text.strip():
            self._set_typed(None)
        else:
            parsed = self._parse(text)
            if parsed is not None:
                self._set_typed(parsed)
        self._mark_validity()

    def _on_editing_finished(self) -> None:
        # A text that is not a date is put back as the last date it was, which stays shown.
        if not self.is_valid():
            self._show(self._value)
        elif self.edit.text().strip():
            self._show(self._value)  # in the language's form, the year in full

    def _on_cleared(self) -> None:
        self._set_typed(None)
        self._show(None)
        self.edit.setFocus()

    def _set_typed(self, value: date | datetime | None) -> None:
        if value != self._value:
            self._value = value
            self.value_changed.emit()

    def _show(self, value: date | datetime | None) -> None:
        self.edit.setText(self.text_of(value))
        self._mark_validity()

    def _mark_validity(self) -> None:
        valid = self.is_valid()
        self.edit.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #d32f2f; }")
        self.edit.setProperty("invalid", not valid)

    def _sample(self) -> str:
        return self._sample_text() + "MM"

    def _sample_text(self) -> str:
        example = datetime(2025, 3, 17, 14, 30).astimezone()
        return self.text_of(example if self.with_time else example.date())
