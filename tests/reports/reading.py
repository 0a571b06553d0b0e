"""Reading a report back as a person (or a screen reader) would: its text and its pages, from
PDF and from Word."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
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


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    return pdf_text(pdf).split("\f")[:-1]


def docx_text(data: bytes) -> str:
    """The text of a Word document as a reader meets it: headers, then the body's paragraphs
    and tables in order (a cell's paragraphs one per line), then footers."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for section in document.sections:
        lines += [p.text for p in section.header.paragraphs]
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(DocxParagraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            table = DocxTable(child, document)
            for row in table.rows:
                for cell in row.cells:
                    lines += [p.text for p in cell.paragraphs]
    for section in document.sections:
        lines += [p.text for p in section.footer.paragraphs]
    return unicodedata.normalize("NFKC", "\n".join(lines))


def docx_parts(data: bytes) -> dict[str, str]:
    """Every XML part of a Word file, by name: what anyone unzipping it can read."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }
