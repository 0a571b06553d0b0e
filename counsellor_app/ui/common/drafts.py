"""Forms kept as drafts every few seconds while they are edited, and offered back after a crash."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from counsellor_app import paths
from counsellor_app.domain.errors import DomainError, NotFoundError
from counsellor_app.domain.records import Record
from counsellor_app.services.drafts import Draft, DraftStore
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common import prompts
from counsellor_app.ui.common.labels import format_timestamp, kind_label, record_title

DRAFT_INTERVAL_MS = 3000
log = logging.getLogger(__name__)


def drafts_folder() -> Path:
    return paths.drafts_dir()


def database_key(workspace: Workspace) -> str:
    """Names the database the drafts belong to: its location (a file path or a URL)."""
    return workspace.database.where


def draft_store(workspace: Workspace) -> DraftStore:
    return DraftStore(drafts_folder(), database_key(workspace), workspace.database.key)


class DraftKeeper(QObject):
    """Writes a form's draft a few seconds after it changed; forgets it when asked."""

    draft_kept = Signal(str)
    """A draft was written to disk (its key)."""

    def __init__(
        self,
        store: DraftStore,
        build: Callable[[], Record | None],
        parent: QObject | None = None,
        *,
        interval: int = DRAFT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.store = store
        self.key = ""
        self._build = build
        self._changed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval)
        # connections
        self._timer.timeout.connect(self.keep_now)

    def mark_changed(self, *_args: object) -> None:
        """The form changed: a draft is written within the interval (not on every key)."""
        self._changed = True
        if not self._timer.isActive():
            self._timer.start()

    def keep_now(self) -> None:
        """Writes the draft now if the form changed since the last one (or drops it when the
        form went back to what was stored)."""
        if not self._changed or not self.key:
            return
        self._changed = False
        try:
            record = self._build()
            if record is None:
                self.store.discard(self.key)
                return
            self.store.keep(self.key, record)
        except (OSError, DomainError, ValueError, TypeError) as error:
            # A draft is a safety net: failing to write one must not stop the typing.
            log.warning("draft %s not kept: %s", self.key, error)
            return
        self.draft_kept.emit(self.key)

    def discard(self) -> None:
        """The form was saved or its changes dropped: the draft goes."""
        self._timer.stop()
        self._changed = False
        if self.key:
            try:
                self.store.discard(self.key)
            except OSError as error:
                log.warning("draft %s not discarded: %s", self.key, error)


def stored_under(service: Any, draft: Draft) -> Record | None:
    """The record a draft was typed over, as stored now (None: a new one, or gone since)."""
    if draft.is_new:
        return None
    try:
        return service.get(draft.record.id)  # type: ignore[no-any-return]
    except NotFoundError:
        return None


def save_base(stored: Record | None, draft: Draft) -> Record | None:
    """What saving a recovered draft is checked against: the stored record at the version
    the draft was typed over, so that changes made since meet the conflict dialog instead
    of being overwritten."""
    if stored is not None and stored.version != draft.record.version:
        return dataclasses.replace(stored, version=draft.record.version)
    return stored


def describe_draft(draft: Draft) -> str:
    """One line naming a draft: "Observation “At Fedasil…” (new), kept 2016-09-28 15:02"."""
    from counsellor_app.domain.schema import BY_KEY

    title = record_title(BY_KEY[draft.kind], draft.record, 60) or "…"
    state = (
        QCoreApplication.translate("Drafts", "new record")
        if draft.is_new
        else QCoreApplication.translate("Drafts", "changes")
    )
    kept = format_timestamp(draft.saved_at)
    return f"{kind_label(draft.kind)} “{title}” ({state}), {kept}"


def offer_drafts(window: Any) -> int:
    """After a start: drafts left by a crash are offered; returns how many forms were filled."""
    if window.workspace is None:
        return 0
    store = draft_store(window.workspace)
    try:
        pending = store.pending()
    except OSError:
        return 0
    if not pending:
        return 0
    answer = prompts.ask_recover_drafts(window, [describe_draft(d) for d in pending])
    if answer is None:
        return 0
    if not answer:
        for draft in pending:
            store.discard(draft.key)
        window.show_status(
            QCoreApplication.translate("Drafts", "Unsaved work from last time was discarded.")
        )
        return 0
    return recover_drafts(window, pending)


def recover_drafts(window: Any, drafts: list[Draft]) -> int:
    """Opens the newest draft of each kind in its form; the others stay for the next start."""
    filled = 0
    seen: set[str] = set()
    for draft in drafts:
        if draft.kind in seen:
            continue
        seen.add(draft.kind)
        if window.recover_draft(draft):
            filled += 1
    if filled:
        window.show_status(
            QCoreApplication.translate(
                "Drafts",
                "Unsaved work recovered; check it and save. Forms filled in: %n.",
                "",
                filled,
            )
        )
    return filled
