"""Search as a counsellor uses it (specification section 6), on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.errors import ValidationError
from counsellor_app.domain.records import Comparison, Exchange, Observation, Person, Practice
from counsellor_app.services.interchange import FORMAT, VERSION, import_document
from counsellor_app.services.search import (
    SearchFilters,
    SearchHit,
    _match_spans_token_by_token,
    match_spans,
    search,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage.search import parse_query


def uid() -> str:
    return str(uuid.uuid4())


class World:
    """Ids of the records of :func:`world`, by a name for each."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        return self.ids.setdefault(name, uid())


def world() -> tuple[World, dict[str, Any]]:
    """Two exchanges, four organisations, people, themes, observations in five languages."""
    w = World()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "organisations": [
            {"id": w["fedasil"], "name": "Fedasil", "country": "BE"},
            {"id": w["ofii"], "name": "OFII", "country": "FR"},
            {"id": w["mps"], "name": "公安部出入境管理局", "country": "CN"},
            {"id": w["iom"], "name": "IOM Beijing", "country": "CN"},
        ],
        "people": [
            {"id": w["guillaume"], "name": "Guillaume", "organisation": w["fedasil"]},
            {"id": w["isabelle"], "name": "Isabelle", "organisation": w["ofii"]},
            {"id": w["pang"], "name": "庞树强", "organisation": w["mps"]},
            {"id": w["zoe"], "name": "Zoë Lefèvre", "organisation": w["ofii"]},
        ],
        "themes": [
            {"id": w["trust"], "name": "Trust"},
            {"id": w["reintegration"], "name": "Réintégration"},
        ],
        "exchanges": [
            {
                "id": w["exchange"],
                "title": "French-Belgian exchange on voluntary return",
                "summary": "Counsellors of Fedasil spent a week in Bobigny and Marseille.",
                "organisations": [w["fedasil"], w["ofii"]],
            },
            {
                "id": w["study"],
                "title": "Study visit of a Chinese delegation",
                "organisations": [w["mps"], w["iom"]],
            },
        ],
        "visits": [
            {
                "id": w["visit"],
                "exchange": w["exchange"],
                "host": w["ofii"],
                "visitor": w["fedasil"],
                "participants": [w["guillaume"]],
            }
        ],
        "observations": [
            {
                "id": w["q_state"],
                "exchange": w["exchange"],
                "kind": "quote",
                "text": "The officials of the OFII operate very differently. "
                "They depend more on the state.",
                "speaker": w["guillaume"],
                "recorded_at": "2016-09-28T15:00:00+02:00",
                "themes": [w["trust"]],
            },
            {
                "id": w["q_retour"],
                "exchange": w["exchange"],
                "kind": "quote",
                "text": "La réintégration commence avant le départ : le retour volontaire "
                "n'est pas un dernier recours.",
                "language": "fr",
                "translation": "Reintegration starts before departure.",
                "speaker": w["isabelle"],
                "recorded_at": "2016-10-04T10:30:00+02:00",
                "themes": [w["reintegration"], w["trust"]],
            },
            {
                "id": w["lesson"],
                "exchange": w["exchange"],
                "kind": "lesson",
                "text": "Bij Fedasil informeren de consulenten, niet de ambtenaren.",
                "language": "nl",
                "translation": "At Fedasil the counsellors inform, not the officials.",
                "recorded_at": "2016-10-06T09:00:00+02:00",
            },
            {
                "id": w["zh"],
                "exchange": w["study"],
                "kind": "quote",
                "text": "公安部出入境管理局与比利时移民局的合作非常富有成效。",
                "language": "zh",
                "speaker": w["pang"],
                "recorded_at": "2016-10-24T11:00:00+01:00",
            },
            {
                "id": w["ar"],
                "exchange": w["study"],
                "kind": "question",
                "text": "كيف يمكن إبلاغ المهاجرين المحتملين؟",
                "language": "ar",
            },
            {
                "id": w["odd"],
                "exchange": w["study"],
                "kind": "observation",
                "text": "Don't install C++ tools on Ubuntu 20.04; a NEAR( miss AND/OR a * star "
                'with "quotes" and a - dash.',
                "recorded_at": "2016-10-25T17:00:00+01:00",
            },
        ],
        "comparisons": [
            {
                "id": w["who_informs"],
                "aspect": "Who informs asylum seekers about voluntary return",
                "exchange": w["exchange"],
                "observed_on": "2016-10-07",
                "themes": [w["trust"]],
                "practices": [
                    {
                        "organisation": w["fedasil"],
                        "description": "Return counsellors, social workers in reception centres.",
                        "strengths": "An existing relationship of confidence.",
                        "evidence": [w["lesson"]],
                    },
                    {
                        "organisation": w["ofii"],
                        "description": "State officials outside the reception structures.",
                        "challenges": "Mistrust from migrants.",
                    },
                ],
            }
        ],
    }
    return w, document


