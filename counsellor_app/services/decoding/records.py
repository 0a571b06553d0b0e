"""Reading a file's records one at a time, each problem named with its JSON path."""

from __future__ import annotations

import dataclasses
from collections.abc import Set
from datetime import datetime
from typing import Any

from counsellor_app.domain.errors import Problem, shortened
from counsellor_app.domain.field_types import decoder_of
from counsellor_app.domain.json_values import (
    MAX_PROBLEMS,
    Refused,
    unknown_field,
    wrong_type,
)
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import ENTITIES, META_FIELDS, META_SPECS, EntitySpec
from counsellor_app.domain.validation import record_problems
from counsellor_app.domain.validation import required as required_problem


def _moved(problem: Problem, prefix: str) -> Problem:
    """The problem with ``prefix`` before its path (a suffix such as ``[2]`` or ``.text``)."""
    return dataclasses.replace(problem, path=f"{prefix}{problem.path}")


DECODERS = {spec.key: [(f.name, decoder_of(f)) for f in spec.fields] for spec in ENTITIES}
META_DECODERS = [(spec.name, decoder_of(spec)) for spec in META_SPECS]
ALLOWED_KEYS = {spec.key: frozenset({"id", *META_FIELDS, *spec.names}) for spec in ENTITIES}


class RecordReader:
    """Builds records, filling in who made them and when where the file does not say."""

    def __init__(self, problems: list[Problem], now: datetime, actor: str) -> None:
        self.problems = problems
        self.now = now
        self.actor = actor

    def record(self, spec: EntitySpec, raw: Any, path: str) -> tuple[Record | None, Set[str]]:
        if type(raw) is not dict:
            self.problems.append(wrong_type("object", raw, path))
            return None, set()
        before = len(self.problems)
        unknown = raw.keys() - ALLOWED_KEYS[spec.key]
        for key in sorted(unknown)[:MAX_PROBLEMS]:
            self.problems.append(unknown_field(f"{path}.{shortened(key)}"))
        record_id = raw.get("id")
        if type(record_id) is not str or not record_id:
            self.problems.append(
                required_problem(f"{path}.id")
                if record_id is None
                else wrong_type("text", record_id, f"{path}.id")
            )
            record_id = ""
        values: dict[str, Any] = {"id": record_id}
        given: set[str] = set()
        for name, decode in META_DECODERS:
            raw_value = raw.get(name)
            if raw_value is None:
                continue
            try:
                values[name] = decode(raw_value)
                given.add(name)
            except Refused as refused:
                self._report(path, name, refused)
        for name, decode in DECODERS[spec.key]:
            try:
                values[name] = decode(raw.get(name))
            except Refused as refused:
                self._report(path, name, refused)
        if len(self.problems) > before:
            return None, given
        if "created_at" not in values:
            values["created_at"] = self.now
        values.setdefault("updated_at", values["created_at"])
        values.setdefault("created_by", self.actor)
        values.setdefault("updated_by", values["created_by"])
        values["version"] = 1
        record = spec.record(**values)
        for problem in record_problems(record, spec):
            self.problems.append(_moved(problem, f"{path}."))
        return (None, given) if len(self.problems) > before else (record, given)

    def _report(self, path: str, name: str, refused: Refused) -> None:
        self.problems.extend(_moved(problem, f"{path}.{name}") for problem in refused.problems)
