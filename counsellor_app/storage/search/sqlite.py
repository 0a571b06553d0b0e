"""Finding hits on SQLite: the FTS5 word and trigram indexes, ranked by bm25."""

from __future__ import annotations

import dataclasses
import json
import math
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counsellor_app.storage.search import criteria as criteria_module
from counsellor_app.storage.search.criteria import (
    KINDS,
    TABLES,
    Criteria,
    Found,
    filter_params,
    filter_sql,
    narrowing_sql,
)
from counsellor_app.storage.search.query import TRIGRAM, ParsedQuery, Term

# Weights of (title, body, extra) in bm25.
WEIGHTS = "4.0, 1.0, 0.8"
# Records passing filters an index answers (one person's observations) read to decide
# whether they go first (``_few_pass_among_newest``); more, and the ranking decides.
FEW = 500
# Texts of a record r looked through for substrings too short for trigrams, on SQLite.
SQLITE_TEXTS = {
    "observation": ("r.text", "r.translation"),
    "comparison": ("r.aspect", "r.summary"),
    "exchange": ("r.title", "r.summary"),
    "person": ("r.name",),
    "organisation": ("r.name", "r.full_name"),
}


def fts5_words(terms: Iterable[Term]) -> str:
    """An FTS5 query for the word index: each term a quoted phrase, all required."""
    return " ".join(
        '"' + " ".join(term.tokens) + '"' + ("*" if term.prefix else "") for term in terms
    )


def fts5_substrings(substrings: Iterable[str]) -> str:
    """An FTS5 query for the trigram index: each substring a quoted string, all required."""
    return " ".join('"' + s.replace('"', '""') + '"' for s in substrings)


def sqlite_find(
    session: Session, query: ParsedQuery, criteria: Criteria, limit: int
) -> list[Found]:
    params: dict[str, Any] = {"limit": limit, **filter_params(criteria)}
    long = [s for s in query.substrings if len(s) >= TRIGRAM]
    short = [s for s in query.substrings if len(s) < TRIGRAM]
    for i, s in enumerate(short):
        params[f"s{i}"] = s
    sources = []
    if query.words:
        params["words"] = fts5_words(query.words)
        sources.append(("search_words", ":words"))
    if long:
        params["trigrams"] = fts5_substrings(long)
        sources.append(("search_trigram", ":trigrams"))
    if not sources:
        return _newest_containing(session, criteria, params, len(short))
    if len(sources) == 2 and all(caseless(s) and unbordered(s) for s in long):
        return _words_and_substrings(session, long, short, criteria, params, limit)
    table, value = sources[0]
    score = f"bm25({table}, {WEIGHTS})"
    before = ""
    if len(sources) == 2:
        # Words and substrings: the substrings' matches read once, ranked, and looked up for
        # each word match (asking the trigram index about each word match in turn took
        # seconds for a common word).
        before = (
            "trigrams(doc, score) AS MATERIALIZED (SELECT rowid, bm25(search_trigram,"
            f" {WEIGHTS}) FROM search_trigram WHERE search_trigram MATCH :trigrams), "
        )
        score += " + t.score"
        table += " CROSS JOIN trigrams t ON t.doc = search_words.rowid"
    # Ranking every match of a word found in most records costs about 1 ms per 1,000:
    # a query ranks the newest ``BROAD`` matches only, read from the newest back in the
    # statement that ranks them (the index stops there), so that each word is looked up
    # once for its matches and once for its weight.
    first = sources[0][0]
    newest = (
        f"SELECT {first}.rowid AS doc, -({score}) AS score FROM {table}"
        f" WHERE {first} MATCH {value}{{among}} ORDER BY {first}.rowid DESC LIMIT :window"
    )
    params["window"] = max(criteria_module.BROAD, limit)
    if not (criteria.any or short):
        # Every match is a hit: the best of the window are all that need reading (ties at
        # the cut: the newest).
        hits = (
            f"WITH {before}newest(doc, score) AS MATERIALIZED ({newest.format(among='')}),"
            " hits(doc, score) AS MATERIALIZED"
            " (SELECT doc, score FROM newest ORDER BY score DESC, doc DESC LIMIT :limit) "
        )
        return _sqlite_select(session, hits, params)
    # Hits that must pass filters (or hold substrings too short for the index) are checked
    # in the statement that ranks the window. When fewer than ``limit`` pass among the
    # newest matches, the filters go first: the newest matches among the records that pass
    # them are ranked (the records found through the filters' indexes where they have one).
    among = ""
    if len(sources) == 1 and _few_pass_among_newest(session, query, first, criteria, params):
        before += _passing(criteria)
        among = f" AND +{first}.rowid IN (SELECT doc FROM passing)"
    while True:
        found, read = _checked(session, before, newest.format(among=among), short, criteria, params)
        if len(found) >= limit or read < params["window"]:
            return found
        if criteria.any and not among:
            before += _passing(criteria)
            among = f" AND +{first}.rowid IN (SELECT doc FROM passing)"
        else:
            params["window"] *= 4


