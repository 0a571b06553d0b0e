"""The trigram index holds only the runs of scripts without spaces, and finds all it found.

A substring term is one token holding such a character; wherever it occurs in a text it lies
inside one run, so the index answers every substring query as when it held whole texts. The
records below put such runs against Latin letters, digits and punctuation with no space.
"""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.records import (
    Comparison,
    Exchange,
    Observation,
    Organisation,
    Practice,
)
from counsellor_app.services import backups
from counsellor_app.services.interchange import import_document
from counsellor_app.services.search import search
from counsellor_app.services.session import open_workspace
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import migrate
from counsellor_app.storage import search as index
from counsellor_app.storage.open import open_database
from counsellor_app.storage.unspaced_scripts import HAS_UNSPACED, TOKEN, unspaced_runs
from tests.builders import rich_document
from tests.migrations import migrate_file
from tests.workspaces import TickingClock

# name: (text, translation) of an observation
TEXTS = {
    "office": ("Visit to the 出入境office in Athens, 12 May", None),
    "bureau": ("Réunion au 公安部出入境管理局, 2024年3月5日; 出入境 again", None),
    "japanese": ("帰国後の生活支援について話した。Fedasil と協力しています", None),
    "thai": ("การกลับบ้าน ครั้งที่สอง, with the counsellor", None),
    "korean": ("귀국 상담사 교육 (second day)", None),
    "translated": ("Plain words only", "回国咨询服务_中心 and more"),
    "latin": ("Office visit in Athens, 2024, nothing else", None),
}
# query: names of the observations it finds, and whether the comparison is found too
QUERIES = {
    "出入境": ({"office", "bureau"}, False),
    "出入境office": ({"office"}, False),
    "境of": ({"office"}, False),
    "入境": ({"office", "bureau"}, False),
    "境": ({"office", "bureau"}, False),
    "office 出入境": (set(), False),  # "office" is no word of "出入境office"
    "Athens 出入境office": ({"office"}, False),
    "管理局": ({"bureau"}, False),
    "2024年3": ({"bureau"}, False),
    "年3月": ({"bureau"}, False),
    "4年": ({"bureau"}, False),
    "生活支援": ({"japanese"}, False),
    "協力": ({"japanese"}, False),
    "Fedasil 協力": ({"japanese"}, False),
    "กลับบ้าน": ({"thai"}, False),
    "상담사": ({"korean"}, False),
    "상담": ({"korean"}, False),
    "回国咨询": ({"translated"}, False),
    "中心": ({"translated"}, False),
    "合作伙伴": (set(), True),
    "伙伴office": (set(), True),
    "伙伴": (set(), True),
    "出入境 管理局": ({"bureau"}, False),
    "出入境 Athens": ({"office"}, False),
    "境office Athens": ({"office"}, False),
    "出入境办": (set(), False),
}


def _fill(workspace: Workspace) -> tuple[dict[str, str], str]:
    exchange = workspace.exchanges.create(Exchange(title="Exchange")).id
    ids = {
        name: workspace.observations.create(
            Observation(
                exchange=exchange,
                kind=ObservationKind.OBSERVATION,
                text=words,
                translation=translation,
            )
        ).id
        for name, (words, translation) in TEXTS.items()
    }
    fedasil = workspace.organisations.create(Organisation(name="Fedasil"))
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs",
            exchange=exchange,
            practices=(
                Practice(organisation=fedasil.id, description="Working with 合作伙伴office"),
            ),
        )
    )
    return ids, comparison.id


def _answers(workspace: Workspace) -> dict[str, set[str]]:
    return {query: {hit.id for hit in search(workspace, query)} for query in QUERIES}


def _expected(ids: dict[str, str], comparison: str) -> dict[str, set[str]]:
    return {
        query: {ids[name] for name in names} | ({comparison} if with_comparison else set())
        for query, (names, with_comparison) in QUERIES.items()
    }


def _check(workspace: Workspace) -> None:
    """Both indexes agree with their content, the trigram index holds the records with a
    script without spaces, and only their runs."""
    with workspace.database.reading() as session:
        index.check(session)
        content = list(session.execute(text("SELECT doc, title, body, extra FROM search_content")))
        in_trigrams = set(session.execute(text("SELECT id FROM search_trigram_docsize")).scalars())
        held = list(
            session.execute(text("SELECT doc, title, body, extra FROM search_trigram_content"))
        )
    assert in_trigrams == {
        doc for doc, *texts in content if any(HAS_UNSPACED.search(t or "") for t in texts)
    }
    whole = {doc: texts for doc, *texts in content}
    for doc, *runs in held:
        assert runs == [unspaced_runs(t) for t in whole[doc]]


