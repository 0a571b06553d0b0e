"""The full-text search index: safe queries over it, on SQLite and PostgreSQL, and its upkeep.

What is searched, as one entry per record: observations (text, translation), comparisons
(aspect, summary and every practice's description, strengths and challenges), exchanges
(title, summary), people (name) and organisations (name, full name). Records in the trash
are not found.

SQLite: two FTS5 tables whose *external content* is the view ``search_content`` over the
record tables, so each text is stored once, in its record. A contentless table
(``content=''``) would save nothing here: SQLite before 3.43 cannot delete from one without
the old text either, and it gives no way to re-read a record's text. Rows are keyed by
``search_documents.doc``, an ``INTEGER PRIMARY KEY`` of their own, because the implicit rowid
of a table keyed by a UUID may change on ``VACUUM``.

- ``search_words`` (unicode61, diacritics removed) answers words and word prefixes:
  ``reintegration`` finds ``réintégration``, ``counsel`` finds ``counsellors``;
- ``search_trigram`` answers substrings of scripts written without spaces (``出入境`` finds
  ``公安部出入境管理局``); it holds only the records that contain such a script, which keeps an
  import of mostly European text fast. Substrings of one or two characters are looked for
  with ``instr`` in the records themselves (trigrams need three).

Triggers made by migration 0002 keep both in step with single edits. A bulk import calls
:func:`before_bulk_insert` (the insert triggers stand aside) and :func:`after_bulk_insert`
(the new records are indexed in one ``INSERT … SELECT`` per index).

PostgreSQL: ``search_pg_documents`` (migration 0004) stores each live record's weighted
``tsvector`` of the folded text (GIN index, matched with ``@@`` and ranked with ``ts_rank``)
and, for records with a script without spaces, the folded text itself (``pg_trgm`` GIN
index, matched with ``LIKE``). Row triggers keep it in step; during a bulk import the insert
triggers stand aside for the transaction (``counsellor.search_bulk``) and
:func:`after_bulk_insert` adds the new records in one statement. As on SQLite, a word found
in most records ranks only the newest ``BROAD`` matches.

User text never reaches ``MATCH`` or ``to_tsquery`` as typed: :func:`parse_query` keeps only
letters, digits and marks, and the query languages are then written from those pieces.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

# Scripts written without spaces between words (the same list as migration 0002).
UNSPACED = (
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
HAS_UNSPACED = re.compile(f"[{UNSPACED}]")
# A token as unicode61 sees one: letters, digits, private use, and the marks inside words.
TOKEN = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    r"\u3099\u309a\ue000-\uf8ff])+"
)
TRIGRAM = 3
# Matches beyond which only the newest are ranked (see _sqlite_find).
BROAD = 10_000
MAX_TERMS = 16
MAX_QUERY_CHARS = 1000
KINDS = ("observation", "comparison", "exchange", "person", "organisation")
# Weights of (title, body, extra) in bm25.
WEIGHTS = "4.0, 1.0, 0.8"


@functools.lru_cache(maxsize=65536)
def fold(value: str) -> str:
    """Lower case without accents, as both indexes compare text."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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


def fts5_words(terms: Iterable[Term]) -> str:
    """An FTS5 query for the word index: each term a quoted phrase, all required."""
    return " ".join(
        '"' + " ".join(term.tokens) + '"' + ("*" if term.prefix else "") for term in terms
    )


def fts5_substrings(substrings: Iterable[str]) -> str:
    """An FTS5 query for the trigram index: each substring a quoted string, all required."""
    return " ".join('"' + s.replace('"', '""') + '"' for s in substrings)


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


@dataclass(frozen=True)
class Criteria:
    """Filters, checked and resolved by the service; None means no filter."""

    exchange: str | None = None
    theme: str | None = None
    organisation: str | None = None
    kind: str | None = None
    speaker: str | None = None
    since: date | None = None
    until: date | None = None

    @property
    def any(self) -> bool:
        return any(v is not None for v in vars(self).values())


@dataclass(frozen=True)
class Found:
    kind: str
    id: str
    score: float


# -- filters --------------------------------------------------------------------------------


