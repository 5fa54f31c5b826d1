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


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _is_ui_test(item):
            item.add_marker(pytest.mark.ui)


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
