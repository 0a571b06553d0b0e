"""What is wrong with a value, said in the window's language.

The domain names each rule a value breaks with a code and the values its sentence needs
(:class:`~counsellor_app.domain.errors.Problem`); here each code has a whole sentence per
language, so the field's name can stand where the language puts it. A problem without a code
the window knows is shown as the domain wrote it, in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from counsellor_app.domain.errors import Problem, ValidationError
from counsellor_app.ui.common import labels

_PLACEHOLDER = re.compile(r"%(\d)")


def _number(text: str) -> str:
    """A whole number in the digits of the language in use ("12,345", "12 345")."""
    try:
        return QLocale().toString(int(text))
    except ValueError:
        return text


def _kind(key: str) -> str:
    return labels.kind_label(key).lower()


def _choices(values: tuple[str, ...]) -> str:
    return ", ".join(labels.choice_label(value) for value in values)


# Code → (arguments → template and its values after the field's name). Each template is
# written out in a translate call of its own, where pyside6-lupdate finds it.
_Sentence = Callable[[tuple[str, ...]], tuple[str, tuple[str, ...]]]

_SENTENCES: dict[str, _Sentence] = {
    "required": lambda a: (
        QCoreApplication.translate("Problems", "%1 is required"),
        (),
    ),
    "too-long": lambda a: (
        QCoreApplication.translate("Problems", "%1 is %2 characters long; the limit is %3"),
        (_number(a[0]), _number(a[1])),
    ),
    "control-character": lambda a: (
        QCoreApplication.translate(
            "Problems", "%1 contains a control character (%2) at position %3; remove it"
        ),
        (a[0], _number(a[1])),
    ),
    "country": lambda a: (
        QCoreApplication.translate(
            "Problems", "%1 “%2” is not a two-letter country code such as BE or FR"
        ),
        (a[0],),
    ),
    "language": lambda a: (
        QCoreApplication.translate(
            "Problems", "%1 “%2” is not a language tag such as fr, nl or zh-Hans"
        ),
        (a[0],),
    ),
    "not-one-of": lambda a: (
        QCoreApplication.translate("Problems", "%1 “%2” is not one of: %3"),
        (a[0], _choices(a[1:])),
    ),
    "not-record-id": lambda a: (
        QCoreApplication.translate("Problems", "%1 “%2” is not a record id"),
        (a[0],),
    ),
    "listed-twice": lambda a: (
        QCoreApplication.translate("Problems", "%1: %2 is listed twice"),
        (a[0],),
    ),
    "end-before-start": lambda a: (
        QCoreApplication.translate("Problems", "%1 %2 is before start %3"),
        (a[0], a[1]),
    ),
    "practice-twice": lambda a: (
        QCoreApplication.translate(
            "Problems",
            "%1: this organisation already has a practice in column %2; "
            "one practice per organisation",
        ),
        (_number(a[0]),),
    ),
    "not-uuid": lambda a: (
        QCoreApplication.translate("Problems", "%1 “%2” is not a UUID"),
        (a[0],),
    ),
    "no-such-record": lambda a: (
        QCoreApplication.translate("Problems", "%1: there is no %2 with id %3"),
        (_kind(a[0]), a[1]),
    ),
    "name-taken": lambda a: (
        QCoreApplication.translate("Problems", "%1: another %2 is already called “%3”"),
        (_kind(a[0]), a[1]),
    ),
    # Problems only a file can have: its lines start with the place in the file, so these
    # sentences do not name the field again.
    "wrong-type": lambda a: (
        QCoreApplication.translate("Problems", "expected %2, found %3"),
        (_expected(a[0]), _found(a[1])),
    ),
    "unknown-field": lambda a: (
        QCoreApplication.translate("Problems", "this format has no such field"),
        (),
    ),
    "not-date": lambda a: (
        QCoreApplication.translate("Problems", "“%2” is not a date in the form YYYY-MM-DD"),
        (a[0],),
    ),
    "no-offset": lambda a: (
        QCoreApplication.translate("Problems", "“%2” has no time zone offset (such as +02:00)"),
        (a[0],),
    ),
    "not-timestamp": lambda a: (
        QCoreApplication.translate(
            "Problems", "“%2” is not a date and time such as 2016-09-28T15:00:00+02:00"
        ),
        (a[0],),
    ),
    "top-not-object": lambda a: (
        QCoreApplication.translate(
            "Problems", "the file holds %2, not an Exchange Notes file (a JSON object)"
        ),
        (_found(a[0]),),
    ),
    "wrong-format": lambda a: (
        QCoreApplication.translate(
            "Problems", "this is not an Exchange Notes file (its format is “%2”)"
        ),
        (a[0],),
    ),
    "newer-version": lambda a: (
        QCoreApplication.translate(
            "Problems",
            "this file is format version %2, newer than this program reads (version %3); "
            "update Exchange Notes to import it",
        ),
        (a[0], a[1]),
    ),
    "not-a-version": lambda a: (
        QCoreApplication.translate("Problems", "%2 is not a version of this format"),
        (a[0],),
    ),
    "not-utf8": lambda a: (
        QCoreApplication.translate("Problems", "the file is not UTF-8 text (byte %2)"),
        (_number(a[0]),),
    ),
    "bad-json": lambda a: (
        QCoreApplication.translate(
            "Problems", "the file is not valid JSON at line %2, column %3 (%4)"
        ),
        (_number(a[0]), _number(a[1]), a[2]),
    ),
    "duplicate-id": lambda a: (
        QCoreApplication.translate("Problems", "the id %2 is also used at %3"),
        (a[0], a[1]),
    ),
    "id-of-other-kind": lambda a: (
        QCoreApplication.translate(
            "Problems", "the id %2 is already used in the database by another kind of record (%3)"
        ),
        (a[0], _kind(a[1])),
    ),
    "until-before-since": lambda a: (
        QCoreApplication.translate("Problems", "the end date %2 is before the start date %3"),
        (a[0], a[1]),
    ),
    "used-twice": lambda a: (
        QCoreApplication.translate("Problems", "“%2” is also used at %3"),
        (a[0], a[1]),
    ),
}

KNOWN_CODES = frozenset(_SENTENCES)


def _expected(key: str) -> str:
    """What a value of the file should have been, by the key the domain gives."""
    words = {
        "text": QCoreApplication.translate("Problems", "text"),
        "record-id": QCoreApplication.translate("Problems", "a record id"),
        "record-ids": QCoreApplication.translate("Problems", "a list of record ids"),
        "list": QCoreApplication.translate("Problems", "a list"),
        "object": QCoreApplication.translate("Problems", "an object"),
        "boolean": QCoreApplication.translate("Problems", "true or false"),
        "whole-number": QCoreApplication.translate("Problems", "a whole number"),
    }
    return words.get(key, key)


def _found(key: str) -> str:
    """What a value of the file is, by its JSON type."""
    words = {
        "null": QCoreApplication.translate("Problems", "null"),
        "boolean": QCoreApplication.translate("Problems", "true/false"),
        "number": QCoreApplication.translate("Problems", "a number"),
        "text": QCoreApplication.translate("Problems", "text"),
        "list": QCoreApplication.translate("Problems", "a list"),
        "object": QCoreApplication.translate("Problems", "an object"),
    }
    return words.get(key, key)


def _fill(template: str, values: tuple[str, ...]) -> str:
    """``%1``, ``%2``… replaced in one pass, so a value holding "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group()

    return _PLACEHOLDER.sub(value, template)