def _filter_sql(kind: str, criteria: Criteria, dialect: str) -> list[str] | None:
    """Conditions on the record (aliased r) narrowing to the filters; None: kind excluded."""
    conditions: list[str] = []
    c = criteria
    if kind == "observation":
        if c.exchange is not None:
            conditions.append("r.exchange_id = :f_exchange")
        if c.theme is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM observation_themes x JOIN themes t ON t.id = x.theme_id"
                " WHERE x.observation_id = r.id AND t.deleted_at IS NULL"
                " AND lower(t.name) = lower(:f_theme))"
            )
        if c.organisation is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM people s JOIN organisations g ON g.id = s.organisation_id"
                " WHERE s.id = r.speaker_id AND g.deleted_at IS NULL"
                " AND lower(g.name) = lower(:f_organisation))"
            )
        if c.kind is not None:
            conditions.append("r.kind = :f_kind")
        if c.speaker is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM people s WHERE s.id = r.speaker_id"
                " AND lower(s.name) = lower(:f_speaker))"
            )
        day = "substr(coalesce(r.recorded_at, r.created_at), 1, 10)"
    elif kind == "comparison":
        if c.kind is not None or c.speaker is not None:
            return None
        if c.exchange is not None:
            conditions.append("r.exchange_id = :f_exchange")
        if c.theme is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM comparison_themes x JOIN themes t ON t.id = x.theme_id"
                " WHERE x.comparison_id = r.id AND t.deleted_at IS NULL"
                " AND lower(t.name) = lower(:f_theme))"
            )
        if c.organisation is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM practices x JOIN organisations g"
                " ON g.id = x.organisation_id WHERE x.comparison_id = r.id"
                " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
            )
        day = "coalesce(CAST(r.observed_on AS VARCHAR(10)), substr(r.created_at, 1, 10))"
    else:
        if any(v is not None for v in (c.theme, c.kind, c.speaker, c.since, c.until)):
            return None
        if kind == "exchange":
            if c.exchange is not None:
                conditions.append("r.id = :f_exchange")
            if c.organisation is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM exchange_organisations x JOIN organisations g"
                    " ON g.id = x.organisation_id WHERE x.exchange_id = r.id"
                    " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
                )
        elif kind == "organisation":
            if c.exchange is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM exchange_organisations x"
                    " WHERE x.organisation_id = r.id AND x.exchange_id = :f_exchange)"
                )
            if c.organisation is not None:
                conditions.append("lower(r.name) = lower(:f_organisation)")
        else:
            if c.exchange is not None:
                conditions.append(
                    "(EXISTS (SELECT 1 FROM visit_participants x JOIN visits v"
                    " ON v.id = x.visit_id WHERE x.person_id = r.id AND v.deleted_at IS NULL"
                    " AND v.exchange_id = :f_exchange)"
                    " OR EXISTS (SELECT 1 FROM observations o WHERE o.speaker_id = r.id"
                    " AND o.deleted_at IS NULL AND o.exchange_id = :f_exchange))"
                )
            if c.organisation is not None:
                conditions.append(
                    "EXISTS (SELECT 1 FROM organisations g WHERE g.id = r.organisation_id"
                    " AND g.deleted_at IS NULL AND lower(g.name) = lower(:f_organisation))"
                )
        day = ""
    if c.since is not None:
        conditions.append(f"{day} >= :f_since")
    if c.until is not None:
        conditions.append(f"{day} <= :f_until")
    return conditions


def _filter_params(criteria: Criteria) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, value in vars(criteria).items():
        if value is not None:
            params[f"f_{name}"] = value.isoformat() if isinstance(value, date) else value
    return params


TABLES = {
    "observation": "observations",
    "comparison": "comparisons",
    "exchange": "exchanges",
    "person": "people",
    "organisation": "organisations",
}
# Texts of a record r looked through for substrings too short for trigrams, on SQLite.
SQLITE_TEXTS = {
    "observation": ("r.text", "r.translation"),
    "comparison": ("r.aspect", "r.summary"),
    "exchange": ("r.title", "r.summary"),
    "person": ("r.name",),
    "organisation": ("r.name", "r.full_name"),
}


# -- SQLite ---------------------------------------------------------------------------------


