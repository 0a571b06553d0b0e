"""Searching everything a counsellor wrote: ranked hits with the matching words marked.

``search(workspace, "réintégration", SearchFilters(theme="Trust"))`` returns
:class:`SearchHit` objects, best first. Any text is a valid query (an empty one finds
nothing); filters that cannot be understood, such as a date that is not a date, are a
:class:`ValidationError` naming the filter.

Filters narrow each kind of record by what it has:

============  ================  ====================  =============  ===============  ============
filter        observation       comparison            exchange       person           organisation
============  ================  ====================  =============  ===============  ============
exchange      its exchange      its exchange          that exchange  took part in it  took part
theme         tagged with it    tagged with it        (left out)     (left out)       (left out)
organisation  speaker's         one of its practices  one of its     theirs           that one
kind          its kind          (left out)            (left out)     (left out)       (left out)
speaker       its speaker       (left out)            (left out)     (left out)       (left out)
since/until   recorded_at date  observed_on           (left out)     (left out)       (left out)
============  ================  ====================  =============  ===============  ============

Names (theme, organisation, speaker) match whole and without regard to case. An observation
without ``recorded_at`` counts from the day it was created, likewise a comparison without
``observed_on``.

The snippet is plain text with the offsets of the matches; nothing in it is markup, so a
window can show it safely (``Snippet.marked()`` gives a version with ``[`` and ``]``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from counsellor_app.domain.enums import ObservationKind
from counsellor_app.domain.errors import (
    DatabaseProblem,
    Problem,
    ValidationError,
    quoted,
    shortened,
)
from counsellor_app.domain.text_rules import one_line, stored_form
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import search as index
from counsellor_app.storage.search import (
    TOKEN,
    ParsedQuery,
    Term,
    aligned_fold,
    fold,
    parse_query,
)

MAX_LIMIT = 1000
SNIPPET_CHARS = 160
CONTEXT_BEFORE = 50
TITLE_CHARS = 60
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Shown as spaces: line breaks, tabs and other controls would break a line of output.
_BLANKS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")

Span = tuple[int, int]


@dataclass(frozen=True)
class SearchFilters:
    """What a search is narrowed to; None (or empty text) means no filter."""

    exchange: str | None = None
    theme: str | None = None
    organisation: str | None = None
    kind: str | None = None
    speaker: str | None = None
    since: str | date | None = None
    until: str | date | None = None


@dataclass(frozen=True)
class Snippet:
    """A piece of one field of a hit; ``highlights`` are [start, end) offsets into ``text``."""

    text: str
    highlights: tuple[Span, ...]
    field: str

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each match between ``before`` and ``after``."""
        out = []
        last = 0
        for start, end in self.highlights:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True)
class SearchHit:
    """One record found: its kind (observation, comparison, exchange, person, organisation)."""

    kind: str
    id: str
    title: str
    snippet: Snippet
    score: float

    def as_line(self) -> str:
        """kind, id, title and marked snippet, separated by tabs, on one line (a tab, newline
        or control character inside them shown escaped)."""
        return "\t".join(
            one_line(part) for part in (self.kind, self.id, self.title, self.snippet.marked())
        )


def search(
    workspace: Workspace,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = 50,
) -> list[SearchHit]:
    """The records matching every word of ``query`` and every filter, best first."""
    criteria = criteria_of(filters or SearchFilters())
    parsed = parse_query(query or "")
    limit = max(0, min(limit, MAX_LIMIT))
    if parsed.empty or limit == 0:
        return []
    database = workspace.database
    with database.reading() as session:
        stale = index.needs_repair(session)
        if not stale:
            found = index.find(session, parsed, criteria, limit)
            texts = index.documents(session, found)
    if stale:
        if not database.read_only:
            try:
                with database.writing() as session:
                    if index.needs_repair(session):
                        index.after_bulk_insert(session)
            except DatabaseProblem:
                pass  # still searchable; what an interrupted import added is found later
        with database.reading() as session:
            found = index.find(session, parsed, criteria, limit)
            texts = index.documents(session, found)
    hits = []
    for item in found:
        document = texts.get((item.kind, item.id))
        if document is None:
            continue
        hits.append(
            SearchHit(
                kind=item.kind,
                id=item.id,
                title=_one_line(document.title, TITLE_CHARS),
                snippet=best_snippet(document.fields, parsed),
                score=item.score,
            )
        )
    return hits


def criteria_of(filters: SearchFilters) -> index.Criteria:
    """Checked filters; ValidationError names each one that cannot be understood."""
    problems: list[Problem] = []

    def name(value: str | None) -> str | None:
        value = stored_form(value or "", short=True)
        return value or None

    kind = name(filters.kind)
    if kind is not None:
        kinds = {k.value.lower(): k.value for k in ObservationKind}
        if kind.lower() in kinds:
            kind = kinds[kind.lower()]
        else:
            allowed = ", ".join(kinds.values())
            problems.append(
                Problem(
                    "kind",
                    f"{quoted(kind)} is not a kind of observation ({allowed})",
                    code="not-one-of",
                    args=(shortened(kind), *kinds.values()),
                )
            )

    def day(field: str, value: str | date | None) -> date | None:
        if value is None or isinstance(value, date):
            return value
        value = value.strip()
        if not value:
            return None
        if _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        problems.append(
            Problem(
                field,
                f"{quoted(value)} is not a date in the form YYYY-MM-DD",
                code="not-date",
                args=(shortened(value),),
            )
        )
        return None

    since, until = day("since", filters.since), day("until", filters.until)
    if since is not None and until is not None and until < since:
        problems.append(
            Problem(
                "until",
                f"{until} is before {since}",
                code="until-before-since",
                args=(until.isoformat(), since.isoformat()),
            )
        )
    if problems:
        raise ValidationError(problems)
    return index.Criteria(
        exchange=name(filters.exchange),
        theme=name(filters.theme),
        organisation=name(filters.organisation),
        kind=kind,
        speaker=name(filters.speaker),
        since=since,
        until=until,
    )


