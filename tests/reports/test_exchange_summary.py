"""The exchange summary: what a director reads, in every script, with names withheld on request."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from counsellor_app.reports import ReportError, ReportOptions, exchange_summary_pdf
from tests.reports.reading import page_texts, pages, pdf_text, squeezed
from tests.reports.sample import ARABIC_QUOTE, MARKUP_TEXT, Sample, rich_sample, stored_texts

MADE_ON = datetime(2016, 10, 10, 9, 30)


@pytest.fixture(scope="module")
def sample() -> Sample:
    return rich_sample()


@pytest.fixture(scope="module")
def summary_text(sample: Sample) -> str:
    pdf = exchange_summary_pdf(sample.snapshot, sample.exchange_id, ReportOptions(made_on=MADE_ON))
    return pdf_text(pdf)


@pytest.fixture(scope="module")
def redacted_text(sample: Sample) -> str:
    options = ReportOptions(redact=True, made_on=MADE_ON)
    return pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id, options))


def test_every_stored_text_of_the_exchange_is_printed(sample: Sample, summary_text: str) -> None:
    printed = squeezed(summary_text)
    missing = [text for text in stored_texts(sample) if squeezed(text) not in printed]
    assert missing == []


def test_names_in_latin_greek_chinese_and_arabic_scripts_are_printed(summary_text: str) -> None:
    printed = squeezed(summary_text)
    for name in ("Guillaume Verhaegen", "Νίκος Παπαδόπουλος", "庞树强", "ليلى الحداد"):
        assert squeezed(name) in printed


def test_arabic_reads_back_in_logical_order(summary_text: str) -> None:
    assert squeezed(ARABIC_QUOTE) in squeezed(summary_text)
    assert squeezed(ARABIC_QUOTE[::-1]) not in squeezed(summary_text)


def test_sections_come_in_order(summary_text: str) -> None:
    positions = [
        summary_text.index(heading)
        for heading in (
            "French-Belgian exchange on voluntary return",
            "Exchange summary · Exchange visit · Completed · 26 Sept – 7 Oct 2016",
            "Key points",
            "Itinerary",
            "Participants",
            "Practice comparisons",
            "Observations by theme",
            "Follow-up actions",
        )
    ]
    assert positions == sorted(positions)


def test_title_block_shows_framework_funding_and_organisations(summary_text: str) -> None:
    for text in (
        "Bilateral staff exchange",
        "Own budgets of both agencies",
        "Federal Agency for the Reception of Asylum Seekers",
        "Office français de l’Immigration et de l’Intégration",
    ):
        assert text in summary_text


def test_itinerary_shows_dates_place_and_who_hosts_whom(summary_text: str) -> None:
    printed = squeezed(summary_text)
    for text in (
        "26–30 Sept 2016",
        "Bobigny, FR",
        "OFII → Fedasil",
        "3–7 Oct 2016",
        "Fedasil → OFII",
    ):
        assert squeezed(text) in printed


def test_quote_is_followed_by_speaker_and_translation(summary_text: str) -> None:
    printed = squeezed(summary_text)
    quote = squeezed("“Le retour volontaire est considéré comme un dernier recours.”")
    speaker = squeezed("— Isabelle Marchetti, return official, OFII")
    translation = squeezed("Translation: Voluntary return is regarded as a last resort.")
    assert quote + speaker + translation in printed


def test_observations_are_grouped_by_theme(sample: Sample, summary_text: str) -> None:
    printed = squeezed(summary_text)
    observations = printed[printed.index("Observationsbytheme") : printed.index("Follow-up")]
    # On two themes: printed in full under the first, named by reference under the second.
    whole = squeezed(
        "“Le retour volontaire est considéré comme un dernier recours.”"
        "— Isabelle Marchetti, return official, OFII"
        "Translation: Voluntary return is regarded as a last resort."
        "Also about Réintégration"
    )
    assert observations.count(whole) == 1
    trust = observations.index("Trust")
    reintegration = observations.index("Réintégration", observations.index(whole) + len(whole))
    reference = squeezed(
        "Quote, 29 Sept 2016: “Le retour volontaire est considéré comme un dernier recours.”"
        " — under Trust"
    )
    other = observations.index("Otherobservations")
    assert trust < observations.index(whole) < reintegration < observations.index(reference)
    assert observations.index(reference) < other
    assert observations.index(squeezed(MARKUP_TEXT)) > other
    # Lessons and recommendations are among the key points, not here.
    assert squeezed("Η εμπιστοσύνη χτίζεται") not in observations


def test_comparison_shows_aspect_date_transferability_columns_and_evidence(
    summary_text: str,
) -> None:
    printed = squeezed(summary_text)
    section = printed[printed.index("Practicecomparisons") : printed.index("Observationsbytheme")]
    for text in (
        "Who informs asylum seekers about voluntary return",
        "As observed on 7 Oct 2016",
        "Transferability: high",
        "Fedasil",
        "OFII",
        "Description",
        "Strengths",
        "Challenges",
        "Evidence",
        "Counsellors who are also social workers are trusted more.",
        "— Guy Lebrunet, team leader, OFII",
        ARABIC_QUOTE,
    ):
        assert squeezed(text) in section


def test_follow_up_actions_show_owner_due_date_and_status(summary_text: str) -> None:
    printed = squeezed(summary_text)
    actions = printed[printed.index("Follow-upactions") :]
    for text in ("Share the conversation tools with OFII", "Isabelle Marchetti", "1 Mar 2017"):
        assert squeezed(text) in actions
    assert "open" in actions and "done" in actions


def test_records_of_other_exchanges_are_left_out(summary_text: str) -> None:
    assert "Noted only during the study visit" not in summary_text
    assert "How readmission agreements are negotiated" not in summary_text


def test_markup_like_text_is_printed_as_typed(summary_text: str) -> None:
    assert squeezed(MARKUP_TEXT) in squeezed(summary_text)


def test_every_page_has_header_and_numbered_footer(sample: Sample) -> None:
    pdf = exchange_summary_pdf(sample.snapshot, sample.exchange_id, ReportOptions(made_on=MADE_ON))
    count = len(pages(pdf).pages)
    texts = page_texts(pdf)
    assert len(texts) == count
    for number, text in enumerate(texts, start=1):
        # The count is filled in once the pages are made: it is read where it is drawn.
        assert "Exchange Notes" in text
        assert "French-Belgian exchange on voluntary return" in text
        assert f"page {number} of {count}" in text
        assert "made on 10 Oct 2016" in text


def test_people_not_to_be_named_are_shown_by_role_even_unredacted(summary_text: str) -> None:
    assert "Régis" not in summary_text
    assert "Ольга" not in summary_text
    assert "return counsellor, Fedasil" in summary_text
    assert "a participant" in summary_text


def test_redacted_summary_names_no_one(sample: Sample, redacted_text: str) -> None:
    printed = squeezed(redacted_text)
    for person in sample.snapshot.people:
        assert squeezed(person.name) not in printed, person.name
    for stand_in in (
        "return counsellor, Fedasil",
        "return official, OFII",
        "deputy director-general, 公安部出入境管理局",
        "interpreter, IOM Cairo",
        "participant, Υπηρεσία Υποδοχής",
        "a participant",
    ):
        assert squeezed(stand_in) in printed
    assert "names replaced by roles" in redacted_text


def test_letter_and_a4_paper(sample: Sample) -> None:
    for paper, size in (("a4", A4), ("letter", LETTER), ("Letter", LETTER)):
        pdf = exchange_summary_pdf(sample.snapshot, sample.exchange_id, ReportOptions(paper=paper))
        box = pages(pdf).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.5)


def test_unknown_exchange_is_refused_with_a_clear_message(sample: Sample) -> None:
    with pytest.raises(ReportError, match="no exchange with id 'no-such-id'"):
        exchange_summary_pdf(sample.snapshot, "no-such-id")


def test_exchange_in_the_trash_is_refused(sample: Sample) -> None:
    exchange = replace(sample.exchange, deleted_at=MADE_ON)
    snapshot = replace(sample.snapshot, exchanges=(exchange,))
    with pytest.raises(ReportError):
        exchange_summary_pdf(snapshot, exchange.id)


def test_unknown_paper_is_refused(sample: Sample) -> None:
    with pytest.raises(ReportError, match="paper size"):
        exchange_summary_pdf(sample.snapshot, sample.exchange_id, ReportOptions(paper="a5"))


def test_progress_is_reported_up_to_the_end(sample: Sample) -> None:
    seen: list[tuple[int, int]] = []
    exchange_summary_pdf(
        sample.snapshot, sample.exchange_id, progress=lambda done, total: seen.append((done, total))
    )
    assert seen
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]


def test_progress_may_cancel_the_report(sample: Sample) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        exchange_summary_pdf(sample.snapshot, sample.exchange_id, progress=cancel)
