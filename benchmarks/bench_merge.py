"""Merging a reviewer's database, beside raw sqlite3 copying the same rows, in the same run.

    python benchmarks/bench_merge.py                     # 100,000 sentences x 3 reviewers
    python benchmarks/bench_merge.py --sentences 1000000 --workdir .bench

The reviewer's database is the three-reviewer corpus as real labeling leaves it
(bench_stats.timed_db: 90% of the labels with the seconds they took, 40% accepted as
proposed), with one history row per annotation, as the labeling screen writes them (3M
history rows at 1M). So the merge pays for the stats counts (migration 0016) its new
labels bring, as a real reviewer's file makes it. Every label there was created and last
changed at the same time, as a first pass leaves them, so the merge checks one time per
label (a file of labels changed later pays for checking both).
The target is a copy with no annotations and no history: the same corpus already there,
like a colleague's machine that ingested the same files. In the same run:
  raw    - sqlite3 copying the annotation and history rows into the target
           (ATTACH + INSERT ... SELECT, one transaction, synchronous=FULL): the floor for
           moving those rows; and the same rows moved with executemany through Python;
  merge  - `annotator merge` as a child process (checks, corpus, sources, annotations with
           the newer-wins rule, history, disputes, gold, progress; one transaction);
  again  - the same merge repeated: nothing new;
  day    - a day's work (--day labels, 5,000 by default) merged into a database that
           already holds everything else of that file: the file as it was the day before
           was merged into it first, by the merge itself (so the merge finds its mark);
           the raw floor is copying those rows alone.
Each with its peak memory.
"""

from __future__ import annotations

import argparse
import compileall
import json
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_stats import timed_db  # noqa: E402
from common import (  # noqa: E402
    add_workdir,
    annotator_command,
    copy_db,
    measured_cpu,
    remove_db,
    workdir,
)

from annotator.db.connection import open_db  # noqa: E402
from annotator.sync.merge import merge_databases  # noqa: E402

HISTORY = ("change_id, sentence_id, reviewer, action, label, source, confidence, note, "
           "prev_label, prev_source, prev_confidence, prev_note, prev_updated_at, undoes, at")


def columns(path: Path, table: str) -> str:
    """Every column of ``table``: the raw copy moves whole rows, as the merge does."""
    conn = sqlite3.connect(path)
    try:
        return ", ".join(row[1] for row in conn.execute(f"PRAGMA table_info({table})"))
    finally:
        conn.close()


def reviewer_db(folder: Path, sentences: int) -> Path:
    """The timed three-reviewer corpus with a history row for every annotation (cached)."""
    path = folder / f"bench-merge-reviewer-timed-{sentences}.db"
    marker = path.with_suffix(".done")
    if path.exists() and marker.exists():
        return path
    copy_db(timed_db(folder, sentences), path)
    open_db(path).close()  # this version's schema
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM annotation_history")
        conn.execute(
            f"INSERT INTO annotation_history ({HISTORY}) SELECT "
            "printf('%016x%08x', rowid, 7), sentence_id, reviewer, 'set', label, source, "
            "confidence, note, NULL, NULL, NULL, NULL, NULL, NULL, updated_at FROM annotations")
    timed, accepted = conn.execute("SELECT count(seconds), count(accepted_proposal) "
                                   "FROM annotations").fetchone()
    assert timed and accepted, "the reviewer's labels carry times and accepted proposals"
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    marker.write_text("1")
    return path


def empty_target(source: Path, target: Path) -> Path:
    copy_db(source, target)
    db = open_db(target)
    with db.conn:
        db.execute("UPDATE progress_state SET deferred = 1")  # a bulk delete, as a merge does
        db.execute("DELETE FROM annotations")
        db.execute("DELETE FROM annotation_history")
        db.execute("DELETE FROM progress_queue")
        db.execute("DELETE FROM progress_sentences")
        db.execute("UPDATE progress_documents SET labeled = 0, settled = 0, conflicts = 0")
        db.execute("DELETE FROM progress_labels")
        db.execute("DELETE FROM progress_reviewers")
        db.execute("DELETE FROM label_times")
        db.execute("DELETE FROM label_times_exact")
        db.execute("DELETE FROM accepted_proposals")
        db.execute("UPDATE progress_state SET deferred = 0, counts_stale = 0")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return target


