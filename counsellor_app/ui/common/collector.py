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
    collector would by its thresholds; the automatic collector is off while this lives."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collects the generations whose counts passed their thresholds; what was found."""
        young, middle, old = gc.get_count()
        found = 0
        if young > self.thresholds[0]:
            found += gc.collect(0)
            if middle > self.thresholds[1]:
                found += gc.collect(1)
                if old > self.thresholds[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Stops the timer and gives the collection back to Python as it was."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
