"""`annotator stats` on a large database, beside the raw limit measured in the same run.

    python benchmarks/bench_stats.py                       # 1,000,000 sentences x 3
    python benchmarks/bench_stats.py --sentences 100000 --workdir /tmp/bench

Uses the three-reviewer corpus (benchmarks/common.agreement_db: every sentence annotated by
three reviewers, 20,000 documents at 1M). On a copy of it, in the same run:
  upgrade - opening it once with this version (migration 0007 works out the progress
            tables from what the database holds: once per database, not per command);
  stats   - `annotator stats` and `annotator stats --json` as child processes: wall time and
            peak memory, as a user sees them;
  raw     - the floor for any command that opens the database and prints a figure: a child
            Python process that imports sqlite3, opens the file and prints
            `SELECT count(*) FROM documents`;
  scan    - what stats cost before the progress tables: the per-sentence status of every
            sentence grouped by document (domain/status.per_sentence_sql), in this process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import (  # noqa: E402
    add_workdir,
    agreement_db,
    annotator_command,
    copy_db,
    measured,
    remove_db,
    workdir,
)

from annotator.db.connection import open_db  # noqa: E402
from annotator.domain.status import per_sentence_sql  # noqa: E402

RAW = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
       "print(c.execute('SELECT count(*) FROM documents').fetchone()[0])")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-scan", action="store_true", help="skip the old per-sentence scan")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    path = copy_db(agreement_db(folder, args.sentences), folder / "bench-stats.db")

    start = time.perf_counter()
    open_db(path).close()
    upgrade = time.perf_counter() - start

    runs: dict[str, list[tuple[float, float]]] = {"raw": [], "stats": [], "json": []}
    cli = [*annotator_command(), "stats", "--db", str(path)]
    for _ in range(args.runs):  # interleaved, so a busy moment hits both sides alike
        runs["raw"].append(measured([sys.executable, "-c", RAW, str(path)])[:2])
        seconds, peak, out = measured(cli)
        runs["stats"].append((seconds, peak))
        runs["json"].append(measured([*cli, "--json"])[:2])
    lines = out.count("\n")

    scan = None
    if not args.no_scan:
        db = open_db(path)
        start = time.perf_counter()
        db.execute(f"WITH per AS ({per_sentence_sql()}) SELECT doc_id, count(*), "
                   "sum(status = 'conflict') FROM per GROUP BY doc_id").fetchall()
        scan = time.perf_counter() - start
        db.close()
    remove_db(path)

    def show(name: str, label: str) -> tuple[float, float]:
        seconds = statistics.median(s for s, _ in runs[name])
        peak = max(p for _, p in runs[name])
        print(f"{label:<44} {seconds * 1000:8.0f} ms  peak {peak:6.0f} MB")
        return seconds, peak

    print(f"{args.sentences:,} sentences x 3 reviewers; median of {args.runs} runs, "
          "child processes")
    print(f"upgrade on first open (migration 0007, once): {upgrade:8.1f} s")
    raw, raw_peak = show("raw", "raw: python + sqlite3 open + one count")
    seconds, peak = show("stats", f"annotator stats (table, {lines} lines)")
    json_seconds, _ = show("json", "annotator stats --json (every document)")
    print(f"stats / raw: {seconds / raw:.1f}x time, {peak / raw_peak:.1f}x memory; "
          f"aim under 1 s: {'OK' if seconds < 1 and json_seconds < 1 else 'OVER'}")
    if scan is not None:
        print(f"before: per-sentence status grouped by document (in process): {scan:6.1f} s")


if __name__ == "__main__":
    main()
