"""`annotator label` (and bare `annotator`) before the UI starts: first-run ingestion,
and bad input as one line with the database left alone."""

from __future__ import annotations

import subprocess
import sys

from support.ui import drive, shown

from annotator.base.resources import SEEDS_DIR
from annotator.cli.label import ingest_seeds_if_empty
from annotator.db.connection import open_db


def test_first_run_ingests_the_seeds_once(db_path):
    added = ingest_seeds_if_empty(db_path)
    assert ingest_seeds_if_empty(db_path) == 0  # not again: the database has documents
    db = open_db(db_path)
    assert added > 0 and added == db.execute(
        "SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == len(
        list(SEEDS_DIR.glob("*.txt")))
    db.close()


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL)


def one_line_error(proc, *needles):
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    for needle in needles:
        assert needle in proc.stderr, proc.stderr


def test_newer_database_refused_before_the_ui(db_path):
    db = open_db(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "annotator", "name": "9999_future", "applied_at": "2030-01-01"}
    )
    db.close()
    before = db_path.read_bytes()
    for args in (["label", "--db", str(db_path)], ["--db", str(db_path)]):
        one_line_error(run(*args), "newer version of annotator", str(db_path))
    assert db_path.read_bytes() == before


def test_folder_as_database_and_blank_reviewer(tmp_path):
    one_line_error(run("label", "--db", str(tmp_path)), "is a folder, not a database file",
                   str(tmp_path))
    one_line_error(run("label", "--db", str(tmp_path / "x.db"), "--reviewer", "   "),
                   "reviewer name cannot be empty")
    assert not (tmp_path / "x.db").exists()


def test_empty_database_shows_a_hint_and_keys_do_nothing(db_path):
    open_db(db_path).close()
    seen = {}

    async def scenario(pilot):
        await pilot.press("c", "j", "k", "n", "plus", "u")
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert "No sentences to label" in seen["text"]
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    db.close()
