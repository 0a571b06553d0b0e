"""A person's data: everything stored about them on request, their erasure leaving no byte of
their name in the file, its log or any export, and the trash emptied after its retention."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from counsellor_app.domain.errors import NotFoundError
from counsellor_app.domain.records import (
    Action,
    Comparison,
    Exchange,
    Observation,
    ObservationKind,
    Organisation,
    Person,
    Practice,
    Theme,
    Visit,
)
from counsellor_app.services import backups
from counsellor_app.services.interchange import export_csv, export_file
from counsellor_app.services.personal_data import (
    ERASED_SPEAKER_ID,
    drafts_of,
    erase_person,
    export_person,
    export_person_file,
    plan_erasure,
    purge_expired_trash,
)
from counsellor_app.services.search import SearchFilters, search
from counsellor_app.services.workspace import Workspace

NAME = "Zéphyrine Oyelaran-Quist"
EARLIER_NAME = "Zéphyrine O."


def forms_of_the_name() -> list[bytes]:
    """The name as stored and as the search index keeps its words (lower case, no accents)."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", NAME.casefold()) if not unicodedata.combining(c)
    )
    forms = [NAME, EARLIER_NAME, *NAME.split(), *folded.replace("-", " ").split()]
    return sorted({f.encode("utf-8") for f in forms}, key=len)


def bytes_of_the_name(data: bytes) -> list[bytes]:
    lowered = data.lower()
    return [form for form in forms_of_the_name() if form.lower() in lowered or form in data]


@dataclasses.dataclass
class Fixture:
    """A database with the person's name in every place it can be."""

    person: Person
    other: Person
    quote: Observation
    trashed_quote: Observation
    recorded: Observation
    mentioning: Observation
    visit: Visit
    comparison: Comparison
    action: Action


def build(workspace: Workspace, *, mention: bool = True) -> Fixture:
    """The fixture; ``mention``: with a note by someone else that names them in its text."""
    fedasil = workspace.organisations.create(Organisation(name="Fedasil", country="BE"))
    ofii = workspace.organisations.create(Organisation(name="OFII", country="FR"))
    trust = workspace.themes.create(Theme(name="Trust"))
    exchange = workspace.exchanges.create(
        Exchange(title="French-Belgian exchange", organisations=(fedasil.id, ofii.id))
    )
    # The person, renamed once: their name in the audit trail's old and new values.
    person = workspace.people.create(
        Person(name=EARLIER_NAME, role="return counsellor", organisation=fedasil.id)
    )
    person = workspace.people.update(dataclasses.replace(person, name=NAME))
    other = workspace.people.create(Person(name="Isabelle", organisation=ofii.id))
    visit = workspace.visits.create(
        Visit(exchange=exchange.id, host=ofii.id, place="Bobigny", participants=(person.id,))
    )
    # Their quote, naming them in its text; the speaker set by an update (audit values).
    quote = workspace.observations.create(
        Observation(
            exchange=exchange.id,
            kind=ObservationKind.QUOTE,
            text=f"Moi, {NAME}, je dis que la confiance vient des conseillers.",
            themes=(trust.id,),
        )
    )
    quote = workspace.observations.update(dataclasses.replace(quote, speaker=person.id))
    trashed_quote = workspace.observations.create(
        Observation(
            exchange=exchange.id, kind=ObservationKind.QUOTE, text="Deleted.", speaker=person.id
        )
    )
    workspace.observations.delete(trashed_quote.id)
    # Recorded by them, and changed by them as the program's user.
    recorded = workspace.observations.create(
        Observation(
            exchange=exchange.id,
            kind=ObservationKind.LESSON,
            text="Counsellors inform, not officials.",
            speaker=other.id,
            recorded_by=NAME,
        )
    )
    actor = workspace.actor
    workspace.actor = NAME
    recorded = workspace.observations.update(
        dataclasses.replace(recorded, translation="Les conseillers informent.")
    )
    workspace.actor = actor
    mentioning = workspace.observations.create(
        Observation(
            exchange=exchange.id,
            kind=ObservationKind.OBSERVATION,
            text="Someone else's note" + (" that speaks of Oyelaran-Quist." if mention else "."),
            speaker=other.id,
        )
    )
    # Their quote as a comparison's evidence.
    comparison = workspace.comparisons.create(
        Comparison(
            aspect="Who informs asylum seekers",
            exchange=exchange.id,
            practices=(
                Practice(organisation=fedasil.id, description="Counsellors", evidence=(quote.id,)),
                Practice(organisation=ofii.id, description="Officials"),
            ),
        )
    )
    action = workspace.actions.create(Action(exchange=exchange.id, text="Call back", owner=NAME))
    # A draft of their form.
    drafts_of(workspace).keep(f"person:{person.id}", dataclasses.replace(person, office="Mons"))
    return Fixture(
        person, other, quote, trashed_quote, recorded, mentioning, visit, comparison, action
    )


