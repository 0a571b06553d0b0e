"""PostgreSQL's trigram index holds only the runs of scripts without spaces (migration 0008),
and substring searches find exactly what the whole folded text gave them.

A substring term is one token holding such a character, and its fold holds no space but for
a few letters (Arabic presentation forms, U+037A), which are looked for in the whole text.
"""

from __future__ import annotations

import dataclasses
import importlib
import random
import unicodedata
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, text

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import (
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Practice,
)
from counsellor_app.services import decoding
from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.services.search import search
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import migrate
from counsellor_app.storage import search as index
from counsellor_app.storage.database import make_engine
from counsellor_app.storage.open import open_database
from counsellor_app.storage.search.postgres import RUN_SEPARATORS
from tests.workspaces import TickingClock, WorkspaceMaker, postgres_schema

runs_migration = importlib.import_module(
    "counsellor_app.storage.migrations.versions.0008_pg_trigram_runs_only"
)

# Awkward texts: scripts side by side without spaces, combining marks, full-width and
# half-width forms, compatibility characters that fold into such a script (㈠ → (一),
# ㌀ → アパート) or into a space (ﹰ, ͺ), characters beyond the basic plane, tabs and other
# spaces, punctuation of every kind.
TEXTS = {
    "office": "Visit to the 出入境office in Athens, 12 May",
    "bureau": "Réunion au 公安部出入境管理局, 2024年3月5日; 出入境 again",
    "japanese": "帰国後の生活支援について話した。Fedasil と協力しています",
    "marks": "e\u0301te\u0301 出入\u0301境 ka\u3099 が ガ ｶﾞ",
    "wide": "ＡＢＣ出入境ＤＥＦ and ｶﾀｶﾅ, ＡＢＣ",
    "compat": "㈠ ㌀ ㊀号 ①東京",
    "presentation": "出ﹰ入 and ͺ境",
    "planes": "𠀁𠀂𠀃 and 🎉出入境🎉 𪚥",
    "spaces": "合作\t伙伴\n出入境\u3000管理\u00a0局\u2028区\u1680域",
    "punctuation": "出入境-office/管理局(2024)「合作」：伙伴…",
    "thai": "การกลับบ้าน ครั้งที่สอง, with the counsellor",
    "korean": "귀국 상담사 교육 (second day)",
    "latin": "Office visit in Athens, 2024, nothing else",
}
TRANSLATIONS = {"office": "回国咨询服务_中心 and more", "latin": "出入境 in a translation"}


def _crosses_runs(term: str) -> bool:
    """The term's fold holds a separator of runs (a space, from a letter's decomposition)."""
    return not RUN_SEPARATORS.isdisjoint(unicodedata.normalize("NFKD", term))


def _unspaced() -> str:
    return f"[{index.UNSPACED}]"


def _expected(connection: Connection, term: str) -> set[tuple[str, str]]:
    """(kind, id) of the live records whose whole folded text holds ``term`` folded: what the
    stored folded text (migration 0004) answered."""
    return {
        (kind, record)
        for kind, record in connection.execute(
            text(
                "SELECT kind, record_id FROM search_pg_content"
                " WHERE concat(title, ' ', body, ' ', extra) ~ :unspaced"
                " AND search_text(title, body, extra) LIKE '%' || search_fold(:term) || '%'"
            ),
            {"unspaced": _unspaced(), "term": term},
        )
    }


def _terms(values: Iterator[str], rng: random.Random, per_text: int = 40) -> list[str]:
    """Substring terms taken from the texts: pieces of their tokens of two, three and more
    characters, as a user would type them."""
    terms: set[str] = set()
    for value in values:
        for token in index.TOKEN.findall(value):
            for _ in range(per_text):
                start = rng.randrange(len(token))
                end = rng.randrange(start + 1, len(token) + 1)
                terms.update(index.parse_query(token[start:end]).substrings)
    return sorted(terms)


def _fill(workspace: Workspace) -> dict[str, str]:
    exchange = workspace.exchanges.create(Exchange(title="出入境 exchange 合作")).id
    ids = {
        name: workspace.observations.create(
            Observation(
                exchange=exchange,
                kind=ObservationKind.OBSERVATION,
                text=words,
                translation=TRANSLATIONS.get(name),
            )
        ).id
        for name, words in TEXTS.items()
    }
    fedasil = workspace.organisations.create(Organisation(name="Fedasil 管理局"))
    ids["comparison"] = workspace.comparisons.create(
        Comparison(
            aspect="Who informs 合作",
            exchange=exchange,
            practices=(
                Practice(organisation=fedasil.id, description="Working with 合作伙伴office"),
            ),
        )
    ).id
    return ids