def populated(workspace: Workspace) -> World:
    w, document = world()
    import_document(workspace, document)
    return w


def found(hits: list[SearchHit]) -> set[str]:
    return {hit.id for hit in hits}


# -- one box searches everything -------------------------------------------------------------


def test_one_box_searches_every_kind_of_text(workspace: Workspace) -> None:
    w = populated(workspace)
    expectations = {
        "operate differently": ("observation", w["q_state"]),  # observation text
        "departure": ("observation", w["q_retour"]),  # translation
        "asylum seekers": ("comparison", w["who_informs"]),  # aspect
        "social workers": ("comparison", w["who_informs"]),  # practice description
        "confidence": ("comparison", w["who_informs"]),  # practice strengths
        "mistrust": ("comparison", w["who_informs"]),  # practice challenges
        "Chinese delegation": ("exchange", w["study"]),  # exchange title
        "Marseille": ("exchange", w["exchange"]),  # exchange summary
        "Isabelle": ("person", w["isabelle"]),  # a person's name
    }
    for query, (kind, record_id) in expectations.items():
        hits = search(workspace, query)
        assert (kind, record_id) in {(h.kind, h.id) for h in hits}, query


def test_words_of_a_query_may_come_from_different_parts_of_a_comparison(
    workspace: Workspace,
) -> None:
    w = populated(workspace)
    # "asylum" is in the aspect, "structures" in OFII's practice.
    assert found(search(workspace, "asylum structures")) == {w["who_informs"]}


def test_every_word_must_match(workspace: Workspace) -> None:
    w = populated(workspace)
    assert found(search(workspace, "officials state")) == {
        w["q_state"],
        w["who_informs"],
    }
    assert search(workspace, "officials Marseille") == []


def test_a_word_is_found_by_its_beginning(workspace: Workspace) -> None:
    w = populated(workspace)
    assert w["lesson"] in found(search(workspace, "counsel"))


# -- whatever is typed is a valid query ------------------------------------------------------

AWKWARD = [
    "don't",
    '"',
    '""',
    "'",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b)",
    "C++",
    "20.04",
    "*",
    "-",
    "-officials",
    "a:b",
    "title:officials",
    "^state",
    "(",
    ")",
    "{}",
    "\\",
    "%",
    "_",
    "':*",
    "<->",
    "!",
    "&|",
    "",
    "   ",
    "\x00",
    "🙂",
    "a" * 5000,
    "出",
    "出入",
]


def test_whatever_is_typed_is_a_valid_query(workspace: Workspace) -> None:
    populated(workspace)
    for query in AWKWARD:
        assert isinstance(search(workspace, query), list), query


def test_awkward_queries_find_what_was_written(workspace: Workspace) -> None:
    w = populated(workspace)
    for query in ("don't", "Don't", "C++", "20.04", "NEAR(", "AND", "OR"):
        assert w["odd"] in found(search(workspace, query)), query
    assert search(workspace, "") == []
    assert search(workspace, '"') == []
    assert search(workspace, "*") == []


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.one_of(
        st.text(max_size=40),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "'",
                    "AND",
                    "OR",
                    "NOT",
                    "NEAR(",
                    "*",
                    "-",
                    "^",
                    ":",
                    "(",
                    ")",
                    "+",
                    "%",
                    "_",
                    "\\",
                    "<->",
                    "&",
                    "|",
                    "!",
                    "出入境",
                    "é",
                    "officials",
                    "20.04",
                    " ",
                    "\t",
                    "\n",
                    "\u0301",
                    "\U0001f642",
                ]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_generated_queries_never_raise(workspace: Workspace, query: str) -> None:
    if not workspace.counts()["observations"]:
        populated(workspace)
    hits = search(workspace, query)
    for hit in hits:
        assert "\n" not in hit.as_line()
        for start, end in hit.snippet.highlights:
            assert 0 <= start < end <= len(hit.snippet.text)


