"""Reading a report back as a person (or a screen reader) would: its text and its pages."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

# Marks pdftotext adds around right-to-left runs; they are not part of the text.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"\s+")


def pdf_text(pdf: bytes) -> str:
    """The text pdftotext reads from the PDF, NFKC-normalised (Arabic letter forms unified)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    text = unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))
    return _DIRECTION_MARKS.sub("", text)


def squeezed(text: str) -> str:
    """Text without whitespace, so that line breaks a layout adds do not matter."""
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text))


def pages(pdf: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    return reader
