"""What makes a passphrase acceptable for an encrypted database, and how strong it looks."""

from __future__ import annotations

import math
import unicodedata
from enum import StrEnum

from counsellor_app.domain.errors import Problem, ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 1024


class Strength(StrEnum):
    """A rough guess of how long a passphrase would stand up to guessing."""

    WEAK = "weak"
    FAIR = "fair"
    GOOD = "good"
    STRONG = "strong"


def normalised(passphrase: str) -> str:
    """The passphrase as it is keyed: the same letters typed on different keyboards (an
    accent composed or not) give the same key."""
    return unicodedata.normalize("NFC", passphrase)


def estimated_bits(passphrase: str) -> float:
    """A rough measure of a passphrase's unpredictability, in bits.

    Each character counts for the size of the alphabet it comes from (lower case, upper
    case, digits, other ASCII, anything else), repeats and runs count less. It is a hint to
    the person choosing one, not a promise: "Password123!" still scores better than it
    deserves, which is why the hint also asks for several words.
    """
    text = normalised(passphrase)
    if not text:
        return 0.0
    pool = 0
    if any(c.islower() and c.isascii() for c in text):
        pool += 26
    if any(c.isupper() and c.isascii() for c in text):
        pool += 26
    if any(c.isdigit() and c.isascii() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    per_character = math.log2(max(pool, 2))
    bits = 0.0
    previous = ""
    for character in text:
        if character == previous:
            bits += 1.0
        elif previous and abs(ord(character) - ord(previous)) == 1:
            bits += per_character / 3  # "abc", "123": a run is guessed early
        else:
            bits += per_character
        previous = character
    distinct = len(set(text.casefold()))
    if distinct < len(text) / 2:
        bits *= 0.75
    return bits


def strength(passphrase: str) -> Strength:
    bits = estimated_bits(passphrase)
    if len(normalised(passphrase)) < MIN_LENGTH or bits < 45:
        return Strength.WEAK
    if bits < 65:
        return Strength.FAIR
    if bits < 90:
        return Strength.GOOD
    return Strength.STRONG


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> str:
    """The passphrase to key a database with, or ValidationError saying why not."""
    text = normalised(passphrase)
    problems = []
    if len(text) < MIN_LENGTH:
        problems.append(
            Problem(
                "passphrase",
                f"a passphrase needs at least {MIN_LENGTH} characters",
                code="passphrase-short",
                args=(str(MIN_LENGTH),),
            )
        )
    elif len(text) > MAX_LENGTH:
        problems.append(
            Problem(
                "passphrase",
                f"a passphrase has at most {MAX_LENGTH} characters",
                code="passphrase-long",
                args=(str(MAX_LENGTH),),
            )
        )
    if "\x00" in text:
        problems.append(
            Problem("passphrase", "a passphrase cannot hold a NUL character", code="passphrase-nul")
        )
    if repeated is not None and normalised(repeated) != text:
        problems.append(
            Problem(
                "repeated",
                "the two passphrases are not the same",
                code="passphrase-mismatch",
            )
        )
    if problems:
        raise ValidationError(problems)
    return text
