"""The command line: ``counsellor-app [--db PATH | --database-url URL] COMMAND ...``.

Exit codes: 0 done, 2 bad input or usage (one clear message), 1 anything else (logged).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from counsellor_app import paths
from counsellor_app.domain.errors import DatabaseProblem, DomainError, ValidationError, shortened
from counsellor_app.domain.text_rules import one_line, stored_form

if TYPE_CHECKING:
    # Each command imports what it uses: `--help` or `check` does not pay for SQLAlchemy's
    # ORM, Qt or ReportLab, and the window's start loads the layers it needs itself.
    from counsellor_app.services.workspace import Workspace

log = logging.getLogger("counsellor_app")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MAX_PROBLEMS_SHOWN = 200
# ``-o -``, ``export -``: the file goes to standard output.
STANDARD_OUTPUT_NAME = "-"


class UsageError(DomainError):
    """The command line itself is wrong."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see {self.prog} --help)")


class _Version(argparse.Action):
    """``--version``: the version is read from the package's metadata only when asked for
    (importing ``importlib.metadata`` would cost every command a good part of its start)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        import counsellor_app

        print(f"{parser.prog} {counsellor_app.__version__}")
        parser.exit()


def database_target(args: argparse.Namespace) -> str | Path:
    """The database the user asked for: --db, --database-url, the environment, or the default."""
    if sum(map(bool, (args.db, args.database_url, getattr(args, "example", False)))) > 1:
        raise UsageError("give one of --db, --database-url and --example")
    if getattr(args, "example", False):
        from counsellor_app.services.example import prepare_example

        return prepare_example()
    if args.db:
        return Path(os.path.expanduser(args.db))  # "~0": no such user, the name as typed
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


def open_workspace(
    args: argparse.Namespace, *, create: bool = True, for_reading: bool = False
) -> Workspace:
    """The workspace on the database asked for; an encrypted file's passphrase is asked for
    (or read from ``--passphrase-file``) when the file turns out to be encrypted.
    ``for_reading``: a command that only reads, which leaves a missing, empty or foreign
    file as it is (see ``services.session``)."""
    from counsellor_app.services.session import open_workspace as open_ws

    target = database_target(args)
    try:
        workspace = open_ws(target, create=create, for_reading=for_reading)
    except DatabaseProblem as problem:
        if problem.kind != "encrypted":
            raise
        passphrase = read_passphrase(args, "Passphrase: ")
        workspace = open_ws(target, create=create, for_reading=for_reading, passphrase=passphrase)
    _opened.append(workspace)
    return workspace


# The workspaces a command opened, closed when it ends: SQLite then folds its write-ahead
# log into the file, and no connection outlives the command (main may run many times).
_opened: list[Workspace] = []


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
    say(done.summary("encrypted"))
    return EXIT_OK


def cmd_decrypt(args: argparse.Namespace) -> int:
    from counsellor_app.services.database_encryption import decrypt_database
    from counsellor_app.storage import encryption

    path = _database_file(args)
    if encryption.is_plain_sqlite(path):
        raise UsageError(f"the database {path} is not encrypted")
    encryption.driver()
    done = decrypt_database(path, read_passphrase(args, "Passphrase: "))
    say(done.summary("decrypted"))
    return EXIT_OK


def say(message: str, args: argparse.Namespace | None = None) -> None:
    """Prints what a command did, on one line: to standard error when the command writes its
    file to standard output (``-``), so the message never mixes with the file."""
    to_stdout = args is None or STANDARD_OUTPUT_NAME not in (
        getattr(args, "file", None),
        getattr(args, "output", None),
    )
    print(one_line(message), file=sys.stdout if to_stdout else sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import import_file

    workspace = open_workspace(args)
    report = import_file(workspace, Path(args.file))
    say(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import export_file

    count = export_file(open_workspace(args, for_reading=True), Path(args.file))
    say(f"Exported {count} records to {args.file}", args)
    return EXIT_OK


def cmd_export_csv(args: argparse.Namespace) -> int:
    from counsellor_app.services.interchange import export_csv

    count = export_csv(open_workspace(args, for_reading=True), Path(args.file))
    say(f"Exported {count} observations to {args.file}", args)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from counsellor_app.services.backups import backup_now

    workspace = open_workspace(args, for_reading=True)
    target = backup_now(workspace, Path(args.file) if args.file else None)
    say(f"Backed up to {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from counsellor_app.services.backups import check_database

    target = database_target(args)
    try:
        say(check_database(target))
    except DatabaseProblem as problem:
        if problem.kind != "encrypted" or not isinstance(target, Path):
            raise
        from counsellor_app.storage.encryption import key_for_file

        passphrase = read_passphrase(args, "Passphrase: ")
        say(check_database(target, key_for_file(target, passphrase)))
    return EXIT_OK


def report_preferences() -> tuple[str, str, str]:
    """The report language, author and agency of the window's settings."""
    from counsellor_app.ui.common.settings import report_preferences as from_settings

    return from_settings()


