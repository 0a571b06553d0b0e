"""Opening a database: where it is, checks before use, SQLite settings, transactions.

SQLite is tuned as an application file: write-ahead log, foreign keys, a busy timeout,
``BEGIN IMMEDIATE`` for write transactions (so a read never turns into a write that finds the
database locked) and full synchronisation, so a battery dying loses nothing committed.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, DBAPIError, IntegrityError
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from counsellor_app.domain.errors import DatabaseProblem
from counsellor_app.storage.encryption import DatabaseKey
from counsellor_app.storage.unspaced_scripts import register_sql_functions

if TYPE_CHECKING:
    # The ORM is loaded when a database is opened, not by the file checks and names here
    # (``check`` works on the file with sqlite3 alone).
    from sqlalchemy.orm import Session

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# SQLite's page cache of a connection, in KiB. Random UUID keys touch index pages all over
# the file. A bulk transaction (an import) may take a larger one for itself
# (``repository.bulk.reserve_page_cache``); the connection gets this one back at its end.
CACHE_KIB = 16 * 1024


def writable(path: Path) -> bool:
    """True when the file and its folder may be written (not a read-only disk or folder)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def in_use(path: Path) -> bool:
    """True when a program may have the file open: its write-ahead log or journal is there."""
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def sqlite_url(path: Path, *, read_only: bool = False) -> URL:
    """A SQLAlchemy URL for a SQLite file (read-only opens never write, not even the WAL).

    A file nobody can write here (a read-only disk) that no program has open is read as
    immutable: SQLite could not make the shared-memory file a read-only connection to a
    database in WAL mode needs, and nothing can change the file meanwhile.
    """
    if read_only:
        immutable = "&immutable=1" if not writable(path) and not in_use(path) else ""
        return make_url(f"sqlite:///file:{path.resolve()}?mode=ro{immutable}&uri=true")
    return make_url(f"sqlite:///{path.resolve()}")


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None (memory, other back-ends)."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    database = url.database
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database)


def create_private_file(path: Path) -> None:
    """Creates an empty file readable by its owner only (SQLite's WAL and SHM files follow).

    On Windows the mode means nothing beyond read-only: a new file takes the permissions
    (ACL) of its folder. The default folder, in the user's profile (``%LOCALAPPDATA%``), lets
    only that user, the administrators and the system in; a folder chosen elsewhere decides
    for itself (README: "Where your notes are kept on Windows").
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def inspect_sqlite_file(path: Path) -> None:
    """Raises DatabaseProblem for a file that cannot be opened as our database; never writes."""
    check_regular_file(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except PermissionError:
        raise DatabaseProblem(
            "read-only",
            f"You do not have permission to read {path}. Ask whoever manages this computer.",
        ) from None
    if header and header != SQLITE_MAGIC:
        raise DatabaseProblem(
            "not-a-database",
            f"{path} is not an Exchange Notes database (it is some other kind of file). "
            "It was left as it is.",
        )


def check_regular_file(path: Path) -> None:
    """Raises DatabaseProblem unless ``path`` is a regular file: before anything reads it, as
    a pipe would be waited on for ever and a device read without end."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise DatabaseProblem(
            "missing", f"The database {path} does not exist. Open another one or create a new one."
        ) from None
    except OSError as error:
        raise DatabaseProblem(
            "missing", f"The database {path} cannot be reached: {error.strerror or error}."
        ) from None
    if stat.S_ISDIR(mode):
        raise DatabaseProblem("not-a-database", f"{path} is a folder, not a database file.")
    if not stat.S_ISREG(mode):
        raise DatabaseProblem(
            "not-a-database",
            f"{path} is not a database file (it is a device, a pipe or a socket). "
            "It was left as it is.",
        )


