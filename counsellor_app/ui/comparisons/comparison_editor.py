"""Editing one practice comparison side by side: its fields and a column per organisation,
above Save, Revert and Move to trash (what those do is the editing controller's)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.editor_frame import EditorFrame
from counsellor_app.ui.comparisons.comparison_form import ComparisonForm


class ComparisonEditor(EditorFrame):
    """A comparison's aspect, date, summary and themes above its practices side by side."""

    sig_open_observation_requested = Signal(str)
    """The user activated a quote of the evidence: show that observation (its id)."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        parent: QWidget | None = None,
        *,
        hidden: tuple[str, ...] = (),
        in_steps: bool = False,
    ) -> None:
        """``in_steps``: the form's fields are made by ``build_steps``, not now."""
        super().__init__("comparison", workspace, parent)
        # widgets
        self.form = ComparisonForm(workspace, choices, self, hidden=hidden, in_steps=in_steps)
        # layout
        self.set_up(self.form, self.form)
        # connections
        self.form.sig_open_observation_requested.connect(self.sig_open_observation_requested)
        self._steps: Iterator[None] | None = self._build()
        if not in_steps:
            for _step in self.build_steps():
                pass

    def build_steps(self) -> Iterator[None]:
        """Makes the form's fields a few at a time (see ``ComparisonForm.build_steps``)."""
        steps, self._steps = self._steps, None
        return steps if steps is not None else iter(())

    def _build(self) -> Iterator[None]:
        yield from self.form.build_steps()
        self.retranslate_ui()
        self.load(None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.form.retranslate_ui()
