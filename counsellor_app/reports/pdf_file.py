"""The PDF file written as its pages are made: each page's content goes to the file as soon as
the page is finished, and what ReportLab keeps of the page until the end is made small.

ReportLab holds every object of a document until ``save`` and then assembles the whole file in
memory. A PDF's objects may come in any order, found through the cross-reference table at its
end, so the content of each page (most of a file) is written out as the page is done, and
ReportLab's own writing at the end goes to the file as it is formatted instead of into a list
of strings joined at the end. What remains in memory per page is ReportLab's page dictionary.
"""

from __future__ import annotations

import zlib
from typing import Any, BinaryIO, ClassVar

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFCrossReferenceTable,
    PDFDictionary,
    PDFDocument,
    PDFFile,
    PDFIndirectObject,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFStream,
    PDFTrailer,
)


class _StreamedFile(PDFFile):  # type: ignore[misc]
    """ReportLab's output collector, writing to a file instead of keeping strings."""

    def __init__(self, output: BinaryIO, pdf_version: Any) -> None:
        self.strings: list[bytes] = []
        self.offset = 0
        self.write = output.write
        # The header, as ReportLab writes it.
        self.add(
            pdfdoc.pdfdocEnc("%PDF-{}.{}".format(*pdf_version))
            + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )

    def format(self, document: Any) -> bytes:
        return b""


class _Written(PDFObject):  # type: ignore[misc]
    """Stands for an object already in the file: it has its number and offset there."""

    def format(self, document: Any) -> bytes:
        raise AssertionError("an object already written is not formatted again")


_WRITTEN = _Written()


class StreamedDocument(PDFDocument):  # type: ignore[misc]
    """A PDFDocument that writes to a file as it goes (see the module's docstring)."""

    def start(self, output: BinaryIO) -> None:
        # The header is written first; a feature of a later version met afterwards is
        # declared in the catalogue (format).
        self._header_version = max(tuple(self._pdfVersion), (1, 4))
        self._file = _StreamedFile(output, self._header_version)
        self._written: dict[str, int] = {}
        self._shared_xobjects: dict[tuple[str, ...], PDFDictionary] = {}

    def write_now(self, obj: PDFObject) -> PDFObjectReference:
        """Writes an object (one that refers to nothing) to the file at once; its reference."""
        reference = self.Reference(obj)
        name = reference.name
        self._written[name] = self._file.add(PDFIndirectObject(name, obj).format(self))
        self.idToObject[name] = _WRITTEN
        return reference

    def shared_xobjects(self, xobjects: PDFDictionary) -> PDFDictionary:
        """One dictionary of forms for all the pages that use the same ones."""
        return self._shared_xobjects.setdefault(tuple(sorted(xobjects.dict)), xobjects)

    def format(self) -> bytes:
        """ReportLab's ``PDFDocument.format``, for a file already begun: the objects not yet
        written, the cross-reference table and the trailer go straight to the file."""
        self.encrypt.prepare(self)
        catalog, info = self.Catalog, self.info
        if tuple(self._pdfVersion) > self._header_version:
            catalog.__NoDefault__ = [*catalog.__NoDefault__, "Version"]
            catalog.Version = PDFName("{}.{}".format(*self._pdfVersion))
        self.Reference(catalog)
        self.Reference(info)
        encryption = self.encrypt.info()
        encrypt_reference = self.Reference(encryption) if encryption else None
        output = self._file
        # The page tree refers to its pages by name, so that each page can be let go once
        # it is written (formatting a page gives it a dictionary of resources, and more).
        pages = self.Pages.pages
        self.Pages.pages = [self.Reference(page) for page in pages]
        del pages
        self._PDFDocument__accum__ = output
        ids: list[str] = []
        counter = 0
        while True:
            counter += 1
            if counter not in self.numberToId:
                break
            name = self.numberToId[counter]
            if name in self._written:
                self.idToOffset[name] = self._written[name]
            else:
                obj = self.idToObject[name]
                formatted = PDFIndirectObject(name, obj).format(self)
                self.idToOffset[name] = output.add(formatted)
                if isinstance(obj, PDFPage):
                    self.idToObject[name] = _WRITTEN
                del obj
            ids.append(name)
        del self._PDFDocument__accum__
        if counter - 1 != len(self.numberToId):
            raise ValueError("the objects of the document are not numbered one after the other")
        xref = PDFCrossReferenceTable()
        xref.addsection(0, ids)
        offset = output.add(xref.format(self))
        trailer = PDFTrailer(
            startxref=offset,
            Size=len(self.numberToId) + 1,
            Root=self.Reference(catalog),
            Info=self.Reference(info),
            Encrypt=encrypt_reference,
            ID=self.ID(),
        )
        output.add(trailer.format(self))
        return b""


class _SmallPage(PDFPage):  # type: ignore[misc]
    """A finished page keeping only what it has: the keys it lacks read as nothing."""

    _shadingUsed: ClassVar[dict[str, Any]] = {}
    ExtGState = None


for _key in PDFPage.__NoDefault__:
    setattr(_SmallPage, _key, None)


def finish_page(page: PDFPage, document: StreamedDocument) -> None:
    """Writes a finished page's content to the file (compressed) and trims what is kept."""
    stream = page.stream
    if stream:
        data = stream.encode("utf-8") if isinstance(stream, str) else stream
        if page.compression:
            contents = PDFStream(content=zlib.compress(data))
            contents.dictionary["Filter"] = PDFName("FlateDecode")
        else:
            contents = PDFStream(content=data, filters=[])
        page.Contents = document.write_now(contents)
        page.stream = None
    page.__class__ = _SmallPage
    state = page.__dict__
    # What reads as the class's own value needs no place of its own on each page.
    for key in [k for k, v in state.items() if v is None and hasattr(_SmallPage, k)]:
        del state[key]
    for key in ("_colorsUsed", "_shadingUsed", "Annots"):
        if not state.get(key, True):
            del state[key]
    transition = state.get("Trans")
    if isinstance(transition, PDFDictionary) and not transition.dict:
        del state["Trans"]
    if isinstance(state.get("XObjects"), PDFDictionary):
        state["XObjects"] = document.shared_xobjects(state["XObjects"])
    # A dictionary keeps its size when keys go: a new one holds only what is left.
    page.__dict__ = dict(state)