def _few_pass_among_newest(
    session: Session, query: ParsedQuery, table: str, criteria: Criteria, params: dict[str, Any]
) -> bool:
    """True if fewer than ``limit`` records passing filters that an index answers (a
    speaker, an organisation) can be among the newest ``window`` matches: ranking those
    matches first would be work thrown away.

    The bound costs no ranking and, for words, no reading of every word a prefix
    begins: the records passing the filters that are no older than the ``window``-th
    newest match of the query's words taken whole (``return`` for ``return*``), whose
    matches are some of the query's, so that it is no newer than the query's own.
    """
    if not any(narrowing_sql(kind, criteria) for kind in KINDS):
        return False
    if table == "search_words":
        exact = fts5_words(dataclasses.replace(term, prefix=False) for term in query.words)
    else:
        exact = params["trigrams"]
    # Filters that many records pass (an organisation of many people) are left to the
    # ranking: reading them all would cost more than it saves.
    sql = (
        f"WITH some(doc) AS MATERIALIZED ({_passing_select(criteria)} LIMIT {FEW + 1}),"
        f" bound(doc) AS (SELECT rowid FROM {table} WHERE {table} MATCH :exact"
        " ORDER BY rowid DESC LIMIT 1 OFFSET :window - 1)"
        " SELECT count(*), count(*) FILTER (WHERE doc >= coalesce((SELECT doc FROM bound), 0))"
        " FROM some"
    )
    passing, newer = session.execute(text(sql), {**params, "exact": exact}).one()
    return int(passing) <= FEW and int(newer) < int(params["limit"])


def _passing(criteria: Criteria) -> str:
    """A table expression of the documents whose records are live and pass the filters."""
    return f"passing(doc) AS MATERIALIZED ({_passing_select(criteria)}), "


def _passing_select(criteria: Criteria) -> str:
    """The documents whose records are live and pass the filters."""
    arms = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += narrowing_sql(kind, criteria)
        # The unary plus keeps the planner off the partial index of live observations,
        # which it would otherwise read whole.
        where = " AND ".join(["+r.deleted_at IS NULL", *conditions])
        arms.append(
            f"SELECT d.doc FROM {TABLES[kind]} r CROSS JOIN search_documents d"
            f" ON d.record_id = r.id AND d.kind = '{kind}' WHERE {where}"
        )
    return " UNION ALL ".join(arms)


def _checked(
    session: Session,
    before: str,
    newest: str,
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
) -> tuple[list[Found], int]:
    """The best ``limit`` of the matches ``newest`` selects whose records are live, pass the
    filters and hold the short substrings, and how many matches it selected."""
    arms = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += [_sqlite_contains(kind, f":s{i}") for i in range(len(short))]
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        arms.append(
            f"SELECT '{kind}' AS kind, r.id AS id, n.score AS score FROM newest n"
            f" CROSS JOIN search_documents d ON d.doc = n.doc AND d.kind = '{kind}'"
            f" CROSS JOIN {TABLES[kind]} r ON r.id = d.record_id WHERE {where}"
        )
    # The number of matches selected comes in a row of its own, without a kind.
    sql = (
        f"WITH {before}newest(doc, score) AS MATERIALIZED ({newest})"
        f" SELECT * FROM (SELECT kind, id, score FROM ({' UNION ALL '.join(arms)})"
        " ORDER BY score DESC, kind, id LIMIT :limit)"
        " UNION ALL SELECT NULL, NULL, count(*) FROM newest"
    )
    found: list[Found] = []
    selected = 0
    for kind, record, score in session.execute(text(sql), params):
        if kind is None:
            selected = int(score)
        else:
            found.append(Found(kind, record, float(score)))
    return found, selected


def _sqlite_select(session: Session, hits: str, params: dict[str, Any]) -> list[Found]:
    """The live records behind the ``hits`` (doc, score), best first."""
    arms = []
    for kind in KINDS:
        # CROSS JOIN keeps the hits first: newer SQLite (SQLCipher's) otherwise scans every
        # search document for the arms of kinds with few records, such as people.
        arms.append(
            f"SELECT '{kind}' AS kind, r.id AS id, h.score AS score FROM hits h"
            f" CROSS JOIN search_documents d ON d.doc = h.doc AND d.kind = '{kind}'"
            f" CROSS JOIN {TABLES[kind]} r ON r.id = d.record_id WHERE r.deleted_at IS NULL"
        )
    sql = (
        f"{hits}SELECT kind, id, score FROM ({' UNION ALL '.join(arms)})"
        " ORDER BY score DESC, kind, id LIMIT :limit"
    )
    return [Found(k, i, float(s)) for k, i, s in session.execute(text(sql), params)]


