"""The search index itself: safe query building, upkeep by triggers and in bulk, migration."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, text

from counsellor_app.cli import main
from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import (
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Practice,
)
from counsellor_app.services import decoding
from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.services.search import SearchFilters, search
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import migrate
from counsellor_app.storage import search as index
from counsellor_app.storage.database import make_engine, sqlite_url
from counsellor_app.storage.open import open_database
from counsellor_app.storage.search import Term, criteria, fts5_words, parse_query, pg_tsquery
from tests.workspaces import BACKENDS, TickingClock, WorkspaceMaker, postgres_schema


@pytest.fixture
def workspace(sqlite_workspace: Workspace) -> Workspace:
    """Most of these tests look inside SQLite's indexes; those for both back-ends take
    ``backend`` and ``new_workspace``."""
    return sqlite_workspace


def _exchange(workspace: Workspace) -> str:
    return workspace.exchanges.create(Exchange(title="Exchange")).id


def _note(workspace: Workspace, exchange: str, words: str, **fields: object) -> Observation:
    return workspace.observations.create(
        Observation(exchange=exchange, kind=ObservationKind.OBSERVATION, text=words, **fields)  # type: ignore[arg-type]
    )


def _check_indexes(workspace: Workspace) -> None:
    """Both FTS5 indexes are consistent, and hold exactly the live records."""
    with workspace.database.reading() as session:
        index.check(session)
        in_words = session.execute(text("SELECT count(*) FROM search_words_docsize")).scalar()
        content = list(session.execute(text("SELECT doc, title, body, extra FROM search_content")))
        in_trigrams = set(session.execute(text("SELECT id FROM search_trigram_docsize")).scalars())
    assert in_words == len(content)
    unspaced = {
        doc for doc, *texts in content if any(index.HAS_UNSPACED.search(t or "") for t in texts)
    }
    assert in_trigrams == unspaced


# -- queries ---------------------------------------------------------------------------------


def test_queries_are_built_from_letters_and_digits_only() -> None:
    assert parse_query("don't").terms == (Term(("don", "t")),)
    assert parse_query("20.04").terms == (Term(("20", "04")),)
    assert parse_query("C++ AND").terms == (Term(("C",)), Term(("AND",), prefix=True))
    assert parse_query('" * - NEAR( ^ :').terms == (Term(("NEAR",), prefix=True),)
    assert parse_query("").empty and parse_query("  \t\n").empty and parse_query("()").empty
    assert parse_query("公安部出入境 Fedasil的").terms == (
        Term(("公安部出入境",), substring=True),
        Term(("Fedasil的",), substring=True),
    )
    assert fts5_words(parse_query("don't réintégration").words) == '"don t" "réintégration"*'
    assert pg_tsquery(parse_query("don't Réintégration").words) == (
        "('don' <-> 't') & ('reintegration':*)"
    )
    assert len(parse_query(" ".join(f"w{i}" for i in range(100))).terms) == index.MAX_TERMS


# -- upkeep ----------------------------------------------------------------------------------


def test_indexes_stay_consistent_through_every_kind_of_change(workspace: Workspace) -> None:
    exchange = _exchange(workspace)
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    note = _note(workspace, exchange, "Réintégration à Bobigny 出入境管理局")
    note = workspace.observations.update(dataclasses.replace(note, text="Autre texte 公安部"))
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs",
            exchange=exchange,
            practices=(Practice(organisation=fedasil.id, description="Counsellors 合作伙伴"),),
        )
    )
    workspace.comparisons.update(
        dataclasses.replace(
            comparison,
            practices=(Practice(organisation=fedasil.id, description="Officials", strengths="x"),),
        )
    )
    _check_indexes(workspace)
    workspace.exchanges.delete(exchange)
    _check_indexes(workspace)
    workspace.exchanges.restore(exchange)
    _check_indexes(workspace)
    workspace.observations.delete(note.id)
    workspace.empty_trash()
    _check_indexes(workspace)
    assert search(workspace, "公安部") == []
    assert [h.id for h in search(workspace, "officials")] == [comparison.id]


def test_a_rebuilt_index_answers_as_the_kept_one(workspace: Workspace) -> None:
    exchange = _exchange(workspace)
    for words in ("alpha beta", "beta gamma 出入境", "gamma délta", "合作"):
        _note(workspace, exchange, words)
    queries = ["beta", "gamma", "delta", "出入境", "合作", "alpha gamma"]
    before = {q: [h.id for h in search(workspace, q)] for q in queries}
    with workspace.database.writing() as session:
        index.rebuild(session)
    _check_indexes(workspace)
    assert {q: [h.id for h in search(workspace, q)] for q in queries} == before


def test_an_import_that_left_the_triggers_aside_is_repaired_by_the_next_search(
    workspace: Workspace,
) -> None:
    exchange = _exchange(workspace)
    with workspace.database.writing() as session:
        index.before_bulk_insert(session)  # and never after_bulk_insert
    note = _note(workspace, exchange, "Forgotten heron")
    assert [h.id for h in search(workspace, "heron")] == [note.id]
    with workspace.database.reading() as session:
        assert not index.needs_repair(session)
    later = _note(workspace, exchange, "Later heron")
    assert {h.id for h in search(workspace, "heron")} == {note.id, later.id}
    _check_indexes(workspace)


def test_a_failed_import_leaves_the_triggers_working(workspace: Workspace) -> None:
    exchange = _exchange(workspace)
    bad = {
        "format": FORMAT,
        "version": VERSION,
        "observations": [
            {"id": str(uuid.uuid4()), "exchange": exchange, "kind": "quote", "text": "Egret"},
            {"id": str(uuid.uuid4()), "exchange": str(uuid.uuid4()), "kind": "quote", "text": "x"},
        ],
    }
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        import_document(workspace, bad)
    note = _note(workspace, exchange, "Egret")
    assert [h.id for h in search(workspace, "egret")] == [note.id]


def test_a_bulk_import_indexes_its_observations_a_part_at_a_time_with_triggers_aside(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One bulk statement per part of the file, none per row, and nothing left for the end."""
    exchange = _exchange(workspace)
    calls: list[str] = []
    real_part, real_end = index.index_inserted, index.after_bulk_insert

    def part(session, kind, records):  # type: ignore[no-untyped-def]
        suspended = session.execute(text("SELECT suspended FROM search_state")).scalar()
        done = real_part(session, kind, records)
        calls.append(f"{kind}: suspended={suspended} records={len(records)} indexed={done}")
        return done

    def end(session, kinds=index.KINDS):  # type: ignore[no-untyped-def]
        unindexed = session.execute(
            text(
                "SELECT count(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM"
                " search_documents d WHERE d.record_id = o.id)"
            )
        ).scalar()
        calls.append(f"end: unindexed={unindexed} observations={'observation' in kinds}")
        return real_end(session, kinds)

    monkeypatch.setattr(index, "index_inserted", part)
    monkeypatch.setattr(index, "after_bulk_insert", end)
    monkeypatch.setattr(decoding.document, "PART", 20)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "observations": [
            {"id": str(uuid.uuid4()), "exchange": exchange, "kind": "lesson", "text": f"Ibis {i}"}
            for i in range(50)
        ],
    }
    import_document(workspace, document)
    assert calls == [
        "observation: suspended=1 records=20 indexed=True",
        "observation: suspended=1 records=20 indexed=True",
        "observation: suspended=1 records=10 indexed=True",
        "end: unindexed=0 observations=False",
    ]
    assert len(search(workspace, "ibis", limit=100)) == 50
    _check_indexes(workspace)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_reimported_comparison_is_found_by_its_new_practices(
    new_workspace: WorkspaceMaker,
    backend: str,
) -> None:
    workspace = new_workspace(backend)
    exchange = _exchange(workspace)
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    comparison = {
        "id": str(uuid.uuid4()),
        "aspect": "Booking interpreters",
        "exchange": exchange,
        "practices": [{"organisation": fedasil.id, "description": "By telephone"}],
    }
    import_document(workspace, {"format": FORMAT, "version": VERSION, "comparisons": [comparison]})
    assert [h.id for h in search(workspace, "telephone")] == [comparison["id"]]
    changed = dict(comparison, practices=[{"organisation": fedasil.id, "description": "Online"}])
    import_document(workspace, {"format": FORMAT, "version": VERSION, "comparisons": [changed]})
    assert search(workspace, "telephone") == []
    assert [h.id for h in search(workspace, "online")] == [comparison["id"]]
    if workspace.database.engine.dialect.name == "sqlite":
        _check_indexes(workspace)