def cmd_report(args: argparse.Namespace) -> int:
    from counsellor_app.reports import ReportOptions
    from counsellor_app.services.reporting import ReportSubject, format_for, write_report

    target = Path(args.output)
    if args.output == STANDARD_OUTPUT_NAME and sys.stdout.isatty():
        raise UsageError(
            "-o - writes the report to standard output: send it to a file or a program"
        )
    language, author, agency = report_preferences()
    options = ReportOptions(
        paper=args.paper,
        redact=args.redact,
        language=args.language or language,
        format=format_for(target, args.format),
        author=author,
        agency=agency,
    )
    options.check()
    workspace = open_workspace(args, for_reading=True)
    if args.report == "exchange":
        subject = ReportSubject("exchange", exchange_id=args.id)
    elif args.report == "theme":
        subject = ReportSubject(
            "theme", theme=args.name, exchange_id=args.exchange, since=args.since, until=args.until
        )
    else:
        subject = ReportSubject("digest", theme=args.theme, organisation=args.organisation)
    size = write_report(workspace, subject, target, options)
    say(f"Wrote {args.output} ({max(1, round(size / 1024))} KB)", args)
    return EXIT_OK


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def cmd_search(args: argparse.Namespace) -> int:
    from counsellor_app.services.search import SearchFilters, search

    workspace = open_workspace(args, for_reading=True)
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
        print(hit.as_line())  # each part already on one line
    if not hits:
        print("No matches.", file=sys.stderr)
    return EXIT_OK


def cmd_export_person(args: argparse.Namespace) -> int:
    from counsellor_app.services.personal_data import export_person_file

    count = export_person_file(open_workspace(args, for_reading=True), args.id, Path(args.file))
    say(f"Exported {count} records and audit lines about {args.id} to {args.file}", args)
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace) -> int:
    from counsellor_app.services.personal_data import erase_person

    workspace = open_workspace(args, create=False)
    report = erase_person(
        workspace, args.id, with_quotes=args.with_quotes, purge_backups=args.purge_backups
    )
    say(report.summary())
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
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    parser.add_argument("--db", metavar="PATH", help="a SQLite database file")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=f"any SQLAlchemy database URL (also ${paths.URL_VARIABLE})",
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help="use the sample database holding the example exchange (made the first time), "
        "never your own",
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
    """The log file, readable by its owner only (made so, if an older release made it
    readable by others)."""
    try:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        logfile = directory / "counsellor-app.log"
        fd = os.open(logfile, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
        handler = logging.FileHandler(logfile, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return logfile


def _where_it_failed(error: BaseException) -> str:
    """The kind of error and the lines of the program it went through, without its message:
    a database error's message holds the statement and its values (names, notes), and
    those stay out of the log."""
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.append("caused by " + _where_it_failed(cause))
    return "\n".join(lines)


def _print_problem(error: DomainError) -> None:
    if isinstance(error, ValidationError) and len(error.problems) > 1:
        print(f"error: {len(error.problems)} problems found; nothing was changed:", file=sys.stderr)
        for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {one_line(str(problem))}", file=sys.stderr)
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            print(f"  … and {len(error.problems) - MAX_PROBLEMS_SHOWN} more", file=sys.stderr)
        return
    message = str(error)
    if isinstance(error, ValidationError):
        message += "; nothing was changed"
    print(f"error: {one_line(message)}", file=sys.stderr)


# Arguments that name files: any bytes may make up a file name. The others are text.
_FILE_ARGUMENTS = frozenset({"db", "file", "output", "passphrase_file"})
# How Python passes on an argument's bytes that are not UTF-8: as lone surrogates.
_NOT_TEXT = re.compile("[\ud800-\udfff]")


def _checked(args: argparse.Namespace) -> argparse.Namespace:
    """The arguments, text ones in the form text is stored in (so that a name typed with a
    space after it, or with its accents decomposed, is found); UsageError for a text
    argument holding bytes that are not UTF-8, which no text can hold."""
    for name, value in vars(args).items():
        if not isinstance(value, str):
            continue
        if name in _FILE_ARGUMENTS:
            try:
                os.fsencode(value)
            except UnicodeEncodeError:  # only in-process: the system passes bytes
                raise UsageError(
                    f"{name}: {one_line(shortened(value))} is not a file name"
                ) from None
            continue
        if _NOT_TEXT.search(value):
            shown = one_line(shortened(value))
            raise UsageError(
                f"{name.replace('_', '-')}: '{shown}' holds bytes that are not UTF-8 text; "
                "type it again"
            )
        setattr(args, name, stored_form(value, short=True))
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        arguments = list(sys.argv[1:] if argv is None else argv)
        if any("\x00" in argument for argument in arguments):
            raise UsageError("an argument holds a NUL character, which no name or text can hold")
        try:
            args = _checked(parser.parse_args(arguments))
        except SystemExit as done:  # --help and --version, printed: main returns, not exits
            return done.code if isinstance(done.code, int) else EXIT_OK
        handler = getattr(args, "handler", cmd_window)
        try:
            return handler(args)
        finally:
            while _opened:
                _opened.pop().database.dispose()
    except DomainError as error:
        _print_problem(error)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted; nothing half-done was kept.", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The program reading standard output stopped early (``| head``): nothing to say.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as error:
        logfile = _setup_logging()
        log.error(
            "unexpected error (%s): %s", datetime.now(UTC).isoformat(), _where_it_failed(error)
        )
        where = f"; details are in {logfile}" if logfile else ""
        print(f"error: something went wrong ({type(error).__name__}){where}", file=sys.stderr)
        return EXIT_FAILED