def _sqlite_find(
    session: Session, query: ParsedQuery, criteria: Criteria, limit: int
) -> list[Found]:
    params: dict[str, Any] = {"limit": limit, **_filter_params(criteria)}
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
        # Only substrings too short for trigrams: look through the records that have a
        # script without spaces (those in the trigram index), not through all of them.
        hits = "WITH hits(doc, score) AS MATERIALIZED (SELECT id, 0.0 FROM search_trigram_docsize) "
        return _sqlite_select(session, hits, query, criteria, params)
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
        conditions = _filter_sql(kind, criteria, "sqlite")
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


def _sqlite_contains(kind: str, value: str) -> str:
    checks = [f"instr(coalesce({column}, ''), {value}) > 0" for column in SQLITE_TEXTS[kind]]
    if kind == "comparison":
        checks.append(
            "EXISTS (SELECT 1 FROM practices p WHERE p.comparison_id = r.id AND"
            f" instr(p.description || ' ' || coalesce(p.strengths, '') || ' '"
            f" || coalesce(p.challenges, ''), {value}) > 0)"
        )
    return "(" + " OR ".join(checks) + ")"


# -- PostgreSQL -----------------------------------------------------------------------------


def _pg_find(session: Session, query: ParsedQuery, criteria: Criteria, limit: int) -> list[Found]:
    params: dict[str, Any] = {"limit": limit, **_filter_params(criteria)}
    conditions = []
    if query.words:
        params["words"] = pg_tsquery(query.words)
        conditions.append("d.document @@ to_tsquery('simple'::regconfig, :words)")
        score = "ts_rank(d.document, to_tsquery('simple'::regconfig, :words))"
    else:
        # Substrings only: the entries that have a script without spaces, found by trigrams
        # (three characters or more) or by looking through those entries alone, newest
        # first. Nothing ranks them, so without filters the newest are the ones shown.
        conditions.append("d.folded IS NOT NULL")
        score = "0.0"
    for i, s in enumerate(query.substrings):
        params[f"s{i}"] = s
        conditions.append(f"d.folded LIKE '%' || search_fold(:s{i}) || '%'")
    # Ranked as they are read, so that only (kind, record_id, score) is sorted.
    matches = (
        f"SELECT d.kind, d.record_id, {score} AS score FROM search_pg_documents d"
        f" WHERE {' AND '.join(conditions)} ORDER BY d.doc DESC LIMIT :window"
    )
    # Each hit, best first, is checked against its record (live, and the filters) until
    # ``limit`` pass: the fence (OFFSET 0) keeps the checks above the sort, so they run
    # for as few hits as that takes rather than for every match.
    checks = []
    for kind in KINDS:
        filters = _filter_sql(kind, criteria, "postgresql")
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
    sql = text(
        f'SELECT kind, record_id, score FROM (SELECT *, kind COLLATE "C" AS kind_order,'
        f' record_id COLLATE "C" AS id_order FROM ({matches}) AS m {order}'
        f" {'OFFSET 0' if criteria.any else 'LIMIT :limit'}) AS h"
        f" WHERE {' OR '.join(checks)} {order} LIMIT :limit"
    )
    # Whether to read the newest entries in order or all matches through the GIN index
    # depends on how many match: a plan made for any query (which psycopg's prepared
    # statements get after a few runs) would be slow for one or the other.
    session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    window = BROAD if query.words or criteria.any else limit
    while True:
        # Ranking every match of a word found in most records costs about 0.6 ms per 1,000
        # even with the vectors stored (45 ms for 73,000): such a query ranks the newest
        # matches only, more of them if filters need it (as on SQLite).
        params["window"] = window
        found = [Found(k, i, float(s)) for k, i, s in session.execute(sql, params)]
        if len(found) >= limit or (not criteria.any and window >= limit):
            return found  # without filters, fewer than the limit means fewer in the window
        seen = session.execute(text(f"SELECT count(*) FROM ({matches}) AS m"), params).scalar()
        if (seen or 0) < window:
            return found
        window *= 4


def find(session: Session, query: ParsedQuery, criteria: Criteria, limit: int) -> list[Found]:
    """The best ``limit`` live records matching every term and filter, best first."""
    if query.empty or limit <= 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_find(session, query, criteria, limit)
    return _pg_find(session, query, criteria, limit)


