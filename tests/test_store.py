import sqlite3
import subprocess
import sys

import pytest
from support.engines import sqlite_only

from annotator.base.errors import StoreError
from annotator.db.connection import open_db

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


def test_core_and_cli_import_without_textual():
    """The core (everything outside annotator.ui) and the command line load no Textual:
    the UI sits on top, and `annotator export` does not pay for it."""
    code = (
        "import importlib, pkgutil, sys, annotator\n"
        "names = [m.name for m in pkgutil.walk_packages(annotator.__path__, 'annotator.')\n"
        "         if not m.name.startswith('annotator.ui')]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "assert not loaded, loaded\n"
        "assert 'annotator.cli' in names and 'annotator.db.connection' in names, names\n"
        "print(len(names))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True)
    assert int(out.stdout) > 20  # every core and CLI module was imported


@sqlite_only("WAL mode of the file")
def test_new_database_is_wal_and_migrated(db_path):
    db = open_db(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"documents", "sentences", "annotations", "annotation_history", "disputes",
            "gold", "sources"} <= set(db.table_names())
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] > 10
    db.close()


@sqlite_only("the file's bytes unchanged")
def test_newer_database_is_refused_and_left_alone(db_path):
    db = open_db(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "annotator", "name": "9999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_db(db_path)
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    conn.close()
    assert "9999_future" in names
    assert len(db_path.read_bytes()) == len(before)


def test_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite\n" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        open_db(bogus)


@sqlite_only("the file's bytes unchanged")
def test_cli_refuses_a_newer_database_in_one_line(db_path):
    db = open_db(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "annotator", "name": "9999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    before = db_path.read_bytes()
    for command in (["stats"], ["export", "-o", "-"], ["sources", "list"]):
        proc = subprocess.run([sys.executable, "-m", "annotator", *command, "--db", str(db_path)],
                              capture_output=True, text=True)
        assert proc.returncode == 1, command
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
        assert "newer version of annotator" in proc.stderr and str(db_path) in proc.stderr
    assert db_path.read_bytes() == before


def test_cli_names_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"\x00\x01 definitely not sqlite " * 200)
    proc = subprocess.run([sys.executable, "-m", "annotator", "stats", "--db", str(bogus)],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "notes.db" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_cli_refuses_a_folder_as_database_in_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "annotator", "stats", "--db", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr == f"annotator: error: {tmp_path}: is a folder, not a database file\n"
