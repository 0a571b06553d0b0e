"""Reports from the database: the records read in batches are those a snapshot gives, and the
report made from the database is the one made from the same records in memory."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import docx
import pytest

from counsellor_app.domain import Observation, ObservationKind
from counsellor_app.reports import (
    ReportOptions,
    SnapshotRecords,
    exchange_summary,
    render,
    theme_dossier,
)
from counsellor_app.services.interchange import (
    import_document,
    snapshot_to_document,
    take_snapshot,
)
from counsellor_app.services.report_records import DatabaseRecords
from counsellor_app.services.reporting import ReportSubject, format_for, report_bytes, write_report
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import report_queries
from tests.reports.reading import pdf_text
from tests.reports.sample import Sample, foreign_sample, rich_sample

MADE_ON = datetime(2016, 10, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def stored(workspace: Workspace) -> tuple[Workspace, Sample]:
    sample = rich_sample()
    import_document(workspace, snapshot_to_document(sample.snapshot, MADE_ON))
    return workspace, sample


def _ids(records: object) -> list[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def test_the_database_answers_as_a_snapshot_does(stored: tuple[Workspace, Sample]) -> None:
    workspace, sample = stored
    # One theme in the trash: an observation about it alone counts as about no theme.
    information = next(t for t in sample.snapshot.themes if t.name == "Information")
    workspace.themes.delete(information.id)
    snapshot = SnapshotRecords(take_snapshot(workspace))
    exchange = sample.exchange_id
    with workspace.database.reading() as session:
        database = DatabaseRecords(session)
        for kind in ("organisations", "people", "themes", "exchanges"):
            assert _ids(getattr(database.directory(), kind)) == _ids(
                getattr(snapshot.directory(), kind)
            )
        assert _ids(database.visits(exchange)) == _ids(snapshot.visits(exchange))
        assert _ids(database.comparisons(exchange)) == _ids(snapshot.comparisons(exchange))
        assert _ids(database.comparisons()) == _ids(snapshot.comparisons())
        assert _ids(database.actions(exchange)) == _ids(snapshot.actions(exchange))
        questions: list[dict[str, object]] = [{}, {"unthemed": True}]
        questions += [{"theme": t.id} for t in sample.snapshot.themes]
        questions += [{"kinds": (ObservationKind.LESSON, ObservationKind.RECOMMENDATION)}]
        questions += [{"kinds": (ObservationKind.QUOTE,), "unthemed": True}]
        for question in questions:
            expected = list(snapshot.observations(exchange, **question))  # type: ignore[arg-type]
            found = list(database.observations(exchange, **question))  # type: ignore[arg-type]
            assert _ids(found) == _ids(expected), question
            assert [o.text for o in found] == [o.text for o in expected]
            assert database.count_observations(exchange, **question) == len(expected)  # type: ignore[arg-type]
        assert sorted(database.speaker_ids(exchange)) == sorted(snapshot.speaker_ids(exchange))
        both = [sample.other_exchange_id, exchange]
        for theme in sample.snapshot.themes:
            for kinds in (None, (ObservationKind.QUOTE,)):
                expected = list(snapshot.observations_across(both, theme=theme.id, kinds=kinds))
                found = list(database.observations_across(both, theme=theme.id, kinds=kinds))
                assert _ids(found) == _ids(expected), (theme.name, kinds)
            assert database.count_by_exchange(theme.id) == snapshot.count_by_exchange(theme.id)
        cited = [o.id for o in sample.snapshot.observations]
        assert sorted(database.observations_by_id(cited)) == sorted(
            snapshot.observations_by_id(cited)
        )


def test_observations_are_read_a_batch_at_a_time(
    stored: tuple[Workspace, Sample], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace, sample = stored
    monkeypatch.setattr(report_queries, "BATCH", 2)
    loaded: list[int] = []
    original = report_queries.repo.load

    def counting(session, spec, ids, **kwargs):  # type: ignore[no-untyped-def]
        loaded.append(len(ids))
        return original(session, spec, ids, **kwargs)

    monkeypatch.setattr(report_queries.repo, "load", counting)
    with workspace.database.reading() as session:
        found = list(DatabaseRecords(session).observations(sample.exchange_id))
    assert len(found) == 8
    assert loaded == [2, 2, 2, 2]
    assert all(isinstance(o, Observation) for o in found)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_report_from_the_database_is_the_report_of_its_records(
    stored: tuple[Workspace, Sample], language: str
) -> None:
    workspace, sample = stored
    options = ReportOptions(language=language, made_on=MADE_ON, author="Guy", agency="OFII")
    from_database = report_bytes(
        workspace, ReportSubject("exchange", exchange_id=sample.exchange_id), options
    )
    # The same records in memory, in the order the database keeps them.
    records = SnapshotRecords(take_snapshot(workspace))
    from_memory = render(exchange_summary(records, sample.exchange_id, options), options)
    assert pdf_text(from_database) == pdf_text(from_memory)
    subject = ReportSubject("theme", theme="réintégration")
    dossier = report_bytes(workspace, subject, options)
    expected = render(theme_dossier(records, "Réintégration", options), options)
    assert pdf_text(dossier) == pdf_text(expected)


def test_a_word_report_is_written_whole(stored: tuple[Workspace, Sample], tmp_path) -> None:  # type: ignore[no-untyped-def]
    workspace, _sample = stored
    target = tmp_path / "summary.docx"
    options = ReportOptions(format=format_for(target), language="nl", made_on=MADE_ON)
    size = write_report(workspace, ReportSubject("digest", organisation="ofii"), target, options)
    assert size == target.stat().st_size
    document = docx.Document(io.BytesIO(target.read_bytes()))
    assert document.paragraphs[0].text == "Overzicht van vergelijkingen"
    assert not list(tmp_path.glob("*.partial"))


def test_the_format_follows_the_file_name_unless_asked() -> None:
    from pathlib import Path

    assert format_for(Path("a/report.DOCX")) == "docx"
    assert format_for(Path("report.pdf")) == "pdf"
    assert format_for(Path("report")) == "pdf"
    assert format_for(Path("report.docx"), "pdf") == "pdf"


def test_a_dossier_across_exchanges_from_the_database(workspace: Workspace) -> None:
    sample = foreign_sample()
    import_document(workspace, snapshot_to_document(sample.snapshot, MADE_ON))
    options = ReportOptions(language="nl", made_on=MADE_ON)
    theme = sample.theme_names[0]
    from_database = report_bytes(workspace, ReportSubject("theme", theme=theme), options)
    records = SnapshotRecords(take_snapshot(workspace))
    from_memory = render(theme_dossier(records, theme, options), options)
    text = pdf_text(from_database)
    assert text == pdf_text(from_memory)
    # Newest exchange first, each with its own observations.
    later = text.index("Мы учимся друг у друга.")
    assert later < text.index("Ανταλλαγή για την οικειοθελή επιστροφή", later)
