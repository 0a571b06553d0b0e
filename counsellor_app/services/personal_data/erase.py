"""Erasing a person and every place their name is kept as a value, and saying what went."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counsellor_app import paths
from counsellor_app.domain.records import Person
from counsellor_app.domain.schema import BY_KEY, ENTITIES, PERSON
from counsellor_app.services.backups import BackupInfo, backup_folder, list_backups
from counsellor_app.services.drafts import DraftStore
from counsellor_app.services.personal_data.traces import (
    ERASED_SPEAKER_ID,
    ERASED_SPEAKER_NAME,
    Traces,
    like,
    read_traces,
    same_name,
)
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import erasure
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import TABLES

# What a value that named the person becomes (recorded by, owner, who changed a record).
ERASED = "(erased)"


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
        key = same_name(name)

        def rewrite(value: str) -> str:
            if value == person_id:
                return ERASED_SPEAKER_ID
            return ERASED if same_name(value) == key else value

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
                    .where(table.c[column].ilike(like(name.strip()), escape="\\"))
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
