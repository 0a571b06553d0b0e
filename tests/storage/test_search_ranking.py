"""SQLite's search ranks as FTS5's ``bm25()`` does in one statement, whatever it computes
apart: words with substrings of a script without spaces, broad words for one person."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, text

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import (
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Person,
    Practice,
    Theme,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import search as index
from counsellor_app.storage.search import Criteria, Found, bm25, criteria, parse_query
from counsellor_app.storage.search import sqlite as sqlite_search

WORDS = [
    *("kestrel", "kestrels", "falcon", "harbour", "return", "returning", "partner"),
    *("réintégration", "Reintegration", "l'office", "don't", "ΠΡΌΣΦΥΓΕΣ", "πρόσφυγες"),
    *("беженцы", "العودة", "Ærø", "straße"),
]
SUBSTRINGS = ["出入境", "管理局", "合作社", "カウンセラー", "面談室"]
FILLER = ["the", "office", "met", "again", "with", "notes", "on", "trust", "a", "visit", "who"]


@pytest.fixture
def world(sqlite_workspace: Workspace) -> Workspace:
    """Records of every kind holding the words and substrings in titles, bodies and
    translations, once or several times, in texts of many lengths; a few in the trash."""
    workspace = sqlite_workspace
    chance = random.Random(21)
    bureau = workspace.organisations.create(Organisation(name="出入境管理局 partner"))
    workspace.organisations.create(Organisation(name="Harbour", full_name="面談室 harbour office"))
    exchange = workspace.exchanges.create(
        Exchange(title="Kestrel 出入境 exchange", summary="partner 合作社", organisations=())
    )
    ada = workspace.people.create(Person(name="Ada Kestrel", organisation=bureau.id))
    lin = workspace.people.create(Person(name="林 出入境 falcon"))
    # Whose few records are all older than the newest matches of most words.
    wren = workspace.people.create(Person(name="Wren Rare"))
    trust = workspace.themes.create(Theme(name="Trust"))
    workspace.comparisons.create(
        Comparison(
            aspect="出入境 kestrel aspect",
            summary="falcon 管理局 falcon",
            practices=(Practice(organisation=bureau.id, description="kestrel 出入境管理局出入境"),),
        )
    )

    def prose(words: int) -> str:
        picked = []
        for _ in range(words):
            roll = chance.random()
            if roll < 0.08:
                picked.append(chance.choice(WORDS))
            elif roll < 0.16:
                # Substrings inside longer runs, twice in one run at times.
                picked.append("公安部" + chance.choice(SUBSTRINGS) * chance.choice([1, 1, 2]))
            else:
                picked.append(chance.choice(FILLER))
        return " ".join(picked)

    start = datetime(2016, 1, 1, tzinfo=UTC)
    notes = []
    for i in range(90):
        notes.append(
            workspace.observations.create(
                Observation(
                    exchange=exchange.id,
                    kind=chance.choice([ObservationKind.OBSERVATION, ObservationKind.LESSON]),
                    text=prose(chance.randint(3, 40)),
                    translation=prose(chance.randint(2, 12)) if chance.random() < 0.4 else None,
                    speaker=wren.id if i < 8 else chance.choice([ada.id, lin.id, None]),
                    recorded_at=start + timedelta(days=9 * i),
                    themes=(trust.id,) if chance.random() < 0.3 else (),
                )
            )
        )
    for note in notes[5:80:9]:
        workspace.observations.delete(note.id)
    return workspace


def _found(workspace: Workspace, query: str, filters: Criteria, limit: int) -> list[Found]:
    with workspace.database.reading() as session:
        return index.find(session, parse_query(query), filters, limit)


def _every_match_ranked(workspace: Workspace, query: str, limit: int) -> list[Found]:
    """The straightforward statement: every record matching both indexes, ranked by the
    sum of their ``bm25()``."""
    parsed = parse_query(query)
    sql = (
        "WITH t(doc, score) AS MATERIALIZED (SELECT rowid, bm25(search_trigram, 4.0, 1.0, 0.8)"
        " FROM search_trigram WHERE search_trigram MATCH :t),"
        " w(doc, score) AS MATERIALIZED (SELECT rowid, bm25(search_words, 4.0, 1.0, 0.8)"
        " FROM search_words WHERE search_words MATCH :w)"
        " SELECT d.kind, d.record_id, -(w.score + t.score) FROM w JOIN t ON t.doc = w.doc"
        " JOIN search_documents d ON d.doc = w.doc"
    )
    params = {
        "w": index.fts5_words(parsed.words),
        "t": index.fts5_substrings(parsed.substrings),
    }
    with workspace.database.reading() as session:
        rows = [Found(*row) for row in session.execute(text(sql), params)]
    return sorted(rows, key=lambda hit: (-hit.score, hit.kind, hit.id))[:limit]


QUERIES = [
    "kestrel 出入境",
    "kest 管理局",
    "falcon 出入境 管理局",
    "return 合作社",
    "partner カウンセラー",
    "harbour 面談室",
    "retu 出入境 kestrel",
]


@pytest.mark.parametrize("limit", [1, 5, 50])
def test_words_and_substrings_rank_as_both_indexes_bm25(world: Workspace, limit: int) -> None:
    for query in QUERIES:
        expected = _every_match_ranked(world, query, limit)
        assert expected, query
        # Scores equal to the last bit, and so the order.
        assert _found(world, query, Criteria(), limit) == expected, query


WORD_QUERIES = [
    *("kestrel", "return", "kest", "falcon harbour", "kestrel kestrel", "reintegration"),
    *("don't", "l'off", "προσφυγ", "Беженцы", "العودة", "aero", "strasse", "straß"),
]


def _filters(world: Workspace) -> list[Criteria]:
    return [
        Criteria(),
        Criteria(kind="lesson"),
        Criteria(speaker="ada kestrel"),
        Criteria(speaker="林 出入境 falcon"),
        Criteria(speaker="wren rare"),
        Criteria(speaker="wren rare", kind="lesson"),
        Criteria(organisation="出入境管理局 partner"),
        Criteria(theme="Trust", since=date(2017, 6, 1)),
        Criteria(until=date(2017, 1, 1)),
        Criteria(kind="question"),
    ]


def test_one_persons_words_rank_as_the_word_index_ranks_them(
    world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = [
        (query, filters, limit, window)
        for query in WORD_QUERIES
        for filters in _filters(world)
        for limit in (2, 10)
        for window in (3, 8, criteria.BROAD)
    ]

    def found() -> list[list[Found]]:
        out = []
        for query, filters, limit, window in cases:
            with monkeypatch.context() as patch:
                patch.setattr(criteria, "BROAD", window)
                out.append(_found(world, query, filters, limit))
        return out

    now = found()
    with monkeypatch.context() as patch:
        # The filters first, the words ranked by FTS5.
        patch.setattr(sqlite_search, "_among_few_passing", lambda *args: None)
        before = found()
    for case, hits, expected in zip(cases, now, before, strict=True):
        assert hits == expected, case
    assert sum(bool(hits) for hits in now) > len(cases) // 4


def _as_in_one_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search as it ranks without computing anything apart: both indexes' ``bm25()``
    in SQL, and the newest matches ranked before the filters are asked."""
    monkeypatch.setattr(sqlite_search, "unbordered", lambda value: False)
    monkeypatch.setattr(sqlite_search, "_few_pass_among_newest", lambda *args: False)


