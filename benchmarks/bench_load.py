"""Many reviewers labeling one database at once: PostgreSQL beside a shared SQLite file (WAL),
in the same run.

    python benchmarks/bench_load.py --workdir /tmp/bench            # 20 reviewers
    python benchmarks/bench_load.py --reviewers 20 --labels 60 --seconds 120

Each reviewer is its own process doing what a label key does: ``set_annotation`` (the
annotation and its history row committed durably, SQLite's BEGIN IMMEDIATE or
PostgreSQL's writer lock taken) and then ``next_unlabeled`` for the sentence to show. All
start together on the seeds (ingested once; copied to PostgreSQL with ``annotator copy``'s
core, so both engines hold the same rows), each labels up to --labels sentences or stops
after --seconds. The PostgreSQL server is a throwaway cluster (tests/support/postgres.py)
with its durable defaults (fsync on), on a Unix socket; SQLite runs with the tool's
synchronous=FULL.

Per engine: labels per second over the whole run, p50/p99 save latency (the key's
set_annotation call) and p50/p99 of save + next sentence, lost writes (the rows each
process said it saved, counted afterwards in the database; must be 0) and lock errors
(must be 0). Beside them, the raw limit measured in the same run: one connection
committing one-row transactions as fast as the engine makes them durable (raw sqlite3;
raw psycopg), so the figures can be read as ratios on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from common import add_workdir, workdir  # noqa: E402
from support.postgres import DURABLE_SETTINGS, Cluster  # noqa: E402

LABELS = ("claim", "accusation", "denial", "context")


def reviewer(target: str, name: str, labels: int, seconds: float, start_at: float,
             out: str) -> None:
    """One reviewer's process: label until ``labels`` are saved or time is up; write what
    it saved and how long each save took to ``out``."""
    from annotator.db.connection import open_db
    from annotator.db.problems import kind_of
    from annotator.domain import navigation as nav
    from annotator.domain.annotations import set_annotation

    db = open_db(target)
    saved: list[str] = []
    save_ms: list[float] = []
    key_ms: list[float] = []
    lock_errors = other_errors = 0
    try:
        current = nav.next_unlabeled(db, name, None)
        while time.time() < start_at:
            time.sleep(0.001)
        deadline = time.monotonic() + seconds
        while current is not None and len(saved) < labels and time.monotonic() < deadline:
            label = LABELS[(len(saved) + hash(name)) % len(LABELS)]
            began = time.perf_counter()
            try:
                set_annotation(db, current.id, name, label=label, confidence="medium")
            except (sqlite3.Error, Exception) as exc:  # counted, never hidden
                if kind_of(exc) == "busy" or "locked" in str(exc).lower():
                    lock_errors += 1
                else:
                    other_errors += 1
                    print(f"{name}: {exc}", file=sys.stderr)
                continue
            stored = time.perf_counter()
            saved.append(current.id)
            current = nav.next_unlabeled(db, name, current)
            shown = time.perf_counter()
            save_ms.append((stored - began) * 1000)
            key_ms.append((shown - began) * 1000)
    finally:
        db.close()
    Path(out).write_text(json.dumps({
        "reviewer": name, "saved": saved, "save_ms": save_ms, "key_ms": key_ms,
        "lock_errors": lock_errors, "other_errors": other_errors, "ended": time.time()}))


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run_engine(engine: str, target: str, folder: Path, args) -> dict:
    """Start the reviewers together, wait for them, count what reached the database."""
    from annotator.db.connection import open_db

    context = multiprocessing.get_context("spawn")
    start_at = time.time() + 3.0 + 0.15 * args.reviewers  # every process started by then
    names = [f"{engine[:2]}-reviewer-{n:02d}" for n in range(args.reviewers)]
    outs = [folder / f"{engine}-{name}.json" for name in names]
    processes = [context.Process(target=reviewer, args=(
        target, name, args.labels, args.seconds, start_at, str(out)), name=name)
        for name, out in zip(names, outs, strict=True)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(args.seconds + 120)
        if process.is_alive():
            process.kill()
            raise SystemExit(f"{engine}: {process.name} did not finish")
    reports = [json.loads(out.read_text()) for out in outs]
    ended = max(r["ended"] for r in reports)
    db = open_db(target)
    try:
        lost = 0
        for report in reports:
            rows = {sid for (sid,) in db.execute(
                "SELECT sentence_id FROM annotations WHERE reviewer = ?", [report["reviewer"]])}
            history = db.execute(
                "SELECT count(*) FROM annotation_history WHERE reviewer = ?",
                [report["reviewer"]]).fetchone()[0]
            lost += len(set(report["saved"]) - rows) + max(0, len(report["saved"]) - history)
    finally:
        db.close()
    saves = [ms for r in reports for ms in r["save_ms"]]
    keys = [ms for r in reports for ms in r["key_ms"]]
    total = sum(len(r["saved"]) for r in reports)
    return {
        "engine": engine, "reviewers": args.reviewers, "labels": total,
        "seconds": round(ended - start_at, 2),
        "labels_per_second": round(total / max(ended - start_at, 1e-9), 1),
        "save_p50_ms": round(percentile(saves, 0.50), 2),
        "save_p99_ms": round(percentile(saves, 0.99), 2),
        "key_p50_ms": round(percentile(keys, 0.50), 2),
        "key_p99_ms": round(percentile(keys, 0.99), 2),
        "lost_writes": lost,
        "lock_errors": sum(r["lock_errors"] for r in reports),
        "other_errors": sum(r["other_errors"] for r in reports),
    }


def raw_sqlite(path: Path, seconds: float = 3.0) -> float:
    """One connection committing one-row transactions durably (WAL, synchronous=FULL)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS raw (n INTEGER, at TEXT)")
    count, deadline = 0, time.monotonic() + seconds
    began = time.perf_counter()
    while time.monotonic() < deadline:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO raw VALUES (?, ?)", (count, "x"))
        conn.execute("COMMIT")
        count += 1
    rate = count / (time.perf_counter() - began)
    conn.close()
    return rate


