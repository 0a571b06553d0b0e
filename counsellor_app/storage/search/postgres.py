"""Finding hits on PostgreSQL: stored tsvectors ranked by ts_rank, trigrams for unspaced scripts."""

from __future__ import annotations

import unicodedata
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
from counsellor_app.storage.search.query import ParsedQuery, Term, fold


def pg_tsquery(terms: Iterable[Term], operator: str = " & ") -> str:
    """A ``to_tsquery`` input made only of quoted folded tokens and fixed operators."""
    parts = []
    for term in terms:
        tokens = [fold(t).replace("'", "").replace("\\", "") for t in term.tokens]
        tokens = [t for t in tokens if t]
        if tokens:
            phrase = " <-> ".join(f"'{t}'" for t in tokens)
            parts.append(f"({phrase}{':*' if term.prefix else ''})")
    return operator.join(parts)


# What the stored runs (migration 0008) are cut at, once folded: the fold of a substring term
# holding none of these lies inside one run wherever it occurs in a record's folded text.
RUN_SEPARATORS = frozenset(" \t\n\r\f\v\u0085\u1680\u2028\u2029")


def _substring_sql(name: str, substring: str) -> str:
    """The condition that a record's folded text holds ``substring`` folded.

    A substring term is a token of letters, digits and marks, and its fold keeps no
    punctuation, so a separator in it can only come from a letter's compatibility
    decomposition (Arabic presentation forms, U+037A: a space). Such a term may cross from one
    run to the next, and is looked for in the records' whole folded text instead.
    """
    pattern = f"'%' || search_fold(:{name}) || '%'"
    if RUN_SEPARATORS.isdisjoint(unicodedata.normalize("NFKD", substring)):
        return f"d.runs LIKE {pattern}"
    return (
        "d.runs IS NOT NULL AND (d.kind, d.record_id) IN (SELECT c.kind, c.record_id"
        f" FROM search_pg_content c WHERE search_text(c.title, c.body, c.extra) LIKE {pattern})"
    )


def pg_find(session: Session, query: ParsedQuery, criteria: Criteria, limit: int) -> list[Found]:
    params: dict[str, Any] = {"limit": limit, **filter_params(criteria)}
    conditions = []
    if query.words:
        params["words"] = pg_tsquery(query.words)
        conditions.append("d.document @@ to_tsquery('simple'::regconfig, :words)")
        score = "ts_rank(d.document, to_tsquery('simple'::regconfig, :words))"
    else:
        # Substrings only: the entries that have a script without spaces, found by trigrams
        # (three characters or more) or by looking through those entries alone, newest
        # first. Nothing ranks them, so without filters the newest are the ones shown.
        conditions.append("d.runs IS NOT NULL")
        score = "0.0"
    for i, s in enumerate(query.substrings):
        params[f"s{i}"] = s
        conditions.append(_substring_sql(f"s{i}", s))
    # Ranked as they are read, so that only (kind, record_id, score) is sorted.
    matches = (
        f"SELECT d.kind, d.record_id, {score} AS score FROM search_pg_documents d"
        f" WHERE {' AND '.join(conditions)}{{among}} ORDER BY d.doc DESC LIMIT :window"
    )
    # Each hit, best first, is checked against its record (live, and the filters) until
    # ``limit`` pass: the fence (OFFSET 0) keeps the checks above the sort, so they run
    # for as few hits as that takes rather than for every match.
    checks = []
    for kind in KINDS:
        filters = filter_sql(kind, criteria, "postgresql")
        if filters is None:
            continue
        where = " AND ".join(["r.id = h.record_id", "r.deleted_at IS NULL", *filters])
        # A scalar subquery, not EXISTS: PostgreSQL may turn EXISTS into a hash of the
        # whole table, read before the first hit is checked.
        checks.append(
            f"(h.kind = '{kind}' AND (SELECT 1 FROM {TABLES[kind]} r WHERE {where}) IS NOT NULL)"
        )
    if not checks:
        return []
    # Ties in byte order, as on SQLite (and cheaper to sort than by the locale's rules).
    # The entries are of live records only: without filters the best ``limit`` are all
    # that need checking.
    order = "ORDER BY score DESC, kind_order, id_order"
    ranked = (
        f'SELECT kind, record_id, score FROM (SELECT *, kind COLLATE "C" AS kind_order,'
        f' record_id COLLATE "C" AS id_order FROM ({{matches}}) AS m {order}'
        f" {'OFFSET 0' if criteria.any else 'LIMIT :limit'}) AS h"
        f" WHERE {' OR '.join(checks)} {order} LIMIT :limit"
    )
    among = ""
    # Whether to read the newest entries in order or all matches through the GIN index
    # depends on how many match: a plan made for any query (which psycopg's prepared
    # statements get after a few runs) would be slow for one or the other.
    session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    window = criteria_module.BROAD if query.words or criteria.any else limit
    while True:
        # Ranking every match of a word found in most records costs about 0.6 ms per 1,000
        # even with the vectors stored (45 ms for 73,000): such a query ranks the newest
        # matches only, more of them if filters need it (as on SQLite).
        params["window"] = window
        newest = matches.format(among=among)
        sql = text(ranked.format(matches=newest))
        found = [Found(k, i, float(s)) for k, i, s in session.execute(sql, params)]
        if len(found) >= limit or (not criteria.any and window >= limit):
            return found  # without filters, fewer than the limit means fewer in the window
        seen = session.execute(text(f"SELECT count(*) FROM ({newest}) AS m"), params).scalar()
        if (seen or 0) < window:
            return found
        if criteria.any and not among:
            # Fewer pass among the newest matches: the filters go first, and the newest
            # matches among the records that pass them are ranked (as on SQLite).
            among = f" AND (d.kind, d.record_id) IN ({_passing(criteria)})"
        else:
            window *= 4


def _passing(criteria: Criteria) -> str:
    """(kind, record id) of the live records that pass the filters."""
    arms = []
    for kind in KINDS:
        conditions = filter_sql(kind, criteria, "postgresql")
        if conditions is None:
            continue
        conditions += narrowing_sql(kind, criteria)
        where = " AND ".join(["r.deleted_at IS NULL", *conditions])
        arms.append(f"SELECT '{kind}', r.id FROM {TABLES[kind]} r WHERE {where}")
    return " UNION ALL ".join(arms)
