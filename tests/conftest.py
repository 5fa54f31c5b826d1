"""Shared fixtures: real SQLite files in a temporary folder, the real seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.base.resources import SEEDS_DIR


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "annotator.db"


@pytest.fixture
def db(db_path: Path):
    from annotator.db.connection import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture
def seeded_db(db):
    """A database with the five seed articles ingested."""
    from annotator.corpus.ingest import ingest_paths

    ingest_paths(db, [SEEDS_DIR])
    return db