def test_runs_are_the_tokens_holding_a_script_without_spaces() -> None:
    assert (
        unspaced_runs("Visit to the 出入境office in Athens, 2024年3月") == "出入境office 2024年3月"
    )
    assert unspaced_runs("การกลับบ้าน ครั้งที่สอง, with") == "การกลับบ้าน ครั้งที่สอง"
    assert unspaced_runs("귀국 상담사 (day)") == "귀국 상담사"
    assert unspaced_runs("回国_中心 a_b") == "回国 中心"
    assert unspaced_runs("Réintégration à Bobigny") is None
    assert unspaced_runs("・") is None  # a script's punctuation alone is no token
    assert unspaced_runs("") is None and unspaced_runs(None) is None


def test_every_substring_term_of_a_text_lies_inside_one_run() -> None:
    alphabet = "ab Z_1,.-'出入境한국ไทย\u0e31\u0301Ωé\u3099・ー\u0f7c\u0f40\u00a0\u3000\U00020001"
    chooser = random.Random(21)
    for _ in range(3000):
        value = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(1, 24)))
        runs = unspaced_runs(value) or ""
        for token in TOKEN.findall(value):
            for start in range(len(token)):
                for end in range(start + 1, len(token) + 1):
                    piece = token[start:end]
                    for term in index.parse_query(piece).substrings:
                        # (a query is NFC, a text may not be: only what the whole text had)
                        if term.lower() in value.lower():
                            assert term.lower() in runs.lower(), (value, term, runs)


def test_substrings_find_what_the_whole_texts_gave(sqlite_workspace: Workspace) -> None:
    ids, comparison = _fill(sqlite_workspace)
    expected = _expected(ids, comparison)
    assert _answers(sqlite_workspace) == expected
    _check(sqlite_workspace)
    with sqlite_workspace.database.writing() as session:
        index.rebuild(session)
    _check(sqlite_workspace)
    assert _answers(sqlite_workspace) == expected


def test_edits_deletes_and_restores_keep_the_runs_in_step(sqlite_workspace: Workspace) -> None:
    workspace = sqlite_workspace
    ids, comparison = _fill(workspace)
    note = workspace.observations.get(ids["office"])
    note = workspace.observations.update(dataclasses.replace(note, text="Now at the 管理局desk"))
    assert {h.id for h in search(workspace, "局desk")} == {note.id}
    assert ids["office"] not in {h.id for h in search(workspace, "出入境")}
    _check(workspace)
    workspace.observations.update(dataclasses.replace(note, text="Only Latin now"))
    assert {h.id for h in search(workspace, "管理局")} == {ids["bureau"]}
    _check(workspace)
    workspace.observations.delete(ids["bureau"])
    assert search(workspace, "管理局") == []
    _check(workspace)
    workspace.observations.restore(ids["bureau"])
    assert {h.id for h in search(workspace, "管理局")} == {ids["bureau"]}
    _check(workspace)
    found = workspace.comparisons.get(comparison)
    workspace.comparisons.update(
        dataclasses.replace(
            found,
            practices=(dataclasses.replace(found.practices[0], strengths="新的伙伴"),),
        )
    )
    assert {h.id for h in search(workspace, "新的伙伴")} == {comparison}
    _check(workspace)
    workspace.empty_trash()
    workspace.observations.delete(ids["japanese"])
    workspace.empty_trash()
    assert search(workspace, "生活支援") == []
    _check(workspace)


def _document() -> dict[str, object]:
    document = rich_document()
    exchange = document["exchanges"][0]["id"]  # type: ignore[index]
    document["observations"] += [  # type: ignore[operator]
        {
            "id": str(uuid.uuid4()),
            "exchange": exchange,
            "kind": "observation",
            "text": words,
            **({"translation": translation} if translation else {}),
        }
        for words, translation in TEXTS.values()
    ]
    return document


