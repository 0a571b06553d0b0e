"""A person's data on request: everything stored about them, their erasure, and the trash
emptied of what it has kept longer than the retention period.

Erasure removes the person and every place their name is kept as a value: the person
record, the speaker of their observations (pointed at one shared placeholder person,
"speaker erased", as GitHub shows a deleted account as "ghost"; with ``with_quotes`` the
observations go too, and with them their place as evidence in comparisons), "recorded by",
an action's owner, who made or changed a record, the audit trail's stored values (its lines
stay, with that an erasure happened, when and by whom) and the search index; then drafts
naming them. On SQLite the file is then rewritten without its free pages and its log
emptied, so no byte of the name is left in either. Text written about them elsewhere (a
note that mentions the name) is listed, not changed: only its author can say what it means.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from counsellor_app import paths
from counsellor_app.domain.errors import DomainError, NotFoundError
from counsellor_app.domain.records import Person
from counsellor_app.domain.schema import BY_KEY, ENTITIES, PERSON
from counsellor_app.services.backups import BackupInfo, backup_folder, list_backups
from counsellor_app.services.drafts import DraftStore
from counsellor_app.services.files import write_atomically
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import plain
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import erasure
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import AUDIT, EVIDENCE, LINKS, PRACTICES, TABLES

PERSON_FORMAT = "counsellor-exchange-notes-person"
PERSON_VERSION = 1
# The one person every erased speaker's observations point at, the same id everywhere so
# that files exchanged between agencies agree on it.
ERASED_SPEAKER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "counsellor-app:speaker-erased"))
ERASED_SPEAKER_NAME = "speaker erased"
# What a value that named the person becomes (recorded by, owner, who changed a record).
ERASED = "(erased)"
DEFAULT_RETENTION_DAYS = 30


# -- what is stored about a person ---------------------------------------------------------


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


def _same_name(name: str) -> Any:
    return name.strip().casefold()


def _ids(session: Session, query: Any) -> tuple[str, ...]:
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
    spoken = _ids(session, select(observations.c.id).where(observations.c.speaker_id == person_id))
    recorded = tuple(
        row_id
        for row_id, by in session.execute(
            select(observations.c.id, observations.c.recorded_by).where(
                observations.c.recorded_by.ilike(_like(name.strip()), escape="\\")
            )
        )
        if _same_name(by) == _same_name(name)
    )
    visit_ids = _ids(
        session,
        select(visits.c.id).where(
            visits.c.id.in_(select(participants.owner).where(participants.target == person_id))
        ),
    )
    action_ids = tuple(
        row_id
        for row_id, owner in session.execute(
            select(actions.c.id, actions.c.owner).where(
                actions.c.owner.ilike(_like(name.strip()), escape="\\")
            )
        )
        if _same_name(owner) == _same_name(name)
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
                    AUDIT.c.changes.ilike(f"%{_like(name)}%", escape="\\"),
                    AUDIT.c.changes.like(f"%{person_id}%"),
                    AUDIT.c.actor.ilike(_like(name.strip()), escape="\\"),
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


def _like(value: str) -> str:
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
    patterns = [f"%{_like(word)}%" for word in name_words(name)]
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


# -- access ----------------------------------------------------------------------------------


def _records(session: Session, kind: str, ids: Sequence[str]) -> list[dict[str, Any]]:
    spec = BY_KEY[kind]
    loaded = repo.load(session, spec, list(ids), trashed=None)
    out = []
    for record_id in ids:
        record = loaded.get(record_id)
        if record is None:
            continue
        body = record_to_json(spec, record)
        if record.deleted_at is not None:
            body["deleted_at"] = record.deleted_at.isoformat()
        out.append(body)
    return out


def export_person(workspace: Workspace, person_id: str) -> dict[str, Any]:
    """Everything stored about one person, as one JSON document.

    Records are written as in the interchange file (section 3 of the format), those in the
    trash with ``deleted_at``: the person and their organisation, the observations they
    said or recorded, the visits they took part in, the actions they own, the practices that
    cite their quotes (with their comparison's aspect), and every audit line about them or
    naming them."""
    with workspace.database.reading() as session:
        traces = read_traces(session, person_id)
        person = traces.person
        organisations = [person.organisation] if person.organisation else []
        observations = list(dict.fromkeys(traces.spoken + traces.recorded))
        practices = []
        quotes = set(traces.spoken)
        comparisons = repo.load(
            session, BY_KEY["comparison"], list({c for c, _ in traces.quoted_in}), trashed=None
        )
        for comparison_id, organisation_id in traces.quoted_in:
            comparison = comparisons.get(comparison_id)
            if comparison is None:
                continue
            for practice in comparison.practices:  # type: ignore[attr-defined]
                if practice.organisation == organisation_id:
                    practices.append(
                        {
                            "comparison": comparison_id,
                            "aspect": comparison.aspect,  # type: ignore[attr-defined]
                            **plain(practice),
                            "quotes": [e for e in practice.evidence if e in quotes],
                        }
                    )
        audit = [
            {
                "id": row.id,
                "at": row.at.isoformat(),
                "actor": row.actor,
                "entity": row.entity,
                "record_id": row.record_id,
                "action": row.action,
                "changes": orjson.loads(row.changes) if row.changes else None,
            }
            for part in repo.chunks([str(i) for i in traces.audit])
            for row in session.execute(
                select(AUDIT).where(AUDIT.c.id.in_([int(i) for i in part])).order_by(AUDIT.c.id)
            )
        ]
        return {
            "format": PERSON_FORMAT,
            "version": PERSON_VERSION,
            "exported_at": workspace.clock().isoformat(),
            "people": _records(session, "person", [person.id]),
            "organisations": _records(session, "organisation", organisations),
            "observations": _records(session, "observation", observations),
            "visits": _records(session, "visit", list(traces.visits)),
            "actions": _records(session, "action", list(traces.actions)),
            "practices": practices,
            "audit": audit,
            "mentioned_in": [
                {"kind": kind, "id": record_id, "title": title}
                for kind, record_id, title in traces.mentions
            ],
        }


def export_person_file(workspace: Workspace, person_id: str, path: Path) -> int:
    """Writes :func:`export_person` to ``path``; returns how many records and lines it holds."""
    document = export_person(workspace, person_id)
    write_atomically(
        Path(path), orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    )
    return sum(
        len(document[k])
        for k in ("people", "organisations", "observations", "visits", "actions", "practices")
    ) + len(document["audit"])


# -- erasure ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePlan:
    """What erasing a person changes, for the confirmation that lists it."""

    person_id: str
    name: str
    with_quotes: bool
    observations_spoken: int
    observations_recorded: int
    visits: int
    actions: int
    practices_citing: int
    audit_lines: int
    drafts: int
    mentions: tuple[tuple[str, str, str], ...]
    backups: tuple[BackupInfo, ...]
    physical: bool  # True on a SQLite file: no byte of the name will be left in it


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did."""

    plan: ErasurePlan
    observations_erased: int = 0
    file_rewritten: bool = False
    backups_purged: tuple[Path, ...] = field(default=())

    def summary(self) -> str:
        p = self.plan
        spoken = (
            f"{self.observations_erased} of their observations erased"
            if p.with_quotes
            else f"{p.observations_spoken} observations now say 'speaker erased'"
        )
        lines = [
            f"Erased {p.name!r}: {spoken}; audit lines cleared: {p.audit_lines}; "
            f"drafts removed: {p.drafts}.",
        ]
        if self.file_rewritten:
            lines.append("The database file was rewritten: nothing of the name is left in it.")
        elif p.physical:
            lines.append(
                "The database file could not be rewritten yet (another program is reading "
                "it); it will be at the next erasure or VACUUM."
            )
        else:
            lines.append(
                "On a database server, old row versions stay until the server's own VACUUM, "
                "and in its logs and backups."
            )
        if self.backups_purged:
            lines.append(f"Backups deleted: {len(self.backups_purged)}.")
        elif p.backups:
            listed = ", ".join(str(b.path) for b in p.backups)
            lines.append(
                f"Backups taken before still hold the name ({len(p.backups)}): {listed}; "
                "--purge-backups deletes them."
            )
        if p.mentions:
            lines.append(
                f"Text elsewhere mentions the name and was not changed ({len(p.mentions)}): "
                + "; ".join(f"{kind} {record_id}" for kind, record_id, _ in p.mentions[:20])
            )
        return "\n".join(lines)


def drafts_of(workspace: Workspace) -> DraftStore:
    """The drafts of the workspace's database (as the window keeps them)."""
    return DraftStore(paths.drafts_dir(), workspace.database.where, workspace.database.key)


def _draft_needles(traces: Traces, with_quotes: bool) -> list[str]:
    needles = [traces.person.name.strip(), traces.person.id]
    if with_quotes:
        needles += traces.spoken
    return needles


def _drafts_naming(store: DraftStore, needles: list[str]) -> int:
    wanted = [n.casefold() for n in needles if n]
    return sum(1 for _key, text in store.documents() if any(n in text.casefold() for n in wanted))


def plan_erasure(
    workspace: Workspace,
    person_id: str,
    *,
    with_quotes: bool = False,
    drafts: DraftStore | None = None,
) -> ErasurePlan:
    """What :func:`erase_person` would change; changes nothing."""
    with workspace.database.reading() as session:
        traces = read_traces(session, person_id)
    store = drafts if drafts is not None else drafts_of(workspace)
    folder = backup_folder(workspace)
    return ErasurePlan(
        person_id=person_id,
        name=traces.person.name,
        with_quotes=with_quotes,
        observations_spoken=len(traces.spoken),
        observations_recorded=len(traces.recorded),
        visits=len(traces.visits),
        actions=len(traces.actions),
        practices_citing=len(traces.quoted_in),
        audit_lines=len(traces.audit),
        drafts=_drafts_naming(store, _draft_needles(traces, with_quotes)),
        mentions=traces.mentions,
        backups=tuple(list_backups(folder)) if folder is not None else (),
        physical=workspace.database.path is not None,
    )


def _placeholder(session: Session, now: datetime, actor: str) -> None:
    """Makes the shared "speaker erased" person if it is not there."""
    people = TABLES["person"]
    found = session.execute(select(people.c.id).where(people.c.id == ERASED_SPEAKER_ID)).first()
    if found is not None:
        session.execute(
            update(people)
            .where(people.c.id == ERASED_SPEAKER_ID)
            .values(deleted_at=None, trash_batch=None)
        )
        return
    placeholder = Person(
        id=ERASED_SPEAKER_ID,
        name=ERASED_SPEAKER_NAME,
        named_in_reports=True,
        created_at=now,
        updated_at=now,
        created_by=actor,
        updated_by=actor,
        version=1,
    )
    repo.insert(session, PERSON, [placeholder])


def erase_person(
    workspace: Workspace,
    person_id: str,
    *,
    with_quotes: bool = False,
    purge_backups: bool = False,
    drafts: DraftStore | None = None,
) -> ErasureReport:
    """Erases a person and every trace of their name (see the module's description); one
    transaction, then the file rewritten, drafts removed, and older backups deleted on
    request."""
    plan = plan_erasure(workspace, person_id, with_quotes=with_quotes, drafts=drafts)
    now, actor = workspace.clock(), workspace.actor
    erased_observations = 0
    with workspace.database.writing() as session:
        erasure.secure_delete(session)
        traces = read_traces(session, person_id)
        name = traces.person.name
        key = _same_name(name)

        def rewrite(value: str) -> str:
            if value == person_id:
                return ERASED_SPEAKER_ID
            return ERASED if _same_name(value) == key else value

        observations = TABLES["observation"]
        if with_quotes:
            erased_observations = erasure.delete_records(
                session, BY_KEY["observation"], traces.spoken
            )
        elif traces.spoken:
            _placeholder(session, now, actor)
            for part in repo.chunks(list(traces.spoken)):
                session.execute(
                    update(observations)
                    .where(observations.c.id.in_(part))
                    .values(
                        speaker_id=ERASED_SPEAKER_ID,
                        version=observations.c.version + 1,
                        updated_at=now,
                        updated_by=actor,
                    )
                )
        for part in repo.chunks(list(traces.recorded)):
            session.execute(
                update(observations).where(observations.c.id.in_(part)).values(recorded_by=ERASED)
            )
        actions = TABLES["action"]
        for part in repo.chunks(list(traces.actions)):
            session.execute(update(actions).where(actions.c.id.in_(part)).values(owner=ERASED))
        for spec in ENTITIES:
            table = TABLES[spec.key]
            for column in ("created_by", "updated_by"):
                session.execute(
                    update(table)
                    .where(table.c[column].ilike(_like(name.strip()), escape="\\"))
                    .values({column: ERASED})
                )
        erasure.delete_records(session, PERSON, [person_id])
        with erasure.audit_open_for_erasure(session):
            gone = [person_id, *(traces.spoken if with_quotes else ())]
            erasure.clear_audit_values(session, gone)
            erasure.rewrite_audit_values(session, [name.strip(), person_id], rewrite)
        repo.audit(
            session,
            at=now,
            actor=actor,
            entity="person",
            record_id=person_id,
            action="erase",
            changes={
                "observations_erased": erased_observations,
                "observations_kept": 0 if with_quotes else len(traces.spoken),
            },
        )
        erasure.compact_search_index(session)
    store = drafts if drafts is not None else drafts_of(workspace)
    store.discard_mentioning(_draft_needles(traces, with_quotes))
    rewritten = erasure.forget_freed_pages(workspace.database)
    purged: list[Path] = []
    if purge_backups:
        for backup in plan.backups:
            backup.path.unlink(missing_ok=True)
            purged.append(backup.path)
    return ErasureReport(
        plan=plan,
        observations_erased=erased_observations,
        file_rewritten=rewritten,
        backups_purged=tuple(purged),
    )


# -- retention -------------------------------------------------------------------------------


def purge_expired_trash(
    workspace: Workspace, days: int = DEFAULT_RETENTION_DAYS, *, now: datetime | None = None
) -> int:
    """Deletes for good the records in the trash for more than ``days`` days, with their
    audit lines' values; returns how many records went (0 when ``days`` is 0 or less:
    kept until the trash is emptied)."""
    if days <= 0:
        return 0
    moment = now or workspace.clock()
    cutoff = moment - timedelta(days=days)
    removed = 0
    with workspace.database.writing() as session:
        expired: dict[str, list[str]] = {}
        for spec in ENTITIES:
            table = TABLES[spec.key]
            rows = session.execute(
                select(table.c.id, table.c.deleted_at).where(table.c.deleted_at.isnot(None))
            ).all()
            ids = [row_id for row_id, deleted in rows if deleted is not None and deleted < cutoff]
            if ids:
                expired[spec.key] = ids
        if not expired:
            return 0
        for spec in reversed(ENTITIES):
            if spec.key in expired:
                removed += repo.purge(session, spec, expired[spec.key])
        with erasure.audit_open_for_erasure(session):
            erasure.clear_audit_values(session, [i for ids in expired.values() for i in ids])
        repo.audit(
            session,
            at=moment,
            actor=workspace.actor,
            entity="trash",
            record_id=None,
            action="expire",
            changes={"records": removed, "days": days},
        )
    return removed