# -- what a hit shows -----------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A found record's title and searched texts, by field name, for the snippet."""

    title: str
    fields: tuple[tuple[str, str], ...]


def documents(session: Session, found: Sequence[Found]) -> dict[tuple[str, str], Document]:
    """Titles and texts of the records found."""
    by_kind: dict[str, list[str]] = {}
    for item in found:
        by_kind.setdefault(item.kind, []).append(item.id)
    out: dict[tuple[str, str], Document] = {}
    expanding = "(SELECT value FROM json_each(:ids))"
    for kind, ids in by_kind.items():
        params: dict[str, Any] = {}
        if session.get_bind().dialect.name == "sqlite":
            params["ids"] = json.dumps(ids)
            among = f"r.id IN {expanding}"
        else:
            params["ids"] = ids
            among = "r.id = ANY(:ids)"
        if kind == "observation":
            sql = (
                "SELECT r.id, r.kind, s.name, r.text, r.translation FROM observations r"
                f" LEFT JOIN people s ON s.id = r.speaker_id WHERE {among}"
            )
            for rid, okind, speaker, body, translation in session.execute(text(sql), params):
                title = f"{okind}, {speaker}" if speaker else okind
                fields = [("text", body)] + ([("translation", translation)] if translation else [])
                out[(kind, rid)] = Document(title, tuple(fields))
        elif kind == "comparison":
            sql = f"SELECT r.id, r.aspect, r.summary FROM comparisons r WHERE {among}"
            rows = list(session.execute(text(sql), params))
            practices: dict[str, list[tuple[str, str]]] = {}
            psql = (
                "SELECT p.comparison_id, g.name, p.description, p.strengths, p.challenges"
                " FROM practices p LEFT JOIN organisations g ON g.id = p.organisation_id"
                f" WHERE p.comparison_id IN (SELECT r.id FROM comparisons r WHERE {among})"
                " ORDER BY p.comparison_id, p.position"
            )
            for cid, organisation, description, strengths, challenges in session.execute(
                text(psql), params
            ):
                name = organisation or "practice"
                items = practices.setdefault(cid, [])
                items.append((f"{name}: description", description))
                if strengths:
                    items.append((f"{name}: strengths", strengths))
                if challenges:
                    items.append((f"{name}: challenges", challenges))
            for rid, aspect, summary in rows:
                fields = [("aspect", aspect)] + ([("summary", summary)] if summary else [])
                out[(kind, rid)] = Document(aspect, tuple(fields + practices.get(rid, [])))
        elif kind == "exchange":
            sql = f"SELECT r.id, r.title, r.summary FROM exchanges r WHERE {among}"
            for rid, title, summary in session.execute(text(sql), params):
                fields = [("title", title)] + ([("summary", summary)] if summary else [])
                out[(kind, rid)] = Document(title, tuple(fields))
        elif kind == "organisation":
            sql = f"SELECT r.id, r.name, r.full_name FROM organisations r WHERE {among}"
            for rid, name, full_name in session.execute(text(sql), params):
                fields = [("name", name)] + ([("full_name", full_name)] if full_name else [])
                out[(kind, rid)] = Document(name, tuple(fields))
        else:
            sql = (
                "SELECT r.id, r.name, r.role, g.name FROM people r"
                f" LEFT JOIN organisations g ON g.id = r.organisation_id WHERE {among}"
            )
            for rid, name, role, organisation in session.execute(text(sql), params):
                about = ", ".join(v for v in (role, organisation) if v)
                out[(kind, rid)] = Document(
                    f"{name} ({about})" if about else name, (("name", name),)
                )
    return out


# -- upkeep ---------------------------------------------------------------------------------


def _fill_trigrams(session: Session, where: str, params: dict[str, Any]) -> None:
    """Adds to the trigram index the entries of ``search_content`` matching ``where`` that
    contain a script without spaces.

    The test is the triggers' ``GLOB`` (the same code point ranges), done by a function of
    this connection in Python, where it is about thirty times faster than a character class
    in ``GLOB`` on long text; only the entries that pass leave SQLite.
    """
    driver = session.connection().connection.driver_connection
    driver.create_function(  # type: ignore[union-attr]
        "search_unspaced", 3, _has_unspaced, deterministic=True
    )
    session.execute(
        text(
            "INSERT INTO search_trigram (rowid, title, body, extra)"
            f" SELECT doc, title, body, extra FROM search_content WHERE ({where})"
            " AND search_unspaced(title, body, extra)"
        ),
        params,
    )


