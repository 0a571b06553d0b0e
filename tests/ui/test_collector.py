"""The cycle collector runs on the GUI thread only."""

from __future__ import annotations

import gc

from counsellor_app.ui.common.collector import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_turns_the_automatic_one_off_and_collects_what_is_due(qtbot):
    gc.enable()
    collector = GuiThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive()
        for _ in range(collector.thresholds[0] + 10):
            Cycle()
        qtbot.waitUntil(lambda: gc.get_count()[0] < collector.thresholds[0], timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled()  # given back as it was found
    assert not collector.timer.isActive()


def test_nothing_is_collected_before_it_is_due(qtbot):
    gc.collect()
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        assert collector.collect_due() == 0
    finally:
        collector.stop()
