"""A PostgreSQL import decomposes its texts in Python, and the server folds them as its own
``search_fold`` would have folded the texts themselves."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, event, text

from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.services.search import search
from counsellor_app.storage.open import open_database
from counsellor_app.storage.search import UNSPACED, upkeep
from counsellor_app.storage.search.upkeep import decomposed
from tests.workspaces import WorkspaceMaker

# What the import's statement makes of a decomposed text, against the server's own fold.
DIFFERENT = (
    "SELECT u.x FROM unnest(CAST(:xs AS text[]), CAST(:ds AS text[])) AS u(x, d)"
    " WHERE search_fold(u.x) IS DISTINCT FROM"
    " lower(regexp_replace(u.d, '[\\u0300-\\u036f]', '', 'g'))"
)


@pytest.fixture
def connection(postgres_schema_url: str) -> Iterator[Connection]:
    database = open_database(postgres_schema_url)
    with database.engine.connect() as connection:
        yield connection
    database.dispose()


def _different(connection: Connection, values: list[str]) -> list[str]:
    pairs = [(v, decomposed(v)) for v in values]
    taken = [(v, d) for v, d in pairs if d is not None]
    return list(
        connection.execute(
            text(DIFFERENT),
            {"xs": [v for v, _ in taken], "ds": [d for _, d in taken]},
        ).scalars()
    )


def test_every_character_it_decomposes_folds_as_on_the_server(connection: Connection) -> None:
    characters = [
        chr(code)
        for code in range(1, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and decomposed(chr(code)) is not None
    ]
    assert len(characters) > 200_000
    assert _different(connection, characters) == []


def test_what_another_unicode_version_may_decompose_is_left_to_the_server() -> None:
    assert decomposed("\u0378") is None  # not assigned
    assert decomposed("x\u2c7c") is None  # subscript j, 5.1, decomposes: ⱼ → j
    assert decomposed("\U0001d400") == "A"  # mathematical bold A, 3.1
    assert decomposed("\u1e9e") == "\u1e9e"  # capital sharp s, 5.1, decomposes to nothing
    assert decomposed(None) == "" and decomposed("") == ""
    assert decomposed("l'été, ok") == "l e\u0301te\u0301  ok"


TEXTS = [
    "Réintégration: l'aide au retour (2016)!",
    "ﬁnal Ǆ ½ ΟΔΟΣ İstanbul e\u0301 x\u0323\u0301 ①—東京",
    "Å l'été (ok) a\u0301\u0323 ",
    "公安部出入境管理局，“合作”。 ＡＢＣ ｶﾞ ㈠ ㌀ 한국어 ﹰ ͺ",
    "مرحبا بالعودة ﷺ",
    "ka\u3099 が ガ ｶﾞ \u0f71\u0f72\u0f80 \u05b0\u05b1",
    "𠀁𠀂 🎉 \U0001d400",
    "tab\tnew\nline\r\n\u2028\u3000\u00a0",
]


def test_awkward_texts_fold_as_on_the_server(connection: Connection) -> None:
    assert all(decomposed(t) is not None for t in TEXTS)
    assert _different(connection, TEXTS) == []


# Letters that decompose, marks of several combining classes (reordered by decomposition),
# compatibility forms, punctuation and spaces.
ALPHABET = (
    "aAeé\u00e9\u01d6\u1e09ΣΟİßﬁＡｶﾞ①㈠㌀ﹰͺ한ㄱ出入\u0301\u0323\u0345\u0327\u3099\u309a"
    "\u0f71\u0f72\u0f80\u05b0\u05b1\u0670\u064b\u0651 ,.'-_!\t\n\u00a0\u3000"
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(st.text(alphabet=ALPHABET, max_size=30), min_size=1, max_size=20))
def test_any_mix_of_marks_folds_as_on_the_server(connection: Connection, values: list[str]) -> None:
    assert _different(connection, values) == []


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
            max_size=40,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_any_text_folds_as_on_the_server(connection: Connection, values: list[str]) -> None:
    assert _different(connection, values) == []


def test_an_import_stages_its_texts_or_folds_them_on_the_server(
    new_workspace: WorkspaceMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Texts this process decomposes, texts it leaves whole to the server (a character it may
    # not decompose alike), and a role that may not make temporary tables: the same entries.
    texts = [*TEXTS, "unknown \u0378 here 出入境", "subscript x\u2c7c 合作", "plain words"]
    for may_stage in (True, False):
        workspace = new_workspace("postgresql")
        monkeypatch.setattr(upkeep, "_pg_may_stage", lambda session, may=may_stage: may)
        exchange = str(uuid.uuid4())
        document = {
            "format": FORMAT,
            "version": VERSION,
            "exchanges": [{"id": exchange, "title": "Exchange"}],
            "observations": [
                {
                    "id": str(uuid.uuid4()),
                    "exchange": exchange,
                    "kind": "lesson",
                    "text": value,
                    **({"translation": texts[-1 - i]} if i % 2 else {}),
                }
                for i, value in enumerate(texts)
            ],
        }
        statements: list[str] = []

        def seen(conn, cursor, statement, *args, into=statements):  # type: ignore[no-untyped-def]
            into.append(statement)

        event.listen(workspace.database.engine, "before_cursor_execute", seen)
        import_document(workspace, document)
        event.remove(workspace.database.engine, "before_cursor_execute", seen)
        assert any("search_pg_staged" in s for s in statements) == may_stage
        with workspace.database.reading() as session:
            stale = session.execute(
                text(
                    "SELECT count(*) FROM (SELECT kind, record_id,"
                    " search_vector(title, body, extra) AS document, CASE WHEN"
                    " concat(title, ' ', body, ' ', extra) ~ :unspaced"
                    " THEN coalesce(search_runs(search_text(title, body, extra)), '') END AS runs"
                    " FROM search_pg_content) AS fresh FULL JOIN search_pg_documents d"
                    " USING (kind, record_id) WHERE fresh.document IS DISTINCT FROM d.document"
                    " OR fresh.runs IS DISTINCT FROM d.runs"
                ),
                {"unspaced": f"[{UNSPACED}]"},
            ).scalar()
        assert stale == 0, may_stage
        assert {h.kind for h in search(workspace, "istanbul")} == {"observation"}
        assert len(search(workspace, "出入境")) >= 2