def _has_unspaced(title: str | None, body: str | None, extra: str | None) -> bool:
    search = HAS_UNSPACED.search
    return bool(search(title or "") or search(body or "") or search(extra or ""))


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


# The insert triggers a bulk insert set aside, kept in the database itself so that an
# import that stopped half-way (and committed) is repaired by the next search.
_PARKED = "search_parked_triggers"


def _restore_parked_triggers(session: Session) -> None:
    exists = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": _PARKED},
    ).first()
    if not exists:
        return
    for name, sql in session.execute(text(f"SELECT name, sql FROM {_PARKED}")).all():
        session.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        session.execute(text(sql))
    session.execute(text(f"DELETE FROM {_PARKED}"))


def before_bulk_insert(session: Session, *, new_comparisons: bool = False) -> None:
    """Lets the insert triggers stand aside until :func:`after_bulk_insert`, in this
    transaction only (a rollback undoes it). Updates and deletes stay indexed one by one.

    ``new_comparisons``: there is no comparison yet, so none has an entry a practice could
    change, and the practices' insert triggers stand aside too (each asks the search view
    for its comparison's entry four times: about 50 µs a practice, for nothing)."""
    if not _is_sqlite(session):
        # Read by the insert triggers of migration 0004; local to the transaction.
        session.execute(text("SELECT set_config('counsellor.search_bulk', 'on', true)"))
        return
    session.execute(text("UPDATE search_state SET suspended = 1"))
    # Even a trigger whose WHEN clause is false costs a query per row (about 18 s per
    # million here): the insert triggers leave for the bulk insert and come back in
    # after_bulk_insert. DDL is transactional in SQLite, so a rollback restores them.
    # The practices' triggers stay unless every comparison is new: a practice added to a
    # comparison that has an entry (one the import replaces) must change that entry; for a
    # new comparison they find none, as its entry is made by after_bulk_insert.
    practices = "" if new_comparisons else " AND name NOT LIKE 'search\\_practices\\_%' ESCAPE '\\'"
    saved = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'search\\_%\\_insert' ESCAPE '\\'" + practices
        )
    ).all()
    session.execute(text(f"CREATE TABLE IF NOT EXISTS {_PARKED} (name TEXT PRIMARY KEY, sql TEXT)"))
    for name, sql in saved:
        session.execute(text(f'DROP TRIGGER "{name}"'))
        session.execute(
            text(f"INSERT OR REPLACE INTO {_PARKED} (name, sql) VALUES (:name, :sql)"),
            {"name": name, "sql": sql},
        )


def after_bulk_insert(session: Session, kinds: Iterable[str] = KINDS) -> int:
    """Indexes every record of ``kinds`` that has no entry yet (those inserted since
    :func:`before_bulk_insert`; a comparison's practices come with it), one statement per
    index; returns how many."""
    wanted = [k for k in KINDS if k in set(kinds)]
    if not _is_sqlite(session):
        added = session.execute(
            text("SELECT search_pg_add_missing(:kinds)"), {"kinds": wanted}
        ).scalar()
        session.execute(text("SELECT set_config('counsellor.search_bulk', '', true)"))
        return int(added or 0)
    _fill_pending_trigrams(session)
    mark = session.execute(text("SELECT coalesce(max(doc), 0) FROM search_documents")).scalar()
    for kind in wanted:
        session.execute(
            text(
                f"INSERT INTO search_documents (kind, record_id) SELECT '{kind}', r.id"
                f" FROM {TABLES[kind]} r WHERE NOT EXISTS (SELECT 1 FROM search_documents d"
                f" WHERE d.record_id = r.id AND d.kind = '{kind}')"
            )
        )
    session.execute(
        text(
            "INSERT INTO search_words (rowid, title, body, extra)"
            " SELECT doc, title, body, extra FROM search_content WHERE doc > :mark"
        ),
        {"mark": mark},
    )
    _fill_trigrams(session, "doc > :mark", {"mark": mark})
    _restore_parked_triggers(session)
    session.execute(text("UPDATE search_state SET suspended = 0"))
    added = session.execute(
        text("SELECT count(*) FROM search_documents WHERE doc > :mark"), {"mark": mark}
    ).scalar()
    return int(added or 0)


