"""The command line as a user runs it: exit codes, one-line messages, files untouched."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counsellor_app.cli import main
from tests.builders import rich_document


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The program in a subprocess, as from a terminal."""
    return subprocess.run(
        [sys.executable, "-m", "counsellor_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(rich_document(), ensure_ascii=False), encoding="utf-8")
    return path


def test_import_prints_what_was_added_then_export_writes_it_back(
    tmp_path: Path, notes_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "notes.sqlite3")
    assert main(["--db", db, "import", str(notes_file)]) == 0
    assert "Added 4 organisations" in capsys.readouterr().out
    assert main(["--db", db, "import", str(notes_file)]) == 0
    assert "Added nothing; updated nothing" in capsys.readouterr().out

    out = tmp_path / "out.json"
    assert main(["--db", db, "export", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["observations"]) == 5
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_csv_has_a_byte_order_mark_and_every_observation(
    tmp_path: Path, notes_file: Path
) -> None:
    db = str(tmp_path / "notes.sqlite3")
    main(["--db", db, "import", str(notes_file)])
    out = tmp_path / "observations.csv"
    assert main(["--db", db, "export-csv", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 5
    quote = next(r for r in rows if r["language"] == "fr")
    assert quote["speaker"] == "Isabelle" and quote["speaker_organisation"] == "OFII"
    assert "réintégration" in quote["themes"].lower()


def test_a_bad_file_exits_2_with_every_problem_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(rich_document()), encoding="utf-8")
    assert run("--db", str(db), "import", str(good)).returncode == 0
    document = rich_document()
    document["visits"][0]["end"] = "2016-09-20"
    document["observations"][3]["exchange"] = "9f300000-0000-4000-8000-000000000000"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = run("--db", str(db), "export", str(tmp_path / "before.json"))
    assert before.returncode == 0

    result = run("--db", str(db), "import", str(bad))

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "visits[0].end: 2016-09-20 is before start 2016-09-26" in result.stderr
    assert "observations[3].exchange: no exchange with id 9f3" in result.stderr
    run("--db", str(db), "export", str(tmp_path / "after.json"))
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
    assert strip(tmp_path / "before.json") == strip(tmp_path / "after.json")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not valid JSON at line 1"),
        (b'{"format": "counsellor-exchange-notes", "version": 7}', "format version 7"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_unreadable_files_get_one_clear_line(
    tmp_path: Path, content: bytes, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "file.json"
    path.write_bytes(content)
    assert main(["--db", str(tmp_path / "db.sqlite3"), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1


def test_a_missing_file_and_bad_usage_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "db.sqlite3"), "import", str(tmp_path / "nope.json")]) == 2
    assert "There is no file" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["--db", "a", "--database-url", "sqlite://", "check"]) == 2


def test_backup_writes_a_verified_private_copy(tmp_path: Path, notes_file: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    main(["--db", str(db), "import", str(notes_file)])
    copy = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db), "backup", str(copy)]) == 0
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM observations").fetchone()[0] == 5
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_without_a_file_goes_to_the_backups_folder(tmp_path: Path, notes_file: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    main(["--db", str(db), "import", str(notes_file)])
    assert main(["--db", str(db), "backup"]) == 0
    assert len(list((tmp_path / "notes-backups").glob("notes-*-manual.sqlite3"))) == 1


def test_check_passes_on_a_whole_database(tmp_path: Path, notes_file: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    main(["--db", str(db), "import", str(notes_file)])
    result = run("--db", str(db), "check")
    assert result.returncode == 0 and result.stdout.strip().endswith(": ok")


def _damage(path: Path) -> None:
    """Overwrites pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 12), page):
        data[offset : offset + page] = b"\x5a" * page
    path.write_bytes(bytes(data))


def test_check_reports_a_damaged_file_and_leaves_it_untouched(
    tmp_path: Path, notes_file: Path
) -> None:
    db = tmp_path / "notes.sqlite3"
    assert run("--db", str(db), "import", str(notes_file)).returncode == 0
    assert not (tmp_path / "notes.sqlite3-wal").exists()
    _damage(db)
    before = digest(db)

    result = run("--db", str(db), "check")

    assert result.returncode == 2
    assert "damaged" in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert digest(db) == before


def test_check_reports_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000)
    before = digest(path)
    result = run("--db", str(path), "check")
    assert result.returncode == 2
    assert "is not an Exchange Notes database" in result.stderr
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.sqlite3"]


def test_commands_on_a_file_that_is_not_a_database_leave_it_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are my notes, not a database")
    before = digest(path)
    for command in (["import", str(path)], ["export", str(tmp_path / "o.json")], ["backup"]):
        result = run("--db", str(path), *command)
        assert result.returncode == 2, command
        assert "Traceback" not in result.stderr
    assert digest(path) == before


def test_the_environment_variable_chooses_the_database(
    tmp_path: Path, notes_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("COUNSELLOR_APP_DATABASE_URL", f"sqlite:///{db}")
    assert main(["import", str(notes_file)]) == 0
    assert db.exists()


def test_the_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, notes_file: Path
) -> None:
    from counsellor_app.paths import default_database

    assert main(["import", str(notes_file)]) == 0
    assert default_database().name == "exchange-notes.sqlite3"
    assert default_database().exists()
    assert stat.S_IMODE(default_database().stat().st_mode) == 0o600


def test_an_unexpected_error_is_one_line_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import counsellor_app.cli as cli

    def explode(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "cmd_export", explode)
    parser_default = cli.build_parser
    monkeypatch.setattr(cli, "build_parser", parser_default)
    code = main(["--db", str(tmp_path / "d.sqlite3"), "export", "x.json"])
    err = capsys.readouterr().err
    assert code in (1, 2)
    assert "Traceback" not in err


def test_version_and_help_exit_0() -> None:
    assert run("--version").returncode == 0
    result = run("--help")
    assert result.returncode == 0 and "export-csv" in result.stdout


def test_example_is_a_sample_database_apart_from_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from counsellor_app import paths

    out = tmp_path / "example.json"
    assert main(["--example", "export", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["observations"]) == 13
    assert paths.example_database().exists()
    assert not paths.default_database().exists()
    assert main(["--example", "--db", str(tmp_path / "x.sqlite3"), "check"]) == 2
    assert "one of --db, --database-url and --example" in capsys.readouterr().err
