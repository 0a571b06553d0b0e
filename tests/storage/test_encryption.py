"""Encrypted database files: nothing readable in the file, its log or its backups; the right
passphrase opens everything, a wrong one changes nothing; a conversion killed at any moment
leaves a database that opens."""

from __future__ import annotations

import hashlib
import json
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.services import backups
from counsellor_app.services.database_encryption import (
    change_passphrase,
    decrypt_database,
    encrypt_database,
)
from counsellor_app.services.interchange import import_document, import_file
from counsellor_app.services.reporting import ReportSubject, write_report
from counsellor_app.services.search import SearchFilters, search
from counsellor_app.services.session import open_workspace
from counsellor_app.storage import encryption
from tests.builders import rich_document

pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse battery staple"
# Stored values of rich_document(), and what every SQLite file shows in the clear.
SECRETS = [
    "Guillaume",
    "Isabelle",
    "Fedasil",
    "counsellors",
    "réintégration",
    "公安部出入境管理局",
    "CREATE TABLE",
    "SQLite format 3",
]


def another_document() -> dict[str, object]:
    """rich_document() with names of its own, to import beside the first."""
    document = rich_document()
    for key in ("organisations", "themes"):
        for record in document[key]:
            record["name"] += " (bis)"
    return document


def strings(data: bytes, shortest: int = 4) -> list[bytes]:
    """What ``strings`` prints: runs of printable ASCII of ``shortest`` characters or more."""
    return re.findall(rb"[\x20-\x7e\t]{%d,}" % shortest, data)