def _newest_containing(
    session: Session, criteria: Criteria, params: dict[str, Any], substrings: int
) -> list[Found]:
    """The newest records holding every substring too short for trigrams (no index can
    rank them).

    Only records with a script without spaces (those in the trigram index) are looked
    through, from the newest back, and each kind stops at ``limit`` found: two characters
    found in one record in ten cost a few hundred rows read, not every such record.
    """
    found: list[tuple[int, Found]] = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += [_sqlite_contains(kind, f":s{i}") for i in range(substrings)]
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        if kind == "observation":
            # From the newest entry back, stopping at ``limit``: no sort.
            source = (
                "search_trigram_docsize t CROSS JOIN search_documents d"
                f" ON d.doc = t.id AND d.kind = '{kind}'"
                f" CROSS JOIN {TABLES[kind]} r ON r.id = d.record_id"
            )
        else:
            # Kinds with few records: through their records, not every entry of the index.
            source = (
                f"{TABLES[kind]} r CROSS JOIN search_documents d"
                f" ON d.record_id = r.id AND d.kind = '{kind}'"
                " CROSS JOIN search_trigram_docsize t ON t.id = d.doc"
            )
        sql = f"SELECT t.id, r.id FROM {source} WHERE {where} ORDER BY t.id DESC LIMIT :limit"
        found += [(doc, Found(kind, i, 0.0)) for doc, i in session.execute(text(sql), params)]
    found.sort(key=lambda pair: pair[0], reverse=True)
    # The newest, shown in the order every unranked hit has (as on PostgreSQL).
    return sorted((hit for _, hit in found[: params["limit"]]), key=lambda h: (h.kind, h.id))


def _sqlite_contains(kind: str, value: str) -> str:
    checks = [f"instr(coalesce({column}, ''), {value}) > 0" for column in SQLITE_TEXTS[kind]]
    if kind == "comparison":
        checks.append(
            "EXISTS (SELECT 1 FROM practices p WHERE p.comparison_id = r.id AND"
            f" instr(p.description || ' ' || coalesce(p.strengths, '') || ' '"
            f" || coalesce(p.challenges, ''), {value}) > 0)"
        )
    return "(" + " OR ".join(checks) + ")"


def _words_and_substrings(
    session: Session,
    long: list[str],
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
    limit: int,
) -> list[Found]:
    """Words and substrings long enough for trigrams: the same hits, in the same order, as
    ranking both indexes with ``bm25()`` in SQL, but the substrings' share of the scores
    computed by :class:`TrigramScores` for the few matches that can still be among the
    best.

    FTS5's ``bm25()`` over the trigram index weighs every record holding the substring, a
    few microseconds each, however few of them also hold the words.
    """
    window = max(criteria_module.BROAD, limit)
    before = (
        "substrings(doc) AS MATERIALIZED"
        " (SELECT rowid FROM search_trigram WHERE search_trigram MATCH :trigrams)"
    )
    newest = (
        "SELECT search_words.rowid, bm25(search_words, {weights}) FROM search_words"
        " WHERE search_words MATCH :words"
        " AND +search_words.rowid IN (SELECT doc FROM substrings){among}"
        " ORDER BY search_words.rowid DESC LIMIT :window"
    )
    scores = TrigramScores(session, long)
    if not (criteria.any or short):
        # The best of the window (ties: the newest), then their live records. A match's
        # score is at least its words' and at most that plus the substrings' most: the
        # matches whose words' score plus that most is below the ``limit``-th best words'
        # score are never among the best, and are not read.
        sql = (
            f"WITH {before}, matches(doc, words) AS MATERIALIZED"
            f" ({newest.format(weights=WEIGHTS, among='')}),"
            " cut(words) AS (SELECT words FROM matches ORDER BY words LIMIT 1 OFFSET :limit - 1)"
            " SELECT doc, words FROM matches"
            " WHERE words <= coalesce((SELECT words FROM cut), 0.0) + :most"
        )
        result = session.execute(text(sql), {**params, "window": window, "most": scores.most})
        rows: list[tuple[int, float]] = [(doc, words) for doc, words in result]
        best = scores.best(rows, limit, lambda doc: (-doc,))
        records = _records(session, [doc for doc, _ in best], [], Criteria(), params)
        found = [Found(*records[doc], score) for doc, score in best if doc in records]
        return _ordered(found, limit)
    among = ""
    while True:
        sql = f"WITH {before} {newest.format(weights=WEIGHTS, among=among)}"
        result = session.execute(text(sql), {**params, "window": window})
        rows = [(doc, words) for doc, words in result]
        passing = _records(session, [doc for doc, _ in rows], short, criteria, params)
        best = scores.best(
            [(doc, words) for doc, words in rows if doc in passing], limit, passing.__getitem__
        )
        found = [Found(*passing[doc], score) for doc, score in best]
        if len(passing) >= limit or len(rows) < window:
            return found
        if criteria.any and not among:
            before += ", " + _passing(criteria).removesuffix(", ")
            among = " AND +search_words.rowid IN (SELECT doc FROM passing)"
        else:
            window *= 4