def _check_stored(workspace: Workspace) -> None:
    """Every live record's runs are those made afresh from its text, and NULL exactly for
    those without a script without spaces."""
    with workspace.database.reading() as session:
        differences = session.execute(
            text(
                "SELECT count(*) FROM (SELECT kind, record_id, CASE WHEN"
                " concat(title, ' ', body, ' ', extra) ~ :unspaced"
                " THEN coalesce(search_runs(search_text(title, body, extra)), '') END AS runs"
                " FROM search_pg_content) AS fresh FULL JOIN search_pg_documents d"
                " USING (kind, record_id) WHERE fresh.runs IS DISTINCT FROM d.runs"
            ),
            {"unspaced": _unspaced()},
        ).scalar()
    assert differences == 0


def _same_as_whole_text(workspace: Workspace, terms: list[str]) -> int:
    """Each term finds through ``search()`` what the whole folded texts gave; returns how many
    terms found something."""
    found_any = 0
    with workspace.database.engine.connect() as connection:
        for term in terms:
            expected = _expected(connection, term)
            hits = {(h.kind, h.id) for h in search(workspace, term, limit=100)}
            assert hits == expected, term
            found_any += bool(expected)
    return found_any


@pytest.fixture
def pg_workspace(new_workspace: WorkspaceMaker) -> Workspace:
    return new_workspace("postgresql")


def test_runs_are_the_pieces_of_the_folded_text_holding_such_a_script(
    pg_workspace: Workspace,
) -> None:
    cases = {
        "Visit to the 出入境office in Athens, 2024年3月": "出入境office 2024年3月",
        "การกลับบ้าน ครั้งที่สอง, with": "การกลับบ้าน ครั้งที่สอง",
        "回国_中心 a_b": "回国 中心",  # the underscore is punctuation to the fold
        "ＡＢＣ出入境 ｶﾞ": "abc出入境 カ\u3099",
        "合作\t伙伴\u3000管理局\u2028区": "合作 伙伴 管理局 区",
        "Réintégration à Bobigny": None,
        "": None,
    }
    with pg_workspace.database.reading() as session:
        for value, runs in cases.items():
            got = session.execute(
                text("SELECT search_runs(search_fold(:v))"), {"v": value}
            ).scalar()
            assert got == runs, value


def test_substrings_find_what_the_whole_folded_text_found(pg_workspace: Workspace) -> None:
    workspace = pg_workspace
    _fill(workspace)
    _check_stored(workspace)
    rng = random.Random(22)
    values = [*TEXTS.values(), *TRANSLATIONS.values(), "出入境 exchange 合作", "合作伙伴office"]
    terms = _terms(iter(values), rng)
    terms += ["出ﹰ入", "ͺ境", "一", "アパ", "ｶﾞ", "カ\u3099", "𠀂𠀃", "出入境", "合作", "境"]
    assert any(_crosses_runs(term) for term in terms)
    assert _same_as_whole_text(workspace, terms) > 50
    # The index holds a fraction of the text: only the runs.
    with workspace.database.reading() as session:
        whole, runs = session.execute(
            text(
                "SELECT sum(length(search_text(c.title, c.body, c.extra))), sum(length(d.runs))"
                " FROM search_pg_documents d JOIN search_pg_content c USING (kind, record_id)"
                " WHERE d.runs IS NOT NULL"
            )
        ).one()
    assert runs < whole / 2


def test_a_term_whose_fold_holds_a_space_is_looked_for_across_runs(
    pg_workspace: Workspace,
) -> None:
    workspace = pg_workspace
    exchange = workspace.exchanges.create(Exchange(title="Exchange")).id
    across = workspace.observations.create(
        Observation(exchange=exchange, kind=ObservationKind.OBSERVATION, text="出ﹰ入 again")
    )
    # Its runs are 出 and \u064b入 with a word between them: the fold of the term (出 \u064b入)
    # is found only in the whole text, and not where something stood between the two.
    workspace.observations.create(
        Observation(exchange=exchange, kind=ObservationKind.OBSERVATION, text="出 abc ﹰ入")
    )
    assert [h.id for h in search(workspace, "出ﹰ入")] == [across.id]


