"""A PDF report is written as its pages are made, and a report that fails leaves no file."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from counsellor_app.domain import Observation, ObservationKind
from counsellor_app.reports import ReportOptions, SnapshotRecords, exchange_summary, render_to
from counsellor_app.services.files import write_atomically_with
from tests.reports.reading import page_texts
from tests.reports.sample import rich_sample


def long_sample():  # type: ignore[no-untyped-def]
    sample = rich_sample()
    extra = tuple(
        Observation(
            id=f"00000000-0000-4000-8000-{n:012d}",
            exchange=sample.exchange_id,
            kind=ObservationKind.OBSERVATION,
            text=f"Remark {n}: " + "counsellors and migrants talk about return. " * 12,
        )
        for n in range(300)
    )
    snapshot = replace(sample.snapshot, observations=sample.snapshot.observations + extra)
    return replace(sample, snapshot=snapshot)


class Recording(io.BytesIO):
    """An output that remembers how much had been written at each step of the progress."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []


def test_pages_reach_the_file_while_the_report_is_made() -> None:
    sample = long_sample()
    options = ReportOptions()
    document = exchange_summary(SnapshotRecords(sample.snapshot), sample.exchange_id, options)
    output = Recording()
    render_to(document, options, output, lambda done, total: output.sizes.append(output.tell()))
    data = output.getvalue()
    reader = PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) > 20
    # The file grows as the report goes (the fonts, written last, are most of a short file).
    quarters = [output.sizes[len(output.sizes) * q // 4] for q in (1, 2, 3)]
    assert 0 < quarters[0] < quarters[1] < quarters[2] < len(data)
    texts = page_texts(data)
    assert "Remark 299:" in "".join(texts)
    assert all(f"page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))


def test_a_report_that_fails_leaves_no_file(tmp_path: Path) -> None:
    sample = long_sample()
    options = ReportOptions()
    document = exchange_summary(SnapshotRecords(sample.snapshot), sample.exchange_id, options)

    class Stop(Exception):
        pass

    def stop_halfway(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop

    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the report of last week")
    with pytest.raises(Stop):
        write_atomically_with(target, lambda out: render_to(document, options, out, stop_halfway))
    assert target.read_bytes() == b"the report of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
