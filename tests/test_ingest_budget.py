"""benchmarks/ingest_budget.py: each part of ingestion timed alone, the main process's part
on results replayed from a file; the replay stores what an ordinary ingestion stores, and the
timed functions are put back afterwards."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import ingest_budget  # noqa: E402
from synth import write_corpus  # noqa: E402

from annotator.corpus import analyse as analyse_module  # noqa: E402
from annotator.corpus import dedupe, ingest, pipeline  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402

TABLES = {
    "documents": "SELECT * FROM documents ORDER BY ordinal",
    "sentences": "SELECT rowid, * FROM sentences ORDER BY rowid",
    "near_duplicate_keys": "SELECT * FROM near_duplicate_keys ORDER BY key, sentence_rowid",
}


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        # ingested_at differs between two runs: left out
        out = {name: list(conn.execute(sql)) for name, sql in TABLES.items()}
        stamp = [r[1] for r in conn.execute("PRAGMA table_info(documents)")].index("ingested_at")
        out["documents"] = [row[:stamp] + row[stamp + 1:] for row in out["documents"]]
        return out
    finally:
        conn.close()


def test_the_replayed_ingestion_stores_what_an_ingestion_stores(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 3000)
    results = tmp_path / "results.pickle"
    originals = (pipeline.detect, pipeline.analyse, pipeline.signature, pipeline.unit_rows,
                 pipeline.gaps_of, analyse_module.segment)
    parts, read_cpu, total, documents = ingest_budget.analysis_budget(corpus, results)
    assert documents > 50
    assert all(seconds >= -0.05 for seconds in parts.values()), parts
    assert total >= read_cpu >= 0
    assert (pipeline.detect, pipeline.analyse, pipeline.signature, pipeline.unit_rows,
            pipeline.gaps_of, analyse_module.segment) == originals

    method_originals = (dedupe.NearDuplicateIndex.add_normalised, ingest._Run._document,
                        ingest._Run._file_keys, ingest._Run.finish, ingest._Run._prefetch,
                        ingest.document_id, ingest._BulkFts._index)
    replayed = tmp_path / "replayed.db"
    main = ingest_budget.main_budget(corpus, results, replayed, read_cpu)
    assert "near-duplicate index (add_document)" in main
    assert (dedupe.NearDuplicateIndex.add_normalised, ingest._Run._document,
            ingest._Run._file_keys, ingest._Run.finish, ingest._Run._prefetch,
            ingest.document_id, ingest._BulkFts._index) == method_originals

    ordinary = tmp_path / "ordinary.db"
    db = open_db(ordinary)
    ingest.ingest_paths(db, [corpus])
    db.close()
    assert _rows(replayed) == _rows(ordinary)


def test_the_budget_prints_each_part_beside_raw(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 2000)
    ingest_budget.budget(corpus, tmp_path)
    out = capsys.readouterr().out
    for part in ("segmentation", "near-duplicate index", "database work, main thread",
                 "our database work alone", "near-duplicate keys", "indexes built at the end",
                 "raw insert CPU", "floor on 2 cores"):
        assert part in out
    assert not (tmp_path / "results.pickle").exists()