def test_practices_of_comparisons_all_new_are_written_with_their_triggers_aside(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No comparison has an entry before the first import of comparisons: their practices'
    triggers would only look for one. They stand aside for it, and come back after."""
    from counsellor_app.storage import repository

    exchange = _exchange(workspace)
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    seen: list[list[str]] = []
    real_insert_rows = repository.insert_rows

    def practice_triggers(session) -> list[str]:  # type: ignore[no-untyped-def]
        return sorted(
            session.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    " AND name LIKE 'search_practices_%_insert'"
                )
            ).scalars()
        )

    def insert_rows(session, prepared):  # type: ignore[no-untyped-def]
        if prepared.spec.key == "comparison":
            seen.append(practice_triggers(session))
        real_insert_rows(session, prepared)

    monkeypatch.setattr(repository, "insert_rows", insert_rows)

    def comparison(aspect: str, practice: str) -> dict[str, object]:
        return {
            "id": str(uuid.uuid4()),
            "aspect": aspect,
            "exchange": exchange,
            "practices": [{"organisation": fedasil.id, "description": practice}],
        }

    first = comparison("Booking interpreters", "By telephone")
    import_document(workspace, {"format": FORMAT, "version": VERSION, "comparisons": [first]})
    both = ["search_practices_after_insert", "search_practices_before_insert"]
    assert seen == [[]]
    with workspace.database.reading() as session:
        assert practice_triggers(session) == both
    assert [h.id for h in search(workspace, "telephone")] == [first["id"]]
    # With a comparison in place, its practices' triggers stay for the next import.
    second = comparison("Travel documents", "Laissez-passer")
    import_document(workspace, {"format": FORMAT, "version": VERSION, "comparisons": [second]})
    assert seen == [[], both]
    assert [h.id for h in search(workspace, "laissez")] == [second["id"]]
    # And a practice added in the window changes its comparison's entry again.
    stored = workspace.comparisons.get(str(first["id"]))
    practice = Practice(organisation=fedasil.id, description="By video call")
    workspace.comparisons.update(dataclasses.replace(stored, practices=(practice,)))
    assert [h.id for h in search(workspace, "video")] == [first["id"]]
    assert search(workspace, "telephone") == []
    _check_indexes(workspace)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_word_in_most_records_ranks_the_newest_and_filters_reach_older_ones(
    new_workspace: WorkspaceMaker, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = new_workspace(backend)
    monkeypatch.setattr(criteria, "BROAD", 3)
    exchange = _exchange(workspace)
    oldest = workspace.observations.create(
        Observation(exchange=exchange, kind=ObservationKind.LESSON, text="kestrel kestrel")
    )
    newer = [_note(workspace, exchange, f"kestrel {i}") for i in range(12)]
    assert len(search(workspace, "kestrel", limit=5)) == 5
    assert {h.id for h in search(workspace, "kestrel", limit=100)} == {
        oldest.id,
        *(n.id for n in newer),
    }
    hits = search(workspace, "kestrel", SearchFilters(kind="lesson"))
    assert [h.id for h in hits] == [oldest.id]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_common_words_find_records_holding_both_among_the_newest(
    new_workspace: WorkspaceMaker, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = new_workspace(backend)
    monkeypatch.setattr(criteria, "BROAD", 4)
    exchange = _exchange(workspace)
    # The best match of all is the oldest; the window ranks only the newest matches.
    best = _note(workspace, exchange, "kestrel falcon kestrel falcon")
    both = [best]
    for i in range(10):
        _note(workspace, exchange, f"kestrel alone {i} and a longer text to go with it")
        both.append(_note(workspace, exchange, f"kestrel and falcon {i} in a longer text"))
        _note(workspace, exchange, f"falcon alone {i} and a longer text to go with it")
    hits = search(workspace, "kestrel falcon", limit=3)
    assert len(hits) == 3
    assert {h.id for h in hits} <= {n.id for n in both[-4:]}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # Asked for more than the window holds, every record holding both is found.
    assert {h.id for h in search(workspace, "kestrel falcon", limit=100)} == {n.id for n in both}
    hits = search(workspace, "kestrel falcon", limit=100)
    assert hits[0].id == best.id


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_filtered_broad_search_returns_only_what_passes_up_to_the_limit(
    new_workspace: WorkspaceMaker, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = new_workspace(backend)
    monkeypatch.setattr(criteria, "BROAD", 4)
    exchange = _exchange(workspace)
    other = _exchange(workspace)
    ada = workspace.people.create(Person(name="Ada Lovelace"))
    # Few records pass the filters, all of them older than the newest matches.
    lessons = [
        workspace.observations.create(
            Observation(
                exchange=exchange,
                kind=ObservationKind.LESSON,
                text=f"kestrel lesson {i}",
                speaker=ada.id,
            )
        )
        for i in range(6)
    ]
    [_note(workspace, other, f"kestrel note {i}") for i in range(40)]

    for filters, passing in [
        (SearchFilters(kind="lesson"), lessons),
        (SearchFilters(speaker="ada lovelace"), lessons),
        (SearchFilters(exchange=exchange), lessons),
        (SearchFilters(exchange=exchange, kind="question"), []),
    ]:
        hits = search(workspace, "kestrel", filters, limit=5)
        assert len(hits) == min(5, len(passing)), filters
        assert {h.id for h in hits} <= {n.id for n in passing}, filters
        everything = search(workspace, "kestrel", filters, limit=50)
        assert {h.id for h in everything} == {n.id for n in passing}, filters
    hits = search(workspace, "kestrel", SearchFilters(exchange=other), limit=7)
    assert len(hits) == 7
    assert all(workspace.observations.get(h.id).exchange == other for h in hits)


@pytest.mark.parametrize("backend", BACKENDS)
def test_words_and_a_substring_of_a_script_without_spaces_find_records_with_both(
    new_workspace: WorkspaceMaker, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = new_workspace(backend)
    monkeypatch.setattr(criteria, "BROAD", 4)
    exchange = _exchange(workspace)
    both = [_note(workspace, exchange, f"kestrel 公安部出入境管理局 {i}") for i in range(3)]
    for i in range(12):
        _note(workspace, exchange, f"kestrel {i}")
        _note(workspace, exchange, f"出入境管理局 {i}")
    assert {h.id for h in search(workspace, "kestrel 出入境", limit=50)} == {n.id for n in both}
    assert {h.id for h in search(workspace, "kestrel 出入", limit=50)} == {n.id for n in both}


def test_a_broad_word_is_looked_up_in_one_statement(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The newest matches are found and ranked by the statement that ranks them: an index
    # read for a word in most records costs as much as ranking its newest matches.
    monkeypatch.setattr(criteria, "BROAD", 4)
    exchange = _exchange(workspace)
    notes = [_note(workspace, exchange, f"kestrel {i}") for i in range(20)]
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        hits = search(workspace, "kestrel", limit=3)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert {h.id for h in hits} <= {n.id for n in notes[-4:]}
    assert sum("MATCH" in s for s in statements) == 1


# -- migration -------------------------------------------------------------------------------


def test_the_migration_indexes_records_already_in_the_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o600)
    engine = make_engine(sqlite_url(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    old = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    exchange = old.exchanges.create(Exchange(title="Voyage d'étude"))
    note = _note(old, exchange.id, "公安部出入境管理局 et la réintégration")
    old.database.dispose()

    upgraded = Workspace(
        open_database(path, backup_dir=tmp_path), actor="new", clock=TickingClock()
    )
    assert [h.id for h in search(upgraded, "reintegration")] == [note.id]
    assert [h.id for h in search(upgraded, "出入境")] == [note.id]
    assert [h.id for h in search(upgraded, "etude")] == [exchange.id]
    _check_indexes(upgraded)
    upgraded.database.dispose()

    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        left = connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'"
        ).fetchall()
    assert left == []


# -- PostgreSQL's stored search data ---------------------------------------------------------


@pytest.fixture
def pg_workspace(new_workspace: WorkspaceMaker) -> Workspace:
    return new_workspace("postgresql")


def _check_stored(workspace: Workspace) -> None:
    """Every live record has exactly one entry, equal to one made afresh from its texts."""
    with workspace.database.reading() as session:
        differences = session.execute(
            text(
                "SELECT count(*) FROM (SELECT kind, record_id, search_vector(title, body, extra)"
                " AS document, CASE WHEN concat(title, ' ', body, ' ', extra) ~ :unspaced"
                " THEN coalesce(search_runs(search_text(title, body, extra)), '') END AS runs"
                " FROM search_pg_content) AS fresh FULL JOIN search_pg_documents d"
                " USING (kind, record_id) WHERE fresh.document IS DISTINCT FROM d.document"
                " OR fresh.runs IS DISTINCT FROM d.runs"
            ),
            {"unspaced": f"[{index.UNSPACED}]"},
        ).scalar()
        entries = session.execute(text("SELECT count(*) FROM search_pg_documents")).scalar()
        live = session.execute(text("SELECT count(*) FROM search_pg_content")).scalar()
    assert (differences, entries) == (0, live)


def test_postgres_stored_data_follows_every_kind_of_change(pg_workspace: Workspace) -> None:
    workspace = pg_workspace
    exchange = _exchange(workspace)
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    note = _note(workspace, exchange, "Réintégration à Bobigny 出入境管理局")
    _check_stored(workspace)
    note = workspace.observations.update(dataclasses.replace(note, text="Autre texte 公安部"))
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs",
            exchange=exchange,
            practices=(Practice(organisation=fedasil.id, description="Counsellors 合作伙伴"),),
        )
    )
    _check_stored(workspace)
    workspace.comparisons.update(
        dataclasses.replace(
            comparison,
            practices=(Practice(organisation=fedasil.id, description="Officials", strengths="x"),),
        )
    )
    _check_stored(workspace)
    workspace.exchanges.delete(exchange)
    _check_stored(workspace)
    workspace.exchanges.restore(exchange)
    _check_stored(workspace)
    workspace.observations.delete(note.id)
    workspace.empty_trash()
    _check_stored(workspace)
    assert search(workspace, "公安部") == []
    assert [h.id for h in search(workspace, "officials")] == [comparison.id]
    with workspace.database.writing() as session:
        index.rebuild(session)
    _check_stored(workspace)
    assert [h.id for h in search(workspace, "officials")] == [comparison.id]


def test_postgres_bulk_import_fills_the_stored_data_once_and_follows_replaced_practices(
    pg_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = pg_workspace
    exchange = _exchange(workspace)
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    calls: list[int] = []
    real = index.after_bulk_insert

    def counted(session, kinds=index.KINDS):  # type: ignore[no-untyped-def]
        calls.append(
            session.execute(
                text(
                    "SELECT count(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM"
                    " search_pg_documents d WHERE d.record_id = o.id)"
                )
            ).scalar()
        )
        return real(session, kinds)

    monkeypatch.setattr(index, "after_bulk_insert", counted)
    comparison = {
        "id": str(uuid.uuid4()),
        "aspect": "Booking interpreters",
        "exchange": exchange,
        "practices": [{"organisation": fedasil.id, "description": "By telephone"}],
    }
    document = {
        "format": FORMAT,
        "version": VERSION,
        "observations": [
            {"id": str(uuid.uuid4()), "exchange": exchange, "kind": "lesson", "text": f"Ibis {i}"}
            for i in range(50)
        ],
        "comparisons": [comparison],
    }
    missing: list[int] = []
    real_part = index.index_inserted

    def watched_part(session, kind, records):  # type: ignore[no-untyped-def]
        if kind == "observation":
            missing.append(
                session.execute(
                    text(
                        "SELECT count(*) FROM observations o WHERE NOT EXISTS (SELECT 1 FROM"
                        " search_pg_documents d WHERE d.record_id = o.id)"
                    )
                ).scalar()
            )
        return real_part(session, kind, records)

    monkeypatch.setattr(index, "index_inserted", watched_part)
    import_document(workspace, document)
    # The insert triggers stood aside: the part's entries were written after its rows, and
    # none was left for the end.
    assert missing == [50]
    assert calls == [0]
    assert len(search(workspace, "ibis", limit=100)) == 50
    assert [h.id for h in search(workspace, "telephone")] == [comparison["id"]]
    changed = dict(comparison, practices=[{"organisation": fedasil.id, "description": "Online"}])
    import_document(workspace, {"format": FORMAT, "version": VERSION, "comparisons": [changed]})
    assert search(workspace, "telephone") == []
    assert [h.id for h in search(workspace, "online")] == [comparison["id"]]
    _note(workspace, exchange, "Ibis after the import")  # the insert triggers are back
    assert len(search(workspace, "ibis", limit=100)) == 51
    _check_stored(workspace)


def _gin_indexes(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.database.reading() as session:
        return [
            (name, definition)
            for name, definition in session.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes"
                    " WHERE tablename = 'search_pg_documents' AND indexdef LIKE '%USING gin%'"
                    " ORDER BY indexname"
                )
            )
        ]


def _world(observations: list[dict[str, object]]) -> dict[str, object]:
    """A file of one exchange and its observations, each of their texts given."""
    exchange = str(uuid.uuid4())
    return {
        "format": FORMAT,
        "version": VERSION,
        "exchanges": [{"id": exchange, "title": "Étude à Tbilissi"}],
        "observations": [
            {"id": str(uuid.uuid4()), "exchange": exchange, "kind": "lesson", **o}
            for o in observations
        ],
    }


def test_a_postgres_import_into_a_new_database_is_found_at_once_by_folded_words(
    pg_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = pg_workspace
    monkeypatch.setattr(decoding.document, "PART", 10)  # the observations in several parts
    indexes = _gin_indexes(workspace)
    assert len(indexes) == 2  # words and trigrams
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = workspace.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    document = _world(
        [
            {"text": "La RÉINTÉGRATION des familles à Bobigny", "translation": "Counsellors"},
            {"text": "公安部出入境管理局 et l'Office", "translation": None},
            # Folded once per text rather than per call: the same entries all the same.
            {
                "text": "ﬁnal Ǆ ½ ΟΔΟΣ İstanbul e\u0301 x\u0323\u0301 ①—東京",
                "translation": "Å l'été (ok) a\u0301\u0323 ",
            },
            *({"text": f"Note numéro {i}"} for i in range(30)),
        ]
    )
    import_document(workspace, document)
    event.remove(engine, "before_cursor_execute", seen)
    observations = document["observations"]
    assert isinstance(observations, list)
    assert [h.id for h in search(workspace, "reintegration")] == [observations[0]["id"]]
    assert [h.id for h in search(workspace, "counsel")] == [observations[0]["id"]]
    assert [h.id for h in search(workspace, "出入境")] == [observations[1]["id"]]
    assert [h.id for h in search(workspace, "etude tbilissi")] == [
        document["exchanges"][0]["id"]  # type: ignore[index]
    ]
    assert len(search(workspace, "numero", limit=100)) == 30
    assert [h.id for h in search(workspace, "istanbul")] == [observations[2]["id"]]
    _check_stored(workspace)
    # The observations' entries in the order of their ids, as on SQLite: a broad search
    # ranks the newest.
    with workspace.database.reading() as session:
        imported = session.execute(
            text(
                "SELECT record_id FROM search_pg_documents WHERE kind = 'observation' ORDER BY doc"
            )
        ).scalars()
        assert list(imported) == sorted(str(o["id"]) for o in observations)
    # The search data was empty: its GIN indexes were made again from the whole, as before.
    assert any(s.startswith("DROP INDEX") for s in statements)
    assert _gin_indexes(workspace) == indexes

    # With search data there, they stay (dropping them would hold other users' searches).
    statements.clear()
    event.listen(engine, "before_cursor_execute", seen)
    import_document(workspace, _world([{"text": "Une autre réintégration"}]))
    event.remove(engine, "before_cursor_execute", seen)
    assert not any(s.startswith("DROP INDEX") for s in statements)
    assert len(search(workspace, "reintegration")) == 2
    _check_stored(workspace)


class _ServerGone(Exception):
    """Stands for a connection lost in the middle of an import."""


def test_a_postgres_import_that_fails_halfway_leaves_no_search_entries(
    pg_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = pg_workspace
    monkeypatch.setattr(decoding.document, "PART", 10)
    indexes = _gin_indexes(workspace)
    written: list[int] = []
    real_part = index.index_inserted

    def failing_third(session, kind, records):  # type: ignore[no-untyped-def]
        done = real_part(session, kind, records)
        if kind != "observation":
            return done
        written.append(session.execute(text("SELECT count(*) FROM search_pg_documents")).scalar())
        if len(written) == 3:
            raise _ServerGone
        return done

    monkeypatch.setattr(index, "index_inserted", failing_third)
    document = _world([{"text": f"Réintégration {i}"} for i in range(50)])

    with pytest.raises(_ServerGone):
        import_document(workspace, document)

    assert written == [10, 20, 30]  # entries were written part by part, then rolled back
    with workspace.database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM search_pg_documents")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM observations")).scalar() == 0
    assert _gin_indexes(workspace) == indexes
    assert search(workspace, "reintegration") == []

    monkeypatch.setattr(index, "index_inserted", real_part)
    import_document(workspace, document)
    assert len(search(workspace, "reintegration", limit=100)) == 50
    _check_stored(workspace)


def test_the_postgres_migration_stores_records_already_in_the_database() -> None:
    with postgres_schema() as url:
        engine = make_engine(url)
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
        old = Workspace(open_database(url, upgrade=False), actor="old", clock=TickingClock())
        exchange = old.exchanges.create(Exchange(title="Voyage d'étude"))
        note = _note(old, exchange.id, "公安部出入境管理局 et la réintégration")
        old.database.dispose()

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        upgraded = Workspace(open_database(url), actor="new", clock=TickingClock())
        assert [h.id for h in search(upgraded, "reintegration")] == [note.id]
        assert [h.id for h in search(upgraded, "出入境")] == [note.id]
        assert [h.id for h in search(upgraded, "etude")] == [exchange.id]
        _check_stored(upgraded)
        upgraded.database.dispose()

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
            left = connection.execute(
                text(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = current_schema() AND c.relname LIKE 'search\\_pg\\_%'"
                )
            ).scalar()
            functions = connection.execute(
                text(
                    "SELECT count(*) FROM pg_proc WHERE proname LIKE 'search\\_pg\\_%'"
                    " AND pronamespace = current_schema()::regnamespace"
                )
            ).scalar()
            old_indexes = connection.execute(
                text(
                    "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                    " AND indexname LIKE 'search\\_%\\_words'"
                )
            ).scalar()
        engine.dispose()
    assert (left, functions, old_indexes) == (0, 0, 6)


# -- command line ----------------------------------------------------------------------------


def test_the_command_line_prints_one_line_per_hit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    workspace = Workspace(open_database(path), actor="tester", clock=TickingClock())
    exchange = _exchange(workspace)
    note = _note(workspace, exchange, "Le retour\nvolontaire et la réintégration")
    workspace.database.dispose()

    assert main(["--db", str(path), "search", "reintegration", "--kind", "observation"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"observation\t{note.id}\tobservation\tLe retour volontaire et la [réintégration]"
    ]

    assert main(["--db", str(path), "search", 'NEAR( "']) == 0
    assert capsys.readouterr().out == ""

    assert main(["--db", str(path), "search", "x", "--since", "yesterday"]) == 2
    assert "--since" in capsys.readouterr().err
