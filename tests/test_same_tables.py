"""benchmarks/same_tables.py, the check that a faster ingest stores exactly the same rows:
two ingests of the same input compare the same; one sentence more or a changed text differ."""

from __future__ import annotations

import sys
from pathlib import Path

from annotator.base.resources import SEEDS_DIR
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from same_tables import main  # noqa: E402


def _ingested(path: Path) -> Path:
    db = open_db(path)
    ingest_paths(db, [SEEDS_DIR])
    db.close()
    return path


def test_two_ingests_of_the_same_input_are_the_same(tmp_path, capsys):
    a, b = _ingested(tmp_path / "a.db"), _ingested(tmp_path / "b.db")
    assert main([str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "same   sentences_fts_data" in out and "every table the same" in out


def test_a_changed_sentence_differs(tmp_path, capsys):
    a, b = _ingested(tmp_path / "a.db"), _ingested(tmp_path / "b.db")
    db = open_db(b)
    with db.conn:
        db.conn.execute("UPDATE sentences SET text = text || '!' WHERE rowid = 3")
    db.close()
    assert main([str(a), str(b)]) == 1
    out = capsys.readouterr().out
    assert "DIFFER sentences:" in out and "DIFFER sentences_fts_data" in out
