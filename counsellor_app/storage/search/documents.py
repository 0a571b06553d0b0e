"""What a hit shows: the title and searched texts of the records found, for the snippet."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counsellor_app.storage.search.criteria import Found


@dataclass(frozen=True)
class Document:
    """A found record's title and searched texts, by field name, for the snippet."""

    title: str
    fields: tuple[tuple[str, str], ...]


def documents(session: Session, found: Sequence[Found]) -> dict[tuple[str, str], Document]:
    """Titles and texts of the records found."""
    by_kind: dict[str, list[str]] = {}
    for item in found:
        by_kind.setdefault(item.kind, []).append(item.id)
    out: dict[tuple[str, str], Document] = {}
    expanding = "(SELECT value FROM json_each(:ids))"
    for kind, ids in by_kind.items():
        params: dict[str, Any] = {}
        if session.get_bind().dialect.name == "sqlite":
            params["ids"] = json.dumps(ids)
            among = f"r.id IN {expanding}"
        else:
            params["ids"] = ids
            among = "r.id = ANY(:ids)"
        if kind == "observation":
            sql = (
                "SELECT r.id, r.kind, s.name, r.text, r.translation FROM observations r"
                f" LEFT JOIN people s ON s.id = r.speaker_id WHERE {among}"
            )
            for rid, okind, speaker, body, translation in session.execute(text(sql), params):
                title = f"{okind}, {speaker}" if speaker else okind
                fields = [("text", body)] + ([("translation", translation)] if translation else [])
                out[(kind, rid)] = Document(title, tuple(fields))
        elif kind == "comparison":
            sql = f"SELECT r.id, r.aspect, r.summary FROM comparisons r WHERE {among}"
            rows = list(session.execute(text(sql), params))
            practices: dict[str, list[tuple[str, str]]] = {}
            psql = (
                "SELECT p.comparison_id, g.name, p.description, p.strengths, p.challenges"
                " FROM practices p LEFT JOIN organisations g ON g.id = p.organisation_id"
                f" WHERE p.comparison_id IN (SELECT r.id FROM comparisons r WHERE {among})"
                " ORDER BY p.comparison_id, p.position"
            )
            for cid, organisation, description, strengths, challenges in session.execute(
                text(psql), params
            ):
                name = organisation or "practice"
                items = practices.setdefault(cid, [])
                items.append((f"{name}: description", description))
                if strengths:
                    items.append((f"{name}: strengths", strengths))
                if challenges:
                    items.append((f"{name}: challenges", challenges))
            for rid, aspect, summary in rows:
                fields = [("aspect", aspect)] + ([("summary", summary)] if summary else [])
                out[(kind, rid)] = Document(aspect, tuple(fields + practices.get(rid, [])))
        elif kind == "exchange":
            sql = f"SELECT r.id, r.title, r.summary FROM exchanges r WHERE {among}"
            for rid, title, summary in session.execute(text(sql), params):
                fields = [("title", title)] + ([("summary", summary)] if summary else [])
                out[(kind, rid)] = Document(title, tuple(fields))
        elif kind == "organisation":
            sql = f"SELECT r.id, r.name, r.full_name FROM organisations r WHERE {among}"
            for rid, name, full_name in session.execute(text(sql), params):
                fields = [("name", name)] + ([("full_name", full_name)] if full_name else [])
                out[(kind, rid)] = Document(name, tuple(fields))
        else:
            sql = (
                "SELECT r.id, r.name, r.role, g.name FROM people r"
                f" LEFT JOIN organisations g ON g.id = r.organisation_id WHERE {among}"
            )
            for rid, name, role, organisation in session.execute(text(sql), params):
                about = ", ".join(v for v in (role, organisation) if v)
                out[(kind, rid)] = Document(
                    f"{name} ({about})" if about else name, (("name", name),)
                )
    return out
