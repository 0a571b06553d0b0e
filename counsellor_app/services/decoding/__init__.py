"""Reading the raw JSON of an interchange file into records, with a JSON path per problem.

Each field has a decoder compiled once from the field table: it returns the value in its
domain type or raises ``Refused``. Paths are only built for refused values, so a file of
100,000 valid records costs no string formatting at all.

Its parts: ``document`` checks the document as a whole and reads its lists in parts,
``columns`` reads a list of plain records a column at a time (the fast path), ``records``
reads them one at a time and names every problem. What each type of field accepts is the
domain's (``domain/field_types.py``).
"""

from __future__ import annotations

from counsellor_app.services.decoding.document import (
    FORMAT,
    PART,
    TOP_LEVEL,
    VERSION,
    Decoded,
    decode_checked,
    decode_document,
    decode_in_parts,
    decode_streamed,
)

__all__ = [
    "FORMAT",
    "PART",
    "TOP_LEVEL",
    "VERSION",
    "Decoded",
    "decode_checked",
    "decode_document",
    "decode_in_parts",
    "decode_streamed",
]