def _translate(error: Exception, where: str) -> DatabaseProblem:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseProblem(
            "locked",
            f"The database {where} is in use by another program and stayed locked. "
            "Close the other program, then try again.",
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return DatabaseProblem(
            "read-only",
            f"The database {where} can only be read: the file or its folder is read-only. "
            "Copy it somewhere you can write, or open it read-only.",
        )
    if "malformed" in text or "corrupt" in text or "disk image" in text:
        return DatabaseProblem(
            "damaged",
            f"The database {where} is damaged. It was left as it is; restore a backup.",
        )
    if "not a database" in text or "file is encrypted" in text:
        return DatabaseProblem(
            "not-a-database",
            f"{where} is not an Exchange Notes database. It was left as it is.",
        )
    if "unable to open" in text:
        return DatabaseProblem(
            "missing", f"The database {where} cannot be opened: its folder is missing or closed."
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseProblem(
            "disk-full", "The disk is full; nothing was saved. Free some space and try again."
        )
    return DatabaseProblem("unreachable", f"The database {where} cannot be used: {error}")


def translate_error(error: Exception, where: str) -> DatabaseProblem:
    """A database error in words a counsellor understands."""
    inner = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    return _translate(inner, where)


def _understood(error: DatabaseError, where: str) -> Exception:
    """The error in plain words when it is about the database file or server, else as is."""
    if isinstance(error, IntegrityError):
        return error
    problem = translate_error(error, where)
    return error if problem.kind == "unreachable" else problem


@dataclass(eq=False)
class Database:
    """An open database: its engine and the sessions to read and write it."""

    engine: Engine
    url: URL
    read_only: bool = False
    # The key of an encrypted file (SQLCipher), for what opens it beside the engine: backups,
    # drafts. None for a plain file or a server.
    key: DatabaseKey | None = None

    def __post_init__(self) -> None:
        self.closed = False
        _OPENED.add(self)
        writer = self.engine.execution_options(counsellor_write=True)
        bulk = self.engine.execution_options(counsellor_write=True, counsellor_bulk=True)
        from sqlalchemy.orm import sessionmaker

        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=writer, expire_on_commit=False)
        self._bulk = sessionmaker(bind=bulk, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def where(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return self.url.render_as_string(hide_password=True)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def one_connection(self) -> bool:
        """True when every session shares one connection (SQLite in memory): then no two
        threads may use sessions at once, and a session cannot read while another writes."""
        return isinstance(self.engine.pool, (SingletonThreadPool, StaticPool))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def _in_plain_words(self) -> Iterator[None]:
        """Database errors about the file or server come out as DatabaseProblem."""
        try:
            yield
        except DatabaseError as error:
            problem = _understood(error, self.where)
            if problem is error:
                raise
            raise problem from error

    def _check_open(self) -> None:
        if self.closed:
            raise DatabaseProblem("unreachable", f"The database {self.where} was closed.")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        self._check_open()
        with self._in_plain_words(), self._read() as session:
            yield session

    @contextmanager
    def writing(self, *, bulk: bool = False) -> Iterator[Session]:
        """One unit of work: committed whole at the end, or not at all.

        ``bulk`` is for imports, whose references were all checked before writing: SQLite
        then skips its own per-row foreign key checks for that transaction.
        """
        if self.read_only:
            raise DatabaseProblem(
                "read-only", "This database was opened read-only; changes cannot be saved."
            )
        self._check_open()
        with (
            self._in_plain_words(),
            (self._bulk if bulk else self._write)() as session,
            session.begin(),
        ):
            yield session

    def dispose(self) -> None:
        """Closes the connections not in use; the next session opens new ones."""
        self.engine.dispose()

    def close(self) -> None:
        """Closes every connection and opens no new one: the file may then be replaced."""
        self.closed = True
        self.engine.dispose()


# Every database this process opened and still holds: no file it writes may replace one.
_OPENED: weakref.WeakSet[Database] = weakref.WeakSet()


def opened_files() -> list[Path]:
    """The SQLite files of the databases this process holds open."""
    return [path for database in list(_OPENED) if (path := database.path) is not None]


def _configure_sqlite(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's begin event choose BEGIN or BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not read_only:
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        # Called by the search index's view and triggers: a write fails without them.
        register_sql_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if options.get("counsellor_bulk", False):
            # Only outside a transaction does this take effect; checkin turns both back.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.connection.info["bulk"] = True
        write = options.get("counsellor_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        if record.info.pop("bulk", False):
            dbapi_connection.execute("PRAGMA foreign_keys = ON")
            # Back to the everyday cache, if the transaction took a larger one: SQLite frees
            # the pages beyond it.
            dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def make_engine(
    url: URL | str, *, read_only: bool = False, key: DatabaseKey | None = None
) -> Engine:
    """An engine for any SQLAlchemy URL, with SQLite set up as an application database.

    ``key`` opens an encrypted SQLite file: SQLCipher's driver in place of the standard
    library's, each connection keyed before anything else reads the file. Statement
    parameters never appear in error messages (they may be someone's notes).
    """
    url = make_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if key is not None and path is not None:
            from counsellor_app.storage import encryption

            engine = create_engine(
                url,
                module=encryption.driver(),
                creator=lambda: encryption.connect(
                    path,
                    key,
                    read_only=read_only,
                    timeout=BUSY_TIMEOUT_MS / 1000,
                    check_same_thread=False,
                ),
                hide_parameters=True,
            )
        else:
            engine = create_engine(
                url,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                hide_parameters=True,
            )
        _configure_sqlite(engine, read_only=read_only)
        return engine
    if url.get_backend_name() == "postgresql":
        from counsellor_app.storage.models import partial_indexes_for_postgresql

        partial_indexes_for_postgresql()
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)