def test_export_person_holds_every_record_the_fixture_put_there(
    workspace: Workspace, tmp_path: Path
) -> None:
    made = build(workspace)
    document = export_person(workspace, made.person.id)
    assert document["format"] == "counsellor-exchange-notes-person"
    assert [p["name"] for p in document["people"]] == [NAME]
    assert [o["name"] for o in document["organisations"]] == ["Fedasil"]
    observations = {o["id"]: o for o in document["observations"]}
    assert set(observations) == {made.quote.id, made.trashed_quote.id, made.recorded.id}
    assert "deleted_at" in observations[made.trashed_quote.id]
    assert observations[made.quote.id]["speaker"] == made.person.id
    assert [v["id"] for v in document["visits"]] == [made.visit.id]
    assert [a["id"] for a in document["actions"]] == [made.action.id]
    [practice] = document["practices"]
    assert practice["comparison"] == made.comparison.id
    assert practice["quotes"] == [made.quote.id]
    audit = document["audit"]
    about_person = [line for line in audit if line["record_id"] == made.person.id]
    assert [line["action"] for line in about_person] == ["create", "update"]
    assert about_person[1]["changes"]["name"] == [EARLIER_NAME, NAME]
    assert any(line["actor"] == NAME for line in audit)
    assert any(line["record_id"] == made.quote.id and line["action"] == "update" for line in audit)
    assert [m["id"] for m in document["mentioned_in"]] == [made.mentioning.id]

    out = tmp_path / "person.json"
    count = export_person_file(workspace, made.person.id, out)
    assert json.loads(out.read_text(encoding="utf-8")) == document | {
        "exported_at": json.loads(out.read_text(encoding="utf-8"))["exported_at"]
    }
    assert count >= 9


def _no_name_in_rows(workspace: Workspace) -> None:
    """No stored value anywhere holds the name (every table, every text column)."""
    with workspace.database.reading() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            tables = session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'")
            ).scalars()
        else:
            tables = session.execute(
                text(
                    "SELECT table_name FROM information_schema.tables"
                    " WHERE table_schema = current_schema()"
                )
            ).scalars()
        for table in list(tables):
            for row in session.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    data = value if isinstance(value, bytes) else str(value).encode()
                    assert not bytes_of_the_name(data), (table, row)


def test_erasure_leaves_no_byte_of_the_name_in_the_file_its_log_or_any_export(
    workspace: Workspace, tmp_path: Path
) -> None:
    made = build(workspace)
    on_file = workspace.database.path is not None
    if on_file:
        backups.backup_now(workspace)
    assert drafts_of(workspace).pending()
    assert search(workspace, "Oyelaran", SearchFilters())

    plan = plan_erasure(workspace, made.person.id, with_quotes=True)
    assert plan.observations_spoken == 2 and plan.observations_recorded == 1
    assert plan.visits == 1 and plan.actions == 1 and plan.practices_citing == 1
    assert plan.drafts == 1
    assert [m[1] for m in plan.mentions] == [made.mentioning.id]
    assert len(plan.backups) == (1 if on_file else 0)

    report = erase_person(workspace, made.person.id, with_quotes=True, purge_backups=True)
    assert report.observations_erased == 2
    assert report.file_rewritten == on_file

    with pytest.raises(NotFoundError):
        workspace.people.get(made.person.id, trashed=None)
    with pytest.raises(NotFoundError):
        export_person(workspace, made.person.id)
    # What others wrote stays; what named the person does not.
    comparison = workspace.comparisons.get(made.comparison.id)
    assert comparison.practices[0].evidence == ()
    recorded = workspace.observations.get(made.recorded.id)
    assert recorded.recorded_by == "(erased)" and recorded.updated_by == "(erased)"
    assert workspace.actions.get(made.action.id).owner == "(erased)"
    assert workspace.visits.get(made.visit.id).participants == ()
    assert workspace.observations.get(made.mentioning.id).text.endswith("Oyelaran-Quist.")
    # The audit keeps that it happened, when and by whom.
    [line] = [h for h in workspace.history(made.person.id) if h["action"] == "erase"]
    assert line["actor"] == workspace.actor and line["at"]
    assert all(h["changes"] is None for h in workspace.history(made.person.id)[1:])

    # The search index, the drafts, the backups.
    assert not search(workspace, "Zéphyrine", SearchFilters())
    assert [hit.id for hit in search(workspace, "Oyelaran", SearchFilters())] == [
        made.mentioning.id
    ]
    assert drafts_of(workspace).pending() == []
    assert report.backups_purged == tuple(b.path for b in plan.backups)
    assert all(not b.path.exists() for b in plan.backups)

    # The note that mentions the name is the one place left: take it away, then not a byte.
    workspace.observations.update(
        dataclasses.replace(
            workspace.observations.get(made.mentioning.id), text="Someone else's note."
        )
    )
    workspace.observations.delete(made.mentioning.id)
    workspace.empty_trash()
    if on_file:
        from counsellor_app.storage.erasure import compact_search_index, forget_freed_pages

        with workspace.database.writing() as session:
            compact_search_index(session)
        assert forget_freed_pages(workspace.database)
        path = workspace.database.path
        assert path is not None
        assert bytes_of_the_name(path.read_bytes()) == []
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or bytes_of_the_name(wal.read_bytes()) == []
    _no_name_in_rows(workspace)
    exported = tmp_path / "all.json"
    export_file(workspace, exported)
    export_csv(workspace, tmp_path / "all.csv")
    for file in (exported, tmp_path / "all.csv"):
        assert bytes_of_the_name(file.read_bytes()) == []
    for folder in (tmp_path, workspace.database.path.parent if on_file else tmp_path):
        for file in folder.rglob("*"):
            if file.is_file():
                assert bytes_of_the_name(file.read_bytes()) == [], file