def _records(
    session: Session,
    docs: list[int],
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
) -> dict[int, tuple[str, str]]:
    """The kind and id of the documents' records that are live, pass the filters and hold
    the short substrings."""
    if not docs:
        return {}
    arms = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += [_sqlite_contains(kind, f":s{i}") for i in range(len(short))]
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        arms.append(
            f"SELECT d.doc, '{kind}', r.id FROM json_each(:docs) j"
            f" CROSS JOIN search_documents d ON d.doc = j.value AND d.kind = '{kind}'"
            f" CROSS JOIN {TABLES[kind]} r ON r.id = d.record_id WHERE {where}"
        )
    rows = session.execute(text(" UNION ALL ".join(arms)), {**params, "docs": json.dumps(docs)})
    return {doc: (kind, record) for doc, kind, record in rows}


def _ordered(found: list[Found], limit: int) -> list[Found]:
    """Best first, as SQL's ``ORDER BY score DESC, kind, id`` (ids and kinds are ASCII)."""
    return sorted(found, key=lambda hit: (-hit.score, hit.kind, hit.id))[:limit]


def caseless(value: str) -> bool:
    """True if no character of ``value`` has a case: FTS5 folds none of them, and none is
    what another character folds to, so the trigram index matches them as they are."""
    return all(
        unicodedata.category(c) not in ("Lu", "Ll", "Lt") and c.lower() == c == c.upper()
        for c in value
    )


class TrigramScores:
    """``bm25(search_trigram, WEIGHTS)`` of the documents matching the substrings, for a
    few of them, computed as FTS5 computes it (``fts5_aux.c``), term for term.

    For a document: for each substring (a phrase of the query), its frequency is the sum
    of the weights of the columns of each of its occurrences, and its part of the score is
    ``idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))``, where D is the document's
    number of trigrams (its ``docsize``), avgdl the index's average (its averages record),
    and idf ``log((N - n + 0.5) / (n + 0.5))`` for the N documents of the index, n of them
    holding the substring (1e-6 if not positive). The score is minus their sum.

    Occurrences are counted in the records' texts, not in the runs the index holds: a
    substring is one token holding a character of a script without spaces, so each of its
    occurrences lies within a run (``unspaced_runs``), and without a character with a case
    (:func:`caseless`) the trigram tokenizer's folding changes nothing it compares.
    """

    K1 = 1.2
    B = 0.75

    def __init__(self, session: Session, substrings: list[str]) -> None:
        self.session = session
        self.substrings = substrings
        self.weights = [float(w) for w in WEIGHTS.split(",")]
        block = session.execute(text("SELECT block FROM search_trigram_data WHERE id = 1"))
        totals = _varints(block.scalar_one())
        rows, tokens = totals[0], sum(totals[1:])
        self.avgdl = float(tokens) / float(rows)
        self.idf = []
        for substring in substrings:
            holding = session.execute(
                text("SELECT count(*) FROM search_trigram WHERE search_trigram MATCH :s"),
                {"s": fts5_substrings([substring])},
            ).scalar_one()
            idf = math.log((rows - holding + 0.5) / (holding + 0.5))
            self.idf.append(idf if idf > 0.0 else 1e-6)
        # The most the substrings add to a score: each ``idf * f * (k1 + 1) / (f + K)``
        # with K above 0 is below ``idf * (k1 + 1)`` (with room for rounding).
        self.most = sum(self.idf) * (self.K1 + 1.0) * (1 + 1e-9) + 1e-12

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
        at, step = 0, 64
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
        k1, b = self.K1, self.B
        out = {}
        for doc, size, *counts in self._counts(docs):
            length = float(sum(_varints(size)))
            score = 0.0
            for i, idf in enumerate(self.idf):
                f = 0.0
                for weight, count in zip(self.weights, counts[3 * i : 3 * i + 3], strict=True):
                    for _ in range(count):
                        f += weight
                score += idf * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * length / self.avgdl)))
            out[doc] = -1.0 * score
        return out

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


def unbordered(value: str) -> bool:
    """True if no beginning of ``value`` is also its end (``abcab`` has ``ab``): two of its
    occurrences can then never overlap."""
    return not any(value[:k] == value[-k:] for k in range(1, len(value)))


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
