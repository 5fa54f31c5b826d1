"""What every command shares: the --db and --reviewer options, opening the store, and
turning user errors into one line on stderr with a non-zero exit."""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import click

from annotator.base.errors import AnnotatorError
from annotator.base.locations import database_location, database_target, default_reviewer
from annotator.base.text import visible

EXIT_USER_ERROR = 1


def fail(message: str, code: int = EXIT_USER_ERROR) -> None:
    """Print one line on stderr and exit."""
    click.echo(f"annotator: error: {visible(message)}", err=True)
    sys.exit(code)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl-C, so temporary files are removed and
    the open transaction is rolled back."""


def _terminate(signum, frame) -> None:
    raise Terminated(signum)


def _catch_termination() -> dict:
    """Install the handlers; returns the ones they replaced (to put back afterwards)."""
    replaced = {}
    try:
        for signum in (signal.SIGTERM, signal.SIGHUP):
            previous = signal.getsignal(signum)
            if previous in (signal.SIG_DFL, None):
                signal.signal(signum, _terminate)
                replaced[signum] = previous
    except (ValueError, AttributeError, OSError):  # not the main thread, or no such signal
        pass
    return replaced


def _restore(replaced: dict) -> None:
    for signum, previous in replaced.items():
        try:
            signal.signal(signum, previous or signal.SIG_DFL)
        except (ValueError, OSError):
            pass


_opened: list[Path] = []  # the databases this command opened, for messages about them
_created: list[Path] = []  # ... and those it created: a command that fails removes them


def _remove_created() -> None:
    """A failing command leaves no database behind that it created (``--db typo.db``)."""
    while _created:
        path = _created.pop()
        for extra in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{path}{extra}")
            except OSError:
                pass


def handle_errors(func: Callable) -> Callable:
    """Run a command body; AnnotatorError, database and OS errors become one line, never a
    traceback; SIGTERM and SIGHUP unwind cleanly."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        replaced = _catch_termination()
        _created.clear()
        try:
            result = func(*args, **kwargs)
            _created.clear()
            return result
        except SystemExit as exc:
            if exc.code not in (0, None):
                _remove_created()
            raise
        except sqlite3.Error as exc:
            from annotator.db.problems import explain

            fail(explain(exc, _opened[-1] if _opened else None))
        except RecursionError:
            fail("input nested too deeply to read")
        except Terminated:
            fail("terminated; nothing half-written was left", 143)
        except BrokenPipeError:
            # the reader went away (`annotator export -o - | head`): stop quietly, as
            # Unix tools do, and keep Python from complaining when it flushes stdout
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except AnnotatorError as exc:
            fail(str(exc))
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            fail(f"{where}{exc.strerror or exc}")
        except KeyboardInterrupt:
            fail("interrupted", 130)
        finally:
            _remove_created()  # empty unless the command failed
            _restore(replaced)

    return wrapper


class _DatabaseType(click.ParamType):
    """A SQLite file (a Path), or a PostgreSQL database named by a postgresql:// URL."""

    name = "PATH|URL"

    def convert(self, value, param, ctx):
        return database_target(value)


DATABASE = _DatabaseType()

db_option = click.option(
    "--db",
    "db_path",
    type=_DatabaseType(),  # a folder is refused by the store, in one line
    default=None,
    help="Database file, or postgresql://user@host/dbname for a PostgreSQL server "
         "(default: $ANNOTATOR_DB, else the project folder's, else the "
         "checkout's data/annotator.db, else the user data folder's; `annotator where` "
         "tells which).",
)

reviewer_option = click.option(
    "--reviewer",
    default=None,
    help="Who is labeling (default: $ANNOTATOR_REVIEWER, else the login name).",
)

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")


def _from_root(name: str):
    """A value given before the command (`annotator --db X stats`), if any."""
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().params.get(name) if ctx is not None else None


def resolve_db(db_path: Path | None) -> Path:
    """--db after the command, else --db before it, else $ANNOTATOR_DB, else the default.

    A default database that does not exist yet gets its folder made and one line on
    stderr saying where it will be and why, so a first run never leaves the user guessing
    where their labels went.
    """
    given = db_path or _from_root("db_path")
    if given:
        return given
    chosen = database_location()
    if chosen.implicit and not chosen.path.exists():
        try:
            chosen.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AnnotatorError(f"{chosen.path.parent}: cannot make the folder for the database "
                                 f"({exc.strerror}; {chosen.why})") from exc
        click.echo(f"new database {visible(str(chosen.path))} ({visible(chosen.why)})", err=True)
    return chosen.path


def resolve_reviewer(reviewer: str | None) -> str:
    """--reviewer after the command, else before it, else $ANNOTATOR_REVIEWER, else login."""
    name = (reviewer or _from_root("reviewer") or default_reviewer()).strip()
    if not name:
        raise AnnotatorError("the reviewer name cannot be empty")
    return name


def open_store(db_path: Path | None):
    """Open the database (creating and migrating it if needed)."""
    from annotator.db.connection import open_db

    path = resolve_db(db_path)
    _opened.append(path)
    if not path.exists():
        _created.append(path)
    return open_db(path)
