"""Dates: typed into an empty field in the language's form or as ISO, and a calendar that
opens on today, or where the date belongs (the exchange's dates, the day after a start)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer

from counsellor_app.domain.records import Exchange
from counsellor_app.ui.common.date_field import OptionalDateField, parse_date
from counsellor_app.ui.common.language import install_language


def calendar_on_opening(qtbot, field: OptionalDateField) -> tuple[int, int]:
    """Opens the calendar as a click on its button would; the (year, month) it shows."""
    seen: list[tuple[int, int]] = []

    def look_then_close() -> None:
        seen.append((field.calendar.yearShown(), field.calendar.monthShown()))
        assert field.calendar.isVisible()
        field.calendar_menu.close()

    QTimer.singleShot(50, look_then_close)
    field.open_calendar()
    qtbot.waitUntil(lambda: bool(seen))
    return seen[0]


def test_a_date_is_typed_into_an_empty_field(qtbot):
    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.edit.text() == ""
    with qtbot.waitSignal(field.value_changed):
        qtbot.keyClicks(field.edit, "2025-03-17")
    assert field.value() == date(2025, 3, 17)
    # Finished, it is shown in the language's form, the year in full.
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    field.edit.editingFinished.emit()
    assert field.edit.text() == "3/17/2025"
    field.edit.clear()
    qtbot.keyClicks(field.edit, "4/1/25")
    assert field.value() == date(2025, 4, 1)
    # Emptied, it is empty again.
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    assert field.value() is None


def test_french_dates_are_typed_and_shown_day_first(qtbot):
    install_language("fr")
    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "17/03/2025")
    assert field.value() == date(2025, 3, 17)
    field.set_value(date(2016, 9, 26))
    assert field.edit.text() == "26/09/2016"
    assert parse_date("5/3/2025", QLocale("fr_FR")) == date(2025, 3, 5)
    # Dutch writes 17-03-2025; 17/03/2025 is read too.
    assert parse_date("17/03/2025", QLocale("nl_NL")) == date(2025, 3, 17)


def test_what_is_not_a_date_is_marked_and_never_kept(qtbot):
    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    field.set_value(date(2025, 3, 17))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "no date20250317")
    assert not field.is_valid()
    assert field.value() == date(2025, 3, 17)
    field.edit.editingFinished.emit()
    assert field.edit.text() == "3/17/2025" and field.is_valid()


def test_a_timestamp_is_typed_with_its_time(qtbot):
    field = OptionalDateField(name="recorded_at", with_time=True)
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "2025-03-17 14:30")
    value = field.value()
    assert isinstance(value, datetime)
    assert (value.date(), value.hour, value.minute) == (date(2025, 3, 17), 14, 30)
    assert value.utcoffset() is not None


def test_the_calendar_of_an_empty_date_opens_on_today(qtbot):
    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    field.show()
    today = QDate.currentDate()
    assert calendar_on_opening(qtbot, field) == (today.year(), today.month())
    field.set_value(date(2016, 9, 26))
    assert calendar_on_opening(qtbot, field) == (2016, 9)


def test_picking_a_day_in_the_calendar_sets_it(qtbot):
    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    field.set_hint(lambda: date(2016, 9, 1))
    field.show()
    assert calendar_on_opening(qtbot, field) == (2016, 9)
    with qtbot.waitSignal(field.value_changed):
        field.calendar.clicked.emit(QDate(2016, 9, 28))
    assert field.value() == date(2016, 9, 28)


def test_an_end_date_opens_after_its_start(qtbot, workspace, seeded, make_window):
    window = make_window(workspace)
    page = window.pages["exchange"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = window.exchange_page.overview.form
    start = form.editors["start"].widget
    qtbot.keyClicks(start.edit, "10/22/2016")
    assert form.editors["start"].value() == date(2016, 10, 22)
    assert calendar_on_opening(qtbot, form.editors["end"].widget) == (2016, 10)
    assert window.exchange_page.overview.is_dirty()


def test_a_visit_date_opens_on_its_exchange(qtbot, workspace, seeded):
    from counsellor_app.ui.common.choices import ChoiceSource
    from counsellor_app.ui.records.record_form import RecordForm

    exchange = workspace.exchanges.create(
        Exchange(title="Autumn exchange", start=date(2019, 11, 4), end=date(2019, 11, 8))
    )
    other = workspace.exchanges.create(Exchange(title="Spring", start=date(2021, 4, 12)))
    form = RecordForm("visit", ChoiceSource(workspace))
    qtbot.addWidget(form)
    form.load(None, {"exchange": exchange.id})
    form.show()
    assert calendar_on_opening(qtbot, form.editors["start"].widget) == (2019, 11)
    # A visit of a new exchange chosen in the form opens on that one's dates.
    form.editors["exchange"].set_value(other.id)
    assert calendar_on_opening(qtbot, form.editors["end"].widget) == (2021, 4)


def test_dates_are_shown_in_the_window_language(qtbot):
    from counsellor_app.ui.common.labels import format_date, format_timestamp

    day = date(2016, 9, 26)
    assert format_date(day) == "9/26/2016"
    install_language("fr")
    assert format_date(day) == "26/09/2016"
    assert format_timestamp(datetime(2016, 9, 26, 15, 5).astimezone()) == "26/09/2016 15:05"
    install_language("nl")
    assert format_date(day) == "26-09-2016"


def test_the_calendar_is_made_when_first_opened(qtbot):
    # A form has several dates, most typed or left empty: none pays for a calendar unseen.
    from PySide6.QtWidgets import QCalendarWidget

    field = OptionalDateField(name="start")
    qtbot.addWidget(field)
    field.show()
    assert field.findChild(QCalendarWidget) is None
    field.set_value(date(2016, 9, 26))
    assert calendar_on_opening(qtbot, field) == (2016, 9)
    assert field.findChildren(QCalendarWidget) == [field.calendar]
    # Opened again, it is the same calendar, and picking a day still sets the date.
    assert calendar_on_opening(qtbot, field) == (2016, 9)
    assert len(field.findChildren(QCalendarWidget)) == 1
    field.calendar.clicked.emit(QDate(2016, 9, 28))
    assert field.value() == date(2016, 9, 28)
