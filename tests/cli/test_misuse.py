"""The command line used carelessly or with hostile intent: the database is never replaced,
a file no one can read is never waited on, and every refusal is one line with exit 2."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counsellor_app.cli import main
from counsellor_app.storage.unspaced_scripts import register_sql_functions
from tests.builders import rich_document
from tests.cli.test_cli import digest, run


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A database with the rich example in it, closed cleanly (no -wal beside it)."""
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(rich_document(), ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "notes.sqlite3"
    assert run("--db", str(db), "import", str(source)).returncode == 0
    return db


def _records(db: Path) -> dict[str, int]:
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        tables = ("organisations", "people", "observations", "audit_log")
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _one_error_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert "Traceback" not in err
    return err


def _program(*args: str) -> list[str]:
    return [sys.executable, "-m", "counsellor_app", *args]


def _exchange_id(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        return str(connection.execute("SELECT id FROM exchanges LIMIT 1").fetchone()[0])


# -- 1. the output is never the database -----------------------------------------------------


def test_no_output_replaces_the_database_its_companions_or_its_backups(
    notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(notes)
    assert main(["--db", db, "backup"]) == 0
    capsys.readouterr()
    (backup,) = (tmp_path / "notes-backups").iterdir()
    (tmp_path / "link.sqlite3").symlink_to(notes)
    os.link(notes, tmp_path / "hard.sqlite3")
    before = _records(notes)
    targets = [
        db,
        f"{db}-wal",
        f"{db}-shm",
        f"{db}-journal",
        str(tmp_path / "link.sqlite3"),
        str(tmp_path / "hard.sqlite3"),
        str(tmp_path / "notes-backups"),
        str(backup),
        str(tmp_path / "notes-backups" / "new.json"),
    ]
    exchange = _exchange_id(notes)
    for target in targets:
        for command in (
            ["export", target],
            ["export-csv", target],
            ["report", "exchange", exchange, "-o", target],
            ["report", "comparisons", "-o", target],
        ):
            assert main(["--db", db, *command]) == 2, command
            err = _one_error_line(capsys.readouterr().err)
            assert "Cannot write" in err, (command, err)
    for target in (db, f"{db}-wal", str(tmp_path / "link.sqlite3"), str(backup)):
        assert main(["--db", db, "backup", target]) == 2, target
        _one_error_line(capsys.readouterr().err)
    assert _records(notes) == before
    assert digest(backup) == digest(backup)  # still there, untouched
    assert main(["--db", db, "check"]) == 0


def test_a_database_named_by_url_is_protected_too(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _records(notes)
    url = f"sqlite:///{notes}"
    assert main(["--database-url", url, "export", str(notes)]) == 2
    _one_error_line(capsys.readouterr().err)
    assert _records(notes) == before


# -- 8. special files and standard output --------------------------------------------------


def _special_files(folder: Path) -> list[Path]:
    """A pipe, a socket and (where this may make one) a device, all in ``folder``: a test
    that failed must not replace the machine's own ``/dev/null``."""
    pipe = folder / "pipe"
    os.mkfifo(pipe)
    sock = folder / "socket"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock))
    server.close()
    found = [pipe, sock]
    try:
        os.mknod(folder / "null", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        found.append(folder / "null")
    except PermissionError:
        pass
    return found


def test_devices_and_pipes_are_refused_and_dash_writes_to_standard_output(
    notes: Path, tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    db = str(notes)
    specials = _special_files(tmp_path)
    modes = {path: os.lstat(path).st_mode for path in specials}
    for target in specials:
        for command in (
            ["export", str(target)],
            ["export-csv", str(target)],
            ["backup", str(target)],
            ["report", "comparisons", "-o", str(target)],
        ):
            result = run("--db", db, *command)
            assert result.returncode == 2, (command, result.stderr)
            assert "not a regular file" in result.stderr and result.stderr.count("\n") == 1
    assert {path: os.lstat(path).st_mode for path in specials} == modes

    assert main(["--db", db, "export", "-"]) == 0
    captured = capfdbinary.readouterr()
    assert json.loads(captured.out)["format"] == "counsellor-exchange-notes"
    assert captured.err.decode().startswith("Exported 26 records to -")
    assert main(["--db", db, "export-csv", "-"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"\xef\xbb\xbfid,exchange,kind")
    assert main(["--db", db, "report", "exchange", _exchange_id(notes), "-o", "-"]) == 0
    assert capfdbinary.readouterr().out.startswith(b"%PDF-")
    assert not (Path.cwd() / "-").exists()


def test_a_link_to_standard_output_is_refused_with_a_pointer_to_dash(
    notes: Path, tmp_path: Path
) -> None:
    # What /dev/stdout is, made in the test's own folder.
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    result = subprocess.run(
        _program("--db", str(notes), "export", str(link)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "give - to write to standard output" in result.stderr
    assert result.stderr.count("\n") == 1
    assert link.is_symlink()


# -- 7. check tells locked, read-only and damaged apart ------------------------------------


def test_check_says_locked_for_a_database_another_program_holds(
    notes: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from counsellor_app.storage import backup

    monkeypatch.setattr(backup, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(notes, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE organisations SET notes = 'busy'")
        assert main(["--db", str(notes), "check"]) == 2
        err = _one_error_line(capsys.readouterr().err)
        assert "locked by another program" in err and "damaged" not in err.replace(
            "not damaged", ""
        )
    finally:
        other.close()
    assert main(["--db", str(notes), "check"]) == 0


def _on_a_read_only_disk(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The program run where ``folder`` is mounted read-only (in a namespace of its own)."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces are not available here")
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *_program(*args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_on_a_read_only_disk_check_and_reading_work_and_writing_says_so(notes: Path) -> None:
    folder = notes.parent
    before = sorted(p.name for p in folder.iterdir())

    checked = _on_a_read_only_disk(folder, "--db", str(notes), "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == f"{notes}: ok (read-only here)"

    found = _on_a_read_only_disk(folder, "--db", str(notes), "search", "retour")
    assert found.returncode == 0, found.stderr
    assert found.stdout.count("\n") >= 1

    source = folder / "notes.json"
    refused = _on_a_read_only_disk(folder, "--db", str(notes), "import", str(source))
    assert refused.returncode == 2
    assert "can only be read: the file or its folder is read-only" in refused.stderr
    assert "missing" not in refused.stderr and refused.stderr.count("\n") == 1
    assert sorted(p.name for p in folder.iterdir()) == before


def test_check_still_says_damaged_for_a_damaged_file(notes: Path) -> None:
    data = bytearray(notes.read_bytes())
    for offset in range(8192 * 2, min(len(data), 8192 * 12), 8192):
        data[offset : offset + 8192] = b"\x5a" * 8192
    notes.write_bytes(bytes(data))
    result = run("--db", str(notes), "check")
    assert result.returncode == 2 and "is damaged" in result.stderr


# -- 13. commands that read never write ------------------------------------------------------


def test_check_leaves_no_files_beside_the_database(notes: Path) -> None:
    before = sorted(p.name for p in notes.parent.iterdir())
    assert run("--db", str(notes), "check").returncode == 0
    assert sorted(p.name for p in notes.parent.iterdir()) == before


@pytest.mark.parametrize("kind", ["empty", "foreign"])
def test_reading_commands_leave_an_empty_or_foreign_file_as_it_is(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite3"
    if kind == "empty":
        path.touch()
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE recipes (name TEXT)")
            connection.execute("INSERT INTO recipes VALUES ('waffles')")
        connection.close()
    before = digest(path)
    for command in (
        ["search", "retour"],
        ["export", str(tmp_path / "out.json")],
        ["export-csv", str(tmp_path / "out.csv")],
        ["report", "comparisons", "-o", str(tmp_path / "out.pdf")],
        ["backup"],
        ["check"],
    ):
        assert main(["--db", str(path), *command]) == 2, command
        err = _one_error_line(capsys.readouterr().err)
        assert "not an Exchange Notes database" in err or "is empty" in err, err
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


# -- 12. the database a user names ---------------------------------------------------------


def test_a_pipe_named_as_the_database_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for command in (["check"], ["search", "x"], ["import", str(pipe)]):
        result = run("--db", str(pipe), *command)
        assert result.returncode == 2, command
        assert "not a database file" in result.stderr or "not a regular" in result.stderr


def test_our_tables_without_their_version_are_left_alone_without_a_backup(
    notes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(notes) as connection:
        connection.execute("DELETE FROM alembic_version")
    connection.close()
    before = digest(notes)
    for _ in range(3):
        assert main(["--db", str(notes), "import", str(tmp_path / "notes.json")]) == 2
        err = _one_error_line(capsys.readouterr().err)
        assert "holds Exchange Notes tables but not the record of their version" in err
    assert digest(notes) == before
    assert not (tmp_path / "notes-backups").exists()


# -- 9. exit 2 and one line, not a traceback ---------------------------------------------------


def test_arguments_that_are_not_utf8_are_refused_in_one_line(notes: Path) -> None:
    bad = b"Tr\xffst"
    base = [sys.executable.encode(), b"-m", b"counsellor_app", b"--db", os.fsencode(notes)]
    for arguments in (
        [b"search", b"x", b"--theme", bad],
        [b"search", b"x", b"--speaker", bad],
        [b"search", b"x", b"--exchange", bad],
        [b"report", b"exchange", bad, b"-o", os.fsencode(notes.parent / "r.pdf")],
        [b"report", b"comparisons", b"--theme", bad, b"-o", os.fsencode(notes.parent / "r.pdf")],
    ):
        result = subprocess.run(base + arguments, capture_output=True, timeout=60)
        assert result.returncode == 2, result.stderr
        err = result.stderr.decode("utf-8")
        assert "not UTF-8 text" in err and "Tr\\xffst" in err
        assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "url", ["::::", "nosuchdriver://host/db", "postgresql+nosuch://h/d", "sqlite:"]
)
def test_a_malformed_database_url_is_one_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", url, "search", "x"]) == 2
    err = _one_error_line(capsys.readouterr().err)
    assert "database URL" in err


def test_a_lone_surrogate_in_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.dumps(rich_document()).replace("Guillaume", "Guill\\ud800aume")
    source = tmp_path / "file.json"
    source.write_text(document, encoding="utf-8")
    assert main(["--db", str(tmp_path / "n.sqlite3"), "import", str(source)]) == 2
    err = _one_error_line(capsys.readouterr().err)
    assert "people[0].name: contains an unpaired surrogate (U+D800) at position 6" in err


# -- 4. nothing of a record in a message or the log ------------------------------------------


def test_an_unexpected_database_error_shows_no_statement_and_logs_privately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy.exc import IntegrityError

    from counsellor_app import paths
    from counsellor_app.services import interchange

    def fail(*args: object, **kwargs: object) -> None:
        raise IntegrityError(
            "UPDATE organisations SET name=? WHERE organisations.id = ?",
            ("Zacharias Quenneville", "c0ffee00-0000-4000-8000-000000000000"),
            sqlite3.IntegrityError("UNIQUE constraint failed: organisations.name"),
        )

    monkeypatch.setattr(interchange, "import_file", fail)
    logfile = paths.log_dir() / "counsellor-app.log"
    logfile.parent.mkdir(parents=True)
    logfile.write_text("an older line\n")
    logfile.chmod(0o644)
    source = tmp_path / "file.json"
    source.write_text("{}")

    assert main(["--db", str(tmp_path / "n.sqlite3"), "import", str(source)]) == 1

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "IntegrityError" in err
    logged = logfile.read_text()
    for secret in ("Zacharias", "UPDATE", "c0ffee00", "organisations.name"):
        assert secret not in err and secret not in logged, secret
    assert "IntegrityError" in logged and "test_misuse.py" in logged
    assert stat.S_IMODE(logfile.stat().st_mode) == 0o600
    for handler in list(logging.getLogger("counsellor_app").handlers):
        logging.getLogger("counsellor_app").removeHandler(handler)
        handler.close()


# -- 14. what search prints --------------------------------------------------------------------


def test_search_prints_controls_and_direction_overrides_escaped(
    notes: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(notes) as connection:  # as an older release may have stored them
        # The search index's triggers call these, as on every connection of the program.
        register_sql_functions(connection)
        connection.execute(
            "UPDATE observations SET text = 'Zebrafinch \u202eevil\x85 \u2066here' "
            "WHERE id = (SELECT id FROM observations LIMIT 1)"
        )
        connection.execute(
            "UPDATE exchanges SET title = 'Two\nlines' WHERE id = (SELECT exchange_id FROM "
            "observations WHERE text LIKE 'Zebrafinch%')"
        )
    connection.close()
    assert main(["--db", str(notes), "search", "Zebrafinch"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    for raw in ("\u202e", "\x85", "\u2066"):
        assert raw not in out
    assert "\\u202e" in out and "\\u0085" in out
