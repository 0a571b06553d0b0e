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
  ``公安部出入境管理局``); it holds only the records that contain such a script, and of them
  only the runs of it (the tokens holding such a character, ``出入境office``), through the
  view ``search_trigram_content`` and the connection's functions of
  ``storage/unspaced_scripts.py``: a substring term is one such token, so it lies inside one
  run. Substrings of one or two characters are looked for with ``instr`` in the records
  themselves (trigrams need three), from the newest entry of the trigram index back, until
  the limit is found.

Triggers made by migration 0002 (their trigram statements remade by 0007) keep both in step
with single edits. A bulk import calls :func:`before_bulk_insert` (the insert triggers stand
aside) and :func:`after_bulk_insert` (the new records are indexed in one ``INSERT … SELECT``
per index).

PostgreSQL: ``search_pg_documents`` (migration 0004) stores each live record's weighted
``tsvector`` of the folded text (GIN index, matched with ``@@`` and ranked with ``ts_rank``)
and, for records with a script without spaces, the runs of such text in the folded text
(migration 0008: the pieces between spaces holding one of its characters; ``pg_trgm`` GIN
index, matched with ``LIKE``). Row triggers keep it in step; during a bulk import the insert
triggers stand aside for the transaction (``counsellor.search_bulk``),
:func:`index_inserted` writes each part's observations and :func:`after_bulk_insert` the
other new records in one statement (and builds the GIN indexes again if the import began
with no search data and they were set aside).

On both, a word found in most records ranks only its newest ``BROAD`` matches (on SQLite
found, ranked and checked against the filters by one statement, which stops reading the
index there; on PostgreSQL the ranked hits are checked best first until the limit pass).
When fewer than the limit pass among the newest matches, the records passing the filters
are found first (through the index of their speaker for a speaker or an organisation) and
the newest matches among them are ranked.

User text never reaches ``MATCH`` or ``to_tsquery`` as typed: :func:`parse_query` keeps only
letters, digits and marks, and the query languages are then written from those pieces.

On SQLite, where few documents can be among the hits, their scores are computed apart,
equal to FTS5's ``bm25()`` to the last bit, so that FTS5 need not weigh every match: words
with a substring of a script without spaces (the substring's share, for the matches whose
words rank them near the best), and one person's words (read from their records alone by
the word index's tokenizer, each word's count of documents kept until the index changes).

Its parts: ``query`` reads what was typed into terms (no database), ``criteria`` holds the
filters and their SQL, ``sqlite`` and ``postgres`` find the hits on each back-end, ``bm25``
computes SQLite's ranking for a few documents, ``documents`` reads what a hit shows, and
``upkeep`` keeps the index in step with bulk inserts, repairs and checks it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from counsellor_app.storage.search.criteria import BROAD, KINDS, TABLES, Criteria, Found
from counsellor_app.storage.search.documents import Document, documents
from counsellor_app.storage.search.postgres import pg_find, pg_tsquery
from counsellor_app.storage.search.query import (
    HAS_UNSPACED,
    MAX_QUERY_CHARS,
    MAX_TERMS,
    TOKEN,
    TRIGRAM,
    UNSPACED,
    ParsedQuery,
    Term,
    aligned_fold,
    fold,
    parse_query,
)
from counsellor_app.storage.search.sqlite import fts5_substrings, fts5_words, sqlite_find
from counsellor_app.storage.search.upkeep import (
    after_bulk_insert,
    before_bulk_insert,
    check,
    index_inserted,
    needs_repair,
    rebuild,
)

__all__ = [
    "BROAD",
    "HAS_UNSPACED",
    "KINDS",
    "MAX_QUERY_CHARS",
    "MAX_TERMS",
    "TABLES",
    "TOKEN",
    "TRIGRAM",
    "UNSPACED",
    "Criteria",
    "Document",
    "Found",
    "ParsedQuery",
    "Term",
    "after_bulk_insert",
    "aligned_fold",
    "before_bulk_insert",
    "check",
    "documents",
    "find",
    "fold",
    "fts5_substrings",
    "fts5_words",
    "index_inserted",
    "needs_repair",
    "parse_query",
    "pg_tsquery",
    "rebuild",
]


def find(session: Session, query: ParsedQuery, criteria: Criteria, limit: int) -> list[Found]:
    """The best ``limit`` live records matching every term and filter, best first."""
    if query.empty or limit <= 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return sqlite_find(session, query, criteria, limit)
    return pg_find(session, query, criteria, limit)