def index_inserted(session: Session, kind: str, records: Sequence[Any]) -> bool:
    """Indexes observations inserted since :func:`before_bulk_insert`, as a part of an import
    is written; returns False (nothing done) for other kinds and on PostgreSQL, which
    :func:`after_bulk_insert` indexes at the end.

    Everything happens inside SQLite, without a call back into Python per record, so that
    the interpreter lock stays with the thread reading the next part. The word index takes
    each part as it comes. The trigram entries wait for :func:`after_bulk_insert`: the
    trigram index of a script without spaces holds a token per character, and merging one
    segment per part cost three times as much as one statement for the whole import. Which
    records go to it is decided here from their text (``text`` and ``translation``, the
    entry of an observation in ``search_content``).
    """
    if kind != "observation" or not records or not _is_sqlite(session):
        return False
    mark = session.execute(text("SELECT coalesce(max(doc), 0) FROM search_documents")).scalar()
    session.execute(
        text(
            "INSERT INTO search_documents (kind, record_id)"
            " SELECT 'observation', value FROM json_each(:ids)"
        ),
        {"ids": json.dumps([record.id for record in records])},
    )
    session.execute(
        text(
            "INSERT INTO search_words (rowid, title, body, extra)"
            " SELECT doc, title, body, extra FROM search_content"
            " WHERE doc > :mark AND kind = 'observation'"
        ),
        {"mark": mark},
    )
    unspaced = session.info.setdefault(_PENDING_TRIGRAMS, (mark, []))[1]
    unspaced.extend(
        record.id
        for record in records
        if record.deleted_at is None and _has_unspaced(None, record.text, record.translation)
    )
    return True


def _fill_pending_trigrams(session: Session) -> None:
    """The trigram entries :func:`index_inserted` left for the end of the import."""
    pending = session.info.pop(_PENDING_TRIGRAMS, None)
    if pending is None or not pending[1]:
        return
    first, unspaced = pending
    session.execute(
        text(
            "INSERT INTO search_trigram (rowid, title, body, extra)"
            " SELECT doc, title, body, extra FROM search_content WHERE doc > :mark"
            " AND kind = 'observation' AND record_id IN (SELECT value FROM json_each(:ids))"
        ),
        {"mark": first, "ids": json.dumps(unspaced)},
    )


_PENDING_TRIGRAMS = "search_trigrams_pending"


def needs_repair(session: Session) -> bool:
    """True if a bulk insert left the triggers aside without indexing its records."""
    if not _is_sqlite(session):
        return False
    return bool(session.execute(text("SELECT suspended FROM search_state")).scalar())


def rebuild(session: Session) -> None:
    """Builds the search data again from the records."""
    if not _is_sqlite(session):
        session.execute(text("DELETE FROM search_pg_documents"))
        session.execute(text("SELECT search_pg_add_missing(:kinds)"), {"kinds": list(KINDS)})
        return
    session.execute(text("DELETE FROM search_documents"))
    for kind, table in TABLES.items():
        session.execute(
            text(f"INSERT INTO search_documents (kind, record_id) SELECT '{kind}', id FROM {table}")
        )
    session.execute(text("INSERT INTO search_words (search_words) VALUES ('rebuild')"))
    session.execute(text("INSERT INTO search_trigram (search_trigram) VALUES ('delete-all')"))
    _fill_trigrams(session, "1 = 1", {})
    session.execute(text("UPDATE search_state SET suspended = 0"))


def check(session: Session) -> None:
    """Raises the database's error if an index disagrees with the records (SQLite)."""
    if _is_sqlite(session):
        # The word index holds every live record: check it against them. The trigram index
        # holds some only, which the comparison would call corruption: check its structure.
        for index, against_records in (("search_words", 1), ("search_trigram", 0)):
            session.execute(
                text(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', :full)"),
                {"full": against_records},
            )
