"""Reports from the command line: the three reports, as PDF or Word, in the language asked for
or the one of the settings, by the author and agency of the settings."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from tests.builders import rich_document
from tests.reports.reading import pdf_text


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    document = rich_document()
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "notes.sqlite3"
    assert run("--db", str(db), "import", str(source)).returncode == 0
    return db, document


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "counsellor_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        # The computer's own language must not choose the report's.
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": ""},
    )


def exchange_id(document: dict[str, object]) -> str:
    exchanges = document["exchanges"]
    assert isinstance(exchanges, list)
    return str(exchanges[0]["id"])


def write_settings(**values: str) -> None:
    """The window's settings file, as the window writes it on this system."""
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "Exchange Notes"
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[reports]", f"language={values.get('report_language', '')}", "[ui]"]
    lines += [f"language={values.get('window_language', '')}", "[user]"]
    lines += [f"name={values.get('name', '')}", f"agency={values.get('agency', '')}"]
    (folder / "counsellor-app.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_word_document_by_the_output_name(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, document = database
    target = tmp_path / "summary.docx"
    result = run("--db", str(db), "report", "exchange", exchange_id(document), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert f"Wrote {target}" in result.stdout
    word = docx.Document(io.BytesIO(target.read_bytes()))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[:3] == ["Key points", "Itinerary", "Participants"]


def test_the_format_asked_wins_over_the_name(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _document = database
    target = tmp_path / "digest.docx"
    result = run("--db", str(db), "report", "comparisons", "--format", "pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_the_language_asked_for(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, document = database
    target = tmp_path / "samenvatting.pdf"
    args = ["report", "exchange", exchange_id(document), "--language", "nl", "-o", str(target)]
    assert run("--db", str(db), *args).returncode == 0
    text = pdf_text(target.read_bytes())
    assert "Samenvatting van de uitwisseling" in text
    assert "26 sep – 7 okt 2016" in text
    assert PdfReader(io.BytesIO(target.read_bytes())).trailer["/Root"]["/Lang"] == "nl"


def test_the_settings_give_the_language_author_and_agency(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, document = database
    write_settings(report_language="fr", window_language="nl", name="Régis", agency="Fedasil")
    target = tmp_path / "synthese.pdf"
    args = ["report", "exchange", exchange_id(document), "-o", str(target)]
    assert run("--db", str(db), *args).returncode == 0
    text = pdf_text(target.read_bytes())
    assert "Synthèse de l’échange" in text
    assert "Régis, Fedasil" in text
    metadata = PdfReader(io.BytesIO(target.read_bytes())).metadata
    assert metadata is not None and metadata.author == "Régis, Fedasil"
    # Withheld names: neither the author nor the agency.
    redacted = tmp_path / "redacted.pdf"
    args = ["report", "exchange", exchange_id(document), "--redact", "-o", str(redacted)]
    assert run("--db", str(db), *args).returncode == 0
    text = pdf_text(redacted.read_bytes())
    assert "Régis" not in text and "Établi par" not in text
    metadata = PdfReader(io.BytesIO(redacted.read_bytes())).metadata
    assert metadata is not None and "Régis" not in str(metadata.author)


def test_without_a_report_language_the_window_language_is_used(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, document = database
    write_settings(window_language="nl")
    target = tmp_path / "summary.pdf"
    args = ["report", "exchange", exchange_id(document), "-o", str(target)]
    assert run("--db", str(db), *args).returncode == 0
    assert "Samenvatting van de uitwisseling" in pdf_text(target.read_bytes())


def test_the_theme_dossier_between_two_dates(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _document = database
    target = tmp_path / "trust.pdf"
    args = ["report", "theme", "trust", "--from", "2016-09-01", "--to", "2016-10-10"]
    result = run("--db", str(db), *args, "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = pdf_text(target.read_bytes())
    assert "Theme dossier · 1 exchange" in text
    assert "The officials of the OFII operate very differently." in text
    later = tmp_path / "later.pdf"
    args = ["report", "theme", "Trust", "--from", "2016-10-20", "-o", str(later)]
    assert run("--db", str(db), *args).returncode == 0
    assert "Nothing recorded about this theme." in pdf_text(later.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["theme", "Nothing like it"], "no theme named 'Nothing like it'"),
        (["theme", "Trust", "--from", "2016-31-12"], "'2016-31-12' is not a date"),
        (["theme", "Trust", "--from", "2016-12-31", "--to", "2016-01-01"], "is before"),
        (["exchange", "no-such-id", "--language", "de"], "invalid choice: 'de'"),
        (["theme", "Trust", "--exchange", "no-such-id"], "no exchange with id"),
    ],
)
def test_bad_requests_get_one_line(database, tmp_path: Path, args, message) -> None:  # type: ignore[no-untyped-def]
    db, _document = database
    target = tmp_path / "out.pdf"
    result = run("--db", str(db), "report", *args, "-o", str(target))
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not target.exists()
