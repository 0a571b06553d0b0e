"""The life of a record in an editor, the same for every kind: shown, changed, kept as a
draft, saved or refused, in conflict with someone else's change, moved to the trash, left.

Every editor (a record's form, a comparison with its practices side by side) is a view over
an ``EditController``: the view lays out the fields and the buttons; the controller decides
what Save, Revert, Move to trash and leaving do. Saves and deletions are operations
(``ui.common.operations``): they run off the GUI thread and announce what they changed.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QWidget

from counsellor_app.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY, FieldType
from counsellor_app.domain.validation import validate
from counsellor_app.services.drafts import Draft
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import conflict_dialog, prompts
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.drafts import DraftKeeper, draft_store, save_base, stored_under
from counsellor_app.ui.common.labels import count_label, field_label, kind_label, record_title
from counsellor_app.ui.common.operations import Changes, Operation, hub_for, show_error
from counsellor_app.ui.common.reads import LatestRead


def save_over(service: Any, record: Record) -> Callable[[], Record]:
    """What saves ``record``'s values over whichever version is stored when it runs (an
    undo puts back the version before a save)."""

    def work() -> Record:
        current = service.get(record.id)
        return service.update(dataclasses.replace(record, version=current.version))  # type: ignore[no-any-return]

    return work


class EditableForm(Protocol):
    """What a controller needs of the fields it edits."""

    dirty_changed: Any
    """Signal(bool): the fields now differ (or no longer differ) from what was loaded."""
    edited: Any
    """Signal(): a value was changed by the user."""
    record: Record | None
    choices: ChoiceSource

    def load(self, record: Record | None, defaults: dict[str, Any]) -> None: ...
    def build(self) -> Record: ...
    def values(self) -> dict[str, Any]: ...
    def values_of(self, record: Record) -> dict[str, Any]: ...
    def set_values(self, values: dict[str, Any]) -> None: ...
    def is_dirty(self) -> bool: ...
    def show_problems(self, problems: Iterable[Problem]) -> None: ...
    def clear_problems(self) -> None: ...
    def focus_first(self) -> None: ...
    def setEnabled(self, enabled: bool) -> None: ...


class EditController(QObject):
    """Shows, saves and trashes records of one kind in one form; asks before anything
    unsaved is lost."""

    record_changed = Signal(object)
    """A record was saved (the stored record)."""
    record_removed = Signal(str)
    """A record went to the trash (its id)."""
    dirty_changed = Signal(bool)
    """The form has (or no longer has) unsaved changes."""
    state_changed = Signal()
    """What may be done now changed (the buttons follow), or another record is shown."""
    record_shown = Signal(object)
    """Another record (or None: a new one) is shown."""
    status_changed = Signal(str)
    """A short sentence under the form: saved, not saved and why, changed."""
    save_finished = Signal(bool)
    """A save asked for ended: True when the record is stored."""

    def __init__(self, kind: str, workspace: Workspace, form: EditableForm, view: QWidget) -> None:
        super().__init__(view)
        # attributes
        self.kind = kind
        self.workspace = workspace
        self.service = workspace.service_for(kind)
        self.spec = self.service.spec
        self.form = form
        self.view = view
        self.defaults: dict[str, Any] = {}
        self.read_only = workspace.database.read_only
        self.busy = False
        self.drafts = DraftKeeper(draft_store(workspace), self._draft_record, self)
        self._reader = LatestRead(workspace, self)
        # connections
        form.dirty_changed.connect(self._on_dirty_changed)
        form.edited.connect(self.drafts.mark_changed)
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        form.setEnabled(not self.read_only)

    # -- what may be done ----------------------------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self.form.record

    @property
    def writable(self) -> bool:
        return not self.read_only

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def can_save(self) -> bool:
        return self.writable and not self.busy and (self.is_dirty() or self.record is None)

    def can_revert(self) -> bool:
        return not self.busy and self.is_dirty()

    def can_delete(self) -> bool:
        return self.writable and not self.busy and self.record is not None

    def what(self) -> str:
        """The record named for messages: "Person “Guillaume”"."""
        record = self.record
        label = kind_label(self.kind)
        if record is None:
            return self.tr("The new %1").replace("%1", label.lower())
        return f"{label} “{record_title(self.spec, record, 40)}”"

    def named(self, record: Record) -> str:
        """A record named for the undo history: "person “Guillaume”"."""
        return f"{kind_label(self.kind).lower()} “{record_title(self.spec, record, 40)}”"

    # -- showing -------------------------------------------------------------------------------

    def load(self, record: Record | None) -> None:
        """Shows a record, or an empty form (with ``defaults``) for a new one."""
        self._reader.drop()
        self.form.load(record, self.defaults)
        self.drafts.key = f"{self.kind}:{record.id if record else 'new-' + uuid.uuid4().hex[:12]}"
        self.status_changed.emit("")
        self.state_changed.emit()
        self.record_shown.emit(record)

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        """An empty form for a new record, the cursor in its first field."""
        if defaults is not None:
            self.defaults = dict(defaults)
        self.load(None)
        self.form.focus_first()

    def recover(self, draft: Draft) -> None:
        """Fills the form with a draft left by a crash; saving it goes through the usual
        checks, a conflict included when the record changed meanwhile."""
        stored = stored_under(self.service, draft)
        self.load(stored)
        self.form.record = save_base(stored, draft)
        self.drafts.key = draft.key
        self.form.set_values(self.form.values_of(draft.record))
        self.drafts.mark_changed()
        self.status_changed.emit(self.tr("Recovered unsaved work — check it, then save."))

    def revert(self) -> None:
        """Drops the changes: the record as it was loaded."""
        self.drafts.discard()
        self.load(self.record)

    def maybe_leave(self) -> bool:
        """Before the form shows something else: True when it may (saved or discarded)."""
        if not self.is_dirty() and not self.busy:
            return True
        if not self.is_dirty():
            return self._wait_until_idle()
        choice = prompts.ask_save_changes(self.view, self.what())
        if choice is prompts.Choice.SAVE:
            return self.save_and_wait()
        if choice is prompts.Choice.DISCARD:
            self.revert()
            return True
        return False

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Starts saving what the form holds; True when a save was started. Problems go next
        to their fields, a conflict to the conflict dialog; ``save_finished`` tells the end."""
        if self.read_only or self.busy:
            return False
        local: list[Problem] = getattr(self.form, "local_problems", list)()
        if local:
            # With what the record itself would be refused for, all said at once.
            named = {problem.path for problem in local}
            try:
                validate(self.form.build())
                others: list[Problem] = []
            except ValidationError as error:
                others = [p for p in error.problems if p.path.split("[")[0] not in named]
            except Exception:  # a value the record cannot hold: the local problems say why
                others = []
            self.form.show_problems(local + others)
            self.status_changed.emit(self.tr("Not saved: see the messages in red."))
            self.save_finished.emit(False)
            return False
        record = self.form.build()
        if self.record is None:
            self._store(record, self.service.create)
        else:
            self._store(record, self.service.update)
        return True

    def save_and_wait(self) -> bool:
        """Saves and waits for the end (the window keeps painting); True when stored."""
        outcome: list[bool] = []
        loop = QEventLoop()

        def ended(saved: bool) -> None:
            outcome.append(saved)
            loop.quit()

        self.save_finished.connect(ended)
        try:
            if not self.save():
                return False
            if not outcome:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.save_finished.disconnect(ended)
        return outcome[0]

    def _store(self, record: Record, write: Callable[[Record], Record]) -> None:
        """Writes ``record``; on failure the form keeps what was typed (and stays dirty)."""
        typed = self.form.values()
        self._set_busy(True)
        self.status_changed.emit(self.tr("Saving…"))
        service = self.service
        before = self.record if write == service.update else None
        reverse: Callable[[Record], Callable[[], Any]]
        again: Callable[[Record], Callable[[], Any]]
        if before is None:  # a new record: undone to the trash, and back from it
            reverse = lambda stored: lambda: service.delete(stored.id)  # noqa: E731
            again = lambda stored: lambda: service.restore(stored.id)  # noqa: E731
        else:  # the version before the save, saved again; then this one
            reverse = lambda _stored: save_over(service, before)  # noqa: E731
            again = lambda stored: save_over(service, stored)  # noqa: E731
        operation = Operation(
            self.view,
            self.workspace,
            lambda: write(record),
            lambda stored: Changes.of({self.kind}, {stored.id}),
            description=self.tr("Save %1").replace("%1", self.named(record)),
            reverse=reverse,
            again=again,
            origin=self,
        )
        operation.success(lambda stored: self._stored(stored, typed))
        operation.failure(lambda error: self._not_stored(record, error))
        operation.run()

    def _stored(self, stored: Record, typed: dict[str, Any]) -> None:
        self._set_busy(False)
        self.drafts.discard()
        # What was typed while the save ran stays in the form, as a change of the new version.
        now = self.form.values()
        self.load(stored)
        if now != typed:
            self.form.set_values(now)
        self.status_changed.emit(self.tr("Saved."))
        self.record_changed.emit(stored)
        self.save_finished.emit(True)

    def _not_stored(self, record: Record, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
            self.status_changed.emit(self.tr("Not saved: see the messages in red."))
        elif isinstance(error, ConflictError):
            self.status_changed.emit(self.tr("Not saved: changed by someone else."))
            if self._resolve_conflict(record, error):
                return  # saved again, one way or another: that save tells its end
        else:
            self.status_changed.emit(self.tr("Not saved — what you typed is still here."))
            show_error(self.view, error, self.tr("Not saved"))
        self.save_finished.emit(False)

    def _resolve_conflict(self, mine: Record, error: ConflictError) -> bool:
        """Shows both versions; keeps mine, takes theirs or saves mine as a new record. True
        when another save was started."""
        theirs = error.current if isinstance(error.current, Record) else None
        if theirs is not None and theirs.deleted_at is not None:
            theirs = None
        dialog = conflict_dialog.ConflictDialog(
            self.spec, mine, theirs, str(error), self.form.choices, self.view
        )
        choice = conflict_dialog.ask(dialog)
        dialog.deleteLater()
        Choice = conflict_dialog.ConflictChoice
        if choice is Choice.KEEP_MINE and theirs is not None:
            self._store(dataclasses.replace(mine, version=theirs.version), self.service.update)
            return True
        if choice is Choice.SAVE_AS_NEW:
            self._store(dataclasses.replace(mine, id="", version=0), self.service.create)
            return True
        if choice is Choice.TAKE_THEIRS:
            self.drafts.discard()
            self.load(theirs)
            self.status_changed.emit(self.tr("The stored version is shown; yours was dropped."))
        return False

    # -- the trash -----------------------------------------------------------------------------

    def delete(self) -> Operation | None:
        """Moves the record shown to the trash (with what belongs to it); None when nothing
        was started."""
        record = self.record
        if record is None:
            self.load(None)
            return None
        if not self.can_delete() or not self._agree_to_trash(record):
            return None
        self._set_busy(True)
        service = self.service
        operation = Operation(
            self.view,
            self.workspace,
            lambda: service.delete(record.id),
            Changes.trash(self.kind, {record.id}),
            error_title=self.tr("Not moved to the trash"),
            description=self.tr("Move %1 to the trash").replace("%1", self.named(record)),
            reverse=lambda _moved: lambda: service.restore(record.id),
            origin=self,
        )
        operation.success(lambda moved: self._deleted(record.id, moved))
        operation.failure(lambda error: self._not_deleted(error))
        return operation.run()

    def _agree_to_trash(self, record: Record) -> bool:
        """A record other records use (a person who is a speaker, a quote cited as evidence):
        says which, and asks. Those that go to the trash with it, and uses the services
        refuse anyway, are not asked about."""
        try:
            users = self.service.users(record.id)
        except Exception:  # the move itself will say what is wrong
            return True
        asked = []
        for (kind, field_name), count in sorted(users.items()):
            spec = BY_KEY[kind]
            field = spec.field(field_name)
            if field_name in spec.follows:
                continue
            if field.required and field.type is FieldType.REF:
                return True  # refused by the services, with their reason
            asked.append(
                self.tr("%1 (as %2)")
                .replace("%1", count_label(kind, count))
                .replace("%2", field_label(field_name).lower())
            )
        if not asked:
            return True
        text = (
            self.tr("%1 is used by %2.").replace("%1", self.what()).replace("%2", ", ".join(asked))
        )
        text += "\n\n" + self.tr(
            "In the trash it no longer shows there. You can undo this (Ctrl+Z) or restore it "
            "from the trash."
        )
        return prompts.confirm(
            self.view, self.tr("Move to the trash?"), text, self.tr("Move to the trash")
        )

    def _deleted(self, record_id: str, moved: int) -> None:
        self._set_busy(False)
        self.drafts.discard()
        self.load(None)
        if moved > 1:
            self.status_changed.emit(
                self.tr("Moved to the trash, with the records that belong to it: %n", "", moved - 1)
            )
        else:
            self.status_changed.emit(self.tr("Moved to the trash."))
        self.record_removed.emit(record_id)

    def _not_deleted(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self.view, error, self.tr("Not moved to the trash"))

    # -- state ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.state_changed.emit()

    def _wait_until_idle(self) -> bool:
        loop = QEventLoop()
        self.state_changed.connect(loop.quit)
        try:
            while self.busy:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.state_changed.disconnect(loop.quit)
        return not self.is_dirty()

    def _on_dirty_changed(self, dirty: bool) -> None:
        # Changed back to what is stored: nothing is left to save, and nothing is said.
        self.status_changed.emit(self.tr("Changed — not saved yet.") if dirty else "")
        self.state_changed.emit()
        self.dirty_changed.emit(dirty)

    def _draft_record(self) -> Record | None:
        """What the draft keeps: the form as typed, or None once it matches what is stored."""
        return self.form.build() if self.form.is_dirty() else None

    def _on_records_changed(self, changes: Changes, operation: Operation | None) -> None:
        """Another operation changed the record shown (evidence attached to this comparison):
        shown again as stored, unless it is being edited (its save will meet the conflict)."""
        record = self.record
        if operation is not None and operation.origin is self:
            return
        if record is None or self.busy or self.is_dirty() or not changes.names(record.id):
            return
        service, record_id = self.service, record.id

        def fetch() -> Record | None:
            try:
                return service.get(record_id)  # type: ignore[no-any-return]
            except NotFoundError:
                return None

        self._reader.ask(fetch, self._reloaded)

    def _reloaded(self, stored: Record | None) -> None:
        shown = self.record
        if shown is None or self.is_dirty() or self.busy:
            return
        if stored is None or stored.id != shown.id:
            self.load(None)
        elif stored.version != shown.version:
            self.load(stored)
