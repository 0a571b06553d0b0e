"""Records through the services: every kind round-trips, conflicts, trash, audit, validation."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from counsellor_app.domain import (
    Action,
    ActionStatus,
    Comparison,
    ConflictError,
    Exchange,
    ExchangeKind,
    ExchangeStatus,
    InUseError,
    NotFoundError,
    Observation,
    ObservationKind,
    Organisation,
    OrganisationKind,
    Person,
    Practice,
    Theme,
    Transferability,
    ValidationError,
    Visit,
)
from counsellor_app.domain.queries import PageQuery
from counsellor_app.services.workspace import Workspace


def _world(ws: Workspace) -> dict[str, object]:
    fedasil = ws.organisations.create(
        Organisation(
            name="Fedasil",
            full_name="Agence fédérale",
            country="BE",
            kind=OrganisationKind.RECEPTION_AGENCY,
            notes="Social workers",
        )
    )
    ofii = ws.organisations.create(Organisation(name="OFII", country="FR"))
    guy = ws.people.create(
        Person(
            name="Guy",
            role="team leader",
            organisation=ofii.id,
            office="Bobigny",
            named_in_reports=False,
        )
    )
    trust = ws.themes.create(Theme(name="Trust", description="Confiance"))
    exchange = ws.exchanges.create(
        Exchange(
            title="French-Belgian exchange",
            kind=ExchangeKind.EXCHANGE_VISIT,
            framework="Bilateral",
            funding="Own",
            summary="Two legs",
            status=ExchangeStatus.COMPLETED,
            start=date(2016, 9, 26),
            end=date(2016, 10, 7),
            organisations=(fedasil.id, ofii.id),
        )
    )
    visit = ws.visits.create(
        Visit(
            exchange=exchange.id,
            host=ofii.id,
            visitor=fedasil.id,
            start=date(2016, 9, 26),
            end=date(2016, 9, 30),
            place="Bobigny",
            country="FR",
            purpose="Learn",
            participants=(guy.id,),
        )
    )
    quote = ws.observations.create(
        Observation(
            exchange=exchange.id,
            visit=visit.id,
            kind=ObservationKind.QUOTE,
            text="公安部出入境管理局 — « réintégration »",
            language="zh",
            translation="Exit and entry",
            speaker=guy.id,
            recorded_by="Régis",
            recorded_at=datetime(2016, 9, 28, 15, tzinfo=timezone(timedelta(hours=2))),
            themes=(trust.id,),
        )
    )
    comparison = ws.comparisons.create(
        Comparison(
            aspect="Who informs",
            exchange=exchange.id,
            observed_on=date(2016, 10, 7),
            summary="s",
            transferability=Transferability.HIGH,
            themes=(trust.id,),
            practices=(
                Practice(
                    organisation=fedasil.id,
                    description="Counsellors",
                    strengths="Trust",
                    challenges="Time",
                    evidence=(quote.id,),
                ),
                Practice(organisation=ofii.id, description="Officials"),
            ),
        )
    )
    action = ws.actions.create(
        Action(
            exchange=exchange.id,
            text="New exchange",
            owner="Guy",
            due=date(2017, 1, 1),
            status=ActionStatus.OPEN,
        )
    )
    return {
        "fedasil": fedasil,
        "ofii": ofii,
        "guy": guy,
        "trust": trust,
        "exchange": exchange,
        "visit": visit,
        "quote": quote,
        "comparison": comparison,
        "action": action,
    }


def test_every_kind_of_record_round_trips(workspace: Workspace) -> None:
    world = _world(workspace)
    for record in world.values():
        service = workspace.records(type(record))  # type: ignore[arg-type]
        stored = service.get(record.id)  # type: ignore[attr-defined]
        assert stored == record
        assert stored.created_by == "tester" and stored.version == 1


def test_update_saves_changes_and_counts_versions(workspace: Workspace) -> None:
    guy = _world(workspace)["guy"]
    assert isinstance(guy, Person)
    saved = workspace.people.update(dataclasses.replace(guy, office="Marseille"))
    assert saved.version == 2
    assert workspace.people.get(guy.id).office == "Marseille"
    history = workspace.history(guy.id)
    assert history[0]["action"] == "update"
    assert history[0]["changes"] == {"office": ["Bobigny", "Marseille"]}


def test_a_stale_update_raises_a_conflict_and_changes_nothing(workspace: Workspace) -> None:
    guy = _world(workspace)["guy"]
    assert isinstance(guy, Person)
    workspace.people.update(dataclasses.replace(guy, office="Marseille"))
    with pytest.raises(ConflictError) as caught:
        workspace.people.update(dataclasses.replace(guy, role="director"))
    assert "changed by tester" in str(caught.value)
    stored = workspace.people.get(guy.id)
    assert (stored.role, stored.office, stored.version) == ("team leader", "Marseille", 2)
    assert isinstance(caught.value.current, Person)


def test_validation_reports_every_problem_with_its_field(workspace: Workspace) -> None:
    _world(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.exchanges.create(
            Exchange(title=" ", start=date(2016, 10, 1), end=date(2016, 9, 1), kind="trip")  # type: ignore[arg-type]
        )
    assert caught.value.for_field("title") == ["is required"]
    assert caught.value.for_field("end") == ["2016-09-01 is before start 2016-10-01"]
    assert "is not one of" in caught.value.for_field("kind")[0]


def test_references_must_exist(workspace: Workspace) -> None:
    world = _world(workspace)
    exchange = world["exchange"]
    assert isinstance(exchange, Exchange)
    missing = "00000000-0000-4000-8000-000000000000"
    with pytest.raises(ValidationError) as caught:
        workspace.observations.create(
            Observation(
                exchange=exchange.id,
                kind=ObservationKind.LESSON,
                text="x",
                speaker=missing,
                themes=(missing,),
            )
        )
    assert caught.value.for_field("speaker") == [f"no person with id {missing}"]
    assert caught.value.for_field("themes") == [f"no theme with id {missing}"]


def test_control_characters_and_long_texts_are_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.themes.create(Theme(name="a\x00b", description="x" * 100_001))
    assert "control character (U+0000)" in caught.value.for_field("name")[0]
    assert "limit is 100,000" in caught.value.for_field("description")[0]
    ok = workspace.themes.create(Theme(name="tab\tand newline", description="é" * 100_000))
    assert workspace.themes.get(ok.id).description == "é" * 100_000


def test_names_are_unique_among_live_records(workspace: Workspace) -> None:
    _world(workspace)
    with pytest.raises(ValidationError) as caught:
        workspace.themes.create(Theme(name="Trust"))
    assert "already called 'Trust'" in caught.value.for_field("name")[0]


def test_one_practice_per_organisation(workspace: Workspace) -> None:
    world = _world(workspace)
    comparison, fedasil = world["comparison"], world["fedasil"]
    assert isinstance(comparison, Comparison) and isinstance(fedasil, Organisation)
    twice = (
        Practice(organisation=fedasil.id, description="a"),
        Practice(organisation=fedasil.id, description="b"),
    )
    with pytest.raises(ValidationError) as caught:
        workspace.comparisons.update(dataclasses.replace(comparison, practices=twice))
    assert "one practice per organisation" in str(caught.value)


def test_deleting_an_exchange_trashes_what_belongs_to_it_and_restore_brings_it_back(
    workspace: Workspace,
) -> None:
    world = _world(workspace)
    exchange = world["exchange"]
    assert isinstance(exchange, Exchange)
    moved = workspace.exchanges.delete(exchange.id)
    assert moved == 5  # the exchange, its visit, observation, comparison and action
    assert workspace.observations.count() == 0
    assert {kind for kind, *_ in workspace.trash()} == {
        "exchange",
        "visit",
        "observation",
        "comparison",
        "action",
    }
    with pytest.raises(NotFoundError):
        workspace.exchanges.get(exchange.id)

    workspace.exchanges.restore(exchange.id)
    assert workspace.observations.count() == 1 and workspace.trash() == []


def test_a_record_still_needed_cannot_go_to_the_trash(workspace: Workspace) -> None:
    world = _world(workspace)
    ofii = world["ofii"]
    assert isinstance(ofii, Organisation)
    with pytest.raises(InUseError, match="comparison"):
        workspace.organisations.delete(ofii.id)


def test_restoring_an_observation_whose_exchange_is_trashed_is_refused(
    workspace: Workspace,
) -> None:
    world = _world(workspace)
    quote, exchange = world["quote"], world["exchange"]
    assert isinstance(quote, Observation) and isinstance(exchange, Exchange)
    workspace.observations.delete(quote.id)
    workspace.exchanges.delete(exchange.id)
    with pytest.raises(InUseError, match="restore that first"):
        workspace.observations.restore(quote.id)


def test_emptying_the_trash_deletes_for_good(workspace: Workspace) -> None:
    world = _world(workspace)
    quote = world["quote"]
    assert isinstance(quote, Observation)
    workspace.observations.delete(quote.id)
    assert workspace.empty_trash() == 1
    assert workspace.trash() == []
    with pytest.raises(NotFoundError):
        workspace.observations.get(quote.id, trashed=None)
    comparison = world["comparison"]
    assert isinstance(comparison, Comparison)
    assert workspace.comparisons.get(comparison.id).practices[0].evidence == ()


def test_pages_sort_and_filter_in_the_database(workspace: Workspace) -> None:
    world = _world(workspace)
    exchange = world["exchange"]
    assert isinstance(exchange, Exchange)
    for i in range(30):
        workspace.observations.create(
            Observation(exchange=exchange.id, kind=ObservationKind.LESSON, text=f"Lesson {i:02d}")
        )
    page = workspace.observations.page(PageQuery(offset=10, limit=5, sort="text"))
    assert page.total == 31
    assert [o.text for o in page.items] == [f"Lesson {i:02d}" for i in range(10, 15)]
    desc = workspace.observations.page(PageQuery(limit=2, sort="text", descending=True))
    assert desc.items[0].text.startswith("公安部")
    found = workspace.observations.page(PageQuery(text="sson 2"))
    assert found.total == 10
    by_speaker = workspace.observations.page(PageQuery(sort="speaker", limit=1, descending=True))
    assert by_speaker.items[0].speaker is not None
    odd = workspace.observations.page(PageQuery(text="100%_\\"))
    assert odd.total == 0
    trust = world["trust"]
    assert isinstance(trust, Theme)
    tagged = workspace.observations.page(PageQuery(where=(("themes", trust.id),)))
    assert tagged.total == 1


def test_the_audit_trail_records_who_did_what(workspace: Workspace) -> None:
    world = _world(workspace)
    quote = world["quote"]
    assert isinstance(quote, Observation)
    workspace.actor = "Régis"
    workspace.observations.delete(quote.id)
    workspace.observations.restore(quote.id)
    lines = workspace.history(quote.id)
    assert [line["action"] for line in lines] == ["restore", "trash", "create"]
    assert [line["actor"] for line in lines] == ["Régis", "Régis", "tester"]
    assert workspace.history(actor="Régis")[0]["record_id"] == quote.id


def test_an_observation_is_stamped_with_who_recorded_it_and_when(workspace: Workspace) -> None:
    world = _world(workspace)
    exchange = world["exchange"]
    assert isinstance(exchange, Exchange)
    made = workspace.observations.create(
        Observation(exchange=exchange.id, kind=ObservationKind.QUOTE, text="Plain form")
    )
    assert made.recorded_by == workspace.actor
    assert made.recorded_at is not None
    assert made.recorded_at == made.created_at
    stored = workspace.observations.get(made.id)
    assert stored.recorded_by == workspace.actor and stored.recorded_at == made.recorded_at
    # What the note says already is kept.
    when = datetime(2025, 3, 17, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    given = workspace.observations.create(
        Observation(
            exchange=exchange.id,
            kind=ObservationKind.QUOTE,
            text="Given",
            recorded_by="Isabelle",
            recorded_at=when,
        )
    )
    assert (given.recorded_by, given.recorded_at) == ("Isabelle", when)


def test_users_of_a_record_are_counted_by_kind_and_field(workspace: Workspace) -> None:
    world = _world(workspace)
    guy, quote, trust, ofii = world["guy"], world["quote"], world["trust"], world["ofii"]
    assert isinstance(guy, Person) and isinstance(quote, Observation)
    assert isinstance(trust, Theme) and isinstance(ofii, Organisation)
    assert workspace.people.users(guy.id) == {
        ("observation", "speaker"): 1,
        ("visit", "participants"): 1,
    }
    assert workspace.observations.users(quote.id) == {("comparison", "practices"): 1}
    assert workspace.themes.users(trust.id) == {
        ("observation", "themes"): 1,
        ("comparison", "themes"): 1,
    }
    assert workspace.organisations.users(ofii.id)[("comparison", "practices")] == 1
    # Records in the trash use nothing.
    workspace.observations.delete(quote.id)
    assert workspace.people.users(guy.id) == {("visit", "participants"): 1}
