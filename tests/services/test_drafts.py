"""Drafts survive a crash and come back as they were typed, even half-finished."""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

from counsellor_app.domain import Exchange, Observation, ObservationKind
from counsellor_app.services.drafts import DraftStore

KEEPER = """
import os, signal, sys
from pathlib import Path
from counsellor_app.domain import Observation, ObservationKind
from counsellor_app.services.drafts import DraftStore
store = DraftStore(Path(sys.argv[1]), "db-a")
store.keep("capture", Observation(exchange="", kind=ObservationKind.QUOTE,
                                  text="Half a quote, typed when the battery d"))
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_draft_kept_before_a_crash_is_offered_after(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    process = subprocess.run([sys.executable, "-c", KEEPER, str(folder)], check=False)
    assert process.returncode == -9
    drafts = DraftStore(folder, "db-a").pending()
    assert len(drafts) == 1
    record = drafts[0].record
    assert isinstance(record, Observation)
    assert record.text == "Half a quote, typed when the battery d"
    assert record.kind is ObservationKind.QUOTE and drafts[0].is_new
    assert DraftStore(folder, "db-b").pending() == []
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())


def test_invalid_values_survive_and_discard_removes(tmp_path: Path) -> None:
    store = DraftStore(tmp_path, "db")
    exchange = Exchange(
        title="",
        start=date(2016, 10, 1),
        end=date(2016, 9, 1),
        version=3,
        id="11111111-1111-4111-8111-111111111111",
    )
    store.keep("exchange-form", exchange)
    store.keep("exchange-form", exchange)  # rewriting keeps one draft
    (draft,) = store.pending()
    assert draft.record == exchange and not draft.is_new
    store.discard("exchange-form")
    assert store.pending() == []


def test_a_damaged_draft_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "draft-broken.json").write_text("{half")
    assert DraftStore(tmp_path, "db").pending() == []
