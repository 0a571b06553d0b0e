"""Errors a user can cause, each with a message fit to show them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# A value quoted in a message is cut to this many characters: a file may hold megabytes
# where a name was expected, and a message is one line.
QUOTED_LIMIT = 80


def shortened(value: object, limit: int = QUOTED_LIMIT) -> str:
    """A value as a message may show it: text at most ``limit`` characters long."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 256:
        return f"a number of about {int(value.bit_length() * 0.30103)} digits"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(value: object, limit: int = QUOTED_LIMIT) -> str:
    """A value in quotes, as a message shows it (``'OFII'``), cut to ``limit`` characters;
    characters that are not printable are escaped."""
    if isinstance(value, str):
        return repr(shortened(value, limit))
    return shortened(value, limit)


class DomainError(Exception):
    """Base of every error caused by what a user asked for; its message is shown as is."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: where (a field name or a JSON path) and what.

    ``message`` is the English sentence the command line and the import report print.
    ``code`` names the rule broken (such as ``required`` or ``too-long``; empty for problems
    only a file can have) and ``args`` the values its sentence needs, as plain text (numbers
    unformatted), so the window can say it in the user's language.
    """

    path: str
    message: str
    code: str = ""
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(DomainError):
    """A record or file was refused; ``problems`` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems) or "invalid input")

    def for_field(self, name: str) -> list[str]:
        """Messages concerning one field (its path is the name, or starts with ``name[``)."""
        return [p.message for p in self.problems_for(name)]

    def problems_for(self, name: str) -> list[Problem]:
        """Problems concerning one field (its path is the name, or starts with ``name[``)."""
        return [p for p in self.problems if p.path == name or p.path.startswith(name + "[")]


class NotFoundError(DomainError):
    """The record asked for does not exist (or is in the trash)."""


class ConflictError(DomainError):
    """The record changed since it was read; nothing was written."""

    def __init__(self, message: str, *, record_id: str = "", current: object = None) -> None:
        super().__init__(message)
        self.record_id = record_id
        self.current = current


class InUseError(DomainError):
    """The record cannot go to the trash while other records need it."""


class DatabaseProblem(DomainError):
    """The database cannot be used as asked: damaged, locked, read-only, missing, not a database.

    ``kind`` is one of ``damaged``, ``locked``, ``read-only``, ``missing``, ``not-a-database``,
    ``unreachable``, ``too-new``.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def error_in_words(error: BaseException) -> str:
    """What a user is told of an error: the message of one they can cause, else only its
    kind. The message of any other may hold a database statement and its values (names,
    notes), which no window or terminal shows."""
    if isinstance(error, DomainError):
        return str(error)
    return type(error).__name__
