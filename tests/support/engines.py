"""Which engines a test runs on: modules marked ``both_engines`` run every test that uses
``db_path``, ``db`` or ``seeded_db`` on SQLite and on PostgreSQL (tests/conftest.py); a test
that checks SQLite itself (its file's bytes, WAL, a query plan, an old file's upgrade) says
so with ``sqlite_only`` and why."""

from __future__ import annotations

import pytest


def sqlite_only(why: str):
    """Run this test on SQLite alone; ``why`` says what SQLite-only thing it checks."""
    assert why
    return pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
