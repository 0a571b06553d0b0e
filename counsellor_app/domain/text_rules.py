"""What stored text may hold, and the one form it is stored in.

Text is stored in Unicode normal form C, with newlines for Windows line endings; short texts
(names, titles, roles) lose the spaces and invisible characters around them, so that
"Trust", "Trust " and a decomposed "Trust" are one name. Refused: control characters (C0
but tab, newline and carriage return; DEL; C1), the bidirectional embeddings, overrides and
isolates that make text read differently from how it is stored, and unpaired surrogates,
which are not text at all (no file or database can encode them).
"""

from __future__ import annotations

import re
import unicodedata

_REFUSED_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
REFUSED = re.compile(f"[{_REFUSED_CLASS}]")

# Characters that show nothing: spaces of every width, the zero-width and joining
# characters, the soft hyphen, word joiner, byte-order mark, Hangul fillers and the blank
# Braille pattern. A required text made only of these is empty.
_INVISIBLE_CLASS = (
    r"\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f"
    r"\u2060-\u2064\u206a-\u206f\u2800\u3164\ufeff\uffa0"
)
_BLANK = re.compile(f"[{_INVISIBLE_CLASS}]*")
# The invisible characters that are not spaces (``str.isspace`` knows the spaces).
INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS[2:]}]")
_EDGES = re.compile(f"^[{_INVISIBLE_CLASS}]+|[{_INVISIBLE_CLASS}]+$")
EDGE_CHARACTERS = re.compile(f"[{_INVISIBLE_CLASS}]")


def refused_character(value: str) -> tuple[str, int, str] | None:
    """(``U+202E``, position from 1, what it is) of the first character text may not hold."""
    found = REFUSED.search(value)
    if found is None:
        return None
    point = ord(found.group())
    if 0xD800 <= point <= 0xDFFF:
        what = "an unpaired surrogate"
    elif 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069:
        what = "a control character that changes the direction of text"
    else:
        what = "a control character"
    return f"U+{point:04X}", found.start() + 1, what


def is_blank(value: str) -> bool:
    """True for text that shows nothing: empty, spaces, zero-width characters."""
    return _BLANK.fullmatch(value) is not None


def trimmed(value: str) -> str:
    """The text without the spaces and invisible characters before and after it."""
    return _EDGES.sub("", value)


def stored_form(value: str, *, short: bool) -> str:
    """The text as it is stored: newlines for Windows line endings, normal form C, and for
    short texts (names, titles) without spaces or invisible characters around it."""
    if "\r" in value:
        value = value.replace("\r\n", "\n")
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if short and value and (EDGE_CHARACTERS.match(value[0]) or EDGE_CHARACTERS.match(value[-1])):
        value = trimmed(value)
    return value


# Characters a terminal line must not receive raw: controls (newlines too), the separators
# of lines and paragraphs, and the direction controls that make text read backwards.
_UNPRINTABLE = re.compile(f"[{_REFUSED_CLASS}\\n\\r\\t\\u2028\\u2029\\u200e\\u200f\\u061c]")
LINE_LIMIT = 2000


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """Text fit for one line of a terminal or log: bytes that were not UTF-8 and characters
    that would break the line or turn it around are shown escaped (``\\xff``, ``\\u202e``),
    and a very long text is cut."""
    if _UNPRINTABLE.search(text):
        text = _UNPRINTABLE.sub(_escaped, text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _escaped(found: re.Match[str]) -> str:
    point = ord(found.group())
    if 0xDC80 <= point <= 0xDCFF:  # a byte that was not UTF-8, as Python reads arguments
        return f"\\x{point - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(found.group(), f"\\u{point:04x}")
