"""Opening the disagreement queue and moving through it on 1,000,000 sentences x 3 reviewers,
beside the labeling screen's own moves in the same run.

    python benchmarks/bench_adjudication.py                 # the agreement benchmark's db
    python benchmarks/bench_adjudication.py --sentences 100000 --steps 300

Uses the database benchmarks/bench_agreement.py builds (every sentence annotated by three
reviewers). Measures, per step, on a copy of it:
  open     - the first open disagreement (what the screen shows first);
  next     - the next disagreement after the current one (n / j);
  decide   - take reviewer 1's annotation as gold (history row, committed) then find the next
             open disagreement and read its annotations: the core work behind one
             keystroke of the adjudicator;
  label    - the yardstick: the labeling screen's save (set_annotation, committed) and
             next-unlabeled move, on the same database.
decide and label run twice: with the WAL checkpoint as the app runs it (in a thread with
its own connection, once commits pause: annotator/db/checkpoint.py) and as SQLite runs it
by itself (on the commit that takes the log past 1000 pages). Beside them, the raw limit: a
bare sqlite3 durable commit of one row on the same disk. Each is printed as median, p95,
p99 and max of wall time, with the thread's own CPU time beside it (a wall time far above
the CPU time is time spent waiting: for the disk, or for a core on a loaded machine).
``--pace`` spaces the keys as a person does, so the checkpoint thread runs among them
(back to back, it waits for a pause that never comes). ``--detail`` lists the slowest
steps split into their parts (the COMMIT, garbage collection, the next-item reads, the
time a checkpoint overlapped).
Then, with --settled (default 10,000, 100,000 and 300,000), the same copy after that many
disagreements were settled with gold labels (in corpus order, as an adjudicator works):
opening the queue again.
"""

from __future__ import annotations

import argparse
import gc
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import add_workdir, agreement_db, copy_db, remove_db, workdir  # noqa: E402

from annotator.db.checkpoint import checkpoints_in_background  # noqa: E402
from annotator.db.connection import open_db, write  # noqa: E402
from annotator.domain import adjudication as adj  # noqa: E402
from annotator.domain import navigation as nav  # noqa: E402
from annotator.domain.annotations import set_annotation  # noqa: E402
from annotator.domain.scheme import load_scheme  # noqa: E402

PAUSE_MS = 50  # the aim: no keystroke's core work pauses longer


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:7.2f} ms, max {max(samples) * 1000:7.2f} ms"


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def spread(steps: list[Step]) -> str:
    wall = [s.wall for s in steps]
    cpu = [s.cpu for s in steps]
    slow = sum(1 for w in wall if w * 1000 > PAUSE_MS)
    return (f"median {statistics.median(wall) * 1000:6.2f}  p95 {percentile(wall, .95) * 1000:6.2f}"
            f"  p99 {percentile(wall, .99) * 1000:6.2f}  max {max(wall) * 1000:7.2f} ms"
            f"  (CPU median {statistics.median(cpu) * 1000:5.2f}, max {max(cpu) * 1000:6.2f});"
            f" over {PAUSE_MS} ms: {slow}")