# -- scripts and accents ---------------------------------------------------------------------


def test_part_of_a_word_in_a_script_without_spaces_is_found(workspace: Workspace) -> None:
    w = populated(workspace)
    hits = search(workspace, "出入境")
    assert {w["zh"], w["mps"]} <= found(hits)
    quote = next(h for h in hits if h.id == w["zh"])
    assert "公安部[出入境]管理局" in quote.snippet.marked()
    # Two characters are fewer than a trigram: still found.
    assert w["zh"] in found(search(workspace, "合作"))
    assert w["zh"] in found(search(workspace, "比利时 合作"))
    assert search(workspace, "出入境 Marseille") == []


def test_accents_need_not_be_typed(workspace: Workspace) -> None:
    w = populated(workspace)
    for query in ("reintegration", "réintégration", "REINTEGRATION", "depart", "Zoe", "lefevre"):
        assert found(search(workspace, query)), query
    assert w["q_retour"] in found(search(workspace, "reintegration"))
    assert w["zoe"] in found(search(workspace, "zoe lefevre"))


def test_arabic_is_found(workspace: Workspace) -> None:
    w = populated(workspace)
    assert found(search(workspace, "المهاجرين")) == {w["ar"]}


# -- ranked and highlighted ------------------------------------------------------------------


def test_hits_are_ranked_by_relevance(workspace: Workspace) -> None:
    w = populated(workspace)
    hits = search(workspace, "officials")
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # A short text where the word is twice outranks longer ones where it is once.
    workspace.observations.create(
        Observation(
            exchange=w["exchange"], kind=ObservationKind.LESSON, text="Officials, officials."
        )
    )
    assert search(workspace, "officials")[0].snippet.text == "Officials, officials."


def test_matches_are_highlighted_with_offsets_not_markup(workspace: Workspace) -> None:
    w = populated(workspace)
    (hit,) = [h for h in search(workspace, "reintegration depart") if h.id == w["q_retour"]]
    marked = hit.snippet.marked()
    assert "[réintégration]" in marked and "[départ]" in marked
    for start, end in hit.snippet.highlights:
        assert hit.snippet.text[start:end].lower() in ("réintégration", "départ")
    markup = workspace.observations.create(
        Observation(exchange=w["exchange"], kind=ObservationKind.QUOTE, text="<b>bold</b> &amp;")
    )
    (hit,) = search(workspace, "bold")
    assert hit.id == markup.id
    assert hit.snippet.text == "<b>bold</b> &amp;"
    assert hit.snippet.marked("«", "»") == "<b>«bold»</b> &amp;"


def test_a_long_text_gives_a_short_snippet_around_the_match(workspace: Workspace) -> None:
    w = populated(workspace)
    long_text = "word " * 3000 + "needle in the haystack " + "word " * 3000
    workspace.observations.create(
        Observation(exchange=w["exchange"], kind=ObservationKind.OBSERVATION, text=long_text)
    )
    (hit,) = search(workspace, "needle")
    assert len(hit.snippet.text) < 200
    assert "[needle]" in hit.snippet.marked()
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")


def test_a_hit_is_one_line(workspace: Workspace) -> None:
    w = populated(workspace)
    workspace.observations.create(
        Observation(
            exchange=w["exchange"], kind=ObservationKind.QUOTE, text="first line\nsecond\tline"
        )
    )
    (hit,) = search(workspace, "second")
    line = hit.as_line()
    assert line.split("\t")[:2] == ["observation", hit.id]
    assert "\n" not in line and "first line [second] line" in line


def test_limit(workspace: Workspace) -> None:
    populated(workspace)
    assert len(search(workspace, "the", limit=2)) == 2
    assert search(workspace, "the", limit=0) == []


# -- filters ---------------------------------------------------------------------------------