def raw_attach(source: Path, target: Path) -> tuple[float, float]:
    """The floor: (wall, CPU) seconds of copying the rows with ATTACH + INSERT ... SELECT,
    both files read once beforehand as the merge's own checks read them."""
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    for trigger in [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'annotations'")]:
        conn.execute(f"DROP TRIGGER {trigger}")  # the raw floor has no triggers to run
    conn.execute("ATTACH DATABASE ? AS other", [source.resolve().as_uri() + "?mode=ro"])
    every, history = columns(source, "annotations"), columns(source, "annotation_history")
    for table in ("annotations", "annotation_history"):  # warmed like the merge's reads
        conn.execute(f"SELECT count(*), max(sentence_id) FROM other.{table}").fetchone()
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"INSERT INTO annotations ({every}) SELECT {every} FROM other.annotations")
    conn.execute(f"INSERT INTO annotation_history ({history}) SELECT {history} "
                 "FROM other.annotation_history")
    conn.execute("COMMIT")
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, used


def day_target(clean: Path, source: Path, day: int, target: Path) -> Path:
    """What the lead held before that day's file came in: ``clean`` with the reviewer's
    file as it was the day before (``source`` without its last ``day`` labels and their
    history: an older copy of the same file) merged in, by the merge itself, so whatever
    a merge remembers of a file it merged is there as it would be."""
    yesterday = copy_db(source, target.with_name(f"{target.stem}-yesterday.db"))
    conn = sqlite3.connect(yesterday)
    with conn:
        last = conn.execute("SELECT max(rowid) FROM annotations").fetchone()[0] - day
        conn.execute("CREATE TEMP TABLE day AS SELECT sentence_id, reviewer "
                     "FROM annotations WHERE rowid > ?", [last])
        for table in ("annotations", "annotation_history"):
            conn.execute(f"DELETE FROM {table} WHERE (sentence_id, reviewer) IN "
                         "(SELECT sentence_id, reviewer FROM temp.day)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    copy_db(clean, target)
    db = open_db(target)
    merge_databases(db, [yesterday])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    remove_db(yesterday)
    return target


def raw_day(source: Path, target: Path, day: int) -> tuple[float, float]:
    """The floor for the day's merge: (wall, CPU) of copying those rows alone."""
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    for trigger in [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'annotations'")]:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("ATTACH DATABASE ? AS other", [source.resolve().as_uri() + "?mode=ro"])
    every, history = columns(source, "annotations"), columns(source, "annotation_history")
    last = conn.execute("SELECT max(rowid) FROM other.annotations").fetchone()[0] - day
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(f"INSERT INTO annotations ({every}) SELECT {every} FROM other.annotations "
                 "WHERE rowid > ?", [last])
    conn.execute(f"INSERT INTO annotation_history ({history}) SELECT {history} "
                 "FROM other.annotation_history h WHERE EXISTS (SELECT 1 FROM "
                 "other.annotations a WHERE a.rowid > ? AND a.sentence_id = h.sentence_id "
                 "AND a.reviewer = h.reviewer)", [last])
    conn.execute("COMMIT")
    elapsed, used = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, used


def raw_executemany(source: Path, target: Path) -> float:
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous = FULL")
    for trigger in [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'annotations'")]:
        conn.execute(f"DROP TRIGGER {trigger}")
    other = sqlite3.connect(source)
    start = time.perf_counter()
    with conn:
        for table in ("annotations", "annotation_history"):
            names = columns(source, table)
            marks = ", ".join("?" * len(names.split(", ")))
            conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                             other.execute(f"SELECT {names} FROM {table}"))
    elapsed = time.perf_counter() - start
    conn.close()
    other.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--no-executemany", action="store_true",
                        help="skip the slower raw baseline (executemany through Python)")
    parser.add_argument("--day", type=int, default=5_000,
                        help="labels in the day's file merged into a full database")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    # bytecode for annotator's modules, as an installed copy has (pip compiles it; with
    # PYTHONDONTWRITEBYTECODE the CLI would compile every module it imports, every run)
    compileall.compile_dir(str(ROOT / "annotator"), quiet=1)
    source = reviewer_db(folder, args.sentences)
    clean = empty_target(source, folder / f"bench-merge-clean-{args.sentences}.db")
    target = folder / "bench-merge-target.db"

    raw, raw_cpu = raw_attach(source, copy_db(clean, target))
    raw_many = None if args.no_executemany else raw_executemany(source, copy_db(clean, target))
    copy_db(clean, target)
    merge = [*annotator_command(), "merge", "--db", str(target), str(source), "--json"]
    merged, merged_peak, merged_cpu, out = measured_cpu(merge)
    again, again_peak, again_cpu, out_again = measured_cpu(merge)
    # the floor for a command with nothing to do: the CLI starting (`annotator --version`),
    # same machine, same run
    idle, _, idle_cpu, _ = measured_cpu([*annotator_command(), "--version"])
    day = folder / "bench-merge-day.db"
    day_clean = day_target(clean, source, args.day, folder / "bench-merge-day-clean.db")
    day_raw, day_raw_cpu = raw_day(source, copy_db(day_clean, day), args.day)
    copy_db(day_clean, day)
    day_wall, day_peak, day_cpu, out_day = measured_cpu(
        [*annotator_command(), "merge", "--db", str(day), str(source), "--json"])
    for path in (target, day, day_clean):
        remove_db(path)
    rows, timed, accepted = sqlite3.connect(source).execute(
        "SELECT count(*), count(seconds), count(accepted_proposal) FROM annotations").fetchone()

    print(f"{rows:,} annotations and {rows:,} history rows "
          f"({args.sentences:,} sentences x 3 reviewers), corpus already in the target; "
          f"{timed / rows:.0%} with a recorded time, {accepted / rows:.0%} accepted proposals")
    print(f"raw sqlite3 ATTACH + INSERT ... SELECT:  {raw:7.2f} s  CPU {raw_cpu:.2f} s")
    if raw_many is not None:
        print(f"raw sqlite3 executemany through Python:  {raw_many:7.2f} s")
    many = f", {merged / raw_many:.1f}x executemany" if raw_many is not None else ""
    print(f"annotator merge:                         {merged:7.2f} s  peak {merged_peak:5.0f} MB"
          f"  ({merged / raw:.2f}x the ATTACH copy{many}; aim within 2x)")
    print(f"  CPU: merge {merged_cpu:.2f} s (the CLI starting included) vs copy {raw_cpu:.2f} s"
          f" = {merged_cpu / raw_cpu:.2f}x (on a loaded machine CPU time is the steadier figure)")
    print(f"the same merge again (nothing new):      {again:7.2f} s  peak {again_peak:5.0f} MB"
          f"  (aim under 2 s: {'OK' if again < 2 else 'OVER'}); CPU {again_cpu:.2f} s")
    print(f"the CLI doing nothing (--version):       {idle:7.2f} s  CPU {idle_cpu:.2f} s "
          f"(the floor any command pays on this machine now)")
    print(f"a day's work ({args.day:,} labels) into the rest: merge {day_wall:.2f} s, "
          f"CPU {day_cpu:.2f} s, peak {day_peak:.0f} MB; copying those rows alone "
          f"{day_raw:.2f} s, CPU {day_raw_cpu:.2f} s")
    for name, text in (("first", out), ("second", out_again), ("day's", out_day)):
        counts = json.loads(text)[0]
        print(f"{name} merge: " + ", ".join(
            f"{k} {v:,}" for k, v in counts.items() if isinstance(v, int) and v))


if __name__ == "__main__":
    main()
