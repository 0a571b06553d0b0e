"""Reports in the reader's language: every word a report adds to the stored text comes from
its catalogue in that language, dates in that language's forms, in PDF and in Word."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import pytest

from counsellor_app.reports import (
    ReportOptions,
    SnapshotRecords,
    comparison_digest,
    exchange_summary,
    render,
    theme_dossier,
)
from counsellor_app.reports.catalogue import LANGUAGES, MESSAGES, enum_words
from counsellor_app.reports.dates import format_date, format_period
from tests.reports.reading import docx_text, pdf_text
from tests.reports.sample import ForeignSample, foreign_sample, rich_sample

MADE_ON = datetime(2016, 10, 10, 9, 30)
_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_WORD = re.compile(r"[^\W\d_]+")


def _latin_words(text: str) -> set[str]:
    """The words of the text written in Latin letters, case folded."""
    return {
        word.casefold()
        for word in _WORD.findall(text)
        if all(ord(c) < 0x250 or c in "’" for c in word)
    }


def catalogue_words(language: str) -> set[str]:
    """Every Latin word the catalogue, its dates and the program's name give in a language."""
    column = LANGUAGES.index(language)
    texts = [
        english if column == 0 else translations[column - 1]
        for english, translations in MESSAGES.items()
    ]
    texts += [values[column] for enum in enum_words().values() for values in enum.values()]
    for month in range(1, 13):
        day = date(2016, month, 3)
        texts.append(format_date(day, language))
        texts.append(format_period(day, date(2016, month, 9), language))
        texts.append(format_period(day, date(2017, month % 12 + 1, 9), language))
    texts.append("Exchange Notes")
    return _latin_words(" ".join(_PLACEHOLDER.sub(" ", text) for text in texts))


def _reports(sample: ForeignSample, options: ReportOptions) -> dict[str, Any]:
    records = SnapshotRecords(sample.snapshot)
    return {
        "summary": exchange_summary(records, sample.exchange_id, options),
        "digest": comparison_digest(records, options),
        "dossier": theme_dossier(records, sample.theme_names[0], options),
    }


def _text(data: bytes, file_format: str) -> str:
    return pdf_text(data) if file_format == "pdf" else docx_text(data)


@pytest.fixture(scope="module")
def sample() -> ForeignSample:
    return foreign_sample()


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_a_report_adds_is_of_its_language(
    sample: ForeignSample, language: str, file_format: str
) -> None:
    allowed = catalogue_words(language)
    for redact in (False, True):
        options = ReportOptions(
            language=language, format=file_format, redact=redact, made_on=MADE_ON
        )
        for name, document in _reports(sample, options).items():
            text = _text(render(document, options), file_format)
            strangers = _latin_words(text) - allowed
            assert not strangers, f"{name} ({language}, {file_format}): {sorted(strangers)}"


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
@pytest.mark.parametrize("language", ["fr", "nl"])
def test_no_english_label_is_left(sample: ForeignSample, language: str, file_format: str) -> None:
    english_only = catalogue_words("en") - catalogue_words(language)
    options = ReportOptions(language=language, format=file_format, made_on=MADE_ON)
    for name, document in _reports(sample, options).items():
        left = _latin_words(_text(render(document, options), file_format)) & english_only
        assert not left, f"{name}: {sorted(left)}"


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["26 Sept – 7 Oct 2016", "26–30 Sept 2016", "7 Oct 2016", "10 Oct 2016"]),
        ("fr", ["26 sept. – 7 oct. 2016", "26–30 sept. 2016", "7 oct. 2016", "1 mars 2017"]),
        ("nl", ["26 sep – 7 okt 2016", "26–30 sep 2016", "7 okt 2016", "1 mrt 2017"]),
    ],
)
def test_dates_are_written_in_the_forms_of_the_language(
    language: str, expected: list[str], file_format: str
) -> None:
    sample = rich_sample()
    options = ReportOptions(language=language, format=file_format, made_on=MADE_ON)
    document = exchange_summary(SnapshotRecords(sample.snapshot), sample.exchange_id, options)
    text = _text(render(document, options), file_format)
    for form in expected:
        assert form in text, form


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Points clés", "Citation", "Transférabilité : élevée", "Recommandation", "Leçon"]),
        ("nl", ["Kernpunten", "Citaat", "Overdraagbaarheid: hoog", "Aanbeveling", "Les"]),
    ],
)
def test_labels_and_values_are_translated(
    sample: ForeignSample, language: str, words: list[str]
) -> None:
    options = ReportOptions(language=language, made_on=MADE_ON)
    records = SnapshotRecords(sample.snapshot)
    text = pdf_text(render(exchange_summary(records, sample.exchange_id, options), options))
    for word in words:
        assert word in text, word


def test_an_unknown_language_is_refused(sample: ForeignSample) -> None:
    from counsellor_app.reports import ReportError

    with pytest.raises(ReportError, match="Unknown report language 'de'"):
        exchange_summary(
            SnapshotRecords(sample.snapshot), sample.exchange_id, ReportOptions(language="de")
        )
