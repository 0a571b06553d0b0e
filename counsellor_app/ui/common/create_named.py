"""Making a record from a name typed in a reference field (a theme, an organisation, a
person) without leaving the form: an operation like any save, checked the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counsellor_app.domain.records import Record
from counsellor_app.domain.schema import BY_KEY
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.labels import kind_label
from counsellor_app.ui.common.operations import Changes, Operation


def create_named(
    parent: QWidget | None,
    workspace: Workspace,
    kind: str,
    name: str,
    done: Callable[[Record], None],
) -> Operation:
    """Creates a record of ``kind`` called ``name``; ``done`` gets it as stored. A name
    refused (taken, too long) is said in a message box, and nothing is made."""
    spec = BY_KEY[kind]
    service = workspace.service_for(kind)
    values: dict[str, Any] = {spec.title_field: name.strip()}
    record = spec.record(**values)
    label = kind_label(kind).lower()
    operation = Operation(
        parent,
        workspace,
        lambda: service.create(record),
        lambda stored: Changes.of({kind}, {stored.id}),
        error_title=QCoreApplication.translate("CreateNamed", "Not created: %1 “%2”")
        .replace("%1", label)
        .replace("%2", name.strip()),
        description=QCoreApplication.translate("CreateNamed", "Create %1 “%2”")
        .replace("%1", label)
        .replace("%2", name.strip()),
        reverse=lambda stored: lambda: service.delete(stored.id),
        again=lambda stored: lambda: service.restore(stored.id),
    )
    operation.success(done)
    return operation.run()
