"""Making the PDF reports from the database and writing them safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from counsellor_app.domain.records import Comparison, Observation
from counsellor_app.domain.schema import BY_KEY
from counsellor_app.domain.snapshot import Snapshot
from counsellor_app.services.files import write_atomically
from counsellor_app.services.interchange import without_dead_links
from counsellor_app.services.workspace import Workspace
from counsellor_app.storage import repository as repo

Progress = Callable[[int, int], None]


def _snapshot(lists: dict[str, list[Any]]) -> Snapshot:
    live = {r.id for records in lists.values() for r in records}
    cleaned: dict[str, Any] = {
        BY_KEY[key].plural: tuple(without_dead_links(r, live) for r in records)
        for key, records in lists.items()
    }
    return Snapshot(**cleaned)


def exchange_snapshot(workspace: Workspace, exchange_id: str) -> Snapshot:
    """An exchange with everything it holds and everything that refers to it."""
    with workspace.database.reading() as session:
        lists: dict[str, list[Any]] = {
            key: repo.load_all(session, BY_KEY[key]) for key in ("organisation", "person", "theme")
        }
        lists["exchange"] = list(repo.load(session, BY_KEY["exchange"], [exchange_id]).values())
        for key in ("visit", "observation", "comparison", "action"):
            lists[key] = repo.load_where(session, BY_KEY[key], "exchange", [exchange_id])
        lists["observation"] += _evidence_elsewhere(session, lists)
    return _snapshot(lists)


def comparisons_snapshot(workspace: Workspace) -> Snapshot:
    """Every comparison, with the organisations, themes, people and evidence it names."""
    with workspace.database.reading() as session:
        lists: dict[str, list[Any]] = {
            key: repo.load_all(session, BY_KEY[key])
            for key in ("organisation", "person", "theme", "exchange", "comparison")
        }
        lists["observation"] = []
        lists["observation"] = _evidence_elsewhere(session, lists)
    return _snapshot(lists)


def _evidence_elsewhere(session: Any, lists: dict[str, list[Any]]) -> list[Observation]:
    """Observations cited as evidence that are not yet among ``lists``."""
    have = {o.id for o in lists.get("observation", [])}
    cited = {
        e
        for c in lists.get("comparison", [])
        if isinstance(c, Comparison)
        for p in c.practices
        for e in p.evidence
        if e not in have
    }
    found = repo.load(session, BY_KEY["observation"], sorted(cited)) if cited else {}
    return [o for o in found.values() if isinstance(o, Observation)]


def exchange_summary_bytes(
    workspace: Workspace,
    exchange_id: str,
    *,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The summary of an exchange as PDF bytes (for a preview; nothing is written)."""
    from counsellor_app.reports import ReportOptions, exchange_summary_pdf

    snapshot = exchange_snapshot(workspace, exchange_id)
    return exchange_summary_pdf(
        snapshot, exchange_id, ReportOptions(paper=paper, redact=redact), progress=progress
    )


def write_exchange_summary(
    workspace: Workspace,
    exchange_id: str,
    target: Path,
    *,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> int:
    """Writes the summary of an exchange to ``target``; returns its size in bytes."""
    data = exchange_summary_bytes(
        workspace, exchange_id, paper=paper, redact=redact, progress=progress
    )
    write_atomically(target, data)
    return len(data)


def comparison_digest_bytes(
    workspace: Workspace,
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The digest of comparisons matching the filters as PDF bytes (nothing is written)."""
    from counsellor_app.reports import ReportOptions, comparison_digest_pdf

    return comparison_digest_pdf(
        comparisons_snapshot(workspace),
        ReportOptions(paper=paper, redact=redact),
        theme=theme,
        organisation=organisation,
        exchange_id=exchange_id,
        progress=progress,
    )


def write_comparison_digest(
    workspace: Workspace,
    target: Path,
    *,
    theme: str | None = None,
    organisation: str | None = None,
    exchange_id: str | None = None,
    paper: str = "a4",
    redact: bool = False,
    progress: Progress | None = None,
) -> int:
    """Writes the digest of comparisons matching the filters; returns its size in bytes."""
    data = comparison_digest_bytes(
        workspace,
        theme=theme,
        organisation=organisation,
        exchange_id=exchange_id,
        paper=paper,
        redact=redact,
        progress=progress,
    )
    write_atomically(target, data)
    return len(data)


def save_report(target: Path, data: bytes) -> None:
    """Writes report bytes already made (a preview's) to ``target``, atomically."""
    write_atomically(target, data)
