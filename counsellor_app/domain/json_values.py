"""Values as the interchange file's JSON holds them: their types in words, values refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from counsellor_app.domain.errors import Problem

# A file holding a million mistakes is answered with the first thousand.
MAX_PROBLEMS = 1000

Decoder = Callable[[Any], Any]
"""Reads one JSON value into its domain type, or raises :class:`Refused`."""


class Refused(Exception):
    """A value cannot be taken; each problem's path is the suffix after the field's path
    (``""``, ``[2]``, ``[0].description``)."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__()
        self.problems = problems


def type_key(value: Any) -> str:
    """The JSON type of a value, as a key the window translates (see :func:`type_name`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    return "object"


# What a value was expected to be, by key: the English words of the message.
EXPECTED = {
    "text": "text",
    "record-id": "a record id",
    "record-ids": "a list of record ids",
    "list": "a list",
    "object": "an object",
    "boolean": "true or false",
    "whole-number": "a whole number",
}

# The JSON type of a value, by key, in the English words of the messages.
_TYPE_WORDS = {
    "null": "null",
    "boolean": "true/false",
    "number": "a number",
    "text": "text",
    "list": "a list",
    "object": "an object",
}


def type_name(value: Any) -> str:
    """The JSON type of a value in English words: ``a number``, ``text``, ``null``…"""
    return _TYPE_WORDS[type_key(value)]


def wrong_type(expected: str, found: Any, path: str = "") -> Problem:
    """``expected text, found a number``, with its code and keys for the window."""
    return Problem(
        path,
        f"expected {EXPECTED[expected]}, found {type_name(found)}",
        code="wrong-type",
        args=(expected, type_key(found)),
    )


def unknown_field(path: str) -> Problem:
    return Problem(path, "unknown field", code="unknown-field")