@pytest.mark.parametrize("window", [3, 8, 40, criteria.BROAD])
def test_filters_and_windows_give_the_hits_of_the_search_in_one_statement(
    world: Workspace, window: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(criteria, "BROAD", window)
    queries = [*QUERIES, *WORD_QUERIES, "出入境", "kestrel 出入"]
    cases = [(q, f, limit) for q in queries for f in _filters(world) for limit in (2, 10)]
    now = [_found(world, q, f, limit) for q, f, limit in cases]
    with monkeypatch.context() as patch:
        _as_in_one_statement(patch)
        before = [_found(world, q, f, limit) for q, f, limit in cases]
    for case, hits, expected in zip(cases, now, before, strict=True):
        assert hits == expected, case
    assert any(now) and not all(now)


def test_the_ranking_follows_edits_trash_and_restores(
    world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = ["kestrel 出入境", "falcon 管理局", "return 合作社", "kestrel"]

    def same_as_in_one_statement() -> None:
        for window in (8, criteria.BROAD):
            with monkeypatch.context() as patch:
                patch.setattr(criteria, "BROAD", window)
                for query in queries:
                    for filters in _filters(world):
                        hits = _found(world, query, filters, 5)
                        with monkeypatch.context() as inner:
                            _as_in_one_statement(inner)
                            expected = _found(world, query, filters, 5)
                        assert hits == expected, (window, query, filters)
        ranked = _found(world, "kestrel 出入境", Criteria(), 50)
        assert ranked == _every_match_ranked(world, "kestrel 出入境", 50)

    ranked = _found(world, "kestrel 出入境", Criteria(), 50)
    best = next(h for h in ranked if h.kind == "observation")
    note = world.observations.get(best.id)
    # The best hit loses its substring, another gains it many times over.
    world.observations.update(dataclasses.replace(note, text="kestrel only"))
    assert best.id not in {h.id for h in _found(world, "kestrel 出入境", Criteria(), 50)}
    same_as_in_one_statement()
    other = [h for h in _found(world, "kestrel", Criteria(), 50) if h.kind == "observation"][-1]
    stored = world.observations.get(other.id)
    world.observations.update(
        dataclasses.replace(stored, text="kestrel 出入境出入境 " + "出入境 " * 6)
    )
    assert other.id in {h.id for h in _found(world, "kestrel 出入境", Criteria(), 50)}
    same_as_in_one_statement()
    world.observations.delete(other.id)
    assert other.id not in {h.id for h in _found(world, "kestrel 出入境", Criteria(), 50)}
    same_as_in_one_statement()
    world.observations.restore(other.id)
    assert other.id in {h.id for h in _found(world, "kestrel 出入境", Criteria(), 50)}
    same_as_in_one_statement()


def test_substrings_computed_apart_are_those_without_case_or_overlap() -> None:
    assert sqlite_search.caseless("出入境") and sqlite_search.caseless("カウンセラー")
    assert not sqlite_search.caseless("出入境Office") and not sqlite_search.caseless("Ωμέγα的")
    assert sqlite_search.unbordered("出入境") and sqlite_search.unbordered("出入境管理")
    assert not sqlite_search.unbordered("哈哈哈") and not sqlite_search.unbordered("公安公")
    assert not sqlite_search.unbordered("出入出入") and not sqlite_search.unbordered("出入境出")


def test_one_persons_broad_word_skips_ranking_the_newest_matches_of_everyone(
    world: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(criteria, "BROAD", 3)
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = world.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        hits = _found(world, "kestrel", Criteria(speaker="wren rare"), 50)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert hits
    # Neither the newest matches of everyone nor FTS5's weighing of every match: the
    # person's records' words are read apart.
    assert not [s for s in statements if "bm25(" in s]
    assert any("search_scratch" in s for s in statements)


def test_the_trigram_index_weighs_only_what_it_must(world: Workspace) -> None:
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = world.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert _found(world, "kestrel 出入境", Criteria(), 5)
        apart = list(statements)
        statements.clear()
        # A substring with a case, or one that may overlap itself, is weighed by FTS5.
        _found(world, "kestrel 出入境Office 哈哈哈", Criteria(), 5)
        in_sql = list(statements)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert not any("bm25(search_trigram" in s for s in apart)
    assert any("bm25(search_trigram" in s for s in in_sql)


def test_the_scratch_tables_read_words_with_the_word_indexs_tokenizer(world: Workspace) -> None:
    with world.database.reading() as session:
        made = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'search_words'")
        ).scalar_one()
    assert f"tokenize='{bm25.WORD_TOKENIZER}'" in made
