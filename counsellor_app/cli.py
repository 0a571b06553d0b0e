"""The command line: ``counsellor-app [--db PATH | --database-url URL] COMMAND ...``.

Exit codes: 0 done, 2 bad input or usage (one clear message), 1 anything else (logged).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from counsellor_app import __version__, paths
from counsellor_app.domain.errors import DomainError, ValidationError

if TYPE_CHECKING:
    # Each command imports what it uses: `--help` or `check` does not pay for SQLAlchemy's
    # ORM, Qt or ReportLab, and the window's start loads the layers it needs itself.
    from counsellor_app.services.workspace import Workspace

log = logging.getLogger("counsellor_app")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_PROBLEMS_SHOWN = 200


class UsageError(DomainError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


def database_target(args: argparse.Namespace) -> str | Path:
    """The database the user asked for: --db, --database-url, the environment, or the default."""
    if args.db and args.database_url:
        raise UsageError("give either --db or --database-url, not both")
    if args.db:
        return Path(args.db).expanduser()
    if args.database_url:
        return str(args.database_url)
    from_environment = os.environ.get(paths.URL_VARIABLE)
    if from_environment:
        return from_environment
    return paths.default_database()


def open_workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    from counsellor_app.services.session import open_workspace as open_ws

    return open_ws(database_target(args), create=create)


def cmd_import(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import import_file

    workspace = open_workspace(args)
    report = import_file(workspace, Path(args.file))
    print(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import export_file

    count = export_file(open_workspace(args), Path(args.file))
    print(f"Exported {count} records to {args.file}")
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import export_csv

    count = export_csv(open_workspace(args), Path(args.file))
    print(f"Exported {count} observations to {args.file}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from counsellor_app.services.backups import backup_now

    target = backup_now(open_workspace(args, create=False), Path(args.file) if args.file else None)
    print(f"Backed up to {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from counsellor_app.services.backups import check_database

    print(check_database(database_target(args)))
    return EXIT_OK


def report_preferences() -> tuple[str, str, str]:
    """The report language, author and agency of the window's settings."""
    from counsellor_app.ui.settings import report_preferences as from_settings

    return from_settings()


def cmd_report(args: argparse.Namespace) -> int:
    from counsellor_app.reports import ReportOptions
    from counsellor_app.services.reporting import ReportSubject, format_for, write_report

    language, author, agency = report_preferences()
    target = Path(args.output)
    options = ReportOptions(
        paper=args.paper,
        redact=args.redact,
        language=args.language or language,
        format=format_for(target, args.format),
        author=author,
        agency=agency,
    )
    options.check()
    if args.report == "exchange":
        subject = ReportSubject("exchange", exchange_id=args.id)
    elif args.report == "theme":
        subject = ReportSubject(
            "theme", theme=args.name, exchange_id=args.exchange, since=args.since, until=args.until
        )
    else:
        subject = ReportSubject("digest", theme=args.theme, organisation=args.organisation)
    size = write_report(open_workspace(args, create=False), subject, target, options)
    print(f"Wrote {args.output} ({max(1, round(size / 1024))} KB)")
    return EXIT_OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_search(args: argparse.Namespace) -> int:
    from counsellor_app.services.search import SearchFilters, search

    workspace = open_workspace(args, create=False)
    filters = SearchFilters(
        exchange=args.exchange,
        theme=args.theme,
        organisation=args.organisation,
        kind=args.kind,
        speaker=args.speaker,
        since=args.since,
        until=args.until,
    )
    try:
        hits = search(workspace, args.query, filters, limit=args.limit)
    except ValidationError as error:
        # Name the options as typed; "nothing was changed" is for imports, not searches.
        raise UsageError("; ".join(f"--{p.path}: {p.message}" for p in error.problems)) from None
    for hit in hits:
        print(hit.as_line())
    if not hits:
        print("No matches.", file=sys.stderr)
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from counsellor_app.app import run_window

    return run_window(database_target(args))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="counsellor-app",
        description="Exchange Notes: what return counsellors learn from staff exchanges.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="a SQLite database file")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=f"any SQLAlchemy database URL (also ${paths.URL_VARIABLE})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> _Parser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub  # type: ignore[return-value]

    add("import", cmd_import, "import an interchange file (all or nothing)").add_argument("file")
    add("export", cmd_export, "export every record as an interchange file").add_argument("file")
    add("export-csv", cmd_export_csv, "export observations as CSV").add_argument("file")
    add("backup", cmd_backup, "write a verified copy of the database").add_argument(
        "file", nargs="?"
    )
    add("check", cmd_check, "check the database's integrity (never changes it)")

    report = add("report", cmd_report, "write a report, as PDF or Word (.docx)")
    kinds = report.add_subparsers(
        dest="report", metavar="KIND", required=True, parser_class=_Parser
    )
    exchange = kinds.add_parser("exchange", help="the summary of one exchange")
    exchange.add_argument("id", help="the exchange's id")
    digest = kinds.add_parser("comparisons", help="the digest of practice comparisons")
    digest.add_argument("--theme", metavar="NAME")
    digest.add_argument("--organisation", metavar="NAME")
    dossier = kinds.add_parser("theme", help="everything about one theme across exchanges")
    dossier.add_argument("name", metavar="NAME", help="the theme's name")
    dossier.add_argument("--exchange", metavar="ID", help="only this exchange")
    dossier.add_argument(
        "--from", dest="since", type=_day, metavar="DATE", help="exchanges from this date"
    )
    dossier.add_argument(
        "--to", dest="until", type=_day, metavar="DATE", help="exchanges until this date"
    )
    for sub in (exchange, digest, dossier):
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx")
        sub.add_argument("--paper", choices=("a4", "letter"), default="a4")
        sub.add_argument("--redact", action="store_true", help="replace names by roles")
        sub.add_argument(
            "--language",
            choices=("en", "fr", "nl"),
            help="the report's language (default: the settings' report language)",
        )
        sub.add_argument(
            "--format",
            choices=("pdf", "docx"),
            help="PDF or Word (default: from the output file's name)",
        )

    search = add("search", cmd_search, "full-text search; one line per hit")
    search.add_argument("query")
    search.add_argument("--exchange", metavar="ID")
    search.add_argument("--theme", metavar="NAME")
    search.add_argument("--organisation", metavar="NAME")
    search.add_argument("--kind")
    search.add_argument("--speaker", metavar="NAME")
    search.add_argument("--since", metavar="YYYY-MM-DD")
    search.add_argument("--until", metavar="YYYY-MM-DD")
    search.add_argument("--limit", type=int, default=50)
    return parser


def _setup_logging() -> Path | None:
    try:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        logfile = directory / "counsellor-app.log"
        handler = logging.FileHandler(logfile, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return logfile


def _print_problem(error: DomainError) -> None:
    if isinstance(error, ValidationError) and len(error.problems) > 1:
        print(f"error: {len(error.problems)} problems found; nothing was changed:", file=sys.stderr)
        for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}", file=sys.stderr)
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            print(f"  … and {len(error.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
        return
    message = str(error)
    if isinstance(error, ValidationError):
        message += "; nothing was changed"
    print(f"error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler = getattr(args, "handler", cmd_window)
        return handler(args)
    except DomainError as error:
        _print_problem(error)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was kept.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        logfile = _setup_logging()
        log.exception("unexpected error (%s)", datetime.now(UTC).isoformat())
        where = f"; details are in {logfile}" if logfile else ""
        print(
            f"error: something went wrong ({type(error).__name__}: {error}){where}", file=sys.stderr
        )
        return EXIT_FAILED
