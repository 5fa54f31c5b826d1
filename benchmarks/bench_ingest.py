"""Ingestion throughput beside raw sqlite3 inserting the same rows, in the same run.

    python benchmarks/bench_ingest.py                 # 1,000,000 sentences
    python benchmarks/bench_ingest.py --sentences 200000

1. A synthetic corpus (benchmarks/synth.py) is written as .jsonl (not timed).
2. `annotator ingest` (this checkout's CLI, as a child process, drawing its progress bar as
   in a terminal) reads, cleans, segments, dedupes, groups and stores it into an empty
   database: wall and CPU time (its analysis workers included) and peak memory.
3. The rows it stored are read back into memory, and raw sqlite3 ``executemany`` inserts
   exactly those rows into a fresh database with the same schema (FTS triggers included),
   in one transaction: the floor for storing them.
4. A day's articles (the five seeds, 62 sentences, then two days of ~62 new synthetic
   sentences) ingested with `annotator ingest` into that full database and into an empty
   one, as child processes: wall time and peak memory. ``--into DB`` does only this, on a
   copy of an existing database (benchmarks/bigdb.py's 1M, say), after one first ingest
   that files the keys its sentences lack.
Prints sentences/s for both and the ratio (the aim: ingestion within 2x of raw). With
``--pairs N``, N-1 more pairs of one ingest and one raw run (which goes first alternating),
each pair's ratio and the median of all N: a load that changes over the run moves both
sides of a pair alike.
5. With ``--budget``, where ingestion's CPU goes (benchmarks/ingest_budget.py): each part
   of the analysis and of the main process measured alone on the same corpus, beside raw.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# this folder first, its helpers imported by their own names: pysbd (the `bench` extra)
# installs a top-level `benchmarks` package that hides this folder's `benchmarks.*`
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import (  # noqa: E402
    DEFAULT_WORKDIR,
    copy_db,
    measured,
    measured_cpu,
)
from synth import write_corpus  # noqa: E402

from annotator.base.resources import SEEDS_DIR  # noqa: E402
from annotator.corpus.ingest import CACHE_KB  # noqa: E402
from annotator.corpus.pipeline import workers  # noqa: E402
from annotator.db.connection import open_db  # noqa: E402


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
    conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")  # the page cache ingestion gets
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
    parser.add_argument("--timeline", action="store_true",
                        help="also print, per second, the CPU of `annotator ingest`'s main "
                             "thread, its other threads and its analysis workers (Linux)")
    parser.add_argument("--budget", action="store_true",
                        help="also print where ingestion's CPU goes: each part measured alone "
                             "on the same corpus (benchmarks/ingest_budget.py)")
    parser.add_argument("--pairs", type=int, default=1, metavar="N",
                        help="also N-1 more pairs of one ingest and one raw run, which goes "
                             "first alternating, each pair's ratio printed and their median: "
                             "a load that changes over the minutes a run takes moves both "
                             "sides of a pair alike")
    parser.add_argument("--into", type=Path, metavar="DB",
                        help="only ingest a day's articles into a copy of DB (an existing "
                             "large database, e.g. benchmarks/bigdb.py's) and into an empty one")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.into is not None:
        return only_into(args.into, args.workdir)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.sentences)
        size_mb = corpus.stat().st_size / 1e6

        open_db(work / "ingest.db").close()  # migrated, empty (as raw's is, not timed)
        # what a user runs: the CLI, its bar drawn (TTY_COMPATIBLE: rich draws to the pipe)
        timeline = Timeline() if args.timeline else None
        ingest_s, peak_mb, ingest_cpu, out = measured_cpu(
            [*checkout_cli(), "ingest", "--json", str(corpus), "--db", str(work / "ingest.db")],
            env={**os.environ, "TTY_COMPATIBLE": "1"})
        if timeline is not None:
            timeline.stop()
        report = SimpleNamespace(**json.loads(out))
        db = open_db(work / "ingest.db")
        documents = list(db.execute("SELECT * FROM documents"))
        rows = list(db.execute("SELECT * FROM sentences"))
        db.close()

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
              f"peak memory of `annotator ingest`: {peak_mb:,.0f} MB")
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
        if timeline is not None:
            timeline.print()
        if args.pairs > 1:
            more_pairs(args.pairs - 1, corpus, work, documents, rows, (ingest_s, raw_s))
        del documents, rows
        into_full_and_empty(work, work / "ingest.db")
        if args.budget:
            from ingest_budget import budget  # noqa: PLC0415 - only with --budget
            parts = budget(corpus, work)
            cores = os.cpu_count() or 1
            print(f"the measured run beside its budget: {ingest_s:.2f} s wall on {cores} cores "
                  f"= {cores * ingest_s:.2f} core-seconds, {ingest_cpu:.2f} s of CPU "
                  f"({ingest_cpu - parts['total']:+.2f} s beside the parts timed alone: starting "
                  "workers, sending them documents, the pool's threads, the progress bar, "
                  f"contention), {cores * ingest_s - ingest_cpu:.2f} core-seconds idle (or "
                  f"taken by other processes); the floor {parts['floor']:.2f} s is "
                  f"{parts['floor'] / ingest_s:.0%} of the wall")
    return 0


def more_pairs(count: int, corpus: Path, work: Path, documents: list[tuple],
               rows: list[tuple], first: tuple[float, float]) -> None:
    """``count`` more pairs of one `annotator ingest` into an empty database and one raw
    bulk-FTS run of the same rows, the raw run first in every other pair; each pair's wall
    ratio, and the median over these and the first pair (whose raw is the best of two)."""
    import statistics

    ratios = [first[0] / first[1]]
    for n in range(count):
        sides = {}
        for side in ("raw", "ingest") if n % 2 == 0 else ("ingest", "raw"):
            if side == "raw":
                sides[side] = raw_insert(work / "rp.db", documents, rows, bulk_fts=True)[0]
                continue
            target = work / "pair.db"
            open_db(target).close()
            sides[side] = measured_cpu(
                [*checkout_cli(), "ingest", "--json", str(corpus), "--db", str(target)],
                env={**os.environ, "TTY_COMPATIBLE": "1"})[0]
            for leftover in work.glob("pair.db*"):
                leftover.unlink()
        ratios.append(sides["ingest"] / sides["raw"])
        print(f"  pair {n + 2} ({' then '.join(sides)}): ingest {sides['ingest']:.3f} s, raw "
              f"{sides['raw']:.3f} s, ratio {ratios[-1]:.2f}x", flush=True)
    print(f"ratio ingest/raw (wall), the median of {len(ratios)} pairs: "
          f"{statistics.median(ratios):.2f}x (each: "
          f"{', '.join(f'{r:.2f}x' for r in ratios)}; aim: within 2x)")


class Timeline:
    """Samples, every second, the CPU of the measured `annotator ingest` (this process's
    grandchild: measured_cpu runs it under a launcher): its main thread, its other threads
    (the full-text index's, the worker pool's) and its children (the analysis workers).
    Shows when a core idles: at the start, between batches, at the end."""

    def __init__(self, every: float = 1.0):
        self.every = every
        self.rows: list[tuple[float, float, float, float]] = []  # t, main, others, workers
        self._workers: dict[int, float] = {}  # CPU last seen, by process or thread id
        self._threads: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._start = time.perf_counter()
        self._thread.start()

    @staticmethod
    def _cpu(stat: str) -> float | None:
        try:
            text = Path(stat).read_text()
        except OSError:
            return None
        fields = text[text.rindex(")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _children(pid: int) -> list[int]:
        found: list[int] = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                found += map(int, Path(f"/proc/{pid}/task/{task}/children").read_text().split())
        except OSError:
            pass
        return found

    def _sample(self) -> None:
        if not Path("/proc/self/task").exists():
            return
        while not self._done.wait(self.every):
            ingest = [g for c in self._children(os.getpid()) for g in self._children(c)]
            if not ingest:
                continue
            pid = ingest[0]
            main = self._cpu(f"/proc/{pid}/task/{pid}/stat")
            if main is None:  # ended (a zombie lists no threads): the last sample stands
                continue
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    used = self._cpu(f"/proc/{pid}/task/{task}/stat")
                    if int(task) != pid and used is not None:
                        self._threads[int(task)] = used  # kept when the thread ends
            except OSError:
                continue
            threads = sum(self._threads.values())
            for worker in self._children(pid):
                used = self._cpu(f"/proc/{worker}/stat")
                if used is not None:
                    self._workers[worker] = used
            self.rows.append((time.perf_counter() - self._start, main, threads,
                              sum(self._workers.values())))

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def print(self) -> None:
        if not self.rows:
            print("timeline: no samples (not Linux?)")
            return
        print("timeline of `annotator ingest` (CPU seconds in each interval; cores busy of "
              f"{os.cpu_count()}):\n     t   main  other  workers  cores")
        before = (0.0, 0.0, 0.0, 0.0)
        idle = 0.0
        for row in self.rows:
            span = row[0] - before[0]
            used = [max(0.0, row[i] - before[i]) for i in (1, 2, 3)]
            idle += max(0.0, (os.cpu_count() or 1) * span - sum(used))
            print(f"  {row[0]:5.1f}  {used[0]:5.2f}  {used[1]:5.2f}  {used[2]:7.2f}  "
                  f"{sum(used) / span:5.2f}")
            before = row
        last = self.rows[-1]
        print(f"  sampled {last[0]:.1f} s: main thread {last[1]:.1f} s, other threads "
              f"{last[2]:.1f} s, workers {last[3]:.1f} s of CPU; cores idle {idle:.1f} "
              "core-seconds (other processes on the machine count as idle here)")
        tail = self.tail()
        if tail is not None:
            print(f"  the serial tail, after the workers' last sample: {tail[0]:.1f} s, the main "
                  f"thread {tail[1]:.2f} s of CPU, its other threads {tail[2]:.2f} s")

    def tail(self) -> tuple[float, float, float] | None:
        """(seconds, main thread CPU, other threads' CPU) after the last sample in which the
        workers used CPU: what the ingest does alone once the analysis is done (the last
        batches, keys, indexes, the commit). None when the workers never ran."""
        done = None
        for before, row in zip(self.rows, self.rows[1:], strict=False):
            if row[3] > before[3]:
                done = row
        if done is None:
            return None
        last = self.rows[-1]
        return last[0] - done[0], last[1] - done[1], last[2] - done[2]


def days(work: Path) -> list[tuple[str, Path]]:
    """A day's articles, three times over: the seeds, and two days of new synthetic text."""
    return [("the seeds", SEEDS_DIR),
            ("synthetic day 1", write_corpus(work / "day1.jsonl", 62, seed=1)),
            ("synthetic day 2", write_corpus(work / "day2.jsonl", 62, seed=2))]


def checkout_cli() -> list[str]:
    """`annotator` running this checkout's code: the venv's `annotator` script runs the
    code the package was installed from, another checkout's in a worktree."""
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
            "from annotator.cli import main; main()"]


