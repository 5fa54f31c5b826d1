"""What went wrong with the database, in one line that says what to do.

SQLite reports a lock held past the busy timeout, a full disk, a read-only file or a
damaged database as ``sqlite3`` exceptions; the CLI and the UI both show them through
``explain`` so that the user reads the same sentence everywhere, never a traceback.

A PostgreSQL server adds faults a file does not have: the server is down or unreachable,
it refuses the login, the database was never created, or the connection drops in the
middle of a session (a restart, a network cut, an administrator ending it). db/postgres.py
raises them as ``sqlite3`` exceptions with psycopg's error as the cause; they are told
apart here by PostgreSQL's error code where there is one, else by libpq's words.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from annotator.base.errors import StoreError

# PostgreSQL's faults, checked before SQLite's words (libpq's "could not connect" must not
# read as SQLite's "unable to open"): SQLSTATE codes, then the words libpq uses.
_SERVER_CODES = {
    "28P01": "login", "28000": "login", "3D000": "no-database",
    "57P01": "dropped", "57P02": "dropped", "57P03": "unreachable",
    "08000": "dropped", "08003": "dropped", "08006": "dropped", "08001": "unreachable",
    "08004": "unreachable",
}
_SERVER_WORDS: list[tuple[tuple[str, ...], str]] = [
    (("password authentication failed", "no password supplied", "authentication failed",
      "no pg_hba.conf entry", "peer authentication failed"), "login"),
    (("terminating connection", "server closed the connection", "the connection is closed",
      "connection is bad", "consuming input failed", "connection is lost",
      "ssl syscall error", "ssl connection has been closed", "server conn crashed",
      "sending query failed", "connection already closed"), "dropped"),
    (("connection refused", "could not connect", "no such file or directory",
      "could not translate host name", "name or service not known", "timeout expired",
      "is the server running", "the database system is starting up",
      "the database system is shutting down", "connection failed"), "unreachable"),
]
SERVER_KINDS = ("unreachable", "login", "no-database", "dropped")

_KINDS: list[tuple[tuple[str, ...], str, str]] = [
    (("locked", "busy"), "busy",
     "another process (a large ingest, import or merge?) kept it locked past the "
     "timeout; nothing was changed, try again when it has finished"),
    (("disk is full", "database or disk is full", "no space left"), "full",
     "the disk is full; nothing was changed, free some space and try again"),
    (("readonly", "read-only", "read only"), "readonly",
     "the database file (or its folder) is read-only; nothing was changed, check its "
     "permissions or use a copy"),
    (("malformed", "not a database", "file is encrypted", "corrupt"), "corrupt",
     "the database file is damaged; restore it from a backup, or rescue it with "
     "`sqlite3 FILE .recover`"),
    (("no such table", "no such column"), "damaged",
     "the database is missing part of its schema (a table was dropped?); restore it from "
     "a backup"),
    (("disk i/o error", "unable to open"), "io",
     "the database file cannot be read or written (disk error, or the file was moved)"),
]


def _server_error(exc: BaseException) -> BaseException | None:
    """The psycopg error behind ``exc`` (itself, or its cause), if any."""
    for candidate in (exc, exc.__cause__, exc.__context__):
        if candidate is not None and type(candidate).__module__.startswith("psycopg"):
            return candidate
    return None


def server_kind(exc: BaseException) -> str | None:
    """'unreachable', 'login', 'no-database' or 'dropped' for a PostgreSQL fault."""
    cause = _server_error(exc)
    code = getattr(getattr(cause, "diag", None), "sqlstate", None) \
        or getattr(cause, "sqlstate", None)
    if code in _SERVER_CODES:
        return _SERVER_CODES[code]
    if cause is None and not isinstance(exc, sqlite3.Error):
        return None
    text = str(cause if cause is not None else exc).lower()
    if cause is None and not any(word in text for word in ("server", "connection",
                                                           "postgres", "socket")):
        return None  # SQLite's own words ("unable to open database file") stay SQLite's
    if "does not exist" in text:  # FATAL: database "x" / role "y" does not exist
        if re.search(r'database "[^"]*" does not exist', text):
            return "no-database"
        if re.search(r'role "[^"]*" does not exist', text):
            return "login"
    for needles, kind in _SERVER_WORDS:
        if any(needle in text for needle in needles):
            if kind == "dropped" and re.search(r"connection to server (at|on) .* failed", text):
                return "login" if kind_is_login(text) else "unreachable"  # never got in
            return kind
    return None


def kind_is_login(text: str) -> bool:
    return any(needle in text for needle in _SERVER_WORDS[0][0])


def kind_of(exc: BaseException) -> str | None:
    """'busy', 'full', 'readonly', 'corrupt', 'damaged', 'io', a server's fault
    ('unreachable', 'login', 'no-database', 'dropped'), or None when unknown."""
    found = server_kind(exc)
    if found:
        return found
    text = str(exc).lower()
    for needles, kind, _ in _KINDS:
        if any(needle in text for needle in needles):
            return kind
    return None


def _detail(exc: BaseException) -> str:
    """The server's own words, on one line, without libpq's prefixes."""
    lines = [" ".join(line.split()) for line in str(_server_error(exc) or exc).splitlines()]
    text = "; ".join(line for line in lines if line)
    text = re.sub(r"^connection (failed|is bad): ", "", text)
    text = re.sub(r"connection to server (at|on) .*? failed: ", "", text)
    return text.replace("FATAL: ", "").strip() or type(exc).__name__


def _name(pattern: str, text: str) -> str | None:
    found = re.search(pattern, text)
    return found.group(1) if found else None


def _server_advice(kind: str, exc: BaseException) -> str:
    detail = _detail(exc)
    if kind == "unreachable":
        return ("cannot reach the PostgreSQL server (is it running, and are the host and "
                f"port in the URL right?); nothing was changed ({detail})")
    if kind == "login":
        user = _name(r'(?:user|role) "([^"]+)"', detail)
        who = f"user {user}" if user else "the user"
        return (f"the server refused the login of {who} (wrong password, or no access "
                "from here: check the user and password in the URL, or ~/.pgpass); "
                f"nothing was changed ({detail})")
    if kind == "no-database":
        name = _name(r'database "([^"]+)"', detail) or "DBNAME"
        return (f"there is no database {name} on this server; create it first "
                f"(`createdb {name}`, or CREATE DATABASE {name}; in psql) and run the "
                "command again")
    return ("the connection to the PostgreSQL server was lost (a restart, a network cut, "
            "or it was ended on the server); what was not yet saved was not saved, run "
            f"the command again ({detail})")


def explain(exc: BaseException, path: str | Path | None = None) -> str:
    """One line: which database, what happened, what to do."""
    where = f"{path}: " if path else "database: "
    kind = server_kind(exc)
    if kind:
        return f"{where}{_server_advice(kind, exc)}"
    text = str(exc).lower()
    for needles, _, advice in _KINDS:
        if any(needle in text for needle in needles):
            return f"{where}{advice} ({exc})"
    return f"{where}database error ({exc}); nothing was changed"


def as_store_error(exc: sqlite3.Error, path: str | Path | None = None) -> StoreError:
    return StoreError(explain(exc, path))


def recover(db) -> None:
    """Before the next change: a PostgreSQL connection lost earlier (a restart, a network
    cut, ended on the server) is replaced by a new one; raises the server's error when it
    is still out of reach. A SQLite file needs nothing."""
    if getattr(db, "lost", False):
        db.reconnect()
