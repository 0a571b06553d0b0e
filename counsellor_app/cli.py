"""The command line: ``counsellor-app [--db PATH | --database-url URL] COMMAND ...``.

Exit codes: 0 done, 2 bad input or usage (one clear message), 1 anything else (logged).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from counsellor_app import __version__, paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError, ValidationError

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


def read_passphrase(args: argparse.Namespace, prompt: str, *, twice: bool = False) -> str:
    """The passphrase from ``--passphrase-file``, else typed on the terminal without echo
    (twice for a new one); never from the command line or the environment."""
    if args.passphrase_file:
        file = Path(args.passphrase_file).expanduser()
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not UTF-8 text"
            raise UsageError(f"cannot read the passphrase file {file}: {reason}") from None
        if not lines or not lines[0]:
            raise UsageError(f"the passphrase file {file} is empty")
        return lines[0]
    if not sys.stdin.isatty():
        raise UsageError(
            "the database is encrypted: give its passphrase with --passphrase-file FILE "
            "(before the command), or run this on a terminal"
        )
    passphrase = getpass.getpass(prompt)
    if twice and getpass.getpass("The same passphrase again: ") != passphrase:
        raise UsageError("the two passphrases are not the same; nothing was changed")
    return passphrase


def open_workspace(args: argparse.Namespace, *, create: bool = True) -> Workspace:
    """The workspace on the database asked for; an encrypted file's passphrase is asked for
    (or read from ``--passphrase-file``) when the file turns out to be encrypted."""
    from counsellor_app.services.session import open_workspace as open_ws

    target = database_target(args)
    try:
        return open_ws(target, create=create)
    except DatabaseProblem as problem:
        if problem.kind != "encrypted":
            raise
    return open_ws(target, create=create, passphrase=read_passphrase(args, "Passphrase: "))


def _database_file(args: argparse.Namespace) -> Path:
    from sqlalchemy import make_url

    from counsellor_app.storage.database import sqlite_path

    target = database_target(args)
    path = target if isinstance(target, Path) else sqlite_path(make_url(target))
    if path is None:
        raise UsageError(
            "only a SQLite database file can be encrypted; a server keeps its data safe "
            "with its own disk encryption"
        )
    return path


def cmd_encrypt(args: argparse.Namespace) -> int:
    from counsellor_app.services.database_encryption import encrypt_database
    from counsellor_app.storage import encryption

    path = _database_file(args)
    encryption.driver()  # says how to get it, before a passphrase is asked for
    if encryption.looks_encrypted(path):
        passphrase = read_passphrase(args, "Passphrase of the encrypted database: ")
    else:
        passphrase = read_passphrase(args, "New passphrase: ", twice=True)
    done = encrypt_database(path, passphrase)
    print(done.summary("encrypted"))
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from counsellor_app.services.database_encryption import decrypt_database
    from counsellor_app.storage import encryption

    path = _database_file(args)
    if encryption.is_plain_sqlite(path):
        raise UsageError(f"the database {path} is not encrypted")
    encryption.driver()
    done = decrypt_database(path, read_passphrase(args, "Passphrase: "))
    print(done.summary("decrypted"))
    return EXIT_OK


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

    target = database_target(args)
    try:
        print(check_database(target))
    except DatabaseProblem as problem:
        if problem.kind != "encrypted" or not isinstance(target, Path):
            raise
        from counsellor_app.storage.encryption import key_for_file

        print(check_database(target, key_for_file(target, read_passphrase(args, "Passphrase: "))))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from counsellor_app.services.reporting import write_comparison_digest, write_exchange_summary

    workspace = open_workspace(args, create=False)
    if args.report == "exchange":
        size = write_exchange_summary(
            workspace, args.id, Path(args.output), paper=args.paper, redact=args.redact
        )
    else:
        size = write_comparison_digest(
            workspace,
            Path(args.output),
            theme=args.theme,
            organisation=args.organisation,
            paper=args.paper,
            redact=args.redact,
        )
    print(f"Wrote {args.output} ({max(1, round(size / 1024))} KB)")
    return EXIT_OK


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


def cmd_export_person(args: argparse.Namespace) -> int:
    from counsellor_app.services.personal_data import export_person_file

    count = export_person_file(open_workspace(args, create=False), args.id, Path(args.file))
    print(f"Exported {count} records and audit lines about {args.id} to {args.file}")
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace) -> int:
    from counsellor_app.services.personal_data import erase_person

    workspace = open_workspace(args, create=False)
    report = erase_person(
        workspace, args.id, with_quotes=args.with_quotes, purge_backups=args.purge_backups
    )
    print(report.summary())
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from counsellor_app.app import run_window

    return run_window(database_target(args))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="counsellor-app",
        # ``--passphrase`` must never pass for ``--passphrase-file``.
        allow_abbrev=False,
        description="Exchange Notes: what return counsellors learn from staff exchanges.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="PATH", help="a SQLite database file")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=f"any SQLAlchemy database URL (also ${paths.URL_VARIABLE})",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read an encrypted database's passphrase (or encrypt's new one) from the first "
        "line of FILE instead of asking on the terminal",
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
    export_person = add(
        "export-person", cmd_export_person, "everything stored about one person, as JSON"
    )
    export_person.add_argument("id", help="the person's id")
    export_person.add_argument("file", metavar="FILE.json")
    erase = add("erase-person", cmd_erase_person, "erase a person and every trace of their name")
    erase.add_argument("id", help="the person's id")
    erase.add_argument(
        "--with-quotes",
        action="store_true",
        help="erase the observations they said too (else they stay, 'speaker erased')",
    )
    erase.add_argument(
        "--purge-backups",
        action="store_true",
        help="delete the backups taken before, which still hold the person",
    )
    add("encrypt", cmd_encrypt, "encrypt the database file (and its backups) with a passphrase")
    add("decrypt", cmd_decrypt, "turn an encrypted database file back into a plain one")

    report = add("report", cmd_report, "write a PDF report")
    kinds = report.add_subparsers(
        dest="report", metavar="KIND", required=True, parser_class=_Parser
    )
    exchange = kinds.add_parser("exchange", help="the summary of one exchange")
    exchange.add_argument("id", help="the exchange's id")
    digest = kinds.add_parser("comparisons", help="the digest of practice comparisons")
    digest.add_argument("--theme", metavar="NAME")
    digest.add_argument("--organisation", metavar="NAME")
    for sub in (exchange, digest):
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        sub.add_argument("--paper", choices=("a4", "letter"), default="a4")
        sub.add_argument("--redact", action="store_true", help="replace names by roles")

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