def readable(path: Path) -> list[str]:
    """The secrets that can be read in a file, as ``strings`` shows it or as raw UTF-8."""
    data = path.read_bytes()
    printed = b"\n".join(strings(data)).lower()
    return [s for s in SECRETS if s.encode().lower() in printed or s.encode("utf-8") in data]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A plain database with every kind of record, and a backup of it."""
    path = tmp_path / "notes.sqlite3"
    workspace = open_workspace(path, actor="tester")
    import_document(workspace, rich_document())
    backups.backup_now(workspace)
    workspace.database.dispose()
    assert readable(path), "the plain file shows its text (else this test proves nothing)"
    return path


def test_the_key_is_the_one_sqlcipher_derives_from_the_passphrase(notes: Path) -> None:
    encrypt_database(notes, PASSPHRASE)
    connection = encryption.driver().connect(str(notes))
    connection.execute("PRAGMA key = 'correct horse battery staple'")
    assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == 5
    connection.close()


def test_an_encrypted_file_and_its_backups_show_nothing_stored(notes: Path) -> None:
    done = encrypt_database(notes, PASSPHRASE)
    assert done.database_converted and done.backups == 1
    assert not notes.read_bytes().startswith(b"SQLite format 3")
    assert readable(notes) == []
    workspace = open_workspace(notes, passphrase=PASSPHRASE)
    taken = backups.backup_now(workspace)
    workspace.database.dispose()
    for backup in backups.list_backups(taken.parent):
        assert not backup.path.read_bytes().startswith(b"SQLite format 3")
        assert readable(backup.path) == [], backup.path.name
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(notes).execute("SELECT * FROM sqlite_master").fetchall()


def test_the_write_ahead_log_is_encrypted_and_temporary_data_stays_in_memory(
    notes: Path,
) -> None:
    encrypt_database(notes, PASSPHRASE)
    workspace = open_workspace(notes, passphrase=PASSPHRASE, actor="tester")
    import_document(workspace, another_document())
    with workspace.database.engine.connect() as connection:
        # Still open: the log keeps its pages (a last close would fold them into the file).
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2
        wal = notes.with_name(notes.name + "-wal")
        assert wal.stat().st_size > 100_000
        assert readable(wal) == []
    workspace.database.dispose()


def test_a_wrong_passphrase_changes_no_byte_and_leaves_no_file(notes: Path) -> None:
    encrypt_database(notes, PASSPHRASE)
    before = digest(notes)
    files = sorted(p.name for p in notes.parent.iterdir())
    with pytest.raises(DatabaseProblem) as raised:
        open_workspace(notes, passphrase="Correct horse battery staple")
    assert raised.value.kind == "wrong-passphrase"
    assert str(raised.value) == "wrong passphrase, or not an Exchange Notes database"
    with pytest.raises(DatabaseProblem) as raised:
        open_workspace(notes)
    assert raised.value.kind == "encrypted"
    assert digest(notes) == before
    assert sorted(p.name for p in notes.parent.iterdir()) == files


def test_a_file_of_random_pages_is_refused_the_same_way(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(random.Random(4).randbytes(8192))
    before = digest(junk)
    with pytest.raises(DatabaseProblem) as raised:
        open_workspace(junk, passphrase=PASSPHRASE)
    assert raised.value.kind == "wrong-passphrase"
    assert digest(junk) == before


def test_everything_works_on_an_encrypted_database(notes: Path, tmp_path: Path) -> None:
    encrypt_database(notes, PASSPHRASE)
    workspace = open_workspace(notes, passphrase=PASSPHRASE, actor="tester")
    # search
    hits = search(workspace, "réintégration", SearchFilters())
    assert hits
    # report
    exchange = workspace.exchanges.all()[0]
    pdf = tmp_path / "summary.pdf"
    assert write_report(workspace, ReportSubject("exchange", exchange_id=exchange.id), pdf) > 1000
    # import (a second file)
    second = tmp_path / "second.json"
    second.write_text(json.dumps(another_document()), encoding="utf-8")
    report = import_file(workspace, second)
    assert report.added["observations"] == 5
    assert workspace.counts()["observations"] == 10
    # backup, then restore it after a change
    taken = backups.backup_now(workspace)
    assert backups.record_counts(taken, workspace.database.key)["observations"] == 10
    assert backups.record_counts(taken) == {}  # unreadable without the key
    workspace.observations.delete(workspace.observations.all()[0].id)
    backups.restore_backup(workspace, taken)
    reopened = open_workspace(notes, passphrase=PASSPHRASE)
    assert reopened.counts()["observations"] == 10
    assert search(reopened, "réintégration", SearchFilters())
    assert readable(notes) == []
    reopened.database.dispose()


def test_a_new_passphrase_then_decrypting_give_back_a_plain_file(notes: Path) -> None:
    encrypt_database(notes, PASSPHRASE)
    old_salt = encryption.file_salt(notes)
    database = open_workspace(notes, passphrase=PASSPHRASE).database
    key = database.key
    assert key is not None
    with pytest.raises(DatabaseProblem) as raised:
        change_passphrase(notes, key, "a different long passphrase")
    assert raised.value.kind == "locked"  # still open here
    database.dispose()
    done = change_passphrase(notes, key, "a different long passphrase")
    assert done.backups == 1
    assert encryption.file_salt(notes) != old_salt
    with pytest.raises(DatabaseProblem, match="wrong passphrase"):
        open_workspace(notes, passphrase=PASSPHRASE)
    decrypt_database(notes, "a different long passphrase")
    assert notes.read_bytes().startswith(b"SQLite format 3")
    workspace = open_workspace(notes)
    assert workspace.counts()["observations"] == 5
    assert search(workspace, "réintégration", SearchFilters())
    [backup] = backups.list_backups(backups.backup_folder(workspace))
    assert backup.path.read_bytes().startswith(b"SQLite format 3")
    workspace.database.dispose()


def test_a_short_new_passphrase_is_refused_and_nothing_changes(notes: Path) -> None:
    from counsellor_app.domain.errors import ValidationError

    before = digest(notes)
    with pytest.raises(ValidationError, match="at least 8"):
        encrypt_database(notes, "short")
    assert digest(notes) == before


ENCRYPTER = """
import sys
from pathlib import Path
from counsellor_app.services.database_encryption import encrypt_database
print("ready", flush=True)
encrypt_database(Path(sys.argv[1]), "correct horse battery staple")
print("done", flush=True)
"""


def _opens_whole(path: Path, observations: int) -> bool:
    """The database opens (plain, or with the passphrase), whole, with every record; True
    when it is encrypted."""
    workspace = open_workspace(path, passphrase=PASSPHRASE, create=False)
    try:
        assert backups.integrity_problems(path, workspace.database.key) == []
        assert workspace.counts()["observations"] == observations
        return workspace.database.encrypted
    finally:
        workspace.database.dispose()


def test_encrypt_killed_at_any_moment_leaves_a_database_that_opens(tmp_path: Path) -> None:
    from tests.perf.generate import generate_document

    path = tmp_path / "big.sqlite3"
    workspace = open_workspace(path, actor="tester")
    import_document(workspace, generate_document(4000))
    total = workspace.counts()["observations"]
    workspace.database.dispose()
    original = digest(path)
    rng = random.Random(18)
    states = []
    converting = encryption.converting_name(path)
    for attempt in range(12):
        process = subprocess.Popen(
            [sys.executable, "-c", ENCRYPTER, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        # Once the copy has begun (the key is derived first), at a random moment of it.
        deadline = time.monotonic() + 60
        while not converting.exists() and process.poll() is None:
            assert time.monotonic() < deadline, "the conversion never began"
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.4) if attempt else 0.0)
        midway = converting.exists()
        process.send_signal(signal.SIGKILL)
        process.wait()
        encrypted = _opens_whole(path, total)
        states.append((midway, encrypted))
        if encrypted:
            break
        # Killed before the swap: the file holds what it held (its log folded in).
        workspace = open_workspace(path)
        assert workspace.counts()["observations"] == total
        workspace.database.dispose()
    assert any(midway for midway, _ in states), "no kill landed during a conversion"
    assert original  # the content checks above are what count


def test_nothing_readable_is_left_beside_an_encrypted_database(
    notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imports, reports and backups leave no temporary file behind, here or in the temporary
    folder, and what SQLite writes beside the file holds nothing readable."""
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    for variable in ("TMPDIR", "SQLITE_TMPDIR"):
        monkeypatch.setenv(variable, str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    encrypt_database(notes, PASSPHRASE)
    source = tmp_path / "second.json"
    source.write_text(json.dumps(another_document()), encoding="utf-8")
    before = {p.name for p in notes.parent.iterdir()}
    workspace = open_workspace(notes, passphrase=PASSPHRASE, actor="tester")
    import_file(workspace, source)
    exchange = workspace.exchanges.all()[0]
    write_report(
        workspace, ReportSubject("exchange", exchange_id=exchange.id), tmp_path / "summary.pdf"
    )
    backups.backup_now(workspace)
    with workspace.database.engine.connect() as connection:
        beside = {p.name for p in notes.parent.iterdir()} - before
        assert beside <= {"notes.sqlite3-wal", "notes.sqlite3-shm", "summary.pdf"}, beside
        for name in beside - {"summary.pdf"}:
            assert readable(notes.parent / name) == [], name
        connection.exec_driver_sql("SELECT 1")
    workspace.database.dispose()
    assert list(scratch.iterdir()) == []
    for backup in backups.list_backups(notes.parent / "notes-backups"):
        assert readable(backup.path) == []


def test_a_failed_statement_does_not_carry_its_values_into_the_error(notes: Path) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    encrypt_database(notes, PASSPHRASE)
    workspace = open_workspace(notes, passphrase=PASSPHRASE)
    with pytest.raises(IntegrityError) as raised, workspace.database.writing() as session:
        session.execute(
            text(
                "INSERT INTO themes (id, created_at, updated_at, version, name) VALUES"
                " (:id, '2016-01-01T00:00:00+00:00', '2016-01-01T00:00:00+00:00', 1, NULL)"
            ),
            {"id": "Secret note about Guillaume"},
        )
    assert "Guillaume" not in str(raised.value)
    workspace.database.dispose()


def test_drafts_follow_the_database_to_a_new_passphrase_and_back_to_plain(notes: Path) -> None:
    from counsellor_app import paths
    from counsellor_app.services.drafts import DraftStore

    where = str(notes.resolve())
    workspace = open_workspace(notes)
    person = workspace.people.all()[0]
    workspace.database.dispose()
    DraftStore(paths.drafts_dir(), where).keep(f"person:{person.id}", person)
    first = encrypt_database(notes, PASSPHRASE)
    assert first.drafts == 1
    assert list(paths.drafts_dir().glob("*.json")) == []
    assert [d.record.name for d in DraftStore(paths.drafts_dir(), where, first.key).pending()] == [
        person.name
    ]
    second = change_passphrase(notes, PASSPHRASE, "a different long passphrase")
    assert second.drafts == 1
    assert [d.record.name for d in DraftStore(paths.drafts_dir(), where, second.key).pending()] == [
        person.name
    ]
    for file in paths.drafts_dir().iterdir():
        assert person.name.encode() not in file.read_bytes()
    back = decrypt_database(notes, "a different long passphrase")
    assert back.drafts == 1
    assert [d.record.name for d in DraftStore(paths.drafts_dir(), where).pending()] == [person.name]


def test_without_sqlcipher_an_encrypted_file_is_refused_in_plain_words(
    notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypt_database(notes, PASSPHRASE)
    before = digest(notes)
    monkeypatch.setattr(encryption, "_module", lambda: None)
    with pytest.raises(DatabaseProblem) as raised:
        open_workspace(notes, passphrase=PASSPHRASE)
    assert raised.value.kind == "not-a-database"
    assert "encryption" in str(raised.value)
    other = notes.with_name("other.sqlite3")
    open_workspace(other).database.dispose()
    plain = digest(other)
    with pytest.raises(DatabaseProblem, match="encryption support") as raised:
        encrypt_database(other, PASSPHRASE)
    assert raised.value.kind == "no-encryption"
    assert digest(notes) == before and digest(other) == plain