def problem_sentence(field_label: str, problem: Problem) -> str:
    """The problem as a sentence about the field called ``field_label``, in the language in
    use; the English message after the label when the window has no sentence for its code."""
    sentence = _SENTENCES.get(problem.code)
    if sentence is not None:
        try:
            template, values = sentence(problem.args)
        except IndexError:  # fewer values than the sentence needs: say it in English
            pass
        else:
            return _fill(template, (field_label, *values))
    return f"{field_label} {problem.message}"


def field_at(path: str) -> str:
    """The name of the field a problem's path ends at: ``practices[1].organisation`` →
    ``organisation``, ``themes[0]`` → ``themes``."""
    return path.rsplit(".", 1)[-1].split("[", 1)[0]


def problem_line(problem: Problem) -> str:
    """A problem shown away from its field: the sentence naming the field, or, for a problem
    the window has no sentence for, ``path: message`` as the domain wrote it."""
    if problem.code in _SENTENCES:
        return problem_sentence(labels.field_label(field_at(problem.path)), problem)
    return str(problem)


def file_problem_line(problem: Problem) -> str:
    """A problem of an imported file: its place in the file, then what is wrong there, in the
    window's language (``observations[3].kind: Kind “gossip” is not one of: …``)."""
    if problem.code in _SENTENCES:
        sentence = problem_sentence(labels.field_label(field_at(problem.path)), problem)
        return f"{problem.path}: {sentence}" if problem.path else sentence
    return str(problem)


def error_text(error: Exception) -> str:
    """What to tell the user about a refused change: a refused record's problems one a line,
    in the window's language; any other error's own message."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_line(problem) for problem in error.problems)
    return str(error)