# -- highlighting ---------------------------------------------------------------------------


def match_spans(text: str, query: ParsedQuery) -> list[Span]:
    """Where the terms of ``query`` occur in ``text``, sorted and merged."""
    aligned = aligned_fold(text)
    if aligned is None:
        return _match_spans_token_by_token(text, query)
    spans: list[Span] = []
    for term in query.words:
        spans += _phrase_spans(text, aligned, term)
    for substring in query.substrings:
        spans += _substring_spans(aligned, None, substring)
    return _merged(spans)


def _phrase_spans(text: str, aligned: str, term: Term) -> list[Span]:
    """Where a phrase occurs in ``text``, found from its first word's places in ``aligned``
    (its fold, offset for offset): only there are the words read, not the whole text."""
    want = [fold(t) for t in term.tokens]
    spans: list[Span] = []
    at = aligned.find(want[0])
    while at >= 0:
        if at == 0 or TOKEN.match(text, at - 1) is None:  # a word starts here
            matches = []
            token = TOKEN.match(text, at)
            for _ in want:
                if token is None:
                    break
                matches.append(token)
                token = TOKEN.search(text, token.end())
            if len(matches) == len(want):
                folded = [fold(m.group()) for m in matches]
                last = folded[-1]
                if folded[:-1] == want[:-1] and (
                    last == want[-1] or (term.prefix and last.startswith(want[-1]))
                ):
                    spans.append((matches[0].start(), matches[-1].end()))
        at = aligned.find(want[0], at + 1)
    return spans


def _substring_spans(folded_text: str, origin: list[int] | None, substring: str) -> list[Span]:
    """Where ``substring`` occurs in the text ``folded_text`` is the fold of; ``origin`` maps
    each folded character to its place in the text (None: the same place)."""
    spans: list[Span] = []
    target = fold(substring)
    if not target:
        return spans
    at = folded_text.find(target)
    while at >= 0:
        end = at + len(target)
        spans.append((at, end) if origin is None else (origin[at], origin[end - 1] + 1))
        at = folded_text.find(target, at + 1)
    return spans


def _match_spans_token_by_token(text: str, query: ParsedQuery) -> list[Span]:
    """``match_spans`` for a text with characters whose fold is not one character."""
    spans: list[Span] = []
    if query.words:
        tokens = [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
        folded = [t[2] for t in tokens]
        for term in query.words:
            want = [fold(t) for t in term.tokens]
            n = len(want)
            for i in range(len(tokens) - n + 1):
                if folded[i : i + n - 1] != want[:-1]:
                    continue
                last = folded[i + n - 1]
                if last == want[-1] or (term.prefix and last.startswith(want[-1])):
                    spans.append((tokens[i][0], tokens[i + n - 1][1]))
    if query.substrings:
        folded_text, origin = _folded_with_origin(text)
        for substring in query.substrings:
            spans += _substring_spans(folded_text, origin, substring)
    return _merged(spans)


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = fold(char) if not char.isascii() else char.lower()
        parts.append(folded)
        origin.extend([i] * len(folded))
    return "".join(parts), origin


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def best_snippet(fields: tuple[tuple[str, str], ...], query: ParsedQuery) -> Snippet:
    """A window of the field with the most matches, the matches marked."""
    best: tuple[str, str, list[Span]] | None = None
    for field, value in fields:
        spans = match_spans(value, query)
        if best is None or len(spans) > len(best[2]):
            best = (field, value, spans)
    if best is None:
        return Snippet("", (), "")
    field, value, spans = best
    return window(value, spans, field)


def window(value: str, spans: list[Span], field: str) -> Snippet:
    """About SNIPPET_CHARS characters around the first match, on one line."""
    if len(value) <= SNIPPET_CHARS:
        start, end = 0, len(value)
    else:
        first = spans[0][0] if spans else 0
        start = max(0, first - CONTEXT_BEFORE)
        if start > 0:
            space = value.find(" ", start, first)
            start = space + 1 if 0 <= space < start + 15 else start
        end = min(len(value), start + SNIPPET_CHARS)
        if end < len(value):
            space = value.rfind(" ", end - 15, end)
            end = space if space > max(start, first) else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(value) else ""
    shift = len(lead) - start
    inside = spans[bisect.bisect_left(spans, (start, start)) :] if spans else []
    highlights = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in inside if s < end and e > start
    )
    text = lead + _BLANKS.sub(" ", value[start:end]) + tail
    return Snippet(text, highlights, field)


def _one_line(value: str, limit: int) -> str:
    value = _BLANKS.sub(" ", value).strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"
