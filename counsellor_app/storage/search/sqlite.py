"""Finding hits on SQLite: the FTS5 word and trigram indexes, ranked by bm25."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counsellor_app.storage.search import criteria as criteria_module
from counsellor_app.storage.search.bm25 import TrigramScores, WordScores, caseless, unbordered
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
        if first == "search_words":
            found = _among_few_passing(session, query, short, criteria, params)
            if found is not None:
                return found
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


def _among_few_passing(
    session: Session,
    query: ParsedQuery,
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
) -> list[Found] | None:
    """What the search finds when it ranks the newest matches among the records passing
    the filters, when those are few (:func:`_few_pass_among_newest`): the same hits and
    scores, their words read from those records alone (:class:`WordScores`), not from
    every match of each word in the index. None where a phrase has no word to look for.
    """
    passing = [doc for (doc,) in session.execute(text(_passing_select(criteria)), params)]
    phrases = [fts5_words([term]) for term in query.words]
    # bm25 of each match; the search's score is minus that, as in ``sqlite_find``.
    scores = WordScores(session, query.words, phrases, WEIGHTS).matching(passing)
    if scores is None:
        return None
    newest = sorted(scores, reverse=True)
    limit, window = int(params["limit"]), int(params["window"])
    records = _records(session, newest, short, criteria, params)
    while True:
        # As the statement that ranks the newest ``window`` of them, checks them and reads
        # more if fewer than ``limit`` pass.
        read = newest[:window]
        found = [Found(*records[doc], -scores[doc]) for doc in read if doc in records]
        if len(found) >= limit or len(read) < window:
            return _ordered(found, limit)
        window *= 4


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
    for kind, where in _passing_where(criteria, short):
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


def _passing_where(criteria: Criteria, short: list[str]) -> list[tuple[str, str]]:
    """(kind, condition on its record ``r``) for each kind the filters allow: live, passing
    the filters and holding the short substrings (``:s0``, ``:s1``…)."""
    wheres = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += [_sqlite_contains(kind, f":s{i}") for i in range(len(short))]
        wheres.append((kind, " AND ".join(["r.deleted_at IS NULL", *conditions])))
    return wheres


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
    scores = TrigramScores(session, long, [fts5_substrings([s]) for s in long], WEIGHTS)
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
    for kind, where in _passing_where(criteria, short):
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
