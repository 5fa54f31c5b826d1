"""Merging another reviewer's database, beside raw sqlite3 copying the same rows.

    python benchmarks/bench_merge.py                    # 100,000 sentences x 3 reviewers
    python benchmarks/bench_merge.py --sentences 1000000

Uses the database benchmarks/bench_agreement.py builds (every sentence annotated by three
reviewers). The target is a copy of it with no annotations (same corpus, like a colleague's
machine that ingested the same files). In the same run:
  raw    - sqlite3 reading the other file's annotation rows and inserting them into the
           target with executemany, one transaction: the floor for moving those rows;
  merge  - annotator.merge.merge_database (checks, corpus, sources, annotations with the
           newer-wins rule, history, disputes, gold; one transaction);
  again  - the same merge repeated (nothing new: idempotence has to look at every row).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_agreement import label_everything  # noqa: E402
from bigdb import build  # noqa: E402

from annotator.db.connection import open_db  # noqa: E402
from annotator.sync.merge import merge_database  # noqa: E402

COLUMNS = "sentence_id, reviewer, label, source, confidence, note, created_at, updated_at"


def fresh_target(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, target)
    conn = sqlite3.connect(target)
    conn.execute("DELETE FROM annotations")
    conn.commit()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    args = parser.parse_args()
    source = Path(f"/tmp/annotator-bench-agreement-{args.sentences}.db")
    build(source, args.sentences, reviewers=1, labeled_share=0.0)
    label_everything(source)
    target = source.with_name(source.stem + "-merge-target.db")

    fresh_target(source, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous = FULL")
    start = time.perf_counter()
    rows = sqlite3.connect(source).execute(f"SELECT {COLUMNS} FROM annotations")
    with conn:
        conn.executemany(f"INSERT INTO annotations ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         rows)
    raw = time.perf_counter() - start
    conn.close()

    fresh_target(source, target)
    db = open_db(target)
    start = time.perf_counter()
    report = merge_database(db, source)
    merged = time.perf_counter() - start
    start = time.perf_counter()
    again = merge_database(db, source)
    repeated = time.perf_counter() - start
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)

    print(f"{report.annotations_added:,} annotations merged "
          f"({args.sentences:,} sentences x 3 reviewers)")
    print(f"raw sqlite3 copy of the annotation rows: {raw:6.2f} s")
    print(f"annotator merge:                         {merged:6.2f} s ({merged / raw:.1f}x raw)")
    print(f"the same merge again (nothing new):      {repeated:6.2f} s "
          f"(changed: {again.changed})")


if __name__ == "__main__":
    main()