def test_filters_narrow_the_hits(workspace: Workspace) -> None:
    w = populated(workspace)

    def ids(query: str, **filters: Any) -> set[str]:
        return found(search(workspace, query, SearchFilters(**filters)))

    assert ids("officials", exchange=w["exchange"]) == {w["q_state"], w["lesson"], w["who_informs"]}
    assert ids("officials", exchange=w["study"]) == set()
    assert ids("officials", theme="trust") == {w["q_state"], w["who_informs"]}
    assert ids("reintegration", theme="Réintégration") == {w["q_retour"]}
    assert ids("officials", organisation="fedasil") == {w["q_state"], w["who_informs"]}
    assert ids("officials", organisation="OFII") == {w["who_informs"]}
    assert ids("officials", kind="lesson") == {w["lesson"]}
    assert ids("officials", kind="Quote") == {w["q_state"]}
    assert ids("officials", speaker="guillaume") == {w["q_state"]}
    assert ids("officials", since="2016-10-01") == {w["lesson"], w["who_informs"]}
    assert ids("officials", until="2016-09-30") == {w["q_state"]}
    assert ids("officials", since="2016-10-07", until="2016-10-07") == {w["who_informs"]}
    assert ids("officials", theme="No such theme") == set()
    assert ids("Fedasil", exchange=w["exchange"]) >= {w["fedasil"], w["exchange"], w["lesson"]}
    assert ids("Guillaume", exchange=w["exchange"]) == {w["guillaume"]}
    assert ids("出入境", organisation="公安部出入境管理局") == {w["zh"], w["mps"]}
    assert ids("officials", theme=" ", kind="") == ids("officials")


def test_filters_that_cannot_be_understood_are_refused_by_name(
    workspace: Workspace,
) -> None:
    populated(workspace)
    with pytest.raises(ValidationError) as caught:
        search(
            workspace,
            "officials",
            SearchFilters(kind="memo", since="yesterday", until="2016-02-30"),
        )
    assert {p.path for p in caught.value.problems} == {"kind", "since", "until"}
    with pytest.raises(ValidationError, match="before"):
        search(workspace, "x", SearchFilters(since="2016-10-02", until="2016-10-01"))


# -- the index follows every change ----------------------------------------------------------


def test_the_index_follows_single_edits(workspace: Workspace) -> None:
    w = populated(workspace)
    observations = workspace.observations
    note = observations.create(
        Observation(exchange=w["exchange"], kind=ObservationKind.LESSON, text="Zwitterion notes")
    )
    assert found(search(workspace, "zwitterion")) == {note.id}

    note = observations.update(dataclasses.replace(note, text="Quetzal notes", translation="Ibis"))
    assert search(workspace, "zwitterion") == []
    assert found(search(workspace, "quetzal")) == {note.id}
    assert found(search(workspace, "ibis")) == {note.id}

    observations.delete(note.id)
    assert search(workspace, "quetzal") == []
    observations.restore(note.id)
    assert found(search(workspace, "quetzal")) == {note.id}

    observations.delete(note.id)
    workspace.empty_trash()
    assert search(workspace, "quetzal") == []
    assert search(workspace, "notes") == []


def test_the_index_follows_comparisons_and_their_practices(workspace: Workspace) -> None:
    w = populated(workspace)
    comparisons = workspace.comparisons
    made = comparisons.create(
        Comparison(
            aspect="Use of interpreters",
            practices=(Practice(organisation=w["fedasil"], description="Booked by phone"),),
        )
    )
    assert found(search(workspace, "phone")) == {made.id}
    made = comparisons.update(
        dataclasses.replace(
            made,
            practices=(
                Practice(organisation=w["fedasil"], description="Booked online"),
                Practice(
                    organisation=w["ofii"], description="Staff interpreters", strengths="Kiwi"
                ),
            ),
        )
    )
    assert search(workspace, "phone") == []
    assert found(search(workspace, "online kiwi")) == {made.id}
    comparisons.delete(made.id)
    assert search(workspace, "kiwi") == []
    comparisons.restore(made.id)
    assert found(search(workspace, "interpreters kiwi")) == {made.id}


def test_trashing_an_exchange_hides_what_went_with_it(workspace: Workspace) -> None:
    w = populated(workspace)
    assert search(workspace, "出入境", SearchFilters(kind="quote"))
    workspace.exchanges.delete(w["study"])
    assert search(workspace, "富有成效") == []
    assert search(workspace, "delegation") == []
    workspace.exchanges.restore(w["study"])
    assert found(search(workspace, "富有成效")) == {w["zh"]}
    workspace.exchanges.delete(w["study"])
    workspace.empty_trash()
    assert search(workspace, "富有成效") == []
    assert found(search(workspace, "IOM")) == {w["iom"]}


