"""Shared fixtures: real SQLite files in a temporary folder, the real seeds.

Migrating a database and ingesting the seeds happen once per session (per xdist worker)
into template files; every test gets its own fresh copy at its own tmp path.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.base import clock as clock_module
from annotator.base.resources import SEEDS_DIR

# Test files whose tests drive the Textual UI (in-process with Pilot, snapshots, or a real
# terminal): marked `ui`, so `pytest -m "not ui"` runs the core and the CLI alone.
UI_FILE_PREFIXES = ("test_ui_",)
UI_FILE_SUFFIXES = ("_ui.py",)


def _is_ui_test(item: pytest.Item) -> bool:
    name = item.path.name
    if name.startswith(UI_FILE_PREFIXES) or name.endswith(UI_FILE_SUFFIXES):
        return True
    if "ui" in item.path.parent.parts[-1:]:  # a tests/ui/ folder, should there be one
        return True
    if "snap_compare" in getattr(item, "fixturenames", ()):
        return True
    module = getattr(item, "module", None)  # a module that imports the UI is a UI test
    return module is not None and any(_from_ui(value) for value in vars(module).values())


def _from_ui(value) -> bool:
    for attribute in ("__module__", "__name__"):
        name = getattr(value, attribute, None)
        if isinstance(name, str) and name.startswith(("annotator.ui", "textual")):
            return True
    return False


# Fixtures that need the throwaway PostgreSQL cluster: tests using them are marked
# `postgres`, so `-m "not postgres"` leaves them out and --no-postgres skips them.
POSTGRES_FIXTURES = ("pg_cluster", "pg_url")


def pytest_addoption(parser):
    parser.addoption(
        "--no-postgres", action="store_true", default=False,
        help="skip the PostgreSQL tests (also ANNOTATOR_SKIP_POSTGRES=1); without it they "
             "fail when no PostgreSQL server can be started here")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _is_ui_test(item):
            item.add_marker(pytest.mark.ui)
        if any(name in getattr(item, "fixturenames", ()) for name in POSTGRES_FIXTURES):
            item.add_marker(pytest.mark.postgres)


def _checkpointed(path: Path) -> Path:
    """Fold the WAL into the main file so that copying the file alone copies everything."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A migrated, empty database file; copy it, never open it for writing."""
    from annotator.db.connection import open_db

    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_db(path).close()
    return _checkpointed(path)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A migrated database with the five seed articles ingested; copy it, never open it for
    writing (``seeded_copy`` makes a copy)."""
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db

    path = tmp_path_factory.mktemp("template") / "seeded.db"
    db = open_db(path)
    ingest_paths(db, [SEEDS_DIR])
    db.close()
    return _checkpointed(path)


@pytest.fixture
def seeded_copy(seeded_template, tmp_path):
    """``seeded_copy("name.db")``: a fresh file holding the ingested seeds, in tmp_path
    (or at the path given)."""

    def copy(name: str | Path = "seeded.db") -> Path:
        target = tmp_path / name
        shutil.copyfile(seeded_template, target)
        return target

    return copy


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"


@pytest.fixture
def db(db_path: Path, empty_template: Path):
    from annotator.db.connection import open_db

    shutil.copyfile(empty_template, db_path)
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture
def seeded_db(db, seeded_template: Path):
    """A database with the five seed articles ingested (the same connection as ``db``)."""
    source = sqlite3.connect(seeded_template)
    try:
        source.backup(db.conn)
    finally:
        source.close()
    return db


class FakeClock:
    """A deterministic clock for ``annotator.base.clock``: each reading is 1 ms after the
    previous one, so timestamps are strictly ordered without sleeping; ``advance`` moves it
    by hand."""

    def __init__(self, start: datetime = datetime(2025, 1, 1, tzinfo=UTC),
                 step: timedelta = timedelta(milliseconds=1)):
        self.current = start
        self.step = step
        self._lock = threading.Lock()  # the UI reads the clock from worker threads too

    def __call__(self) -> datetime:
        with self._lock:
            self.current += self.step
            return self.current

    def advance(self, **delta: float) -> datetime:
        """Move the clock forward by ``timedelta(**delta)``, e.g. ``advance(seconds=5)``."""
        with self._lock:
            self.current += timedelta(**delta)
            return self.current


@pytest.fixture
def clock():
    fake = FakeClock()
    clock_module.use_clock(fake)
    yield fake
    clock_module.use_clock(None)


@pytest.fixture(scope="session")
def pg_cluster(request):
    """A throwaway PostgreSQL cluster for this test session (one per xdist worker): initdb
    in a temporary folder, a Unix socket there (and a 127.0.0.1 port taking passwords
    only), stopped and removed at the end, also when tests fail or the run is killed.

    No server here: the test fails with the reason, unless --no-postgres or
    ANNOTATOR_SKIP_POSTGRES=1 asked to skip the PostgreSQL tests."""
    from support import postgres

    ask = "pass --no-postgres (or set ANNOTATOR_SKIP_POSTGRES=1) to skip the PostgreSQL tests"
    if postgres.skip_requested(request.config.getoption("--no-postgres")):
        pytest.skip("PostgreSQL tests skipped on request (--no-postgres or "
                    "ANNOTATOR_SKIP_POSTGRES=1)")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        pytest.fail(f"no PostgreSQL driver ({exc}): pip install -e '.[test]'; or {ask}",
                    pytrace=False)
    cluster = postgres.Cluster()
    try:
        cluster.start()
    except postgres.ClusterUnavailable as exc:
        pytest.fail(f"no PostgreSQL server for the tests: {exc}; or {ask}", pytrace=False)
    request.addfinalizer(cluster.stop)
    return cluster


@pytest.fixture
def pg_url(pg_cluster) -> str:
    """A fresh, empty database on the throwaway cluster, as a postgresql:// URL (over the
    cluster's Unix socket); dropped after the test."""
    from support.postgres import dbname_of

    url = pg_cluster.create_database()
    yield url
    pg_cluster.drop_database(dbname_of(url))
