"""Scripts written without spaces: their characters, and the runs of a text the trigram
index holds, as SQL functions every SQLite connection of the program has.

Kept apart from the search package so that opening a database loads no more than this.
"""

from __future__ import annotations

import re
from typing import Any

# Thai, Lao, Tibetan, Myanmar, Khmer, Hangul, kana, CJK ideographs (with extension planes),
# halfwidth katakana: the same list as migration 0002.
UNSPACED = (
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff"
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
HAS_UNSPACED = re.compile(f"[{UNSPACED}]")
# Marks inside words, which Python's word characters leave out.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0903\u093a-\u094f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
    "\u3099\u309a\ue000-\uf8ff"
)
# A token as unicode61 sees one: letters, digits, private use, and the marks inside words.
TOKEN = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
# The same characters and the underscore, as one class: a match cut at underscores gives
# the tokens, in a fraction of the time the alternation above takes on long text.
_TOKENS_AND_UNDERSCORES = re.compile(f"[\\w{_MARKS}]+")
# Between two runs in the trigram index: never part of a term (a term is a token).
RUN_SEPARATOR = " "
SQL_FUNCTIONS = ("search_unspaced", "search_unspaced_runs")


def has_unspaced(title: str | None, body: str | None, extra: str | None) -> bool:
    """True if any of the texts holds a character of a script without spaces."""
    search = HAS_UNSPACED.search
    return bool(search(title or "") or search(body or "") or search(extra or ""))


def unspaced_runs(value: str | None) -> str | None:
    """The tokens of ``value`` that hold a character of a script without spaces, in order,
    separated by a space; None when there is none.

    A substring term of a query is one token holding such a character (``parse_query``),
    so wherever it occurs in a text it lies inside one of these runs: the trigram index
    needs nothing else (``出入境office, Athens`` → ``出入境office``). What this returns is
    what the trigram index holds; an entry is taken out with the values it went in with,
    so a change here needs a migration that fills the index again.
    """
    if not value or not HAS_UNSPACED.search(value):
        return None
    search = HAS_UNSPACED.search
    runs = []
    for found in _TOKENS_AND_UNDERSCORES.findall(value):
        if found.isascii() or not search(found):
            continue
        if "_" in found:
            runs += [token for token in found.split("_") if token and search(token)]
        else:
            runs.append(found)
    return RUN_SEPARATOR.join(runs) or None


def register_sql_functions(connection: Any) -> None:
    """Gives a DB-API SQLite connection (the standard library's or SQLCipher's) the
    functions the search view ``search_trigram_content`` and its triggers call: without
    them, any change to a searched record fails."""
    connection.create_function("search_unspaced", 3, has_unspaced, deterministic=True)
    connection.create_function("search_unspaced_runs", 1, unspaced_runs, deterministic=True)
