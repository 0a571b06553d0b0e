"""A date (or a date and time) that may also be left empty, with a calendar to pick from."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

NO_DATE = QDate(1900, 1, 1)


class OptionalDateField(QWidget):
    """A date editor whose lowest value means "no date", and a button to empty it."""

    value_changed = Signal()
    """The date was changed or emptied."""

    def __init__(
        self, parent: QWidget | None = None, *, with_time: bool = False, name: str = "date"
    ):
        super().__init__(parent)
        # attributes
        self.with_time = with_time
        # widgets
        self.edit: QDateTimeEdit = QDateTimeEdit(self) if with_time else QDateEdit(self)
        self.edit.setObjectName(f"{name}_edit")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setMinimumDateTime(QDateTime(NO_DATE, QTime(0, 0)))
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName(f"{name}_clear")
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        # layout
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        # connections
        self.edit.dateTimeChanged.connect(self._on_changed)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.edit.calendarWidget().clicked.connect(self._on_changed)
        self.set_value(None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setSpecialValueText(self.tr("no date"))
        self.clear_button.setToolTip(self.tr("Leave empty"))
        self.clear_button.setAccessibleName(self.tr("Leave the date empty"))

    def set_accessible_name(self, text: str) -> None:
        self.edit.setAccessibleName(text)

    def value(self) -> date | datetime | None:
        if self.edit.date() == NO_DATE:
            return None
        if self.with_time:
            local: datetime = self.edit.dateTime().toPython()  # type: ignore[assignment]
            return local.astimezone()
        day: date = self.edit.date().toPython()  # type: ignore[assignment]
        return day

    def set_value(self, value: date | datetime | None) -> None:
        self.edit.blockSignals(True)
        if value is None:
            self.edit.setDate(NO_DATE)
            self.edit.setTime(QTime(0, 0))
            # The calendar opens on today rather than on 1900; its signals are held back, or
            # the edit would take today's date and the field would no longer be empty.
            calendar = self.edit.calendarWidget()
            calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(False)
        elif isinstance(value, datetime):
            local = value.astimezone()
            day = QDate(local.year, local.month, local.day)
            self.edit.setDateTime(QDateTime(day, QTime(local.hour, local.minute)))
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.edit.blockSignals(False)
        self.value_changed.emit()

    def _on_changed(self, *_args: object) -> None:
        self.value_changed.emit()
