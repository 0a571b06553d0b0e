"""Encrypting from the command line: the passphrase from a file or typed without echo, never
from an argument or the environment; one line and exit 2 for a wrong one, the file as it was."""

from __future__ import annotations

import hashlib
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.builders import rich_document

pytest.importorskip("sqlcipher3")

PASSPHRASE = "correct horse battery staple"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counsellor_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env=env,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    db = tmp_path / "notes.sqlite3"
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(rich_document(), ensure_ascii=False), encoding="utf-8")
    assert run("--db", str(db), "import", str(notes)).returncode == 0
    return db


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_encrypt_then_every_command_asks_for_the_passphrase(
    plain: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    done = run("--db", str(plain), "--passphrase-file", str(passphrase_file), "encrypt")
    assert done.returncode == 0, done.stderr
    assert "encrypted" in done.stdout
    assert not plain.read_bytes().startswith(b"SQLite format 3")

    found = run("--db", str(plain), "--passphrase-file", str(passphrase_file), "search", "trust")
    assert found.returncode == 0 and found.stdout.strip()
    checked = run("--db", str(plain), "--passphrase-file", str(passphrase_file), "check")
    assert checked.returncode == 0 and "ok (encrypted)" in checked.stdout

    # No terminal and no file: told how to give it, in one line.
    asked = run("--db", str(plain), "search", "trust")
    assert asked.returncode == 2
    assert asked.stderr.count("\n") == 1 and "--passphrase-file" in asked.stderr

    back = run("--db", str(plain), "--passphrase-file", str(passphrase_file), "decrypt")
    assert back.returncode == 0, back.stderr
    assert plain.read_bytes().startswith(b"SQLite format 3")
    assert run("--db", str(plain), "search", "trust").stdout.strip()


def test_a_wrong_passphrase_is_one_line_exit_2_and_the_file_unchanged(
    plain: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    assert (
        run("--db", str(plain), "--passphrase-file", str(passphrase_file), "encrypt").returncode
        == 0
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("correct horse battery stapler\n", encoding="utf-8")
    before = digest(plain)
    files = sorted(p.name for p in tmp_path.iterdir())
    for command in (
        ["search", "x"],
        ["export", str(tmp_path / "out.json")],
        ["check"],
        ["decrypt"],
    ):
        result = run("--db", str(plain), "--passphrase-file", str(wrong), *command)
        assert result.returncode == 2, command
        assert result.stderr == "error: wrong passphrase, or not an Exchange Notes database\n"
        assert result.stdout == ""
    assert digest(plain) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


def test_a_passphrase_is_never_taken_from_an_argument_or_the_environment(plain: Path) -> None:
    refused = run("--db", str(plain), "--passphrase", PASSPHRASE, "encrypt")
    assert refused.returncode == 2
    assert "passphrase file" not in refused.stderr  # not taken for --passphrase-file
    env = dict(os.environ)
    for name in ("COUNSELLOR_APP_PASSPHRASE", "SQLCIPHER_KEY", "PASSPHRASE"):
        env[name] = PASSPHRASE
    asked = run("--db", str(plain), "encrypt", env=env)
    assert asked.returncode == 2 and "--passphrase-file" in asked.stderr
    assert plain.read_bytes().startswith(b"SQLite format 3")


def _type_on_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    """Runs the program with a terminal of its own, typing each answer after each prompt;
    returns the exit code and everything the terminal showed."""
    master, slave = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "counsellor_app", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    shown = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
            # A prompt ends with ": " (the line ending after an answer does not): each is
            # answered once, after getpass has turned the echo off and flushed the input.
            if pending and shown.endswith(b": "):
                os.write(master, pending.pop(0).encode() + b"\n")
        elif process.poll() is not None:
            break
    process.wait(timeout=30)
    os.close(master)
    return process.returncode, shown.decode("utf-8", "replace")


def test_on_a_terminal_the_new_passphrase_is_asked_twice_without_echo(plain: Path) -> None:
    code, shown = _type_on_terminal(["--db", str(plain), "encrypt"], [PASSPHRASE, PASSPHRASE])
    assert code == 0, shown
    assert "New passphrase:" in shown and "again:" in shown
    assert PASSPHRASE not in shown
    code, shown = _type_on_terminal(["--db", str(plain), "search", "trust"], [PASSPHRASE])
    assert code == 0 and "Passphrase:" in shown and PASSPHRASE not in shown


def test_two_different_new_passphrases_change_nothing(plain: Path) -> None:
    before = digest(plain)
    code, shown = _type_on_terminal(["--db", str(plain), "encrypt"], [PASSPHRASE, PASSPHRASE + "!"])
    assert code == 2 and "not the same" in shown
    assert digest(plain) == before