def test_edits_trash_and_restore_keep_the_runs_in_step(pg_workspace: Workspace) -> None:
    workspace = pg_workspace
    ids = _fill(workspace)
    note = workspace.observations.get(ids["office"])
    note = workspace.observations.update(dataclasses.replace(note, text="Now at the 管理局desk"))
    assert {h.id for h in search(workspace, "局desk")} == {note.id}
    assert note.id not in {h.id for h in search(workspace, "出入境", limit=100)}
    _check_stored(workspace)
    workspace.observations.update(
        dataclasses.replace(note, text="Only Latin now", translation=None)
    )
    assert note.id not in {h.id for h in search(workspace, "管理局", limit=100)}
    assert note.id not in {h.id for h in search(workspace, "中心", limit=100)}
    _check_stored(workspace)
    workspace.observations.delete(ids["bureau"])
    assert ids["bureau"] not in {h.id for h in search(workspace, "公安部")}
    _check_stored(workspace)
    workspace.observations.restore(ids["bureau"])
    assert {h.id for h in search(workspace, "公安部")} == {ids["bureau"]}
    _check_stored(workspace)
    comparison = workspace.comparisons.get(ids["comparison"])
    workspace.comparisons.update(
        dataclasses.replace(
            comparison,
            practices=(dataclasses.replace(comparison.practices[0], strengths="新的伙伴"),),
        )
    )
    assert {h.id for h in search(workspace, "新的伙伴")} == {ids["comparison"]}
    assert {h.id for h in search(workspace, "的伙")} == {ids["comparison"]}
    _check_stored(workspace)
    workspace.observations.delete(ids["japanese"])
    workspace.empty_trash()
    assert search(workspace, "生活支援") == []
    _check_stored(workspace)
    rng = random.Random(7)
    _same_as_whole_text(workspace, _terms(iter(TEXTS.values()), rng, per_text=10))


def _document() -> dict[str, object]:
    exchange = str(uuid.uuid4())
    organisation = str(uuid.uuid4())
    return {
        "format": FORMAT,
        "version": VERSION,
        "exchanges": [{"id": exchange, "title": "出入境 study visit"}],
        "organisations": [{"id": organisation, "name": "公安部出入境管理局"}],
        "observations": [
            {
                "id": str(uuid.uuid4()),
                "exchange": exchange,
                "kind": "observation",
                "text": words,
                **({"translation": TRANSLATIONS[name]} if name in TRANSLATIONS else {}),
            }
            for name, words in TEXTS.items()
        ],
        "comparisons": [
            {
                "id": str(uuid.uuid4()),
                "aspect": "合作 between services",
                "exchange": exchange,
                "practices": [{"organisation": organisation, "description": "合作伙伴office"}],
            }
        ],
    }


def test_an_import_writes_the_runs_the_triggers_would(pg_workspace: Workspace) -> None:
    workspace = pg_workspace
    document = _document()
    import_document(workspace, document)
    _check_stored(workspace)
    observations = document["observations"]
    assert isinstance(observations, list)
    by_name = dict(zip(TEXTS, (o["id"] for o in observations), strict=True))
    # Two, three and many characters, in bodies, translations, titles and names.
    assert {h.id for h in search(workspace, "管理")} >= {by_name["bureau"]}
    assert {h.id for h in search(workspace, "公安部")} == {by_name["bureau"]} | {
        document["organisations"][0]["id"]  # type: ignore[index]
    }
    assert {h.id for h in search(workspace, "回国咨询服务")} == {by_name["office"]}
    assert {h.kind for h in search(workspace, "出入境", limit=100)} == {
        "observation",
        "exchange",
        "organisation",
    }
    assert {h.kind for h in search(workspace, "合作伙")} == {"comparison"}
    rng = random.Random(3)
    values = [*TEXTS.values(), *TRANSLATIONS.values()]
    assert _same_as_whole_text(workspace, _terms(iter(values), rng, per_text=15)) > 30


class _ServerGone(Exception):
    """Stands for a connection lost in the middle of an import."""


