"""Free text (short and long) and codes of a fixed form (a country, a language)."""

from __future__ import annotations

import operator
import re
import unicodedata
from typing import TYPE_CHECKING, Any

from counsellor_app.domain.errors import Problem, quoted, shortened
from counsellor_app.domain.json_values import (
    Decoder,
    Refused,
    wrong_type,
)
from counsellor_app.domain.text_rules import (
    EDGE_CHARACTERS,
    INVISIBLE,
    REFUSED,
    is_blank,
    stored_form,
)

if TYPE_CHECKING:
    from counsellor_app.domain.schema import FieldSpec

from counsellor_app.domain.field_types.meaning import (
    LONG_TEXT_LIMIT,
    SHORT_TEXT_LIMIT,
    TEXT_TYPES,
    Meaning,
    column_shape,
    required,
    text_issue,
)

_FIRST = operator.itemgetter(slice(None, 1))
_LAST = operator.itemgetter(slice(-1, None))


class Text(Meaning):
    """Free text: a name, a title (short) or a note (long)."""

    is_text = True
    # Checked against a pattern whatever its length (a code; see ``Code``).
    is_code = False

    def __init__(self, *, long: bool) -> None:
        self.limit = LONG_TEXT_LIMIT if long else SHORT_TEXT_LIMIT
        self.trimmed = not long

    def problems(self, spec: FieldSpec, value: Any, path: str) -> list[Problem]:
        issue = text_issue(spec, value, path)
        return [issue] if issue is not None else []

    def decoder(self, spec: FieldSpec) -> Decoder:
        limit, must, trimmed = spec.limit, spec.required, self.trimmed
        stored, is_code = self.stored, self.is_code

        def decode(raw: Any) -> Any:
            if raw is None:
                if must:
                    raise Refused(required())
                return None
            if type(raw) is not str:
                raise Refused(wrong_type("text", raw))
            raw = stored(raw, trimmed)
            if is_code or len(raw) > limit or REFUSED.search(raw):
                issue = text_issue(spec, raw)
                if issue is not None:
                    raise Refused(issue)
            if is_blank(raw):
                if must:
                    raise Refused(required())
                return None
            return raw

        return decode

    def stored(self, value: str, trimmed: bool) -> str:
        return stored_form(value, short=trimmed)

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        # Each check runs over the whole column with built-in functions (types, lengths,
        # control characters) instead of one Python call per value.
        types, nones = column_shape(column)
        if nones and spec.required:
            return None
        if not types <= TEXT_TYPES:
            return None
        texts = [v for v in column if v is not None] if nones else column
        if not texts:
            return column
        if max(map(len, texts)) > spec.limit:
            return None
        joined = "\n".join(texts)
        if REFUSED.search(joined):
            return None
        if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):
            return None  # to be normalised, value by value
        if self.trimmed:
            edges = "".join(map(_FIRST, texts)) + "".join(map(_LAST, texts))
            if EDGE_CHARACTERS.search(edges):
                return None  # to be trimmed, value by value
        if "\r" in joined:
            column = [v.replace("\r\n", "\n") if v is not None and "\r" in v else v for v in column]
            texts = [v for v in column if v is not None]
        blank = is_blank if INVISIBLE.search(joined) else str.isspace
        if "" in texts or any(map(blank, texts)):
            if spec.required:
                return None
            column = [None if v is None or not v or blank(v) else v for v in column]
        return column

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "maxLength": spec.limit}


class Code(Text):
    """A short code of a fixed form: a country, a language."""

    is_text = False
    is_code = True

    def __init__(self, pattern: str, *, code: str, example: str, upper: bool = False) -> None:
        super().__init__(long=False)
        self.limit = LONG_TEXT_LIMIT  # the pattern bounds it
        self.pattern = pattern
        self._matcher = re.compile(pattern)
        self._code = code
        self._example = example
        self._upper = upper

    def mismatch(self, value: str, path: str) -> Problem | None:
        if self._matcher.fullmatch(value):
            return None
        return Problem(
            path,
            f"{quoted(value)} is not {self._example}",
            code=self._code,
            args=(shortened(value),),
        )

    def stored(self, value: str, trimmed: bool) -> str:
        value = stored_form(value, short=trimmed)
        return value.upper() if self._upper else value

    def normalised(self, spec: FieldSpec, value: Any) -> Any:
        if isinstance(value, str) and self._upper:
            return self.stored(value, True)
        return super().normalised(spec, value)

    def decoder(self, spec: FieldSpec) -> Decoder:
        # A handful of distinct values per file: each is checked once.
        check = super().decoder(spec)
        known: dict[str, Any] = {}

        def decode_code(raw: Any) -> Any:
            if type(raw) is str:
                found = known.get(raw, known)
                if found is not known:
                    return found
                known[raw] = value = check(raw)
                return value
            return check(raw)

        return decode_code

    def decode_column(self, spec: FieldSpec, column: list[Any]) -> list[Any] | None:
        return Meaning.decode_column(self, spec, column)

    def json_schema(self, spec: FieldSpec) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$"}
