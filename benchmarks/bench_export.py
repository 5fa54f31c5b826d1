"""Export throughput and memory on a large database, beside a raw sqlite3 read in the same run.

    python benchmarks/bench_export.py --sentences 1000000

Prints records/s for `annotator export --all` (the real code path: streamed query, status
resolution, JSON, atomic file) and for raw sqlite3 reading the same sentence rows and
writing one line each, their ratio in wall and in CPU time (aim: within 1.2x, at most 1.5x;
CPU is the steadier figure on a shared machine), and the export's peak Python memory at a
tenth of the corpus and at all of it (flat = constant memory). The raw read runs once before
it is timed, so both sides read a warm file.

The corpus has no gold, dispute links or assignments (bigdb.py); the export skips a table
with no row, so a database with dispute links or assignments pays one index lookup per
sentence for each (gold joins the list of labeled sentences made once, lines._labeled).
The raw read is the same as in earlier rounds (six columns, no fsync), so its ratios
compare with theirs.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bigdb import build  # noqa: E402
from common import add_workdir, workdir  # noqa: E402

from annotator.db.connection import open_db, snapshot  # noqa: E402
from annotator.exchange.lines import encoded_batches  # noqa: E402
from annotator.exchange.records import ExportOptions, export_records, python_line  # noqa: E402


def raw_read(path: Path, out: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(path)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in conn.execute(
            "SELECT s.id, s.doc_id, s.position, s.text, a.reviewer, a.label FROM sentences s "
            "LEFT JOIN annotations a ON a.sentence_id = s.id"
        ):
            handle.write("\t".join(map(str, row)))
            handle.write("\n")
            count += 1
    conn.close()
    return count


def peak_memory(db, limit: int) -> int:
    """Peak Python memory of the export's lines as export_records writes them to a file
    (a batch at a time, lines.encoded_batches), after ``limit`` records."""
    tracemalloc.start()
    read = 0
    with snapshot(db):
        for _, count in encoded_batches(db, ExportOptions(include_unlabeled=True),
                                        python_line):
            read += count
            if read >= limit:
                break
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None)
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    path = args.db or folder / f"annotator-bench-{args.sentences}-r3.db"
    build(path, args.sentences, reviewers=3)
    out = folder / "annotator-bench-export.jsonl"

    raw_read(path, out)  # warm the file for both sides
    started, cpu = time.perf_counter(), time.process_time()
    raw_rows = raw_read(path, out)
    raw_s, raw_cpu = time.perf_counter() - started, time.process_time() - cpu

    db = open_db(path)
    started, cpu = time.perf_counter(), time.process_time()
    count = export_records(db, out, ExportOptions(include_unlabeled=True))
    export_s, export_cpu = time.perf_counter() - started, time.process_time() - cpu
    size_mb = out.stat().st_size / 1e6

    tenth = peak_memory(db, max(1, count // 10))
    whole = peak_memory(db, count)
    db.close()
    out.unlink()
    print(f"sentences: {count:,}  export file: {size_mb:.0f} MB")
    print(f"raw sqlite3 read+write: {raw_rows / raw_s:,.0f} rows/s ({raw_s:.2f} s, "
          f"CPU {raw_cpu:.2f} s)")
    print(f"annotator export --all: {count / export_s:,.0f} records/s ({export_s:.2f} s, "
          f"CPU {export_cpu:.2f} s)")
    print(f"ratio export/raw: {export_s / raw_s:.2f}x wall, {export_cpu / raw_cpu:.2f}x CPU "
          "(aim: within 1.2x, at most 1.5x)")
    print(f"peak Python memory: {tenth / 1e6:.2f} MB after {count // 10:,} records, "
          f"{whole / 1e6:.2f} MB after {count:,} (ratio {whole / max(tenth, 1):.2f})")


if __name__ == "__main__":
    main()
