"""How a list of records is asked for, a page at a time, and what comes back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from counsellor_app.domain.records import Record

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class PageQuery:
    """One page of a list: where it starts, how long, sorted by which field, filtered how.

    ``text`` narrows to records whose text fields contain it (case-insensitive);
    ``where`` holds (field, value) pairs that must match exactly, e.g. ("exchange", id);
    ``trashed`` lists the trash instead of the live records.
    """

    offset: int = 0
    limit: int = 200
    sort: str | None = None
    descending: bool = False
    text: str = ""
    where: tuple[tuple[str, str | None], ...] = ()
    trashed: bool = False


@dataclass(frozen=True)
class Page(Generic[R]):
    """Records of one page and how many match in all."""

    items: tuple[R, ...]
    total: int
