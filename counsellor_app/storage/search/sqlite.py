"""Finding hits on SQLite: the FTS5 word and trigram indexes, ranked by bm25."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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
    # best first, a few at a time, until ``limit`` pass. When fewer pass among the newest
    # matches, the filters go first: the newest matches among the records that pass them
    # are ranked (the records found through the filters' indexes where they have one).
    among = ""
    while True:
        ranked = _ranked(before, newest.format(among=among))
        found, read = _passing_best_first(session, ranked, short, criteria, params, limit)
        if len(found) >= limit or read < params["window"]:
            return found
        if criteria.any and not among:
            before += _passing(criteria)
            among = f" AND +{first}.rowid IN (SELECT doc FROM passing)"
        else:
            params["window"] *= 4


def _passing(criteria: Criteria) -> str:
    """A table expression of the documents whose records are live and pass the filters."""
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
    return f"passing(doc) AS MATERIALIZED ({' UNION ALL '.join(arms)}), "


def _ranked(before: str, newest: str) -> str:
    """A statement giving (kind, record id, score) of the matches ``newest`` selects, best
    first."""
    return (
        f"WITH {before}newest(doc, score) AS MATERIALIZED ({newest})"
        " SELECT d.kind, d.record_id, n.score FROM newest n"
        " CROSS JOIN search_documents d ON d.doc = n.doc"
        " ORDER BY n.score DESC, d.kind, d.record_id"
    )


def _passing_best_first(
    session: Session,
    ranked: str,
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
    limit: int,
) -> tuple[list[Found], int]:
    """The first ``limit`` hits of the statement ``ranked`` whose records are live, pass the
    filters and hold the short substrings, and how many hits were read for them.

    The hits are read and checked a part at a time (twice the limit, then four times more
    each time) from the one sorted statement, so that a filter most records pass costs
    few checks and few hits read.
    """
    found: list[Found] = []
    read = 0
    size = 2 * limit
    hits = session.execute(text(ranked), params)
    try:
        while len(found) < limit:
            part = [(str(k), str(i), float(s)) for k, i, s in hits.fetchmany(size)]
            if not part:
                break
            read += len(part)
            passed = _passed(session, part, short, criteria, params)
            found += [Found(k, i, s) for k, i, s in part if (k, i) in passed]
            size *= 4
    finally:
        hits.close()
    return found[:limit], read


def _passed(
    session: Session,
    part: Sequence[tuple[str, str, float]],
    short: list[str],
    criteria: Criteria,
    params: dict[str, Any],
) -> set[tuple[str, str]]:
    """(kind, record id) of the hits of ``part`` whose records are live, pass the filters
    and hold the short substrings."""
    by_kind: dict[str, list[str]] = {}
    for kind, record, _ in part:
        by_kind.setdefault(kind, []).append(record)
    passed: set[tuple[str, str]] = set()
    for kind, records in by_kind.items():
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        conditions += [_sqlite_contains(kind, f":s{i}") for i in range(len(short))]
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        # CROSS JOIN: each record found by its key, never through a filter's index.
        sql = (
            f"SELECT r.id FROM json_each(:records) j CROSS JOIN {TABLES[kind]} r"
            f" ON r.id = j.value WHERE {where}"
        )
        rows = session.execute(text(sql), {**params, "records": json.dumps(records)})
        passed.update((kind, record) for (record,) in rows)
    return passed


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
