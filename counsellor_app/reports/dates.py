"""Dates and periods written as a report's language writes them (CLDR, through Babel)."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date as babel_date
from babel.dates import format_interval

from counsellor_app.reports.catalogue import LOCALES, words_for


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


@lru_cache(maxsize=4096)
def _format_day(day: date, language: str) -> str:
    return str(babel_date(day, "medium", locale=LOCALES[language]))


def format_date(day: date | datetime | None, language: str = "en") -> str:
    """``7 Oct 2016``, ``7 oct. 2016``, ``7 okt 2016``; empty for no date."""
    if day is None:
        return ""
    return _format_day(_day(day), language)


@lru_cache(maxsize=1024)
def _format_interval(start: date, end: date, language: str) -> str:
    return str(format_interval(start, end, "yMMMd", locale=LOCALES[language]))


def format_period(start: date | None, end: date | None, language: str = "en") -> str:
    """``26–30 Sept 2016``, ``26 sept. – 7 oct. 2016``, ``vanaf 26 sep 2016``; empty for
    neither."""
    words = words_for(language)
    if start is None and end is None:
        return ""
    if start is None:
        return words("until {date}", date=format_date(end, language))
    if end is None:
        return words("from {date}", date=format_date(start, language))
    start, end = _day(start), _day(end)
    if start == end:
        return format_date(start, language)
    if end < start:
        start, end = end, start
    return _format_interval(start, end, language)