def test_an_import_indexes_the_runs_and_finds_the_same(sqlite_workspace: Workspace) -> None:
    import_document(sqlite_workspace, _document())
    _check(sqlite_workspace)
    by_text = {
        o.text: o.id for o in sqlite_workspace.observations.all() if o.text in dict(TEXTS.values())
    }
    ids = {name: by_text[words] for name, (words, _) in TEXTS.items()}
    for query, (names, with_comparison) in QUERIES.items():
        if not with_comparison:
            found = {h.id for h in search(sqlite_workspace, query)}
            assert found & set(ids.values()) == {ids[n] for n in names}, query
    # The rich file's own Chinese texts: an organisation's name, a person's, a quote.
    assert "organisation" in {h.kind for h in search(sqlite_workspace, "出入境")}
    assert [h.kind for h in search(sqlite_workspace, "树强")] == ["person"]
    assert [h.kind for h in search(sqlite_workspace, "移民局的合作")] == ["observation"]


def test_the_migration_keeps_only_the_runs_and_finds_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o600)
    migrate_file(path, "0006")
    old = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    ids, comparison = _fill(old)
    expected = _expected(ids, comparison)
    assert _answers(old) == expected
    old.database.dispose()
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT count(*) FROM search_trigram_docsize").fetchone()

    upgraded = Workspace(
        open_database(path, backup_dir=tmp_path), actor="new", clock=TickingClock()
    )
    assert _answers(upgraded) == expected
    _check(upgraded)
    with upgraded.database.reading() as session:
        assert (
            session.execute(text("SELECT count(*) FROM search_trigram_docsize")).fetchone()
            == before
        )
    upgraded.observations.create(
        Observation(
            exchange=upgraded.exchanges.all()[0].id,
            kind=ObservationKind.OBSERVATION,
            text="后来的出入境",
        )
    )
    assert len(search(upgraded, "出入境")) == 3
    _check(upgraded)
    upgraded.database.dispose()

    migrate_file(path, "0006", down=True)
    back = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    assert len(search(back, "出入境")) == 3
    with back.database.reading() as session:
        session.execute(
            text("INSERT INTO search_trigram (search_trigram, rank) VALUES ('integrity-check', 0)")
        )
    back.database.dispose()


def test_alembic_on_its_own_engine_migrates_a_file_with_such_records(tmp_path: Path) -> None:
    # An engine made without the program's connection set-up, as Alembic's own command would.
    path = tmp_path / "old.sqlite3"
    path.touch(mode=0o600)
    migrate_file(path, "0006")
    old = Workspace(open_database(path, upgrade=False), actor="old", clock=TickingClock())
    ids, comparison = _fill(old)
    old.database.dispose()
    engine = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    upgraded = Workspace(open_database(path), actor="new", clock=TickingClock())
    assert _answers(upgraded) == _expected(ids, comparison)
    _check(upgraded)
    upgraded.database.dispose()


def test_a_connection_without_the_functions_cannot_write_a_searched_record(
    sqlite_workspace: Workspace,
) -> None:
    # Why every connection of the program has them: the triggers call them.
    path = sqlite_workspace.database.path
    assert path is not None
    _fill(sqlite_workspace)
    sqlite_workspace.database.dispose()
    with (
        sqlite3.connect(path) as connection,
        pytest.raises(sqlite3.OperationalError, match="search_unspaced"),
    ):
        connection.execute("UPDATE observations SET text = '出入境 again'")


def test_writes_through_a_restored_backup_and_an_encrypted_database(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from counsellor_app.services.database_encryption import encrypt_database

    notes = tmp_path / "notes.sqlite3"
    workspace = open_workspace(notes, actor="tester")
    ids, comparison = _fill(workspace)
    taken = backups.backup_now(workspace)
    workspace.observations.delete(ids["office"])
    backups.restore_backup(workspace, taken)
    restored = open_workspace(notes, actor="tester")
    assert _answers(restored) == _expected(ids, comparison)
    note = restored.observations.get(ids["office"])
    restored.observations.update(dataclasses.replace(note, text="Moved: 出入境office, Athens"))
    _check(restored)
    restored.database.dispose()

    encrypt_database(notes, "correct horse battery staple")
    encrypted = open_workspace(notes, passphrase="correct horse battery staple", actor="tester")
    assert _answers(encrypted) == _expected(ids, comparison)
    note = encrypted.observations.get(ids["bureau"])
    encrypted.observations.update(dataclasses.replace(note, text="新的管理局"))
    assert {h.id for h in search(encrypted, "的管理局")} == {ids["bureau"]}
    _check(encrypted)
    encrypted.database.dispose()
