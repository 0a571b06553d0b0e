"""Finding people's names in free text, however they are written: the one place redaction
looks for them.

A name is found as typed or not: in full, by first or last name alone, with initials
("Z. Quenneville", "Quenneville Z."), in reverse order ("Quenneville, Zacharias"), inside
longer text, in any case, with any spacing (no-break and zero-width spaces, soft hyphens),
with or without its accents, composed or decomposed, in full-width letters. A name in a
script written without spaces (Chinese, Japanese, Thai…) is found inside longer words.

    index = NameIndex([(person.id, person.name), ...])     # once per report
    find_mentions(text, index)   -> [Mention(start, end, person_ids), ...]
    withhold_names(text, index, replacement)  -> the text, each mention replaced by
        replacement(mention) (None keeps it)
    unknown_words(text, index, known) -> words left once the mentions are taken out that
        are not in ``known`` (an owner field that may name someone without a record)

A lone first letter, a particle ("van", "de") or a one-letter name is never a mention on its
own; it only belongs to one next to a name. Where a mention could be several people
("Zacharias" with two people of that first name), ``person_ids`` holds them all.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

# Characters that show nothing, dropped before names are compared.
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]"
)
_WORD = re.compile(r"\w+")
# What may stand between the parts of one name: spaces, a full stop after an initial, a
# hyphen, an apostrophe, the comma of "Surname, First name".
_JOINING = re.compile(r"[\s.,'’\-‐‑]{0,3}")
# Scripts written without spaces between words: a name there is found inside a word.
_DENSE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff"
    "\u3100-\u318f\u31a0-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\U00020000-\U0003ffff]"
)
# Words that join the parts of a name and mean nothing on their own.
_PARTICLES = frozenset(
    [
        "al",
        "ap",
        "bin",
        "bint",
        "d",
        "da",
        "das",
        "de",
        "degli",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "las",
        "le",
        "les",
        "lo",
        "mac",
        "mc",
        "op",
        "ten",
        "ter",
        "van",
        "vanden",
        "vander",
        "von",
        "y",
        "zu",
    ]
)


# The combining marks of Latin, Greek and Cyrillic letters, the common case, dropped first.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


@functools.cache
def _marks() -> dict[int, None]:
    """Every combining mark, for ``str.translate`` to drop (made once, when first needed;
    none lies beyond the first two planes)."""
    return {p: None for p in range(0x20000) if unicodedata.combining(chr(p))}


def fold(text: str) -> str:
    """The text as names are compared: nothing invisible, no accents, no case, compatibility
    forms unified (full-width letters, ligatures)."""
    if text.isascii():
        return text.lower()
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", _IGNORABLE.sub("", text)))
    if not text.isascii():
        text = text.translate(_marks())  # marks of other scripts (Arabic, Hebrew, Indic…)
    return text.casefold()


@functools.lru_cache(maxsize=4096)
def _fold_char(character: str) -> str:
    return fold(character)


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, where it came from in ``text``."""
    pieces: list[str] = []
    origins: list[int] = []
    for position, character in enumerate(text):
        folded = _fold_char(character)
        pieces.append(folded)
        origins.extend([position] * len(folded))
    return "".join(pieces), origins


@dataclass(frozen=True)
class Mention:
    """Where a text names someone: ``text[start:end]``, and who it may be."""

    start: int
    end: int
    person_ids: frozenset[str]


@dataclass(frozen=True)
class _Name:
    person_id: str
    anchors: frozenset[str]  # words that name the person on their own
    parts: frozenset[str]  # words that belong to the name next to an anchor
    initials: frozenset[str]