class Step:
    """One keystroke's core work: its wall and CPU time and, with --detail, its parts."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.began = 0.0  # perf_counter at the start
        self.overlap = 0.0  # seconds of it during a checkpoint of the thread
        self.parts: dict[str, float] = {}
        self.commits: list[float] = []
        self.collections: list[tuple[int, float]] = []


class Timer:
    """Times steps; with ``detail``, also each COMMIT (through a stand-in for the
    connection) and each garbage collection that falls inside a step."""

    def __init__(self, db, detail: bool) -> None:
        self.current: Step | None = None
        self.detail = detail
        self._gc_start = 0.0
        if detail:
            db.conn = _TimedCommits(db.conn, self)
            gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        elif self.current is not None:
            self.current.collections.append((info["generation"],
                                             time.perf_counter() - self._gc_start))

    def start(self) -> Step:
        self.current = Step()
        self.current.wall, self.current.cpu = time.perf_counter(), time.thread_time()
        self.current.began = self.current.wall
        self._mark = self.current.wall
        return self.current

    def part(self, name: str) -> None:
        now = time.perf_counter()
        self.current.parts[name] = now - self._mark
        self._mark = now

    def stop(self) -> Step:
        step, self.current = self.current, None
        step.wall = time.perf_counter() - step.wall
        step.cpu = time.thread_time() - step.cpu
        return step


class _TimedCommits:
    """The sqlite3 connection, with the time each COMMIT takes handed to the timer."""

    def __init__(self, conn, timer: Timer) -> None:
        self._conn, self._timer = conn, timer

    def execute(self, sql, *args):
        if sql == "COMMIT" and self._timer.current is not None:
            start = time.perf_counter()
            try:
                return self._conn.execute(sql, *args)
            finally:
                self._timer.current.commits.append(time.perf_counter() - start)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def decide_steps(db, timer: Timer, start: adj.Disagreement, steps: int, scheme, pace: float
                 ) -> tuple[list[Step], adj.Disagreement]:
    out, current = [], start
    for _ in range(steps):
        time.sleep(pace)
        timer.start()
        adj.take(db, current.sentence_id, 1, adjudicator="lead", scheme=scheme)
        timer.part("take")
        current = next(adj.iter_queue(db, after=(current.doc_ordinal, current.position), page=1))
        timer.part("next")
        adj.reviewer_annotations(db, current.sentence_id)
        timer.part("annotations")
        out.append(timer.stop())
    return out, current


def label_steps(db, timer: Timer, start, steps: int, scheme, pace: float):
    out, sentence = [], start
    for _ in range(steps):
        time.sleep(pace)
        timer.start()
        set_annotation(db, sentence.id, "newcomer", label="claim", scheme=scheme)
        timer.part("save")
        sentence = nav.next_unlabeled(db, "newcomer", sentence)
        timer.part("next")
        out.append(timer.stop())
    return out, sentence


def raw_commits(folder: Path, steps: int, pace: float) -> list[Step]:
    """The raw limit: one small row committed by bare sqlite3 (WAL, synchronous=FULL) into a
    file beside the measured one, as often: what the disk makes any durable commit wait."""
    path = folder / "bench-adjudicate-raw.db"
    remove_db(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    timer, out = Timer(None, False), []
    for n in range(steps):
        time.sleep(pace)
        timer.start()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", [f"row {n}"])
        conn.execute("COMMIT")
        out.append(timer.stop())
    conn.close()
    remove_db(path)
    return out


def describe(step: Step) -> str:
    parts = "  ".join(f"{k} {v * 1000:.1f}" for k, v in step.parts.items())
    commits = ", ".join(f"{c * 1000:.1f}" for c in step.commits) or "-"
    collections = ", ".join(f"gen{g} {d * 1000:.1f}" for g, d in step.collections) or "-"
    during = f"; during a checkpoint {step.overlap * 1000:.1f}" if step.overlap else ""
    return (f"{step.wall * 1000:7.1f} ms (CPU {step.cpu * 1000:5.1f}): {parts};"
            f" COMMIT {commits}; gc {collections}{during}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=300,
                        help="keystrokes per measure (SQLite's own checkpoint comes about "
                             "every 80 decisions)")
    parser.add_argument("--settled", default="10000,100000,300000",
                        help="open the queue after this many are settled (comma-separated)")
    parser.add_argument("--pace", type=float, default=0.0, metavar="MS",
                        help="milliseconds between keystrokes (default 0: back to back; "
                             "a pace lets the checkpoint thread run between and during them)")
    parser.add_argument("--detail", action="store_true",
                        help="list the slowest steps split into their parts")
    add_workdir(parser)
    args = parser.parse_args()
    folder = workdir(args)
    path = copy_db(agreement_db(folder, args.sentences), folder / "bench-adjudicate.db")
    db = open_db(path)
    timer = Timer(db, args.detail)
    pace = args.pace / 1000
    scheme = load_scheme()  # the screens load it once, as here

    start = time.perf_counter()
    item = next(adj.iter_queue(db, page=1))
    opened = time.perf_counter() - start

    moves = []
    current = item
    for _ in range(args.steps):
        start = time.perf_counter()
        current = next(adj.iter_queue(db, after=(current.doc_ordinal, current.position),
                                      include_settled=True, page=1))
        adj.reviewer_annotations(db, current.sentence_id)
        moves.append(time.perf_counter() - start)

    results = {}
    current, sentence = item, nav.first_unlabeled(db, "newcomer")
    for mode in ("sqlite's own", "the app's thread"):
        # each starts on an empty log; the file keeps its size (as the app's does), so its
        # commits overwrite the log's blocks instead of growing the file
        db.execute("PRAGMA wal_checkpoint(RESTART)").fetchone()
        background = checkpoints_in_background(db, path) if mode != "sqlite's own" else None
        decisions, current = decide_steps(db, timer, current, args.steps, scheme, pace)
        labeling, sentence = label_steps(db, timer, sentence, args.steps, scheme, pace)
        if background is not None:
            background.stop()
            spans = [b - a for a, b in background.spans]
            span_text = (f", median {statistics.median(spans) * 1000:.1f} ms, "
                         f"max {max(spans) * 1000:.1f} ms" if spans else "")
            for step in decisions + labeling:  # how much of each step a checkpoint overlapped
                end = step.began + step.wall
                step.overlap = sum(max(0.0, min(end, b) - max(step.began, a))
                                   for a, b in background.spans)
            checkpoints = f"checkpoints run in the thread: {background.done}{span_text}"
        else:
            checkpoints = "automatic checkpoints on commits"
        results[mode] = (decisions, labeling, checkpoints)
    db.execute("PRAGMA wal_autocheckpoint = 1000")
    raw = raw_commits(folder, args.steps, pace)

    settled_opens = []
    for settled in sorted(int(n) for n in args.settled.split(",") if n):
        done = db.execute("SELECT count(*) FROM gold").fetchone()[0]
        if settled > done:
            with write(db):  # the next open disagreements in corpus order, decided
                db.execute(
                    "INSERT INTO gold (sentence_id, label, adjudicator, decided_at) "
                    "SELECT s.id, 'claim', 'lead', '2026-01-02T00:00:00.000000Z' "
                    "FROM sentences s JOIN documents d ON d.id = s.doc_id "
                    "JOIN progress_sentences ps ON ps.sentence_id = s.id "
                    "WHERE ps.status = 'conflict' ORDER BY d.ordinal, s.position LIMIT ?",
                    [settled - done])
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            next(adj.iter_queue(db, page=1), None)
            samples.append(time.perf_counter() - start)
        settled_opens.append((db.execute("SELECT count(*) FROM gold").fetchone()[0], samples))
    db.close()
    remove_db(path)

    print(f"{args.sentences:,} sentences x 3 reviewers, {args.steps} steps each"
          f"{f', {args.pace:g} ms apart' if args.pace else ''}")
    print(f"open the queue (first disagreement):   {opened * 1000:7.2f} ms")
    print(f"next disagreement + its annotations:    {ms(moves)}")
    for mode, (decisions, labeling, checkpoints) in results.items():
        print(f"WAL checkpoints by {mode} ({checkpoints}):")
        print(f"  take reviewer 1 + next open one:        {spread(decisions)}")
        print(f"  labeling: save a label + next unlabeled: {spread(labeling)}")
        median = statistics.median([s.wall for s in decisions]) / statistics.median(
            [s.wall for s in labeling])
        p95 = percentile([s.wall for s in decisions], .95) / percentile(
            [s.wall for s in labeling], .95)
        print(f"  adjudication keystroke / labeling keystroke: {median:.2f}x median, "
              f"{p95:.2f}x p95 (aim within 2x, no pause over {PAUSE_MS} ms: max "
              f"{max(s.wall for s in decisions) * 1000:.0f} ms)")
        if args.detail:
            slowest = sorted(decisions + labeling, key=lambda s: s.wall, reverse=True)[:6]
            for step in slowest:
                print(f"    {'take' if 'take' in step.parts else 'label'} {describe(step)}")
    print(f"raw limit: bare sqlite3 commits one row (WAL, FULL): {spread(raw)}")
    for settled, samples in settled_opens:
        print(f"open the queue with {settled:>9,} settled:   {ms(samples)}  (aim under 50 ms)")


if __name__ == "__main__":
    main()
