import sqlite3
import subprocess
import sys

import pytest

from annotator.errors import StoreError
from annotator.store import open_db


def test_core_imports_without_textual():
    code = (
        "import sys\n"
        "import annotator.store, annotator.labels, annotator.sources, annotator.migrations\n"
        "for name in ['annotator.corpus', 'annotator.ingest', 'annotator.export',\n"
        "             'annotator.disputes', 'annotator.agreement']:\n"
        "    try:\n"
        "        __import__(name)\n"
        "    except ModuleNotFoundError as exc:\n"
        "        if exc.name != name:\n"
        "            raise\n"
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if 'textual' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_new_database_is_wal_and_migrated(db_path):
    db = open_db(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"documents", "sentences", "annotations", "annotation_history", "disputes",
            "gold", "sources"} <= set(db.table_names())
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] > 10
    db.close()


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