def into_full_and_empty(work: Path, full: Path) -> None:
    """Each day's articles with `annotator ingest` into the full database and into an
    empty one (the limit: the same command with nothing stored), as child processes."""
    command = [*checkout_cli(), "ingest", "--json"]
    stored = sqlite3.connect(full).execute("SELECT count(*) FROM sentences").fetchone()[0]
    print(f"a day's articles into this database ({stored:,} units stored) and into an empty "
          "one (aim: under 1 s, flat memory):")
    for i, (name, day) in enumerate(days(work)):
        empty = work / f"empty-{i}.db"
        open_db(empty).close()
        into_full, full_peak, full_cpu, out = measured_cpu([*command, str(day), "--db", str(full)])
        into_empty, empty_peak, empty_cpu, _ = measured_cpu(
            [*command, str(day), "--db", str(empty)])
        added = json.loads(out)["sentences"]
        print(f"  {name:<16} ({added:3} sentences): into the full one {into_full:5.2f} s "
              f"({full_cpu:4.2f} s CPU), peak {full_peak:4.0f} MB; into an empty one "
              f"{into_empty:5.2f} s ({empty_cpu:4.2f} s CPU), peak {empty_peak:4.0f} MB "
              f"({into_full / into_empty:.2f}x wall, {full_cpu / empty_cpu:.2f}x CPU)")


def only_into(db: Path, workdir: Path) -> int:
    """--into: the day's articles into a copy of an existing database (no 1M ingest)."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        work = Path(tmp)
        full = copy_db(db, work / "full.db")
        catch_up = write_corpus(work / "day0.jsonl", 62, seed=3)
        seconds, peak, _ = measured([*checkout_cli(), "ingest", "--json", str(catch_up),
                                     "--db", str(full)])
        print(f"first ingest into the copy (upgrades it and files the near-duplicate keys of "
              f"stored sentences that have none, once): {seconds:.2f} s, peak {peak:.0f} MB")
        into_full_and_empty(work, full)
    return 0


if __name__ == "__main__":
    sys.exit(main())
