"""Keeping the search index in step with bulk inserts; repairing, rebuilding and checking it."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counsellor_app.storage.search.criteria import KINDS, TABLES
from counsellor_app.storage.unspaced_scripts import has_unspaced


def _fill_trigrams(session: Session, where: str, params: dict[str, Any]) -> None:
    """Adds to the trigram index the entries of ``search_trigram_content`` (the records
    with a script without spaces, their runs of it) matching ``where``."""
    session.execute(
        text(
            "INSERT INTO search_trigram (rowid, title, body, extra)"
            f" SELECT doc, title, body, extra FROM search_trigram_content WHERE ({where})"
        ),
        params,
    )


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
        _pg_before_bulk_insert(session)
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
        return _pg_after_bulk_insert(session, wanted)
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
    is written; returns False (nothing done) for other kinds, which :func:`after_bulk_insert`
    indexes at the end.

    Everything happens inside SQLite, without a call back into Python per record, so that
    the interpreter lock stays with the thread reading the next part. The word index takes
    each part as it comes. The trigram entries wait for :func:`after_bulk_insert`: the
    trigram index of a script without spaces holds a token per character, and merging one
    segment per part cost three times as much as one statement for the whole import. Which
    records go to it is decided here from their text (``text`` and ``translation``, the
    entry of an observation in ``search_content``).

    On PostgreSQL the part's stored entries are written (:func:`_pg_index_inserted`).
    """
    if kind != "observation" or not records:
        return False
    if not _is_sqlite(session):
        _pg_index_inserted(session, records)
        return True
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
        if record.deleted_at is None and has_unspaced(None, record.text, record.translation)
    )
    return True


# -- PostgreSQL ------------------------------------------------------------------------------

# The GIN indexes a bulk insert into empty search data set aside (statements to make them).
_PG_SET_ASIDE = "search_pg_indexes_set_aside"


def _pg_before_bulk_insert(session: Session) -> None:
    """The insert triggers stand aside (migration 0004), and the transaction writes its log
    without waiting for the disk at its commit, which stays atomic.

    If the search data is empty (a new database), its GIN indexes are dropped for the
    transaction and made again by :func:`after_bulk_insert` from the whole data: kept in step
    row by row they were most of an import's time. DDL is transactional in PostgreSQL, so a
    rollback brings them back. With search data already there they stay: dropping them
    would hold every other user's search until the import commits.
    """
    session.execute(text("SELECT set_config('counsellor.search_bulk', 'on', true)"))
    session.execute(text("SET LOCAL synchronous_commit = off"))
    empty = session.execute(text("SELECT NOT EXISTS (SELECT 1 FROM search_pg_documents)")).scalar()
    if not empty:
        return
    found = session.execute(
        text(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
            " WHERE i.indrelid = 'search_pg_documents'::regclass AND a.amname = 'gin'"
        )
    ).all()
    for name, _ in found:
        session.execute(text(f"DROP INDEX {name}"))
    session.info[_PG_SET_ASIDE] = [sql for _, sql in found]


def _pg_index_inserted(session: Session, records: Sequence[Any]) -> None:
    """Writes the entries of observations just copied in, as the functions of migrations 0004
    and 0008 make them, in the order of ``records`` (their ids' order, as on SQLite):
    ``doc``, by which a broad search ranks the newest matches, follows it.

    It runs on the import's writer thread: the server computes the entries while this
    process reads the next part of the file. Which entries get runs (those with a script
    without spaces, as the migrations' test decides) is told from their text here.
    """
    live = [r for r in records if r.deleted_at is None]
    if not live:
        return
    if not _pg_may_stage(session):
        _pg_insert_entries_folding_there(session, live)
        return
    # search_vector(NULL, text, translation) and search_runs(search_text(NULL, text,
    # translation)) (migration 0008) with each text folded once instead of twice: folding is
    # per character, and a space (which it keeps) stops any reordering of accents, so
    # folding the texts joined by spaces is joining the folded texts. The first half of each
    # fold is done here (:func:`decomposed`) and the texts staged by COPY, the server taking
    # the accents away and lowering the case as search_fold does (migration 0005); a text
    # this process might decompose otherwise than the server goes whole and is folded
    # there. Staged, the texts are not read back from the observations (a hash of the
    # whole table per part, its statistics of before the import). The fence (OFFSET 0)
    # keeps the subquery's folds from being copied into each use.
    session.execute(
        text(
            f"CREATE TEMP TABLE IF NOT EXISTS {_STAGED} (position integer, id text,"
            " unspaced boolean, body text, extra text, raw_body text, raw_extra text)"
            " ON COMMIT DROP"
        )
    )
    driver = session.connection().connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(f"COPY {_STAGED} FROM STDIN") as copy:  # type: ignore[union-attr]
        for position, record in enumerate(live):
            body, extra = decomposed(record.text), decomposed(record.translation)
            copy.write_row(
                (
                    position,
                    record.id,
                    has_unspaced(None, record.text, record.translation),
                    body,
                    extra,
                    record.text if body is None else None,
                    record.translation if extra is None else None,
                )
            )
    session.execute(
        text(
            f"{_PG_ENTRIES} FROM (SELECT s.position, s.id, s.unspaced,"
            f" {_folded('s.body', 's.raw_body')} AS body, {_folded('s.extra', 's.raw_extra')}"
            f" AS extra FROM {_STAGED} s OFFSET 0) AS f ORDER BY f.position"
        )
    )
    session.execute(text(f"TRUNCATE {_STAGED}"))


