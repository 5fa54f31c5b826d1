"""Ingestion throughput beside raw sqlite3 inserting the same rows, in the same run.

    python benchmarks/bench_ingest.py                 # 1,000,000 sentences
    python benchmarks/bench_ingest.py --sentences 200000

1. A synthetic corpus (benchmarks/synth.py) is written as .jsonl (not timed).
2. ``annotator.ingest.ingest_paths`` reads, cleans, segments, dedupes, groups and stores it.
3. The rows it stored are read back into memory, and raw sqlite3 ``executemany`` inserts
   exactly those rows into a fresh database with the same schema (FTS triggers included),
   in one transaction: the floor for storing them.
4. A day's articles (the five seeds, 62 sentences) ingested with `annotator ingest` into
   that full database and into an empty one, as child processes: wall time and peak memory.
Prints sentences/s for both and the ratio (the aim: ingestion within 2x of raw).
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
from common import DEFAULT_WORKDIR, annotator_command, measured  # noqa: E402

from annotator.base.resources import SEEDS_DIR  # noqa: E402
from annotator.corpus.ingest import ingest_paths  # noqa: E402
from annotator.corpus.pipeline import workers  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402
from benchmarks.synth import write_corpus  # noqa: E402


def _insert_sql(conn: sqlite3.Connection, table: str) -> str:
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def cpu() -> float:
    """CPU seconds of this process and its finished children (the analysis workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def raw_insert(
    path: Path, documents: list[tuple], sentences: list[tuple], *, bulk_fts: bool
) -> tuple[float, float]:
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
    start, start_cpu = time.perf_counter(), cpu()
    with conn:
        conn.executemany(insert_documents, documents)
        conn.executemany(insert_sentences, sentences)
        if bulk_fts:
            conn.execute(
                "INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences"
            )
    elapsed, used = time.perf_counter() - start, cpu() - start_cpu
    conn.close()
    path.unlink()
    return elapsed, used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ingestion vs raw sqlite3 inserts")
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR,
                        help="where to put the files (default benchmarks/out/)")
    parser.add_argument("--no-trigger-raw", action="store_true",
                        help="skip raw sqlite3 with the per-row FTS trigger (20+ min at 1M "
                             "on a loaded machine; the aim is against the bulk FTS raw)")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.sentences)
        size_mb = corpus.stat().st_size / 1e6

        db = open_db(work / "ingest.db")
        start, start_cpu = time.perf_counter(), cpu()
        report = ingest_paths(db, [corpus], parallel=None)
        ingest_s, ingest_cpu = time.perf_counter() - start, cpu() - start_cpu
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        documents = list(db.execute("SELECT * FROM documents"))
        rows = list(db.execute("SELECT * FROM sentences"))
        db.close()

        # a day's articles into the full database, and into an empty one
        command = [*annotator_command(), "ingest", str(SEEDS_DIR), "--json", "--db"]
        into_full, full_peak, _ = measured([*command, str(work / "ingest.db")])
        open_db(work / "empty.db").close()
        into_empty, empty_peak, _ = measured([*command, str(work / "empty.db")])

        raw_trigger = None if args.no_trigger_raw else raw_insert(
            work / "r1.db", documents, rows, bulk_fts=False)
        # the faster raw, best of two runs (the machine is shared: be fair to raw)
        raw_s, raw_cpu = min(
            raw_insert(work / f"r{i}.db", documents, rows, bulk_fts=True) for i in (2, 3)
        )

    units = len(rows)
    print(f"corpus: {report.documents_added:,} documents, {size_mb:.0f} MB of .jsonl, "
          f"{units:,} units stored ({report.sentences:,} sentences to label, "
          f"{report.excluded:,} kept out, {report.grouped:,} in near-duplicate groups)")
    print(f"workers for analysis: {workers()} (besides the main process); "
          f"peak memory of the main process after ingesting: {peak_mb:,.0f} MB")
    lines = [("annotator ingest     ", ingest_s, ingest_cpu)]
    if raw_trigger is not None:
        lines.append(("raw, FTS trigger     ", *raw_trigger))
    lines.append(("raw, bulk FTS (best) ", raw_s, raw_cpu))
    for name, secs, used in lines:
        print(f"{name}: {secs:8.2f} s wall {report.sentences / secs:10,.0f} sentences/s"
              f"  ({units / secs:,.0f} rows/s)   {used:7.2f} s CPU")
    print(f"ratio ingest/raw (wall): {ingest_s / raw_s:.2f}x against the faster raw "
          "(aim: within 2x)" + ("" if raw_trigger is None else
                                f"; {ingest_s / raw_trigger[0]:.2f}x against raw with the "
                                "schema's per-row FTS trigger"))
    print(f"ratio ingest/raw (CPU) : {ingest_cpu / raw_cpu:.2f}x against the faster raw")
    print(f"the seeds (62 sentences) with `annotator ingest`: into this full database "
          f"{into_full:6.2f} s, peak {full_peak:4.0f} MB; into an empty one {into_empty:6.2f} s, "
          f"peak {empty_peak:4.0f} MB ({into_full / into_empty:.1f}x; aim under 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
