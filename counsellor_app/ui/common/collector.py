"""Python's cycle collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate: often the reading
or the writing thread. A Qt object that Python owns and that sits in a reference cycle is then
deleted on that thread while it lives on the GUI thread, and its destructor takes Qt's locks
while the GUI thread holds the interpreter lock and waits on the same locks: a deadlock, or a
crash with no Python frame. So the automatic collector is switched off and this one runs the
same generational collections from a timer on the GUI thread (as Anki and other PyQt programs
do).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Runs the cycle collector on the GUI thread, generation by generation, as the automatic
    collector would by its thresholds and its rule for full collections; the automatic
    collector is off while this lives."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        # What the oldest generation held after the last full collection, and what the
        # middle one's collections have moved into it since (CPython's long_lived_total
        # and long_lived_pending, which it does not expose).
        self.long_lived = len(gc.get_objects(2))
        self.pending = 0
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collects the oldest generation whose count passed its threshold; what was found.

        As CPython's own collector does, the oldest generation (every object the program
        holds, once a page has read its records) is collected only when the objects that
        reached it since the last full collection are a quarter of those that were there:
        otherwise its threshold alone would start a full scan after every ten collections
        of the middle one, however little had changed, each a long pause of the GUI thread.
        """
        young, middle, old = gc.get_count()
        if young <= self.thresholds[0]:
            return 0
        if middle <= self.thresholds[1]:
            return gc.collect(0)
        if old > self.thresholds[2] and self.pending >= self.long_lived // 4:
            found = gc.collect(2)
            self.long_lived = max(0, self.long_lived + self.pending - found)
            self.pending = 0
            return found
        # The young generations are small: counting them costs next to nothing.
        before = len(gc.get_objects(0)) + len(gc.get_objects(1))
        found = gc.collect(1)
        self.pending += max(0, before - found)
        return found

    def stop(self) -> None:
        """Stops the timer and gives the collection back to Python as it was."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
