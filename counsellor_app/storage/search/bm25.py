"""bm25 as SQLite's FTS5 computes it (``fts5_aux.c``), for a few documents of its indexes.

FTS5's ``bm25()`` weighs each phrase of a query by how many documents hold it, read from
the phrase's whole list of matches each time a statement ranks (for a prefix, the lists of
every word it begins), and scores every document the statement reads. Where few documents
can be among the hits, the same scores are computed here for those only, operation for
operation, so that they equal FTS5's to the last bit. For a document and each phrase, the
frequency ``f`` is the sum of the weights of the columns of each of the phrase's
occurrences (in column order); the score is minus the sum over the phrases of
``idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl))``, where ``D`` is the
document's number of tokens (its ``docsize`` record), ``avgdl`` the index's average (its
averages record, which also holds the number of documents N) and ``idf`` is
``log((N - n + 0.5) / (n + 0.5))`` for the n documents holding the phrase (1e-6 where that
is not above 0).
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

K1 = 1.2
B = 0.75
# The word index's tokenizer (migration 0002), for the scratch tables that read a few
# records' words as the index reads them.
WORD_TOKENIZER = "unicode61 remove_diacritics 2"
_COLUMNS = ("title", "body", "extra")
# Documents holding each phrase, by database, index, phrase and the index's structure and
# averages records, which every change to the index changes.
_HOLDING: dict[tuple[str, str, str, bytes], int] = {}


def _index_totals(session: Session, table: str) -> tuple[int, float, bytes]:
    """The index's number of documents, their average length and its state (the averages
    and structure records)."""
    sql = f"SELECT id, block FROM {table}_data WHERE id IN (1, 10)"
    records: dict[int, bytes] = {i: block for i, block in session.execute(text(sql))}
    totals = _varints(records[1])
    rows, tokens = totals[0], sum(totals[1:])
    return rows, float(tokens) / float(rows), records[1] + b"/" + records.get(10, b"")


def _idf(session: Session, table: str, phrase: str, rows: int, state: bytes) -> float:
    """The phrase's weight in the index: how many documents hold it, counted once for each
    state of the index."""
    key = (str(session.get_bind().engine.url), table, phrase, state)
    holding = _HOLDING.get(key)
    if holding is None:
        holding = int(
            session.execute(
                text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :p"), {"p": phrase}
            ).scalar_one()
        )
        if len(_HOLDING) > 4096:
            _HOLDING.clear()
        _HOLDING[key] = holding
    idf = math.log((rows - holding + 0.5) / (holding + 0.5))
    return idf if idf > 0.0 else 1e-6


def _score(
    idfs: Sequence[float], frequencies: Sequence[float], length: float, avgdl: float
) -> float:
    k1, b = K1, B
    score = 0.0
    for idf, f in zip(idfs, frequencies, strict=True):
        score += idf * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / avgdl)))
    return -1.0 * score


def _frequency(weights: Sequence[float], counts: Sequence[int]) -> float:
    """The weights of the columns of each occurrence, added one by one as FTS5 adds them."""
    f = 0.0
    for weight, count in zip(weights, counts, strict=True):
        for _ in range(count):
            f += weight
    return f


def caseless(value: str) -> bool:
    """True if no character of ``value`` has a case: FTS5 folds none of them, and none is
    what another character folds to, so the trigram index matches them as they are."""
    return all(
        unicodedata.category(c) not in ("Lu", "Ll", "Lt") and c.lower() == c == c.upper()
        for c in value
    )


def unbordered(value: str) -> bool:
    """True if no beginning of ``value`` is also its end (``abcab`` has ``ab``): two of its
    occurrences can then never overlap."""
    return not any(value[:k] == value[-k:] for k in range(1, len(value)))


class TrigramScores:
    """``bm25(search_trigram, weights)`` of a few documents matching substrings, each of
    them a phrase of the trigram index's query (``phrases``, in order).

    Occurrences are counted in the records' texts, not in the runs the index holds: a
    substring is one token holding a character of a script without spaces, so each of its
    occurrences lies within a run (``unspaced_runs``); without a character with a case
    (:func:`caseless`) the trigram tokenizer's folding changes nothing it compares, and
    without a beginning that is also its end (:func:`unbordered`) no two occurrences
    overlap, so that ``replace`` counts them.
    """

    def __init__(
        self, session: Session, substrings: list[str], phrases: list[str], weights: str
    ) -> None:
        self.session = session
        self.substrings = substrings
        self.weights = [float(w) for w in weights.split(",")]
        rows, self.avgdl, state = _index_totals(session, "search_trigram")
        self.idf = [_idf(session, "search_trigram", p, rows, state) for p in phrases]
        # The most the substrings add to a score: each ``idf * f * (k1 + 1) / (f + K)``
        # with K above 0 is below ``idf * (k1 + 1)`` (with room for rounding).
        self.most = sum(self.idf) * (K1 + 1.0) * (1 + 1e-9) + 1e-12

    def best(
        self,
        matches: list[tuple[int, float]],
        limit: int,
        ties: Callable[[int], tuple[Any, ...]],
    ) -> list[tuple[int, float]]:
        """The best ``limit`` of ``matches`` (document, its words' ``bm25``), each scored
        ``-(words + substrings)`` as SQL adds them; equal scores in the order of ``ties`` of
        their documents.

        A substring's share is never more than ``idf * (k1 + 1)``: matches are scored best
        words first, and once ``limit`` are scored, those whose words' score plus that most
        cannot reach the last of them are not read at all.
        """
        most = self.most
        ahead = sorted(matches, key=lambda match: match[1])
        scored: list[tuple[int, float]] = []
        at, step = 0, max(64, 2 * limit)
        while at < len(ahead):
            if len(scored) >= limit:
                scored = sorted(scored, key=lambda hit: (-hit[1], *ties(hit[0])))[:limit]
                if -ahead[at][1] + most < scored[-1][1]:
                    break
            batch = ahead[at : at + step]
            at, step = at + step, step * 2
            shares = self.of([doc for doc, _ in batch])
            scored += [(doc, -(words + shares[doc])) for doc, words in batch if doc in shares]
        return sorted(scored, key=lambda hit: (-hit[1], *ties(hit[0])))[:limit]

    def of(self, docs: list[int]) -> dict[int, float]:
        """The scores of these documents, each holding every substring."""
        return {
            doc: _score(
                self.idf,
                [_frequency(self.weights, counts[3 * i : 3 * i + 3]) for i in range(len(self.idf))],
                float(sum(_varints(size))),
                self.avgdl,
            )
            for doc, size, *counts in self._counts(docs)
        }

    def _counts(self, docs: list[int]) -> list[Any]:
        """Each live record's document among ``docs``: its ``docsize`` and how many times
        each substring occurs in its title, body and extra, as the indexes were given them
        (``search_content``).

        An observation's texts are read from its record, as that view reads them; other
        records' through the word index, which reads its content row by row (the view
        asked for a list of documents reads each of them once for each kind of record).
        Counted in SQL, not read into Python: no substring overlaps itself
        (:func:`unbordered`), so ``replace`` takes out each occurrence.
        """
        params: dict[str, Any] = {"docs": json.dumps(docs)}
        for i, substring in enumerate(self.substrings):
            params[f"t{i}"] = substring

        def counts(*columns: str) -> str:
            # ``instr`` first: most texts hold a substring once or not at all.
            return ", ".join(
                f"CASE WHEN coalesce(instr({c}, :t{i}), 0) = 0 THEN 0"
                f" ELSE (length({c}) - length(replace({c}, :t{i}, ''))) / length(:t{i}) END"
                for i in range(len(self.substrings))
                for c in columns
            )

        rows = self.session.execute(
            text(
                f"SELECT d.doc, d.kind, o.deleted_at IS NULL, z.sz, "
                f"{counts('NULL', 'o.text', 'o.translation')}"
                " FROM json_each(:docs) j CROSS JOIN search_documents d ON d.doc = j.value"
                " CROSS JOIN search_trigram_docsize z ON z.id = d.doc"
                " LEFT JOIN observations o ON d.kind = 'observation' AND o.id = d.record_id"
            ),
            params,
        )
        out: list[Any] = []
        others = []
        for doc, kind, live, size, *found in rows:
            if kind != "observation":
                others.append(doc)
            elif live:
                out.append((doc, size, *found))
        if others:
            params["docs"] = json.dumps(others)
            out += self.session.execute(
                text(
                    f"SELECT w.rowid, z.sz, {counts('w.title', 'w.body', 'w.extra')}"
                    " FROM search_words w CROSS JOIN search_trigram_docsize z ON z.id = w.rowid"
                    " WHERE w.rowid IN (SELECT value FROM json_each(:docs))"
                ),
                params,
            ).all()
        return out


class WordScores:
    """``bm25(search_words, weights)`` of a few records' documents, for the phrases of the
    word index's query (``terms``, and ``phrases`` as that query writes each of them).

    Their words are read by the index's own tokenizer, from a scratch copy of their texts
    (a contentless FTS5 table of the connection's temporary schema and its ``fts5vocab``):
    what matches, and how often, is what the index itself would find.
    """

    def __init__(
        self, session: Session, terms: Sequence[Any], phrases: list[str], weights: str
    ) -> None:
        self.session = session
        self.terms = terms
        self.weights = [float(w) for w in weights.split(",")]
        self.rows, self.avgdl, state = _index_totals(session, "search_words")
        self.idf = [_idf(session, "search_words", p, self.rows, state) for p in phrases]
        _scratch(session)

    def matching(self, docs: list[int]) -> dict[int, float] | None:
        """The scores of the documents among ``docs`` that hold every phrase; None if a
        phrase has no word the index would keep."""
        session = self.session
        session.execute(text("INSERT INTO search_scratch(search_scratch) VALUES('delete-all')"))
        session.execute(
            text("INSERT INTO search_scratch_query(search_scratch_query) VALUES('delete-all')")
        )
        session.execute(
            text("INSERT INTO search_scratch_query(rowid, title) VALUES (:i, :phrase)"),
            [{"i": i, "phrase": " ".join(t.tokens)} for i, t in enumerate(self.terms)],
        )
        tokens: list[list[str]] = [[] for _ in self.terms]
        for term, phrase, _, _ in session.execute(
            text(
                "SELECT term, doc, col, offset FROM search_scratch_query_terms ORDER BY doc, offset"
            )
        ):
            tokens[phrase].append(term)
        if not all(tokens):
            return None
        # An observation's texts read from its record, as ``search_content`` reads them;
        # other records' through the word index, which reads that view row by row.
        listed = {"docs": json.dumps(docs)}
        session.execute(
            text(
                "INSERT INTO search_scratch(rowid, title, body, extra)"
                " SELECT d.doc, NULL, o.text, o.translation FROM json_each(:docs) j"
                " CROSS JOIN search_documents d ON d.doc = j.value AND d.kind = 'observation'"
                " CROSS JOIN observations o ON o.id = d.record_id WHERE o.deleted_at IS NULL"
            ),
            listed,
        )
        session.execute(
            text(
                "INSERT INTO search_scratch(rowid, title, body, extra)"
                " SELECT rowid, title, body, extra FROM search_words WHERE rowid IN"
                " (SELECT d.doc FROM json_each(:docs) j CROSS JOIN search_documents d"
                " ON d.doc = j.value WHERE d.kind <> 'observation')"
            ),
            listed,
        )
        # Where each wanted word stands: (document, column) -> offset -> word.
        wanted: dict[tuple[int, int], dict[int, str]] = {}
        asked = set()
        for words, term in zip(tokens, self.terms, strict=True):
            for i, word in enumerate(words):
                prefix = term.prefix and i == len(words) - 1
                if (word, prefix) in asked:
                    continue
                asked.add((word, prefix))
                if prefix:
                    rows = session.execute(
                        text(
                            "SELECT term, doc, col, offset FROM search_scratch_terms"
                            " WHERE term >= :word AND term < :after"
                        ),
                        {"word": word, "after": _after(word)},
                    )
                else:
                    rows = session.execute(
                        text(
                            "SELECT term, doc, col, offset FROM search_scratch_terms"
                            " WHERE term = :word"
                        ),
                        {"word": word},
                    )
                for found, doc, column, offset in rows:
                    wanted.setdefault((doc, _COLUMNS.index(column)), {})[offset] = found
        counts: dict[int, list[list[int]]] = {}
        for (doc, column), words_at in wanted.items():
            per_phrase = counts.setdefault(doc, [[0, 0, 0] for _ in self.terms])
            for p, (words, term) in enumerate(zip(tokens, self.terms, strict=True)):
                per_phrase[p][column] += _occurrences(words_at, words, term.prefix)
        holding = {doc: found for doc, found in counts.items() if all(any(c) for c in found)}
        if not holding:
            return {}
        sql = (
            "SELECT z.id, z.sz FROM json_each(:docs) j"
            " CROSS JOIN search_words_docsize z ON z.id = j.value"
        )
        sizes: dict[int, bytes] = {
            doc: size
            for doc, size in session.execute(text(sql), {"docs": json.dumps(list(holding))})
        }
        return {
            doc: _score(
                self.idf,
                [_frequency(self.weights, c) for c in found],
                float(sum(_varints(sizes[doc]))),
                self.avgdl,
            )
            for doc, found in holding.items()
        }


def _scratch(session: Session) -> None:
    """The connection's scratch tables for :class:`WordScores` (kept for its life)."""
    for table in ("search_scratch", "search_scratch_query"):
        session.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table} USING fts5(title, body,"
                f" extra, content='', tokenize='{WORD_TOKENIZER}')"
            )
        )
        session.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_terms"
                f" USING fts5vocab(temp, {table}, instance)"
            )
        )


def _occurrences(words_at: dict[int, str], words: list[str], prefix: bool) -> int:
    """How many times the phrase ``words`` (its last a prefix if ``prefix``) stands in a
    column whose wanted words stand at ``words_at``."""
    count = 0
    last = len(words) - 1
    for start in words_at:
        for i, word in enumerate(words):
            found = words_at.get(start + i)
            if found is None or not (
                found.startswith(word) if prefix and i == last else found == word
            ):
                break
        else:
            count += 1
    return count


def _after(word: str) -> str:
    """The first string after every string that begins with ``word`` (in code point order,
    which is the index's byte order)."""
    code = ord(word[-1]) + 1
    if 0xD800 <= code < 0xE000:
        code = 0xE000
    if code > 0x10FFFF:
        return word + "\U0010ffff" * 8
    return word[:-1] + chr(code)


def _varints(blob: bytes) -> list[int]:
    """The SQLite varints of an FTS5 record (averages, docsize), in order."""
    values = []
    i = 0
    while i < len(blob):
        value = 0
        for _ in range(8):
            byte = blob[i]
            i += 1
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        else:
            value = (value << 8) | blob[i]
            i += 1
        values.append(value)
    return values
