"""Dates and periods written the way a report shows them."""

from __future__ import annotations

from datetime import date, datetime


def format_date(day: date | None) -> str:
    """``7 Oct 2016``; empty for no date."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    return f"{day.day} {day:%b %Y}"


def format_period(start: date | None, end: date | None) -> str:
    """``26–30 Sep 2016``, ``26 Sep – 7 Oct 2016``, ``from 26 Sep 2016``; empty for neither."""
    if start is None and end is None:
        return ""
    if start is None:
        return f"until {format_date(end)}"
    if end is None:
        return f"from {format_date(start)}"
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"
