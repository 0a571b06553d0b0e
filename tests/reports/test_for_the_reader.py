"""What a reader meets: a first page saying what the report is and what matters most, each
observation once, tables that say what they continue, bookmarks and metadata; in PDF and Word."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from counsellor_app.domain import ObservationKind
from counsellor_app.reports import (
    ReportOptions,
    SnapshotRecords,
    comparison_digest,
    exchange_summary,
    render,
    theme_dossier,
)
from tests.reports.reading import docx_parts, docx_text, page_texts, pdf_text, squeezed
from tests.reports.sample import ForeignSample, foreign_sample, rich_sample

MADE_ON = datetime(2016, 10, 10, 9, 30)
AUTHOR, AGENCY = "Régis Wauthier", "Fedasil Bruxelles"


@pytest.fixture(scope="module")
def sample() -> ForeignSample:
    return foreign_sample()


def summary(sample: ForeignSample, **options: object) -> tuple[bytes, ReportOptions]:
    chosen = ReportOptions(made_on=MADE_ON, author=AUTHOR, agency=AGENCY, **options)  # type: ignore[arg-type]
    records = SnapshotRecords(sample.snapshot)
    return render(exchange_summary(records, sample.exchange_id, chosen), chosen), chosen


def text_of(data: bytes, file_format: str) -> str:
    return pdf_text(data) if file_format == "pdf" else docx_text(data)


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_an_observation_with_three_themes_is_printed_once(
    sample: ForeignSample, file_format: str
) -> None:
    data, _ = summary(sample, format=file_format, language="fr")
    whole = squeezed(text_of(data, file_format))
    # Quoted once more as evidence, in the tables of the comparisons it backs.
    printed = whole[whole.index("Observationsparthème") : whole.index("Actionsdesuivi")]
    first, second, third = sample.theme_names
    assert printed.count(squeezed(sample.three_themes_text)) == 1
    # Under its first theme, naming the others; the others' sections point back to it.
    entry = printed.index(squeezed(sample.three_themes_text))
    assert printed.index(squeezed(first)) < entry < printed.index(squeezed(second))
    assert squeezed(f"Aussi sur {second}, {third}") in printed[entry:]
    reference = squeezed(f"— sous {first}")
    assert printed.count(reference) == 2
    assert printed.index(squeezed(second)) < printed.index(reference)
    assert printed.index(squeezed(third)) < printed.rindex(reference)


def test_key_points_come_first_and_hold_every_recommendation_and_lesson(
    sample: ForeignSample,
) -> None:
    data, _ = summary(sample, language="nl")
    printed = squeezed(pdf_text(data))
    key_points = printed[printed.index("Kernpunten") : printed.index("Bezoekprogramma")]
    wanted = [
        o
        for o in sample.snapshot.observations
        if o.exchange == sample.exchange_id
        and o.kind in (ObservationKind.LESSON, ObservationKind.RECOMMENDATION)
    ]
    assert len(wanted) == 2
    for observation in wanted:
        assert squeezed(observation.text) in key_points
    # Where each came from: the speaker (or their role, when not named), the visit, the date.
    assert squeezed("— 王芳, 翻译, 出入境管理局 · Москва · 30 sep 2016") in key_points
    assert squeezed("— een deelnemer · 29 sep 2016") in key_points
    assert squeezed("Vertaling: 需要更多的交流。") in key_points
    # Printed there, and named by reference in their themes' sections.
    observations = printed[printed.index("Observatiesperthema") :]
    assert squeezed("Нужно больше обменов.") not in observations.replace(
        squeezed("“Нужно больше обменов.”"), ""
    )
    assert observations.count(squeezed("bij de kernpunten")) == 3


def test_the_digest_opens_with_the_highly_transferable_practices(sample: ForeignSample) -> None:
    options = ReportOptions(language="fr", made_on=MADE_ON)
    document = comparison_digest(SnapshotRecords(sample.snapshot), options)
    printed = squeezed(pdf_text(render(document, options)))
    key_points = printed[printed.index("Pointsclés") : printed.index("Εμπιστοσύνη")]
    assert squeezed("Transférabilité : élevée") in key_points
    assert squeezed("Ποιος ενημερώνει τους μετανάστες") in key_points
    assert squeezed("Ανταλλαγή για την οικειοθελή επιστροφή") in key_points


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_the_first_page_says_what_from_whom_and_when(
    sample: ForeignSample, file_format: str
) -> None:
    data, _ = summary(sample, format=file_format, language="fr")
    text = text_of(data, file_format)
    first = page_texts(data)[0] if file_format == "pdf" else text
    for line in (
        "Ανταλλαγή για την οικειοθελή επιστροφή",
        "Synthèse de l’échange · Visite d’échange · En cours · 26 sept. – 7 oct. 2016",
        "Υπηρεσία Ασύλου — Υπηρεσία Ασύλου της Ελλάδας",
        "Миграционная служба",
        "Établi par",
        f"{AUTHOR}, {AGENCY}",
        "Établi le",
        "10 oct. 2016",
        "Points clés",
    ):
        assert line in first, line
    assert first.index("Points clés") < first.index("Η εμπιστοσύνη χτίζεται με τον χρόνο.")


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_redacted_reports_name_no_one_in_text_or_metadata(
    sample: ForeignSample, file_format: str
) -> None:
    names = [p.name for p in sample.snapshot.people] + [AUTHOR, AGENCY, "Régis", "Fedasil"]
    records = SnapshotRecords(sample.snapshot)
    options = ReportOptions(
        redact=True, made_on=MADE_ON, author=AUTHOR, agency=AGENCY, format=file_format
    )
    for document in (
        exchange_summary(records, sample.exchange_id, options),
        comparison_digest(records, options),
        theme_dossier(records, sample.theme_names[0], options),
    ):
        data = render(document, options)
        printed = squeezed(text_of(data, file_format))
        for name in names:
            assert squeezed(name) not in printed, name
        if file_format == "pdf":
            metadata = PdfReader(io.BytesIO(data)).metadata or {}
            stored = " ".join(str(value) for value in metadata.values())
        else:
            stored = " ".join(docx_parts(data).values())
            assert "python-docx" not in stored
        for name in names:
            assert name not in stored, name
        if file_format == "pdf":
            assert "namesreplacedbyroles" in printed


def test_pdf_metadata_title_author_and_language(sample: ForeignSample) -> None:
    data, _ = summary(sample, language="nl")
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Ανταλλαγή για την οικειοθελή επιστροφή"
    assert reader.metadata.author == f"{AUTHOR}, {AGENCY}"
    assert reader.metadata.subject == "Samenvatting van de uitwisseling"
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_pdf_bookmarks_follow_the_headings(sample: ForeignSample) -> None:
    data, _ = summary(sample, language="fr")
    outline = PdfReader(io.BytesIO(data)).outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top == [
        "Points clés",
        "Programme des visites",
        "Participants",
        "Comparaisons des pratiques",
        "Observations par thème",
        "Actions de suivi",
    ]
    # Each section's headings nested under it: the themes under the observations.
    entries = [e for e in outline if not isinstance(e, list)]
    observations = next(e for e in entries if e.title.startswith("Obs"))
    nested = outline[outline.index(observations) + 1]
    assert [entry.title for entry in nested] == [*sample.theme_names, "Autres observations"]


def test_word_headings_tables_and_properties(sample: ForeignSample) -> None:
    data, _ = summary(sample, format="docx", language="fr")
    document = docx.Document(io.BytesIO(data))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Ανταλλαγή για την οικειοθελή επιστροφή") in styles
    assert ("Heading 1", "Points clés") in styles
    assert ("Heading 2", "Ποιος ενημερώνει τους μετανάστες") in styles
    assert ("Heading 2", sample.theme_names[0]) in styles
    assert any(name == "Quote" for name, _text in styles)
    comparison = next(t for t in document.tables if t.rows[0].cells[1].text == "Υπηρεσία Ασύλου")
    header = comparison.rows[0]._tr
    assert header.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert [row.cells[0].text for row in comparison.rows[1:]] == [
        "Description",
        "Points forts",
        "Difficultés",
        "Éléments à l’appui",
    ]
    properties = document.core_properties
    assert properties.title == "Ανταλλαγή για την οικειοθελή επιστροφή"
    assert properties.author == f"{AUTHOR}, {AGENCY}"
    assert properties.language == "fr-FR"
    assert "python-docx" not in properties.comments


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_a_comparison_gives_its_summary_and_transferability_before_its_table(
    sample: ForeignSample, file_format: str
) -> None:
    data, _ = summary(sample, format=file_format)
    printed = squeezed(text_of(data, file_format))
    aspect = printed.index(squeezed("Ποιος ενημερώνει τους μετανάστες"))
    badge = printed.index(squeezed("Transferability: high"), aspect)
    summary_text = printed.index(squeezed("Доверие зависит от того, кто информирует."), aspect)
    table = printed.index(squeezed("Σύμβουλοι στα κέντρα υποδοχής."), aspect)
    assert aspect < badge < summary_text < table
    for level in ("medium", "low", "not assessed"):
        assert squeezed(f"Transferability: {level}") in printed


def test_a_row_going_on_over_a_page_is_labelled_there() -> None:
    sample = rich_sample()
    comparisons = list(sample.snapshot.comparisons)
    long = " ".join(f"Counsellors meet migrants in centre {n}." for n in range(400))
    informs = comparisons[0]
    practices = (replace(informs.practices[0], description=long), *informs.practices[1:])
    comparisons[0] = replace(informs, practices=practices)
    snapshot = replace(sample.snapshot, comparisons=tuple(comparisons))
    for language, label in (("en", "Description (continued)"), ("fr", "Description (suite)")):
        options = ReportOptions(language=language, made_on=MADE_ON)
        data = render(
            exchange_summary(SnapshotRecords(snapshot), sample.exchange_id, options), options
        )
        pages = page_texts(data)
        holding = [n for n, page in enumerate(pages) if "Counsellors meet migrants" in page]
        assert len(holding) >= 3
        for number in holding[1:]:
            page = pages[number]
            # Under the repeated column heads, the row says what it continues.
            page = squeezed(page)
            assert squeezed(label) in page, (language, number)
            where = page.index(squeezed(label))
            assert page.index("Fedasil") < where < page.index("Counsellorsmeet")
        assert squeezed(label) not in squeezed(pages[holding[0]])