def raw_postgres(url: str, seconds: float = 3.0) -> float:
    """The same on PostgreSQL, through psycopg (fsync on, synchronous_commit on)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS raw (n integer, at text)")
        count, deadline = 0, time.monotonic() + seconds
        began = time.perf_counter()
        while time.monotonic() < deadline:
            with conn.transaction():
                conn.execute("INSERT INTO raw VALUES (%s, %s)", (count, "x"))
            count += 1
        return count / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_workdir(parser)
    parser.add_argument("--reviewers", type=int, default=20)
    parser.add_argument("--labels", type=int, default=60,
                        help="labels per reviewer at most (the seeds present 62 sentences; "
                             "default 60)")
    parser.add_argument("--seconds", type=float, default=120.0,
                        help="each reviewer stops after this long, whatever it saved")
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    engines = args.engines.split(",")

    from annotator.base.resources import SEEDS_DIR
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db
    from annotator.sync.copy import copy_database

    base = Path(tempfile.mkdtemp(prefix="bench-load-", dir=workdir(args)))
    seeded = base / "seeded.db"
    db = open_db(seeded)
    ingest_paths(db, [SEEDS_DIR])
    db.close()
    presented = sqlite3.connect(seeded).execute(
        "SELECT count(*) FROM sentences WHERE excluded IS NULL").fetchone()[0]
    print(f"corpus: the seeds, {presented} presented sentences; {args.reviewers} reviewers, "
          f"up to {args.labels} labels each, at most {args.seconds:.0f} s; cpus: "
          f"{os.cpu_count()}", file=sys.stderr)

    results, raw = [], {}
    # the cluster lives in the system's temporary folder (short enough for its Unix
    # socket, reachable by the unprivileged user it runs as) and is removed at the end
    cluster = Cluster(settings=DURABLE_SETTINGS, tcp=False) if "postgresql" in engines else None
    try:
        if cluster is not None:
            cluster.start()
        for engine in engines:
            if engine == "sqlite":
                target = base / "shared.db"
                shared = open_db(target)
                origin = open_db(seeded, migrate=False)
                copy_database(origin, shared)
                origin.close()
                shared.close()
                raw["sqlite"] = raw_sqlite(base / "raw.db")
                results.append(run_engine("sqlite", str(target), base, args))
            elif engine == "postgresql":
                target = cluster.create_database("bench_load")
                shared = open_db(target)
                origin = open_db(seeded, migrate=False)
                copy_database(origin, shared)
                origin.close()
                shared.close()
                raw["postgresql"] = raw_postgres(cluster.create_database("bench_raw"))
                results.append(run_engine("postgresql", target, base, args))
            else:
                raise SystemExit(f"unknown engine {engine!r}")
    finally:
        if cluster is not None:
            cluster.stop()

    header = (f"{'engine':<11} {'labels':>6} {'secs':>6} {'labels/s':>9} {'save p50':>9} "
              f"{'save p99':>9} {'key p50':>8} {'key p99':>8} {'lost':>5} {'locks':>6} "
              f"{'raw commits/s':>14} {'ratio':>6}")
    print(header)
    for r in results:
        limit = raw[r["engine"]]
        print(f"{r['engine']:<11} {r['labels']:>6} {r['seconds']:>6.1f} "
              f"{r['labels_per_second']:>9.1f} {r['save_p50_ms']:>7.1f}ms "
              f"{r['save_p99_ms']:>7.1f}ms {r['key_p50_ms']:>6.1f}ms {r['key_p99_ms']:>6.1f}ms "
              f"{r['lost_writes']:>5} {r['lock_errors']:>6} {limit:>14.0f} "
              f"{r['labels_per_second'] / limit:>6.2f}")
        r["raw_commits_per_second"] = round(limit, 1)
    print(json.dumps(results))
    failed = [r for r in results if r["lost_writes"] or r["lock_errors"] or r["other_errors"]]
    if failed:
        raise SystemExit("lost writes or lock errors: " + json.dumps(failed))


if __name__ == "__main__":
    main()
