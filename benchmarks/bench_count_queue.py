"""Counting the disagreement queue (open / settled) on a large database, as the adjudication
screen does when it opens and after every decision.

    python benchmarks/bench_count_queue.py                      # 100,000 sentences
    python benchmarks/bench_count_queue.py --sentences 1000000

Uses the database benchmarks/bench_agreement.py builds (every sentence annotated by three
reviewers), on a copy with dispute links on every 20th sentence (some reviewers linking it
in another role) and gold on every 50th. Prints count_queue (all kinds, and one kind) beside
the raw limit measured in the same run: one bare sqlite3 pass reading every annotation.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bigdb import build  # noqa: E402
from common import add_workdir, workdir  # noqa: E402
from three_reviewers import REVIEWERS, label_everything  # noqa: E402

from annotator.analysis.stats import count_queue  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402

STAMP = "2026-01-01T00:00:00.000000Z"


def add_links_and_gold(path: Path, seed: int = 5) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    ids = [sid for (sid,) in conn.execute("SELECT id FROM sentences ORDER BY rowid")]
    disputes = [f"{i:032x}" for i in range(max(1, len(ids) // 200))]
    with conn:
        conn.executemany(
            "INSERT INTO disputes (id, title, created_by, created_at, updated_at) "
            "VALUES (?, ?, 'bench', ?, ?)", [(d, f"dispute {d[-6:]}", STAMP, STAMP)
                                              for d in disputes])
        members = []
        for sid in ids[::20]:
            dispute, role = rng.choice(disputes), rng.choice(("alleges", "denies"))
            for reviewer in REVIEWERS:
                if rng.random() < 0.9:
                    members.append((dispute, sid, reviewer,
                                    role if rng.random() < 0.8 else "context", STAMP, STAMP))
        conn.executemany(
            "INSERT INTO dispute_members (dispute_id, sentence_id, reviewer, role, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)", members)
        conn.executemany(
            "INSERT INTO gold (sentence_id, label, confidence, adjudicator, decided_at) "
            "VALUES (?, 'claim', 'high', 'lead', ?)", [(sid, STAMP) for sid in ids[::50]])
    conn.close()


def timed(fn, repeat: int) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    add_workdir(parser)
    args = parser.parse_args()
    source = workdir(args) / f"annotator-bench-agreement-{args.sentences}.db"
    build(source, args.sentences, reviewers=1, labeled_share=0.0)
    label_everything(source)
    path = source.with_name(source.stem + "-count-queue.db")
    shutil.copy(source, path)
    add_links_and_gold(path)
    db = open_db(path)
    raw = sqlite3.connect(path)

    def raw_pass() -> int:
        return sum(1 for _ in raw.execute(
            "SELECT sentence_id, reviewer, label, source, confidence FROM annotations"))

    raw_s, rows = timed(raw_pass, args.repeat)
    all_s, counted = timed(lambda: count_queue(db), args.repeat)
    one_s, counted_label = timed(lambda: count_queue(db, kinds=["label"]), args.repeat)
    raw.close()
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"{args.sentences:,} sentences x 3 reviewers ({rows:,} annotations), "
          f"median of {args.repeat}")
    print(f"count_queue, all kinds:    {all_s * 1000:8.1f} ms  {counted}")
    print(f"count_queue, label only:   {one_s * 1000:8.1f} ms  {counted_label}")
    print(f"raw sqlite3 read of every annotation: {raw_s * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