def test_renaming_a_person_is_followed(workspace: Workspace) -> None:
    w = populated(workspace)
    person = workspace.people.get(w["isabelle"])
    workspace.people.update(dataclasses.replace(person, name="Isabeau"))
    assert found(search(workspace, "isabeau")) == {w["isabelle"]}
    assert search(workspace, "isabelle") == []
    made = workspace.people.create(Person(name="Nouvelle Personne"))
    assert found(search(workspace, "nouvelle")) == {made.id}


def test_a_bulk_import_is_searchable_and_later_edits_are_still_indexed(
    workspace: Workspace,
) -> None:
    w = populated(workspace)

    def document(observations: list[dict[str, Any]]) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "observations": observations}

    bulk = [
        {
            "id": uid(),
            "exchange": w["exchange"],
            "kind": "observation",
            "text": f"Bulk {i} Ouagadougou",
        }
        for i in range(300)
    ]
    bulk[7]["text"] = "Bulk 7 Ouagadougou 签证中心"
    import_document(workspace, document(bulk))
    assert len(search(workspace, "ouagadougou", limit=1000)) == 300
    assert found(search(workspace, "证中")) == {bulk[7]["id"]}
    # Importing a changed record updates its entry.
    import_document(workspace, document([dict(bulk[0], text="Bulk 0 Nouakchott")]))
    assert found(search(workspace, "nouakchott")) == {bulk[0]["id"]}
    assert len(search(workspace, "ouagadougou", limit=1000)) == 299
    # After the import, single edits are indexed again.
    note = workspace.observations.create(
        Observation(exchange=w["exchange"], kind=ObservationKind.QUOTE, text="Timbuktu")
    )
    assert found(search(workspace, "timbuktu")) == {note.id}


def test_two_characters_find_the_newest_records_that_hold_them(
    workspace: Workspace,
) -> None:
    # Too short for trigrams, nothing ranks them: the newest are shown, found from the newest
    # back (not by looking through every record in a script without spaces).
    exchange = workspace.exchanges.create(Exchange(title="Exchange")).id
    workspace.people.create(Person(name="合作者"))
    notes = [
        workspace.observations.create(
            Observation(exchange=exchange, kind=ObservationKind.OBSERVATION, text=f"第{i}次合作")
        )
        for i in range(20)
    ]
    hits = search(workspace, "合作", limit=3)
    assert {h.id for h in hits} == {n.id for n in notes[-3:]}
    assert len(search(workspace, "合作", limit=50)) == 21  # the person too


SNIPPET_TEXTS = [
    "Le retour volontaire est considéré comme un dernier recours; RETOUR, Retour.",
    "Οι σύμβουλοι επιστροφής συναντούν τους αιτούντες άσυλο κάθε εβδομάδα.",
    "Консультанты по возвращению работают в центрах приёма.",
    "كيف يمكن إِبلاغ المهاجرين المحتملين بمخاطر الهجرة غير النظامية؟",
    "公安部出入境管理局介绍了遣返和重新融入的工作。合作非常富有成效。",
    "帰還カウンセラーは受け入れセンターで毎週庇護希望者と面談している。",
    "ﬁnal Straße İstanbul ½ 한국어 café-crème re-turn return's Zoë Lefèvre",
    "Reintegration partners: the reintegration partner visits; réintégration.",
]


@pytest.mark.parametrize(
    "query",
    [
        "retour",
        "ret*",
        "réinté*",
        "reintegration partner",
        "σύμβουλοι επιστροφής",
        "возвращению",
        "إبلاغ",
        "合作",
        "出入境",
        "strasse",
        "final",
        "istanbul",
        "한국",
        "zoe",
        "re turn",
        "return s",
    ],
)
def test_matches_are_marked_as_they_were_word_by_word(query: str) -> None:
    # A text whose characters each fold to one is searched in its folded form; the places
    # found are those a reading word by word finds.
    parsed = parse_query(query)
    for text in SNIPPET_TEXTS:
        assert match_spans(text, parsed) == _match_spans_token_by_token(text, parsed), text
