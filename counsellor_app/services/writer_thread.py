"""A thread that runs one transaction's writes in order while the caller reads what comes next.

An import spends about as long reading the file (Python) as writing it (SQLite or the
PostgreSQL driver, which let go of the interpreter lock while they work). With the writes on
a thread of their own, the two overlap on a machine with two cores.

The session is used by one thread at a time: the caller hands it over with the first
:meth:`WriterThread.submit` and gets it back from :meth:`WriterThread.drain`. A write that
fails stops the writes after it; the caller decides what the error means.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from threading import Lock
from typing import Any

# While a write thread runs, the caller's thread gives up the interpreter lock every 0.5 ms
# when the writer asks for it back (5 ms by default); each block of rows SQLite finishes
# would otherwise wait that long before the next is bound.
_SWITCH_INTERVAL = 0.0005
# Writes queued at most: enough to keep the writer busy, few enough that the parts read
# ahead of it (their records and rows are in memory until written) stay few.
MOST_PENDING = 3
_intervals = Lock()
_running = 0
_default_interval = sys.getswitchinterval()


@contextmanager
def _quick_switching() -> Iterator[None]:
    global _running, _default_interval
    with _intervals:
        if _running == 0:
            _default_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_default_interval, _SWITCH_INTERVAL))
        _running += 1
    try:
        yield
    finally:
        with _intervals:
            _running -= 1
            if _running == 0:
                sys.setswitchinterval(_default_interval)


class WriterThread:
    """Runs submitted writes one after another on one thread; see the module's docstring."""

    def __init__(self, most_pending: int | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="writer")
        self._pending: deque[tuple[Future[None], int]] = deque()
        self._most_pending = most_pending or MOST_PENDING
        self.error: BaseException | None = None
        self.written = 0

    def submit(self, write: Callable[..., Any], *args: Any, count: int = 0) -> None:
        """Queues ``write(*args)``; ``count`` is added to :attr:`written` once it is done.

        With :data:`MOST_PENDING` writes queued already, waits for the oldest first: what
        is read ahead of the writer stays in memory until it is written.
        """
        while len(self._pending) >= self._most_pending:
            future, done = self._pending.popleft()
            future.result()
            self.written += done
        self._pending.append((self._executor.submit(self._run, write, args), count))

    def _run(self, write: Callable[..., Any], args: tuple[Any, ...]) -> None:
        if self.error is not None:
            return
        try:
            write(*args)
        except BaseException as error:  # handed to the caller by drain()
            self.error = error

    def finished(self) -> Iterator[int]:
        """Records written so far, after each write that has finished (without waiting)."""
        while self._pending and self._pending[0][0].done():
            _, count = self._pending.popleft()
            self.written += count
            yield self.written

    def drain(self) -> Iterator[int]:
        """Waits for every write queued, yielding :attr:`written` after each one."""
        while self._pending:
            future, count = self._pending.popleft()
            future.result()
            self.written += count
            yield self.written

    def close(self) -> None:
        """Drops the writes not started and waits for the one running, if any."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()


@contextmanager
def writer_thread() -> Iterator[WriterThread]:
    """A WriterThread for the ``with`` block; it is closed (and idle) when the block ends."""
    with _quick_switching():
        writer = WriterThread()
        try:
            yield writer
        finally:
            writer.close()
