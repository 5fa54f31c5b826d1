"""A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a
temporary folder, a Unix socket in that folder, removed afterwards.

Nothing here needs a running server or a system cluster: ``Cluster.start()`` runs initdb into
a fresh folder and starts ``postgres`` on a socket in it (and, for the tests that need a
password, on a free 127.0.0.1 port where only password logins are accepted). As root the
server runs as the unprivileged ``postgres`` user (Debian's) through runuser, since
PostgreSQL refuses to run as root. A watchdog process stops the cluster and removes the
folder when the process that started it goes away, so a killed test run leaves nothing
behind.

Tests reach it through the fixtures in tests/conftest.py (``pg_cluster``, ``pg_url``);
benchmarks/bench_load.py imports ``Cluster`` directly. Without server binaries the
PostgreSQL tests fail with the reason, unless ``--no-postgres`` or
``ANNOTATOR_SKIP_POSTGRES=1`` asks to skip them.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

SKIP_VARIABLE = "ANNOTATOR_SKIP_POSTGRES"
BINDIR_VARIABLE = "ANNOTATOR_PG_BINDIR"
USER_VARIABLE = "ANNOTATOR_PG_USER"
SUPERUSER = "postgres"  # the cluster's superuser role (not the system user)
INSTALL_HINT = ("install Debian's PostgreSQL server (apt-get install postgresql), as the "
                "README's test command does")

# Settings for a cluster that only tests use: small, quiet, no durability to pay for.
TEST_SETTINGS = {
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "off",
    "shared_buffers": "16MB",
    "max_connections": "100",
    "log_min_messages": "warning",
    "logging_collector": "off",
}
# Settings for a benchmark: the server's own durable defaults, room for many clients.
DURABLE_SETTINGS = {"max_connections": "100", "logging_collector": "off"}


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server could be found or started here; the message says why."""


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres: $ANNOTATOR_PG_BINDIR (only it), else
    ``pg_config --bindir``, else the newest /usr/lib/postgresql/*/bin, else the PATH."""
    if os.environ.get(BINDIR_VARIABLE):  # named explicitly: that folder or nothing
        return _server_bindir(Path(os.environ[BINDIR_VARIABLE]))
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                 timeout=10)
            if out.returncode == 0:
                candidates.append(out.stdout.strip())

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path)) or (0,)

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).parent))
    for folder in candidates:
        if found := _server_bindir(Path(folder)):
            return found
    return None


def _server_bindir(path: Path) -> Path | None:
    if all((path / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
        return path
    return None


def skip_requested(config_flag: bool = False) -> bool:
    """Whether the user asked to skip the PostgreSQL tests (the flag or the variable)."""
    return config_flag or os.environ.get(SKIP_VARIABLE, "") not in ("", "0")


def _server_user() -> str | None:
    """The system user the server runs as: None when we are not root (then it is us)."""
    if os.geteuid() != 0:
        return None
    for name in (os.environ.get(USER_VARIABLE), "postgres", "nobody"):
        if not name:
            continue
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise ClusterUnavailable("running as root and no unprivileged user (postgres) to run "
                             "the PostgreSQL server as; set ANNOTATOR_PG_USER")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Stops the cluster and removes its folder once the process that started it has gone
# (killed, crashed): argv = parent pid, pg_ctl, data folder, folder, run-as user or "".
_WATCHDOG = r"""
import os, shutil, subprocess, sys, time
parent, pg_ctl, data, folder, user = sys.argv[1:6]
while True:
    try:
        os.kill(int(parent), 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    if not os.path.isdir(folder):
        sys.exit(0)
    time.sleep(1)
command = [pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"]
if user:
    command = ["runuser", "-u", user, "--"] + command
subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(folder, ignore_errors=True)
"""


class Cluster:
    """One throwaway cluster: ``start()``, ``url(dbname)``, ``create_database``, ``stop()``
    (also ``with Cluster() as cluster:``)."""

    _names = itertools.count(1)

    def __init__(self, *, settings: dict[str, str] | None = None, tcp: bool = True,
                 parent: str | Path | None = None):
        self.settings = dict(TEST_SETTINGS if settings is None else settings)
        self.tcp = tcp
        self.parent = str(parent) if parent else None
        self.bindir: Path | None = None
        self.folder: Path | None = None
        self.port: int = 5432
        self.user: str | None = None
        self.watchdog: subprocess.Popen | None = None

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> Cluster:
        self.bindir = find_bindir()
        if self.bindir is None:
            raise ClusterUnavailable(f"no PostgreSQL server binaries (initdb, pg_ctl, "
                                     f"postgres) found: {INSTALL_HINT}")
        self.user = _server_user()
        # A short folder: the socket path must stay under ~100 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="annotator-pg-", dir=self.parent))
        try:
            self._initdb()
            self._start_server()
        except BaseException:
            self.stop()
            raise
        self._start_watchdog()
        return self

    def _run(self, args: list[str], *, timeout: float = 120) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              cwd=self.folder, env=env)

    def _initdb(self) -> None:
        assert self.folder is not None
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        out = self._run(["initdb", "-D", str(self.data), "-U", SUPERUSER, "--encoding=UTF8",
                         "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
                         "--no-instructions", "--no-sync"])
        if out.returncode != 0:
            raise ClusterUnavailable(f"initdb failed in {self.folder}: "
                                     f"{_last_line(out.stderr or out.stdout)}")

    def _start_server(self, *, same_port: bool = False) -> None:
        for attempt in range(5):
            if not (same_port and attempt == 0):  # a restart keeps its address
                self.port = free_port() if self.tcp else 5432
            options = [f"-c unix_socket_directories='{self.folder}'",
                       f"-c listen_addresses='{'127.0.0.1' if self.tcp else ''}'",
                       f"-c port={self.port}"]
            options += [f"-c {key}={value}" for key, value in self.settings.items()]
            out = self._run(["pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w",
                             "-t", "60", "-o", " ".join(options), "start"])
            if out.returncode == 0:
                return
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            if "already in use" not in log:  # another process took the port: try another
                break
        raise ClusterUnavailable(f"the PostgreSQL server did not start ({self.log}): "
                                 f"{_last_line(log or out.stderr or out.stdout)}")

    def _start_watchdog(self) -> None:
        self.watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.bindir / "pg_ctl"),
             str(self.data), str(self.folder), self.user or ""],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)

    def running(self) -> bool:
        if self.folder is None or not self.data.exists():
            return False
        return self._run(["pg_ctl", "-D", str(self.data), "status"]).returncode == 0

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the server, keep its files (``start_server`` brings it back)."""
        if self.folder is not None and (self.data / "postmaster.pid").exists():
            self._run(["pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"])

    def start_server(self) -> None:
        """Start the server stopped by ``stop_server``, on the same socket and port."""
        self._start_server(same_port=True)

    def stop(self) -> None:
        """Stop the server and remove the folder; safe to call twice."""
        if self.folder is None:
            return
        with contextlib.suppress(Exception):
            self.stop_server("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.watchdog is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.watchdog.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.watchdog.wait(timeout=5)
            self.watchdog = None
        self.folder = None

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- where things are ---------------------------------------------------------------

    @property
    def data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    @property
    def log(self) -> Path:
        assert self.folder is not None
        return self.folder / "server.log"

    def url(self, dbname: str = "postgres", *, user: str = SUPERUSER,
            password: str | None = None, tcp: bool = False) -> str:
        """A libpq URL: over the Unix socket (trusted), or over 127.0.0.1 (password)."""
        assert self.folder is not None
        credentials = quote(user, safe="")
        if password is not None:
            credentials += ":" + quote(password, safe="")
        if tcp:
            if not self.tcp:
                raise ValueError("this cluster does not listen on TCP")
            return f"postgresql://{credentials}@127.0.0.1:{self.port}/{dbname}"
        return (f"postgresql://{credentials}@/{dbname}"
                f"?host={quote(str(self.folder), safe='')}&port={self.port}")

    # -- databases ----------------------------------------------------------------------

    def sql(self, statement: str, params: tuple | list | None = None,
            dbname: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser (autocommit); its rows, if any."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cursor = conn.execute(statement, params)
            return cursor.fetchall() if cursor.description else []

    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its URL."""
        name = name or f"test_{os.getpid()}_{next(self._names)}"
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise ValueError(f"not a plain database name: {name!r}")
        clause = f" TEMPLATE {template}" if template else ""
        self.sql(f"CREATE DATABASE {name}{clause}")
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def terminate_connections(self, dbname: str) -> int:
        """pg_terminate_backend for every other session on ``dbname``: a dropped
        connection, as a restarted server or a network cut gives."""
        rows = self.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()", (dbname,))
        return sum(1 for (done,) in rows if done)


def dbname_of(url: str) -> str:
    """The database name in a URL made by ``Cluster.url``."""
    return url.split("?", 1)[0].rsplit("/", 1)[1]


def _last_line(text: str) -> str:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def wait_until(predicate, timeout: float = 30.0, step: float = 0.05) -> bool:
    """Poll ``predicate`` (for processes outside the test's control, never as a time
    limit on the code under test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())
