"""How a person is named in a report: by name, or by role and organisation when withheld —
in the fields that point at them and wherever free text mentions them.

``PersonNaming`` is made once per report. Its ``text()`` withholds names inside any free
text, ``free_text_name()`` an owner-like field that holds a name as typed, and
``without_names()`` a whole snapshot at once. Names are found by
:mod:`counsellor_app.reports.name_mentions`, however they are written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from counsellor_app.domain import Organisation, Person, Snapshot
from counsellor_app.domain.records import Practice, Record
from counsellor_app.domain.schema import ENTITIES, PRACTICE_FIELDS, FieldSpec, spec_of
from counsellor_app.reports.name_mentions import (
    Mention,
    NameIndex,
    find_mentions,
    unknown_words,
    withhold_names,
    words_of,
)

# What stands for someone a report may not name, and for whoever an owner field names when
# it cannot be told whom.
SOMEONE = "a participant"

# Words an owner field may hold besides names, in the report's languages: they never make
# it "name someone without a record".
_COMMON_WORDS = words_of(
    [
        SOMEONE,
        "and or the of with for all everyone team each both who TBD n/a nobody none",
        "et ou le la les de du des l d en avec pour tous toutes équipe chacun personne",
        "en of het de een van met voor alle iedereen team elk niemand",
    ]
)
# Fields that name an organisation, not a person, and are never searched for names.
_NOT_SEARCHED = {("organisation", "name"), ("organisation", "full_name"), ("person", "name")}
# Fields that hold a name as typed (who owns an action, who recorded an observation).
_NAME_FIELDS = {("action", "owner"), ("observation", "recorded_by")}


R = TypeVar("R", bound=Record)


class PersonNaming:
    """Names people for one report; ``redact`` withholds every name, not only the asked ones.
    ``words`` says the stand-ins' own words ("a participant") in the report's language."""

    def __init__(
        self,
        snapshot: Snapshot,
        *,
        redact: bool,
        words: Callable[[str], str] | None = None,
    ) -> None:
        self._snapshot = snapshot
        say = words or (lambda text: text)
        self._someone = say(SOMEONE)
        self._participant = say("participant")
        self._redact = redact
        self._people = {person.id: person for person in snapshot.people}
        self._stand_ins: dict[str, str] = {}
        self._index = NameIndex((person.id, person.name) for person in snapshot.people)
        self._anyone_withheld = redact or any(not p.named_in_reports for p in snapshot.people)
        self._known_words = _COMMON_WORDS | words_of(
            [self._someone, self._participant]
            + [o.name for o in snapshot.organisations]
            + [o.full_name for o in snapshot.organisations]
            + [p.role for p in snapshot.people]
            + [p.office for p in snapshot.people]
        )

    @property
    def redact(self) -> bool:
        return self._redact

    def withheld(self, person: Person) -> bool:
        return self._redact or not person.named_in_reports

    def organisation_name(self, person: Person) -> str | None:
        organisation = self._snapshot.get(person.organisation, Organisation)
        return organisation.name if organisation is not None else None

    def stand_in(self, person: Person) -> str:
        """What replaces a withheld name: ``return counsellor, Fedasil``."""
        known = self._stand_ins.get(person.id)
        if known is None:
            known = self._stand_ins[person.id] = self._stand_in(person)
        return known

    def _stand_in(self, person: Person) -> str:
        role = self._generic((person.role or "").strip())
        organisation = (self.organisation_name(person) or "").strip()
        if not role and not organisation:
            return self._someone
        return ", ".join(part for part in (role or self._participant, organisation) if part)

    def name(self, person: Person) -> str:
        """The person's name, or its stand-in where withheld."""
        return self.stand_in(person) if self.withheld(person) else person.name

    def attribution(self, person_id: str | None) -> str | None:
        """``Guillaume, return counsellor, Fedasil`` (no name where withheld); None for no one."""
        person = self._snapshot.get(person_id, Person)
        if person is None:
            return None
        if self.withheld(person):
            return self.stand_in(person)
        parts = (person.name, person.role, self.organisation_name(person))
        return ", ".join(part.strip() for part in parts if part and part.strip())

    # -- names inside free text ----------------------------------------------------------

    def _withholds(self, mention: Mention) -> bool:
        """True when a mention may name someone this report does not name."""
        return any(self.withheld(self._people[i]) for i in mention.person_ids if i in self._people)

    def _mentioned(self, mention: Mention) -> str | None:
        """What a mention becomes: kept when it names only people who may be named, else
        their stand-in (one for all of them, or the plain one when they differ)."""
        if not self._withholds(mention):
            return None
        people = [self._people[i] for i in sorted(mention.person_ids) if i in self._people]
        stand_ins = {self.stand_in(person) for person in people}
        return stand_ins.pop() if len(stand_ins) == 1 else self._someone

    def _generic(self, text: str) -> str:
        """The text with every withheld name replaced by the plain stand-in (for a role,
        which is itself part of stand-ins)."""
        if not self._anyone_withheld or not text:
            return text
        return withhold_names(
            text, self._index, lambda m: self._someone if self._withholds(m) else None
        )

    def text(self, text: str | None) -> str | None:
        """Free text with each mention of a withheld person replaced, in brackets, by their
        stand-in: "[return counsellor, Fedasil] said…"."""
        if not text or not self._anyone_withheld:
            return text

        def bracketed(mention: Mention) -> str | None:
            instead = self._mentioned(mention)
            return None if instead is None else f"[{instead}]"

        return withhold_names(text, self._index, bracketed)

    def free_text_name(self, text: str | None) -> str | None:
        """A field that holds a name as typed (an action's owner): each withheld person in
        it replaced by their stand-in. When every name is withheld, words that may still
        name someone without a record make the whole field a stand-in, so a name typed for
        no person record is not printed either."""
        if text is None or not text.strip():
            return None
        if not self._anyone_withheld:
            return text
        mentions = find_mentions(text, self._index)
        if self._redact and unknown_words(text, self._index, self._known_words):
            stand_ins = [self._mentioned(m) or self._someone for m in mentions]
            return "; ".join(dict.fromkeys([*stand_ins, self._someone]))
        return withhold_names(text, self._index, self._mentioned)

    def without_names(self, snapshot: Snapshot) -> Snapshot:
        """The snapshot with the names this report withholds taken out of every free text
        (people keep their names: ``name()`` and ``attribution()`` stand in for them)."""
        if not self._anyone_withheld:
            return snapshot
        return Snapshot(
            **{
                spec.plural: tuple(
                    self.record_without_names(r) for r in getattr(snapshot, spec.plural)
                )
                for spec in ENTITIES
            }
        )

    def record_without_names(self, record: R, *, name_fields: bool = True) -> R:
        """One record with the names this report withholds taken out of its free text, and
        out of its fields that hold a name as typed unless ``name_fields`` is false (for a
        report that withholds those where it prints them, with ``free_text_name``)."""
        if not self._anyone_withheld:
            return record
        spec = spec_of(record)
        changes: dict[str, Any] = {}
        for field in _searched_fields(spec.key, spec.fields):
            value = getattr(record, field.name)
            if (spec.key, field.name) in _NAME_FIELDS:
                new = self.free_text_name(value) if name_fields else value
            else:
                new = self.text(value)
            if new != value:
                changes[field.name] = new
        if spec.key == "comparison":
            kept: list[Practice] = []
            for practice in record.practices:  # type: ignore[attr-defined]
                replaced = {
                    f.name: self.text(getattr(practice, f.name))
                    for f in PRACTICE_FIELDS
                    if f.is_text
                }
                kept.append(dataclasses.replace(practice, **replaced))
            if tuple(kept) != record.practices:  # type: ignore[attr-defined]
                changes["practices"] = tuple(kept)
        return dataclasses.replace(record, **changes) if changes else record


def _searched_fields(key: str, fields: tuple[FieldSpec, ...]) -> list[FieldSpec]:
    """The text fields of a kind that may mention a person's name."""
    return [f for f in fields if f.is_text and (key, f.name) not in _NOT_SEARCHED]