def test_an_import_failing_halfway_leaves_no_runs_behind(
    pg_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = pg_workspace
    monkeypatch.setattr(decoding.document, "PART", 4)
    real_part = index.index_inserted
    written: list[int] = []

    def failing_third(session, kind, records):  # type: ignore[no-untyped-def]
        done = real_part(session, kind, records)
        if kind == "observation":
            written.append(
                session.execute(
                    text("SELECT count(*) FROM search_pg_documents WHERE runs IS NOT NULL")
                ).scalar()
            )
            if len(written) == 3:
                raise _ServerGone
        return done

    monkeypatch.setattr(index, "index_inserted", failing_third)
    document = _document()
    with pytest.raises(_ServerGone):
        import_document(workspace, document)
    assert written[-1] > 0  # runs were written part by part, then rolled back
    with workspace.database.reading() as session:
        assert session.execute(text("SELECT count(*) FROM search_pg_documents")).scalar() == 0
    assert search(workspace, "出入境") == []

    monkeypatch.setattr(index, "index_inserted", real_part)
    import_document(workspace, document)
    _check_stored(workspace)
    assert len(search(workspace, "出入境", limit=100)) > 5


def _stored_folded(url: str, terms: list[str]) -> dict[str, set[tuple[str, str]]]:
    """What each term found before migration 0008: ``LIKE`` on the stored folded text."""
    engine = make_engine(url)
    with engine.connect() as connection:
        found = {
            term: {
                (kind, record)
                for kind, record in connection.execute(
                    text(
                        "SELECT kind, record_id FROM search_pg_documents"
                        " WHERE folded LIKE '%' || search_fold(:term) || '%'"
                    ),
                    {"term": term},
                )
            }
            for term in terms
        }
    engine.dispose()
    return found


def test_the_migration_keeps_only_the_runs_and_finds_what_was_there() -> None:
    with postgres_schema() as url:
        engine = make_engine(url)
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0007")
        old = Workspace(open_database(url, upgrade=False), actor="old", clock=TickingClock())
        _fill(old)
        old.database.dispose()
        rng = random.Random(5)
        values = [*TEXTS.values(), *TRANSLATIONS.values()]
        terms = [*_terms(iter(values), rng, per_text=10), "出ﹰ入", "一", "アパ", "公安部"]
        before = _stored_folded(url, terms)
        assert sum(bool(found) for found in before.values()) > 30

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0008")
        upgraded = Workspace(open_database(url), actor="new", clock=TickingClock())
        after = {
            term: {(h.kind, h.id) for h in search(upgraded, term, limit=100)} for term in terms
        }
        assert after == before
        _check_stored(upgraded)
        # Written afterwards by the functions the migration made again.
        upgraded.observations.create(
            Observation(
                exchange=upgraded.exchanges.all()[0].id,
                kind=ObservationKind.OBSERVATION,
                text="后来的出入境",
            )
        )
        _check_stored(upgraded)
        upgraded.database.dispose()

        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
            stale = connection.execute(
                text(
                    "SELECT count(*) FROM search_pg_documents d FULL JOIN (SELECT kind,"
                    " record_id, CASE WHEN concat(title, ' ', body, ' ', extra) ~ :unspaced"
                    " THEN search_text(title, body, extra) END AS folded FROM search_pg_content)"
                    " AS fresh USING (kind, record_id) WHERE fresh.folded IS DISTINCT FROM d.folded"
                ),
                {"unspaced": _unspaced()},
            ).scalar()
            functions = connection.execute(
                text(
                    "SELECT count(*) FROM pg_proc WHERE proname = 'search_runs'"
                    " AND pronamespace = current_schema()::regnamespace"
                )
            ).scalar()
        assert (stale, functions) == (0, 0)
        back = Workspace(open_database(url, upgrade=False), actor="old", clock=TickingClock())
        back.observations.create(
            Observation(
                exchange=back.exchanges.all()[0].id,
                kind=ObservationKind.OBSERVATION,
                text="Réunion 公安部",
            )
        )
        back.database.dispose()
        again = _stored_folded(url, terms)
        engine.dispose()
    # Two records were added since (后来的出入境, Réunion 公安部), by the functions of each
    # revision: found, as well as everything found before.
    assert all(again[term] >= found for term, found in before.items())
    assert len(again["公安部"]) == len(before["公安部"]) + 1


@pytest.fixture
def connection(postgres_schema_url: str) -> Iterator[Connection]:
    database = open_database(postgres_schema_url)
    with database.engine.connect() as connection:
        yield connection
    database.dispose()


ALPHABET = (
    "ab Z_1,.-'出入境한국ไทย\u0e31\u0301Ωé\u3099・ー\u0f7c\u0f40\u00a0\u3000\U00020001"
    "ＡｶﾞﹰͺΣ㈠\t\n\u2028İß"
)


def _inside_one_run(connection: Connection, value: str, seed: int) -> None:
    """Every substring term taken from ``value`` is found in its runs exactly when it is found
    in its whole folded text (but for a term whose fold holds a space)."""
    rng = random.Random(seed)
    for term in _terms(iter([value]), rng, per_text=6):
        whole, runs = connection.execute(
            text(
                "SELECT search_fold(:v) LIKE '%' || search_fold(:t) || '%',"
                " coalesce(search_runs(search_fold(:v)), '') LIKE '%' || search_fold(:t) || '%'"
            ),
            {"v": value, "t": term},
        ).one()
        if not _crosses_runs(term):
            assert whole == runs, (value, term)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(alphabet=ALPHABET, min_size=1, max_size=24), seed=st.integers(0, 1000))
def test_any_substring_term_lies_inside_one_run(
    connection: Connection, value: str, seed: int
) -> None:
    _inside_one_run(connection, value, seed)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    value=st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
        min_size=1,
        max_size=40,
    ),
    seed=st.integers(0, 1000),
)
def test_any_substring_term_of_any_text_lies_inside_one_run(
    connection: Connection, value: str, seed: int
) -> None:
    _inside_one_run(connection, value, seed)
