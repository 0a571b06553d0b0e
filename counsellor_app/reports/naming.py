"""How a person is named in a report: by name, or by role and organisation when withheld."""

from __future__ import annotations

from counsellor_app.domain import Organisation, Person, Snapshot


class PersonNaming:
    """Names people for one report; ``redact`` withholds every name, not only the asked ones."""

    def __init__(self, snapshot: Snapshot, *, redact: bool) -> None:
        self._snapshot = snapshot
        self._redact = redact
        self._by_name: dict[str, list[Person]] = {}
        for person in snapshot.people:
            self._by_name.setdefault(person.name.strip().casefold(), []).append(person)

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
        role = (person.role or "").strip()
        organisation = (self.organisation_name(person) or "").strip()
        if not role and not organisation:
            return "a participant"
        return ", ".join(part for part in (role or "participant", organisation) if part)

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

    def free_text_name(self, text: str | None) -> str | None:
        """A name typed as text (an action's owner): withheld where it is a withheld person's."""
        if text is None or not text.strip():
            return None
        for person in self._by_name.get(text.strip().casefold(), ()):
            if self.withheld(person):
                return self.stand_in(person)
        return text
