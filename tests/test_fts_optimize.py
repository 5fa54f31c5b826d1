"""`annotator ingest --optimize` merges the full-text index into one segment (a step of its
own, not part of every ingest: it costs the ingest's speed aim); search finds the same."""

from __future__ import annotations

import json
import sqlite3

from annotator.base.resources import SEEDS_DIR
from tests.support.hostile import run_cli


def segments(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(DISTINCT segid) FROM sentences_fts_idx").fetchone()[0]


def found(path, word: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid", [word])]


def test_optimize_merges_the_index_and_search_finds_the_same(tmp_path):
    db = tmp_path / "a.db"
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for seed in seeds[:3]:  # one transaction each: one segment each
        assert run_cli(["ingest", "--json", seed, "--db", db]).exit_code == 0
    assert segments(db) == 3
    before = {w: found(db, w) for w in ("Rusia", "Korea", "mengatakan")}
    assert all(before.values())

    result = run_cli(["ingest", "--json", "--optimize", seeds[3], "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents_added"] == 1
    assert segments(db) == 1
    assert {w: found(db, w)[: len(before[w])] for w in before} == before

    again = run_cli(["ingest", "--json", "--optimize", seeds[3], "--db", db])
    assert json.loads(again.stdout)["documents_added"] == 0  # the step alone
    assert segments(db) == 1


def test_ingest_without_the_flag_leaves_the_segments(tmp_path):
    db = tmp_path / "a.db"
    for seed in sorted(SEEDS_DIR.glob("*.txt"))[:2]:
        run_cli(["ingest", "--json", seed, "--db", db])
    assert segments(db) == 2
