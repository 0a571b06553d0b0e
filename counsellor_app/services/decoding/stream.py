"""Reading an interchange file from disk as a stream: its small members whole, its lists of
records one record at a time, so that memory does not grow with the file.

Only the standard library's JSON scanner is used, one value at a time over a buffer of the
file's text. Anything this reading does not take — text that is not UTF-8, JSON that does
not parse, a top level that is no object, a member given twice — raises :class:`ReadWhole`:
the file is then read whole, as before, which says plainly what is wrong with it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from counsellor_app.domain.schema import ENTITIES

# Text read from the file at a time (characters of it may be split between two reads).
CHUNK = 1 << 20
_WHITESPACE = re.compile(r"[ \t\n\r]*")
# Members read as streams of records: the lists of records of each kind.
LISTS = frozenset(spec.plural for spec in ENTITIES)


class ReadWhole(Exception):
    """The streamed reading gives up on this file: read it whole instead."""


class JsonStream:
    """JSON values read one after another from a binary file, through a buffer of its text."""

    def __init__(self, handle: BinaryIO, *, chunk: int | None = None) -> None:
        self._handle = handle
        self._chunk = chunk or CHUNK
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
        self._buffer = ""
        self._at = 0
        self._ended = False
        self.bytes_read = 0

    def _more(self, size: int | None = None) -> bool:
        """Adds the next piece of the file to the buffer; False if it had all been read."""
        if self._ended:
            return False
        try:
            data = self._handle.read(size or self._chunk)
        except OSError:
            raise ReadWhole from None
        self.bytes_read += len(data)
        self._ended = not data
        try:
            text = self._text.decode(data, final=self._ended)
        except UnicodeDecodeError:
            raise ReadWhole from None
        self._buffer = self._buffer[self._at :] + text
        self._at = 0
        return True

    def peek(self) -> str:
        """The next character that is not whitespace ('' at the end of the file)."""
        while True:
            self._at = _WHITESPACE.match(self._buffer, self._at).end()  # type: ignore[union-attr]
            if self._at < len(self._buffer):
                return self._buffer[self._at]
            if not self._more():
                return ""

    def expect(self, allowed: str) -> str:
        """Reads one of the characters ``allowed`` (after whitespace) and returns it."""
        found = self.peek()
        if not found or found not in allowed:
            raise ReadWhole
        self._at += 1
        return found

    def value(self) -> Any:
        """The next JSON value, whole."""
        self.peek()
        while True:
            try:
                value, end = self._scan(self._buffer, self._at)
            except (StopIteration, ValueError, RecursionError):
                # Cut short by the end of the buffer, or wrong: more text says which. The
                # buffer grows by as much as it holds, so a long value is read a few times.
                if self._more(max(self._chunk, len(self._buffer) - self._at)):
                    continue
                raise ReadWhole from None
            if end == len(self._buffer) and self._more():
                continue  # a number or a word may go on in the next piece
            self._at = end
            return value

    def items(self) -> Iterator[Any]:
        """The values of the list that comes next, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self._at += 1
            return
        while True:
            yield self.value()
            if self.expect(",]") == "]":
                return

    def members(self) -> Iterator[str]:
        """The keys of the object that comes next, each followed by its value, which the
        caller reads (:meth:`value`, :meth:`items`) before asking for the next key."""
        self.expect("{")
        if self.peek() == "}":
            self._at += 1
            return
        while True:
            key = self.value()
            if type(key) is not str:
                raise ReadWhole
            self.expect(":")
            yield key
            if self.expect(",}") == "}":
                return

    def end(self) -> None:
        """Checks that nothing but whitespace follows."""
        if self.peek():
            raise ReadWhole


class StreamedFile:
    """An interchange file's members: the small ones kept, the lists of records read on
    demand in the order they are asked for.

    A file written by this program has its lists in the order they are asked for (the order
    of kinds), and is read once. A list asked for after the reading went past it (a file
    whose observations come before its themes, say) is found again from the start of the
    file; lists passed on the way are read and dropped.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.size = path.stat().st_size
        # Members other than the lists of records, by key; and every key, in file order.
        self.small: dict[str, Any] = {}
        self.keys: list[str] = []
        # Lists read past before they were asked for; lists handed out.
        self._passed: set[str] = set()
        self._taken: set[str] = set()
        self._handle: BinaryIO | None = None
        self._stream: JsonStream | None = None
        self._members: Iterator[str] | None = None
        self._index = 0
        self._read_before = 0
        self._complete = False
        self._open()

    def _open(self) -> None:
        self.close()
        try:
            self._handle = self.path.open("rb")
        except OSError:
            raise ReadWhole from None
        self._stream = JsonStream(self._handle)
        self._members = self._stream.members()
        self._index = 0
        self._complete = False

    @property
    def bytes_read(self) -> int:
        """Bytes read so far (each reading from the start counted again)."""
        return self._read_before + (self._stream.bytes_read if self._stream is not None else 0)

    def close(self) -> None:
        if self._stream is not None:
            self._read_before += self._stream.bytes_read
        if self._handle is not None:
            self._handle.close()
        self._handle = self._stream = self._members = None

    def __enter__(self) -> StreamedFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _read_on(self, wanted: str | None = None, until: tuple[str, ...] = ()) -> bool:
        """Reads members, keeping the small ones and passing lists, until the list
        ``wanted`` is next (True), every key of ``until`` is read, or the file ends."""
        stream, members = self._stream, self._members
        assert stream is not None and members is not None
        while not self._complete:
            if until and all(key in self.keys for key in until):
                return False
            key = next(members, None)
            if key is None:
                stream.end()
                self._complete = True
                return False
            index, self._index = self._index, self._index + 1
            is_list = key in LISTS and stream.peek() == "["
            if index < len(self.keys):
                if self.keys[index] != key:
                    raise ReadWhole  # the file changed while it was read
                if not is_list:
                    stream.value()  # kept the first time
                    continue
            else:
                if key in self.keys:
                    raise ReadWhole  # given twice: the standard library takes the last
                self.keys.append(key)
                if not is_list:
                    self.small[key] = stream.value()
                    continue
            if key == wanted:
                return True
            for _ in stream.items():
                pass
            if key not in self._taken:
                self._passed.add(key)
        return False

    @property
    def complete(self) -> bool:
        """True once the file has been read to its end: every key and small member known."""
        return self._complete

    def head(self, *keys: str) -> dict[str, Any]:
        """The small members, once each of ``keys`` is read (or the file has ended)."""
        self._read_on(until=keys)
        return self.small

    def records(self, plural: str) -> Any:
        """The list ``plural`` as an iterator of raw records, to be read to its end before
        anything else is asked; the member's value if it is not a list; None if the file
        has no such member."""
        if plural in self.small:
            return self.small[plural]
        if plural in self._passed:
            self._open()
            self._passed.discard(plural)
        elif self._complete or plural in self._taken:
            return None
        if not self._read_on(plural):
            return None
        self._taken.add(plural)
        assert self._stream is not None
        return self._stream.items()

    def finish(self) -> list[str]:
        """Reads to the end of the file; every key it has, in file order."""
        self._read_on()
        return self.keys
