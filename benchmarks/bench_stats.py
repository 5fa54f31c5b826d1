"""`annotator stats` on a large database, beside the raw limit measured in the same run.

    python benchmarks/bench_stats.py                       # 1,000,000 sentences x 3
    python benchmarks/bench_stats.py --sentences 100000 --workdir /tmp/bench

Uses the three-reviewer corpus (benchmarks/common.agreement_db: every sentence annotated by
three reviewers, 20,000 documents at 1M), in two forms:
  untimed - as built: no label has a recorded time or an accepted proposal;
  timed   - as real use leaves it (built once beside it, cached): 90% of the labels have
            the seconds they took (log-normal around 6 s, a pace per reviewer and per
            label, capped at 120 s, to the millisecond, as the label key records them) and
            40% were accepted as proposed.
On a copy of each, in the same run:
  upgrade - opening it once with this version (the migrations it lacks work out the
            progress tables and label times from what the database holds: once per
            database, not per command);
  stats   - `annotator stats` and `annotator stats --json` as child processes: wall time and
            peak memory, as a user sees them, and CPU time (the steadier figure on a
            busy machine: wall time includes waiting for a core);
  raw     - the floor for any command that opens the database and prints a figure: a child
            Python process that imports sqlite3, opens the file and prints
            `SELECT count(*) FROM documents`;
  scan    - what stats cost before the progress tables: the per-sentence status of every
            sentence grouped by document (domain/status.per_sentence_sql), in this process.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
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
    measured_cpu,
    remove_db,
    workdir,
)

from annotator.db.connection import open_db  # noqa: E402
from annotator.db.migrations import recount_stats_0016  # noqa: E402
from annotator.domain.status import per_sentence_sql  # noqa: E402

RAW = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
       "print(c.execute('SELECT count(*) FROM documents').fetchone()[0])")


def timed_db(folder: Path, sentences: int, seed: int = 7) -> Path:
    """The agreement corpus as real use leaves it (see the module's text), built once."""
    source = agreement_db(folder, sentences)
    path = folder / f"annotator-bench-stats-timed-{sentences}.db"
    marker = path.with_suffix(".done")
    if marker.exists() and path.exists():
        return path
    print(f"building {path} ...", file=sys.stderr)
    copy_db(source, path)
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    pace = {reviewer: rng.uniform(0.7, 1.4) for (reviewer,) in conn.execute(
        "SELECT DISTINCT reviewer FROM annotations")}
    label_pace = {label: rng.uniform(0.6, 1.6) for (label,) in conn.execute(
        "SELECT DISTINCT label FROM annotations")}
    with conn:
        # Times and accepted proposals move no status and no 0007 count: the progress
        # triggers are held back while they are written, and what they queued is dropped.
        conn.execute("UPDATE progress_state SET deferred = 1")
        cursor = conn.execute("SELECT rowid, reviewer, label FROM annotations")
        while batch := cursor.fetchmany(50_000):
            rows = []
            for rowid, reviewer, label in batch:
                seconds = None
                if rng.random() < 0.9:
                    seconds = round(min(120.0, 6.0 * pace[reviewer] * label_pace[label]
                                        * math.exp(rng.gauss(0, 0.8))), 3)
                accepted = "cues" if rng.random() < 0.4 else None
                rows.append((seconds, accepted, rowid))
            conn.executemany("UPDATE annotations SET seconds = ?, accepted_proposal = ? "
                             "WHERE rowid = ?", rows)
        conn.execute("DELETE FROM progress_queue")
        conn.execute("UPDATE progress_state SET deferred = 0, counts_stale = 0")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'label_times'").fetchone():
            from sqlite_utils import Database

            recount_stats_0016(Database(conn))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    marker.write_text("1")
    return path


Runs = dict[str, list[tuple[float, float, float]]]  # name -> (wall s, peak MB, CPU s)


def measure(path: Path, runs: int) -> tuple[float, Runs, str]:
    """Upgrade once, then stats, stats --json and the raw floor, interleaved."""
    start = time.perf_counter()
    open_db(path).close()
    upgrade = time.perf_counter() - start
    measured_runs: Runs = {"raw": [], "stats": [], "json": []}
    cli = [*annotator_command(), "stats", "--db", str(path)]
    out = ""
    for _ in range(runs):  # interleaved, so a busy moment hits both sides alike
        for name, command in (("raw", [sys.executable, "-c", RAW, str(path)]),
                              ("stats", cli), ("json", [*cli, "--json"])):
            seconds, peak, cpu, text = measured_cpu(command)
            measured_runs[name].append((seconds, peak, cpu))
            out = text if name == "stats" else out
    return upgrade, measured_runs, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-scan", action="store_true", help="skip the old per-sentence scan")
    parser.add_argument("--only", choices=("untimed", "timed"), default=None,
                        help="measure one form of the corpus (default: both)")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    forms = {"untimed": lambda: agreement_db(folder, args.sentences),
             "timed": lambda: timed_db(folder, args.sentences)}
    print(f"{args.sentences:,} sentences x 3 reviewers; median of {args.runs} runs, "
          "child processes")
    over = False
    for form, source in forms.items():
        if args.only and form != args.only:
            continue
        path = copy_db(source(), folder / "bench-stats.db")
        upgrade, runs, out = measure(path, args.runs)
        lines = out.count("\n")
        scan = None
        if not args.no_scan and form == "untimed":
            db = open_db(path)
            start = time.perf_counter()
            db.execute(f"WITH per AS ({per_sentence_sql()}) SELECT doc_id, count(*), "
                       "sum(status = 'conflict') FROM per GROUP BY doc_id").fetchall()
            scan = time.perf_counter() - start
            db.close()
        remove_db(path)

        def show(name: str, label: str, runs=runs) -> tuple[float, float, float]:
            seconds = statistics.median(s for s, _, _ in runs[name])
            cpu = statistics.median(c for _, _, c in runs[name])
            peak = max(p for _, p, _ in runs[name])
            print(f"  {label:<42} {seconds * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms CPU  "
                  f"peak {peak:4.0f} MB")
            return seconds, peak, cpu

        print(f"{form}: upgrade on first open (the migrations it lacks, once): "
              f"{upgrade:8.1f} s")
        raw, raw_peak, raw_cpu = show("raw", "raw: python + sqlite3 open + one count")
        seconds, peak, cpu = show("stats", f"annotator stats (table, {lines} lines)")
        json_seconds, _, json_cpu = show("json", "annotator stats --json (every document)")
        over = over or seconds >= 1 or json_seconds >= 1
        print(f"  stats / raw: {seconds / raw:.1f}x wall ({cpu / raw_cpu:.1f}x CPU), "
              f"--json {json_seconds / raw:.1f}x wall ({json_cpu / raw_cpu:.1f}x CPU), "
              f"{peak / raw_peak:.1f}x memory")
        if scan is not None:
            print(f"  before: per-sentence status grouped by document (in process): "
                  f"{scan:6.1f} s")
    print(f"aim under 1 s (wall): {'OVER' if over else 'OK'}")


if __name__ == "__main__":
    main()
