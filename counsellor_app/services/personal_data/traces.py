"""Everything stored about one person: records, values naming them, audit lines, mentions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counsellor_app.domain.errors import DomainError, NotFoundError
from counsellor_app.domain.records import Person
from counsellor_app.domain.schema import BY_KEY, PERSON
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import AUDIT, EVIDENCE, LINKS, PRACTICES, TABLES

# The one person every erased speaker's observations point at, the same id everywhere so
# that files exchanged between agencies agree on it.
ERASED_SPEAKER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "counsellor-app:speaker-erased"))
ERASED_SPEAKER_NAME = "speaker erased"


@dataclass(frozen=True)
class Traces:
    """Where a person is stored, by record ids; read in one go for export and erasure."""

    person: Person
    spoken: tuple[str, ...]  # observations they said (speaker)
    recorded: tuple[str, ...]  # observations they recorded (recorded_by is their name)
    visits: tuple[str, ...]  # visits they took part in
    actions: tuple[str, ...]  # actions they own
    quoted_in: tuple[tuple[str, str], ...]  # (comparison, organisation) citing a quote of theirs
    audit: tuple[int, ...]  # audit lines about them, their observations, or naming them
    mentions: tuple[tuple[str, str, str], ...]  # (kind, id, title) of text naming them


def same_name(name: str) -> Any:
    return name.strip().casefold()


def ids_of(session: Session, query: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(session.execute(query).scalars()))


def read_traces(session: Session, person_id: str) -> Traces:
    """Everything stored about the person ``person_id`` (live or in the trash)."""
    try:
        person = repo.get(session, PERSON, person_id, trashed=None)
    except NotFoundError:
        raise NotFoundError(f"No person with id {person_id}") from None
    assert isinstance(person, Person)
    if person.id == ERASED_SPEAKER_ID:
        raise DomainError("This is the placeholder of erased speakers, not a person.")
    name = person.name
    observations = TABLES["observation"]
    visits = TABLES["visit"]
    actions = TABLES["action"]
    participants = LINKS[("visit", "participants")]
    spoken = ids_of(
        session, select(observations.c.id).where(observations.c.speaker_id == person_id)
    )
    recorded = tuple(
        row_id
        for row_id, by in session.execute(
            select(observations.c.id, observations.c.recorded_by).where(
                observations.c.recorded_by.ilike(like(name.strip()), escape="\\")
            )
        )
        if same_name(by) == same_name(name)
    )
    visit_ids = ids_of(
        session,
        select(visits.c.id).where(
            visits.c.id.in_(select(participants.owner).where(participants.target == person_id))
        ),
    )
    action_ids = tuple(
        row_id
        for row_id, owner in session.execute(
            select(actions.c.id, actions.c.owner).where(
                actions.c.owner.ilike(like(name.strip()), escape="\\")
            )
        )
        if same_name(owner) == same_name(name)
    )
    quoted_in: list[tuple[str, str]] = []
    for part in repo.chunks(list(spoken)):
        quoted_in += [
            (c, o)
            for c, o in session.execute(
                select(EVIDENCE.c.comparison_id, EVIDENCE.c.organisation_id)
                .where(EVIDENCE.c.observation_id.in_(part))
                .distinct()
            )
        ]
    about = [person_id, *spoken]
    audit_ids: set[int] = set()
    for part in repo.chunks(about):
        audit_ids.update(
            session.execute(select(AUDIT.c.id).where(AUDIT.c.record_id.in_(part))).scalars()
        )
    audit_ids.update(
        session.execute(
            select(AUDIT.c.id).where(
                or_(
                    AUDIT.c.changes.ilike(f"%{like(name)}%", escape="\\"),
                    AUDIT.c.changes.like(f"%{person_id}%"),
                    AUDIT.c.actor.ilike(like(name.strip()), escape="\\"),
                )
            )
        ).scalars()
    )
    return Traces(
        person=person,
        spoken=spoken,
        recorded=recorded,
        visits=visit_ids,
        actions=action_ids,
        quoted_in=tuple(dict.fromkeys(quoted_in)),
        audit=tuple(sorted(audit_ids)),
        mentions=_mentions(session, name, set(spoken) | set(recorded) | {person_id}),
    )


def like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Free text that may name someone, by kind of record.
_FREE_TEXT = {
    "observation": ("text", "translation"),
    "comparison": ("aspect", "summary"),
    "exchange": ("title", "summary"),
    "organisation": ("name", "full_name", "notes"),
    "action": ("text",),
    "visit": ("place", "purpose"),
    "theme": ("name", "description"),
    "person": ("name", "role", "office"),
}


def name_words(name: str) -> list[str]:
    """The parts of a name looked for in free text: the whole name, and each word of it of
    four letters or more (a surname alone, a first name alone)."""
    words = [w.strip(".,;:()\"'") for w in name.split()]
    return list(dict.fromkeys([name.strip(), *(w for w in words if len(w) >= 4)]))


def _mentions(session: Session, name: str, skip: set[str]) -> tuple[tuple[str, str, str], ...]:
    """Records whose free text holds the name or a word of it (those being exported or
    erased aside)."""
    found: list[tuple[str, str, str]] = []
    patterns = [f"%{like(word)}%" for word in name_words(name)]
    for kind, columns in _FREE_TEXT.items():
        table = TABLES[kind]
        title = BY_KEY[kind].title_field
        query = select(table.c.id, table.c[title]).where(
            or_(*(table.c[c].ilike(p, escape="\\") for c in columns for p in patterns))
        )
        found += [(kind, i, str(t or "")) for i, t in session.execute(query) if i not in skip]
    for comparison, aspect in session.execute(
        select(PRACTICES.c.comparison_id, TABLES["comparison"].c.aspect)
        .join(TABLES["comparison"], TABLES["comparison"].c.id == PRACTICES.c.comparison_id)
        .where(
            or_(
                *(
                    PRACTICES.c[c].ilike(p, escape="\\")
                    for c in ("description", "strengths", "challenges")
                    for p in patterns
                )
            )
        )
    ):
        found.append(("comparison", comparison, str(aspect)))
    return tuple(dict.fromkeys(found))
