"""A person's data from the command line: export-person and erase-person."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counsellor_app.cli import main
from tests.builders import rich_document


def test_export_then_erase_a_person_with_their_backups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "notes.sqlite3"
    document = rich_document()
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db), "import", str(source)]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    isabelle = next(p for p in document["people"] if p["name"] == "Isabelle")
    capsys.readouterr()

    out = tmp_path / "isabelle.json"
    assert main(["--db", str(db), "export-person", isabelle["id"], str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["people"][0]["name"] == "Isabelle"
    spoken = [o for o in document["observations"] if o.get("speaker") == isabelle["id"]]
    assert {o["id"] for o in exported["observations"]} >= {o["id"] for o in spoken}

    assert main(["--db", str(db), "erase-person", isabelle["id"]]) == 0
    said = capsys.readouterr().out
    assert "Erased 'Isabelle'" in said and "--purge-backups" in said
    assert main(["--db", str(db), "export-person", isabelle["id"], str(out)]) == 2
    assert "No person with id" in capsys.readouterr().err
    backups = list((tmp_path / "notes-backups").iterdir())
    assert len(backups) == 1
    assert main(["--db", str(db), "erase-person", "--purge-backups", isabelle["id"]]) == 2
    capsys.readouterr()


def test_purge_backups_deletes_those_taken_before(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite3"
    document = rich_document()
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["--db", str(db), "import", str(source)]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    guy = next(p for p in document["people"] if p["name"] == "Guy")
    assert (
        main(["--db", str(db), "erase-person", guy["id"], "--with-quotes", "--purge-backups"]) == 0
    )
    assert list((tmp_path / "notes-backups").iterdir()) == []
    assert b"Guy" not in db.read_bytes()
