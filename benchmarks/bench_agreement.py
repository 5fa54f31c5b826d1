"""Agreement over 1,000,000 sentences labeled by three reviewers, beside the raw read.

    python benchmarks/bench_agreement.py                  # 1,000,000 sentences x 3
    python benchmarks/bench_agreement.py --sentences 100000

Builds (once, cached under --workdir) a corpus with benchmarks/bigdb.py and gives every sentence
an annotation by each of three reviewers (label, source from 60 names, confidence), with
realistic disagreement. Then, in the same run:
  raw   - sqlite3 reading just the annotation rows (sentence, reviewer, label, source,
          confidence) into Python: the floor for any report built on them;
  full  - annotator.agreement.report(): alpha for label, source and confidence, kappa and
          observed agreement for the three pairs, per-label agreement, a confusion table;
  cli   - `annotator agreement --json` as a user runs it, in a child process: its time and
          peak RSS (common.measured_cpu).
Prints both times, wall and CPU (the steadier figure on a shared machine), and their
ratios (the issue's limit: full report under 10 s), then the command's time and memory.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bigdb import build  # noqa: E402
from common import add_workdir, annotator_command, measured_cpu, workdir  # noqa: E402
from three_reviewers import label_everything  # noqa: E402

from annotator.analysis.agreement import report  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402


def raw_read(path: Path) -> tuple[float, float, int]:
    """(wall, CPU seconds, rows) of reading the annotation rows into Python."""
    conn = sqlite3.connect(path)
    start, cpu = time.perf_counter(), time.process_time()
    rows = conn.execute(
        "SELECT sentence_id, reviewer, label, source, confidence FROM annotations"
    ).fetchall()
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, used, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    add_workdir(parser)
    args = parser.parse_args()
    path = workdir(args) / f"annotator-bench-agreement-{args.sentences}.db"
    print(f"building/reusing {path} ...", file=sys.stderr)
    build(path, args.sentences, reviewers=1, labeled_share=0.0)
    label_everything(path)

    raw_seconds, raw_cpu, rows = raw_read(path)
    db = open_db(path)
    start, cpu = time.perf_counter(), time.process_time()
    figures = report(db)
    full_seconds, full_cpu = time.perf_counter() - start, time.process_time() - cpu
    db.close()

    print(f"annotation rows: {rows:,} ({figures['sentences']:,} sentences x "
          f"{len(figures['reviewers'])} reviewers)")
    for name, figure in figures["alpha"].items():
        print(f"  alpha {name:<10} {figure['value']:.4f} on {figure['items']:,} sentences")
    print(f"raw sqlite3 read of the annotation rows: {raw_seconds:6.2f} s (CPU {raw_cpu:.2f} s)")
    print(f"full agreement report:                   {full_seconds:6.2f} s "
          f"({full_seconds / raw_seconds:.2f}x the raw read; limit 10 s: "
          f"{'OK' if full_seconds < 10 else 'OVER'}) (CPU {full_cpu:.2f} s, "
          f"{full_cpu / raw_cpu:.2f}x the raw read's)")
    wall, peak, used, _ = measured_cpu([*annotator_command(), "agreement", "--json",
                                        "--db", str(path)])
    print(f"`annotator agreement --json`:            {wall:6.2f} s (CPU {used:.2f} s), "
          f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
