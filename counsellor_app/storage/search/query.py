"""Reading what was typed into search terms; never fails, knows no database."""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

# Which characters make a term a substring, and what a token is: one definition, shared
# with the runs the trigram index holds.
from counsellor_app.storage.unspaced_scripts import HAS_UNSPACED as HAS_UNSPACED
from counsellor_app.storage.unspaced_scripts import TOKEN as TOKEN
from counsellor_app.storage.unspaced_scripts import UNSPACED as UNSPACED

TRIGRAM = 3
MAX_TERMS = 16
MAX_QUERY_CHARS = 1000


@functools.lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Lower case without accents, as both indexes compare text."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _CharFolds(dict[int, str]):
    """Each character's fold, filled in as characters are met (a table for str.translate)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold(chr(code))
        return folded


class _Unaligned(dict[int, str]):
    """Characters whose fold is not one character map to themselves, others to nothing."""

    def __missing__(self, code: int) -> str:
        odd = self[code] = "" if len(_FOLDS[code]) == 1 else chr(code)
        return odd


_FOLDS = _CharFolds()
_UNALIGNED = _Unaligned()


def aligned_fold(value: str) -> str | None:
    """``value`` folded character by character when each character folds to exactly one,
    so that an offset in the result is the same offset in ``value``; None otherwise.

    Both translations run in C: a page of text in microseconds, against a Python loop
    over its characters.
    """
    if value.isascii():
        return value.lower()
    if value.translate(_UNALIGNED):
        return None
    return value.translate(_FOLDS)


@dataclass(frozen=True)
class Term:
    """One part of a query: a phrase of words (maybe ending in a prefix) or a substring."""

    tokens: tuple[str, ...]
    substring: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    @property
    def words(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.substring)

    @property
    def substrings(self) -> tuple[str, ...]:
        return tuple(t.tokens[0] for t in self.terms if t.substring)

    @property
    def empty(self) -> bool:
        return not self.terms


def parse_query(query: str) -> ParsedQuery:
    """The terms of what was typed; every term must match. Never fails, whatever the input.

    Each piece between spaces is cut into tokens at punctuation; tokens of a piece form a
    phrase (``don't`` → ``don t``, ``20.04`` → ``20 04``), and the last token of a phrase
    matches as a prefix if it has three characters or more. A token in a script without
    spaces becomes a substring. Operators (``AND``, ``NEAR``, ``*``, ``-``, quotes) are
    ordinary words or nothing.
    """
    terms: list[Term] = []
    normalised = unicodedata.normalize("NFC", query[:MAX_QUERY_CHARS])
    for piece in normalised.split():
        phrase: list[str] = []
        for token in TOKEN.findall(piece):
            if HAS_UNSPACED.search(token):
                if phrase:
                    terms.append(_phrase(phrase))
                    phrase = []
                terms.append(Term((token,), substring=True))
            else:
                phrase.append(token)
        if phrase:
            terms.append(_phrase(phrase))
    unique = tuple(dict.fromkeys(terms))
    return ParsedQuery(unique[:MAX_TERMS])


def _phrase(tokens: list[str]) -> Term:
    return Term(tuple(tokens), prefix=len(tokens[-1]) >= TRIGRAM)