def test_erasure_of_the_file_itself_leaves_no_byte_right_after(
    sqlite_workspace: Workspace,
) -> None:
    workspace = sqlite_workspace
    made = build(workspace, mention=False)
    erase_person(workspace, made.person.id, with_quotes=True)
    path = workspace.database.path
    assert path is not None
    assert bytes_of_the_name(path.read_bytes()) == []
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    drafts = Path(drafts_of(workspace).folder)
    for file in drafts.glob("*"):
        assert bytes_of_the_name(file.read_bytes()) == []


def test_without_quotes_their_observations_stay_with_speaker_erased(
    workspace: Workspace,
) -> None:
    made = build(workspace)
    report = erase_person(workspace, made.person.id)
    assert report.observations_erased == 0
    quote = workspace.observations.get(made.quote.id)
    assert quote.text.startswith("Moi, ")
    assert quote.speaker == ERASED_SPEAKER_ID
    assert workspace.people.get(ERASED_SPEAKER_ID).name == "speaker erased"
    assert workspace.comparisons.get(made.comparison.id).practices[0].evidence == (quote.id,)
    assert "speaker erased" in report.summary()
    # A second erasure shares the same placeholder.
    erase_person(workspace, made.other.id)
    assert workspace.observations.get(made.recorded.id).speaker == ERASED_SPEAKER_ID
    assert [p.name for p in workspace.people.all()] == ["speaker erased"]


class SettableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_the_trash_keeps_records_for_the_retention_period_then_purges_them(
    workspace: Workspace,
) -> None:
    clock = SettableClock(datetime(2016, 10, 1, 9, 0, tzinfo=UTC))
    workspace.clock = clock
    workspace._services.clear()  # the services take the clock when first made
    old = workspace.organisations.create(Organisation(name="Old agency", notes="private notes"))
    recent = workspace.organisations.create(Organisation(name="Recent agency"))
    kept = workspace.organisations.create(Organisation(name="Kept agency"))
    workspace.organisations.delete(old.id)
    clock.now += timedelta(days=20)
    workspace.organisations.delete(recent.id)
    clock.now += timedelta(days=10, minutes=1)  # old: 30 days and a minute; recent: 10 days

    assert purge_expired_trash(workspace, 0) == 0
    assert purge_expired_trash(workspace, 30) == 1
    assert [item[1] for item in workspace.trash()] == [recent.id]
    assert workspace.organisations.get(kept.id).name == "Kept agency"
    lines = workspace.history(old.id)
    assert [h["action"] for h in lines] == ["trash", "create"]
    assert all(h["changes"] is None for h in lines)
    assert workspace.history(recent.id)[-1]["changes"]["name"] == [None, "Recent agency"]
    [expired] = [h for h in workspace.history() if h["action"] == "expire"]
    assert expired["changes"] == {"records": 1, "days": 30}

    clock.now += timedelta(days=20)
    assert purge_expired_trash(workspace, 30) == 1
    assert workspace.trash() == []
