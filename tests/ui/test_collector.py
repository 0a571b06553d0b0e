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


class Held:
    def __init__(self) -> None:
        self.items: list[int] = []


def _generations_collected(collector: GuiThreadCollector) -> list[int]:
    seen: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(heard)
    try:
        collector.collect_due()
    finally:
        gc.callbacks.remove(heard)
    return seen


def test_a_full_collection_waits_until_a_quarter_more_objects_are_long_lived(qtbot):
    # As CPython's collector: the oldest generation's threshold alone does not start a full
    # scan of every object the program holds (100 ms and more once a page has read 100,000
    # records) while few objects reached it since the last full collection.
    collector = GuiThreadCollector(interval_ms=60_000)
    try:
        collector.thresholds = (-1, -1, -1)  # every generation is due
        collector.long_lived, collector.pending = 40_000, 0
        held = [Held() for _ in range(1_000)]
        assert _generations_collected(collector) == [1]
        assert collector.pending >= len(held)  # the survivors moved to the oldest
        collector.pending = 10_000
        assert _generations_collected(collector) == [2]
        assert collector.pending == 0
        assert collector.long_lived >= 40_000
        gc.collect(2)  # the rest of the suite collects as it would without this test
    finally:
        collector.stop()
