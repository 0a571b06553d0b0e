"""The comparison digest: the comparisons a team leader asks for, side by side, by theme."""

from __future__ import annotations

import pytest

from counsellor_app.reports import ReportError, ReportOptions, comparison_digest_pdf
from tests.reports.reading import pages, pdf_text, squeezed
from tests.reports.sample import Sample, rich_sample

INFORMS = "Who informs asylum seekers about voluntary return"
REINTEGRATES = "Who delivers reintegration"
READMISSION = "How readmission agreements are negotiated"


@pytest.fixture(scope="module")
def sample() -> Sample:
    return rich_sample()


def digest_text(sample: Sample, options: ReportOptions = ReportOptions(), **filters: str) -> str:
    return pdf_text(comparison_digest_pdf(sample.snapshot, options, **filters))


def test_every_comparison_is_printed_grouped_by_theme(sample: Sample) -> None:
    printed = squeezed(digest_text(sample))
    sections = printed[printed.index("Trust") :]
    trust = sections.index("Trust")
    reintegration = sections.index("Réintégration")
    information = sections.index("Information", reintegration)
    other = sections.index("Othercomparisons")
    assert trust < sections.index(squeezed(INFORMS)) < reintegration
    assert reintegration < sections.index(squeezed(READMISSION)) < information
    assert other < sections.index(squeezed(REINTEGRATES))
    # On two themes: its table is printed once, under the first; the second names it.
    assert printed.count(squeezed("Return counsellors in the reception centres.")) == 1
    assert squeezed(f"{INFORMS} — under Trust") in sections[information:other]


def test_side_by_side_columns_with_evidence_and_exchange(sample: Sample) -> None:
    printed = squeezed(digest_text(sample))
    for text in (
        "Fedasil",
        "OFII",
        "公安部出入境管理局",
        "Return counsellors in the reception centres.",
        "State officials outside the reception network.",
        "与比利时移民局的合作非常富有成效。",
        "Exchange: Study visit of a Chinese delegation",
        "Transferability: high",
    ):
        assert squeezed(text) in printed


def test_theme_filter_ignores_case(sample: Sample) -> None:
    printed = digest_text(sample, theme="réINTÉGRATION")
    assert READMISSION in printed
    assert INFORMS not in printed
    assert "Theme: réINTÉGRATION" in printed


def test_organisation_filter_keeps_comparisons_with_its_practice(sample: Sample) -> None:
    printed = squeezed(digest_text(sample, organisation="ofii"))
    assert squeezed(INFORMS) in printed
    assert squeezed(REINTEGRATES) in printed
    assert squeezed(READMISSION) not in printed


def test_exchange_filter(sample: Sample) -> None:
    printed = squeezed(digest_text(sample, exchange_id=sample.other_exchange_id))
    assert squeezed(READMISSION) in printed
    assert squeezed(INFORMS) not in printed


def test_no_match_gives_a_report_saying_so(sample: Sample) -> None:
    printed = digest_text(sample, theme="Information", organisation="公安部出入境管理局")
    assert "No comparisons match." in printed


@pytest.mark.parametrize(
    "filters",
    [{"theme": "Nothing like it"}, {"organisation": "Nobody"}, {"exchange_id": "missing"}],
)
def test_unknown_filter_is_refused_by_name(sample: Sample, filters: dict[str, str]) -> None:
    with pytest.raises(ReportError, match=r"no (theme|organisation|exchange)"):
        comparison_digest_pdf(sample.snapshot, **filters)


def test_redacted_digest_names_no_one(sample: Sample) -> None:
    printed = squeezed(digest_text(sample, ReportOptions(redact=True, paper="letter")))
    for person in sample.snapshot.people:
        assert squeezed(person.name) not in printed, person.name
    assert squeezed("team leader, OFII") in printed


def test_letter_paper(sample: Sample) -> None:
    pdf = comparison_digest_pdf(sample.snapshot, ReportOptions(paper="letter"))
    box = pages(pdf).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=0.5)
