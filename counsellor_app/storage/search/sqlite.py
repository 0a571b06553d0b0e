"""Finding hits on SQLite: the FTS5 word and trigram indexes, ranked by bm25."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counsellor_app.storage.search.criteria import (
    BROAD,
    KINDS,
    TABLES,
    Criteria,
    Found,
    filter_params,
    filter_sql,
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
    first = sources[0][0]
    score = " + ".join(f"bm25({table}, {WEIGHTS})" for table, _ in sources)
    where = " AND ".join(f"{table} MATCH {value}" for table, value in sources)
    if len(sources) == 2:
        where += " AND search_trigram.rowid = search_words.rowid"
    matches = f"FROM {', '.join(table for table, _ in sources)} WHERE {where}"
    top = "" if criteria.any or short else " ORDER BY score DESC LIMIT :limit"
    window = BROAD
    while True:
        # Ranking every match of a word found in most records costs about 1 ms per 1,000;
        # such a query ranks the newest matches only, more of them if filters need it. The
        # match ``window`` places back from the newest says whether there are more (no
        # count of them all first: that took as long again).
        recent = ""
        cutoff = session.execute(
            text(
                f"SELECT {first}.rowid {matches} ORDER BY {first}.rowid DESC LIMIT 1 OFFSET :offset"
            ),
            {**params, "offset": window},
        ).scalar()
        if cutoff is not None:
            params["cutoff"] = cutoff
            recent = f" AND {first}.rowid > :cutoff"
        hits = (
            f"WITH hits(doc, score) AS MATERIALIZED (SELECT {first}.rowid, -({score}) AS score"
            f" {matches}{recent}{top}) "
        )
        found = _sqlite_select(session, hits, query, criteria, params)
        if not recent or len(found) >= limit:
            return found
        window *= 4


def _sqlite_select(
    session: Session, hits: str, query: ParsedQuery, criteria: Criteria, params: dict[str, Any]
) -> list[Found]:
    """The records behind the ``hits`` (doc, score) that pass the filters, best first."""
    short = [s for s in query.substrings if len(s) < TRIGRAM]
    arms = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "sqlite")
        if conditions is None:
            continue
        for i in range(len(short)):
            conditions.append(_sqlite_contains(kind, f":s{i}"))
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        # CROSS JOIN keeps the hits first: newer SQLite (SQLCipher's) otherwise scans every
        # search document for the arms of kinds with few records, such as people.
        arms.append(
            f"SELECT '{kind}' AS kind, r.id AS id, h.score AS score FROM hits h"
            f" CROSS JOIN search_documents d ON d.doc = h.doc AND d.kind = '{kind}'"
            f" CROSS JOIN {TABLES[kind]} r ON r.id = d.record_id WHERE {where}"
        )
    if not arms:
        return []
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
