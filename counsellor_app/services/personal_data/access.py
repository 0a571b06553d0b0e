"""A person's data on request: everything stored about them, as one file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from counsellor_app.domain.schema import BY_KEY
from counsellor_app.services.files import write_atomically
from counsellor_app.services.personal_data.traces import read_traces
from counsellor_app.services.record_json import record_to_json
from counsellor_app.services.records import plain
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo
from counsellor_app.storage.mapping import AUDIT

PERSON_FORMAT = "counsellor-exchange-notes-person"
PERSON_VERSION = 1


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