_STAGED = "search_pg_staged"
# The entries of the observations of f (id, unspaced, body and extra folded), in f's order.
_PG_ENTRIES = (
    "INSERT INTO search_pg_documents (kind, record_id, document, runs)"
    " SELECT 'observation', f.id,"
    " setweight(to_tsvector('simple'::regconfig, search_fold(NULL)), 'A')"
    " || setweight(to_tsvector('simple'::regconfig, f.body), 'B')"
    " || setweight(to_tsvector('simple'::regconfig, f.extra), 'C'),"
    " CASE WHEN f.unspaced THEN coalesce(search_runs(f.body || ' ' || f.extra), '') END"
)


def _pg_may_stage(session: Session) -> bool:
    """Whether this role may make temporary tables here (it may unless refused)."""
    key = "search_pg_may_stage"
    if key not in session.info:
        session.info[key] = bool(
            session.execute(
                text("SELECT has_database_privilege(current_database(), 'TEMP')")
            ).scalar()
        )
    return bool(session.info[key])


def _pg_insert_entries_folding_there(session: Session, live: Sequence[Any]) -> None:
    """The same entries, each text read back from its observation and folded by the server."""
    session.execute(
        text(
            f"{_PG_ENTRIES} FROM (SELECT n.position, o.id, n.unspaced,"
            " search_fold(o.text) AS body, search_fold(o.translation) AS extra"
            " FROM unnest(CAST(:ids AS text[]), CAST(:unspaced AS boolean[]))"
            " WITH ORDINALITY AS n(id, unspaced, position)"
            " JOIN observations o ON o.id = n.id OFFSET 0) AS f ORDER BY f.position"
        ),
        {
            "ids": [r.id for r in live],
            "unspaced": [has_unspaced(None, r.text, r.translation) for r in live],
        },
    )


def _folded(decomposed: str, raw: str) -> str:
    """search_fold(raw), its first half already done (:func:`decomposed`) where it could be."""
    return (
        f"CASE WHEN {decomposed} IS NULL THEN search_fold({raw})"
        f" ELSE lower(regexp_replace({decomposed}, '[\\u0300-\\u036f]', '', 'g')) END"
    )


# The server's fold (migrations 0002, 0005) turns ASCII punctuation into spaces first; in
# UTF-8 those bytes are never part of another character.
_PUNCTUATION = bytes.maketrans(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", b" " * 32)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def decomposed(value: str | None) -> str | None:
    """``value`` with ASCII punctuation made spaces, then in compatibility decomposition
    (NFKD): what the server's ``search_fold`` makes of it before it takes the combining
    accents away and lowers the case (which follows the database's locale, so stays there).

    None when the server's Unicode data might decompose it otherwise: it holds a character
    this Python does not know, or one assigned since Unicode 3.2 that decomposes or
    combines (a server of another Unicode version may not know it). Unicode's stability
    rules keep the decompositions and combining classes of older characters as they are,
    so both agree there (``tests/storage/test_pg_decomposed.py`` checks every character
    against the server).
    """
    if not value:
        return ""
    if not value.isascii():
        if _unlike_bmp().search(value):
            return None
        if _ASTRAL.search(value) and not all(map(_alike, _ASTRAL.findall(value))):
            return None
    return unicodedata.normalize("NFKD", value.encode().translate(_PUNCTUATION).decode())


def _decomposed_alike(character: str) -> bool:
    """True if any server decomposes ``character`` as this Python does (see :func:`decomposed`)."""
    if unicodedata.category(character) in ("Cn", "Cs"):
        return False
    if unicodedata.ucd_3_2_0.category(character) != "Cn":
        return True
    return not (unicodedata.decomposition(character) or unicodedata.combining(character))


_alike = functools.cache(_decomposed_alike)


@functools.cache
def _unlike_bmp() -> re.Pattern[str]:
    """The characters of the basic plane :func:`_decomposed_alike` refuses, as one class: a
    few microseconds per text, where a class naming the other planes too takes hundreds."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if _decomposed_alike(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = (re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)
    return re.compile(f"[{''.join(parts)}]")


def _pg_after_bulk_insert(session: Session, kinds: list[str]) -> int:
    added = session.execute(text("SELECT search_pg_add_missing(:kinds)"), {"kinds": kinds}).scalar()
    statements = session.info.pop(_PG_SET_ASIDE, [])
    for statement in statements:
        session.execute(text(statement))
    session.execute(text("SELECT set_config('counsellor.search_bulk', '', true)"))
    return int(added or 0)


def _fill_pending_trigrams(session: Session) -> None:
    """The trigram entries :func:`index_inserted` left for the end of the import.

    The values ``search_trigram_content`` gives, read from ``search_content`` for records
    already known to have a script without spaces: its test of every new record (a call
    into Python each) is not made again.
    """
    pending = session.info.pop(_PENDING_TRIGRAMS, None)
    if pending is None or not pending[1]:
        return
    first, unspaced = pending
    session.execute(
        text(
            "INSERT INTO search_trigram (rowid, title, body, extra)"
            " SELECT doc, search_unspaced_runs(title), search_unspaced_runs(body),"
            " search_unspaced_runs(extra) FROM search_content WHERE doc > :mark"
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
        # Each index against its content: every live record for the word index, the runs of
        # the records with a script without spaces for the trigram index.
        for index in ("search_words", "search_trigram"):
            session.execute(
                text(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
            )
