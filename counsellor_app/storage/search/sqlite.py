"""Finding hits on SQLite: the FTS5 word and trigram indexes, ranked by bm25."""

from __future__ import annotations

from collections.abc import Iterable
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
    # in the statement that ranks the window. When fewer than ``limit`` pass among the
    # newest matches, the filters go first: the newest matches among the records that pass
    # them are ranked (the records found through the filters' indexes where they have one).
    among = ""
    while True:
        found, read = _checked(session, before, newest.format(among=among), short, criteria, params)
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