class NameIndex:
    """People's names, taken apart once so that texts can be searched for them quickly."""

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        self._names: list[_Name] = []
        self._by_anchor: dict[str, list[_Name]] = {}
        dense: dict[str, set[str]] = {}
        for person_id, name in people:
            words = _WORD.findall(fold(name))
            anchors = {w for w in words if len(w) > 1 and w not in _PARTICLES}
            for word in list(anchors):
                if _DENSE.search(word):
                    dense.setdefault(word, set()).add(person_id)
                    anchors.discard(word)
            initials = {w[0] for w in words}
            entry = _Name(person_id, frozenset(anchors), frozenset(words), frozenset(initials))
            self._names.append(entry)
            for anchor in anchors:
                self._by_anchor.setdefault(anchor, []).append(entry)
        self._dense = {word: frozenset(ids) for word, ids in dense.items()}
        self._dense_pattern = (
            re.compile("|".join(map(re.escape, sorted(dense, key=len, reverse=True))))
            if dense
            else None
        )

    @property
    def anchors(self) -> frozenset[str]:
        return frozenset(self._by_anchor)

    def may_mention(self, folded: str) -> bool:
        """False when the folded text cannot hold any name (the quick test of every text)."""
        if self._by_anchor and not self._by_anchor.keys().isdisjoint(_WORD.findall(folded)):
            return True
        return self._dense_pattern is not None and self._dense_pattern.search(folded) is not None

    def names_at(self, word: str) -> Sequence[_Name]:
        return self._by_anchor.get(word, ())

    def dense_matches(self, folded: str) -> list[tuple[int, int, frozenset[str]]]:
        if self._dense_pattern is None:
            return []
        return [
            (m.start(), m.end(), self._dense[m.group()])
            for m in self._dense_pattern.finditer(folded)
        ]


def _belongs(name: _Name, word: str, text: str, start: int, folded: str, end: int) -> bool:
    """True when ``word`` (of the text) can be part of ``name`` next to one of its anchors."""
    if word in name.parts:
        return True
    # An initial: one letter of the name's, capital as typed or followed by a full stop.
    return (
        len(word) == 1
        and word in name.initials
        and (text[start].isupper() or folded[end : end + 1] == ".")
    )


def find_mentions(text: str, index: NameIndex) -> list[Mention]:
    """Every place ``text`` names one of the people of ``index``, in order, not overlapping."""
    if not text or not index.may_mention(fold(text)):
        return []
    folded, origins = _folded_with_origins(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]

    def joined(left: int, right: int) -> bool:
        gap = folded[words[left][1] : words[right][0]]
        return _JOINING.fullmatch(gap) is not None

    spans: dict[tuple[int, int], set[str]] = {}
    for k, (_, _, word) in enumerate(words):
        for name in index.names_at(word):
            first = last = k
            while first > 0 and joined(first - 1, first):
                start, end, before = words[first - 1]
                if not _belongs(name, before, text, origins[start], folded, end):
                    break
                first -= 1
            while last + 1 < len(words) and joined(last, last + 1):
                start, end, after = words[last + 1]
                if not _belongs(name, after, text, origins[start], folded, end):
                    break
                last += 1
            span = (origins[words[first][0]], origins[words[last][1] - 1] + 1)
            spans.setdefault(span, set()).add(name.person_id)
    for start, end, who in index.dense_matches(folded):
        span = (origins[start], origins[end - 1] + 1)
        spans.setdefault(span, set()).update(who)
    found: list[Mention] = []
    taken_until = 0
    # Longest first where they overlap: "Zacharias Quenneville" over "Zacharias".
    for (start, end), ids in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        if start < taken_until:
            continue
        # Marks and invisible characters that belong to the name's last letter go with it.
        while end < len(text) and (unicodedata.combining(text[end]) or _IGNORABLE.match(text[end])):
            end += 1
        found.append(Mention(start, end, frozenset(ids)))
        taken_until = end
    return found


def withhold_names(
    text: str, index: NameIndex, replacement: Callable[[Mention], str | None]
) -> str:
    """The text with each mention replaced by ``replacement(mention)`` (None: kept)."""
    mentions = find_mentions(text, index)
    if not mentions:
        return text
    pieces: list[str] = []
    at = 0
    for mention in mentions:
        instead = replacement(mention)
        if instead is None:
            continue
        pieces += [text[at : mention.start], instead]
        at = mention.end
    pieces.append(text[at:])
    return "".join(pieces)


def unknown_words(text: str, index: NameIndex, known: frozenset[str]) -> list[str]:
    """The words of ``text`` (folded) that are neither part of a mention nor in ``known``:
    what may still be a name, of someone without a record."""
    rest = withhold_names(text, index, lambda _mention: " ")
    return [word for word in _WORD.findall(fold(rest)) if word not in known]


def words_of(texts: Iterable[str | None]) -> frozenset[str]:
    """The folded words of some texts (roles, organisations), to tell them from names."""
    return frozenset(word for text in texts if text for word in _WORD.findall(fold(text)))
