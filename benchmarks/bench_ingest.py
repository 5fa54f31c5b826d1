"""Ingestion throughput beside raw sqlite3 inserting the same rows, in the same run.

    python benchmarks/bench_ingest.py                 # 1,000,000 sentences
    python benchmarks/bench_ingest.py --sentences 200000

1. A synthetic corpus (benchmarks/synth.py) is written as .jsonl (not timed).
2. ``annotator.ingest.ingest_paths`` reads, cleans, segments, dedupes, groups and stores it.
3. The rows it stored are read back into memory, and raw sqlite3 ``executemany`` inserts
   exactly those rows into a fresh database with the same schema (FTS triggers included),
   in one transaction: the floor for storing them.
Prints sentences/s for both and the ratio (the aim: ingestion within 3x of raw).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from annotator.ingest import ingest_paths  # noqa: E402
from annotator.store import open_db  # noqa: E402
from benchmarks.synth import write_corpus  # noqa: E402


def _insert_sql(conn: sqlite3.Connection, table: str) -> str:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def raw_insert(
    path: Path, documents: list[tuple], sentences: list[tuple], *, bulk_fts: bool
) -> float:
    """Seconds raw sqlite3 takes to insert the rows into a migrated, empty database.

    bulk_fts: fill the full-text index with one INSERT ... SELECT instead of the per-row
    trigger (what ingest_paths does), the fastest raw SQLite can store these rows.
    """
    open_db(path).close()  # same schema, same triggers
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = FULL")
    if bulk_fts:
        conn.execute("DROP TRIGGER sentences_ai")
        conn.commit()
    insert_documents = _insert_sql(conn, "documents")
    insert_sentences = _insert_sql(conn, "sentences")
    start = time.perf_counter()
    with conn:
        conn.executemany(insert_documents, documents)
        conn.executemany(insert_sentences, sentences)
        if bulk_fts:
            conn.execute(
                "INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences"
            )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ingestion vs raw sqlite3 inserts")
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None, help="where to put the files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.sentences)
        size_mb = corpus.stat().st_size / 1e6

        db = open_db(work / "ingest.db")
        start = time.perf_counter()
        report = ingest_paths(db, [corpus])
        ingest_s = time.perf_counter() - start
        documents = list(db.execute("SELECT * FROM documents"))
        rows = list(db.execute("SELECT * FROM sentences"))
        db.close()

        raw_trigger_s = raw_insert(work / "raw1.db", documents, rows, bulk_fts=False)
        raw_s = raw_insert(work / "raw2.db", documents, rows, bulk_fts=True)

    units = len(rows)
    print(f"corpus: {report.documents_added:,} documents, {size_mb:.0f} MB of .jsonl, "
          f"{units:,} units stored ({report.sentences:,} sentences to label, "
          f"{report.excluded:,} kept out, {report.grouped:,} in near-duplicate groups)")
    print(f"annotator ingest : {ingest_s:8.2f} s  {report.sentences / ingest_s:12,.0f} sentences/s"
          f"  ({units / ingest_s:,.0f} rows/s)")
    for name, secs in (("raw, FTS trigger ", raw_trigger_s), ("raw, bulk FTS    ", raw_s)):
        print(f"{name} : {secs:8.2f} s  {report.sentences / secs:12,.0f} sentences/s"
              f"  ({units / secs:,.0f} rows/s)")
    print(f"ratio ingest/raw : {ingest_s / raw_s:.2f}x against the faster raw (aim: within 3x); "
          f"{ingest_s / raw_trigger_s:.2f}x against raw with the schema's per-row FTS trigger")
    return 0


if __name__ == "__main__":
    sys.exit(main())
