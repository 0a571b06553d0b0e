"""Automatic backups: once a day, verified, kept in rotation; restore sets the current aside."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counsellor_app.domain import DomainError, Theme
from counsellor_app.services.backups import (
    RotationPolicy,
    backup_now,
    daily_backup_if_due,
    list_backups,
    record_counts,
    restore_backup,
    rotate,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.backup import backup_name
from counsellor_app.storage.open import open_database


class SettableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(datetime(2016, 9, 26, 8, 30, tzinfo=UTC))


@pytest.fixture
def notes(tmp_path: Path, clock: SettableClock) -> Workspace:
    workspace = Workspace(open_database(tmp_path / "notes.sqlite3"), actor="t", clock=clock)
    workspace.themes.create(Theme(name="Trust"))
    return workspace


def test_the_first_start_of_a_day_takes_one_verified_private_backup(
    notes: Workspace, clock: SettableClock, tmp_path: Path
) -> None:
    first = daily_backup_if_due(notes)
    assert first is not None and first.parent == tmp_path / "notes-backups"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert record_counts(first)["themes"] == 1
    clock.now += timedelta(hours=3)
    assert daily_backup_if_due(notes) is None
    clock.now += timedelta(days=1)
    assert daily_backup_if_due(notes) is not None
    assert [b.reason for b in list_backups(tmp_path / "notes-backups")] == ["daily", "daily"]


def test_an_empty_database_is_not_backed_up(tmp_path: Path) -> None:
    workspace = Workspace(open_database(tmp_path / "empty.sqlite3"), actor="t")
    assert daily_backup_if_due(workspace) is None


def test_rotation_keeps_the_newest_of_7_days_4_weeks_and_12_months(
    notes: Workspace, clock: SettableClock, tmp_path: Path
) -> None:
    start = clock.now
    for day in range(400):
        clock.now = start + timedelta(days=day)
        daily_backup_if_due(notes, policy=RotationPolicy())
    manual = backup_now(notes)
    folder = tmp_path / "notes-backups"
    kept = [b for b in list_backups(folder) if b.reason == "daily"]
    dates = sorted({b.taken_at.date() for b in kept}, reverse=True)
    newest = (start + timedelta(days=399)).date()
    assert dates[:7] == [newest - timedelta(days=i) for i in range(7)]
    assert len({d.isocalendar()[:2] for d in dates}) >= 4
    assert len({(d.year, d.month) for d in dates}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert manual.exists()
    assert rotate(folder) == []  # a second rotation finds nothing more to delete


def test_backup_names_sort_by_time_and_say_why(tmp_path: Path) -> None:
    name = backup_name(tmp_path / "n.sqlite3", "daily", datetime(2016, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert name == "n-20160102-030405-daily.sqlite3"


def test_restore_round_trip_sets_the_current_content_aside(
    notes: Workspace, tmp_path: Path
) -> None:
    saved = backup_now(notes)
    notes.themes.create(Theme(name="Written after the backup"))
    aside = restore_backup(notes, saved)

    reopened = Workspace(open_database(tmp_path / "notes.sqlite3"), actor="t")
    assert [t.name for t in reopened.themes.all()] == ["Trust"]
    with sqlite3.connect(aside) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM themes")}
    assert names == {"Trust", "Written after the backup"}


def test_a_damaged_backup_is_not_restored(notes: Workspace, tmp_path: Path) -> None:
    bad = tmp_path / "notes-backups" / "notes-20160101-000000-daily.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(DomainError):
        restore_backup(notes, bad)
    assert [t.name for t in notes.themes.all()] == ["Trust"]
