"""Widgets made a few parts at a time, so that one made while the window is in use holds the
GUI thread for a short while each turn (the form beside a list, the comparison editor)."""

from __future__ import annotations

from collections.abc import Iterator


class MadeInSteps:
    """Mixin for a widget whose parts a generator makes, one group per ``next()``.

    The widget sets ``_steps`` to that generator in its constructor; it is usable once
    :meth:`build_steps` is exhausted or :meth:`finish_building` was called.
    """

    _steps: Iterator[None] | None = None

    def build_steps(self) -> Iterator[None]:
        """Makes the parts a few at a time, one group per ``next()``."""
        while self._steps is not None:
            try:
                next(self._steps)
            except StopIteration:
                self._steps = None
                return
            yield

    def finish_building(self) -> None:
        """Makes whatever :meth:`build_steps` has not made yet."""
        for _step in self.build_steps():
            pass
