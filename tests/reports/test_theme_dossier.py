"""The theme dossier: everything recorded about one theme, exchange by exchange, newest first,
and nothing else."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from counsellor_app.domain import ObservationKind
from counsellor_app.reports import ReportError, ReportOptions, SnapshotRecords, render
from counsellor_app.reports import theme_dossier as make_dossier
from counsellor_app.reports.model import Entry, KeyPoint
from tests.reports.reading import docx_text, pdf_text, squeezed
from tests.reports.sample import ForeignSample, foreign_sample

MADE_ON = datetime(2016, 10, 10, 9, 30)
EARLIER = "Ανταλλαγή για την οικειοθελή επιστροφή"
LATER = "Учебный визит"


@pytest.fixture(scope="module")
def sample() -> ForeignSample:
    return foreign_sample()


def dossier(sample: ForeignSample, theme: str, file_format: str = "pdf", **filters: object) -> str:
    options = ReportOptions(language="en", made_on=MADE_ON, format=file_format)
    document = make_dossier(SnapshotRecords(sample.snapshot), theme, options, **filters)  # type: ignore[arg-type]
    data = render(document, options)
    return pdf_text(data) if file_format == "pdf" else docx_text(data)


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_every_observation_of_the_theme_and_none_other(
    sample: ForeignSample, file_format: str
) -> None:
    trust = next(t for t in sample.snapshot.themes if t.name == sample.theme_names[0])
    about = [o for o in sample.snapshot.observations if trust.id in o.themes]
    assert {o.exchange for o in about} == {sample.exchange_id, sample.later_exchange_id}
    # The document: each observation about the theme once, as an entry or a key point.
    options = ReportOptions(made_on=MADE_ON, format=file_format)
    document = make_dossier(SnapshotRecords(sample.snapshot), trust.name.upper(), options)
    blocks = list(document.blocks)
    entries = [b.paragraphs[1].text for b in blocks if isinstance(b, Entry)]
    points = [b.text for b in blocks if isinstance(b, KeyPoint)]
    expected = sorted(o.text for o in about)
    assert sorted(text.strip("“”") for text in entries + points) == expected
    # What a reader reads: all of those, and nothing of the others beyond the evidence of
    # the comparisons about the theme.
    document = make_dossier(SnapshotRecords(sample.snapshot), trust.name, options)
    data = render(document, options)
    printed = squeezed(pdf_text(data) if file_format == "pdf" else docx_text(data))
    for observation in about:
        assert squeezed(observation.text) in printed, observation.text
    cited = {
        e
        for c in sample.snapshot.comparisons
        if trust.id in c.themes
        for p in c.practices
        for e in p.evidence
    }
    for observation in sample.snapshot.observations:
        if trust.id not in observation.themes and observation.id not in cited:
            assert squeezed(observation.text) not in printed, observation.text


def test_newest_exchange_first_with_its_comparisons_then_observations(
    sample: ForeignSample,
) -> None:
    printed = squeezed(dossier(sample, sample.theme_names[0]))
    body = printed[printed.index("Keypoints") :]
    later, earlier = body.index(squeezed(LATER)), body.rindex(squeezed(EARLIER))
    assert later < earlier
    assert body.index(squeezed("Сколько стран"), later) < earlier
    assert body.index(squeezed("Мы учимся друг у друга."), later) < earlier
    # In the earlier exchange: the comparisons about the theme, not the others.
    earlier_part = body[earlier:]
    comparisons = earlier_part.index("Practicecomparisons")
    observations = earlier_part.index("Observations")
    assert comparisons < observations
    assert earlier_part.count(squeezed("Ποιος ενημερώνει τους μετανάστες")) == 2
    assert squeezed("Transferability: medium") not in earlier_part


def test_key_points_hold_the_recommendations_and_lessons_of_every_exchange(
    sample: ForeignSample,
) -> None:
    trust = next(t for t in sample.snapshot.themes if t.name == sample.theme_names[0])
    printed = squeezed(dossier(sample, trust.name))
    key_points = printed[printed.index("Keypoints") : printed.index(squeezed(LATER) + "Study")]
    wanted = [
        o
        for o in sample.snapshot.observations
        if trust.id in o.themes
        and o.kind in (ObservationKind.RECOMMENDATION, ObservationKind.LESSON)
    ]
    assert len(wanted) == 3
    for observation in wanted:
        assert squeezed(observation.text) in key_points
    # Each with the exchange it came from.
    assert squeezed(f"— {LATER}") in key_points
    assert squeezed(f"Москва · {EARLIER} · 30 Sept 2016") in key_points


def test_one_exchange_or_a_period(sample: ForeignSample) -> None:
    only = squeezed(dossier(sample, sample.theme_names[0], exchange_id=sample.later_exchange_id))
    assert squeezed(LATER) in only and squeezed(EARLIER) not in only
    between = squeezed(
        dossier(sample, sample.theme_names[0], since=date(2016, 10, 1), until=date(2016, 12, 31))
    )
    assert squeezed(EARLIER) in between and squeezed(LATER) not in between
    assert squeezed("Period1Oct–31Dec2016") in between
    after = squeezed(dossier(sample, sample.theme_names[0], since=date(2017, 3, 6)))
    assert squeezed(LATER) in after and squeezed(EARLIER) not in after
    nothing = dossier(sample, sample.theme_names[0], until=date(2015, 1, 1))
    assert "Nothing recorded about this theme." in nothing


@pytest.mark.parametrize(
    ("theme", "filters", "message"),
    [
        ("Nothing like it", {}, "no theme named 'Nothing like it'"),
        ("", {}, "no theme named ''"),
        ("Εμπιστοσύνη", {"exchange_id": "missing"}, "no exchange with id 'missing'"),
        (
            "Εμπιστοσύνη",
            {"since": date(2017, 1, 1), "until": date(2016, 1, 1)},
            "2016-01-01 is before 2017-01-01",
        ),
    ],
)
def test_bad_requests_are_refused_by_name(
    sample: ForeignSample, theme: str, filters: dict[str, object], message: str
) -> None:
    with pytest.raises(ReportError, match=message):
        make_dossier(SnapshotRecords(sample.snapshot), theme, ReportOptions(), **filters)  # type: ignore[arg-type]
